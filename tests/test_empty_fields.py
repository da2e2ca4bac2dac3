"""Files as the web editor writes them pass make check, and an empty field is no field.

Decap CMS writes null for an untouched empty field, "" for a cleared one, no
start or end at all in a new entry, and a comma-typed list can end in a blank
item (tests/fixtures/decap/README.md). The site treats each as absent.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, TEST_TODAY
from sitegen.build.pipeline import assemble
from sitegen.cli import main
from sitegen.fmt.files import decap_text
from sitegen.load.empty_fields import is_blank
from sitegen.load.loader import load_yaml_text
from sitegen.load.sources import load_sources
from test_validation import GOOD, F

FIXTURES = ROOT / "tests" / "fixtures" / "decap"
KY_NIEM = "campaigns/ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich.yml"


@pytest.mark.parametrize("value, blank", [
    (None, True), ("", True), ("   ", True), ("\u00a0", True), ({}, True), ({"document": "", "section": None}, True),
    ("x", False), (0, False), (False, False), ([], False), ([""], False), ({"document": "x", "section": ""}, False),
])
def test_what_counts_as_blank(value: Any, blank: bool) -> None:
    assert is_blank(value) is blank


def _without_blank_fields(data: Any) -> Any:
    """The same data written by hand: the blank optional lines deleted."""
    if isinstance(data, dict):
        return {key: _without_blank_fields(value) for key, value in data.items() if value not in ("", None)}
    if isinstance(data, list):
        return [_without_blank_fields(item) for item in data]
    return data


def _site_files(project: Path) -> dict[str, bytes]:
    return assemble(project, TEST_TODAY)[1]


def test_files_decap_wrote_are_valid(project: Path, capsys) -> None:
    shutil.copy(FIXTURES / "ky-niem.after.yml", project / KY_NIEM)
    shutil.copy(FIXTURES / "new.after.yml", project / "campaigns" / "chien-dich-thu-nghiem.yml")
    # Decap saved the registry as one file then; make fmt splits it into a file per record (load/registry.py).
    shutil.rmtree(project / "campaigns" / "registries" / "documents")
    shutil.copy(FIXTURES / "documents.after.yml", project / "campaigns" / "registries" / "documents.yml")
    assert main(["--root", str(project), "fmt"]) == 0  # Decap alone orders fields its own way: the editor sorts them
    # The fixture is older than the resolution that decided UBND tỉnh Hải Dương's successor (its decided_by): keep it.
    shutil.copy(ROOT / "campaigns" / "registries" / "documents" / "202-2025-qh15.yml",
                project / "campaigns" / "registries" / "documents")
    load_sources(project)  # raises ProblemsFound on any problem
    assert main(["--root", str(project), "check"]) == 0, capsys.readouterr().err


def test_a_cleared_field_shows_as_if_the_line_were_not_there(project: Path, tmp_path: Path) -> None:
    written = (FIXTURES / "ky-niem.after.yml").read_text(encoding="utf-8")
    assert 'end: ""' in written and 'place: ""' in written and "start: null" in written
    (project / KY_NIEM).write_text(written, encoding="utf-8")
    by_hand = shutil.copytree(project, tmp_path / "by-hand")
    (by_hand / KY_NIEM).write_text(decap_text(_without_blank_fields(load_yaml_text("f", written)[0].data), "campaign"),
                                   encoding="utf-8")
    assert "end:" not in (by_hand / KY_NIEM).read_text(encoding="utf-8")
    assert _site_files(project) == _site_files(by_hand)


def test_a_blank_item_of_a_list_is_dropped_and_later_lines_stay_right(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    long_tag = "t" * 61
    (project / F).write_text(GOOD + f'tags:\n  - ""\n  - du lịch\n  - {long_tag}\n', encoding="utf-8")
    assert main(["--root", str(project), "check"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{F}:13:5: Nội dung trường “tags” quá dài: 61 ký tự, tối đa 60 (rút gọn nội dung; tài liệu dài hãy đưa vào mục materials)")


@pytest.mark.parametrize("line, message", [
    ('title: ""', f"{F}:1:8: Trường “title” đang để trống (điền nội dung: trường này bắt buộc)"),
    ("summary: null", f"{F}:2:10: Trường “summary” đang để trống (điền chữ: trường này bắt buộc)"),
])
def test_a_blank_required_field_is_still_an_error(line: str, message: str, project: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    field = line.split(":")[0]
    text = "\n".join(line if row.startswith(f"{field}:") else row for row in GOOD.splitlines()) + "\n"
    (project / F).write_text(text, encoding="utf-8")
    assert main(["--root", str(project), "check"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == message
