"""Suggestions for an unknown reference: close matches only (scripts/sitegen/load/suggestions.py)."""

from __future__ import annotations

import pytest
from sitegen.load.suggestions import closest, edit_distance

# The documents of the real register, and a few unit codes.
DOCUMENTS = ["cong-van-so-cong-thuong-thang-7-2023", "1009/STTTT-TTBCXB", "2416/BTTTT-CATTT", "539/TTCS-TTTQ",
             "855-CV/BTGTU", "149-HD/BTGTU", "626-CV/ĐUK", "nghi-quyet-dai-hoi-xiii", "05-CT/TW", "160/NQ-CP",
             "90/QĐ-TTg", "27/2022/NĐ-CP", "1192/KH-SVHTTDL", "1368/KH-SYT", "2254/KH-BCĐ", "2320/KH-BCĐ"]
UNITS = ["cac-phong-thuoc-so", "cac-don-vi-truc-thuoc-so", "cong-doan-nganh-cong-thuong", "lanh-dao-so", "vt", "vp"]


@pytest.mark.parametrize("typed, known, expected", [
    # Unrelated: another number and another symbol (issue #13's example).
    ("6022/KH-BCT", DOCUMENTS, None),
    ("6022/KH-BCĐ", DOCUMENTS, None),  # same symbol, but 6022 is two edits from 2320 and 2254
    ("1010/STTTT-TTBCXB", DOCUMENTS, None),
    ("05-CT/BTGTU", DOCUMENTS, None),
    ("2416", DOCUMENTS, None),
    # The same number, a slip in the symbol.
    ("2416/BTTT-CATTT", DOCUMENTS, "2416/BTTTT-CATTT"),
    ("149-HD/BTGT", DOCUMENTS, "149-HD/BTGTU"),
    ("2320/KH-BCD", DOCUMENTS, "2320/KH-BCĐ"),  # Đ typed as D
    ("626-cv/đuk", DOCUMENTS, "626-CV/ĐUK"),  # case
    ("149/HD-BTGTU", DOCUMENTS, "149-HD/BTGTU"),  # separators swapped
    ("90/QD-TTG", DOCUMENTS, "90/QĐ-TTg"),
    ("05-CT/T", DOCUMENTS, "05-CT/TW"),
    ("05-NQ/TW", DOCUMENTS, None),  # a short symbol allows one slip, not two
    # The same symbol, one slip in the number.
    ("1490-HD/BTGTU", DOCUMENTS, "149-HD/BTGTU"),
    ("2461/BTTTT-CATTT", DOCUMENTS, "2416/BTTTT-CATTT"),
    ("1369/KH-SYT", DOCUMENTS, "1368/KH-SYT"),
    ("2255/KH-BCĐ", DOCUMENTS, "2254/KH-BCĐ"),
    # Codes without a number.
    ("nghi-quyet-dai-hoi-13", DOCUMENTS, "nghi-quyet-dai-hoi-xiii"),
    ("nghi-quyet-trung-uong-4", DOCUMENTS, None),
    ("cac-phong-thuoc-s", UNITS, "cac-phong-thuoc-so"),
    ("phong-ke-hoach", UNITS, None),
    ("vx", UNITS, None),  # vp and vt are one letter away, but two-letter codes are not alike enough
    ("", UNITS, None),
])
def test_only_close_matches_are_suggested(typed: str, known: list[str], expected: str | None) -> None:
    assert closest(typed, known) == expected


@pytest.mark.parametrize("first, second, distance", [
    ("", "", 0), ("149", "149", 0), ("149", "1490", 1), ("2416", "2461", 1), ("6022", "2320", 3),
    ("btttcattt", "bttttcattt", 1), ("abc", "", 3),
])
def test_edit_distance(first: str, second: str, distance: int) -> None:
    assert edit_distance(first, second) == edit_distance(second, first) == distance
