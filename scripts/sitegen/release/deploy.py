"""Publishing a release archive to DEST and rolling back, with a switch that can be undone.

release.sh does the work inside DEST, locally or on the web server over ssh
(DEST is a folder or user@host:/path): it unpacks the archive it reads on its
standard input into releases/<release>.tmp, verifies it against its
SHA256SUMS, and only then switches DEST/current atomically; `rollback`
verifies the previous release the same way before switching back.
"""

from __future__ import annotations

import datetime as dt
import re
import shlex
import subprocess
import sys
from pathlib import Path

from ..control_chars import SHOWN_ESCAPED, escaped, escaped_lines
from ..failures import RunFailed

RELEASE_SCRIPT = Path(__file__).with_name("release.sh")
_REMOTE = re.compile(r"^(?P<host>[^/:]+@[^/:]+|[^/:]+):(?P<path>/.*)$")


# How long a publish or rollback waits for another one on the same DEST.
DEST_LOCK_WAIT_SECONDS = 120
MIN_KEEP = 2
# Each release is a whole site; release.sh refuses more digits than this has.
MAX_KEEP = 999
# How release.sh's line begins when it waits for DEST's lock; shown as it comes.
WAITING = "Đang chờ"


def is_remote(dest: str) -> bool:
    """DEST is user@host:/path (published over ssh) rather than a folder here."""
    return bool(_REMOTE.match(dest))


def remote_mistake(dest: str) -> str | None:
    """Why DEST cannot name a server, or None. A host that starts with a dash
    would reach ssh as an option (-oProxyCommand=… runs a command here)."""
    remote = _REMOTE.match(dest)
    if remote and remote["host"].startswith("-"):
        return (f"DEST={escaped(dest)}: tên máy chủ không được bắt đầu bằng dấu “-”; viết dạng người-dùng@máy-chủ:/thư-mục, "
                "ví dụ quantri@may-chu:/var/www/chien-dich; chưa thay đổi gì.")
    return None


def _script_command(dest: str, arguments: list[str], *, create: bool) -> list[str]:
    """The command that runs release.sh inside DEST, here or over ssh."""
    script = RELEASE_SCRIPT.read_text(encoding="utf-8")
    remote = _REMOTE.match(dest)
    if not remote:
        return ["sh", "-c", script, "release.sh", *arguments]
    path = shlex.quote(remote["path"])
    run = " ".join(shlex.quote(part) for part in ["sh", "-c", script, "release.sh", *arguments])
    return ["ssh", "--", remote["host"], f"{'mkdir -p -- ' + path + ' && ' if create else ''}cd {path} && {run}"]


def _run_release_script(dest: str, arguments: list[str], stdin, *, create: bool) -> str:
    """Run release.sh; return what it printed, or raise RunFailed with its own message."""
    cwd = None
    if (mistake := remote_mistake(dest)) is not None:
        raise RunFailed(mistake)
    if not is_remote(dest):
        folder = Path(dest)
        if create:
            folder.mkdir(parents=True, exist_ok=True)
        elif not folder.is_dir():
            raise RunFailed(f"Không có thư mục {dest}: kiểm tra lại DEST; chưa thay đổi gì.")
        cwd = folder
    with subprocess.Popen(_script_command(dest, arguments, create=create), stdin=stdin, cwd=cwd,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        said = []
        for line in process.stderr:
            if line.startswith(WAITING):
                print(escaped_lines(line.rstrip("\n")), file=sys.stderr)  # at once: the wait can be long
            else:
                said.append(line)
        printed = process.stdout.read()
    if process.returncode != 0:
        message = escaped_lines("".join(said).strip())
        if is_remote(dest) and process.returncode == 255:
            raise RunFailed(f"Không kết nối được tới máy chủ qua ssh ({message or 'mã lỗi 255'}); chưa thay đổi gì.")
        raise RunFailed(message or _silent_failure(dest, process.returncode))
    return escaped_lines(printed.strip())


def _silent_failure(dest: str, code: int) -> str:
    """What to say when release.sh stopped without a word (it says why on every path it knows)."""
    return (f"Lệnh đăng trên {escaped(dest)} dừng giữa chừng (mã lỗi {code}) mà không báo lý do: kiểm tra người chạy lệnh "
            "có quyền ghi vào thư mục đó, ổ đĩa không chỉ đọc và còn chỗ trống, rồi chạy lại.")


def check_keep(keep: int, typed: str = "") -> None:
    """KEEP between MIN_KEEP and MAX_KEEP; `typed` is how the webmaster wrote it, for the message."""
    if keep < MIN_KEEP:
        raise RunFailed(f"KEEP={typed or keep} quá ít: cần giữ ít nhất {MIN_KEEP} bản (bản đang chạy và một bản để quay lại); "
                        "chưa thay đổi gì.")
    if keep > MAX_KEEP:
        raise RunFailed(f"KEEP={typed or keep} quá lớn: giữ tối đa {MAX_KEEP} bản (mỗi bản là cả trang), ví dụ KEEP=5; "
                        "chưa thay đổi gì.")


def release_name(archive: Path, now: dt.datetime) -> str:
    """The release's folder name: the archive's, with the publishing time. Each is one
    line of DEST/.history, so a name with a line break or another control is refused."""
    stem = archive.name.removesuffix(".tar.gz")
    if SHOWN_ESCAPED.search(stem):
        raise RunFailed(f"Tên gói “{escaped(archive.name)}” có ký tự điều khiển (xuống dòng, tab…): đổi tên tệp, "
                        "ví dụ chien-dich-20261126-abc.tar.gz; chưa đăng gì.")
    return f"{stem}-{now:%Y%m%dT%H%M%S}"


def publish(archive: Path, dest: str, keep: int = 5, now: dt.datetime | None = None,
            lock_wait: float = DEST_LOCK_WAIT_SECONDS) -> str:
    """Upload `archive` as a new release under DEST and make it current; return the release's name.

    The archive goes to release.sh on its standard input (here, or through
    ssh), which unpacks it into releases/<name>.tmp, verifies every file
    against the release's SHA256SUMS and only then switches `current`; all of
    it under DEST's lock. The release's name adds the publishing time to the
    archive's, so publishing the same build twice never touches the live folder.
    """
    check_keep(keep)
    name = release_name(archive, now or dt.datetime.now(dt.timezone.utc))
    with archive.open("rb") as stdin:
        said = _run_release_script(dest, ["activate", name, str(keep), f"{lock_wait:g}"], stdin, create=True)
    print(said)
    return name


def rollback(dest: str, lock_wait: float = DEST_LOCK_WAIT_SECONDS) -> None:
    """Make the previously active release current again, once its files check out."""
    print(_run_release_script(dest, ["rollback", f"{lock_wait:g}"], subprocess.DEVNULL, create=False))
