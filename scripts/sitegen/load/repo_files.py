"""Which files a build may read: regular files inside the repository, reached
without following a symbolic link.

A symlink in campaigns/ or docs/ could publish any file of the machine that
builds the site (`ln -s /etc/passwd docs/tai-lieu/ghi-chu.txt`), so every one,
to a file or to a folder, is refused with its path; so are FIFOs and devices,
which would hang or leak a build. Paths that editors write (`file:`) are
checked component by component with lstat, so no link is followed on the way.
"""

from __future__ import annotations

import os
import posixpath
import stat
from pathlib import Path

from ..control_chars import SHOWN_ESCAPED
from ..problems import Problem

_LINK = ("Đây là liên kết tượng trưng (symlink), không được phép",
         "chép tệp thật vào kho thay cho liên kết: bộ sinh trang chỉ đọc tệp thật nằm trong kho")
_SPECIAL = ("Đây không phải tệp thường", "xóa mục này khỏi thư mục")
_BAD_NAME = ("Tên tệp hoặc thư mục có ký tự điều khiển, hoặc không phải chữ UTF-8",
             "đổi tên, chỉ dùng chữ, số và gạch ngang, ví dụ ke-hoach-tuyen-truyen.pdf")



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
                else:
                    pending.append(f"{relative}/{name}")
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
    current = root
    for part in value.split("/"):
        current = current / part
        try:
            mode = os.lstat(current).st_mode
        except (FileNotFoundError, NotADirectoryError):
            return f"Không tìm thấy tệp “{value}”", "kiểm tra tên tệp, hoa thường, và thêm tệp vào kho"
        if stat.S_ISLNK(mode):
            shown = current.relative_to(root).as_posix()
            return f"Đường dẫn “{value}” đi qua liên kết tượng trưng (symlink) “{shown}”", _LINK[1]
    if not stat.S_ISREG(mode):
        return f"“{value}” không phải một tệp", "ghi đường dẫn tới một tệp, ví dụ docs/tai-lieu/ke-hoach.pdf"
    return None
