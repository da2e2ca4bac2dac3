"""Which files a build may read: regular files inside the repository, reached
without following a symbolic link, each its own file, under a name a web
address can carry.

A symlink in campaigns/ or docs/ could publish any file of the machine that
builds the site (`ln -s /etc/passwd docs/tai-lieu/ghi-chu.txt`), so every one,
to a file or to a folder, is refused with its path; so are FIFOs and devices,
which would hang or leak a build. A hard link does the same without looking
like a link (`ln /etc/passwd docs/tai-lieu/ghi-chu.txt`, on one disk), so a
file with more than one name (st_nlink > 1) is refused too: git never makes
one. Paths that editors write (`file:`) are checked component by component
with lstat, so no link is followed on the way.

Names: "#", "?" and "%" end or change a web address (MkDocs then fails the
build on the link, in English), and \\ " * : < > | cannot be a file name on
Windows, where the clerks' clones live. Spaces and Vietnamese letters work
(links to them are percent-encoded) and stay allowed. Hidden files are never
published, so their names are left alone.
"""

from __future__ import annotations

import errno
import os
import posixpath
import stat
from pathlib import Path
from typing import BinaryIO

from ..control_chars import SHOWN_ESCAPED
from ..model.slugs import slugify
from ..problems import Problem, ProblemsFound

_LINK = ("Đây là liên kết tượng trưng (symlink), không được phép",
         "chép tệp thật vào kho thay cho liên kết: bộ sinh trang chỉ đọc tệp thật nằm trong kho")
_SPECIAL = ("Đây không phải tệp thường", "xóa mục này khỏi thư mục")
_BAD_NAME = ("Tên tệp hoặc thư mục có ký tự điều khiển, hoặc không phải chữ UTF-8",
             "đổi tên, chỉ dùng chữ, số và gạch ngang, ví dụ ke-hoach-tuyen-truyen.pdf")
_HARD_LINK = ("Tệp này là liên kết cứng (hard link): cùng một tệp mang nhiều tên, có thể cả tên ngoài kho",
              "xóa tệp này rồi chép lại tệp thật vào đây: chép, không tạo liên kết")
# Characters a web address cannot carry in a name, then those Windows refuses.
UNSAFE_IN_NAME = "#?%\\\"*:<>|"


def name_problem(name: str) -> tuple[str, str] | None:
    """Why a file or folder called `name` cannot be published under its name
    (message, hint, with a safe name to use); None when it can."""
    unsafe = [character for character in UNSAFE_IN_NAME if character in name]
    if not unsafe or name.startswith("."):
        return None
    stem, dot, suffix = name.rpartition(".")
    safe = f"{slugify(stem) or 'tep'}.{slugify(suffix)}" if dot and stem else slugify(name) or "thu-muc"
    these = "ký tự này" if len(unsafe) == 1 else "các ký tự này"
    return (f"Tên “{name}” có ký tự {', '.join(f'“{character}”' for character in unsafe)}: "
            f"địa chỉ trang web hoặc máy Windows không mang được {these}",
            f"đổi tên, ví dụ thành “{safe}”; tên chỉ nên có chữ, số, dấu cách và gạch ngang")



def regular_files(root: Path, folder: str) -> tuple[list[str], list[Problem]]:
    """Every regular file under `root/folder`, as sorted repository paths, and a
    problem for each symlink or special file met (links are not followed)."""
    files: list[str] = []
    problems: list[Problem] = []
    pending = [folder]
    while pending:
        relative = pending.pop()
        try:
            status = os.lstat(root / relative)
        except FileNotFoundError:
            continue
        if stat.S_ISLNK(status.st_mode):
            problems.append(Problem(relative, 1, 1, *_LINK))
        elif stat.S_ISDIR(status.st_mode):
            for name in os.listdir(root / relative):
                if SHOWN_ESCAPED.search(name):  # could forge a message line, or is not UTF-8
                    problems.append(Problem(f"{relative}/{name}", 1, 1, *_BAD_NAME))
                elif unsafe := name_problem(name):
                    problems.append(Problem(f"{relative}/{name}", 1, 1, *unsafe))
                else:
                    pending.append(f"{relative}/{name}")
        elif stat.S_ISREG(status.st_mode) and status.st_nlink > 1:
            problems.append(Problem(relative, 1, 1, *_HARD_LINK))
        elif stat.S_ISREG(status.st_mode):
            files.append(relative)
        else:
            problems.append(Problem(relative, 1, 1, *_SPECIAL))
    return sorted(files), problems


def is_hidden(relative: str) -> bool:
    """Whether a name on the path starts with a dot: MkDocs never publishes those."""
    return any(part.startswith(".") for part in relative.split("/"))


def repo_file_problem(root: Path, value: str) -> tuple[str, str] | None:
    """Why `value`, a path an editor wrote, is not a regular file of the repository
    reached without a link (message, hint); None when it is one."""
    normal = posixpath.normpath(value.replace("\\", "/"))
    if normal == ".":
        return f"Không tìm thấy tệp “{value}”", "ghi đường dẫn tới một tệp, ví dụ docs/tai-lieu/ke-hoach.pdf"
    if posixpath.isabs(normal) or normal == ".." or normal.startswith("../"):
        return f"Đường dẫn “{value}” trỏ ra ngoài kho", "đặt tệp trong kho, ví dụ docs/tai-lieu/"
    if normal != value:
        return (f"Đường dẫn “{value}” phải viết thẳng từ thư mục gốc của kho",
                f"viết {normal}: dùng dấu “/”, không có “..”, “./” hay “//”")
    if is_hidden(value):
        return f"Đường dẫn “{value}” đi qua tệp hoặc thư mục ẩn, tên bắt đầu bằng dấu chấm", "đặt tệp vào docs/tai-lieu/"
    unsafe = next(filter(None, map(name_problem, value.split("/"))), None)
    if unsafe:
        return unsafe
    current = root
    for part in value.split("/"):
        current = current / part
        try:
            status = os.lstat(current)
        except (FileNotFoundError, NotADirectoryError):
            return f"Không tìm thấy tệp “{value}”", "kiểm tra tên tệp, hoa thường, và thêm tệp vào kho"
        if stat.S_ISLNK(status.st_mode):
            shown = current.relative_to(root).as_posix()
            return f"Đường dẫn “{value}” đi qua liên kết tượng trưng (symlink) “{shown}”", _LINK[1]
    if not stat.S_ISREG(status.st_mode):
        return f"“{value}” không phải một tệp", "ghi đường dẫn tới một tệp, ví dụ docs/tai-lieu/ke-hoach.pdf"
    if status.st_nlink > 1:
        return f"Tệp “{value}” là liên kết cứng (hard link): cùng một tệp mang nhiều tên, có thể cả tên ngoài kho", _HARD_LINK[1]
    return None


def open_regular(root: Path, relative: str) -> BinaryIO:
    """Open the file at `relative` (a path inside `root`) for reading, as the
    build copies it: folder by folder with O_NOFOLLOW, so no link on the way is
    followed even if one appeared since `make check` looked, and only when it
    is a regular file with a single name. Else raise ProblemsFound."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC
    *folders, name = relative.split("/")
    folder = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        for part in folders:
            inner = os.open(part, flags | os.O_DIRECTORY, dir_fd=folder)
            os.close(folder)
            folder = inner
        descriptor = os.open(name, flags | os.O_NONBLOCK, dir_fd=folder)  # a FIFO must not block the build
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.ENOTDIR):
            raise ProblemsFound([Problem(relative, 1, 1, *_LINK)]) from None
        raise
    finally:
        os.close(folder)
    status = os.fstat(descriptor)
    if not stat.S_ISREG(status.st_mode) or status.st_nlink > 1:
        os.close(descriptor)
        raise ProblemsFound([Problem(relative, 1, 1, *(_HARD_LINK if stat.S_ISREG(status.st_mode) else _SPECIAL))])
    return os.fdopen(descriptor, "rb")
