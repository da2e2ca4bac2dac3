"""A listing's or a blog's title line names who issued the document between its number and its title:
"Văn bản hợp nhất 15/VBHN-BKHCN năm 2015 do Bộ Khoa học và Công nghệ ban hành hợp nhất Quyết định …",
"Quyết định 3109/QĐ-UBND của Bình Phước năm 2021 thủ tục hành chính …". The owner is the issuer, and neither it nor
the site's year is part of the trích yếu."""

from __future__ import annotations

import re

from ..normalise import UPPER
from .naming import ORGAN
from .province import named

_YEAR = r"(?:[Nn]ăm\s+)?\d{4}"
# (Case matters: a place is its capitalised words, "của Bình Phước năm 2021 …".)
_OWNER = re.compile(rf"^(?:{_YEAR}\s+)?(?:[Dd]o\s+(?P<body>{ORGAN}\b[^.()]{{0,100}}?)\s+ban hành|"
                    rf"[Cc]ủa\s+(?P<place>(?:tỉnh\s+|thành phố\s+)?[{UPPER}]\w*(?:\s*-?\s*[{UPPER}]\w*){{0,3}}))"
                    rf"(?:\s+{_YEAR})?\s+(?=\w)")
_COMMITTEE = re.compile(r"[/-]UBND\b")


def owner(title: str, number: str | None) -> tuple[str | None, str]:
    """(Who issued it, the title without the owner and the year). A place is its committee's when the number's
    symbol is a committee's ("3109/QĐ-UBND … của Bình Phước": UBND tỉnh Bình Phước); otherwise the place names no
    body, and the title is left as it is."""
    found = _OWNER.match(title)
    if found is None:
        return None, title
    if found.group("body"):
        return found.group("body"), title[found.end():]
    place = named(found.group("place")) or named(f"tỉnh {found.group('place')}") or named(
        f"thành phố {found.group('place')}")
    if place is None or not (number and _COMMITTEE.search(number.upper())):
        return None, title
    return f"UBND {place}", title[found.end():]
