"""Messages read as one sentence and one hint: the hint goes in brackets, so no
bracket may open inside it, nor a bracketed aside end a message just before it.

Quoted text (“…”, "…") does not count: it is the editor's own, or an example.
Every expected message of the tests of mistakes is held to the rule, with the
fixed hints of the modules that have no test of their own text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import test_attachments
import test_hostile_text
import test_mkdocs_messages
import test_page_clashes
import test_published_files
import test_stray_files
import test_validation
from sitegen.load import attachments, invisible_spaces, loader, page_clashes, quoted_titles, validate

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def bracket_trouble(line: str) -> str | None:
    """What is wrong with the brackets of a message line: "lồng nhau", "liền nhau", or None."""
    text = _QUOTED.sub("“”", line)
    depth = 0
    for character in text:
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth > 1:
            return "lồng nhau"
    return "liền nhau" if re.search(r"\)\s*\(", text) else None


@pytest.mark.parametrize("line, trouble", [
    ("a.yml:1:1: Lỗi (cách sửa)", None),
    ("a.yml:1:1: Lỗi U+00A0 (NO-BREAK SPACE), không phải dấu cách (cách sửa)", None),
    ("a.yml:1:1: Lỗi (đặt tên khác (thêm năm))", "lồng nhau"),
    ("a.yml:1:1: Lỗi (đã có ở dòng 1) (xóa một dòng)", "liền nhau"),
    ('a.yml:1:1: Lỗi (đặt trong ngoặc kép: summary: "Lưu (VT): VP")', None),
    ("a.yml:1:1: Không tìm thấy văn bản “12/A (cũ)” (cách sửa)", None),
])
def test_bracket_trouble(line: str, trouble: str | None) -> None:
    assert bracket_trouble(line) == trouble


def _texts(value: object) -> Iterator[str]:
    """Every string inside a test table, however nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)


def _expected_messages() -> list[str]:
    tables = [test_validation.CASES, test_hostile_text.RAW, test_hostile_text.ESCAPED, test_hostile_text.LOOK_ALIKE_SPACES,
              test_page_clashes.CASES, test_published_files.SYMLINKS, test_published_files.PATHS,
              test_published_files.HOSTILE_FILES, test_published_files.ATTACHMENTS, test_stray_files.STRAY,
              test_stray_files.CAMPAIGNS, test_stray_files.NAMES, test_mkdocs_messages.MESSAGES, test_attachments.SIZES]
    return [text for table in tables for text in _texts(table) if ": " in text]


def _fixed_hints() -> list[str]:
    return [*_texts(page_clashes._HINTS), *_texts(page_clashes._EMPTY_HINTS), *_texts(validate._TYPE_NAMES),
            *_texts(validate._REQUIRED_HINTS), *_texts(loader._YAML_MESSAGES), *_texts(loader._TOO_DEEP),
            attachments.ALLOWED_HINT, attachments._RESAVE_HINT, attachments._BROKEN_PDF_HINT, attachments._TOO_BIG_HINT,
            invisible_spaces.HINT, quoted_titles.HINT]


@pytest.mark.parametrize("text", _expected_messages() + [f"a.yml:1:1: Lỗi ({hint})" for hint in _fixed_hints()])
def test_no_bracket_opens_inside_a_hint(text: str) -> None:
    assert bracket_trouble(text) is None
