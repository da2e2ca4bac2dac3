"""Hand-written pages stay pages: no active HTML, nothing that crashes Markdown.

Markdown lets a page carry raw HTML, and the site's CSP allows scripts from
the site itself, so `<script src="…">` in a page of docs/ would run any file
published beside it. Pages may use HTML for layout, never to run or embed
anything. Lists or quotes nested hundreds deep make Python-Markdown recurse
until it crashes, so nesting has a bound far above any real page.
"""

from __future__ import annotations

import re

# Elements that run, embed or redirect, attributes that run, and script URLs.
_ACTIVE = re.compile(r"<\s*(script|iframe|frame|frameset|object|embed|applet|base|meta|form|link)\b"
                     r"|<[^>]*\son[a-z]+\s*="
                     r"|(?:(?:href|src|action)\s*=\s*[\"']?|\]\(<?)\s*(?:javascript|vbscript):", re.IGNORECASE)
# Four columns a level, as Python-Markdown counts them.
MAX_DEPTH = 40
_INDENT = re.compile(r"[ \t>]*")


def _depth(line: str) -> int:
    prefix = _INDENT.match(line).group()
    return prefix.count(">") + len(prefix.replace(">", "").expandtabs(4)) // 4


def page_problems(text: str) -> list[tuple[int, str, str]]:
    """(line, message, hint) for each line of a Markdown page that is refused."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        active = _ACTIVE.search(line)
        if active:
            problems.append((number, f"Trang có mã HTML chạy được hoặc nhúng nội dung: “{active.group().strip()}”",
                             "trang viết tay chỉ dùng Markdown và HTML trình bày; liên kết tới tài liệu bằng “[tên](đường-dẫn)”"))
        if _depth(line) > MAX_DEPTH:
            problems.append((number, f"Dòng này lồng nhau quá sâu, quá {MAX_DEPTH} cấp danh sách, trích dẫn hoặc thụt lề",
                             "viết phẳng lại: danh sách nhiều cấp nên tách thành nhiều mục"))
    return problems
