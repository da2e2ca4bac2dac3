"""scripts/system-packages.sh: installs what is missing as root, else says the one line to run.

The script runs for real, with a fake `id`, `dpkg-query` and `apt-get` first on PATH.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import metadata
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "system-packages.sh"

FAKES = {
    "id": 'echo "$FAKE_UID"\n',
    # dpkg-query -W -f='${Status}' PACKAGE: every package is installed but those in $FAKE_MISSING
    # (never installed) and $FAKE_PURGED (installed once, then purged).
    "dpkg-query": """for package; do :; done
case " $FAKE_MISSING " in
  *" $package "*) echo "dpkg-query: no packages found matching $package" >&2; exit 1 ;;
esac
case " ${FAKE_PURGED:-} " in
  *" $package "*) printf 'unknown ok not-installed'; exit 0 ;;
esac
printf 'install ok installed'
""",
    # Records each call; $FAKE_UPDATE_ERROR or $FAKE_INSTALL_ERROR makes that step fail as apt-get does.
    "apt-get": """echo "apt-get $*" >>"$FAKE_LOG"
case "$1" in
  update) [ -z "${FAKE_UPDATE_ERROR:-}" ] || { echo "E: $FAKE_UPDATE_ERROR"; exit 100; } ;;
  install) [ -z "${FAKE_INSTALL_ERROR:-}" ] || { echo "E: $FAKE_INSTALL_ERROR"; exit 100; } ;;
esac
""",
    # The machine's npm, whoever packaged it: wanted from Debian only when none is on PATH.
    "npm": "exit 0\n",
    # A Python new enough for the pins, without ensurepip: Debian trixie's python3 before python3-venv.
    "python3-without-ensurepip": f"""case "$*" in
  *ensurepip*) echo "ModuleNotFoundError: No module named 'ensurepip'" >&2; exit 1 ;;
esac
exec "{sys.executable}" "$@"
""",
    # Debian bookworm's own python3, older than the pins allow.
    "python3.11.2": """case "$*" in
  *version_info*) exit 1 ;;
  *python_version*) echo 3.11.2 ;;
esac
""",
}


@dataclass
class Run:
    status: int
    stderr: str
    apt_calls: list[str]


@pytest.fixture
def fakes(tmp_path: Path) -> Path:
    """A folder of fake commands to put first on PATH."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name, body in FAKES.items():
        (folder / name).write_text("#!/bin/sh\n" + body)
        (folder / name).chmod(0o755)
    return folder


@pytest.fixture
def run_script(fakes: Path, tmp_path: Path):
    """Run the script as uid `uid` on a machine missing `missing`; return what it said and ran."""
    log = tmp_path / "apt.log"
    temporary = tmp_path / "tmp"
    temporary.mkdir()

    def run(mode: str, uid: int, missing: str, python: str = sys.executable, path: str | None = None,
            **fake: str) -> Run:
        env = {"PATH": path or f"{fakes}:/usr/bin:/bin", "FAKE_UID": str(uid), "FAKE_MISSING": missing,
               "FAKE_LOG": str(log), "PYTHON": python, "LANG": "C.UTF-8", "TMPDIR": str(temporary)}
        env.update({f"FAKE_{key.upper()}": value for key, value in fake.items()})
        done = subprocess.run(["/bin/sh", str(SCRIPT), mode], env=env, capture_output=True, text=True, timeout=60)
        assert done.stdout == ""
        assert not any(temporary.iterdir()), "apt-get's log was left behind"
        calls = log.read_text().splitlines() if log.exists() else []
        return Run(done.returncode, done.stderr, calls)

    return run


@pytest.mark.parametrize(("missing", "line"), [
    ("nginx-light", "Thiếu gói hệ thống cho kiểm thử: nginx-light. Cài bằng: sudo apt-get install -y nginx-light\n"),
    ("chromium nginx-light", "Thiếu gói hệ thống cho kiểm thử: chromium nginx-light. "
                             "Cài bằng: sudo apt-get install -y chromium nginx-light\n"),
])
def test_a_user_missing_packages_is_told_the_one_line_to_run(run_script, missing: str, line: str) -> None:
    run = run_script("test", uid=1000, missing=missing)
    assert (run.status, run.stderr, run.apt_calls) == (1, line, [])


def test_a_purged_package_is_missing_too(run_script) -> None:
    run = run_script("test", uid=1000, missing="", purged="chromium")
    assert run.stderr == "Thiếu gói hệ thống cho kiểm thử: chromium. Cài bằng: sudo apt-get install -y chromium\n"


def test_root_installs_only_the_missing_packages_quietly(run_script) -> None:
    run = run_script("test", uid=0, missing="nginx-light")
    assert (run.status, run.stderr) == (0, "Cài gói hệ thống cho kiểm thử: nginx-light\n")
    assert run.apt_calls == ["apt-get update -qq", "apt-get install -y -qq nginx-light"]


def test_a_broken_package_source_does_not_stop_the_install(run_script) -> None:
    run = run_script("test", uid=0, missing="nginx-light", update_error="Some index files failed to download")
    assert (run.status, run.stderr) == (0, "Cài gói hệ thống cho kiểm thử: nginx-light\n")
    assert run.apt_calls == ["apt-get update -qq", "apt-get install -y -qq nginx-light"]


@pytest.mark.parametrize("uid", [0, 1000])
def test_nothing_is_said_or_installed_when_nothing_is_missing(run_script, uid: int) -> None:
    run = run_script("test", uid=uid, missing="")
    assert (run.status, run.stderr, run.apt_calls) == (0, "", [])


def test_a_failed_install_stops_with_apt_gets_own_words(run_script) -> None:
    run = run_script("test", uid=0, missing="chromium", install_error="Unable to locate package chromium")
    assert run.status == 1
    assert run.stderr.splitlines()[1:] == [
        "E: Unable to locate package chromium",
        "Không cài được gói hệ thống cho kiểm thử: chromium (lỗi của apt-get ở trên).",
    ]


@pytest.fixture
def no_npm(fakes: Path) -> str:
    """A PATH of the fakes and the few tools the script runs, without any npm."""
    (fakes / "npm").unlink()
    for tool in ("mktemp", "cat", "rm"):
        (fakes / tool).symlink_to(shutil.which(tool))
    return str(fakes)


def test_npm_comes_from_debian_only_when_no_npm_is_on_path(run_script, no_npm: str) -> None:
    run = run_script("test", uid=1000, missing="", path=no_npm)
    assert (run.status, run.stderr) == (1, "Thiếu gói hệ thống cho kiểm thử: npm. Cài bằng: sudo apt-get install -y npm\n")
    run = run_script("test", uid=0, missing="default-jre-headless", path=no_npm)
    assert run.apt_calls == ["apt-get update -qq", "apt-get install -y -qq default-jre-headless npm"]


def test_serve_and_build_want_only_npm_for_the_form_editor(run_script, no_npm: str) -> None:
    """`make serve` on a machine without node: one line, and nothing of the tests' list."""
    run = run_script("node", uid=1000, missing="chromium nginx-light", path=no_npm)
    assert (run.status, run.stderr) == (1, "Thiếu gói hệ thống cho trình biên tập: npm. Cài bằng: sudo apt-get install -y npm\n")
    run = run_script("node", uid=0, missing="chromium", path=no_npm)
    assert run.apt_calls == ["apt-get update -qq", "apt-get install -y -qq npm"]


def test_a_python_without_ensurepip_needs_python3_venv(run_script, fakes: Path) -> None:
    python = str(fakes / "python3-without-ensurepip")
    run = run_script("venv", uid=1000, missing="python3-venv", python=python)
    assert (run.status, run.stderr) == (1, "Thiếu gói hệ thống để tạo môi trường .venv: python3-venv. "
                                           "Cài bằng: sudo apt-get install -y python3-venv\n")
    run = run_script("venv", uid=0, missing="python3-venv", python=python)
    assert (run.status, run.apt_calls) == (0, ["apt-get update -qq", "apt-get install -y -qq python3-venv"])


def test_a_python_older_than_the_pins_is_refused_with_how_to_choose_another(run_script, fakes: Path) -> None:
    python = str(fakes / "python3.11.2")
    run = run_script("venv", uid=0, missing="python3-venv", python=python)
    assert (run.status, run.stderr, run.apt_calls) == (1, f"Cần Python 3.11.5 trở lên cho các gói đã ghim ({python}: 3.11.2). "
                                                          "Chỉ định bản khác bằng: make … PYTHON=/đường/dẫn/python3\n", [])


def test_the_oldest_python_allowed_is_the_oldest_the_pins_install_on() -> None:
    oldest = Version(re.search(r'^MIN_PYTHON="(.+)"$', SCRIPT.read_text(encoding="utf-8"), re.MULTILINE)[1])
    just_older = Version(f"{oldest.major}.{oldest.minor}.{oldest.micro - 1}")
    pins = [line.split("==")[0] for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
            if "==" in line and not line.startswith("#")]
    supported = {pin: SpecifierSet(metadata(pin).get("Requires-Python") or "") for pin in pins}
    assert [pin for pin, spec in supported.items() if oldest not in spec] == []
    assert [pin for pin, spec in supported.items() if just_older not in spec], f"{just_older} would do"


def test_a_python_with_ensurepip_needs_no_package(run_script) -> None:
    run = run_script("venv", uid=1000, missing="python3-venv", python=sys.executable)
    assert (run.status, run.stderr, run.apt_calls) == (0, "", [])


def test_without_dpkg_it_only_names_what_the_tests_expect(run_script, fakes: Path) -> None:
    (fakes / "dpkg-query").unlink()
    run = run_script("test", uid=1000, missing="chromium", path=str(fakes))
    assert run.status == 0
    assert run.stderr.startswith("Máy này không phải Debian: cần các gói tương đương với chromium ")
    assert run.stderr.endswith(" (cho kiểm thử).\n")


def test_make_test_checks_the_packages_before_running_pytest() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("MAKE")}
    commands = subprocess.run(["make", "-n", "test"], cwd=ROOT, env=env, capture_output=True, text=True,
                              check=True, timeout=60).stdout.splitlines()
    check = commands.index("sh scripts/system-packages.sh test")
    assert check < next(i for i, command in enumerate(commands) if "-m pytest" in command)


def test_the_venv_is_made_after_checking_for_python3_venv() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("$(STAMP): requirements.txt\n", 1)[1].splitlines()
    assert recipe[:2] == ["\t@PYTHON=$(call raw,PYTHON) sh scripts/system-packages.sh venv", "\t$(call raw,PYTHON) -m venv $(VENV)"]
