"""Only regular files inside the repository are read or published, and only
documents are attached: no symlink is followed, no web page or script is served."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import TEST_TODAY
from sitegen.build.pipeline import assemble, write_changed
from sitegen.load.attachments import ALLOWED_HINT
from sitegen.load.docs_files import copied_files
from sitegen.load.sources import load_sources
from sitegen.problems import ProblemsFound
from test_validation import GOOD, F, run, snapshot

LINK = "Đây là liên kết tượng trưng (symlink), không được phép"
LINK_HINT = "chép tệp thật vào kho thay cho liên kết: bộ sinh trang chỉ đọc tệp thật nằm trong kho"
SECRET = "bi-mat-ngoai-kho"
HARD = "Tệp này là liên kết cứng (hard link): cùng một tệp mang nhiều tên, có thể cả tên ngoài kho"
HARD_HINT = "xóa tệp này rồi chép lại tệp thật vào đây: chép, không tạo liên kết"
RESAVE = "mở tệp bằng phần mềm đã tạo ra nó và lưu lại đúng định dạng, ví dụ Excel: Lưu thành .xlsx; hoặc in ra PDF"
SVG_HINT = "xuất lại ảnh dạng PNG, hoặc xóa phần đó khỏi tệp SVG"
BROKEN_PDF_HINT = ("tệp có thể tải về chưa hết hoặc đã hỏng: xuất lại PDF từ phần mềm đã tạo ra nó, "
                   "hoặc mở bằng trình đọc PDF rồi in ra PDF mới")


def problems_of(project: Path) -> list[str]:
    with pytest.raises(ProblemsFound) as found:
        load_sources(project)
    return [str(problem) for problem in found.value.problems]


def link(project: Path, name: str, target: str | Path) -> None:
    """A symlink at `name` (inside the project) to `target`, making its folder."""
    (project / name).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, project / name)


def hard_link(project: Path, name: str, target: Path) -> None:
    """A second name at `name` (inside the project) for the file `target`."""
    (project / name).parent.mkdir(parents=True, exist_ok=True)
    os.link(target, project / name)


def outside_text(project: Path) -> Path:
    """A secret outside the repository, on the same disk (a stand-in for /etc/passwd)."""
    outside = project.parent / "mat-khau.txt"
    outside.write_text(f"{SECRET}:x:0:0::/root:/bin/bash\n", encoding="utf-8")
    return outside


def outside_yaml(project: Path) -> Path:
    """A valid campaign file outside the repository."""
    outside = project.parent / "ngoai-kho.yml"
    outside.write_text(GOOD, encoding="utf-8")
    return outside


def moved_out(folder: str) -> Callable[[Path], None]:
    """Move a folder of the project out of it, leaving a symlink in its place."""
    def move(project: Path) -> None:
        elsewhere = project.parent / "ngoai-kho"
        (project / folder).rename(elsewhere)
        link(project, folder, elsewhere)
    return move


SYMLINKS: dict[str, tuple[Callable[[Path], None], list[str]]] = {
    "a file of docs to /etc/passwd": (lambda p: link(p, "docs/tai-lieu/ghi-chu.txt", "/etc/passwd"),
                                      [f"docs/tai-lieu/ghi-chu.txt:1:1: {LINK} ({LINK_HINT})"]),
    "a folder of docs to /etc": (lambda p: link(p, "docs/tai-lieu", "/etc"), [f"docs/tai-lieu:1:1: {LINK} ({LINK_HINT})"]),
    "deep inside docs": (lambda p: link(p, "docs/huong-dan/a/b/c/d.md", "/etc/hostname"),
                         [f"docs/huong-dan/a/b/c/d.md:1:1: {LINK} ({LINK_HINT})"]),
    "in docs/overrides": (lambda p: link(p, "docs/overrides/partials/ghi-chu.html", "/etc/passwd"),
                          [f"docs/overrides/partials/ghi-chu.html:1:1: {LINK} ({LINK_HINT})"]),
    "in docs/assets, to a file of the repository": (lambda p: link(p, "docs/assets/site.css", "stylesheets/site.css"),
                                                    [f"docs/assets/site.css:1:1: {LINK} ({LINK_HINT})"]),
    "a hidden one": (lambda p: link(p, "docs/.an", "/etc/passwd"), [f"docs/.an:1:1: {LINK} ({LINK_HINT})"]),
    "dangling": (lambda p: link(p, "docs/tai-lieu/mat.pdf", "/khong/co"), [f"docs/tai-lieu/mat.pdf:1:1: {LINK} ({LINK_HINT})"]),
    "docs itself": (moved_out("docs"), [f"docs:1:1: {LINK} ({LINK_HINT})"]),
    "a campaign to YAML outside the repository": (lambda p: link(p, "campaigns/ngoai-kho.yml", outside_yaml(p)),
                                                  [f"campaigns/ngoai-kho.yml:1:1: {LINK} ({LINK_HINT})"]),
    "a registry's record": (lambda p: link(p, "campaigns/registries/units/khac.yml", "website-so.yml"),
                            [f"campaigns/registries/units/khac.yml:1:1: {LINK} ({LINK_HINT})"]),
    "the registries folder": (moved_out("campaigns/registries"), [f"campaigns/registries:1:1: {LINK} ({LINK_HINT})"]),
    "a folder of campaigns": (lambda p: link(p, "campaigns/cu", "/tmp"), [f"campaigns/cu:1:1: {LINK} ({LINK_HINT})"]),
    "a FIFO in docs": (lambda p: os.mkfifo(p / "docs" / "ong.txt"),
                       ["docs/ong.txt:1:1: Đây không phải tệp thường (xóa mục này khỏi thư mục)"]),
    # Issue 21: a hard link to /etc/passwd was published. Tests link a file of their own tmp folder instead.
    "a hard link in docs to a file outside": (lambda p: hard_link(p, "docs/tai-lieu/ghi-chu.txt", outside_text(p)),
                                              [f"docs/tai-lieu/ghi-chu.txt:1:1: {HARD} ({HARD_HINT})"]),
    "a hard link in docs to a file inside": (lambda p: hard_link(p, "docs/huong-dan/ban-sao.md", p / "docs/huong-dan/bien-tap.md"),
                                             [f"docs/huong-dan/ban-sao.md:1:1: {HARD} ({HARD_HINT})",
                                              f"docs/huong-dan/bien-tap.md:1:1: {HARD} ({HARD_HINT})"]),
    "a hard link in campaigns": (lambda p: hard_link(p, "campaigns/ngoai-kho.yml", outside_yaml(p)),
                                 [f"campaigns/ngoai-kho.yml:1:1: {HARD} ({HARD_HINT})"]),
}


@pytest.mark.parametrize("case", SYMLINKS)
def test_symlinks_and_special_files_are_refused_with_their_path(case: str, project: Path) -> None:
    make, expected = SYMLINKS[case]
    make(project)
    assert problems_of(project) == expected


def test_the_password_file_never_reaches_the_site(project: Path, capsys) -> None:
    """Issue #11's reproduction, through `sitegen build`: refused before anything is written."""
    link(project, "docs/tai-lieu/ghi-chu.txt", "/etc/passwd")
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("bản cũ", encoding="utf-8")
    before = snapshot(project / "site")
    status, lines = run(project, "build", capsys)
    assert (status, lines) == (1, [f"docs/tai-lieu/ghi-chu.txt:1:1: {LINK} ({LINK_HINT})",
                                   "Có 1 lỗi cần sửa; trang chưa được cập nhật."])
    assert snapshot(project / "site") == before
    assert not (project / "build" / "docs").exists()


def test_the_copy_into_build_docs_follows_no_link_either(project: Path) -> None:
    """Defence in depth: were validation skipped, the copy still reads regular files only."""
    link(project, "docs/tai-lieu/ghi-chu.txt", "/etc/passwd")
    link(project, "docs/lien-ket", "/etc")
    hard_link(project, "docs/tai-lieu/mat-khau.txt", outside_text(project))
    (project / "docs" / ".gitkeep").write_text("", encoding="utf-8")
    assert sorted(copied_files(project)) == ["assets/javascripts/md-base.js", "assets/javascripts/search-worker.js",
                                             "assets/javascripts/status.js", "assets/stylesheets/site.css",
                                             "huong-dan/bien-tap.md", "huong-dan/quan-tri.md"]


_PDF_BODY = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
# A whole PDF, as make check wants one: header first, a cross-reference table where startxref says, %%EOF last.
PDF = _PDF_BODY + (b"xref\n0 2\n0000000000 65535 f \n0000000015 00000 n \ntrailer\n<< /Size 2 >>\n"
                   b"startxref\n%d\n%%%%EOF\n" % len(_PDF_BODY))
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
SAFE_SVG = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="10" height="10">
  <inkscape:namedview id="nv"/>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#c00"/></linearGradient></defs>
  <style>.a { fill: url(#g); }</style>
  <a xlink:href="#o"><rect id="o" class="a" width="10" height="10" style="fill: url('#g')"/></a>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
  <text>onload @ url</text>
</svg>
"""


def svg(body: str, encoding: str = "utf-8") -> bytes:
    return f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{body}</svg>'.encode(encoding)


def pdf(objects: bytes = b"1 0 obj\n<<>>\nendobj\n", offset: int | None = None) -> bytes:
    """A PDF built as make check wants it, its cross-reference table where startxref says (or at `offset`)."""
    body = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + objects
    return body + (b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n%d\n%%%%EOF\n"
                   % (len(body) if offset is None else offset))


def not_allowed(extension: str) -> str:
    what = f"có đuôi {extension}: loại tệp này" if extension else "không có đuôi: không rõ loại tệp nên"
    return f"Tệp “{{path}}” {what} không được đưa lên trang ({ALLOWED_HINT})"


def web_page(extension: str) -> str:
    return f"Tệp “{{path}}” thực chất là trang web (HTML/XML), không phải tệp {extension} ({RESAVE})"


def other_format(extension: str) -> str:
    return f"Nội dung tệp “{{path}}” không phải định dạng {extension} ({RESAVE})"


def active_svg(reason: str) -> str:
    return f"Ảnh SVG “{{path}}” có {reason} ({SVG_HINT})"


def html_inside(tag: str, extension: str) -> str:
    return f"Tệp “{{path}}” có mã trang web “{tag}” lẫn trong nội dung {extension} ({RESAVE})"


def broken_pdf(reason: str) -> str:
    return f"Tệp “{{path}}” không phải PDF hoàn chỉnh: {reason} ({BROKEN_PDF_HINT})"


# name -> (content, the problem's message and hint; None when the file is a fine document)
ATTACHMENTS: dict[str, tuple[bytes, str | None]] = {
    "ke-hoach.pdf": (PDF, None),
    "KE-HOACH.PDF": (PDF, None),
    "ke-hoach-2.pdf": (pdf(b"1 0 obj\n<< /Type /XRef >>\nstream\nendstream\nendobj\n", offset=15), None),  # a cross-reference stream
    "pdf-header-after-junk.pdf": (b"\r\n" * 100 + PDF, other_format(".pdf")),  # the header comes first (pdf_check.py)
    "to-roi.docx": (b"PK\x03\x04\x14\x00", None),
    "bang.ods": (b"PK\x03\x04\x14\x00", None),
    "cu.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", None),
    "rtf.doc": (b"{\\rtf1\\ansi x}", None),
    "thu.rtf": (b"{\\rtf1\\ansi x}", None),
    "anh.png": (PNG, None),
    "anh.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF", None),
    "anh.gif": (b"GIF89a\x01\x00", None),
    "anh.webp": (b"RIFF\x24\x00\x00\x00WEBPVP8 ", None),
    "danh-sach.csv": ("STT,Đơn vị\n1,Phòng Kế hoạch\n".encode(), None),
    "ghi-chu.txt": ("  Ghi chú: <b> không phải thẻ ở đầu tệp.\n".encode(), None),
    "so-do.svg": (SAFE_SVG, None),
    "ke-hoach.html": (b"<html><script src='ke-hoach.js'></script></html>", not_allowed(".html")),
    "ke-hoach.js": (b"alert(document.cookie)", not_allowed(".js")),
    "mo-dun.mjs": (b"export {}", not_allowed(".mjs")),
    "du-lieu.xml": (b"<?xml version='1.0'?><a/>", not_allowed(".xml")),
    "trang.xhtml": (b"<html/>", not_allowed(".xhtml")),
    "phim.swf": (b"FWS", not_allowed(".swf")),
    "ma.wasm": (b"\x00asm", not_allowed(".wasm")),
    "kieu.css": (b"body{}", not_allowed(".css")),
    "khong-duoi": (PDF, not_allowed("")),
    "web.pdf": (b"\n <!DOCTYPE html><script>alert(1)</script>", web_page(".pdf")),
    "bao-cao.xls": (b"<table><tr><td>1</td></tr></table>", web_page(".xls")),
    "ghi-chu-web.txt": (b"\xef\xbb\xbf<HTML><body onload=alert(1)>", web_page(".txt")),
    "ve.csv": (b"<svg onload=alert(1)>", web_page(".csv")),
    "gia.pdf": (b"Day khong phai PDF", other_format(".pdf")),
    "gia.png": (b"GIF89a\x01\x00", other_format(".png")),
    "rong.docx": (b"", other_format(".docx")),
    "script.svg": (svg("<script>alert(1)</script>"), active_svg("thẻ <script>")),
    "onload.svg": (svg('<rect onload="alert(1)"/>'), active_svg("thuộc tính onload")),
    "foreign.svg": (svg("<foreignObject><div/></foreignObject>"), active_svg("thẻ <foreignObject>")),
    "xhtml.svg": (svg('<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="x"/>'), active_svg("thẻ HTML <iframe>")),
    "javascript-link.svg": (svg('<a xlink:href="javascript:alert(1)"><rect/></a>'),
                            active_svg("liên kết ra ngoài “javascript:alert(1)”")),
    "external-image.svg": (svg('<image href="https://evil.example/a.png"/>'),
                           active_svg("liên kết ra ngoài “https://evil.example/a.png”")),
    "svg-data.svg": (svg('<image href="data:image/svg+xml;base64,PHN2Zy8+"/>'),
                     active_svg("liên kết ra ngoài “data:image/svg+xml;base64,PHN2Zy8+”")),
    "use-other-file.svg": (svg('<use xlink:href="khac.svg#a"/>'), active_svg("liên kết ra ngoài “khac.svg#a”")),
    "style-url.svg": (svg('<rect style="fill: url(https://evil.example/a.svg#p)"/>'),
                      active_svg("liên kết ra ngoài “https://evil.example/a.svg#p”")),
    "import.svg": (svg('<style>@import "https://evil.example/a.css";</style>'), active_svg("lệnh @import")),
    "animate-href.svg": (svg('<a><set attributeName="href" to="javascript:alert(1)"/></a>'),
                         active_svg("thẻ <set> đổi thuộc tính href")),
    "entity.svg": (b'<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
                   active_svg("khai báo thực thể <!ENTITY>")),
    "xslt.svg": (b'<?xml-stylesheet type="text/xsl" href="a.xsl"?>' + svg(""), active_svg("khai báo <?xml-stylesheet>")),
    "broken.svg": (b"<svg", active_svg("nội dung hỏng, không đọc được")),
    "html.svg": (b'<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
                 active_svg("nội dung không phải ảnh SVG")),
    # Issue 21: what slipped past the sniff. Text is decoded before markup is looked for…
    "utf16-entity.svg": (('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE svg [<!ENTITY x "y">]>'
                          '<svg xmlns="http://www.w3.org/2000/svg">&x;</svg>').encode("utf-16"),
                         active_svg("khai báo thực thể <!ENTITY>")),
    "utf16-stylesheet.svg": (('<?xml-stylesheet type="text/xsl" href="a.xsl"?>'.encode("utf-16-be") + svg("", "utf-16-be")),
                             active_svg("khai báo <?xml-stylesheet>")),
    "utf32-script.svg": (svg("<script>alert(1)</script>", "utf-32"), active_svg("thẻ <script>")),
    "utf16.txt": ("<html><script>alert(1)</script>".encode("utf-16"), web_page(".txt")),
    "utf16-no-mark.csv": ("<svg onload=alert(1)>".encode("utf-16-le"), web_page(".csv")),
    # … attribute values are compared stripped and in lower case, CSS escapes undone…
    "animate-href-space.svg": (svg('<a><set attributeName="href " to="javascript:alert(1)"/></a>'),
                               active_svg("thẻ <set> đổi thuộc tính href")),
    "animate-xlink-href.svg": (svg('<a><animate attributeName=" XLINK:HREF" values="javascript:alert(1)"/></a>'),
                               active_svg("thẻ <animate> đổi thuộc tính XLINK:HREF")),
    "css-escape.svg": (svg(r'<rect style="fill: \75 rl(https://evil.example/a.svg#p)"/>'),
                       active_svg("liên kết ra ngoài “https://evil.example/a.svg#p”")),
    "css-escape-import.svg": (svg(r'<style>@\69mport "https://evil.example/a.css";</style>'), active_svg("lệnh @import")),
    "expression.svg": (svg('<rect style="width: expression(alert(1))"/>'), active_svg("lệnh expression(")),
    "xml-base.svg": (svg('<g xml:base="https://evil.example/"><use href="#a"/></g>'),
                     active_svg("liên kết ra ngoài “https://evil.example/”")),
    # … the internal DTD subset and processing instructions are refused as such…
    "attlist.svg": (b'<!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]>' + svg(""),
                    active_svg("phần khai báo riêng trong <!DOCTYPE … [ … ]>")),
    "instruction.svg": (b'<?php echo 1; ?>' + svg(""), active_svg("khai báo <?php>")),
    # … and a PDF is checked by its structure, with no web page in it.
    "html-then-pdf.pdf": (b"<img src=x onerror=alert(1)>\n" + PDF, other_format(".pdf")),
    "pdf-with-script.pdf": (pdf(b"1 0 obj\n<script>alert(1)</script>\nendobj\n"), html_inside("<script", ".pdf")),
    "pdf-with-link.pdf": (pdf(b'1 0 obj\n<A HREF="https://evil.example">\nendobj\n'), html_inside("<A HREF", ".pdf")),
    "png-with-page.png": (PNG + b"\x00\x00\x00\x20tEXtComment\x00<!DOCTYPE html><body>", html_inside("<!DOCTYPE", ".png")),
    "cut-short.pdf": (PDF[:40], broken_pdf("thiếu phần kết “startxref … %%EOF” ở cuối tệp")),
    "wrong-xref.pdf": (pdf(offset=3), broken_pdf("bảng tham chiếu (xref) không nằm ở vị trí “startxref” ghi")),
}


@pytest.mark.parametrize("name", ATTACHMENTS)
def test_files_in_docs_are_pages_or_documents(name: str, project: Path) -> None:
    content, expected = ATTACHMENTS[name]
    (project / "docs" / "tai-lieu").mkdir()
    (project / "docs" / "tai-lieu" / name).write_bytes(content)
    if expected is None:
        load_sources(project)
    else:
        path = f"docs/tai-lieu/{name}"
        assert problems_of(project) == [f"{path}:1:1: " + expected.format(path=path)]


@pytest.mark.parametrize("name", ATTACHMENTS)
def test_attached_files_are_documents(name: str, project: Path) -> None:
    """The same rules for a `file:` outside docs/, reported at the YAML line."""
    content, expected = ATTACHMENTS[name]
    (project / "tai-lieu").mkdir()
    (project / "tai-lieu" / name).write_bytes(content)
    (project / F).write_text(GOOD + f'materials:\n  - title: Tài liệu\n    file: "tai-lieu/{name}"\n', encoding="utf-8")
    if expected is None:
        load_sources(project)
    else:
        assert problems_of(project) == [f"{F}:12:11: " + expected.format(path=f"tai-lieu/{name}")]


def test_the_sites_own_code_and_hidden_files_stay_allowed(project: Path) -> None:
    (project / "docs" / "assets" / "javascripts" / "them.js").write_text("console.log(1)", encoding="utf-8")
    (project / "docs" / "overrides" / "partials" / "them.html").write_text("<div></div>", encoding="utf-8")
    (project / "docs" / "huong-dan" / ".gitkeep").write_text("", encoding="utf-8")
    (project / "docs" / "huong-dan" / "them.markdown").write_text("# Trang\n", encoding="utf-8")
    load_sources(project)


def test_a_document_is_published_under_tep(project: Path, tmp_path: Path) -> None:
    (project / "docs" / "tai-lieu").mkdir()
    (project / "docs" / "tai-lieu" / "ke-hoach.pdf").write_bytes(PDF)
    (project / F).write_text(GOOD + "materials:\n  - title: Kế hoạch\n    file: docs/tai-lieu/ke-hoach.pdf\n", encoding="utf-8")
    write_changed(tmp_path / "docs", assemble(project, TEST_TODAY)[1])
    assert (tmp_path / "docs/tep/docs/tai-lieu/ke-hoach.pdf").read_bytes() == PDF
    assert (tmp_path / "docs/tai-lieu/ke-hoach.pdf").read_bytes() == PDF


def test_the_copy_refuses_a_link_or_a_hard_link_made_after_the_check(project: Path, tmp_path: Path) -> None:
    """A file swapped between `make check` and the copy (a race) is still not read."""
    (project / "docs" / "tai-lieu").mkdir()
    (project / "docs" / "tai-lieu" / "ke-hoach.pdf").write_bytes(PDF)
    (project / F).write_text(GOOD + "materials:\n  - title: Kế hoạch\n    file: docs/tai-lieu/ke-hoach.pdf\n", encoding="utf-8")
    files = assemble(project, TEST_TODAY)[1]
    (project / "docs" / "tai-lieu" / "ke-hoach.pdf").unlink()
    hard_link(project, "docs/tai-lieu/ke-hoach.pdf", outside_text(project))
    with pytest.raises(ProblemsFound) as found:
        write_changed(tmp_path / "docs", files)
    assert [str(problem) for problem in found.value.problems] == [f"docs/tai-lieu/ke-hoach.pdf:1:1: {HARD} ({HARD_HINT})"]
    (project / "docs" / "tai-lieu" / "ke-hoach.pdf").unlink()
    link(project, "docs/tai-lieu/ke-hoach.pdf", "/etc/passwd")
    with pytest.raises(ProblemsFound) as found:
        write_changed(tmp_path / "docs", files)
    assert [str(problem) for problem in found.value.problems] == [f"docs/tai-lieu/ke-hoach.pdf:1:1: {LINK} ({LINK_HINT})"]
    assert SECRET.encode() not in b"".join(path.read_bytes() for path in (tmp_path / "docs").rglob("*") if path.is_file())


def _through_a_link(project: Path) -> None:
    (project / "tai-lieu").mkdir()
    (project / "tai-lieu" / "that.pdf").write_bytes(PDF)
    os.symlink("that.pdf", project / "tai-lieu" / "lien-ket.pdf")
    os.symlink("tai-lieu", project / "thu-muc-lien-ket")


# file: value -> its problem at the YAML line, after _through_a_link
PATHS = {
    "tai-lieu/that.pdf": None,
    "tai-lieu/lien-ket.pdf": ("Đường dẫn “tai-lieu/lien-ket.pdf” đi qua liên kết tượng trưng (symlink) “tai-lieu/lien-ket.pdf” "
                              f"({LINK_HINT})"),
    "thu-muc-lien-ket/that.pdf": ("Đường dẫn “thu-muc-lien-ket/that.pdf” đi qua liên kết tượng trưng (symlink) “thu-muc-lien-ket” "
                                  f"({LINK_HINT})"),
    "/etc/passwd": "Đường dẫn “/etc/passwd” trỏ ra ngoài kho (đặt tệp trong kho, ví dụ docs/tai-lieu/)",
    "tai-lieu/../../ngoai.pdf": "Đường dẫn “tai-lieu/../../ngoai.pdf” trỏ ra ngoài kho (đặt tệp trong kho, ví dụ docs/tai-lieu/)",
    "tai-lieu/../tai-lieu/that.pdf": ("Đường dẫn “tai-lieu/../tai-lieu/that.pdf” phải viết thẳng từ thư mục gốc của kho "
                                      "(viết tai-lieu/that.pdf: dùng dấu “/”, không có “..”, “./” hay “//”)"),
    "tai-lieu\\that.pdf": ("Đường dẫn “tai-lieu\\that.pdf” phải viết thẳng từ thư mục gốc của kho "
                           "(viết tai-lieu/that.pdf: dùng dấu “/”, không có “..”, “./” hay “//”)"),
    ".an/that.pdf": ("Đường dẫn “.an/that.pdf” đi qua tệp hoặc thư mục ẩn, tên bắt đầu bằng dấu chấm "
                     "(đặt tệp vào docs/tai-lieu/)"),
    "tai-lieu": "“tai-lieu” không phải một tệp (ghi đường dẫn tới một tệp, ví dụ docs/tai-lieu/ke-hoach.pdf)",
    "tai-lieu/that.pdf/x.pdf": ("Không tìm thấy tệp “tai-lieu/that.pdf/x.pdf” "
                                "(kiểm tra tên tệp, hoa thường, và thêm tệp vào kho)"),
}


@pytest.mark.parametrize("value", PATHS)
def test_attachment_paths_are_regular_files_reached_without_a_link(value: str, project: Path) -> None:
    _through_a_link(project)
    quoted = value.replace("\\", "\\\\")
    (project / F).write_text(GOOD + f'materials:\n  - title: Tài liệu\n    file: "{quoted}"\n', encoding="utf-8")
    if PATHS[value] is None:
        load_sources(project)
    else:
        assert problems_of(project) == [f"{F}:12:11: {PATHS[value]}"]


def test_a_documents_file_follows_the_same_rules(project: Path) -> None:
    (project / "docs" / "tai-lieu").mkdir()
    (project / "docs" / "tai-lieu" / "ke-hoach.pdf").write_bytes(b"<html><script>alert(1)</script></html>")
    registry = project / "campaigns" / "registries" / "documents" / "1009-stttt-ttbcxb.yml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("kind: Công văn\n", "kind: Công văn\nfile: tai-lieu.html\n", 1), encoding="utf-8")
    (project / "tai-lieu.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    line = text[: text.index("kind: Công văn\n")].count("\n") + 2
    assert problems_of(project) == [
        ("docs/tai-lieu/ke-hoach.pdf:1:1: Tệp “docs/tai-lieu/ke-hoach.pdf” thực chất là trang web (HTML/XML), "
         f"không phải tệp .pdf ({RESAVE})")]
    (project / "docs" / "tai-lieu" / "ke-hoach.pdf").unlink()
    assert problems_of(project) == [(f"campaigns/registries/documents/1009-stttt-ttbcxb.yml:{line}:7: Tệp “tai-lieu.html” có đuôi .html: "
                                     f"loại tệp này không được đưa lên trang ({ALLOWED_HINT})")]


CODE_HINT = "docs/assets chỉ chứa css, js, png, jpg, jpeg, gif, webp, ico, woff, woff2; trang web thì viết bằng Markdown trong docs/"
PAGE_HINT = ("trang viết tay chỉ dùng Markdown và HTML trình bày, xem “Trang viết tay” trong hướng dẫn biên tập; "
             "liên kết tới tài liệu bằng “[tên](đường-dẫn)”")
URL_HINT = "liên kết chỉ dùng http:, https:, mailto:, tel: hoặc đường dẫn như “../tai-lieu/ke-hoach.pdf”"
HOSTILE_FILES = {
    # A web page beside the site's own scripts would run them, or its own, on the site's address.
    "docs/assets/ke-hoach.html": ("<script src=ke-hoach.js></script>",
                                  f"docs/assets/ke-hoach.html:1:1: Tệp “docs/assets/ke-hoach.html” (.html) không thuộc mã của trang ({CODE_HINT})"),
    "docs/assets/javascripts/trang.xhtml": ("<html/>",
                                            "docs/assets/javascripts/trang.xhtml:1:1: Tệp “docs/assets/javascripts/trang.xhtml” (.xhtml) "
                                            f"không thuộc mã của trang ({CODE_HINT})"),
    "docs/huong-dan/them.md": ("# Thêm\n\nĐoạn văn.\n\n<script src=\"../assets/ke-hoach.js\"></script>\n",
                               f"docs/huong-dan/them.md:5:1: Trang có mã HTML chạy được hoặc nhúng nội dung: “<script>” ({PAGE_HINT})"),
    "docs/huong-dan/nut.md": ("<button onclick=\"alert(1)\">Bấm</button>\n",
                              "docs/huong-dan/nut.md:1:1: Trang có mã HTML chạy được hoặc nhúng nội dung: "
                              f"“<button onclick>” ({PAGE_HINT})"),
    "docs/huong-dan/lien-ket.md": ("[Bấm vào đây](javascript:alert(1))\n",
                                   "docs/huong-dan/lien-ket.md:1:1: Trang có địa chỉ “javascript:alert(1)” trong “<a href>”: "
                                   f"giao thức “javascript:” không được phép ({URL_HINT})"),
    "docs/huong-dan/khung.md": ("<iframe src=\"https://example.com\"></iframe>\n",
                                f"docs/huong-dan/khung.md:1:1: Trang có mã HTML chạy được hoặc nhúng nội dung: “<iframe>” ({PAGE_HINT})"),
    # 300 levels once crashed Python-Markdown with a 2,500-line RecursionError.
    "docs/huong-dan/sau.md": ("".join(f"{'    ' * level}- mục {level}\n" for level in range(300)),
                              "docs/huong-dan/sau.md:42:1: Dòng này lồng nhau quá sâu, quá 40 cấp danh sách, trích dẫn hoặc thụt lề "
                              "(viết phẳng lại: danh sách nhiều cấp nên tách thành nhiều mục)"),
    "docs/huong-dan/trich.md": (">" * 100 + " trích\n",
                                "docs/huong-dan/trich.md:1:1: Dòng này lồng nhau quá sâu, quá 40 cấp danh sách, trích dẫn hoặc thụt lề "
                                "(viết phẳng lại: danh sách nhiều cấp nên tách thành nhiều mục)"),
    # A name can forge a line of output, or a CI annotation.
    "docs/tai-lieu/c\x1b[31mđỏ\n::error file=README.md,line=1::x.txt": ("hi", "docs/tai-lieu/c\\x1b[31mđỏ\\n::error file=README.md,"
                                                                          "line=1::x.txt:1:1: Tên tệp hoặc thư mục có ký tự điều khiển, "
                                                                          "hoặc không phải chữ UTF-8 (đổi tên, chỉ dùng chữ, số và gạch ngang, "
                                                                          "ví dụ ke-hoach-tuyen-truyen.pdf)"),
}


@pytest.mark.parametrize("name", HOSTILE_FILES)
def test_pages_and_code_folders_cannot_run_or_crash_anything(name: str, project: Path) -> None:
    content, expected = HOSTILE_FILES[name]
    (project / name).parent.mkdir(parents=True, exist_ok=True)
    (project / name).write_text(content, encoding="utf-8")
    problems = problems_of(project)
    assert expected in problems, problems
    assert all("\n" not in problem and "\x1b" not in problem for problem in problems)


def test_a_page_may_use_html_for_layout(project: Path) -> None:
    (project / "docs" / "huong-dan" / "bang.md").write_text(
        '# Bảng\n\n<div class="bang" markdown>\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n</div>\n\n<abbr title="Sở Công Thương">SCT</abbr>\n'
        + "".join(f"{'    ' * level}- mục {level}\n" for level in range(10)), encoding="utf-8")
    load_sources(project)
