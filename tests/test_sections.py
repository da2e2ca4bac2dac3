"""Empty sections in a row fold into one line that says what the documents do not give."""

from __future__ import annotations

import pytest
from sitegen.render.sections import Section, fold_empty, join_or

# A page's sections as (id, empty, foldable): foldable ones say "Văn bản không nêu …" when empty.
MESSAGES, TASKS, EVENTS, MATERIALS, CONTACTS = "thong-diep", "nhiem-vu", "su-kien", "tai-lieu", "lien-he"


def sections(*spec: tuple[str, bool, bool]) -> list[Section]:
    return [Section(id, id, empty, id if foldable else None) for id, empty, foldable in spec]


@pytest.mark.parametrize(("spec", "groups"), [
    # The online-fraud campaign: tasks, then three empty sections in a row.
    ([(MESSAGES, False, True), (TASKS, False, False), (EVENTS, True, True), (MATERIALS, True, True), (CONTACTS, True, True)],
     [[MESSAGES], [TASKS], [EVENTS, MATERIALS, CONTACTS]]),
    # Two in a row fold; one alone keeps its heading.
    ([(MESSAGES, True, True), (TASKS, False, False), (EVENTS, False, True), (MATERIALS, True, True), (CONTACTS, True, True)],
     [[MESSAGES], [TASKS], [EVENTS], [MATERIALS, CONTACTS]]),
    # An empty section that is not foldable (no tasks recorded) breaks a run.
    ([(MESSAGES, True, True), (TASKS, True, False), (EVENTS, True, True)],
     [[MESSAGES], [TASKS], [EVENTS]]),
    ([(MESSAGES, True, True), (EVENTS, True, True), (TASKS, True, False), (MATERIALS, True, True), (CONTACTS, True, True)],
     [[MESSAGES, EVENTS], [TASKS], [MATERIALS, CONTACTS]]),
    # Nothing empty: every section on its own.
    ([(EVENTS, False, True), (MATERIALS, False, True)], [[EVENTS], [MATERIALS]]),
    ([], []),
])
def test_runs_of_two_or_more_empty_sections_fold(spec, groups) -> None:
    assert [[section.id for section in group] for group in fold_empty(sections(*spec))] == groups


@pytest.mark.parametrize(("words", "text"), [
    ([], ""),
    (["sự kiện"], "sự kiện"),
    (["sự kiện", "đầu mối liên hệ"], "sự kiện hay đầu mối liên hệ"),
    (["sự kiện", "tài liệu", "đầu mối"], "sự kiện, tài liệu hay đầu mối"),
])
def test_a_folded_line_lists_what_is_missing_the_vietnamese_way(words, text) -> None:
    assert join_or(words) == text
