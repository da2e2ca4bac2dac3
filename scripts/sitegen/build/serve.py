"""Live preview: regenerate build/docs when an editor's file changes, while
`mkdocs serve` (which watches build/docs) reloads the browser.

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
from pathlib import Path

from .cms_server import local_cms_server
from .pipeline import Reuse, generate, generate_campaign_pages, mkdocs_environment
from ..render.cms_backend import CmsBackend
from ..failures import RunFailed
from ..load.sources import CAMPAIGNS_DIR
from ..problems import ProblemsFound, report, report_warnings

WATCHED = ("campaigns", "docs", "scripts/sitegen/render/templates")
POLL_SECONDS = 0.25


def _snapshot(root: Path) -> dict[Path, tuple[int, int, int]]:
    stamps = {}
    for folder in WATCHED:
        for path in (root / folder).rglob("*"):
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


def _regenerate(root: Path, today: Callable, changed: set[Path], reuse: Reuse, editor: CmsBackend) -> None:
    try:
        slugs = edited_campaigns(root, changed)
        if slugs:
            generate_campaign_pages(root, today(), slugs, reuse)
        report_warnings(generate(root, today(), reuse, editor).warnings)
        print("Đã cập nhật trang.", file=sys.stderr)
    except ProblemsFound as found:
        report(found.problems)
    except Exception:  # a bug, not an editor's mistake: show it, and keep the preview watching
        traceback.print_exc()


def _watch(root: Path, today: Callable, reuse: Reuse, editor: CmsBackend, stop: threading.Event) -> None:
    last = _snapshot(root)
    while not stop.wait(POLL_SECONDS):
        current = _snapshot(root)
        if current != last:
            changed = {path for path in current.keys() | last.keys() if current.get(path) != last.get(path)}
            last = current
            _regenerate(root, today, changed, reuse, editor)


def _check_free(address: str) -> None:
    """Stop with one line when the port is taken (often a preview still running),
    instead of MkDocs' traceback."""
    host, _, port = address.rpartition(":")
    if not port.isdigit():
        raise RunFailed(f"Địa chỉ xem trước “{address}” không đúng dạng máy:cổng, ví dụ 127.0.0.1:8000.")
    with socket.socket() as probe:
        try:
            probe.bind((host or "127.0.0.1", int(port)))
        except OSError:
            raise RunFailed(f"Cổng {port} đang bận, có thể một “make serve” khác còn chạy: dừng nó (Ctrl+C), "
                            f"hoặc xem trước ở cổng khác: make serve ADDRESS=127.0.0.1:{int(port) + 1}") from None


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # SIGTERM stops the preview as Ctrl+C does, MkDocs included


def serve(root: Path, today: Callable, address: str) -> int:
    """Start the editor's local server, generate once (refusing to start on bad
    input), then serve and watch; everything stops together."""
    _check_free(address)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        with local_cms_server(root, f"http://{address}/") as editor:
            return _serve(root, today, address, editor)
    except KeyboardInterrupt:
        return 0


def _serve(root: Path, today: Callable, address: str, editor: CmsBackend) -> int:
    reuse = Reuse()
    report_warnings(generate(root, today(), reuse, editor).warnings)
    print(f"Trình biên tập: http://{address}/bien-tap/ (lưu thẳng vào các tệp của thư mục này)", file=sys.stderr)
    stop = threading.Event()
    watcher = threading.Thread(target=_watch, args=(root, today, reuse, editor, stop), daemon=True)
    watcher.start()
    # --dirty: rebuild only the pages whose Markdown changed; generate() rewrites
    # only files whose bytes changed, so one edited campaign rebuilds a few pages.
    # MkDocs warns about every dirty build, so the preview is not strict;
    # `make build` and CI stay strict.
    command = [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty", "--no-strict",
               "--dev-addr", address, "--config-file", str(root / "mkdocs.yml")]
    mkdocs = subprocess.Popen(command, cwd=root, env=mkdocs_environment())
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
