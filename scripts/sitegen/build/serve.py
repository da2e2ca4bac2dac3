"""Live preview: regenerate build/docs when an editor's file changes, while
`mkdocs serve` (which watches build/docs) reloads the browser, behind our
preview server (preview_server.py), which also takes the form's saves.

After a save, unchanged files are not parsed again (`Reuse`), and when only
campaign files changed their own pages are written first, so the page the
editor is looking at updates before the lists, search and calendars follow.
"""

from __future__ import annotations

import signal
import socket
import stat
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable
from typing import IO
from pathlib import Path

from .editor_api import EditablePaths, Workspace
from .mkdocs_messages import ServeMessages
from .pipeline import (
    STAGING_DOCS,
    Reuse,
    assemble,
    generate,
    generate_campaign_pages,
    hand_written_pages,
    mkdocs_environment,
    sync_tree,
)
from .preview_server import EDITOR_API_PATH, PreviewServer, loopback_address
from ..render.cms_backend import CmsBackend, local_backend
from ..render.editor_files import EDITOR_DIR, editor_csp
from ..load.sources import CAMPAIGNS_DIR
from ..control_chars import escaped
from ..problems import ProblemsFound, report, report_warnings

WATCHED = ("campaigns", "docs", "scripts/sitegen/render/templates")
POLL_SECONDS = 0.25


def _snapshot(root: Path) -> dict[Path, tuple[int, int, int]]:
    stamps = {}
    for folder in WATCHED:
        for path in (root / folder).rglob("*"):
            if path.name.startswith("."):
                continue  # an editor's or the form's temporary file (.bien-tap-….tmp), renamed in a moment
            try:
                status = path.stat()
            except FileNotFoundError:  # an editor's temporary file, already renamed
                continue
            if stat.S_ISREG(status.st_mode):
                stamps[path] = (status.st_mtime_ns, status.st_size, status.st_ino)
    return stamps


def edited_campaigns(root: Path, changed: set[Path]) -> set[str]:
    """The slugs of the campaigns whose files changed, when nothing else did (else empty)."""
    campaigns = root / CAMPAIGNS_DIR
    if all(path.parent == campaigns and path.suffix == ".yml" and path.is_file() for path in changed):
        return {path.stem for path in changed}
    return set()


class MkDocsActivity:
    """Whether `mkdocs serve` is rebuilding, as its own lines say (_relay).

    MkDocs decides which pages of a dirty build to read, then which to write, each time by
    comparing the files' times: a page rewritten between the two is written unread, and
    the build fails (Material's search plugin reads its content, None). So the preview's
    second write waits until MkDocs is done with the first.
    """

    NOTICE_SECONDS = 2  # how long MkDocs may take to notice a write (its own delay and poll)
    BUILD_SECONDS = 60  # how long a rebuild may take before writing anyway

    def __init__(self) -> None:
        self.idle = threading.Event()
        self.idle.set()
        self.started = threading.Event()

    def heard(self, line: str) -> None:
        if "Detected file changes" in line or "Building documentation" in line:
            self.idle.clear()
            self.started.set()
        elif "Reloading browsers" in line or "An error happened during the rebuild" in line or "Serving on" in line:
            self.idle.set()

    def settle(self) -> None:
        """Wait for MkDocs to notice the last write, then to finish the build it started (bounded)."""
        self.started.wait(self.NOTICE_SECONDS)
        self.idle.wait(self.BUILD_SECONDS)
        self.started.clear()


def _regenerate(root: Path, today: Callable, changed: set[Path], reuse: Reuse, editor: CmsBackend,
                settle: Callable[[], None] = lambda: None) -> list[str]:
    """Regenerate after a change; return what was refused (printed here too), for the pages' banner: [] when all went well.

    An edited campaign's own pages are written first, the rest once `settle` says MkDocs is done with them."""
    try:
        slugs = edited_campaigns(root, changed)
        if slugs and generate_campaign_pages(root, today(), slugs, reuse):
            site, files = assemble(root, today(), reuse, editor)
            settle()
            sync_tree(root / STAGING_DOCS, files)
        else:
            site = generate(root, today(), reuse, editor)
        report_warnings(site.warnings)
        print("Đã cập nhật trang.", file=sys.stderr)
        return []
    except ProblemsFound as found:
        report(found.problems)
        return [escaped(str(problem)) for problem in found.problems]
    except Exception as error:  # a bug, not an editor's mistake: show it, and keep the preview watching
        traceback.print_exc()
        return [f"Lỗi của chương trình khi dựng bản xem trước ({type(error).__name__}: {error}); "
                "xem cửa sổ chạy make serve và báo cho người phát triển."]


def _watch(root: Path, today: Callable, reuse: Reuse, editor: CmsBackend, front: PreviewServer,
           activity: MkDocsActivity, stop: threading.Event) -> None:
    last = _snapshot(root)
    while not stop.wait(POLL_SECONDS):
        try:
            current = _snapshot(root)
        except OSError:  # a folder removed while it was being listed: look again at the next tick
            continue
        if current != last:
            changed = {path for path in current.keys() | last.keys() if current.get(path) != last.get(path)}
            last = current
            front.problems = _regenerate(root, today, changed, reuse, editor, activity.settle)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # SIGTERM stops the preview as Ctrl+C does, MkDocs included


def _relay(output: IO[str], messages: ServeMessages, address: str, activity: MkDocsActivity) -> None:
    """MkDocs' lines, as the editor reads them (Vietnamese, no traceback), as they come."""
    for line in output:
        activity.heard(line)
        if "Serving on http://" in line:
            print(f"Bản xem trước: http://{address}/ (dừng bằng Ctrl+C)", file=sys.stderr)
        for said in messages.said(line):
            print(escaped(said), file=sys.stderr)


def _free_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(root: Path, today: Callable, address: str) -> int:
    """Open the preview server, generate once (refusing to start on bad input),
    then serve and watch; everything stops together."""
    name, port = loopback_address(address)
    editor = local_backend(f"http://{name}:{port}{EDITOR_API_PATH}", f"http://{name}:{port}/")
    front = PreviewServer(address, Workspace(root, EditablePaths.of_form()), editor_csp(editor), f"/{EDITOR_DIR}/")
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        with front:
            front.start()
            return _serve(root, today, address, editor, front)
    except KeyboardInterrupt:
        return 0
    finally:
        front.shutdown()


def _serve(root: Path, today: Callable, address: str, editor: CmsBackend, front: PreviewServer) -> int:
    reuse = Reuse()
    report_warnings(generate(root, today(), reuse, editor).warnings)
    print(f"Trình biên tập: http://{address}/bien-tap/ (lưu thẳng vào các tệp của thư mục này)", file=sys.stderr)
    stop = threading.Event()
    activity = MkDocsActivity()
    watcher = threading.Thread(target=_watch, args=(root, today, reuse, editor, front, activity, stop), daemon=True)
    watcher.start()
    # --dirty: rebuild only the pages whose Markdown changed; generate() rewrites
    # only files whose bytes changed, so one edited campaign rebuilds a few pages.
    # MkDocs warns about every dirty build, so the preview is not strict;
    # `make build` and CI stay strict. It listens on a loopback port of its own,
    # behind the preview server, which is what the browser talks to.
    front.upstream = _free_loopback_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty", "--no-strict",
               "--dev-addr", f"127.0.0.1:{front.upstream}", "--config-file", str(root / "mkdocs.yml")]
    mkdocs = subprocess.Popen(command, cwd=root, env=mkdocs_environment(), stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, errors="replace")
    messages = ServeMessages(lambda: hand_written_pages(root), root / "mkdocs.yml")
    threading.Thread(target=_relay, args=(mkdocs.stdout, messages, address, activity), daemon=True).start()
    try:
        return mkdocs.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        stop.set()
        if mkdocs.poll() is None:
            mkdocs.terminate()
            try:
                mkdocs.wait(timeout=10)
            except subprocess.TimeoutExpired:
                mkdocs.kill()
