"""The hand-written part of the site: which files of docs/ are published.

load_sources checks them with the editors' YAML, so `make check` reports a
symlink in docs/ too; build.py copies exactly the files listed here, never
following a link.
"""

from __future__ import annotations

from pathlib import Path

from .problems import Problem
from .repo_files import is_hidden, regular_files

DOCS_DIR = "docs"
# Theme overrides are read by the theme from docs/overrides, not served as pages.
NOT_COPIED = ("overrides",)


def docs_files(root: Path) -> tuple[list[str], list[Problem]]:
    """The regular files of docs/ that MkDocs would see (paths inside docs/,
    hidden ones left out as MkDocs leaves them), and a problem for each link."""
    files, problems = regular_files(root, DOCS_DIR)
    inside = (path.removeprefix(f"{DOCS_DIR}/") for path in files)
    return [path for path in inside if not is_hidden(path)], problems


def copied_files(root: Path) -> list[str]:
    """The files of docs/ that go into build/docs (paths inside docs/)."""
    return [path for path in docs_files(root)[0] if path.split("/")[0] not in NOT_COPIED]

