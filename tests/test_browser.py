"""The real site, opened in headless Chromium from a loopback server."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import serve_directory

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(built_site: Path):
    with serve_directory(built_site) as url:
        yield url


def test_home_page_opens_clean(guarded, base_url: str) -> None:
    response = guarded.page.goto(base_url)
    assert response.ok
    heading = guarded.page.locator("h1").inner_text()
    assert heading.startswith("Chiến dịch tuyên truyền của Sở Công Thương Hải Dương")
    assert "Hiện không có chiến dịch nào đang diễn ra." in guarded.page.content()
    guarded.page.wait_for_load_state("networkidle")
    assert not [url for url in guarded.requested if url.endswith("sitemap.xml")]  # grows with the site
    assert guarded.outside == [] and guarded.errors == []


def test_campaign_page_opens_from_the_home_page(guarded, base_url: str) -> None:
    guarded.page.goto(base_url)
    guarded.page.get_by_role("link", name="Ngày hội hiến máu “Hải Dương ngàn trái tim hồng”", exact=False).first.click()
    guarded.page.wait_for_url("**/chien-dich/ngay-hoi-hien-mau-hai-duong-ngan-trai-tim-hong-2023/")
    table = guarded.page.locator("xpath=//h2[@id='van-ban-chi-dao']/following::table[1]")
    assert "2254/KH-BCĐ" in table.inner_text()
    assert "27/6/2023" in table.inner_text()
    assert guarded.outside == [] and guarded.errors == []


def test_going_back_does_not_reopen_the_drawer(browser, base_url: str) -> None:
    """The drawer's checkbox takes autocomplete="off" from a form (docs/overrides/base.html),
    so Chromium does not restore it checked when a reader comes back from a page the drawer led to."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(f"{base_url}chien-dich/")
        drawer = page.locator("#__drawer")
        page.locator(".md-header__button[for=__drawer]").click()
        assert drawer.is_checked()
        page.locator(".md-nav--primary a.md-nav__link", has_text="Văn bản").first.click()
        page.wait_for_url(f"{base_url}van-ban/")
        page.go_back()
        page.wait_for_url(f"{base_url}chien-dich/")
        assert not drawer.is_checked()
        page.locator(".md-header__button[for=__drawer]").click()
        assert drawer.is_checked()
        page.locator(".md-overlay").click(position={"x": 370, "y": 400})  # beside the drawer, on the dimmed page
        assert not drawer.is_checked()
    finally:
        context.close()
