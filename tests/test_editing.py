"""The editor's tooling: schemas in the repo and in VS Code's settings, `make new`, safe builds."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT, TEST_TODAY
from sitegen.build.pipeline import BuildFailed, build
from sitegen.cli import main
from sitegen.fmt.files import decap_text, editor_files
from sitegen.load.loader import load_yaml_text
from sitegen.load.schema import SCHEMAS, schema_json
from test_validation import snapshot

VSCODE_SETTINGS = ROOT / ".vscode" / "settings.json"


@pytest.mark.parametrize("name", SCHEMAS)
def test_exported_schema_is_current(name: str) -> None:
    exported = ROOT / "schemas" / f"{name}.schema.json"
    assert exported.read_text(encoding="utf-8") == schema_json(name), "run: make schemas"
    assert json.loads(exported.read_text(encoding="utf-8"))["$schema"].endswith("2020-12/schema")


def _glob(pattern: str) -> re.Pattern[str]:
    """A glob of the YAML extension's yaml.schemas ("/" is the workspace; * stays within a folder)."""
    return re.compile("".join("[^/]*" if part == "*" else re.escape(part) for part in re.split(r"(\*)", pattern.lstrip("/"))))


def test_vscode_gives_each_file_its_schema() -> None:
    """No modeline in the files (the web editor drops comments): VS Code's settings say which schema is whose."""
    associations = json.loads(VSCODE_SETTINGS.read_text(encoding="utf-8"))["yaml.schemas"]
    assert sorted(associations) == sorted(f"./schemas/{name}.schema.json" for name in SCHEMAS)
    for path, schema in editor_files(ROOT):
        relative = path.relative_to(ROOT).as_posix()
        matching = [name for name, globs in associations.items() if any(_glob(glob).fullmatch(relative) for glob in globs)]
        assert matching == [f"./schemas/{schema}.schema.json"], relative


def test_schema_descriptions_are_vietnamese() -> None:
    properties = SCHEMAS["campaign"]["properties"]
    assert properties["start"]["description"].startswith("Ngày bắt đầu")
    assert all(field.get("description") for field in properties.values())


def test_make_new_writes_a_file_that_asks_only_for_its_summary(project: Path, capsys) -> None:
    status = main(["--root", str(project), "new", "--title", "Tháng hành động: Đảng viên gương mẫu", "--start", "2024-03-01", "--end", ""])
    assert status == 0
    path = project / "campaigns" / "thang-hanh-dong-dang-vien-guong-mau.yml"
    text = path.read_text(encoding="utf-8")
    assert text == decap_text(load_yaml_text("f", text)[0].data, "campaign"), "in the form the web editor writes"
    assert text.startswith('title: "Tháng hành động: Đảng viên gương mẫu"\nsummary: null\nstart: 2024-03-01\nend: null\n')
    capsys.readouterr()
    assert main(["--root", str(project), "check"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "campaigns/thang-hanh-dong-dang-vien-guong-mau.yml:2:10: Trường “summary” đang để trống (điền chữ: trường này bắt buộc)")
    path.write_text(text.replace("summary: null\n", "summary: Tóm tắt.\n"), encoding="utf-8")
    assert main(["--root", str(project), "check"]) == 0


EXISTS = ("Đã có chiến dịch với tên tệp campaigns/giam-ngheo-ben-vung.yml: "
          "mở tệp đó để sửa, hoặc đặt tên khác, ví dụ thêm năm hoặc đợt")
NOT_REAL = "không có thật: kiểm tra lại ngày và tháng, ví dụ tháng 2 chỉ có 28 hoặc 29 ngày"
NOT_A_DAY = "không đúng dạng: viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2023-07-01"


@pytest.mark.parametrize("arguments, expected", [
    (["--title", "Giảm nghèo bền vững", "--start", "2024-02-30"], [f"{EXISTS}.", f"Ngày START=2024-02-30 {NOT_REAL}."]),
    (["--title", "Thử", "--start", "1/3/2024", "--end", "2024-13-01"],
     [f"Ngày START=1/3/2024 {NOT_A_DAY}.", f"Ngày END=2024-13-01 {NOT_REAL}."]),
    (["--title", "Thử", "--start", "2024-03-05", "--end", "2024-03-01"],
     ["Ngày END=2024-03-01 ở trước ngày bắt đầu 2024-03-05: kiểm tra lại hai ngày, có thể đã đảo ngày và tháng."]),
    (["--title", " – "], ['Chưa có tên chiến dịch: đặt tên bằng TITLE, ví dụ make new TITLE="Tháng hành động…".']),
    # Names make check would refuse (load/page_clashes.py): the list page and the site's calendar.
    (["--title", "Index"], ["Tên tệp campaigns/index.yml trùng đường dẫn với trang danh sách chiến dịch: "
                            "đặt tên khác, ví dụ thêm năm hoặc đợt."]),
    (["--title", "Chiến dịch"], ["Tên tệp campaigns/chien-dich.yml trùng đường dẫn với tệp lịch chung của cả trang: "
                                 "đặt tên khác, ví dụ thêm năm hoặc đợt."]),
])
def test_make_new_refuses_an_existing_campaign_and_bad_dates(arguments: list[str], expected: list[str], project: Path, capsys) -> None:
    before = snapshot(project / "campaigns")
    status = main(["--root", str(project), "new", *arguments])
    assert status == 1
    # Not a file:line:column (make new:1:1:), and no word of pages not being updated: nothing is built.
    assert capsys.readouterr().err.splitlines() == [*expected, "Chưa tạo tệp nào."]
    assert snapshot(project / "campaigns") == before


class Terminal(io.StringIO):
    """A clerk's answers, typed at a terminal."""

    def isatty(self) -> bool:
        return True


def test_make_new_asks_again_after_each_mistake_in_the_words_of_the_question(project: Path, capsys, monkeypatch) -> None:
    answers = ["Giảm nghèo bền vững", "Chiến dịch thử nghiệm", "2024-02-30", "1/3/2024", "2024-03-05", "2024-03-01", ""]
    monkeypatch.setattr(sys, "stdin", Terminal("".join(f"{answer}\n" for answer in answers)))
    assert main(["--root", str(project), "new"]) == 0
    shown = capsys.readouterr().out
    assert shown.split("\n")[:-1] == [
        f"Tên chiến dịch:   {EXISTS}.",
        f"Tên chiến dịch: Ngày bắt đầu (2023-07-01, Enter nếu văn bản không nêu):   Ngày 2024-02-30 {NOT_REAL}; "
        "hoặc nhấn Enter nếu văn bản không nêu ngày bắt đầu.",
        f"Ngày bắt đầu (2023-07-01, Enter nếu văn bản không nêu):   Ngày 1/3/2024 {NOT_A_DAY}; "
        "hoặc nhấn Enter nếu văn bản không nêu ngày bắt đầu.",
        "Ngày bắt đầu (2023-07-01, Enter nếu văn bản không nêu): Ngày kết thúc (2023-07-31, Enter nếu văn bản không nêu):   "
        "Ngày 2024-03-01 ở trước ngày bắt đầu 2024-03-05: kiểm tra lại hai ngày, có thể đã đảo ngày và tháng.",
        "Ngày kết thúc (2023-07-31, Enter nếu văn bản không nêu): "
        "Đã tạo campaigns/chien-dich-thu-nghiem.yml: điền tóm tắt, văn bản, nhiệm vụ rồi chạy “make check”.",
    ]
    assert "START" not in shown and "END" not in shown
    text = (project / "campaigns" / "chien-dich-thu-nghiem.yml").read_text(encoding="utf-8")
    assert "title: Chiến dịch thử nghiệm\n" in text and "start: 2024-03-05\nend: null\n" in text


def test_make_new_stops_cleanly_when_the_input_ends(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal("Chiến dịch thử nghiệm\n2024-02-30\n"))
    before = snapshot(project / "campaigns")
    assert main(["--root", str(project), "new"]) == 1
    assert capsys.readouterr().err == "Đã dừng. Chưa tạo tệp nào.\n"
    assert snapshot(project / "campaigns") == before


def test_a_failed_build_keeps_the_last_good_site(project: Path) -> None:
    build(project, TEST_TODAY)
    before = snapshot(project / "site")
    (project / "campaigns" / "giam-ngheo-ben-vung.yml").write_text("title: [\n", encoding="utf-8")
    assert main(["--root", str(project), "build"]) == 1
    assert snapshot(project / "site") == before


def test_an_engine_failure_keeps_the_last_good_site(project: Path) -> None:
    build(project, TEST_TODAY)
    before = snapshot(project / "site")
    # A hand-written page with a broken link: valid campaigns, but MkDocs --strict refuses it.
    (project / "docs" / "trang-hong.md").write_text("# Trang\n\n[liên kết hỏng](khong-co.md)\n", encoding="utf-8")
    with pytest.raises(BuildFailed):
        build(project, TEST_TODAY)
    assert snapshot(project / "site") == before
