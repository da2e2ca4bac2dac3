"""The search index: folding, tokens and hashing that the browser worker must share."""

from __future__ import annotations

import json

import pytest
from sitegen.model.folding import fold
from sitegen.render.search_index import SearchEntry, build_search_index, fnv1a, presence_map, tokenize

# The same table runs in the browser against search-worker.js (tests/test_search.py).
FOLDS = [
    ("lừa đảo", "lua dao"),
    ("LỪA ĐẢO", "lua dao"),
    ("Đảng ủy Khối", "dang uy khoi"),
    ("giảm nghèo", "giam ngheo"),
    ("Hành trình Đỏ", "hanh trinh do"),
    ("ư ơ â ê ô ă", "u o a e o a"),
    ("90/QĐ-TTg", "90/qd-ttg"),
    ("Café", "cafe"),
]
TOKENS = [
    ("2416/BTTTT-CATTT", ["2416", "btttt", "cattt"]),
    ("90/QĐ-TTg", ["90", "qđ", "ttg"]),
    ("27/2022/NĐ-CP", ["27", "2022", "nđ", "cp"]),
    ("“Hải Dương ngàn trái tim hồng”", ["hải", "dương", "ngàn", "trái", "tim", "hồng"]),
    ("kinh tế-xã hội; 09/7/1960", ["kinh", "tế", "xã", "hội", "09", "7", "1960"]),
    ("snake_case", ["snake", "case"]),
]
# Which index files exist, as the manifest says it: (files present, files in all, map).
# The same table runs in the browser against search-worker.js's present().
PRESENCE = [
    (set(), 4, "0"),
    ({0}, 4, "1"),
    ({0, 5}, 8, "12"),
    ({3}, 6, "80"),
    ({5}, 6, "02"),
    (set(range(8)), 8, "ff"),
    ({1, 2, 9, 10}, 12, "606"),
]
HASHES = [("", 0x811C9DC5), ("a", 0xE40C292C), ("đảo", fnv1a("đảo")), ("lua dao", fnv1a("lua dao"))]


@pytest.mark.parametrize(("text", "folded"), FOLDS)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(("text", "tokens"), TOKENS)
def test_tokenize(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens


def test_fnv1a_known_values() -> None:
    assert fnv1a("") == 0x811C9DC5
    assert fnv1a("a") == 0xE40C292C  # the published FNV-1a test vector


def _index(entries: list[SearchEntry]) -> dict[str, object]:
    return {path: json.loads(content) for path, content in build_search_index(entries).items()}


def _postings(index: dict, token: str) -> list:
    manifest = index["tim-kiem/manifest.json"]
    return index[f"tim-kiem/p/{fnv1a(token) % manifest['buckets']}.json"][token]


def test_index_folds_words_and_remembers_spellings() -> None:
    index = _index([SearchEntry("a/", "Đảo xa", "Chiến dịch"), SearchEntry("b/", "Dạo phố", "Chiến dịch"),
                    SearchEntry("c/", "Lừa đảo", "Chiến dịch", body="đảo đảo")])
    terms = index[f"tim-kiem/t/{fnv1a('da') % 256}.json"]
    assert terms["dao"] == [3, ["dạo", "đảo"]]
    deltas, weights, masks = _postings(index, "dao")
    assert deltas == [0, 1, 1]  # pages 0, 1, 2
    assert weights == [8, 8, 8 + 2]  # title weight 8; body weight 1, twice
    assert masks == [0b10, 0b01, 0b10]  # đảo, dạo, đảo


def test_index_has_word_pairs_for_phrases() -> None:
    index = _index([SearchEntry("a/", "Giảm nghèo bền vững", "Chiến dịch")])
    assert _postings(index, "giam ngheo") == [[0], [8]]
    assert _postings(index, "ngheo ben") == [[0], [8]]


def test_document_numbers_are_indexed_in_parts() -> None:
    index = _index([SearchEntry("a/", "Công văn", "Văn bản", numbers=["2416/BTTTT-CATTT"])])
    for token in ("2416", "btttt", "cattt", "2416 btttt", "btttt cattt"):
        assert _postings(index, token)[0] == [0]


def test_page_records_come_in_small_chunks() -> None:
    entries = [SearchEntry(f"p{i}/", f"Trang {i}", "Chiến dịch", body="chữ " * 500) for i in range(40)]
    index = _index(entries)
    chunk = index["tim-kiem/d/1.json"]
    assert len(chunk) == 8 and chunk[0][:3] == ["p8/", "Trang 8", "Chiến dịch"]
    assert len(chunk[0][3]) <= 250


@pytest.mark.parametrize(("present", "count", "expected"), PRESENCE)
def test_presence_map(present: set[int], count: int, expected: str) -> None:
    assert presence_map(present, count) == expected


def test_manifest_maps_exactly_the_term_and_postings_files_written() -> None:
    # One-letter words leave most term shards empty: those must be marked absent, not fetched.
    entries = [SearchEntry(f"p{i}/", f"Trang {word}", "Chiến dịch", body=f"{word} a b") for i, word in
               enumerate(["lừa đảo", "giảm nghèo", "hiến máu", "an toàn thực phẩm"])]
    index = _index(entries)
    manifest = index["tim-kiem/manifest.json"]
    for folder, listed, count in (("t", "terms", manifest["termShards"]), ("p", "postings", manifest["buckets"])):
        written = {int(path.split("/")[-1].removesuffix(".json")) for path in index if path.startswith(f"tim-kiem/{folder}/")}
        assert 0 < len(written) < count
        assert manifest[listed] == presence_map(written, count)
