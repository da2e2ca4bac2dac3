"""Shared fixtures: the real project, small throwaway projects, a built site."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# Browser fixtures (one Chromium for the whole session) live in tests/browser.py.
pytest_plugins = ["browser"]

ROOT = Path(__file__).resolve().parent.parent
# Every setting the project reads from the environment (the build, MkDocs via
# mkdocs.yml's !ENV, the Makefile's publishing targets, GitHub Actions). `make
# publish SITE_URL=…` exports them to the tests it runs, so the suite drops them
# all before any test: each test sets what it needs. tests/test_hermetic.py
# checks that this list names every setting the code reads.
PROJECT_SETTINGS = ("SITE_URL", "SOURCE_DATE_EPOCH", "EDIT_BASE_URL", "SITEGEN_DOCS_DIR", "GITHUB_ACTIONS",
                    "DEST", "KEEP", "ARCHIVE", "ADDRESS", "TITLE", "START", "END", "N", "PYTEST_ARGS", "TEST_WORKERS",
                    "FILE", "SO", "ID",
                    # The git host the form editor writes to (render/cms_backend.py).
                    "CMS_BACKEND", "CMS_REPO", "CMS_BRANCH", "CMS_BASE_URL", "CMS_APP_ID", "CMS_AUTH_URL")
# The build date of every test build: the day this suite was written, so
# statuses in golden files do not drift.
TEST_TODAY = dt.date(2026, 11, 26)


def pytest_configure(config: pytest.Config) -> None:
    for name in PROJECT_SETTINGS:
        os.environ.pop(name, None)


# The heaviest test files, heaviest first (seconds of one worker in a full run on the 2-core machine, December 2026):
# test_form_import 159, test_search 107, test_task_pages 80, test_form_editor 76, test_publishing 61,
# test_import_corpus 56, test_release_safety 41, test_serve 28, test_layout 24, test_import_bounds 23, test_reports 21,
# test_published_files 20. `make test` hands whole files to two workers in collection order (--no-loadscope-reorder),
# so these go first and the light files fill in at the end: a heavy file that starts late leaves one worker idle
# while the other finishes it. Only the order of files changes, never of tests within a file, and every test sets
# its own settings (PROJECT_SETTINGS), so none depends on it.
HEAVY_FILES_FIRST = ("test_form_import.py", "test_search.py", "test_task_pages.py", "test_form_editor.py",
                     "test_publishing.py", "test_import_corpus.py", "test_release_safety.py", "test_serve.py",
                     "test_layout.py", "test_import_bounds.py", "test_reports.py", "test_published_files.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    rank = {name: place for place, name in enumerate(HEAVY_FILES_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(HEAVY_FILES_FIRST)))  # stable: same order within a file


# Where browser tests leave screenshots for a reviewer (tests/test_layout.py); the
# summary at the end of the run names the folder when a test wrote there.
SCREENSHOTS = ROOT / "build" / "test-screenshots"
screenshots_taken = pytest.StashKey[Path]()


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    folder = config.stash.get(screenshots_taken, None)
    if folder:
        terminalreporter.write_line(f"Screenshots of the pages on a phone: {folder}")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite tests/golden/ from the current output")


def copy_project(target: Path) -> Path:
    """A copy of everything a build reads, to build or break without touching the repo."""
    for name in ("campaigns", "docs", "schemas"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def copy_project_with_make(target: Path) -> Path:
    """A copy that `make` can run in, as a webmaster's clone: inputs, Makefile, scripts, and the suite's
    .venv and node_modules (the form editor's Decap CMS, which build and serve want)."""
    copy_project(target)
    for name in ("Makefile", "requirements.txt", "package.json", "package-lock.json", ".npmrc"):
        shutil.copy2(ROOT / name, target / name)  # copy2: the install stamps stay newer than what they install
    shutil.copytree(ROOT / "scripts", target / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    (target / ".venv").symlink_to(ROOT / ".venv")
    (target / "node_modules").symlink_to(ROOT / "node_modules")
    return target


def write_record(root: Path, name: str, record: dict, text: str | None = None) -> Path:
    """Add (or replace) a record of registry `name` in the project at `root`, in its own file as make import
    names it, written as the web editor writes it (or as `text`); return the file."""
    from sitegen.fmt.files import decap_text
    from sitegen.load.registry import record_file_name, registry_folder

    path = root / registry_folder(name) / record_file_name(name, record)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(decap_text(record, name) if text is None else text, encoding="utf-8")
    return path


def append_records(root: Path, name: str, items: str) -> list[Path]:
    """Add records of registry `name` given as the old layout's list items ("  - id: x\n    name: y\n"),
    each to its own file, keeping the test's own layout (quotes, odd spacing); return the files."""
    import yaml
    from sitegen.load.registry import record_file_name, registry_folder

    pieces = re.split(r"(?m)^  - ", items)[1:]
    paths = []
    for piece in pieces:
        text = "\n".join(line[4:] if line.startswith("    ") else line for line in piece.split("\n"))
        path = root / registry_folder(name) / record_file_name(name, yaml.safe_load(text) or {})
        if path.name == ".yml":  # a key with no letter or digit: named as make import names it
            path = path.with_name("ban-ghi.yml")
        number = 1
        while path.exists():  # two records that name one file: numbered, as make import does
            number += 1
            path = path.with_name(f"{path.stem.rsplit('-', 1)[0] if number > 2 else path.stem}-{number}.yml")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def review_notes(text: str) -> list[tuple[str, str]]:
    """(field, note) for each item of a file's review list: what make import was unsure of."""
    import yaml

    data = yaml.safe_load(text) or {}
    return [(item.get("field", ""), " ".join(item["note"].split())) for item in data.get("review", [])]


def field_at_line(text: str, line: int) -> str:
    """The top-level key of a YAML file whose value holds `line` (1-based), "" when none does."""
    import yaml

    node = yaml.compose(text)
    for key, value in node.value if node is not None else []:
        if key.start_mark.line + 1 <= line <= max(value.end_mark.line, key.start_mark.line + 1):
            return key.value
    return ""


def clear_review(path: Path) -> None:
    """Remove a file's review list, as a clerk does by ticking off each item once checked."""
    from sitegen.fmt.files import decap_text
    from sitegen.load.loader import load_yaml_text

    kind = path.parent.name if path.parent.parent.name == "registries" else "campaign"
    data = load_yaml_text(str(path), path.read_text(encoding="utf-8"), normalize=False)[0].data
    data.pop("review", None)
    path.write_text(decap_text(data, kind), encoding="utf-8")


def make_environment(**values: str) -> dict[str, str]:
    """The environment for a `make` run by a test: without the outer `make test`'s
    MAKEFLAGS and MAKELEVEL, which would change what the inner make prints."""
    kept = {key: value for key, value in os.environ.items() if not key.startswith(("MAKE", "MFLAGS"))}
    return {**kept, **values}


@contextmanager
def environment(**values: str) -> Iterator[None]:
    """Set environment variables (the build and MkDocs read them) for a block, then restore them."""
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real campaigns built once, strictly, into a temporary folder."""
    from sitegen.build.pipeline import build

    root = copy_project(tmp_path_factory.mktemp("built") / "project")
    build(root, TEST_TODAY)
    return root / "site"
