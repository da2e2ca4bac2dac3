"""The editor's tooling: schemas in the repo and in VS Code's settings, `make new`, safe builds."""

from __future__ import annotations

import json
import re
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


def test_make_new_refuses_an_existing_campaign_and_bad_dates(project: Path, capsys) -> None:
    status = main(["--root", str(project), "new", "--title", "Giảm nghèo bền vững", "--start", "2024-02-30"])
    assert status == 1
    assert capsys.readouterr().err.splitlines() == [
        "campaigns/giam-ngheo-ben-vung.yml:1:1: Đã có chiến dịch với tên tệp này (mở tệp đó để sửa, hoặc đặt tên khác (thêm năm hoặc đợt))",
        "make new:1:1: Ngày START=2024-02-30 không hợp lệ (viết dạng NĂM-THÁNG-NGÀY, ví dụ 2023-07-01)",
        "Có 2 lỗi cần sửa; trang chưa được cập nhật.",
    ]


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
