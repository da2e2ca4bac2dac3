"""Which known reference an unknown one was most likely meant to be, if any.

A suggestion that names an unrelated document (6022/KH-BCT → 2320/KH-BCĐ)
misleads a clerk who has a new document in hand, so only close matches count.
Both sides are compared without case, marks (Đ is D) or separators
(“149-HD/BTGTU” and “149/HD-BTGTU” are the same). A document number is its
leading digits and a symbol; another is close when:

- the digits are the same and the symbols differ by one character, or by two
  when the shorter symbol has six characters or more (BTTT-CATTT for BTTTT-CATTT);
- the symbols are the same and the digits differ by one character
  (1490 or 14 for 149, 2461 for 2416).

Codes without leading digits (ids such as nghi-quyet-dai-hoi-xiii, unit and
organisation codes) are close when difflib's similarity reaches 0.8.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from ..model.folding import fold

_SEPARATORS = re.compile(r"[\s/\-–—._]+")
_NUMBERED = re.compile(r"^(\d+)(.*)$")
SIMILAR_CODES = 0.8


def normalised(reference: str) -> str:
    """The reference as compared: folded, without separators."""
    return _SEPARATORS.sub("", fold(reference))


def edit_distance(first: str, second: str) -> int:
    """Edits (insert, delete, replace, swap two neighbours) that turn one text into the other."""
    rows = [list(range(len(second) + 1))]
    for i, a in enumerate(first, 1):
        row = [i]
        for j, b in enumerate(second, 1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a != b)))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def is_close(value: str, known: str) -> bool:
    """Whether `known` is close enough to `value` to be offered in its place."""
    typed, candidate = normalised(value), normalised(known)
    typed_parts, known_parts = _NUMBERED.match(typed), _NUMBERED.match(candidate)
    if typed_parts and known_parts:
        (typed_number, typed_symbol), (known_number, known_symbol) = typed_parts.groups(), known_parts.groups()
        if typed_number == known_number:
            allowed = 1 if min(len(typed_symbol), len(known_symbol)) < 6 else 2
            return edit_distance(typed_symbol, known_symbol) <= allowed
        return typed_symbol == known_symbol and edit_distance(typed_number, known_number) <= 1
    if typed_parts or known_parts:
        return False
    return difflib.SequenceMatcher(None, typed, candidate).ratio() >= SIMILAR_CODES


def closest(value: str, known: Iterable[str]) -> str | None:
    """The closest known reference by the rules above, or None; ties go to the first in text order."""
    candidates = [reference for reference in known if is_close(value, reference)]
    if not candidates:
        return None
    return min(candidates, key=lambda reference: (edit_distance(normalised(value), normalised(reference)), reference))
