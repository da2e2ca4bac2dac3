"""What search knows of each page, from the real campaigns: a document number finds every page that names it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, TEST_TODAY
from sitegen.load.sources import load_sources
from sitegen.model.from_sources import build_site
from sitegen.render.search_entries import search_entries
from sitegen.render.search_index import SearchEntry

DISPATCH = "van-ban/cong-van-so-cong-thuong-thang-7-2023/"

# (number, every page that names it): its own page, the campaigns resting on it, the documents
# it cites or that cite it, and the department's dispatch when one of its sections passes it on.
CITED_BY = [
    ("2416/BTTTT-CATTT", {"van-ban/2416-btttt-cattt/", "chien-dich/thang-hanh-dong-phong-chong-lua-dao-truc-tuyen/",
                          DISPATCH}),
    ("1009/STTTT-TTBCXB", {"van-ban/1009-stttt-ttbcxb/", DISPATCH}),  # the dispatch's "Căn cứ"
    ("05-CT/TW", {"van-ban/05-ct-tw/", "chien-dich/giam-ngheo-ben-vung/", "van-ban/149-hd-btgtu/",
                  "van-ban/160-nq-cp/", DISPATCH}),  # the dispatch names it in section 2, and cites it
]


@pytest.fixture(scope="module")
def entries() -> list[SearchEntry]:
    return search_entries(build_site(load_sources(ROOT), TEST_TODAY))


@pytest.mark.parametrize(("number", "pages"), CITED_BY, ids=[number for number, _ in CITED_BY])
def test_a_number_is_on_every_page_that_names_it(entries: list[SearchEntry], number: str, pages: set[str]) -> None:
    assert {entry.url for entry in entries if number in entry.numbers} == pages


def test_a_number_named_twice_on_a_page_counts_once(project: Path) -> None:
    # The dispatch cites 1009 ("Căn cứ"); make a campaign of its section 1 rest on it too.
    campaign = project / "campaigns" / "thang-hanh-dong-phong-chong-lua-dao-truc-tuyen.yml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(text.replace("documents:\n", "documents:\n  - 1009/STTTT-TTBCXB\n", 1), encoding="utf-8")
    dispatch = next(entry for entry in search_entries(build_site(load_sources(project), TEST_TODAY))
                    if entry.url == DISPATCH)
    assert dispatch.numbers.count("1009/STTTT-TTBCXB") == 1
    assert "2416/BTTTT-CATTT" in dispatch.numbers


def test_the_dispatch_quotes_what_its_sections_pass_on(entries: list[SearchEntry]) -> None:
    dispatch = next(entry for entry in entries if entry.url == DISPATCH)
    assert "theo Công văn số 2416/BTTTT-CATTT ngày 24/6/2023 của Bộ TTTT" in dispatch.body
