"""Whether a text is written in Vietnamese: the importer reads Vietnamese documents. An English translation of one
("Decision No. 283/QD-TTg …", "Pursuant to the Law on …") is refused with that reason, rather than read into facts
that are not there (its own number taken for a cited one)."""

from __future__ import annotations

import re

from ..normalise import Line

# English words that no Vietnamese text uses, unmarked OCR included ("to", "an", "in" are Vietnamese syllables too).
_ENGLISH = frozenset("the of and for with by is are this that shall pursuant which from or its".split())
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 6000  # characters: the header and the opening are enough to tell
_FEWEST_WORDS = 40  # a shorter text is not judged
_ENGLISH_SHARE = 0.08  # of its words: prose in English has more than one in ten
_MARKED_SHARE = 0.25  # of its words with a Vietnamese letter: an English text names a few places and its title


def is_vietnamese(lines: list[Line]) -> bool:
    """False for a text in English, with its few Vietnamese names; True otherwise (a Vietnamese text with or without its
    marks, or one too short to tell)."""
    words = _WORD.findall(" ".join(line.text for line in lines)[:_SAMPLE])
    if len(words) < _FEWEST_WORDS:
        return True
    english = sum(word.lower() in _ENGLISH for word in words)
    marked = sum(not word.isascii() for word in words)
    return not (english >= _ENGLISH_SHARE * len(words) and marked < _MARKED_SHARE * len(words))
