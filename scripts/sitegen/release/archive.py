"""Reproducible release archives and the list of sums that travels with them.

`make dist` packs a built site into dist/<name>-<date>-<commit>.tar.gz: sorted
entries, fixed times and owners, so the same commit and SOURCE_DATE_EPOCH give
the same bytes; dist/SHA256SUMS lists the archives' sums, and each site
carries its own SHA256SUMS of every file, taken from its own build.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import re
import subprocess
import tarfile
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..control_chars import escaped
from ..failures import RunFailed

DIST_NAME = "chien-dich"
SUMS = "SHA256SUMS"
# What a build reads: a change to any of these makes a different site.
SITE_INPUTS = ("campaigns", "docs", "mkdocs.yml", "scripts")
# sha256sum's own line; it also reads BSD lines and "*path", which name files differently.
_SUMS_LINE = re.compile(r"(?P<digest>[0-9a-f]{64})  (?P<path>.+)")


def sha256_of(path: Path) -> str:
    """A file's SHA-256, read in pieces: a site holds attachments of up to tens of MB, an archive all of them."""
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def write_checksums(site: Path) -> None:
    """site/SHA256SUMS: every file's hash, in sha256sum's format, for checking an upload."""
    lines = [f"{sha256_of(path)}  {path.relative_to(site).as_posix()}"
             for path in sorted(site.rglob("*")) if path.is_file() and path.name != SUMS]
    (site / SUMS).write_text("\n".join(lines) + "\n", encoding="utf-8")


def normalised_path(path: str) -> str | None:
    """`path` as a file of the folder names it ("./a//b" is "a/b"); None for
    an absolute path, one that climbs out (..), or no path at all."""
    if path.startswith("/"):
        return None
    parts = [part for part in path.split("/") if part not in ("", ".")]
    return "/".join(parts) if parts and ".." not in parts else None


def read_sums(text: str) -> tuple[dict[str, str], list[str]]:
    """A SHA256SUMS file as {normalised path: sum}, with what is wrong in it: a line
    not in sha256sum's form, a path outside the folder, a file named twice. Set,
    not count: "./index.html" and "index.html" are one file, and a second line
    for it would let an unlisted file pass a count. release.sh's same_set agrees."""
    sums: dict[str, str] = {}
    problems = []
    lines = text.split("\n")  # not splitlines(): a name may hold \x1c or \u2028, which it splits at
    if lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        found = _SUMS_LINE.fullmatch(line)
        path = normalised_path(found["path"]) if found else None
        if path is None:
            problems.append(f"{SUMS} dòng {number}: không đúng dạng “mã-băm  đường/dẫn” trong thư mục")
        elif path in sums:
            problems.append(f"{path}: ghi hai lần trong {SUMS}")
        else:
            sums[path] = found["digest"]
    return sums, problems


def commit_id(root: Path) -> str:
    """HEAD's short id, marked when the site's inputs differ from it: a release
    built from uncommitted edits must not pass for that commit."""
    try:
        head = _git(root, "rev-parse", "--short=12", "HEAD").strip()
        edited = _git(root, "status", "--porcelain", "--", *SITE_INPUTS).strip()
    except (OSError, subprocess.CalledProcessError):
        return "khong-git"
    return f"{head}-chua-commit" if edited else head


def _git(root: Path, *arguments: str) -> str:
    return subprocess.run(["git", "-C", str(root), *arguments], capture_output=True, text=True, check=True).stdout


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
    _write_atomically(target, compressed.getvalue())
    sums = [f"{sha256_of(p)}  {p.name}" for p in sorted(dist.glob("*.tar.gz"))]
    _write_atomically(dist / SUMS, ("\n".join(sums) + "\n").encode("utf-8"))
    return target


def _write_atomically(path: Path, content: bytes) -> None:
    """Readers see the old file or the new one, never half of it."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_bytes(content)
        temporary.replace(path)
    except OSError as error:  # a write that fails (a full disk) does not say which file
        raise OSError(error.errno, error.strerror, str(path)) from None
    finally:
        temporary.unlink(missing_ok=True)


def verify_archive(archive: Path) -> None:
    """Check `archive` against the SHA256SUMS beside it (as `make dist` and CI write them)."""
    if not archive.is_file():
        raise RunFailed(f"Không có tệp {archive}: kiểm tra lại ARCHIVE; chưa đăng gì.")
    sums = archive.with_name(SUMS)
    if not sums.is_file():
        raise RunFailed(f"Thiếu {sums} bên cạnh {archive.name}: tải cả hai tệp của bản phát hành; chưa đăng gì.")
    listed, problems = read_sums(sums.read_text(encoding="utf-8"))
    if problems:
        raise RunFailed(f"{sums} không đọc được ({problems[0]}); chưa đăng gì.")
    if archive.name not in listed:
        raise RunFailed(f"{sums} không có dòng cho {archive.name}; chưa đăng gì.")
    digest = sha256_of(archive)
    if digest != listed[archive.name]:
        raise RunFailed(f"{archive.name} không khớp mã băm trong {sums} (tệp hỏng hoặc bị sửa); chưa đăng gì.")


@contextmanager
def unpacked(archive: Path) -> Iterator[Path]:
    """The site inside `archive`, unpacked into a temporary folder for the block."""
    with tempfile.TemporaryDirectory() as scratch:
        try:
            with tarfile.open(archive) as tar:
                _refuse_links(archive, tar.getmembers())
                tar.extractall(scratch, filter="data")
        except (tarfile.TarError, EOFError, OSError, zlib.error):
            raise RunFailed(f"{archive.name} không phải gói .tar.gz đọc được (tệp hỏng hoặc sai loại); chưa đăng gì.") from None
        folders = [path for path in Path(scratch).iterdir() if path.is_dir()]
        if len(folders) != 1:
            raise RunFailed(f"{archive.name} không phải gói của make dist (cần đúng một thư mục gốc); chưa đăng gì.")
        yield folders[0]


def _refuse_links(archive: Path, members: list[tarfile.TarInfo]) -> None:
    """make dist packs folders and regular files only: a link of any kind (a hard
    link shares its bytes with a file that may change after the check) is refused."""
    for member in members:
        if not (member.isfile() or member.isdir()):
            kind = "liên kết cứng (hard link)" if member.islnk() else "liên kết tượng trưng" if member.issym() else "tệp đặc biệt"
            raise RunFailed(f"{archive.name} có {kind} {escaped(member.name)}, không phải gói của make dist; chưa đăng gì.")
