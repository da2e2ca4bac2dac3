"""Tone marks OCR lost in a header's names, given back from the letter's own words.

A scan read without its marks prints the header's cell as "TONG CUC HAI QUAN" while its body names "Tổng cục Hải
quan" with them: the header's run of capitals that names a body is written again as the body writes it, in capitals.
Nothing is guessed: a run the text never writes with marks, or that names no body (a title), stays as it is.
"""

from __future__ import annotations

import re
import unicodedata

_MOST_RUNS = 40
HEADER_LINES = 20  # (the lines a header's cells are among; the body's words are looked for everywhere)
# A word of letters alone (a symbol's parts, "TCHQ-TXNK", are no such words).
_WORD = re.compile(r"(?<![\w/.-])[^\W\d_]+(?![\w/-])")


def _folded_letter(character: str) -> str:
    base = unicodedata.normalize("NFD", character)[0].lower()
    return base if len(base) == 1 else character


# Each Latin letter without its marks, small: "ổ" → "o", "Đ" → "d"; one character for one, so that positions agree.
_FOLD = {code: _folded_letter(chr(code)) for span in ((0x41, 0x5B), (0xC0, 0x250), (0x1E00, 0x1F00))
         for code in range(*span)} | {ord("Đ"): "d", ord("đ"): "d"}


def _lost_marks(run: str) -> bool:
    """A run in capitals with a word of two bare letters or more: "TONG CUC HAI QUAN", "TONG CỤC HAI QUAN"."""
    return run.isupper() and any(len(word) > 1 and word.isascii() for word in run.split())


def with_marks_from_the_body(texts: list[str]) -> list[str]:
    """`texts` with each run of capitals in the header that lost marks written as the text writes the same words."""
    lost = [(index, start, end) for index, text in enumerate(texts[:HEADER_LINES])
            for start, end in _capitals_runs(text) if _lost_marks(text[start:end])][:_MOST_RUNS]
    if not lost:  # (each run is looked for through the whole text: a few only)
        return texts
    whole = "\n".join(texts)
    folded = whole.translate(_FOLD)
    restored = list(texts)
    for index, start, end in lost:
        text = restored[index]
        restored[index] = text[:start] + _as_written(text[start:end], whole, folded) + text[end:]  # (same length)
    return restored


def _capitals_runs(text: str) -> list[tuple[int, int]]:
    """Where two words or more in capitals follow one another, one space apart."""
    runs: list[list[int]] = []
    last_end = -2
    for word in _WORD.finditer(text):
        if not word.group().isupper():
            last_end = -2
            continue
        if word.start() == last_end + 1 and text[last_end] == " " and runs:
            runs[-1][1] = word.end()
        else:
            runs.append([word.start(), word.end()])
        last_end = word.end()
    return [(start, end) for start, end in runs if " " in text[start:end]]


def _as_written(run: str, whole: str, folded: str) -> str:
    """The run as the text writes it with marks, in capitals; a writing that contradicts a mark the run kept is
    another word ("CÔNG THƯƠNG" is not "công thường")."""
    key = run.translate(_FOLD)
    for found in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", folded):
        written = whole[found.start():found.end()].upper()
        if (_BODY.match(written) and not written.isascii() and written != run and len(written) == len(run)
                and all(kept.isascii() or kept == mark for kept, mark in zip(run, written))):
            return written
    return run


# What the header's cells name: a body (a title in capitals keeps OCR's letters, as the letter printed them).
_BODY = re.compile(r"(?:BỘ|TỔNG CỤC|CỤC|CHI CỤC|SỞ|(?:ỦY|UỶ) BAN|VĂN PHÒNG|BAN|HỘI ĐỒNG|THỦ TƯỚNG|CHÍNH PHỦ|TẬP ĐOÀN|"
                   r"TỔNG CÔNG TY|CÔNG TY|TRUNG TÂM|PHÒNG|ĐẢNG (?:ỦY|UỶ)|TỈNH (?:ỦY|UỶ)|THÀNH (?:ỦY|UỶ))\b")
