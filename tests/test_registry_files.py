"""The registries keep one YAML file per record (campaigns/registries/<registry>/<key>.yml),
so that two clerks adding two documents touch two files; `make fmt` splits a registry
of the old layout, one file for every record, into them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, write_record
from sitegen.cli import main
from sitegen.load.registry import REGISTRIES, record_file_name, registry_folder
from sitegen.load.sources import load_sources
from sitegen.problems import ProblemsFound

LEGACY = "campaigns/registries/documents.yml"
MIGRATE_HINT = "chạy make fmt: lệnh tách mỗi bản ghi thành một tệp trong thư mục đó, nội dung không đổi"


def _records(root: Path, name: str) -> dict[str, dict]:
    return {path.name: yaml.safe_load(path.read_text(encoding="utf-8"))
            for path in sorted((root / registry_folder(name)).glob("*.yml"))}


def _problems(root: Path) -> list[str]:
    with pytest.raises(ProblemsFound) as found:
        load_sources(root)
    return [str(problem) for problem in found.value.problems]


@pytest.mark.parametrize("name", REGISTRIES)
def test_each_record_of_the_repository_has_its_own_file_named_by_its_key(name: str) -> None:
    records = _records(ROOT, name)
    assert records and all(file == record_file_name(name, record) for file, record in records.items())
    assert not (ROOT / registry_folder(name)).with_suffix(".yml").exists()


def _legacy_text(root: Path, name: str) -> str:
    """The registry `name` of `root` as one file of the old layout, a comment and hand spacing included."""
    items = []
    for path in sorted((root / registry_folder(name)).glob("*.yml"), key=lambda path: path.name, reverse=True):
        lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
        items.append("\n".join(["  - " + lines[0], *("    " + line for line in lines[1:])]))
    return f"# Sổ {name}, sửa tay\n{name}:\n\n" + "\n".join(items) + "\n"


def test_a_registry_of_the_old_layout_is_refused_with_the_way_out(project: Path) -> None:
    (project / LEGACY).write_text(_legacy_text(project, "documents"), encoding="utf-8")
    shutil.rmtree(project / registry_folder("documents"))
    assert _problems(project) == [
        f"{LEGACY}:1:1: Sổ danh mục nay là thư mục campaigns/registries/documents/, mỗi bản ghi một tệp; tệp “documents.yml” "
        f"kiểu cũ không được đọc nữa ({MIGRATE_HINT})"]


def test_make_fmt_splits_the_old_layout_into_the_same_files(project: Path, capsys) -> None:
    folder = project / registry_folder("documents")
    repository = {path.name: path.read_bytes() for path in folder.glob("*.yml")}
    (project / LEGACY).write_text(_legacy_text(project, "documents"), encoding="utf-8")
    shutil.rmtree(folder)
    assert main(["--root", str(project), "fmt"]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[-1] == f"Đã viết lại {len(repository)} tệp theo dạng chuẩn; nội dung không đổi."
    assert not (project / LEGACY).exists()
    assert {path.name: path.read_bytes() for path in folder.glob("*.yml")} == repository
    assert main(["--root", str(project), "check"]) == 0, capsys.readouterr().err


def test_make_fmt_will_not_split_away_marks_or_overwrite_another_record(project: Path, capsys) -> None:
    legacy = _legacy_text(project, "documents")
    (project / LEGACY).write_text(legacy.replace("  - number: 2416/BTTTT-CATTT", "  # KIỂM TRA: số\n  - number: 2416/BTTTT-CATTT"),
                                  encoding="utf-8")
    other = project / registry_folder("documents") / "1009-stttt-ttbcxb.yml"
    other.write_text(other.read_text(encoding="utf-8").replace("subject: ", "subject: (sửa) "), encoding="utf-8")
    before = {path: path.read_bytes() for path in (project / "campaigns").rglob("*") if path.is_file()}
    assert main(["--root", str(project), "fmt"]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert any(line.startswith(f"{LEGACY}:") and "Còn dòng đánh dấu “# KIỂM TRA”" in line for line in errors), errors
    assert any(line.startswith("campaigns/registries/documents/1009-stttt-ttbcxb.yml:1:1: Đã có tệp này với nội dung khác")
               for line in errors), errors
    assert {path: path.read_bytes() for path in (project / "campaigns").rglob("*") if path.is_file()} == before


def test_a_record_declared_twice_names_the_file_that_has_it(project: Path) -> None:
    (project / registry_folder("units") / "website-so-2.yml").write_text("id: website-so\nname: Trang tin (lặp)\n",
                                                                         encoding="utf-8")
    assert _problems(project) == [
        "campaigns/registries/units/website-so-2.yml:1:1: Mã đơn vị “website-so” bị khai báo hai lần "
        "(đã có ở tệp campaigns/registries/units/website-so.yml: mỗi mục chỉ khai báo một lần; xóa tệp này hoặc đổi mã của nó)"]


def test_a_problem_in_a_record_points_at_its_own_file_and_line(project: Path) -> None:
    path = project / registry_folder("documents") / "2416-btttt-cattt.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("issuer: bo-tttt", "issuer: bo-ttt"), encoding="utf-8")
    line = next(number for number, text in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if text.startswith("issuer:"))
    assert _problems(project) == [
        f"campaigns/registries/documents/2416-btttt-cattt.yml:{line}:9: Không tìm thấy cơ quan “bo-ttt” (có phải ý bạn là "
        "“bo-tttt”? Nếu không phải, khai báo cơ quan mới trong campaigns/registries/organizations/, mỗi cơ quan một tệp)"]


def test_a_file_name_that_is_not_an_address_is_refused_with_a_better_one(project: Path) -> None:
    path = project / registry_folder("units") / "website-so.yml"
    path.rename(path.with_name("Website Sở.yml"))
    assert _problems(project) == [
        "campaigns/registries/units/Website Sở.yml:1:1: Tên tệp “Website Sở.yml” không hợp lệ "
        "(tên tệp viết thường, không dấu, nối bằng gạch ngang, ví dụ website-so.yml)"]


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=folder,
                          capture_output=True, text=True, timeout=60)


def test_two_clerks_adding_two_documents_do_not_conflict(project: Path) -> None:
    for command in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "sổ"]):
        assert _git(project, *command).returncode == 0
    for branch, number in (("mot", "6022/KH-BCT"), ("hai", "150/KH-UBND")):
        _git(project, "checkout", "-q", "-b", branch, "main")
        write_record(project, "documents", {"number": number, "kind": "Kế hoạch", "issuer": "so-cong-thuong"})
        _git(project, "add", "-A")
        _git(project, "commit", "-qm", number)
    _git(project, "checkout", "-q", "main")
    assert _git(project, "merge", "-q", "mot").returncode == 0
    merged = _git(project, "merge", "-q", "--no-edit", "hai")
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert {"6022-kh-bct.yml", "150-kh-ubnd.yml"} <= set(_records(project, "documents"))
    load_sources(project)
