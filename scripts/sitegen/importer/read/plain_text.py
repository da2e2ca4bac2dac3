"""Text pasted from e-mail or the e-office system, saved as .txt or .md."""

from __future__ import annotations

import re
from pathlib import Path

from ...failures import RunFailed

# Markdown emphasis and headings around otherwise plain text; list dashes
# stay (Kính gửi and Nơi nhận are dashed lists).
_MARKDOWN = [(re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE), ""), (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),
             (re.compile(r"(\*\*|__)(.+?)\1"), r"\2")]


def decoded(path: Path, raw: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with its BOM (Notepad's “Unicode”)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise RunFailed(f"{path.name}:{line}: tệp không phải mã UTF-8 (có thể là TCVN3 hoặc VNI): mở bằng Notepad, "
                        "lưu lại với mã hóa UTF-8 rồi nhập lại; chưa ghi gì.") from None


def plain_text(path: Path) -> str:
    """The text of a .txt or .md file, without Markdown's markup."""
    text = decoded(path, path.read_bytes())
    if path.suffix.lower() == ".md":
        for pattern, replacement in _MARKDOWN:
            text = pattern.sub(replacement, text)
    return text
