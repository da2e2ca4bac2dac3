"""Tone marks placed the old way and the new: "hoá" and "hóa", "thuỷ" and "thủy", "khoẻ" and "khỏe" are one word.

Copies write both; the registry writes the new way (the mark on the first vowel of a word-final "oa", "oe", "uy"), so
names are compared, and known bodies recognised, with the marks put there.
"""

from __future__ import annotations

import re
import unicodedata

# A diphthong ending its word with the mark on its second vowel ("qu" is a consonant: "quý" is written so both ways).
_OLD_PLACE = re.compile(r"(?i)([oO])([áàảãạ]|[éèẻẽẹ])(?![^\W\d_])|(?<![qQ])([uU])([ýỳỷỹỵ])(?![^\W\d_])")


def _moved(found: re.Match) -> str:
    first, second = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    base, *marks = unicodedata.normalize("NFD", second)
    return unicodedata.normalize("NFC", first + "".join(marks)) + base


def new_placement(text: str) -> str:
    """`text` with the tone marks of word-final "oa", "oe" and "uy" on their first vowel: "Văn hoá" is "Văn hóa"."""
    return _OLD_PLACE.sub(_moved, unicodedata.normalize("NFC", text))


def without_marks(text: str) -> str:
    """Letters and digits without their marks, lower case ("đ" as "d"): what a misprinted or lost mark leaves the same
    ("BỘ CƠNG THƯƠNG" and "Bộ Công Thương", OCR's "CONG HOA" and "CỘNG HOÀ")."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(character for character in decomposed if character.isalnum() and not unicodedata.combining(character))
