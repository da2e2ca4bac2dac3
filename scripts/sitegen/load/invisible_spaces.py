"""Spaces that are not spaces: a no-break space pasted from Word where YAML needs a plain one.

YAML separates a key from its value, a list dash from its item and a line's
indent from its content only with the plain space. A no-break space (U+00A0,
what Word puts after a colon or in an indent) or one of its kin looks the same
on screen but is text to YAML, which then reports a missing colon on the *next*
line. These are found before YAML reads the file and named where they stand.
Inside a value (“Hải Dương ngàn trái tim hồng” with a no-break space) they are left alone.
"""

from __future__ import annotations

import re

from ..control_chars import describe
from ..problems import Problem

# Unicode's other spaces, the zero-width ones and a BOM inside the file (one at its start is dropped on reading).
_SPACES = "\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff"
# Where YAML needs a plain space: in the indent, after a list's "-", after a key's ":".
# Keys are ASCII names (title, start, end_date): a Vietnamese sentence in a
# multi-line summary that happens to hold "chú ý:\u00a0" is not taken for a key.
# Possessive quantifiers: with plain ones, a deep indent made this quadratic per
# line (55 s for a 2 MB file of 1,500 nested levels).
_STRUCTURAL = re.compile(rf"^ *+(?:- +)*+(?:(?P<dash>-)|(?P<key>[A-Za-z_][A-Za-z0-9_]*) *+:)? *+(?P<space>[{_SPACES}])",
                         re.MULTILINE)
_ANY_SPACE = re.compile(rf"[{_SPACES}]")
HINT = "ký tự này trông như dấu cách, thường lẫn vào khi chép từ Word: xóa nó rồi gõ lại dấu cách bằng bàn phím"


def _message(found: re.Match[str]) -> str:
    character = describe(found.group("space"))
    if found.group("key"):
        return f"Sau dấu hai chấm của “{found.group('key')}” là ký tự {character}, không phải dấu cách thường"
    if found.group("dash"):
        return f"Sau dấu “-” là ký tự {character}, không phải dấu cách thường"
    return f"Thụt lề có ký tự {character}, không phải dấu cách thường"


def invisible_space_problems(path: str, text: str) -> list[Problem]:
    """One problem per line where a look-alike space stands where YAML needs a plain one."""
    problems: list[Problem] = []
    if not _ANY_SPACE.search(text):  # the usual file: nothing to look for
        return problems
    for found in _STRUCTURAL.finditer(text):
        start = found.start("space")
        line_start = text.rfind("\n", 0, start) + 1
        problems.append(Problem(path, text.count("\n", 0, start) + 1, start - line_start + 1, _message(found), HINT))
    return problems
