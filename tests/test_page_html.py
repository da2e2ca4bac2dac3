"""Hand-written pages are judged by the HTML they become, against an allowlist, by `make check`
and again by the publish gate on the built site (issue 21, item 3)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, TEST_TODAY, copy_project, environment
from sitegen.build.pipeline import build
from sitegen.failures import RunFailed
from sitegen.load.page_content import DEPTH_HINT, HINTS, HTML_HINT, METADATA_HINT, page_problems
from sitegen.load.site_markdown import extensions_of, split_metadata
from sitegen.release.active_html import CONTENT_START, page_refusals
from sitegen.release.gate import check_site

RUNS = "Trang có mã HTML chạy được hoặc nhúng nội dung"


def scheme(value: str, tag: str = "<a href>", name: str = "javascript") -> str:
    return f"Trang có địa chỉ “{value}” trong “{tag}”: giao thức “{name}:” không được phép"


def metadata(characters: str, value: str) -> str:
    return f"Phần đầu trang có ký tự {characters} trong “{value}”: giao diện chép nguyên văn phần này vào mã HTML của trang"


# Each page, and the (line, message) of each thing refused. The first eleven passed the old
# line-by-line blacklist; the old one refused the last ones too, in other words.
PAYLOADS: dict[str, tuple[str, list[tuple[int, str]]]] = {
    "onload on a later line of a tag": ('# Ảnh\n\n<img src="../tai-lieu/p.png" alt="ảnh"\n     onload="alert(1)">\n',
                                        [(4, f"{RUNS}: “<img onload>”")]),
    "onerror on a later line of a tag": ('<p>Ảnh:\n<img\n  src="x.png"\n  onerror="alert(1)"></p>\n', [(4, f"{RUNS}: “<img onerror>”")]),
    "<svg/onload>": ("Biểu đồ <svg/onload=alert(1)>\n", [(1, f"{RUNS}: “<svg onload>”")]),
    "javascript: as an entity": ('Xem <a href="&#106;avascript:alert(1)">tại đây</a>.\n', [(1, scheme("javascript:alert(1)"))]),
    "a reference link": ("Xem [tài liệu][1].\n\n[1]: javascript:alert(1)\n", [(3, scheme("javascript:alert(1)"))]),
    # A tab typed as such is expanded to spaces by Python-Markdown, which leaves a harmless relative
    # address; written as a character reference it reaches the browser, which drops it.
    "java<TAB>script: in a link": ("[Bấm](java&#9;script:alert(1))\n", [(1, scheme("java\tscript:alert(1)"))]),
    "java<TAB>script: in HTML": ('<a href="java&#x09;script:alert(1)">Bấm</a>\n', [(1, scheme("java\tscript:alert(1)"))]),
    "java<LF>script: in HTML": ('<a href="java\nscript:alert(1)">Bấm</a>\n', [(1, scheme("java\nscript:alert(1)"))]),
    "attr_list onclick": ('Đoạn văn.\n{ onclick="alert(1)" }\n', [(2, f"{RUNS}: “<p onclick>”")]),
    "attr_list onmouseover": ('## Mục { onmouseover="alert(1)" }\n', [(1, f"{RUNS}: “<h2 onmouseover>”")]),
    "the chain's image": ('Ảnh:\n\n![ảnh](../tai-lieu/p.png){ onload="fetch(\'http://127.0.0.1:8081/\')" }\n',
                          [(3, f"{RUNS}: “<img onload>”")]),
    "javascript&colon;": ('<a href="javascript&colon;alert(1)">x</a>\n', [(1, scheme("javascript:alert(1)"))]),
    "a data: image": ('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">\n',
                      [(1, scheme("data:image/svg+xml;base64,PHN2Zz4=", "<img src>", "data"))]),
    "a vbscript: reference": ("[x][v]\n\n[v]: vbscript:msgbox(1)\n", [(3, scheme("vbscript:msgbox(1)", name="vbscript"))]),
    "<style>": ("<style>body{display:none}</style>\n", [(1, f"{RUNS}: “<style>”")]),
    "SVG animation of href": ('<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>\n',
                              [(1, "Trang có thẻ HTML “<animate>” không có trong danh sách được phép")]),
    "MathML": ('<math><maction actiontype="statusline">x</maction></math>\n',
               [(1, "Trang có thẻ HTML “<math>” không có trong danh sách được phép"),
                (1, "Trang có thẻ HTML “<maction>” không có trong danh sách được phép")]),
    "the theme's id": ('<p id="__config">{"base": "https://example.com"}</p>\n',
                       [(1, "Trang có mã định danh “__config” dành riêng cho giao diện trang (“<p id>”)")]),
    "a style attribute": ('<p style="position:fixed;top:0">Đăng nhập</p>\n',
                          [(1, "Trang có thuộc tính HTML “<p style>” không có trong danh sách được phép")]),
    "a style in a table cell": ('<table><tr><td style="background:url(x)">1</td></tr></table>\n',
                                [(1, "Trang có kiểu trình bày “background:url(x)” trong “<td style>” không được phép "
                                     "(chỉ dùng để căn lề ô bảng)")]),
    "an unclosed attribute at the end": ('Đoạn văn.\n\n<p>Ảnh <img alt="ảnh\n',
                                         [(3, "Trang có mã HTML chưa đóng ở cuối (thẻ, thuộc tính trong ngoặc kép "
                                              "hoặc chú thích “<!--” chưa đóng)")]),
    "metadata the theme writes as it is": ("---\ndescription: '\"><svg/onload=alert(2)>'\n---\n\n# Trang\n",
                                           [(2, metadata("“\"”, “>”, “<”", '"><svg/onload=alert(2)>'))]),
    "MultiMarkdown metadata": ("Title: <svg/onload=alert(1)>\n\n# Trang\n", [(1, metadata("“<”, “>”", "<svg/onload=alert(1)>"))]),
    "MultiMarkdown metadata on its next line": ("Title: Trang\n    <svg/onload=alert(1)>\n\n# Trang\n",
                                                [(2, metadata("“<”, “>”", "<svg/onload=alert(1)>"))]),
    "metadata deeper in YAML": ("---\nhide:\n  - toc\nextra:\n  ten: \"<img src=x onerror=alert(1)>\"\n---\n\n# Trang\n",
                                [(5, metadata("“<”, “>”", "<img src=x onerror=alert(1)>"))]),
    "a form": ('<form action="https://example.com"><input name="mat-khau"></form>\n',
               [(1, f"{RUNS}: “<form>”"), (1, "Trang có thẻ HTML “<input>” không có trong danh sách được phép")]),
    # The old check refused these as well.
    "<script>": ('# Thêm\n\nĐoạn văn.\n\n<script src="../assets/ke-hoach.js"></script>\n', [(5, f"{RUNS}: “<script>”")]),
    "<button onclick>": ('<button onclick="alert(1)">Bấm</button>\n',
                         [(1, "Trang có thẻ HTML “<button>” không có trong danh sách được phép"), (1, f"{RUNS}: “<button onclick>”")]),
    "a javascript: link": ("[Bấm vào đây](javascript:alert(1))\n", [(1, scheme("javascript:alert(1)"))]),
    "an angle-bracket link": ("[x](<javascript:alert(1)>)\n", [(1, scheme("javascript:alert(1)"))]),
    "<iframe>": ('<iframe src="https://example.com"></iframe>\n', [(1, f"{RUNS}: “<iframe>”")]),
    "<details ontoggle>": ("<details open ontoggle=alert(1)><summary>x</summary></details>\n", [(1, f"{RUNS}: “<details ontoggle>”")]),
    "upper case": ('<P ONCLICK="alert(1)">x</P>\n', [(1, f"{RUNS}: “<p onclick>”")]),
    "SVG xlink:href": ('<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>\n',
                       [(1, "Trang có thuộc tính HTML “<a xlink:href>” không có trong danh sách được phép"),
                        (1, "Trang có thẻ HTML “<text>” không có trong danh sách được phép")]),
    "<meta refresh>": ('<meta http-equiv="refresh" content="0;url=https://example.com">\n', [(1, f"{RUNS}: “<meta>”")]),
    "<base>": ('<base href="https://example.com/">\n', [(1, f"{RUNS}: “<base>”")]),
    "<object>": ('<object data="../tai-lieu/x.pdf"></object>\n', [(1, f"{RUNS}: “<object>”")]),
    "<embed>": ('<embed src="../tai-lieu/x.pdf">\n', [(1, f"{RUNS}: “<embed>”")]),
    "<link>": ('<link rel="stylesheet" href="https://example.com/x.css">\n', [(1, f"{RUNS}: “<link>”")]),
}

# What editors write and the site must keep taking.
BENIGN = {
    "a table aligned by column": "| Cột | Số |\n|:--|--:|\n| a | 1 |\n",
    "an admonition": '!!! note "Lưu ý"\n    Nội dung **đậm**.\n',
    "attr_list id and class": "## Mục { #muc-rieng .noi-bat }\n\nĐoạn văn.\n{ .ghi-chu }\n",
    "an image and a document": "![Tờ rơi](../tai-lieu/to-roi.png)\n\n[Kế hoạch](../tai-lieu/ke-hoach.pdf)\n",
    "mailto, tel, https and an anchor": ("[Thư](mailto:vanthu@example.gov.vn), [gọi](tel:+842203851234), "
                                         "[cổng](https://example.gov.vn/), [mục](#muc)\n"),
    "abbr, details and br": ('<abbr title="Sở Công Thương">SCT</abbr> dòng một<br>dòng hai\n\n'
                             "<details><summary>Xem thêm</summary>\nNội dung.\n</details>\n"),
    "Markdown inside HTML": '<div class="bang" markdown>\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n</div>\n',
    "code that shows HTML": "Dùng `<script>` là sai.\n\n```html\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n```\n",
    "words about javascript:": "Không bấm vào liên kết bắt đầu bằng javascript: hay onload= trong thư lạ.\n",
    "a closed comment": "<!-- ghi chú cho người biên tập -->\nĐoạn văn.\n",
    "plain metadata": "---\ntitle: Hướng dẫn\ndescription: Cách làm “đúng”\n---\n\n# Hướng dẫn\n",
    "sup, kbd and mark": "Ghi chú<sup>1</sup>, phím <kbd>Ctrl</kbd>, <mark>điều quan trọng</mark>.\n",
}


@pytest.mark.parametrize("case", PAYLOADS)
def test_a_page_that_runs_or_embeds_anything_is_refused_where_it_says_so(case: str) -> None:
    text, expected = PAYLOADS[case]
    assert [(line, message) for line, message, _ in page_problems(text, ROOT)] == expected


@pytest.mark.parametrize("case", BENIGN)
def test_a_page_written_for_layout_passes(case: str) -> None:
    assert page_problems(BENIGN[case], ROOT) == []


@pytest.mark.parametrize("page", sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "docs" / "huong-dan").glob("*.md")))
def test_the_sites_own_pages_pass(page: str) -> None:
    assert page_problems((ROOT / page).read_text(encoding="utf-8"), ROOT) == []


@pytest.mark.parametrize("case, hint", [
    ("<iframe>", HTML_HINT), ("a reference link", HINTS["url"]), ("a style in a table cell", HINTS["style"]),
    ("the theme's id", HINTS["id"]), ("an unclosed attribute at the end", HINTS["unclosed"]),
    ("metadata the theme writes as it is", METADATA_HINT),
])
def test_each_refusal_says_how_to_fix_it(case: str, hint: str) -> None:
    assert [found[2] for found in page_problems(PAYLOADS[case][0], ROOT)] == [hint]


def test_the_pages_markdown_is_the_sites() -> None:
    names, configs = extensions_of((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert names == ["toc", "tables", "fenced_code", "attr_list", "md_in_html", "admonition"]
    assert configs["toc"]["permalink"] is True and configs["toc"]["slugify"].__name__ == "toc_slugify"
    assert extensions_of("markdown_extensions: [tables]\nsite_url: !ENV [SITE_URL, x]\n") == (["toc", "tables", "fenced_code"], {})


def test_a_page_without_attr_list_keeps_braces_as_text(tmp_path: Path) -> None:
    """Without attr_list in mkdocs.yml, "{ onclick=… }" is text, as the site would show it."""
    (tmp_path / "mkdocs.yml").write_text("markdown_extensions:\n  - tables\n", encoding="utf-8")
    assert page_problems('Đoạn văn.\n{ onclick="alert(1)" }\n', tmp_path) == []
    assert page_problems('Đoạn văn.\n{ onclick="alert(1)" }\n', ROOT) == [(2, f"{RUNS}: “<p onclick>”", HTML_HINT)]


def test_a_saved_mkdocs_yml_is_read_again_though_its_size_and_time_are_the_same(tmp_path: Path) -> None:
    """One renderer per text of mkdocs.yml (site_markdown.py), not per size and time of the file."""
    page, config = 'Đoạn văn.\n{ onclick="alert(1)" }\n', tmp_path / "mkdocs.yml"
    config.write_text("markdown_extensions:\n  - tables   \n", encoding="utf-8")
    assert page_problems(page, tmp_path) == []
    written = config.stat()
    config.write_text("markdown_extensions:\n  - attr_list\n", encoding="utf-8")  # as a save within the clock's tick
    os.utime(config, ns=(written.st_atime_ns, written.st_mtime_ns))
    assert config.stat().st_size == written.st_size
    assert page_problems(page, tmp_path) == [(2, f"{RUNS}: “<p onclick>”", HTML_HINT)]


@pytest.mark.parametrize("text, expected", [
    ("---\ntitle: A\n---\n# T\n", ("---\ntitle: A\n---\n", "\n\n\n# T\n")),
    ("Title: A\nDescription: B\n    more\n\n# T\n", ("Title: A\nDescription: B\n    more", "\n\n\n\n# T\n")),
    ("---\n- not a mapping\n---\nText\n", ("", "---\n- not a mapping\n---\nText\n")),
    ("# T\n\nTitle: A\n", ("", "# T\n\nTitle: A\n")),
])
def test_metadata_is_split_off_as_mkdocs_does(text: str, expected: tuple[str, str]) -> None:
    assert split_metadata(text) == expected


@pytest.mark.parametrize("text", ["<div markdown>\n" * 2000 + "x\n" + "</div>\n" * 2000, "*" * 5000 + "x" + "*" * 5000 + "\n"])
def test_nesting_that_crashes_markdown_is_one_clear_line(text: str) -> None:
    """Nesting of another kind than indented lists and quotes: Python-Markdown's recursion ends."""
    assert page_problems(text, ROOT) == [(1, "Trang lồng nhau quá sâu (khối HTML, danh sách hoặc trích dẫn nhiều cấp)", DEPTH_HINT)]
    assert page_problems(BENIGN["an admonition"], ROOT) == []  # and the next page renders as before


# The publish gate, on the real site built as the webmaster publishes it: under a sub-path, with the
# "edit this page" button (the theme's SVG icon inside the content).
PAGE = "huong-dan/bien-tap/index.html"


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("page-html") / "project")
    with environment(SITE_URL="https://example.gov.vn/chien-dich/", SOURCE_DATE_EPOCH="1795651200",
                     EDIT_BASE_URL="https://github.com/so-cong-thuong/chien-dich/edit/main/"):
        build(root, TEST_TODAY)
    return root / "site"


def test_the_gate_takes_the_theme_and_the_templates_as_they_are(published: Path) -> None:
    assert '<svg xmlns="http://www.w3.org/2000/svg" viewBox=' in (published / PAGE).read_text(encoding="utf-8")
    assert check_site(published) == []


# Where a payload goes in a built page: before a piece of the theme's markup, or in its content.
BEFORE = {"head": "</head>", "body": "</body>", "content end": "</article>"}


def _in(where: str):
    """Put a payload into a built page: at the start of its content, or before BEFORE[where]."""
    def put(text: str, payload: str) -> str:
        if where == "content":
            return text.replace(CONTENT_START, CONTENT_START + payload, 1)
        at = text.rindex(BEFORE[where])
        return text[:at] + payload + text[at:]
    return put


RUNS_LOWER = "trang có mã HTML chạy được hoặc nhúng nội dung"
# Written into the page after the build, as a page that slipped past `make check` (or a broken
# template) would be: the gate refuses each, naming it.
INJECTED = {
    "an event attribute in the content": ("content", '<img src="x.png" onerror="alert(1)">', f"{RUNS_LOWER}: “<img onerror>”"),
    "<svg/onload> in the content": ("content", "<p>Biểu đồ <svg/onload=alert(1)></p>", f"{RUNS_LOWER}: “<svg onload>”"),
    "javascript: as an entity in the content": ("content", '<a href="&#106;avascript:alert(1)">x</a>',
                                                "trang có địa chỉ “javascript:alert(1)” trong “<a href>”: giao thức “javascript:” không được phép"),
    "an attr_list onclick, as MkDocs writes it": ("content", '<p onclick="alert(1)">Đoạn văn.</p>', f"{RUNS_LOWER}: “<p onclick>”"),
    "an iframe in the content": ("content", '<iframe src="https://example.com"></iframe>', f"{RUNS_LOWER}: “<iframe>”"),
    "an attribute left open at the end of the content": ("content end", '<img alt="', "trang có mã HTML chưa đóng ở cuối"),
    "a description breaking out of its meta tag": ("head", '<meta name="description" content="D"><svg/onload=alert(2)>">',
                                                   f"{RUNS_LOWER}: “<svg onload>”"),
    "a javascript: link in the header": ("head", '<a href="javascript:alert(1)">x</a>',
                                         "trang có địa chỉ “javascript:alert(1)” trong “<a href>”: giao thức “javascript:” không được phép"),
    "an inline script": ("body", "<script>alert(1)</script>", f"{RUNS_LOWER}: “<script>” viết thẳng trong trang (“alert(1)”)"),
    "a script from another host": ("head", '<script src="https://evil.example/x.js"></script>',
                                   "trang nạp mã JavaScript từ ngoài trang: “https://evil.example/x.js”"),
    "a script as a data: address": ("head", '<script src="data:text/javascript,alert(1)"></script>',
                                    "trang nạp mã JavaScript từ ngoài trang: “data:text/javascript,alert(1)”"),
    "a frame outside the content": ("body", '<iframe src="https://example.com"></iframe>', f"{RUNS_LOWER}: “<iframe>”"),
}


@pytest.mark.parametrize("case", INJECTED)
def test_the_gate_refuses_active_html_written_into_a_built_page(published: Path, tmp_path: Path, case: str) -> None:
    where, payload, expected = INJECTED[case]
    site = tmp_path / "site"
    shutil.copytree(published, site)
    page = site / PAGE
    page.write_text(_in(where)(page.read_text(encoding="utf-8"), payload), encoding="utf-8")
    problems = check_site(site)
    assert any(problem.startswith(f"{PAGE}: {expected}") for problem in problems), problems


def test_the_gate_reads_an_attributes_text_as_text(published: Path) -> None:
    """A heading's label in the table of contents, escaped by the theme, is not an attribute."""
    page = (published / PAGE).read_text(encoding="utf-8")
    label = '<nav class="md-nav" aria-label="&lt;img src=y onerror=alert(2)&gt;"><a href="mailto:a@example.gov.vn">a</a></nav>'
    refused, _ = page_refusals(_in("body")(page, label))
    assert refused == []


# The theme's part of a page (no content area here), read by patterns: what counts and what does not.
THEME_MARKUP = {
    '<button formaction="javascript:alert(1)">x</button>':
        ["địa chỉ “javascript:alert(1)” trong “<button formaction>”: giao thức “javascript:” không được phép"],
    '<svg><a xlink:href="javascript:alert(1)">x</a></svg>':
        ["địa chỉ “javascript:alert(1)” trong “<a xlink:href>”: giao thức “javascript:” không được phép"],
    '<a href="java&#x09;script:alert(1)">x</a>': ["địa chỉ “java\tscript:alert(1)” trong “<a href>”: giao thức “javascript:” không được phép"],
    '<IFRAME src="https://example.com"></IFRAME>': [f"{RUNS_LOWER.removeprefix('trang có ')}: “<iframe>”"],
    '<meta http-equiv="Refresh" content="0;url=https://example.com">': [f"{RUNS_LOWER.removeprefix('trang có ')}: “<meta http-equiv=refresh>”"],
    '<img src="x.png" alt="ảnh"\n     onerror="alert(1)">': [f"{RUNS_LOWER.removeprefix('trang có ')}: “<img onerror>”"],
    '<a title="href=javascript:alert(1) onclick=alert(2)" href="#muc">x</a>': [],
    "<p>src=data:x, onload=1</p>": [],
    '<script id="__config" type="application/json">{"base": "."}</script>': [],
    '<script src="assets/javascripts/bundle.js"></script>': [],
}


@pytest.mark.parametrize("markup", THEME_MARKUP)
def test_the_gate_reads_the_theme_markup_by_its_attributes(markup: str) -> None:
    assert page_refusals(f"<html><head>{markup}</head><body></body></html>")[0] == THEME_MARKUP[markup]


def test_a_theme_that_writes_its_content_otherwise_is_not_read_as_content_free() -> None:
    page = '<html><body><div class="md-content" data-md-component="content"><article class="md-content__inner">x</article></div></body></html>'
    assert page_refusals(page)[0] == [f"nội dung không nằm trong {CONTENT_START}: giao diện đã đổi cách viết trang, "
                                      "cần sửa scripts/sitegen/release/active_html.py"]


@pytest.mark.parametrize("config, cause", [
    ("markdown_extensions:\n  - khong_co_goi_nay\n", "No module named 'khong_co_goi_nay'"),
    ("markdown_extensions:\n  - toc:\n      khong_co: 1\n", "'khong_co'"),
])
def test_an_extension_that_cannot_load_is_one_line(tmp_path: Path, config: str, cause: str) -> None:
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    with pytest.raises(RunFailed) as failed:
        page_problems("# Trang\n", tmp_path)
    assert str(failed.value) == (f"mkdocs.yml: không nạp được phần mở rộng Markdown trong markdown_extensions ({cause}): "
                                 "cài gói của nó vào .venv, hoặc sửa tên và cài đặt của nó")
