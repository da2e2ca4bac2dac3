"""Pure functions from the lines of a document to what it says (parse.Parsed)."""

from __future__ import annotations

from ..normalise import Line
from . import header
from .citations import citations
from .dates import date_spans, deadlines, parse_date
from .facts import Found, Parsed
from .numbers import kind_from_symbol


def parse(lines: list[Line]) -> Parsed:
    """Every fact of the document, each with its source line."""
    parsed = Parsed()
    parsed.number = header.own_number(lines)
    parsed.place, parsed.date_written = header.place_and_date(lines)
    if parsed.date_written:
        date = parse_date(parsed.date_written.value)
        parsed.date = Found(date, parsed.date_written.line) if date else None
    parsed.kind, parsed.subject = header.kind_and_title(lines)
    if parsed.kind is None and parsed.number:
        kind = kind_from_symbol(parsed.number.value)
        if kind:
            parsed.kind, parsed.kind_from_symbol = Found(kind, parsed.number.line), True
    parsed.issuer = header.issuer(lines, _top_of_body(lines, parsed))
    parsed.recipients = header.recipients(lines)
    parsed.copies_to, parsed.archived_at = header.copies(lines)
    parsed.signer = header.signer(lines)
    parsed.sections = header.sections(lines)
    parsed.citations = citations(lines, parsed.number.value if parsed.number else None)
    parsed.spans = date_spans(lines)
    parsed.deadlines = deadlines(lines)
    return parsed


def _top_of_body(lines: list[Line], parsed: Parsed) -> int:
    """How many lines the issuer may be among: those above the number, or above the date or kind."""
    marks = [found.line for found in (parsed.number, parsed.date_written, parsed.kind, parsed.subject) if found]
    first = min((lines.index(line) for line in marks), default=0)
    # The number's own line counts: a PDF may print "SỞ CÔNG THƯƠNG Số: 12/KH-SCT" on one line.
    return first + 1
