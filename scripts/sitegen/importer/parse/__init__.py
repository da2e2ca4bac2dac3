"""Pure functions from the lines of a document to what it says (parse.Parsed).

The header laid out by Nghị định 30/2020/NĐ-CP comes first; where a copy has
none (a web page, a law-text site), the kind's own line and the lead sentence
give what they can, and each such fact is noted as inferred, for the clerk to
check."""

from __future__ import annotations

import re

from ..normalise import PAGE_STAMP, Line
from . import header
from .casing import Body, issuer_form, sentence_case
from .citations import citations
from .dates import date_spans, deadlines, parse_date
from .facts import Found, Parsed
from .lead import lead
from .numbers import KIND_PATTERN, NUMBER, kind_from_symbol, tidy_number

# Why a fact needs a person's eye, beyond its source line.
FROM_LEAD = "lấy từ câu mở đầu vì bản sao không có phần đầu văn bản"
FROM_KIND_LINE = "lấy từ dòng tên loại văn bản vì bản sao không có dòng “Số: …”"
RECASED_TITLE = "trích yếu in hoa viết lại chữ thường: kiểm tra chữ hoa của tên riêng"
RECASED_ISSUER = "tên cơ quan in hoa viết lại theo cách ghi trong danh mục"
FROM_HEADLINE = "lấy từ tiêu đề trang vì bản sao không ghi tên loại, số hay trích yếu"
# A web page's headline: a short line of a few words that ends no sentence, before the body (not a site's "logo",
# "Cập nhật lúc: …", "Lượt xem: …", a breadcrumb, an item of a list, nor a sentence that cites). One that starts with a
# kind ("Thông báo tạm hoãn tổ chức …") names the kind too, and may end with a full stop.
_HEADLINE = re.compile(r"^(?!(?:Căn cứ|Thực hiện|Triển khai|Theo|Xét|Cập nhật|Lượt xem|Ngày\s+\d|Trang chủ)\b)"
                       r"(?![-+•*–]\s|\d+[.)]\s|[a-zđ]\)\s)(?=(?:\S+\s+){4,})[^\n]{10,250}(?<![.;:!?,])$", re.IGNORECASE)
_KIND_HEADLINE = re.compile(rf"^(?P<kind>{KIND_PATTERN})\s+(?!(?:của|số|này|đã|được|và|là|cho|thì|mà|sẽ|với)\b)"
                            rf"(?P<subject>[a-zđà-ỹ][^\n]{{10,250}}?)\.?$")
HEADLINE_LINES = 5
_KIND_NUMBER = re.compile(rf"^\s*(?:{KIND_PATTERN})\s+(?P<number>{NUMBER})", re.IGNORECASE)


def parse(lines: list[Line]) -> Parsed:
    """Every fact of the document, each with its source line."""
    parsed = Parsed()
    body = Body([line.text for line in lines])
    parsed.number = header.own_number(lines)
    parsed.place, parsed.date_written = header.place_and_date(lines)
    parsed.kind, parsed.subject = header.kind_and_title(lines, parsed.number)
    _from_kind_line(lines, parsed)
    _from_lead(lines, parsed)
    _from_headline(lines, parsed)
    if parsed.date_written:
        date = parse_date(parsed.date_written.value)
        parsed.date = Found(date, parsed.date_written.line) if date else None
    if parsed.kind is None and parsed.number:
        kind = kind_from_symbol(parsed.number.value)
        if kind:
            parsed.kind, parsed.kind_from_symbol = Found(kind, parsed.number.line), True
    found_issuer = header.issuer(lines, _top_of_body(lines, parsed)) or parsed.lead_issuer
    if found_issuer:
        parsed.issuer = Found(issuer_form(found_issuer.value, body), found_issuer.line)
        if parsed.issuer.value != found_issuer.value:
            parsed.inferred["issuer"] = RECASED_ISSUER
    if parsed.subject:
        # "VỀ VIỆC BAN HÀNH …" is filed as "Ban hành …", as a "V/v" line is; no full stop ends a trích yếu.
        bare = re.sub(r"^(?:V/v|về việc)\s*[:.]?\s*", "", parsed.subject.value, flags=re.IGNORECASE).rstrip(" .")
        bare = bare or parsed.subject.value
        parsed.subject = Found(bare, parsed.subject.line)
        cased = sentence_case(parsed.subject.value, body)
        if cased != parsed.subject.value and cased.lower() != parsed.subject.value.lower()[:1] + parsed.subject.value[1:]:
            parsed.inferred.setdefault("subject", RECASED_TITLE)
        parsed.subject = Found(cased, parsed.subject.line)
    parsed.recipients = header.recipients(lines)
    parsed.copies_to, parsed.archived_at = header.copies(lines)
    parsed.signer = header.signer(lines)
    parsed.sections = header.sections(lines)
    parsed.executors = header.executors(lines)
    parsed.citations = citations(lines[_top_of_letter(lines, parsed):], parsed.number.value if parsed.number else None)
    parsed.spans = date_spans(lines)
    parsed.deadlines = deadlines(lines)
    return parsed


def _from_kind_line(lines: list[Line], parsed: Parsed) -> None:
    """A copied law text's "THÔNG TƯ 15/2017/TT-BCT⏎ngày 31 tháng 8 năm 2017": number and date under the kind."""
    if parsed.kind is None:
        return
    if parsed.number is None:
        found = _KIND_NUMBER.match(parsed.kind.line.text)
        if found:
            parsed.number = Found(tidy_number(found.group("number")), parsed.kind.line)
            parsed.inferred["number"] = FROM_KIND_LINE
    if parsed.date_written is None:
        parsed.date_written = header.date_line(lines, parsed.kind.line)
        if parsed.date_written:
            parsed.inferred["date"] = FROM_KIND_LINE


def _from_lead(lines: list[Line], parsed: Parsed) -> None:
    """Whatever the header did not give, from the lead sentence of a copy without one."""
    if parsed.number and parsed.date_written and parsed.kind and parsed.subject:
        return
    found = lead(lines)
    if found is None:
        return
    line = found.line
    for name, value in (("number", found.number), ("date_written", found.date), ("kind", found.kind),
                        ("subject", found.subject)):
        if value and getattr(parsed, name) is None:
            if name == "kind":
                value = header._kind_of(value) or value
            setattr(parsed, name, Found(value, line))
            parsed.inferred["date" if name == "date_written" else name] = FROM_LEAD
    if found.issuer:
        parsed.lead_issuer = Found(found.issuer, line)


def _from_headline(lines: list[Line], parsed: Parsed) -> None:
    """A copy without a header that gives no trích yếu (a Sở's page of instructions, a Party board's monthly guidance,
    a news page whose sentence names a document but not its subject): its page's headline, among its first lines, is
    the nearest thing to one, marked for checking; a headline that starts with a kind names it."""
    if parsed.subject or (parsed.number and "number" not in parsed.inferred) or parsed.place:
        return
    for line in lines[:HEADLINE_LINES]:
        text = line.text.strip()
        if PAGE_STAMP.match(text) or header.is_motto(text) or re.search(NUMBER, text):
            continue
        kind_first = _KIND_HEADLINE.match(text)
        if kind_first and parsed.kind is None:
            parsed.kind = Found(header._kind_of(kind_first.group("kind")) or kind_first.group("kind"), line)
            parsed.inferred["kind"] = FROM_HEADLINE
        if kind_first or _HEADLINE.match(text):
            parsed.subject = Found(kind_first.group("subject") if kind_first else text, line)
            parsed.inferred["subject"] = FROM_HEADLINE
            return


def _top_of_letter(lines: list[Line], parsed: Parsed) -> int:
    """Where a letter with a header starts: a law site puts its own list of related documents above it ("- 3Nghị
    định 15/2018/NĐ-CP hướng dẫn …"), which the letter does not cite. A copy without a header starts at the top."""
    if parsed.number is None or "number" in parsed.inferred or parsed.number.line not in lines:
        return 0
    marks = [found.line for found in (parsed.number, parsed.issuer) if found and found.line in lines]
    return min(lines.index(line) for line in marks)


def _top_of_body(lines: list[Line], parsed: Parsed) -> int:
    """How many lines the issuer may be among: those above the number, or above the date or kind."""
    marks = [found.line for found in (parsed.number, parsed.date_written, parsed.kind, parsed.subject) if found]
    first = min((lines.index(line) for line in marks), default=0)
    # The number's own line counts: a PDF may print "SỞ CÔNG THƯƠNG Số: 12/KH-SCT" on one line.
    return first + 1
