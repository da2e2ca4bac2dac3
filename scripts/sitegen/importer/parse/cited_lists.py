"""Lists of cited documents that say once what several share: "các Nghị quyết số …, số … của Chính phủ" (one issuer),
"Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị" (one date and issuer), "đề nghị của
Sở … tại Tờ trình số … và Công văn số …" (one proposer). Each citation of a line is first read alone (citations.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .dates import DATED_AFTER
from .facts import Citation

Start = tuple[int, re.Match, re.Match | None]  # where a citation starts, its number, its kind


def share_in_lists(text: str, starts: list[Start], found: list[Citation], named_before: Callable[[int], bool]) -> None:
    """Give the citations of one line what their list says once. `named_before`: whether each citation's issuer is named
    before it with "tại" ("đề nghị của … tại Tờ trình số …"), asked only where a list may need it."""
    _one_issuer_for_a_pair(text, starts, found)
    _one_proposer_for_a_list(text, starts, found, named_before)


def _one_proposer_for_a_list(text: str, starts: list[Start], found: list[Citation],
                             named_before: Callable[[int], bool]) -> None:
    """ "Xét đề nghị của Giám đốc Sở Công Thương tại Tờ trình số … ngày … và Công văn số … ngày …": the body named
    before the first number, with "tại", proposes the next one joined to it too, and each further one written with
    "số" alone ("tại các Tờ trình số …, số … và số …"), not another kind of document ("…, Công văn số … của Ban Chỉ
    đạo …")."""
    proposed = False
    for index in range(len(found) - 1):
        after = found[index + 1]
        proposed = bool(found[index].issuer) and (
            proposed and starts[index][2] is None
            or named_before(index))
        if after.issuer is None and proposed and _joined(text, starts, index):
            after.issuer = found[index].issuer
        proposed = proposed and after.issuer == found[index].issuer and _joined(text, starts, index)


# "theo các Nghị quyết số 27/2016/QH14 ngày … và Nghị quyết số 43/2017/QH14 ngày … của Quốc hội": documents of one
# kind, announced as several ("các"), joined by "và" or a comma, share the issuer named after the last.
_PLURAL = re.compile(r"\bcác\s*$", re.IGNORECASE)
# (A list of one kind may go on after a semicolon with "số" alone: "Các Công điện: số 007/… ngày …; số 010/… của UBND tỉnh".)
_JOINED = re.compile(r"^\s*(?:,\s*|;\s*(?=số))?(?:và\s*)?(?:số\s*)?$")


def _one_issuer_for_a_pair(text: str, starts: list[Start], found: list[Citation]) -> None:
    index = 0
    while index < len(found):
        last = index  # the chain of citations of one kind joined to found[index], announced by "các"
        while last + 1 < len(found) and found[last + 1].kind == found[index].kind and _joined(text, starts, last):
            last += 1
        if last > index and _PLURAL.search(text, max(0, starts[index][0] - 8), starts[index][0]) and found[last].issuer:
            for citation in found[index:last]:
                citation.issuer = citation.issuer or found[last].issuer
        elif last > index and found[last].issuer and all(not c.date and not c.issuer for c in found[index:last]):
            # "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị": numbers with
            # nothing said between them share the date and the issuer said after the last.
            for citation in found[index:last]:
                citation.date, citation.issuer = found[last].date, found[last].issuer
        for at in range(last - 1, index - 1, -1):
            # "số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025": a number with nothing said of it, joined by "và",
            # shares the date after (not "Thông tư số 26/2014/TT-BCT, Thông tư số 14/2018/TT-BCT ngày 28/6/2018": its
            # own year is another).
            between = text[starts[at][1].end():starts[at + 1][0]]
            year = re.search(r"/(\d{4})/", found[at].number)
            if (found[at].date is None and found[at].issuer in (None, found[at + 1].issuer) and found[at + 1].date
                    and re.search(r"\bvà\b", between)
                    and (year is None or int(year.group(1)) == found[at + 1].date.year)):
                found[at].date = found[at + 1].date
        index = last + 1


def _joined(text: str, starts: list[Start], index: int) -> bool:
    """Whether only its date, then "và" or a comma, stand between the citation at `index` and the next."""
    between = text[starts[index][1].end():starts[index + 1][0]]
    date = DATED_AFTER.match(between)
    return bool(_JOINED.match(between[date.end():] if date else between))
