"""Writing an import: a new file for each new registry record, and one draft
campaign. Never overwrites: every file written is new, and nothing is
written unless everything can be."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..failures import RunFailed
from ..fmt.files import decap_text
from ..load.loader import LoadError, load_yaml_text
from ..load.registry import CAMPAIGNS_DIR, record_file_name, registry_folder
from .entries import Field




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


def _review(fields: list[Field], whole: str) -> list[dict[str, str]]:
    """The file's review list (load/schema.py REVIEW): what the whole draft needs, then each field's marks and
    notes, naming the field. The form shows them and keeps them; make check reports each until it is removed."""
    items = [{"note": whole}]
    for item in fields:
        items += [{"field": item.key, "note": " ".join(reason.split())} for reason in (*item.marks, *item.notes)]
    return items


def campaign_text(fields: list[Field], source: str, today: dt.date, by: str = "make import") -> str:
    """The draft campaign in the web editor's form (make fmt's), with the review list that make check
    reports until a person has checked each item and removed it."""
    whole = (f"Bản nháp do {by} lập từ {source} ngày {today:%d/%m/%Y}: đối chiếu từng mục với bản gốc, "
             "sửa nếu cần, rồi bấm “Đã kiểm tra”; điều gì văn bản không nêu thì để trống")
    return decap_text({"review": _review(fields, whole), **_record(fields)}, "campaign")


def record_text(name: str, fields: list[Field], source: str, today: dt.date, by: str = "make import") -> str:
    """A new record of registry `name` in the web editor's form, marked as imported, each field marked for checking."""
    whole = f"Nhập bằng {by} từ {source} ngày {today:%d/%m/%Y}: đối chiếu với bản gốc"
    return decap_text({"review": _review(fields, whole), **_record(fields)}, name)


@dataclass
class Writes:
    """Everything an import will write: one new file per registry record, and one new campaign file."""

    records: dict[str, str]  # record file (path from the root) -> its text
    counts: dict[str, int]  # registry name -> records added
    campaign: str  # its path from the root
    campaign_text: str


def _free_path(root: Path, folder: str, file_name: str, taken: set[str]) -> str:
    """`folder/file_name`, numbered (-2, -3…) when a file of that name exists or is planned already."""
    stem = file_name.removesuffix(".yml") or "ban-ghi"
    path, number = f"{folder}/{stem}.yml", 1
    while path in taken or (root / path).exists():
        number += 1
        path = f"{folder}/{stem}-{number}.yml"
    taken.add(path)
    return path


def plan_writes(root: Path, records: dict[str, list[list[Field]]], campaign_slug: str, campaign: list[Field],
                source: str, today: dt.date, by: str = "make import") -> Writes:
    """Texts to write, checked to be YAML, or RunFailed before anything is written; `by` names the tool in the
    review notes (make import, or the form's import)."""
    path = f"{CAMPAIGNS_DIR}/{campaign_slug}.yml"
    if (root / path).exists():
        raise RunFailed(f"Đã có tệp {path} (văn bản này đã được nhập, hoặc có chiến dịch cùng tên): mở tệp đó để sửa; "
                        "chưa ghi gì.")
    texts: dict[str, str] = {}
    for name, entries in records.items():
        for fields in entries:
            record_path = _free_path(root, registry_folder(name), record_file_name(name, _record(fields)), set(texts))
            texts[record_path] = record_text(name, fields, source, today, by)
            _must_be_yaml(record_path, texts[record_path])
    text = campaign_text(campaign, source, today, by)
    _must_be_yaml(path, text)
    return Writes(texts, {name: len(entries) for name, entries in records.items()}, path, text)


def _must_be_yaml(display: str, text: str) -> None:
    try:
        load_yaml_text(display, text)
    except LoadError as error:  # a bug of ours, never the editor's: say so, write nothing
        raise RunFailed(f"make import lập ra YAML lỗi ({error.problem}); đây là lỗi của chương trình, xin báo lại; "
                        "chưa ghi gì.") from None


def apply(root: Path, writes: Writes) -> None:
    """Create the campaign file and the records' files, each new: if one appeared meanwhile, those
    already made are removed and nothing is left written."""
    made: list[Path] = []
    try:
        for display, text in [(writes.campaign, writes.campaign_text), *writes.records.items()]:
            target = root / display
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "x", encoding="utf-8") as file:
                made.append(target)
                file.write(text)
    except FileExistsError as error:
        for target in made:
            target.unlink(missing_ok=True)
        raise RunFailed(f"Đã có tệp {Path(error.filename).relative_to(root).as_posix()}: mở tệp đó để sửa; chưa ghi gì.") from None
