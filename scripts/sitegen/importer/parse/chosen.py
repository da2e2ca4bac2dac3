"""The document a clerk says a copy is, when the rules cannot tell which of the numbered documents a page names is
its own ("make import FILE=… SO=65/TB-SCT", or the form's choice): a news page's "(Chi tiết Thông báo số 65/TB-SCT …,
xem tại đây)" names the page's notice in a phrasing no rule has seen yet, while another page's only number is a
background one. The clerk has the page in front of them; the importer then takes that document's facts from the
sentence that names it, each marked for checking, and every other number stays a reference.

Pure: what to offer (`choices`) and what choosing does (`choose`); run.py says what a choice not in the text means.
"""

from __future__ import annotations

from ...model.dates import format_partial_date
from ..normalise import Line
from .casing import Body, issuer_form
from .citations import citations
from .facts import Citation, Found, Parsed
from .naming import clean_issuer
from .numbers import number_key, tidy_number

CHOSEN = "người nhập chọn đây là văn bản được nhập; thông tin lấy từ câu nêu số của nó"
MAX_CHOICES = 6


def choices(parsed: Parsed) -> list[Citation]:
    """The numbered documents a clerk may say the copy is, when no header's "Số: …" said it, in the text's order:
    those named outside a ground, a task carried out or another's title (a plan is not the directive it carries out,
    "Thực hiện Chỉ thị số 34/CT-TTg …", so that one is never offered)."""
    if parsed.number is not None and "number" not in parsed.inferred:
        return []  # the letter's own header gives its number
    return [citation for citation in parsed.citations if not citation.in_citing_clause][:MAX_CHOICES]


def choose(parsed: Parsed, lines: list[Line], own: str) -> bool:
    """Make the document numbered `own` the copy's own; False when the text names no such number. When the rules had
    taken another number as the page's own, that one's facts go with it (it becomes a reference); when they had
    found none, what they read of the page (its headline, who writes) is kept and only its gaps are filled."""
    key = number_key(tidy_number(own))
    if parsed.number is not None and number_key(parsed.number.value) == key:
        return True
    mention = next((citation for citation in citations(lines) if number_key(citation.number) == key), None)
    if mention is None:
        return False
    replaced = parsed.number is not None
    parsed.number = Found(mention.number, mention.line)
    parsed.inferred["number"] = CHOSEN
    # (A chairman's directive named "của Chủ tịch UBND tỉnh" is the committee's, as the registry and a header write it.)
    issuer = clean_issuer(mention.issuer)
    issuer = issuer_form(issuer, Body([line.text for line in lines])) if issuer else None
    date_written = format_partial_date(mention.date) if mention.date else None
    for name, value in (("kind", mention.kind), ("date", mention.date), ("date_written", date_written),
                        ("issuer", issuer), ("subject", mention.subject)):
        if replaced or getattr(parsed, name) is None:
            setattr(parsed, name, Found(value, mention.line) if value else None)
            fact = "date" if name == "date_written" else name
            if value:
                parsed.inferred[fact] = CHOSEN
            else:
                parsed.inferred.pop(fact, None)
    if replaced or parsed.kind is None or parsed.kind.line is mention.line:
        parsed.kind_from_symbol = mention.kind_from_symbol
    parsed.citations = citations(lines, mention.number)
    return True
