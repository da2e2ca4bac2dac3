"""Search in headless Chromium, as staff type: tone marks or none, đ as d, document numbers."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from pathlib import Path

import pytest
from browser import serve_directory
from conftest import ROOT, copy_project
from sitegen.build.pipeline import build
from sitegen.render.search_index import fnv1a
from test_search_index import FOLDS, PRESENCE, TOKENS

pytestmark = pytest.mark.browser

LUA_DAO = "chien-dich/thang-hanh-dong-phong-chong-lua-dao-truc-tuyen/"
GIAM_NGHEO = "chien-dich/giam-ngheo-ben-vung/"
BUA_LIEM = "chien-dich/giai-bua-liem-vang-lan-thu-iii-nam-2023/"
HIEN_MAU = "chien-dich/ngay-hoi-hien-mau-hai-duong-ngan-trai-tim-hong-2023/"
THUC_PHAM = "chien-dich/an-toan-thuc-pham-nam-2023/"
DU_LICH = "chien-dich/ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich/"
HANG_KHONG = "chien-dich/phong-chong-van-chuyen-trai-phep-qua-duong-hang-khong/"
XAY_DUNG_DANG = "chien-dich/xay-dung-dang-va-he-thong-chinh-tri/"
THANG_7 = "chien-dich/dinh-huong-tuyen-truyen-thang-7-2023/"
DISPATCH = "van-ban/cong-van-so-cong-thuong-thang-7-2023/"

# (query, a page expected among the first three results)
QUERIES = [
    ("lừa đảo", LUA_DAO),
    ("lua dao", LUA_DAO),
    ("LỪA ĐẢO", LUA_DAO),
    ("Lua Dao Truc Tuyen", LUA_DAO),
    ("phòng chống lừa đảo trực tuyến", LUA_DAO),
    ("2416/BTTTT-CATTT", "van-ban/2416-btttt-cattt/"),
    ("2416", "van-ban/2416-btttt-cattt/"),
    ("BTTTT-CATTT", "van-ban/2416-btttt-cattt/"),
    ("btttt-cattt", LUA_DAO),
    ("90/QĐ-TTg", "van-ban/90-qd-ttg/"),
    ("90/QD-TTg", "van-ban/90-qd-ttg/"),
    ("90/qd-ttg", "van-ban/90-qd-ttg/"),
    ("giảm nghèo", GIAM_NGHEO),
    ("giam ngheo", GIAM_NGHEO),
    ("Giảm Nghèo Về Thông Tin", GIAM_NGHEO),
    ("búa liềm vàng", BUA_LIEM),
    ("bua liem vang", BUA_LIEM),
    ("hiến máu", HIEN_MAU),
    ("hien mau", HIEN_MAU),
    ("Hải Dương ngàn trái tim hồng", HIEN_MAU),
    ("hai duong ngan trai tim hong", HIEN_MAU),
    ("hanh trinh do", HIEN_MAU),
    ("2254/KH-BCD", "van-ban/2254-kh-bcd/"),
    ("an toàn thực phẩm", THUC_PHAM),
    ("an toan thuc pham", THUC_PHAM),
    ("1368/KH-SYT", "van-ban/1368-kh-syt/"),
    ("du lich viet nam", DU_LICH),
    ("ngành du lịch", DU_LICH),
    ("vũ khí vật liệu nổ", HANG_KHONG),
    ("ma tuy hang khong", HANG_KHONG),
    ("đường hàng không", HANG_KHONG),
    ("xay dung dang", XAY_DUNG_DANG),
    ("539/TTCS-TTTQ", "van-ban/539-ttcs-tttq/"),
    ("dang uy khoi", "van-ban/626-cv-duk/"),
    ("626-CV/DUK", "van-ban/626-cv-duk/"),
    ("tháng 7/2023", THANG_7),
    ("05-CT/TW", "van-ban/05-ct-tw/"),
    ("27/2022/ND-CP", "van-ban/27-2022-nd-cp/"),
    ("Tran Van Hao", DISPATCH),
    ("cong doan nganh cong thuong", "don-vi/cong-doan-nganh-cong-thuong/"),
]


def results(page, base_url: str, query: str) -> list[str]:
    """Open any page with ?q= and read the result links, best first."""
    from urllib.parse import quote

    page.goto(f"{base_url}van-ban/?q={quote(query)}")
    # A locator, not wait_for_function: the site's CSP forbids the eval that the latter needs.
    page.locator(".md-search-result__meta").filter(has_text=re.compile(r"\d|Không")).wait_for()
    links = page.locator(".md-search-result__item > a").evaluate_all("links => links.map(a => a.href)")
    return [link.split("?")[0].removeprefix(base_url) for link in links]


@pytest.fixture
def guarded(guarded_kept):
    """Every test here opens its own URL and reads only its own records: one page for the module (tests/browser.py)."""
    return guarded_kept


@pytest.fixture(scope="module", params=["/", "/chien-dich/"], ids=["root", "sub-path"])
def base_url(request, built_site: Path):
    with serve_directory(built_site, request.param) as url:
        yield url


@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[q for q, _ in QUERIES])
def test_query_finds_the_page_in_the_first_three(guarded, base_url: str, query: str, expected: str) -> None:
    found = results(guarded.page, base_url, query)
    assert expected in found[:3], found[:5]
    assert guarded.outside == [] and guarded.errors == [] and guarded.failed == []


@pytest.mark.parametrize(("query", "pages"), [
    ("2416", {"van-ban/2416-btttt-cattt/", LUA_DAO, DISPATCH}),
    ("1009", {"van-ban/1009-stttt-ttbcxb/", DISPATCH}),
])
def test_a_document_number_finds_every_page_that_cites_it(guarded, base_url: str, query: str, pages: set[str]) -> None:
    assert pages <= set(results(guarded.page, base_url, query))


# How long the index files a query asked for may take to answer, on a loopback server.
INDEX_ANSWER_SECONDS = 10


def _index_requests_answered(guarded) -> None:
    """Wait until every request for the index has an answer; fail naming those without one."""
    deadline = time.monotonic() + INDEX_ANSWER_SECONDS
    while True:
        waiting = [url for url in guarded.requested if "/tim-kiem/" in url and url not in guarded.answered]
        if not waiting:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"index files unanswered after {INDEX_ANSWER_SECONDS} s: {waiting}")
        guarded.page.wait_for_timeout(50)


@pytest.mark.parametrize(("query", "expected"), [
    ("lua dao", LUA_DAO),
    ("2416/BTTTT", "van-ban/2416-btttt-cattt/"),
])
def test_typing_a_query_asks_only_for_index_files_that_exist(guarded, base_url: str, query: str, expected: str) -> None:
    # Letter by letter, as staff type: "l", "lu"… each asks for the shards of its words.
    page = guarded.page
    page.goto(f"{base_url}van-ban/")
    page.locator(".md-search__input").press_sequentially(query, delay=40)
    page.locator(f'.md-search-result__item > a[href$="{expected}"]').first.wait_for()
    _index_requests_answered(guarded)
    asked = [url for url in guarded.requested if "/tim-kiem/" in url]
    assert any("/tim-kiem/t/" in url for url in asked) and any("/tim-kiem/p/" in url for url in asked), asked
    assert guarded.failed == [] and guarded.errors == [] and guarded.outside == []


def test_match_is_highlighted_with_the_page_spelling(guarded, base_url: str) -> None:
    results(guarded.page, base_url, "lua dao")
    marks = guarded.page.locator(".md-search-result__item mark").all_inner_texts()
    assert "lừa" in [mark.lower() for mark in marks] and "đảo" in [mark.lower() for mark in marks]


def test_interface_is_vietnamese(guarded, base_url: str) -> None:
    results(guarded.page, base_url, "khongcotu")
    assert guarded.page.locator(".md-search-result__meta").inner_text() == "Không tìm thấy tài liệu liên quan"
    assert guarded.page.locator(".md-search__input").get_attribute("placeholder") == "Tìm kiếm"


def test_worker_folds_tokenizes_and_hashes_like_the_builder(guarded, base_url: str) -> None:
    guarded.page.goto(base_url)
    guarded.page.add_script_tag(path=str(ROOT / "docs/assets/javascripts/search-worker.js"))
    for text, folded in FOLDS:
        assert guarded.page.evaluate("t => fold(t)", text) == folded
    for text, tokens in TOKENS:
        assert guarded.page.evaluate("t => tokenize(t)", text) == tokens
    for text in ["", "a", "đảo", "lua dao", "2416 btttt"]:
        assert guarded.page.evaluate("t => fnv1a(t)", text) == fnv1a(text)
    for present, count, hex_map in PRESENCE:
        assert guarded.page.evaluate("([m, c]) => [...Array(c).keys()].filter(n => present(m, n))", [hex_map, count]) \
            == sorted(present)


RANKING = {
    "dao-pho-dem.yml": ("Dạo phố đêm hè", "Đi dạo quanh hồ"),
    "dao-co-to.yml": ("Đảo Cô Tô xanh", "Tuyên truyền về biển đảo"),
    "ngheo-tach-roi.yml": ("Giảm thiểu rác thải vì người nghèo", "Giảm chi phí cho hộ nghèo"),
    "giam-ngheo-cum-tu.yml": ("Tuyên truyền chung tay giảm nghèo ở cơ sở", "Giảm nghèo đa chiều"),
}


@pytest.fixture(scope="module")
def ranking_url(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("ranking") / "project")
    for name, (title, summary) in RANKING.items():
        (root / "campaigns" / name).write_text(
            f"title: {json.dumps(title, ensure_ascii=False)}\nsummary: {summary}\nstart: 2026-01-01\nend: 2026-12-31\n",
            encoding="utf-8")
    build(root, dt.date(2026, 11, 26))
    with serve_directory(root / "site") as url:
        yield url


@pytest.mark.parametrize(("query", "first", "second"), [
    ("đảo", "chien-dich/dao-co-to/", "chien-dich/dao-pho-dem/"),
    ("dạo", "chien-dich/dao-pho-dem/", "chien-dich/dao-co-to/"),
    ("giảm nghèo", "chien-dich/giam-ngheo-cum-tu/", "chien-dich/ngheo-tach-roi/"),
])
def test_exact_spelling_and_phrase_rank_first(guarded, ranking_url: str, query: str, first: str, second: str) -> None:
    found = results(guarded.page, ranking_url, query)
    assert first in found and second in found
    assert found.index(first) < found.index(second), found


@pytest.mark.parametrize("width", [390, 1280])
def test_without_javascript_links_to_the_register_and_the_campaigns_replace_search(browser, base_url: str,
                                                                                   width: int) -> None:
    with_script = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = with_script.new_page()
        page.goto(f"{base_url}chien-dich/giam-ngheo-ben-vung/")
        page.locator(".md-header__button[for=__search], .md-search__input").locator("visible=true").first.wait_for()
        assert page.locator(".cd-nojs-search").count() == 0  # with JavaScript, <noscript> stays unparsed text
    finally:
        with_script.close()
    context = browser.new_context(java_script_enabled=False, viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        page.goto(f"{base_url}chien-dich/giam-ngheo-ben-vung/")
        assert not page.locator(".md-search").is_visible()
        assert not page.locator(".md-header__button[for=__search]").is_visible()
        links = page.locator(".md-header .cd-nojs-search a")
        assert [link.inner_text() for link in links.all() if link.is_visible()] == ["Sổ văn bản", "Danh sách chiến dịch"]
        assert page.locator(".md-header__title").bounding_box()["width"] > 120  # the site's name keeps room
        links.first.click()
        page.wait_for_url(f"{base_url}van-ban/")
        page.locator(".md-header .cd-nojs-search a").last.click()
        page.wait_for_url(f"{base_url}chien-dich/")
    finally:
        context.close()

