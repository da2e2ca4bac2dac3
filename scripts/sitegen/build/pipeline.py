"""Assembling the docs folder that MkDocs reads, and building the site safely.

The generator never writes into the tracked `docs/`: it assembles
`build/docs/` from the hand-written pages and the generated ones, writing only
files whose bytes changed (so `mkdocs serve` reloads just what changed). The
site is built into a fresh folder and swapped into `site/` only on success,
so a failed build leaves the last good site exactly as it was.

Files of the repository (docs/ and attachments) are copied, not held: each is
read in pieces when written, through repo_files.open_regular, which follows
no link and refuses a hard link, however the file changed since the check.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from jinja2 import Environment

from ..render.calendar_files import calendar_files
from ..render.cms_backend import CmsBackend, backend_from_environment
from ..render.editor_files import editor_files, import_page
from ..render.import_files import import_files
from ..control_chars import escaped
from ..failures import RunFailed
from ..load.attachment_limit import attachment_limit
from ..load.docs_files import DOCS_DIR, copied_files
from ..load.git_history import file_histories
from ..load.repo_files import open_regular
from ..render.dispatch_docx import word_files
from ..render.feed import feed_file
from ..locks import project_lock
from ..model.freshness import last_change
from ..model.site import Site
from ..model.from_sources import build_site
from ..model.page_paths import attachment
from ..release import write_checksums
from ..render.pages import campaign_pages, make_environment, render_pages
from ..render.report_files import report_files
from ..render.search_entries import search_entries
from ..render.search_index import build_search_index
from ..load.sources import CAMPAIGNS_DIR, LoadCache, load_sources
from .mkdocs_messages import mkdocs_messages

STAGING_DOCS = Path("build/docs")
TEMPLATE_CACHE = Path("build/cache/templates")
SITE_DIR = Path("site")
# Each build's own docs and site folders, removed when it ends.
RUNS_DIR = Path("build/runs")
# The same default as site_url in mkdocs.yml.
DEFAULT_SITE_URL = "http://127.0.0.1:8000/"


# Big enough to copy fast, small enough that a 20 MB attachment is never held whole.
_COPY_BYTES = 1 << 20


@dataclass(frozen=True)
class Copy:
    """A file of the repository that goes into the docs folder as it is,
    read only when written. Two copies are equal when they copy the same
    repository path: what differs between two checkouts is the folder."""

    root: Path = field(compare=False)
    path: str  # inside the repository, e.g. docs/tai-lieu/ke-hoach.pdf

    def open(self) -> BinaryIO:
        return open_regular(self.root, self.path)


Content = bytes | Copy


def _hand_written(root: Path) -> dict[str, Content]:
    return {path: Copy(root, f"{DOCS_DIR}/{path}") for path in copied_files(root)}


def hand_written_pages(root: Path) -> dict[str, Path]:
    """Each page copied from docs/ (its path there, as MkDocs names it) and its file: where a message about it points."""
    return {path: root / DOCS_DIR / path for path in copied_files(root) if path.endswith(".md")}


def _hand_written_pages(files: dict[str, Content]) -> dict[str, Path]:
    """Each file of the docs folder copied from docs/ (by its path there), and that file: MkDocs names the former."""
    return {path: content.root / content.path for path, content in files.items()
            if isinstance(content, Copy) and content.path == f"{DOCS_DIR}/{path}"}


def _attachments(root: Path, site: Site) -> dict[str, Content]:
    """Files that campaigns and documents attach, served under tep/."""
    paths = {m.file for c in site.campaigns for m in c.materials if m.file}
    paths |= {d.file for d in site.documents if d.file}
    return {attachment(path): Copy(root, path) for path in sorted(paths)}


@dataclass
class Reuse:
    """What `serve` keeps from one generation to the next: parsed and checked
    files, and compiled templates (Jinja recompiles a template whose file changed)."""

    loads: LoadCache = field(default_factory=LoadCache)
    environment: Environment = field(default_factory=make_environment)


def _site(root: Path, today: dt.date, reuse: Reuse | None) -> Site:
    return build_site(load_sources(root, reuse.loads if reuse else None, today), today)


def assemble(root: Path, today: dt.date, reuse: Reuse | None = None,
             editor: CmsBackend | None = None) -> tuple[Site, dict[str, Content]]:
    """Validate, model and render: every file of the docs folder, by path.

    The form editor (/bien-tap/) writes to `editor`, else to the git host the
    webmaster set (CMS_BACKEND…); without either there is no editor page.
    """
    editor = editor or backend_from_environment()  # a wrong setting stops here, before any work
    site = _site(root, today, reuse)
    histories = file_histories(root, CAMPAIGNS_DIR)
    site.changed = last_change(histories)  # "Dữ liệu cập nhật" on the home and unit pages
    files = _hand_written(root)
    site_url = site_url_from_environment()
    # Compiling the templates is a fifth of generating a small site: keep them compiled.
    pages = render_pages(site, reuse.environment if reuse else make_environment(root / TEMPLATE_CACHE), site_url)
    generated = {path: text.encode("utf-8") for path, text in pages.items()}
    files.update(generated)  # no clash: load_sources checked every path (page_clashes.py)
    files.update(build_search_index(search_entries(site)))
    files.update(calendar_files(site, site_url))
    files.update(report_files(site, site_url))
    files.update(feed_file(site, root, site_url, histories))
    files.update(word_files(site, today))  # the department's dispatches as Word files, beside their pages
    files.update(_attachments(root, site))
    if editor:
        files.update(editor_files(editor, site_url, attachment_limit(root)[0]))
        files.update(import_files(root, import_page(editor)))
    return site, files


def site_url_from_environment() -> str:
    """SITE_URL, as MkDocs reads it, always ending in a slash; a malformed one stops the run."""
    url = os.environ.get("SITE_URL") or DEFAULT_SITE_URL
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment or " " in url:
        raise RunFailed(f"SITE_URL={url} không phải địa chỉ trang: viết đủ, ví dụ "
                        "SITE_URL=https://congthuong.haiduong.gov.vn/chien-dich/; chưa thay đổi gì.")
    return url if url.endswith("/") else url + "/"


def write_changed(target: Path, files: dict[str, Content]) -> int:
    """Write the `files` whose bytes differ from what `target` holds; return how many."""
    written = 0
    for relative, content in files.items():
        path = target / relative
        if isinstance(content, Copy):
            with content.open() as source:
                written += _copy_changed(source, path)
            continue
        if path.is_file() and path.read_bytes() == content:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(content)
        temporary.replace(path)
        written += 1
    return written


def _same_bytes(source: BinaryIO, path: Path) -> bool:
    """Whether the file at `path` holds what `source` does, compared piece by piece."""
    if not path.is_file() or path.stat().st_size != os.fstat(source.fileno()).st_size:
        return False
    with path.open("rb") as existing:
        while True:
            piece = source.read(_COPY_BYTES)
            if piece != existing.read(_COPY_BYTES):
                return False
            if not piece:
                return True


def _copy_changed(source: BinaryIO, path: Path) -> int:
    """Copy `source` to `path` in pieces unless it holds the same bytes; 1 when written."""
    if _same_bytes(source, path):
        return 0
    source.seek(0)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("wb") as copy:
        shutil.copyfileobj(source, copy, _COPY_BYTES)
    temporary.replace(path)
    return 1


def sync_tree(target: Path, files: dict[str, Content]) -> int:
    """Make `target` hold exactly `files`; return how many files were written."""
    written = write_changed(target, files)
    if target.exists():
        for path in sorted(target.rglob("*"), reverse=True):
            relative = path.relative_to(target).as_posix()
            if path.is_file() and relative not in files:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return written


def generate(root: Path, today: dt.date, reuse: Reuse | None = None, editor: CmsBackend | None = None) -> Site:
    """Write the assembled docs folder to build/docs; raise ProblemsFound on bad input."""
    site, files = assemble(root, today, reuse, editor)
    sync_tree(root / STAGING_DOCS, files)
    return site


def generate_campaign_pages(root: Path, today: dt.date, slugs: set[str], reuse: Reuse) -> int:
    """Validate the whole project, then write only the pages of `slugs`; return how many changed.

    `serve` calls this first after an editor saves a campaign, so the page being
    edited updates in about a second; the lists that name it follow with the
    whole regeneration.
    """
    site = _site(root, today, reuse)
    pages = campaign_pages(site, slugs, reuse.environment)
    return write_changed(root / STAGING_DOCS, {path: text.encode("utf-8") for path, text in pages.items()})


def mkdocs_environment(docs_dir: Path | None = None) -> dict[str, str]:
    """The environment MkDocs runs in: quiet banner, our package importable,
    and the docs folder to read (mkdocs.yml's default is build/docs)."""
    environment = dict(os.environ)
    environment["NO_MKDOCS_2_WARNING"] = "1"
    scripts = str(Path(__file__).resolve().parents[2])  # scripts/, which holds sitegen
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [scripts, environment.get("PYTHONPATH")]))
    if docs_dir:
        environment["SITEGEN_DOCS_DIR"] = str(docs_dir)
    else:
        environment.pop("SITEGEN_DOCS_DIR", None)
    return environment


class BuildFailed(Exception):
    """MkDocs refused the generated site; its own messages were already printed."""


def build(root: Path, today: dt.date, site_dir: Path | None = None) -> Site:
    """Validate, generate and build into `site_dir` (default site/), atomically.

    One build at a time per project (a second waits for the lock), and each
    works in a folder of its own under build/runs/, so nothing another run
    writes can reach the site; site/ is swapped in only once complete, with
    SHA256SUMS taken from this build alone.
    """
    with project_lock(root):
        site, fresh = build_into_run_folder(root, today)
        site_dir = (root / (site_dir or SITE_DIR)).resolve()
        old = fresh.parent / "site.old"
        if site_dir.exists():
            site_dir.rename(old)
        fresh.rename(site_dir)
        shutil.rmtree(fresh.parent, ignore_errors=True)
    return site


def build_into_run_folder(root: Path, today: dt.date) -> tuple[Site, Path]:
    """Build into a fresh build/runs/<name>/site; the caller holds the lock and
    moves the result away. What killed runs left under build/runs/ goes first."""
    runs = root / RUNS_DIR
    shutil.rmtree(runs, ignore_errors=True)
    runs.mkdir(parents=True)
    run = Path(tempfile.mkdtemp(dir=runs))
    try:
        site, files = assemble(root, today)
        write_changed(run / "docs", files)
        fresh = run / "site"
        _mkdocs_build(root, run / "docs", fresh, _hand_written_pages(files))
        write_checksums(fresh)
    except BaseException:
        shutil.rmtree(run, ignore_errors=True)  # a full disk must not stay full of a half build
        raise
    return site, fresh


def _mkdocs_build(root: Path, docs: Path, site: Path, pages: dict[str, Path]) -> None:
    # Not --quiet: MkDocs then stops counting warnings and --strict lets them pass.
    command = [sys.executable, "-m", "mkdocs", "build", "--strict",
               "--config-file", str(root / "mkdocs.yml"), "--site-dir", str(site)]
    # One stream, so that MkDocs' closing "Aborted…" (on stdout) follows the warnings it counts (on stderr).
    result = subprocess.run(command, cwd=root, env=mkdocs_environment(docs), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, errors="replace")
    for line in mkdocs_messages(result.stdout, pages, root / "mkdocs.yml"):
        print(escaped(line), file=sys.stderr)  # MkDocs quotes page text, which editors wrote
    if result.returncode != 0:
        raise BuildFailed()
