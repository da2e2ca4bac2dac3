"""Vietnamese alphabetical order: the one place the site decides how names sort.

ICU's collator for the locale "vi" implements CLDR's Vietnamese order: a ă â b
c d đ e ê … o ô ơ … u ư, with the tone marks ordered a à ả ã á ạ, and lower
case before upper case. Python's own order (by code point) puts "Đ" after
"S", and slugs fold "đ" into "d", so neither will do. PyICU comes from the
pyicu-wheels package, a binary wheel with ICU bundled: `make serve` still needs
only Python and make, no compiler or system ICU.
"""

from __future__ import annotations

import functools

import icu

_LOCALE = icu.Locale("vi")


@functools.lru_cache(maxsize=1)
def _collator(numeric: bool) -> icu.Collator:
    collator = icu.Collator.createInstance(_LOCALE)
    if numeric:
        # Document numbers: "626-CV/ĐUK" before "1009/STTTT-TTBCXB", as a reader counts.
        collator.setAttribute(icu.UCollAttribute.NUMERIC_COLLATION, icu.UCollAttributeValue.ON)
    return collator


@functools.lru_cache(maxsize=65536)
def name_key(text: str) -> tuple[bytes, str]:
    """Sort key for names and titles in Vietnamese alphabetical order.

    Names that ICU ranks equal (the same text in another Unicode form) fall
    back to their code points, so the order never depends on input order.
    Cached: unit names, titles and tags are sorted on many pages.
    """
    return bytes(_collator(False).getSortKey(text)), text


@functools.lru_cache(maxsize=65536)
def number_key(text: str) -> tuple[bytes, str]:
    """Sort key for document numbers: Vietnamese order with digits read as numbers."""
    return bytes(_collator(True).getSortKey(text)), text


def sorted_names(names: list[str]) -> list[str]:
    """`names` in Vietnamese alphabetical order."""
    return sorted(names, key=name_key)
