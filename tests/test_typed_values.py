"""What a person types after `make` reaches sitegen as typed: a title with
quotes, backticks or $(…), a folder that starts with a dash, Vietnamese letters.
None of it runs in the shell or in make, and what sitegen cannot take is refused
in one Vietnamese line (`make new TITLE='… \\`uname\\`'` once saved "Linux",
and `DEST=-dash` once printed argparse's usage in English).

The Makefile's part runs against a stand-in python (BIN=…) that records the
command line and the settings it was given; sitegen's part runs in this process.
"""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, copy_project_with_make, make_environment
from sitegen.cli import main
from sitegen.failures import RunFailed
from test_editing import Terminal

# A stand-in for .venv/bin/python: prints its arguments and the settings it got, one JSON line.
RECORDER = """#!{python}
import json, os, sys
print(json.dumps({{"argv": sys.argv[1:], "env": {{name: os.environ.get(name) for name in {settings!r}}}}}))
"""
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
# The settings the Makefile passes as typed (and the values it takes), as it lists them.
SETTINGS = tuple(re.search(r"^SETTINGS := (.*)$", MAKEFILE, re.MULTILINE).group(1).split())
# CANARY is replaced by a file that exists only if something ran.
TYPED = [
    "-rf",
    "--preserve=all",
    "--",
    "hai  dấu cách và dấu cách cuối ",
    'Tháng hành động "An toàn thông tin"',
    "Sở's",
    "$(touch CANARY)",
    "`touch CANARY`",
    "$(shell touch CANARY)",
    '"; touch CANARY; echo "',
    "'; touch CANARY; echo '",
    "$$HOME ${HOME} \\ # ; | & < >",
]
# Each target with every value set, in this order, and the command line it must run.
TARGETS = {
    "new": lambda v: ["-m", "sitegen", "new", f"--title={v}", f"--start={v}", f"--end={v}"],
    "import": lambda v: ["-m", "sitegen", "import", f"--so={v}", "--", v],
    "cong-van": lambda v: ["-m", "sitegen", "cong-van", f"--id={v}"],
    "publish": lambda v: ["-m", "sitegen", "publish", f"--dest={v}", f"--keep={v}", f"--archive={v}"],
    "rollback": lambda v: ["-m", "sitegen", "rollback", f"--dest={v}"],
    "serve": lambda v: ["-m", "sitegen", "serve", f"--address={v}"],
    "bench": lambda v: ["scripts/bench.py", v],
}
VARIABLES = ("TITLE", "START", "END", "FILE", "SO", "ID", "DEST", "KEEP", "ARCHIVE", "ADDRESS", "N")


def test_the_makefile_passes_every_setting_sitegen_reads() -> None:
    """A setting left out would be exported by make, which expands $(shell …) in it."""
    from test_hermetic import _MKDOCS_READS, _PYTHON_READS

    read = set(_MKDOCS_READS.findall((ROOT / "mkdocs.yml").read_text(encoding="utf-8")))
    for path in (ROOT / "scripts" / "sitegen").rglob("*.py"):
        read |= set(_PYTHON_READS.findall(path.read_text(encoding="utf-8")))
    # Set by the build for MkDocs, and by GitHub's runner: never typed after make.
    assert set(SETTINGS) == read - {"SITEGEN_DOCS_DIR", "GITHUB_ACTIONS"}
    assert set(VARIABLES) <= set(re.search(r"^VALUES := (.*)$", MAKEFILE, re.MULTILINE).group(1).split())


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_project_with_make(tmp_path_factory.mktemp("typed") / "project")


@pytest.fixture(scope="module")
def recorder(tmp_path_factory) -> list[str]:
    """make's arguments that run the recorder instead of sitegen, with no install step."""
    folder = tmp_path_factory.mktemp("stand-in")
    (folder / "bin").mkdir()
    (folder / "bin" / "python").write_text(RECORDER.format(python=sys.executable, settings=SETTINGS), encoding="utf-8")
    (folder / "bin" / "python").chmod(0o755)
    for stamp in ("venv", "node"):
        (folder / stamp).touch()
    return [f"BIN={folder / 'bin'}", f"STAMP={folder / 'venv'}", f"NODE_STAMP={folder / 'node'}"]


def make(project: Path, *arguments: str, **environment: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "-s", *arguments], cwd=project, env=make_environment(**environment),
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("typed", TYPED)
def test_every_target_passes_what_was_typed_as_one_argument(project: Path, recorder: list[str], tmp_path: Path,
                                                            typed: str) -> None:
    canary = tmp_path / "ran"
    value = typed.replace("CANARY", str(canary))
    done = make(project, *TARGETS, *recorder, *(f"{name}={value}" for name in VARIABLES))
    assert done.returncode == 0, done.stderr
    recorded = [json.loads(line)["argv"] for line in done.stdout.splitlines()]
    assert recorded == [command(value) for command in TARGETS.values()]
    assert not canary.exists()


@pytest.mark.parametrize("given, workers", [((), "'2'"), (("TEST_WORKERS=0",), "'0'")])
def test_the_suite_runs_on_two_workers_unless_told(project: Path, recorder: list[str], given: tuple, workers: str) -> None:
    """`unexport` defines an unset variable empty, which once beat `TEST_WORKERS ?= 2`: pytest got `-n ''`."""
    done = subprocess.run(["make", "-n", "test", *recorder, *given], cwd=project, env=make_environment(),
                          capture_output=True, text=True, timeout=60)
    # In conftest.py's order of files, heaviest first: xdist would hand out the files with most tests first.
    assert f"-m pytest -n {workers} --dist loadfile --no-loadscope-reorder" in done.stdout, done.stdout + done.stderr


def test_unset_values_arrive_empty(project: Path, recorder: list[str]) -> None:
    done = make(project, *TARGETS, *recorder)
    assert [json.loads(line)["argv"] for line in done.stdout.splitlines()] == [command("") for command in TARGETS.values()]


def test_settings_reach_sitegen_as_typed_and_unset_ones_stay_unset(project: Path, recorder: list[str], tmp_path: Path) -> None:
    canary = tmp_path / "ran"
    typed = f"https://a.gov.vn/$(shell touch {canary})/`touch {canary}`/'\""
    given = make(project, "check", *recorder, *(f"{name}={typed}" for name in SETTINGS))
    assert json.loads(given.stdout)["env"] == {name: typed for name in SETTINGS}
    from_environment = make(project, "check", *recorder, SITE_URL=typed, CMS_REPO="")
    assert json.loads(from_environment.stdout)["env"] == {name: {"SITE_URL": typed, "CMS_REPO": ""}.get(name)
                                                          for name in SETTINGS}
    assert not canary.exists()


def test_a_line_break_in_a_value_stops_make_before_anything_runs(project: Path, recorder: list[str], tmp_path: Path) -> None:
    """make cuts a recipe at a line break, quotes or not; with make -i the next line ran."""
    canary = tmp_path / "ran"
    done = make(project, "-i", "new", *recorder, f"TITLE=x\ntouch {canary}\n")
    assert done.returncode == 2 and done.stdout == ""
    assert "*** TITLE có ký tự xuống dòng: gõ cả giá trị trên một dòng; chưa chạy gì." in done.stderr
    assert not canary.exists()


@pytest.mark.parametrize("title", ['Tháng hành động "An toàn thông tin"', "-rf `uname` $(touch CANARY) $HOME 'x'"])
def test_make_new_saves_the_title_as_typed(project: Path, tmp_path: Path, title: str) -> None:
    canary = tmp_path / "ran"
    title = title.replace("CANARY", str(canary))
    before = set((project / "campaigns").iterdir())
    done = make(project, "new", f"TITLE={title}", "START=2024-03-01")
    assert done.returncode == 0, done.stderr
    (path,) = set((project / "campaigns").iterdir()) - before
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.unlink()
    assert (saved["title"], saved["start"].isoformat()) == (title, "2024-03-01")
    assert not canary.exists()


@pytest.mark.parametrize("arguments, said", [
    (["rollback", "--dest=-dash"], "Không có thư mục -dash: kiểm tra lại DEST; chưa thay đổi gì."),
    (["rollback", "--dest=--"], "Không có thư mục --: kiểm tra lại DEST; chưa thay đổi gì."),
    (["publish", "--dest=-dash", "--archive=-x.tar.gz"], "Không có tệp -x.tar.gz: kiểm tra lại ARCHIVE; chưa đăng gì."),
    (["publish", "--dest=--", "--keep=--", "--archive="],
     "KEEP phải là một số nguyên từ 2 trở lên, ví dụ KEEP=5 (đang là “--”); chưa thay đổi gì."),
    (["publish", "--dest=/srv/x", "--keep=99999999999999999999"],
     "KEEP=99999999999999999999 quá lớn: giữ tối đa 999 bản (mỗi bản là cả trang), ví dụ KEEP=5; chưa thay đổi gì."),
    (["publish", "--dest=/srv/x", "--keep=" + "9" * 5000],  # more digits than int() reads
     f"KEEP={'9' * 5000} quá lớn: giữ tối đa 999 bản (mỗi bản là cả trang), ví dụ KEEP=5; chưa thay đổi gì."),
    (["publish", "--dest=-oProxyCommand=touch CANARY:/srv/x"],
     "DEST=-oProxyCommand=touch CANARY:/srv/x: tên máy chủ không được bắt đầu bằng dấu “-”; viết dạng "
     "người-dùng@máy-chủ:/thư-mục, ví dụ quantri@may-chu:/var/www/chien-dich; chưa thay đổi gì."),
    (["rollback", "--dest=-oProxyCommand=touch CANARY@may-chu:/srv/x"], "DEST=-oProxyCommand=touch CANARY@may-chu:/srv/x: "),
    (["import", "--", "-x.docx"], "Không tìm thấy tệp -x.docx: kiểm tra tên và đường dẫn"),
    (["cong-van", "--id=-rf `uname`"], "Không có văn bản “-rf `uname`” trong sổ văn bản (campaigns/registries/documents/)"),
    *[(["serve", f"--address={address}"], f"Địa chỉ xem trước “{address}” không đúng dạng máy:cổng, ví dụ "
                                          "ADDRESS=127.0.0.1:8000; chưa chạy gì.")
      for address in ("--", "127.0.0.1:8000 $(touch CANARY)", "127.0.0.1:99999", "127.0.0.1:0", "127.0.0.1:")],
    *[(["serve", f"--address={address}"], f"Địa chỉ xem trước “{address}” không phải của riêng máy này")
      for address in ("-x:8000", "may-chu:8000", "0.0.0.0:8000")],
])
def test_a_value_that_looks_like_an_option_arrives_as_a_value(project: Path, tmp_path: Path, monkeypatch, capsys,
                                                               arguments: list[str], said: str) -> None:
    from sitegen.build import serve

    monkeypatch.chdir(tmp_path)  # relative names (-dash, -x.docx) are looked for here
    monkeypatch.setattr(serve, "serve", lambda *_: pytest.fail("the preview started"))
    assert main(["--root", str(project), *arguments]) == 1
    error = capsys.readouterr().err
    assert error.startswith(said) and len(error.splitlines()) == 1, error
    assert sorted(path.name for path in tmp_path.iterdir()) == []


@pytest.mark.parametrize("arguments, said", [
    (["publish", "--dest", "-dash"], "--dest cần một giá trị (viết liền --dest=giá-trị khi giá trị bắt đầu bằng “-”)"),
    (["new", "--title", "-rf"], "--title cần một giá trị (viết liền --title=giá-trị khi giá trị bắt đầu bằng “-”)"),
    (["rollback", "--dest=/srv/x", "thừa"], "không hiểu phần thừa “thừa”"),
    (["dang"], "không có lệnh 'dang' (có: 'check', 'fmt', 'generate', 'build', 'serve', 'new', 'dist', 'publish', "
               "'rollback', 'import', 'cong-van', 'schemas')"),
    ([], "thiếu lệnh"),
])
def test_a_malformed_command_line_is_one_vietnamese_line(capsys, arguments: list[str], said: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(arguments)
    assert stopped.value.code == 1
    assert capsys.readouterr().err == f"Lệnh không đúng: {said}; gõ lệnh make như README.md hướng dẫn. Chưa thay đổi gì.\n"


def test_help_speaks_vietnamese(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["publish", "--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("Cách dùng: sitegen publish ") and "in hướng dẫn này rồi thoát" in shown
    assert "usage" not in shown and "show this help" not in shown


def test_make_new_at_a_terminal_asks_for_what_make_passed_empty(project: Path, monkeypatch, capsys) -> None:
    """The Makefile passes an unset START as --start=, which must still be asked for."""
    monkeypatch.setattr(sys, "stdin", Terminal("Chiến dịch hỏi lại\n2024-03-01\n\n"))
    assert main(["--root", str(project), "new", "--title=", "--start=", "--end="]) == 0
    assert "Ngày bắt đầu" in capsys.readouterr().out
    path = project / "campaigns" / "chien-dich-hoi-lai.yml"
    text = path.read_text(encoding="utf-8")
    path.unlink()
    assert "start: 2024-03-01\nend: null\n" in text


@pytest.mark.parametrize("reader", ["ocr_image", "ocr_pdf"])
def test_a_scan_named_like_an_option_reaches_ocr_as_a_file(tmp_path: Path, monkeypatch, reader: str) -> None:
    """tesseract and pdftoppm take no `--`: a file named -x.png goes to them as an absolute path."""
    from sitegen.importer.read import ocr

    commands = []

    def run(command, what, seconds):
        commands.append(command)
        return subprocess.CompletedProcess(command, 0, stdout=b"vie\n" + "chữ ".encode() * 20, stderr=b"")

    monkeypatch.setattr(ocr.shutil, "which", lambda command: f"/usr/bin/{command}")
    monkeypatch.setattr(ocr, "_run", run)
    monkeypatch.chdir(tmp_path)
    with contextlib.suppress(RunFailed):  # the stand-in pdftoppm writes no page, so no text
        getattr(ocr, reader)(Path("-x.png"))
    given = [argument for command in commands for argument in command if argument.endswith("-x.png")]
    assert given == [str(tmp_path / "-x.png")]
