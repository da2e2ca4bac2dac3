"""Reproducible release archives, and publishing them with a switch that can be undone.

`dist` packs site/ into dist/<name>-<date>-<commit>.tar.gz: sorted entries,
fixed times and owners, so the same commit and SOURCE_DATE_EPOCH give the
same bytes. `publish` unpacks it into DEST/releases/<release>.tmp, checks it
against its SHA256SUMS, and release.sh switches DEST/current atomically;
`rollback` switches back. DEST is a local folder or user@host:/path (rsync and
ssh).
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from .problems import Problem, ProblemsFound

DIST_NAME = "chien-dich"
SUMS = "SHA256SUMS"
RELEASE_SCRIPT = Path(__file__).with_name("release.sh")
_REMOTE = re.compile(r"^(?P<host>[^/:]+@[^/:]+|[^/:]+):(?P<path>/.*)$")


def write_checksums(site: Path) -> None:
    """site/SHA256SUMS: every file's hash, in sha256sum's format, for checking an upload."""
    lines = [f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(site).as_posix()}"
             for path in sorted(site.rglob("*")) if path.is_file() and path.name != SUMS]
    (site / SUMS).write_text("\n".join(lines) + "\n", encoding="utf-8")


def commit_id(root: Path) -> str:
    try:
        return subprocess.run(["git", "-C", str(root), "rev-parse", "--short=12", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "khong-git"


def release_name(root: Path, today: dt.date) -> str:
    return f"{DIST_NAME}-{today:%Y%m%d}-{commit_id(root)}"


def _tar_bytes(site: Path, prefix: str, mtime: int) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for path in [site, *sorted(site.rglob("*"))]:
            info = archive.gettarinfo(str(path), arcname=f"{prefix}/{path.relative_to(site).as_posix()}".rstrip("/."))
            info.mtime, info.uid, info.gid, info.uname, info.gname = mtime, 0, 0, "", ""
            info.mode = 0o755 if path.is_dir() else 0o644
            if path.is_file():
                with path.open("rb") as handle:
                    archive.addfile(info, handle)
            else:
                archive.addfile(info)
    return buffer.getvalue()


def make_dist(root: Path, site: Path, today: dt.date) -> Path:
    """dist/<name>.tar.gz and dist/SHA256SUMS; the same inputs give the same bytes."""
    name = release_name(root, today)
    mtime = int(dt.datetime.combine(today, dt.time(0, 0), tzinfo=dt.timezone.utc).timestamp())
    dist = root / "dist"
    dist.mkdir(exist_ok=True)
    target = dist / f"{name}.tar.gz"
    compressed = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=compressed, mtime=0) as stream:
        stream.write(_tar_bytes(site, name, mtime))
    target.write_bytes(compressed.getvalue())
    sums = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}" for p in sorted(dist.glob("*.tar.gz"))]
    (dist / SUMS).write_text("\n".join(sums) + "\n", encoding="utf-8")
    return target


def _run(command: list[str], **options) -> None:
    result = subprocess.run(command, **options)
    if result.returncode != 0:
        raise ProblemsFound([Problem("make publish", 1, 1, f"Lệnh thất bại: {' '.join(command[:3])}…",
                                     "xem thông báo ở trên; bản đang chạy trên máy chủ giữ nguyên")])


def _release_script(dest: str, *arguments: str) -> None:
    script = RELEASE_SCRIPT.read_bytes()
    remote = _REMOTE.match(dest)
    if remote:
        _run(["ssh", remote["host"], f"cd '{remote['path']}' && sh -s -- {' '.join(arguments)}"], input=script)
    else:
        _run(["sh", "-s", "--", *arguments], input=script, cwd=dest)


def publish(archive: Path, dest: str, keep: int = 5, now: dt.datetime | None = None) -> str:
    """Upload `archive` as a new release under DEST and make it current; return the release's name.

    The release folder adds the publishing time to the archive's name, so
    publishing the same build twice never touches the live folder.
    """
    stem = archive.name.removesuffix(".tar.gz")
    name = f"{stem}-{(now or dt.datetime.now(dt.timezone.utc)):%Y%m%dT%H%M%S}"
    with tempfile.TemporaryDirectory() as scratch:
        with tarfile.open(archive) as tar:
            tar.extractall(scratch, filter="data")
        unpacked = Path(scratch) / stem
        remote = _REMOTE.match(dest)
        if remote:
            _run(["ssh", remote["host"], f"mkdir -p '{remote['path']}/releases'"])
            _run(["rsync", "-a", "--delete", f"{unpacked}/", f"{dest}/releases/{name}.tmp/"])
        else:
            releases = Path(dest) / "releases"
            releases.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(releases / f"{name}.tmp", ignore_errors=True)
            shutil.copytree(unpacked, releases / f"{name}.tmp")
    _release_script(dest, "activate", name, str(keep))
    return name


def rollback(dest: str) -> None:
    """Make the previously active release current again."""
    _release_script(dest, "rollback")
