"""Writing an import: new records appended to the registries, one draft
campaign created. Never overwrites: the registries only grow at their end,
the campaign file must not exist, and nothing is written unless everything
can be."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..failures import RunFailed
from ..fmt.files import REVIEW_MARK, decap_text
from ..load.loader import LoadError, load_yaml_text
from ..load.sources import CAMPAIGNS_DIR, REGISTRIES_DIR
from .entries import Field


REVIEW = f"{REVIEW_MARK}: "  # the marker make check reports and make fmt keeps (fmt/files.py)


def _plain(value: Any) -> Any:
    """Values as the site reads them back (YAML 1.2: a date is text)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _record(fields: list[Field]) -> dict[str, Any]:
    return {item.key: _plain(item.value) for item in fields}


def _review_lines(item: Field, indent: str) -> list[str]:
    """A field's "# KIỂM TRA" comments; plain notes are things to check too."""
    return [f"{indent}{REVIEW}{' '.join(reason.split())}" for reason in (*item.marks, *item.notes)]


def _with_marks(text: str, fields: list[Field], key_prefix: str, first_key_prefix: str, indent: str) -> str:
    """`text` (one record in the web editor's form) with each field's marks above its key's line."""
    lines = text.split("\n")
    for item in fields:
        marks = _review_lines(item, indent)
        if not marks:
            continue
        at = next(index for index, line in enumerate(lines)
                  if line.startswith((f"{key_prefix}{item.key}:", f"{first_key_prefix}{item.key}:")))
        lines[at:at] = marks
    return "\n".join(lines)


def campaign_text(fields: list[Field], source: str, today: dt.date) -> str:
    """The draft campaign in the web editor's form (make fmt's), with "# KIỂM TRA" lines that
    make check reports until a person has checked each field and deleted its line."""
    header = (f"{REVIEW}bản nháp do make import lập từ {source} ngày {today.isoformat()}: đối chiếu từng dòng "
              "“# KIỂM TRA” với bản gốc, sửa nếu cần, rồi xóa dòng đó; điều gì văn bản không nêu thì để trống")
    body = decap_text(_record(fields), "campaign")
    return header + "\n" + _with_marks(body, fields, "", "", "")


def registry_addition(data: dict[str, Any], name: str, records: list[list[Field]], source: str, today: dt.date) -> str:
    """The lines that append `records` to registry `name` (its data read as `data`), in the
    web editor's form, each record's fields marked for checking."""
    items = data.get(name) or []
    before = decap_text({name: items}, name)
    after = decap_text({name: [*items, *(_record(fields) for fields in records)]}, name)
    if not items or not after.startswith(before):
        raise RunFailed(f"{REGISTRIES_DIR}/{name}.yml: không tìm thấy danh sách “{name}:” có sẵn mục nào để nối thêm; "
                        "thêm mục đầu tiên bằng tay rồi nhập lại; chưa ghi gì.")
    added = after[len(before):]
    # Each new item starts with "  - "; mark it as imported, and its fields as needing a check.
    lines = added.split("\n")
    starts = [index for index, line in enumerate(lines) if line.startswith("  - ")]
    pieces = ["\n".join(lines[begin:end]) for begin, end in zip(starts, [*starts[1:], len(lines)])]
    marked = [f"  {REVIEW}nhập bằng make import từ {source} ngày {today.isoformat()}\n"
              + _with_marks(piece, fields, "    ", "  - ", "    ") for piece, fields in zip(pieces, records)]
    return "".join(part if part.endswith("\n") else part + "\n" for part in marked)


@dataclass
class Writes:
    """Everything an import will write: additions to registries, and one new campaign file."""

    additions: dict[str, str]  # registry path (from the root) -> text to append
    counts: dict[str, int]  # registry name -> records added
    campaign: str  # its path from the root
    campaign_text: str


def plan_writes(root: Path, records: dict[str, list[list[Field]]], campaign_slug: str, campaign: list[Field],
                source: str, today: dt.date) -> Writes:
    """Texts to write, checked to be YAML, or RunFailed before anything is written."""
    path = f"{CAMPAIGNS_DIR}/{campaign_slug}.yml"
    if (root / path).exists():
        raise RunFailed(f"Đã có tệp {path} (văn bản này đã được nhập, hoặc có chiến dịch cùng tên): mở tệp đó để sửa; "
                        "chưa ghi gì.")
    additions = {}
    for name, entries in records.items():
        if not entries:
            continue
        display = f"{REGISTRIES_DIR}/{name}.yml"
        text = (root / display).read_text(encoding="utf-8")
        data = _registry_data(display, text)
        addition = ("" if text.endswith("\n") else "\n") + registry_addition(data, name, entries, source, today)
        _must_be_yaml(display, text + addition)
        additions[display] = addition
    text = campaign_text(campaign, source, today)
    _must_be_yaml(path, text)
    return Writes(additions, {name: len(entries) for name, entries in records.items()}, path, text)


def _registry_data(display: str, text: str) -> dict[str, Any]:
    """The registry as read, or RunFailed: the import appends only to a registry that make check would read."""
    try:
        return load_yaml_text(display, text)[0].data or {}
    except LoadError as error:
        raise RunFailed(f"{display} đang có lỗi ({error.problems[0]}): sửa tệp rồi nhập lại; chưa ghi gì.") from None


def _must_be_yaml(display: str, text: str) -> None:
    try:
        load_yaml_text(display, text)
    except LoadError as error:  # a bug of ours, never the editor's: say so, write nothing
        raise RunFailed(f"make import lập ra YAML lỗi ({error.problem}); đây là lỗi của chương trình, xin báo lại; "
                        "chưa ghi gì.") from None


def apply(root: Path, writes: Writes) -> None:
    """Create the campaign file (refusing one that appeared meanwhile), then append to the registries."""
    try:
        with open(root / writes.campaign, "x", encoding="utf-8") as file:
            file.write(writes.campaign_text)
    except FileExistsError:
        raise RunFailed(f"Đã có tệp {writes.campaign}: mở tệp đó để sửa; chưa ghi gì.") from None
    for display, addition in writes.additions.items():
        with open(root / display, "a", encoding="utf-8") as file:
            file.write(addition)
