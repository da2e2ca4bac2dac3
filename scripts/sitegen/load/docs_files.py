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
from .attachments import content_problem, extension, size_problem
from .page_content import page_problems
from .repo_files import is_hidden, regular_files

DOCS_DIR = "docs"
# The site's own code, which developers review: CSS, JavaScript, theme templates.
CODE_FOLDERS = ("assets", "overrides")
# Theme overrides are read by the theme from docs/overrides, not served as pages.
NOT_COPIED = ("overrides",)
# What docs/assets may hold (SVG too, when inert).
CODE_TYPES = ("css", "js", "png", "jpg", "jpeg", "gif", "webp", "ico", "woff", "woff2")


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


def docs_problems(root: Path, files: list[str], max_bytes: int) -> list[Problem]:
    """A problem for each file of docs/ that may not be published: one over
    `max_bytes`, a page with active HTML, a file of the site's code folders
    that is not code, anything else that is not an allowed document (attachments.py)."""
    problems = []
    for path in files:
        shown = f"{DOCS_DIR}/{path}"
        folder = path.split("/")[0]
        if folder in NOT_COPIED:
            continue  # theme templates: read by MkDocs, never served
        found = size_problem((root / shown).stat().st_size, shown, max_bytes)
        if not found and is_page(path):
            text = (root / shown).read_text(encoding="utf-8", errors="replace")
            problems += [Problem(shown, line, 1, message, hint) for line, message, hint in page_problems(text, root)]
            continue
        if not found:
            found = (_code_problem(root / shown, shown, max_bytes) if folder in CODE_FOLDERS
                     else content_problem(root / shown, shown, max_bytes))
        if found:
            problems.append(Problem(shown, 1, 1, *found))
    return problems


def _code_problem(file: Path, shown: str, max_bytes: int) -> tuple[str, str] | None:
    """The site's own code is styles, scripts, images and fonts: a web page there
    would run those scripts on the site's address."""
    kind = extension(shown)
    if kind == "svg":
        return content_problem(file, shown, max_bytes)
    if kind not in CODE_TYPES:
        return (f"Tệp “{shown}” (.{kind or 'không đuôi'}) không thuộc mã của trang",
                f"docs/assets chỉ chứa {', '.join(CODE_TYPES)}; trang web thì viết bằng Markdown trong docs/")
    return None
