"""One run at a time: builds, packing and publishing of a project take its lock.

The lock is an advisory `flock` on a file under build/: the kernel releases it
when the holder exits, however it exits, so a killed run never leaves a stale
lock behind. A second run waits a bounded time, then stops with a clear message.
"""

from __future__ import annotations

import fcntl
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .failures import RunFailed

LOCK_FILE = Path("build/.lock")
# A build of 10,000 campaigns takes a few minutes: wait longer than that.
WAIT_SECONDS = 15 * 60

_held: set[Path] = set()


@contextmanager
def project_lock(root: Path, wait_seconds: float | None = None) -> Iterator[None]:
    """Hold the project's lock for the block (waiting at most `wait_seconds`,
    WAIT_SECONDS by default); nested use in one process is free."""
    path = (root / LOCK_FILE).resolve()
    if path in _held:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        _acquire(handle, WAIT_SECONDS if wait_seconds is None else wait_seconds)
        _held.add(path)
        try:
            yield
        finally:
            _held.discard(path)
            fcntl.flock(handle, fcntl.LOCK_UN)


def _acquire(handle, wait_seconds: float) -> None:
    deadline = time.monotonic() + wait_seconds
    told = False
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise RunFailed(f"Một lần dựng hoặc đăng khác của thư mục này vẫn chạy sau {wait_seconds:g} giây chờ; "
                                "không có gì bị thay đổi, chạy lại lệnh khi lần kia xong.") from None
            if not told:
                print("Đang chờ một lần dựng hoặc đăng khác của thư mục này xong…", file=sys.stderr)
                told = True
            time.sleep(0.2)
