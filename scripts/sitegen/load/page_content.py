"""Hand-written pages stay pages: no active HTML, nothing that crashes Markdown.

Markdown lets a page carry raw HTML, attr_list puts any attribute on an
element, and a reference link can point anywhere; the site's CSP allows
scripts from the site itself, and the preview sends none. So a page is judged
by what it becomes: rendered with the site's own Markdown settings
(site_markdown.py), its HTML must keep to the allowlist of html_allowlist.py.
Pages may use HTML for layout, never to run or embed anything.

A page's metadata (the YAML between "---" lines at its top) is not
Markdown: Material copies its title and description into the page as they
are written, into the <title>, a <meta> tag's attribute and the header. So
its values may hold no "<", ">" or quote.

Lists or quotes nested hundreds deep make Python-Markdown recurse until it
crashes, so nesting has a bound far above any real page, checked on the text
before anything is rendered.
"""

from __future__ import annotations

import re
from pathlib import Path

from .html_allowlist import shown
from .html_check import refusals
from .site_markdown import metadata_values, site_markdown, split_metadata

# Four columns a level, as Python-Markdown counts them.
MAX_DEPTH = 40
_INDENT = re.compile(r"[ \t>]*")
DEPTH_HINT = "viết phẳng lại: danh sách nhiều cấp nên tách thành nhiều mục"
HTML_HINT = ("trang viết tay chỉ dùng Markdown và HTML trình bày, xem “Trang viết tay” trong hướng dẫn biên tập; "
             "liên kết tới tài liệu bằng “[tên](đường-dẫn)”")
# What would end a quoted attribute or open a tag where the theme writes metadata as it is.
_RAW_IN_HTML = re.compile(r"[<>\"']")
METADATA_HINT = "phần đầu trang (giữa hai dòng ---) chỉ viết chữ: bỏ thẻ HTML, thay dấu \" và ' bằng “ ”"
HINTS = {
    "url": "liên kết chỉ dùng http:, https:, mailto:, tel: hoặc đường dẫn như “../tai-lieu/ke-hoach.pdf”",
    "style": "căn lề cột bảng bằng dấu “:” ở dòng kẻ dưới tiêu đề, ví dụ “|:---|---:|”",
    "id": "đặt mã định danh khác, không bắt đầu bằng “__”",
    "unclosed": "đóng thẻ bằng “>”, ngoặc kép của thuộc tính, hoặc chú thích bằng “-->”",
}


def _depth(line: str) -> int:
    prefix = _INDENT.match(line).group()
    return prefix.count(">") + len(prefix.replace(">", "").expandtabs(4)) // 4


def page_problems(text: str, root: Path) -> list[tuple[int, str, str]]:
    """(line, message, hint) for each thing refused in a Markdown page of the project at `root`."""
    too_deep = [(number, f"Dòng này lồng nhau quá sâu, quá {MAX_DEPTH} cấp danh sách, trích dẫn hoặc thụt lề", DEPTH_HINT)
                for number, line in enumerate(text.splitlines(), start=1) if _depth(line) > MAX_DEPTH]
    if too_deep:
        return too_deep  # not rendered: it would crash Markdown
    metadata, body = split_metadata(text)
    problems = _metadata_problems(metadata)
    try:
        html = site_markdown(root)(body)
    except RecursionError:  # nesting of another kind, such as HTML blocks inside each other
        return [*problems, (1, "Trang lồng nhau quá sâu (khối HTML, danh sách hoặc trích dẫn nhiều cấp)", DEPTH_HINT)]
    lines = _LineFinder(body)
    return problems + [(lines.line_of(refusal.needles), f"Trang có {refusal.what}", HINTS.get(refusal.kind, HTML_HINT))
                       for refusal in refusals(html)]


def _metadata_problems(metadata: str) -> list[tuple[int, str, str]]:
    """A problem for each value of the page's metadata that the theme would write into its HTML as markup."""
    lines, problems = _LineFinder(metadata), []
    for value in metadata_values(metadata):
        characters = ", ".join(f"“{character}”" for character in dict.fromkeys(_RAW_IN_HTML.findall(value)))
        if characters:
            problems.append((lines.line_of((value.strip()[:30],)),
                             f"Phần đầu trang có ký tự {characters} trong “{shown(value.strip())}”: giao diện chép nguyên văn "
                             "phần này vào mã HTML của trang", METADATA_HINT))
    return problems


class _LineFinder:
    """The source line of what was refused, as nearly as the text shows it: the HTML comes from
    Markdown, which keeps no positions, so the first place not yet used where the offending text
    stands (case aside), else line 1."""

    def __init__(self, text: str):
        self._text = text.lower()  # lower() keeps every line break where it was
        self._after: dict[str, int] = {}

    def line_of(self, needles: tuple[str, ...]) -> int:
        for needle in (needle.lower() for needle in needles if needle.strip()):
            at = self._text.find(needle, self._after.get(needle, 0))
            if at < 0:
                at = self._text.find(needle)
            if at >= 0:
                self._after[needle] = at + len(needle)
                return self._text.count("\n", 0, at) + 1
        return 1
