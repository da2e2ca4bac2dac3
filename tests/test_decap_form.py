"""The repository keeps its YAML files in the form Decap CMS writes (`make fmt`, CI's
fmt job on a pull request, and the form's own saves), so that a pull request from the
form shows only what the editor changed. A file out of that form is a warning of
`make check`, never a failure: a clerk editing by hand cannot run `make fmt`."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from sitegen.cli import main
from sitegen.fmt.emitter import dump
from sitegen.fmt.files import decap_text, form_problems
from sitegen.fmt.key_order import as_decap_orders, in_schema_order
from sitegen.load.loader import load_yaml_text
from sitegen.load.schema import SCHEMAS
from test_validation import GOOD, F, snapshot

FIXTURES = ROOT / "tests" / "fixtures" / "decap"
# The fixtures' registry is of the layout Decap saved then, one file for all documents: read with this
# schema. The repository now keeps a file per record (load/registry.py), which `make fmt` splits it into.
LEGACY_DOCUMENTS = {"properties": {"documents": {"type": "array", "items": SCHEMAS["documents"]}}}
LEGACY = "campaigns/registries/documents.yml"
DISPATCH = "campaigns/registries/documents/cong-van-so-cong-thuong-thang-7-2023.yml"


def _data(text: str) -> Any:
    return load_yaml_text("f", text, normalize=False)[0].data


def _edit_documents(data: dict) -> None:
    data["documents"][1]["subject"] += " (sửa)"


def _edit_ky_niem(data: dict) -> None:
    data["summary"] += " (sửa)"
    data["end"] = data["dispatch"]["section"] = data["events"][0]["place"] = ""
    data["events"][0]["note"] = ""  # typed, then cleared: a new field goes last


def _edit_kho_thu(data: dict) -> None:
    data["summary"] += "Dòng ba."


# What the real Decap CMS saved after these edits in the form (tests/fixtures/decap/README.md).
SAVED_BY_DECAP: dict[str, tuple[str, Callable[[dict], None]]] = {
    "documents": ("documents", _edit_documents),
    "ky-niem": ("campaign", _edit_ky_niem),
    "kho-thu": ("campaign", _edit_kho_thu),
}


def _schema(name: str) -> dict:
    return LEGACY_DOCUMENTS if name == "documents" else SCHEMAS[name]


def _decap_alone(data: Any, schema: str) -> str:
    """What Decap writes without the editor's preSave hook: its own key orders."""
    return dump(as_decap_orders(data, list(_schema(schema)["properties"])))


@pytest.mark.parametrize("case", SAVED_BY_DECAP)
def test_an_edit_comes_out_as_decap_saved_it(case: str) -> None:
    schema, edit = SAVED_BY_DECAP[case]
    data = _data((FIXTURES / f"{case}.before.yml").read_text(encoding="utf-8"))
    edit(data)
    assert _decap_alone(data, schema) == (FIXTURES / f"{case}.after.yml").read_text(encoding="utf-8")


def test_a_new_entry_comes_out_as_decap_saved_it() -> None:
    data = {"title": "Chiến dịch thử nghiệm", "summary": "Tóm tắt thử.",
            "tasks": [{"assignees": ["website-so"], "action": "Đăng tin."}]}
    assert _decap_alone(data, "campaign") == (FIXTURES / "new.after.yml").read_text(encoding="utf-8")


def _lines_unordered(text: str) -> list[str]:
    """The lines of a YAML text in any order, a list item's "- " read as its indentation."""
    return sorted(re.sub(r"^( *)- ", r"\1  ", line) for line in text.split("\n"))


@pytest.mark.parametrize("case, in_form", [("ky-niem", True), ("kho-thu", False), ("documents", False), ("new", False)])
def test_the_form_differs_from_decap_alone_by_the_order_of_fields_only(case: str, in_form: bool) -> None:
    """The editor's preSave hook sorts every record into the schema's order: Decap alone
    wrote the July dispatch in hash order (documents), a task in typing order (new) or as
    the file had it (kho-thu: due first)."""
    saved = (FIXTURES / f"{case}.after.yml").read_text(encoding="utf-8")
    formatted = dump(in_schema_order(_data(saved), _schema("documents" if case == "documents" else "campaign")))
    assert (formatted == saved) is in_form
    assert _lines_unordered(formatted) == _lines_unordered(saved)


LAYOUT_HINT = ("không cần sửa tay: kiểm tra tự động của yêu cầu hợp nhất viết lại tệp theo dạng chuẩn, "
               "trên máy thì chạy make fmt; nội dung không đổi")


def test_a_file_edited_by_hand_passes_check_with_a_warning_at_its_first_different_line(project: Path, capsys,
                                                                                     monkeypatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    (project / F).write_text(GOOD, encoding="utf-8")
    assert main(["--root", str(project), "check"]) == 0
    printed = capsys.readouterr()
    assert printed.err.splitlines() == [
        f"{F}:9:1: Cảnh báo: Tệp chưa viết theo dạng chuẩn của trình biên tập web (khác từ dòng này) ({LAYOUT_HINT})",
        "Có 1 cảnh báo nên xem lại; cảnh báo không chặn việc dựng trang."]
    assert printed.out == "Hợp lệ: 10 chiến dịch.\n"


def test_a_file_saved_with_windows_line_ends_is_named_so_not_pointed_at_its_first_line_only(project: Path) -> None:
    """The web editor of a git host on Windows can save CR LF: every line differs, by its end alone."""
    path = project / "campaigns" / "giam-ngheo-ben-vung.yml"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert [str(problem) for problem in form_problems(project)] == [
        "campaigns/giam-ngheo-ben-vung.yml:1:1: Cảnh báo: Tệp xuống dòng kiểu Windows, mỗi dòng kết thúc bằng CR LF "
        f"({LAYOUT_HINT})"]


def test_a_warning_of_layout_is_an_annotation_of_the_pull_request_not_an_error(project: Path, capsys,
                                                                               monkeypatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    (project / F).write_text(GOOD, encoding="utf-8")
    assert main(["--root", str(project), "check"]) == 0
    annotations = [line for line in capsys.readouterr().err.splitlines() if line.startswith("::")]
    assert annotations == [f"::warning file={F},line=9,col=1::Cảnh báo: Tệp chưa viết theo dạng chuẩn của trình biên tập "
                           f"web (khác từ dòng này) ({LAYOUT_HINT})"]


def test_make_fmt_changes_the_layout_only_and_once(project: Path, capsys) -> None:
    (project / F).write_text(GOOD, encoding="utf-8")
    dispatch = project / DISPATCH
    dispatch.write_text("# sửa tay\n" + dispatch.read_text(encoding="utf-8").replace("kind: ", "kind:    "), encoding="utf-8")
    before = {path: _data(path.read_text(encoding="utf-8")) for path in (project / "campaigns").rglob("*.yml")}
    untouched = snapshot(project / "campaigns")
    assert main(["--root", str(project), "fmt"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Đã viết lại {F}", f"Đã viết lại {DISPATCH}", "Đã viết lại 2 tệp theo dạng chuẩn; nội dung không đổi."]
    assert {path: _data(path.read_text(encoding="utf-8")) for path in before} == before
    changed = {name for name, digest in snapshot(project / "campaigns").items() if untouched[name] != digest}
    assert changed == {"thu.yml", DISPATCH.removeprefix("campaigns/")}
    assert "# " not in dispatch.read_text(encoding="utf-8")
    once = snapshot(project / "campaigns")
    assert main(["--root", str(project), "fmt"]) == 0
    assert capsys.readouterr().out == "Mọi tệp đã theo dạng chuẩn; không có gì thay đổi.\n"
    assert snapshot(project / "campaigns") == once
    assert main(["--root", str(project), "check"]) == 0


def test_make_fmt_refuses_what_decap_would_change_and_writes_nothing(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    # A line of one space in text that ends in spaces: yaml 1.10 writes it back with a "\" in it.
    text = GOOD + 'events:\n  - title: Hội nghị\n    date: 2023-07-05\n    note: "Dòng một đủ dài để vượt bốn mươi ký tự nhé\\n \\nDòng ba\\n  "\n'
    (project / F).write_text(text, encoding="utf-8")
    (project / DISPATCH).write_text("# sửa tay\n" + (project / DISPATCH).read_text(encoding="utf-8"), encoding="utf-8")
    before = snapshot(project / "campaigns")
    assert main(["--root", str(project), "fmt"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        (f"{F}:13:11: Trình biên tập web không ghi lại được đúng giá trị trường “note” (bỏ các dấu cách thừa ở cuối "
         "dòng và các dòng chỉ có dấu cách, số quá dài thì đặt trong ngoặc kép, rồi chạy lại make fmt)"),
        "Có 1 lỗi cần sửa; trang chưa được cập nhật."]
    assert snapshot(project / "campaigns") == before


def test_make_fmt_stops_at_a_broken_file_and_writes_nothing(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    (project / F).write_text(GOOD.replace("summary:", "   summary:"), encoding="utf-8")
    (project / DISPATCH).write_text("# sửa tay\n" + (project / DISPATCH).read_text(encoding="utf-8"), encoding="utf-8")
    before = snapshot(project / "campaigns")
    assert main(["--root", str(project), "fmt"]) == 1
    assert capsys.readouterr().err.splitlines()[0].startswith(f"{F}:2:1: Dòng này thụt lề không thẳng hàng")
    assert snapshot(project / "campaigns") == before


def _span(text: str, path: tuple) -> range:
    """The lines of the field or list item at `path`: its first line and the more-indented lines after it."""
    loaded = load_yaml_text("f", text, normalize=False)[0]
    if isinstance(path[-1], str):
        mark = loaded.key_nodes[path].start_mark
        edge = mark.column  # lines of the value are indented further than the key
    else:
        mark = loaded.nodes[path].start_mark
        edge = mark.column - 2  # further than the item's "- "
    lines = text.split("\n")
    end = mark.line + 1
    while end < len(lines) and lines[end].strip() and len(lines[end]) - len(lines[end].lstrip(" ")) > edge:
        end += 1
    return range(mark.line, end)


def _set(data: Any, path: tuple, value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


# One field changed in the form, in files of the repository: (file, schema, field, new value).
ONE_FIELD = {
    "a campaign's summary": ("campaigns/giam-ngheo-ben-vung.yml", "campaign", ("summary",),
                             "Tăng cường tuyên truyền Chương trình mục tiêu quốc gia giảm nghèo bền vững."),
    "a task's deadline": ("campaigns/giam-ngheo-ben-vung.yml", "campaign", ("tasks", 1, "due"), "2023-12-31"),
    "an event's place": ("campaigns/ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich.yml", "campaign",
                         ("events", 0, "place"), "Nhà văn hóa tỉnh Hải Dương"),
    "a key message": ("campaigns/giam-ngheo-ben-vung.yml", "campaign", ("key_messages", 0),
                      "phấn đấu đến năm 2030, cơ bản không còn huyện nghèo"),
    "a document's subject": ("campaigns/registries/documents/2416-btttt-cattt.yml", "documents", ("subject",),
                             "tham gia chiến dịch tuyên truyền về phòng chống lừa đảo trực tuyến"),
    "the dispatch's note (a record of fourteen fields)": (DISPATCH, "documents", ("note",), "Số văn bản để trống trong bản gốc."),
    "a unit's name": ("campaigns/registries/units/cac-phong-thuoc-so.yml", "units", ("name",), "Các phòng chuyên môn thuộc Sở"),
}


@pytest.mark.parametrize("case", ONE_FIELD)
def test_one_field_changed_in_the_form_changes_only_its_lines(case: str) -> None:
    relative, schema, path, value = ONE_FIELD[case]
    # The file as the form writes it (the repository's copy may wait for CI's fmt job).
    before = decap_text(_data((ROOT / relative).read_text(encoding="utf-8")), schema)
    data = _data(before)
    _set(data, path, value)
    after = decap_text(data, schema)  # what Decap writes after the edit (tests above: byte for byte)
    old, new = before.split("\n"), after.split("\n")
    old_span, new_span = _span(before, path), _span(after, path)
    assert [old[number] for number in old_span] != [new[number] for number in new_span]
    assert [line for number, line in enumerate(old) if number not in old_span] == \
        [line for number, line in enumerate(new) if number not in new_span]


def test_import_marks_are_reported_by_check_and_kept_by_fmt(project: Path, capsys, monkeypatch) -> None:
    """make import's "# KIỂM TRA" lines are a person's checklist: check names each, fmt will not drop them."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    path = project / "campaigns" / "an-toan-thuc-pham-nam-2023.yml"
    text = path.read_text(encoding="utf-8")
    marked = text.replace("summary:", "# KIỂM TRA: tóm tắt lập từ trích yếu\nsummary:", 1)
    path.write_text(marked, encoding="utf-8")
    problems = form_problems(project)
    assert [(problem.path, problem.line, problem.message) for problem in problems] == [
        ("campaigns/an-toan-thuc-pham-nam-2023.yml", 2, "Còn dòng đánh dấu “# KIỂM TRA” của make import")]
    assert main(["--root", str(project), "fmt"]) == 1
    assert path.read_text(encoding="utf-8") == marked
    path.write_text(marked.replace("title: ", "title:  ", 1), encoding="utf-8")  # and the form still counts
    assert [(problem.line, problem.message) for problem in form_problems(project)] == [
        (2, "Còn dòng đánh dấu “# KIỂM TRA” của make import"),
        (1, "Tệp chưa viết theo dạng chuẩn của trình biên tập web (khác từ dòng này)")]
