"""Every document the text cites, from "Căn cứ …", "Thực hiện …" and
"theo Công văn số … ngày … của … về …": kind, number, date, issuer and subject,
as far as the sentence gives them."""

from __future__ import annotations

import re

from ..normalise import Line
from .dates import DATE, parse_date
from .facts import Citation
from .numbers import CITED_NUMBER, KIND_PATTERN, kind_from_symbol, tidy_number

# "Kế hoạch số 12/KH-UBND"; a law is named before its number: "Luật Bảo vệ … số 19/2023/QH15"
# (tried second, so that "Luật A và Nghị định số 98/…" stays a Nghị định).
_KIND_BEFORE = (re.compile(rf"(?P<kind>{KIND_PATTERN})(?:\s+(?:liên tịch|số|số:|số hiệu))*\s*$", re.IGNORECASE),
                re.compile(r"(?P<kind>Luật)\s[^,;.]{1,120}?\s+số\s*$"),
                re.compile(r"(?P<generic>văn bản)(?:\s+số)?\s*$", re.IGNORECASE))  # starts a citation, names no kind
_DATE_AFTER = re.compile(rf"^\s*,?\s*(?:ban hành\s+|ký\s+)?(?:ngày\s+)?(?P<date>{DATE})")
# A citation starts a new item of a list after these; one after "thực hiện …"
# with no mark between is part of the subject of the one before it.
_SEPARATED = re.compile(r"(?:[,;:.(]|\bvà|\bhoặc|^)\s*$")
# Where what is said about a citation ends.
_CLAUSE_END = re.compile(r"[;:]|\.{3}|…|\.(?=\s+[A-ZĐ“\"]|\s*$)|\s+trong đó\b|\s*\(sau đây")
# After an issuer, a comma then a new sentence's subject: "của Ban Tuyên giáo Tỉnh ủy, Sở Công Thương xây dựng …"
# (a comma inside a name, "Sở Văn hóa, Thể thao và Du lịch", is followed by no verb).
_NEXT_SUBJECT = re.compile(r",\s+(?=[^,]*\b(?:xây dựng|ban hành|triển khai|đề nghị|yêu cầu|thông báo|tổ chức|thực hiện)\b)")
# Words that follow an issuer when no "về" stands between it and the subject.
_ISSUER_END = re.compile(r"\s+(?:về việc|về|V/v|v/v|quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi|triển khai|"
                         r"nhằm|đề nghị|yêu cầu)\s+|,\s+(?=[a-zđ])")
_SUBJECT_START = re.compile(r"^\s*(?:về việc|về|V/v|v/v)\s+", re.IGNORECASE)
# How far the parser looks around a number, so that a line of thousands of numbers (a
# text without punctuation joins into one) is read in linear time: the kind stands just
# before the number ("Luật <name of up to 120 characters> số"), a separator a few
# characters before the next number, and what is said about a citation (date, issuer,
# subject, a nested citation or two) within the characters after it.
_KIND_REACH = 200
_SEPARATOR_REACH = 12
_TAIL_REACH = 1200


def _starts(text: str) -> list[tuple[int, re.Match, re.Match | None]]:
    """(start of the citation, its number, its kind) for every number in a line."""
    starts = []
    for number in CITED_NUMBER.finditer(text):
        reach = max(0, number.start() - _KIND_REACH)
        kind = next(filter(None, (pattern.search(text, reach, number.start()) for pattern in _KIND_BEFORE)), None)
        starts.append((kind.start() if kind else number.start(), number, kind))
    return starts


def _issuer_and_subject(tail: str) -> tuple[str | None, str | None]:
    """What follows a number and its date: "của <issuer> về <subject>", or "về <subject>"."""
    tail = _CLAUSE_END.split(tail, maxsplit=1)[0].strip().rstrip(",").strip()
    issuer = None
    if tail.startswith("của "):
        rest = _NEXT_SUBJECT.split(tail[4:], maxsplit=1)[0]
        cut = _ISSUER_END.search(rest)
        issuer, tail = (rest[:cut.start()], rest[cut.start():]) if cut else (rest, "")
        issuer = issuer.strip().rstrip(",") or None
    subject = _SUBJECT_START.sub("", tail, count=1).strip() if _SUBJECT_START.match(tail) or (tail and issuer) else ""
    return issuer, subject.rstrip(",.").strip() or None


def _citation(line: Line, text: str, number: re.Match, kind: re.Match | None, end: int) -> Citation:
    written = tidy_number(number.group("number"))
    citation = Citation(written, line)
    if kind and kind.groupdict().get("kind"):
        citation.kind = kind.group("kind")[:1].upper() + kind.group("kind")[1:].lower()
    else:
        citation.kind, citation.kind_from_symbol = kind_from_symbol(written), True
    tail = text[number.end():end]
    date = _DATE_AFTER.match(tail)
    if date:
        citation.date = parse_date(date.group("date"))
        tail = tail[date.end():]
    if citation.date is not None or tail.lstrip(" ,").startswith(("của ", "về ")):
        citation.issuer, citation.subject = _issuer_and_subject(tail.lstrip(" ,"))
    return citation


def line_citations(line: Line) -> list[Citation]:
    """The citations of one line, in order; a citation nested in another's subject is listed too."""
    text = line.text
    starts = _starts(text)
    # A citation runs to the next one that starts a new item of a list (after a comma, "và"…),
    # found from the right in one pass.
    ends, end = [], len(text)
    for start, _, _ in reversed(starts):
        ends.append(end)
        if _SEPARATED.search(text, max(0, start - _SEPARATOR_REACH), start):
            end = start
    ends.reverse()
    return [_citation(line, text, number, kind, min(end, number.end() + _TAIL_REACH))
            for (_, number, kind), end in zip(starts, ends)]


def _key(number: str) -> str:
    return number.casefold()


def citations(lines: list[Line], own_number: str | None = None) -> list[Citation]:
    """Every document cited, once each (the first mention, completed by later ones)."""
    by_number: dict[str, Citation] = {}
    own = _key(own_number) if own_number else None
    for line in lines:
        for citation in line_citations(line):
            key = _key(citation.number)
            if key == own:
                continue
            first = by_number.setdefault(key, citation)
            for name in ("kind", "date", "issuer", "subject"):
                if getattr(first, name) is None and getattr(citation, name) is not None:
                    setattr(first, name, getattr(citation, name))
    return list(by_number.values())
