"""What the import writes, field by field, in the schema's order, each field
with the checks it needs from a person (the items of the file's review list, "Cần kiểm tra")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..load.schema import CAMPAIGN, DOCUMENT, ORGANIZATIONS
from ..model.dates import PartialDate, format_partial_date
from ..model.slugs import slugify
from .match import Document, Matched, Organization, own_document_id, units_named
from .normalise import Line
from .parse.facts import Citation, Found, Parsed
from .parse.numbers import SCHEMA_KINDS

CAMPAIGN_ORDER = list(CAMPAIGN["properties"])
DOCUMENT_ORDER = list(DOCUMENT["properties"])
ORGANIZATION_ORDER = list(ORGANIZATIONS["properties"])
# File names stay readable; the title keeps every word.
MAX_SLUG = 80
# The file of a draft whose document gives no title, kind or number (the clerk names it).
UNTITLED_SLUG = "chien-dich-nhap"


@dataclass
class Field:
    """One field to write, with the checks it needs and plain notes for the clerk."""

    key: str
    value: Any
    marks: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class Marker:
    """The review reasons ("Cần kiểm tra"): every fact read by OCR, and whatever the import guessed."""

    def __init__(self, by_ocr: bool):
        self.by_ocr = by_ocr

    def __call__(self, line: Line | None, reason: str = "", value: str = "") -> list[str]:
        reasons = (["đọc bằng OCR"] if self.by_ocr and line else []) + ([reason] if reason else [])
        if not reasons:
            return []
        where = f', dòng {line.number}: "{line.excerpt(value)}"' if line else ""
        return [", ".join(reasons) + where]


def ordered(fields: list[Field], order: list[str]) -> list[Field]:
    """Fields in the schema's property order (the order the form editor writes)."""
    return sorted(fields, key=lambda item: order.index(item.key))


def date_value(date: PartialDate) -> dt.date | str | int:
    """How a date is written in YAML: 2023-07-04, 2023-07 or 2023."""
    if date.day is not None:
        return date.first_day
    return date.iso if date.month is not None else date.year


def campaign_slug(title: str) -> str:
    """The campaign's file name, as `make new` makes it, cut at a word for long titles."""
    slug = slugify(title)
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0]
    return slug or UNTITLED_SLUG  # a copy that gives neither trích yếu, kind nor number


def _kind_marks(mark: Marker, kind: str | None, from_symbol: bool, line: Line, inferred: str = "") -> list[str]:
    if kind and kind not in SCHEMA_KINDS:
        return mark(line, f"loại “{kind}” chưa có trong danh sách: chọn một trong {', '.join(SCHEMA_KINDS)}")
    return mark(line, "loại suy ra từ ký hiệu trong số văn bản" if from_symbol else inferred)


def organization_fields(organization: Organization, mark: Marker) -> list[Field]:
    """A new issuer: its id and its name as the text writes it."""
    line = organization.source.line if organization.source else None
    reason = organization.why or "tên cơ quan chép từ văn bản: sửa chữ hoa, chữ thường, thêm “Tên đầy đủ” nếu viết tắt"
    return ordered([Field("id", organization.id), Field("name", organization.name, mark(line, reason, organization.name))],
                   ORGANIZATION_ORDER)


def cited_fields(document: Document, mark: Marker) -> list[Field]:
    """A cited document new to the registry: what the sentence that cites it gives."""
    citation: Citation = document.citation
    line = citation.line
    fields = [Field("number", citation.number, mark(line, value=citation.number))]
    if citation.kind:
        fields.append(Field("kind", citation.kind, _kind_marks(mark, citation.kind, citation.kind_from_symbol, line)))
    else:
        fields.append(Field("kind", None, mark(line, "chưa rõ loại văn bản: ghi loại (Công văn, Kế hoạch…)", citation.number)))
    if citation.date:
        fields.append(Field("date", date_value(citation.date), mark(line, value=citation.number)))
    if document.issuer:
        fields.append(Field("issuer", document.issuer.id, mark(line, document.issuer.why or "", citation.issuer or "")))
    if citation.subject:
        fields.append(Field("subject", citation.subject, mark(line, "trích yếu cắt theo câu văn: kiểm tra đầu và cuối",
                                                              citation.subject[:30])))
    return ordered(fields, DOCUMENT_ORDER)


def _unit_field(key: str, matched: list[tuple[Found[str], str | None]], mark: Marker, what: str) -> Field | None:
    ids = list(dict.fromkeys(unit for _, unit in matched if unit))
    unknown = [found for found, unit in matched if unit is None]
    if not ids and not unknown:
        return None
    marks = [reason for found in unknown
             for reason in mark(found.line, f"{what} “{found.value}” chưa có trong danh mục đơn vị: thêm đơn vị và ghi mã ở đây, "
                                            "hoặc bỏ qua nếu không phải đơn vị của Sở", found.value)]
    marks += [reason for found, unit in matched if unit for reason in mark(found.line, value=found.value)][:1]
    return Field(key, ids, marks)


def _note(parsed: Parsed) -> str | None:
    """What the original leaves blank, said once (as the registry's own entries do)."""
    blanks = []
    if parsed.number and not parsed.number.value[:1].isdigit():
        blanks.append(f"Số văn bản để trống trong bản gốc (“Số: {parsed.number.value}”)")
    if parsed.date_written and (parsed.date is None or parsed.date.value.day is None):
        blanks.append(f"ngày ghi “{parsed.date_written.value}”")
    return "; ".join(blanks) + "." if blanks else None


def own_fields(parsed: Parsed, matched: Matched, mark: Marker) -> list[Field]:
    """The document read, new to the registry, with everything found about it."""
    number, fields = parsed.number, []
    why = parsed.inferred
    if own_document_id(parsed):  # the matcher made it unique in the registry
        fields.append(Field("id", matched.document.ref, mark(number.line if number else None, "mã tự đặt vì số văn bản để trống")))
    if number:
        written = number.value if number.value[:1].isdigit() else "…" + number.value.lstrip("…._ ")
        fields.append(Field("number", written, mark(number.line, why.get("number", ""), number.value)))
    kind = parsed.kind
    fields.append(Field("kind", kind.value if kind else None,
                        _kind_marks(mark, kind.value, parsed.kind_from_symbol, kind.line, why.get("kind", "")) if kind
                        else mark(None, "chưa rõ loại văn bản: ghi loại (Công văn, Kế hoạch…)")))
    if parsed.date:
        fields.append(Field("date", date_value(parsed.date.value), mark(parsed.date.line, why.get("date", ""),
                                                                          parsed.date_written.value)))
    if matched.document.issuer:
        fields.append(Field("issuer", matched.document.issuer.id,
                            mark(parsed.issuer.line, why.get("issuer") or matched.document.issuer.why or "",
                                 parsed.issuer.value)))
    if parsed.subject:
        fields.append(Field("subject", parsed.subject.value, mark(parsed.subject.line, why.get("subject", ""),
                                                                  parsed.subject.value[:30])))
    cites = list(dict.fromkeys(document.ref for document in matched.cited))
    if cites:
        fields.append(Field("cites", cites))
    if parsed.place:
        fields.append(Field("place", parsed.place.value, mark(parsed.place.line, value=parsed.place.value)))
    for key, units, what in (("recipients", matched.recipients, "Kính gửi"), ("copies_to", matched.copies_to, "Nơi nhận"),
                             ("archived_at", matched.archived_at, "Nơi lưu")):
        unit_field = _unit_field(key, units, mark, what)
        if unit_field:
            fields.append(unit_field)
    if parsed.sections:
        fields.append(Field("sections", [found.value for found in parsed.sections],
                            mark(parsed.sections[0].line, "tiêu đề các mục lấy từ các dòng đánh số La Mã (I., II., …), "
                                 "bỏ số mục và phần sau dấu hai chấm nếu có")))
    position, name = parsed.signer.position, parsed.signer.name
    if position and name:
        fields.append(Field("signer", {"name": name.value, "position": position.value},
                            mark(position.line, "chức vụ viết lại chữ thường từ dòng chữ in hoa")))
    note = _note(parsed)
    if note:
        fields.append(Field("note", note))
    return ordered(fields, DOCUMENT_ORDER)


def campaign_title(parsed: Parsed) -> str:
    """The subject of the document, else its kind and number."""
    if parsed.subject:  # "V/v triển khai …" names a campaign "Triển khai …"
        return parsed.subject.value[:1].upper() + parsed.subject.value[1:]
    return " ".join(filter(None, [parsed.kind.value if parsed.kind else None, parsed.number.value if parsed.number else None]))


def _summary(parsed: Parsed, matched: Matched) -> str:
    """A first summary made only of the facts read: kind, number, date, issuer, subject."""
    parts = [parsed.kind.value if parsed.kind else "Văn bản"]
    if parsed.number and parsed.number.value[:1].isdigit():
        parts.append(f"số {parsed.number.value}")
    if parsed.date:
        date = format_partial_date(parsed.date.value)
        parts.append(date if date.startswith(("tháng", "năm")) else f"ngày {date}")
    if matched.document.issuer:
        parts.append(f"của {matched.document.issuer.name}")
    if parsed.subject:
        subject = parsed.subject.value
        # "Phê duyệt …" reads "về phê duyệt …"; an acronym or a name keeps its capitals ("về UBND …").
        lowered = subject[:1].lower() + subject[1:] if subject[1:2].islower() and not _proper_start(subject) else subject
        parts.append(f"về {lowered}")
    return " ".join(parts) + "."


def _proper_start(subject: str) -> bool:
    from .parse.casing import PROPER

    return subject.startswith(PROPER)


def _period_fields(parsed: Parsed, mark: Marker) -> list[Field]:
    full = [span for span in parsed.spans if span.start.day is not None and span.end.day is not None]
    if not full:
        return [Field("start", None, notes=["Văn bản không nêu thời gian “từ ngày … đến ngày …”: để trống, "
                                             "hoặc ghi “Tháng hoặc năm” khi văn bản chỉ nêu tháng, năm."]),
                Field("end", None)]
    span = full[0]
    others = [f"dòng {other.line.number}: {format_partial_date(other.start)} – {format_partial_date(other.end)}"
              for other in full[1:]]
    notes = [f"Văn bản còn nêu thời gian khác ({'; '.join(others)})."] if others else []
    reason = "thời gian chiến dịch lấy từ “từ ngày … đến ngày …” đầu tiên"
    return [Field("start", span.start.first_day, mark(span.line, reason, "từ"), notes),
            Field("end", span.end.first_day, mark(span.line, value="đến"))]


def _executors_task(parsed: Parsed, mark: Marker, units: list) -> tuple[dict[str, Any] | None, list[str]]:
    """A decision's "Điều 3. … chịu trách nhiệm thi hành": one task whose assignees are the units the registry
    knows, marked; when it names none of them, no task (a task needs an assignee) but a mark saying who it names."""
    if parsed.executors is None or (parsed.kind and parsed.kind.value != "Quyết định"):
        return None, []
    found = parsed.executors
    named = list(dict.fromkeys(unit.value for unit in units_named(units, [found.line])))
    what = " ".join(filter(None, ["Tổ chức thi hành", (parsed.kind.value.lower() if parsed.kind else "quyết định"),
                                  parsed.number.value if parsed.number else None]))
    if not named:
        return None, mark(found.line, f"điều khoản thi hành giao cho: {found.value[:150]}; không đơn vị nào có trong "
                                      "danh mục đơn vị: thêm nhiệm vụ cho đơn vị của Sở thực hiện, nếu có", found.value[:30])
    reason = (f"đơn vị thực hiện lấy từ điều khoản thi hành ({found.value[:150]}): chỉ giữ các đơn vị của Sở, "
              "thêm hạn nếu văn bản nêu")
    return {"action": what, "assignees": named, "due": None}, mark(found.line, reason, found.value[:30])


def _tasks(parsed: Parsed, matched: Matched, mark: Marker, units: list) -> Field:
    recipients = [unit for _, unit in matched.recipients if unit]
    tasks, marks = [], []
    executing, marks = _executors_task(parsed, mark, units)
    if executing:
        tasks.append(executing)
    for number, deadline in enumerate(parsed.deadlines, start=1):
        named = [found.value for found in units_named(units, [Line(deadline.line.number, deadline.sentence)])]
        task: dict[str, Any] = {"action": deadline.sentence, "assignees": named or recipients}
        due = deadline.due.first_day if deadline.due.day is not None else None
        task["due"] = due
        hint = "" if due else f"; hạn chỉ nêu {format_partial_date(deadline.due)}: để trống “Hạn hoàn thành” hoặc ghi ngày văn bản nêu"
        assignees = "" if named or recipients else "; chọn “Đơn vị thực hiện”"
        marks += mark(deadline.line, f"nhiệm vụ {number} lập từ câu có hạn{hint}{assignees}", deadline.sentence[:30])
        tasks.append(task)
    return Field("tasks", tasks, marks)


def campaign_fields(parsed: Parsed, matched: Matched, mark: Marker, units: list) -> list[Field]:
    """The draft campaign: what the document says, each guess marked for the clerk."""
    title_line = parsed.subject.line if parsed.subject else (parsed.number.line if parsed.number else None)
    # The campaign carries out the document read, and those it says it carries out ("Thực hiện …");
    # its legal bases ("Căn cứ …") are the document's `cites`, not the campaign's.
    carried = [document for document in matched.cited if document.citation.implements]
    documents = list(dict.fromkeys([matched.document.ref, *(document.ref for document in carried)]))
    documents_marks = [reason for document in carried[:1] for reason in mark(
        document.citation.line, "văn bản đọc được và các văn bản nó nói là thực hiện (“Thực hiện …”, “Triển khai …”): "
                                "bỏ những văn bản không chỉ đạo chiến dịch này", document.citation.number)]
    fields = [
        Field("title", campaign_title(parsed), mark(title_line, "tên chiến dịch lấy từ trích yếu: sửa cho gọn, đúng ý")),
        Field("summary", _summary(parsed, matched), mark(None, "tóm tắt lập từ số, ngày, cơ quan và trích yếu: "
                                                                      "viết lại một hai câu: làm gì, theo văn bản nào")),
        *_period_fields(parsed, mark),
        Field("documents", documents, documents_marks),
        Field("key_messages", []),
        _tasks(parsed, matched, mark, units),
        Field("events", []), Field("materials", []), Field("contacts", []), Field("tags", []),
    ]
    return ordered(fields, CAMPAIGN_ORDER)
