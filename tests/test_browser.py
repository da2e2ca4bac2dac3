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


# URLs that leave 127.0.0.1, some dressed to look as if they did not.
OUTSIDE_URLS = ["https://example.com/", "http://localhost:8000/", "http://127.0.0.10/", "http://127.0.0.1.example.com/",
                "http://127.0.0.1@example.com/", "http://127.0.0.1:80@example.com/", "ws://example.com/",
                "http://[::1]:8000/", "http://2130706433/", "ftp://127.0.0.1.example.com/"]
LOCAL_URLS = ["http://127.0.0.1:8000/", "http://127.0.0.1/van-ban/?q=1#a", "https://127.0.0.1:4443",
              "data:text/plain,x", "blob:http://127.0.0.1:8000/1c3e", "about:blank"]


def test_the_route_pattern_hands_python_every_request_that_leaves_127_0_0_1() -> None:
    from browser import MAYBE_OUTSIDE, is_local

    assert [url for url in OUTSIDE_URLS if is_local(url) or not MAYBE_OUTSIDE.search(url)] == []
    # The site's own requests go on in Playwright's driver, without waiting for this process.
    assert [url for url in LOCAL_URLS if not is_local(url) or MAYBE_OUTSIDE.search(url)] == []


def test_a_request_to_another_host_is_blocked_and_recorded(guarded, tmp_path: Path) -> None:
    """Another host, played by a server on this machine under the name localhost: it must hear nothing."""
    import http.server
    import threading

    heard: list[str] = []

    class Ear(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - stdlib's name
            heard.append(self.path)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Ear)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    elsewhere = f"http://localhost:{other.server_address[1]}"
    (tmp_path / "index.html").write_text(f'<img src="{elsewhere}/anh.png"><script src="tai-len.js"></script>',
                                         encoding="utf-8")
    (tmp_path / "tai-len.js").write_text(f'fetch("{elsewhere}/du-lieu").catch(() => {{}});', encoding="utf-8")
    try:
        with serve_directory(tmp_path) as url:
            guarded.page.goto(url)
            guarded.page.wait_for_load_state("networkidle")
            assert sorted(guarded.outside) == [f"{elsewhere}/anh.png", f"{elsewhere}/du-lieu"]
            assert f"{url}tai-len.js" in guarded.requested and f"{url}tai-len.js" in guarded.answered
            assert guarded.failed == []
    finally:
        other.shutdown()
        other.server_close()
    assert heard == []
