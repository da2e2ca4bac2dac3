"""Vietnamese without its marks: what search and heading anchors compare."""

from __future__ import annotations

import unicodedata


def fold_char(char: str) -> str:
    """One character without its tone and vowel marks, lower case; đ becomes d."""
    lowered = char.lower()
    if lowered == "đ":
        return "d"
    stripped = "".join(c for c in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(c))
    return stripped if len(stripped) == 1 else lowered


def fold(text: str) -> str:
    """Fold a whole text character by character, so positions stay the same."""
    return "".join(fold_char(char) for char in unicodedata.normalize("NFC", text))
