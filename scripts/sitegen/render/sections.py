"""Which sections of a page fold together.

A page that ends with three empty sections in a row (a heading and "Văn bản
không nêu…" each) says the same in one line: what the documents do not give.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    """One section of a page, as the template lays it out."""

    id: str
    title: str
    empty: bool
    # What the documents do not give when the section is empty ("đầu mối liên
    # hệ"); None for sections whose emptiness needs its own sentence.
    absent: str | None = None

    @property
    def foldable(self) -> bool:
        return self.empty and self.absent is not None


def fold_empty(sections: Iterable[Section]) -> list[list[Section]]:
    """Group `sections` in order: two or more foldable sections in a row form
    one group (one line on the page); every other section is a group of its own."""
    groups: list[list[Section]] = []
    run: list[Section] = []
    for section in [*sections, None]:
        if section is not None and section.foldable:
            run.append(section)
            continue
        if len(run) > 1:
            groups.append(run)
        else:
            groups.extend([one] for one in run)
        run = []
        if section is not None:
            groups.append([section])
    return groups


def join_or(words: Iterable[str]) -> str:
    """Vietnamese "a, b hay c": what a folded line lists."""
    words = list(words)
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} hay {words[-1]}"
