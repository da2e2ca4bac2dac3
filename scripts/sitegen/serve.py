"""Live preview: regenerate build/docs when an editor's file changes, while
`mkdocs serve` (which watches build/docs) reloads the browser."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from .build import generate, mkdocs_environment
from .problems import ProblemsFound, report

WATCHED = ("campaigns", "docs", "scripts/sitegen/templates")
POLL_SECONDS = 0.5


def _snapshot(root: Path) -> dict[Path, float]:
    stamps = {}
    for folder in WATCHED:
        for path in (root / folder).rglob("*"):
            if path.is_file():
                stamps[path] = path.stat().st_mtime_ns
    return stamps


def _regenerate(root: Path, today: Callable) -> None:
    try:
        generate(root, today())
        print("Đã cập nhật trang.", file=sys.stderr)
    except ProblemsFound as found:
        report(found.problems)


def _watch(root: Path, today: Callable, stop: threading.Event) -> None:
    last = _snapshot(root)
    while not stop.wait(POLL_SECONDS):
        current = _snapshot(root)
        if current != last:
            last = current
            _regenerate(root, today)


def serve(root: Path, today: Callable, address: str) -> int:
    """Generate once (refusing to start on bad input), then serve and watch."""
    generate(root, today())
    stop = threading.Event()
    watcher = threading.Thread(target=_watch, args=(root, today, stop), daemon=True)
    watcher.start()
    # --dirty: rebuild only the pages whose Markdown changed; generate() rewrites
    # only files whose bytes changed, so one edited campaign rebuilds a few pages.
    # MkDocs warns about every dirty build, so the preview is not strict;
    # `make build` and CI stay strict.
    command = [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty", "--no-strict",
               "--dev-addr", address, "--config-file", str(root / "mkdocs.yml")]
    try:
        return subprocess.run(command, cwd=root, env=mkdocs_environment()).returncode
    except KeyboardInterrupt:
        return 0
    finally:
        stop.set()
