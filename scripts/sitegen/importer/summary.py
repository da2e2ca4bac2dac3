"""What `make import` prints: what it found (each fact with its source line),
what it could not find, what it wrote, and what to do next. In Vietnamese."""

from __future__ import annotations

import shlex
from pathlib import Path

from ..load.loader import load_yaml_text
from ..model.dates import format_partial_date
from .match import Matched, name_key
from .normalise import Line
from .parse.facts import Citation, Found, Parsed
from .read import SourceText
from .write import Writes

METHODS = {"docx": "tệp Word", "pdf": "lớp chữ của tệp PDF", "ocr": "đọc chữ từ ảnh (OCR)", "text": "văn bản thường"}
_WHAT = {"documents": "văn bản", "organizations": "cơ quan ban hành"}


def source_of(line: Line, value: str = "") -> str:
    """Where a fact was read: its line's number and the words around it."""
    return f'dòng {line.number}: "{line.excerpt(value, 70)}"'


def _at(line: Line, value: str = "") -> str:
    return f"({source_of(line, value)})"


def _fact(label: str, found: Found | None, shown: str | None = None) -> str | None:
    if found is None:
        return None
    value = shown if shown is not None else str(found.value)
    return f"  {label}: {value} {_at(found.line, str(found.value))}"


def _citation(citation: Citation, known: bool, issuer_id: str | None) -> str:
    parts = [citation.kind or "(chưa rõ loại)", f"số {citation.number}"]
    parts.append(f"ngày {format_partial_date(citation.date)}" if citation.date else "(không thấy ngày)")
    parts.append(f"của {citation.issuer}" if citation.issuer else "(không thấy cơ quan ban hành)")
    state = "đã có trong sổ" if known else "mới"
    if issuer_id:
        state += f", cơ quan: {issuer_id}"
    return f"    - {' '.join(parts)} — {state} {_at(citation.line, citation.number)}"


def found_lines(parsed: Parsed, matched: Matched) -> list[str]:
    """The facts of the document itself and of every document it cites."""
    date, position, name = parsed.date_written, parsed.signer.position, parsed.signer.name
    signer = f"{position.value} {name.value}" if position and name else None
    issuer = matched.document.issuer
    # (the registry's body the name was read as, when it is not the name as written: "Sở Công Thương" of a Bắc Ninh
    # letter is "Sở Công Thương tỉnh Bắc Ninh", a new body, not this department)
    named_as = (f"{parsed.issuer.value} → {issuer.name}{' (mới)' if issuer.new else ''}"
                if parsed.issuer and issuer and name_key(issuer.name) != name_key(parsed.issuer.value) else None)
    lines = [_fact("Cơ quan ban hành", parsed.issuer, named_as), _fact("Số ký hiệu", parsed.number),
             _fact("Loại văn bản", parsed.kind, (parsed.kind.value + " (theo ký hiệu)") if parsed.kind and parsed.kind_from_symbol
                   else None),
             _fact("Địa danh", parsed.place), _fact("Ngày", date),
             _fact("Trích yếu", parsed.subject),
             _fact("Người ký", name, signer)]
    lines = [line for line in lines if line]
    for label, items in (("Kính gửi", matched.recipients), ("Nơi nhận", matched.copies_to), ("Lưu", matched.archived_at)):
        for found, unit in items:
            lines.append(f"  {label}: {found.value} → {unit or 'chưa có trong danh mục đơn vị'} {_at(found.line, found.value)}")
    lines += [f"  Mục {index}: {found.value} {_at(found.line)}" for index, found in enumerate(parsed.sections, start=1)]
    if matched.cited:
        lines.append(f"  Văn bản dẫn chiếu ({len(matched.cited)}):")
        lines += [_citation(document.citation, not document.new, document.issuer.id if document.issuer else None)
                  for document in matched.cited]
        for document in matched.cited:
            lines += [f"    ! {document.ref}: sổ văn bản ghi {name} “{registry}”, văn bản này ghi “{text}”: kiểm tra"
                      for name, registry, text in document.differences]
    lines += [f"  Thời gian: {format_partial_date(span.start)} – {format_partial_date(span.end)} {_at(span.line, 'từ')}"
              for span in parsed.spans]
    lines += [f"  Hạn: {format_partial_date(deadline.due)} {_at(deadline.line, deadline.sentence[:20])}"
              for deadline in parsed.deadlines]
    if matched.units_named:
        named = ", ".join(f"{found.value} (dòng {found.line.number})" for found in matched.units_named)
        lines.append(f"  Đơn vị được nêu: {named}")
    return lines


# The kinds that are addressed to someone ("Kính gửi: …", Nghị định 30/2020/NĐ-CP, Phụ lục III); a plan, a decision
# or a guidance has none, so it is not listed as missing there. An unknown kind may have one.
ADDRESSED_KINDS = ("Công văn", "Công điện", "Tờ trình", "Báo cáo")


def missing_lines(parsed: Parsed, matched: Matched) -> list[str]:
    """What a person must look for in the original."""
    addressed = parsed.kind is None or parsed.kind.value in ADDRESSED_KINDS
    missing = [label for label, value in (
        ("cơ quan ban hành", parsed.issuer), ("số ký hiệu", parsed.number), ("loại văn bản", parsed.kind),
        ("ngày ban hành", parsed.date), ("trích yếu", parsed.subject), ("Kính gửi", parsed.recipients or not addressed),
        ("người ký", parsed.signer.name), ("thời gian “từ ngày … đến ngày …”", parsed.spans),
        ("hạn hoàn thành", parsed.deadlines)) if not value]
    for document in matched.cited:
        citation = document.citation
        gaps = [label for label, value in (("ngày", citation.date), ("cơ quan ban hành", citation.issuer),
                                            ("loại", citation.kind)) if not value]
        if gaps:
            missing.append(f"{citation.number}: {', '.join(gaps)}")
    return missing


def marks_in(text: str) -> int:
    """The items of a written file's review list, as make check counts them (one problem each)."""
    data = load_yaml_text("marks", text)[0].data
    return len(data.get("review") or []) if isinstance(data, dict) else 0


def findings(name: str, source: SourceText, lines: list[Line], parsed: Parsed, matched: Matched) -> list[str]:
    """What was read, found and not found: the summary's part that make import and the form's import share."""
    out = [f"Đã đọc {name} ({METHODS[source.method]}, {len(lines)} dòng).", "Tìm thấy:", *found_lines(parsed, matched)]
    missing = missing_lines(parsed, matched)
    if missing:
        out += ["Không tìm thấy:", *(f"  {item}" for item in missing)]
    if source.by_ocr:
        out.append("Văn bản đọc bằng OCR: mọi thông tin đều được đánh dấu để đối chiếu với bản gốc.")
    return out


def choice_lines(offered: list[tuple[str, str]], path: Path, writes: Writes) -> list[str]:
    """For a copy without its header: which numbered document it is, if the importer took the wrong one or none."""
    if not offered:
        return []
    written = [*writes.records, writes.campaign]
    return ["Bản sao không có phần đầu ghi “Số: …”, nên số của văn bản được nhập là do chương trình đoán. Nếu văn bản được "
            "nhập là một trong các văn bản sau, xóa các tệp vừa ghi (" + ", ".join(written) + ") rồi nhập lại với số "
            "của nó:",
            *(f"  make import FILE={shlex.quote(str(path))} SO={shlex.quote(number)}   ({where})" for number, where in offered)]


def summary(found: list[str], writes: Writes, offered: list[tuple[str, str]] = (), path: Path | None = None) -> str:
    """The whole summary, ready to print; each count of marks is counted in the text written."""
    out = [*found, "Đã ghi:"]
    out += [f"  {path}: {_WHAT[path.split('/')[2]]} mới, {marks_in(text)} chỗ cần kiểm tra"
            for path, text in writes.records.items()]
    if not any(writes.counts.values()):
        out.append("  (sổ văn bản và danh mục cơ quan đã có đủ, không thêm gì)")
    out.append(f"  {writes.campaign}: chiến dịch nháp, {marks_in(writes.campaign_text)} chỗ cần kiểm tra")
    out.append(f"Bước tiếp: mở {writes.campaign} và các tệp vừa thêm vào sổ (mục “Cần kiểm tra” ở đầu mỗi tệp), đối chiếu "
               "từng chỗ với bản gốc, xóa từng mục đã kiểm tra, "
               "điền các trường còn trống, rồi chạy make check.")
    if path is not None:
        out += choice_lines(list(offered), path, writes)
    return "\n".join(out)
