"""Lists follow the Vietnamese alphabet (CLDR "vi"): a ă â b c d đ e ê … o ô ơ … u ư,
tone marks in the order a à ả ã á ạ, on the real names of the registries."""

from __future__ import annotations

import functools
import random

import pytest
from conftest import ROOT, TEST_TODAY
from sitegen.load.sources import load_sources
from sitegen.model.collation import name_key, number_key, sorted_names
from sitegen.model.from_sources import build_site

ALPHABET = ["a", "à", "ả", "ã", "á", "ạ", "anh", "ăn", "ằn", "âm", "ẩm", "b", "c", "d", "dân", "đ", "đá", "e", "ê",
            "g", "i", "o", "ô", "ơ", "ở", "u", "ư", "ừ", "v", "y"]


def test_the_alphabet_and_tone_marks_in_order() -> None:
    shuffled = ALPHABET[:]
    random.Random(12).shuffle(shuffled)
    assert sorted_names(shuffled) == ALPHABET


@pytest.mark.parametrize(("before", "after"), [
    ("Đảng ủy Khối các Cơ quan tỉnh", "Sở Y tế"),  # đ is a letter after d, not after z
    ("du lịch", "định hướng tuyên truyền"),  # not folded into d either: every d-word first
    ("dương", "đa"),
    ("an toàn thực phẩm", "ăn uống"),
    ("cân", "cần"),  # the tone mark decides only between otherwise equal words
    ("cần", "câu"),
    ("hoa", "hóa"),
    ("hỏa", "họa"),
    ("ô", "ơ"),
    ("ơ", "p"),
    ("u", "ư"),
    ("ư", "v"),
    ("ban chỉ đạo", "Ban chỉ đạo"),  # lower case first, when that is all that differs
    ("Ban chỉ đạo 138 tỉnh Hải Dương", "Ban Chỉ đạo Vận động hiến máu tình nguyện tỉnh"),  # digits before letters; case only breaks ties
    ("Ban Tuyên giáo Tỉnh ủy", "Bộ TTTT"),
    ("Chính phủ", "Cục Thông tin cơ sở"),
    ("Sở Công Thương", "Sở Thông tin và Truyền thông"),
])
def test_pairs_in_vietnamese_order(before: str, after: str) -> None:
    assert name_key(before) < name_key(after)


def test_the_same_name_in_another_unicode_form_still_has_one_place() -> None:
    composed, decomposed = "Đảng", "Đa\u0309ng"  # NFC and a hand-typed decomposed ả
    assert sorted_names([decomposed, composed]) == sorted_names([composed, decomposed])


@pytest.mark.parametrize(("numbers", "expected"), [
    (["1009/STTTT-TTBCXB", "626-CV/ĐUK", "90/QĐ-TTg"], ["90/QĐ-TTg", "626-CV/ĐUK", "1009/STTTT-TTBCXB"]),
    (["2254/KH-BCĐ", "539/TTCS-TTTQ"], ["539/TTCS-TTTQ", "2254/KH-BCĐ"]),
    (["27/2022/NĐ-CP", "27/2021/NĐ-CP"], ["27/2021/NĐ-CP", "27/2022/NĐ-CP"]),
])
def test_document_numbers_count_as_numbers(numbers: list[str], expected: list[str]) -> None:
    assert sorted(numbers, key=number_key) == expected


@functools.cache
def real_site():
    # Not a fixture: pytest would print a failing test's arguments, and the
    # site's objects refer to each other in loops too long to print.
    return build_site(load_sources(ROOT), TEST_TODAY)


def test_issuing_bodies_on_the_archive_page() -> None:
    site = real_site()
    assert [issuer.name for issuer, _ in site.campaigns_by_issuer()] == [
        "Ban chỉ đạo 138 tỉnh Hải Dương",
        "Ban Chỉ đạo Vận động hiến máu tình nguyện tỉnh",
        "Ban Tuyên giáo Tỉnh ủy",
        "Bộ TTTT",
        "Cục Thông tin cơ sở",
        "Đảng ủy Khối các Cơ quan tỉnh",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Y tế",
    ]


def test_every_organisation_of_the_registry() -> None:
    site = real_site()
    assert [organization.name for organization in site.organizations] == [
        "Ban Bí thư Trung ương Đảng",
        "Ban chỉ đạo 138 tỉnh Hải Dương",
        "Ban Chỉ đạo Vận động hiến máu tình nguyện tỉnh",
        "Ban Tuyên giáo Tỉnh ủy",
        "Bộ TTTT",
        "Chính phủ",
        "Cục Thông tin cơ sở",
        "Đảng ủy Khối các Cơ quan tỉnh",
        "Quốc hội",
        "Sở Công Thương",
        "Sở Thông tin và Truyền thông",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Y tế",
        "Thủ tướng Chính phủ",
        "UBND thành phố Hải Phòng",
        "UBND tỉnh Hải Dương",
    ]


def test_tags_keep_their_slugs_and_follow_the_alphabet() -> None:
    site = real_site()
    tags = site.tags()
    assert list(tags) == ["an toàn thông tin", "an toàn thực phẩm", "báo chí", "du lịch", "định hướng tuyên truyền",
                          "giảm nghèo", "giảm nghèo về thông tin", "hàng không", "hiến máu tình nguyện",
                          "lừa đảo trực tuyến", "phòng chống tội phạm", "xây dựng Đảng"]


def test_units_and_the_letters_other_recipients() -> None:
    site = real_site()
    assert [unit.name for unit in site.units] == ["Các đơn vị trực thuộc Sở", "Các phòng thuộc Sở", "Công đoàn ngành Công Thương"]
    assert [unit.name for unit in site.letter_only_units] == ["Lãnh đạo Sở", "VP", "VT", "Website Sở"]


def test_campaigns_of_a_year_by_title() -> None:
    site = real_site()
    (year, campaigns), = site.campaigns_by_year()
    titles = [campaign.title for campaign in campaigns]
    assert year == 2023 and titles == sorted_names(titles)
    assert titles[:2] == ["Chỉ đạo, định hướng công tác tuyên truyền tháng 7/2023",
                          "Chương trình mục tiêu quốc gia giảm nghèo bền vững (giảm nghèo về thông tin)"]
