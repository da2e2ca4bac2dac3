"""`make fmt` splits a registry of the old layout, one file holding a list of
records (campaigns/registries/documents.yml), into one file per record in the
registry's folder (load/registry.py): the migration of this repository, and
of any clone or branch made before it.

Nothing is written unless every registry splits cleanly: a list that does not
parse, a record that would land on a file that exists with other content, or
"# KIỂM TRA" marks still to check (a split would lose those comments) stop the
run with their lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..load.loader import MAX_FILE_BYTES, LoadError, load_yaml_file
from ..load.registry import REGISTRIES, REGISTRIES_DIR, record_file_name, registry_folder
from ..problems import Problem, ProblemsFound

# A whole registry of the old layout, before it is split: far larger than one record.
MAX_LEGACY_BYTES = 20 * MAX_FILE_BYTES


@dataclass
class Split:
    """One old registry file and the record files it becomes (path from the root -> text)."""

    legacy: str
    records: dict[str, str]


def legacy_registries(root: Path) -> list[str]:
    """The registries still in the old layout, as paths from the root."""
    return [f"{REGISTRIES_DIR}/{name}.yml" for name in REGISTRIES
            if (root / REGISTRIES_DIR / f"{name}.yml").is_file() and not (root / REGISTRIES_DIR / f"{name}.yml").is_symlink()]


def _names(name: str, records: list[dict]) -> list[str]:
    """A file name per record: its key as a page address writes it, numbered when two agree or a key is missing."""
    taken: dict[str, int] = {}
    names = []
    for record in records:
        base = record_file_name(name, record).removesuffix(".yml") or {"documents": "van-ban", "units": "don-vi"}.get(name, "co-quan")
        taken[base] = taken.get(base, 0) + 1
        names.append(f"{base}.yml" if taken[base] == 1 else f"{base}-{taken[base]}.yml")
    return names


def plan_split(root: Path, review_mark: str, text_of) -> tuple[list[Split], list[Problem]]:
    """What splitting the old registries would write, or the problems that stop it;
    `text_of(record, name)` is a record's text in the web editor's form."""
    splits, problems = [], []
    for legacy in legacy_registries(root):
        name = legacy.removeprefix(f"{REGISTRIES_DIR}/").removesuffix(".yml")
        try:
            loaded, found = load_yaml_file(root / legacy, legacy, MAX_LEGACY_BYTES, normalize=False)
        except LoadError as error:
            problems.extend(error.problems)
            continue
        text = (root / legacy).read_text(encoding="utf-8-sig")
        marks = [number for number, line in enumerate(text.split("\n"), 1) if line.lstrip().startswith(review_mark)]
        records = loaded.data.get(name) if isinstance(loaded.data, dict) else None
        if found or not isinstance(records, list) or not all(isinstance(record, dict) for record in records):
            problems.extend(found or [Problem(legacy, 1, 1, f"Không tách được sổ: tệp không có danh sách “{name}:”",
                                              "sửa tệp cho đúng dạng cũ, hoặc tạo lại từng bản ghi trong thư mục mới")])
            continue
        problems.extend(Problem(legacy, number, 1, "Còn dòng đánh dấu “# KIỂM TRA” của make import: tách sổ sẽ làm mất nó",
                                "đối chiếu, sửa, xóa các dòng đánh dấu rồi chạy lại make fmt") for number in marks)
        planned = {f"{registry_folder(name)}/{file}": text_of(record, name) for file, record in zip(_names(name, records), records)}
        for path, wanted in planned.items():
            existing = root / path
            if existing.exists() and existing.read_text(encoding="utf-8", errors="replace") != wanted:
                problems.append(Problem(path, 1, 1, f"Đã có tệp này với nội dung khác, không tách {legacy} đè lên được",
                                        "so hai bản, giữ một, rồi chạy lại make fmt"))
        splits.append(Split(legacy, planned))
    return splits, problems


def split_registries(root: Path, review_mark: str, text_of, write) -> list[str]:
    """Split every old registry (see the module's docstring); return the files written."""
    splits, problems = plan_split(root, review_mark, text_of)
    if problems:
        raise ProblemsFound(problems)
    written = []
    for split in splits:
        for path, text in split.records.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                write(target, text)
                written.append(path)
        (root / split.legacy).unlink()  # every record is in its own file now
    return written
