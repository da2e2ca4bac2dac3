"""The hand-written part of the site: which files of docs/ are published, and
whether each may be.

load_sources checks them with the editors' YAML, so `make check` reports a
symlink or an attached web page in docs/ too; build/pipeline.py copies exactly the
files listed here, never following a link.
"""

from __future__ import annotations

from pathlib import Path

from ..model.page_paths import is_page
from ..problems import Problem
from .attachments import content_problem
from .repo_files import is_hidden, regular_files

DOCS_DIR = "docs"
# The site's own code, which developers review: CSS, JavaScript, theme templates.
CODE_FOLDERS = ("assets", "overrides")
# Theme overrides are read by the theme from docs/overrides, not served as pages.
NOT_COPIED = ("overrides",)


def docs_files(root: Path) -> tuple[list[str], list[Problem]]:
    """The regular files of docs/ that MkDocs would see (paths inside docs/,
    hidden ones left out as MkDocs leaves them), and a problem for each link."""
    files, problems = regular_files(root, DOCS_DIR)
    inside = (path.removeprefix(f"{DOCS_DIR}/") for path in files)
    return [path for path in inside if not is_hidden(path)], problems


def copied(files: list[str]) -> list[str]:
    """Those of `files` (paths inside docs/) that go into build/docs and are published."""
    return [path for path in files if path.split("/")[0] not in NOT_COPIED]


def copied_files(root: Path) -> list[str]:
    """The files of docs/ that go into build/docs (paths inside docs/)."""
    return copied(docs_files(root)[0])


def docs_problems(root: Path, files: list[str]) -> list[Problem]:
    """A problem for each file of docs/ outside the site's code that is neither
    a page nor an allowed document (attachments.py)."""
    problems = []
    for path in files:
        if path.split("/")[0] in CODE_FOLDERS or is_page(path):
            continue
        shown = f"{DOCS_DIR}/{path}"
        found = content_problem(root / shown, shown)
        if found:
            problems.append(Problem(shown, 1, 1, *found))
    return problems
