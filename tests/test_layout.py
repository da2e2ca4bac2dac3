"""Every kind of page as staff read it: on phones (360 and 390 px wide), a tablet
(768 px) and a desktop (1280 px); and a campaign page printed on A4.

Nothing scrolls the page sideways, no table cell is clipped, a table that must
scroll says so, and generated tables are labelled cards on phones. Screenshots
of the pages at 390 px go to build/test-screenshots/ for a reviewer.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from browser import serve_directory
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from conftest import SCREENSHOTS, screenshots_taken

pytestmark = pytest.mark.browser

PAGES = {
    "home": "",
    "campaign list": "chien-dich/",
    "campaign": "chien-dich/giam-ngheo-ben-vung/",
    "campaign with empty sections": "chien-dich/thang-hanh-dong-phong-chong-lua-dao-truc-tuyen/",
    "register": "van-ban/",
    "register of a year": "van-ban/nam-2023/",
    "document": "van-ban/149-hd-btgtu/",
    "department's dispatch": "van-ban/cong-van-so-cong-thuong-thang-7-2023/",
    "units": "don-vi/",
    "unit": "don-vi/cac-phong-thuoc-so/",
    "calendar": "lich/",
    "archive": "luu-tru/",
    "archive year": "luu-tru/2023/",
    "archive issuer": "luu-tru/co-quan/ban-tuyen-giao-tinh-uy/",
    "tags": "chu-de/",
    "tag": "chu-de/hien-mau-tinh-nguyen/",
    "reports": "bao-cao/",
    "report of a month": "bao-cao/thang-2023-07/",
    "report of a campaign": "bao-cao/chien-dich/giam-ngheo-ben-vung/",
    "editor's guide": "huong-dan/bien-tap/",
    "webmaster's guide": "huong-dan/quan-tri/",
}
WIDTHS = [360, 390, 768, 1280]
SCREENSHOT_WIDTH = 390
# Below 45em (site.css) the generated tables are cards.
CARDS_BELOW = 720

# What does not fit, on the page in view: the page wider than the screen, an
# element of the article past its column, a table that scrolls without saying
# so, a cell whose text is cut. Inside a scrolling table box, only the box counts;
# what is hidden for screen readers only (a card table's header row) does not.
MEASURE = """() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > innerWidth) {
    const past = [...document.body.querySelectorAll("*")].filter(e => e.getBoundingClientRect().right > innerWidth + 1);
    problems.push(`page ${root.scrollWidth} px wide: ${past.slice(0, 3).map(e => e.localName + "." + e.className).join(", ")}`);
  }
  const article = document.querySelector("article");
  const column = article.getBoundingClientRect();
  const unseen = new Set([...article.querySelectorAll("*")].filter(element =>
    getComputedStyle(element).clip === "rect(0px, 0px, 0px, 0px)"));
  for (const element of article.querySelectorAll("*")) {
    if (element.closest(".md-typeset__scrollwrap, pre")) continue;
    if ([...unseen].some(hidden => hidden.contains(element))) continue;
    const box = element.getBoundingClientRect();
    if (box.width && (box.right > column.right + 1 || box.left < column.left - 1))
      problems.push(`<${element.localName}> "${element.textContent.trim().slice(0, 30)}" outside the column`);
  }
  for (const table of article.querySelectorAll("table")) {
    const name = `table "${table.querySelector("th").textContent.trim()}"`;
    const box = table.closest(".md-typeset__scrollwrap") || table;
    if (box.scrollWidth > box.clientWidth + 1) {
      const holder = table.closest(".md-typeset__table");
      const cue = holder && getComputedStyle(holder, "::before").content;
      if (!cue || cue === "none") problems.push(`${name} scrolls (${box.scrollWidth} px in ${box.clientWidth}) without saying so`);
    }
    for (const cell of table.querySelectorAll("th, td"))
      if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`${name}: cell "${cell.textContent.trim().slice(0, 30)}" cut`);
  }
  return problems;
}"""

# How each generated table shows: as a table, or as cards whose values carry their column's name.
CARDS = """() => [...document.querySelectorAll("article table.cd-table")].map(table => ({
  display: getComputedStyle(table).display,
  unlabelled: [...table.querySelectorAll("td")].filter(cell =>
    getComputedStyle(cell, "::before").content !== `"${cell.dataset.label}: "`).length,
}))"""


@pytest.fixture(scope="module")
def site_url(built_site: Path):
    with serve_directory(built_site) as url:
        yield url


@pytest.fixture(scope="module")
def tab(browser):
    """One browser tab for the module: each page is loaded once and looked at in every width."""
    context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def screenshots(request: pytest.FixtureRequest) -> Path:
    folder = SCREENSHOTS / str(SCREENSHOT_WIDTH)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    request.config.stash[screenshots_taken] = folder
    return folder


def resize(page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 844})
    # Scroll-state queries (the scroll hint) are settled at the next frames, and
    # Material's search box slides to its new width in a quarter of a second.
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    try:
        page.wait_for_function("() => document.documentElement.scrollWidth <= innerWidth", timeout=1000)
    except PlaywrightTimeout:
        pass  # still too wide after a second: MEASURE reports it


@pytest.mark.parametrize("kind", PAGES)
def test_every_kind_of_page_fits_every_screen(tab, site_url: str, screenshots: Path, kind: str) -> None:
    resize(tab, WIDTHS[0])
    tab.goto(site_url + PAGES[kind])
    problems, layouts = {}, {}
    for width in WIDTHS:
        resize(tab, width)
        problems[width] = tab.evaluate(MEASURE)
        layouts[width] = tab.evaluate(CARDS)
        if width == SCREENSHOT_WIDTH:
            tab.screenshot(path=screenshots / f"{PAGES[kind].strip('/').replace('/', '_') or 'trang-chu'}.png", full_page=True)
    assert {width: found for width, found in problems.items() if found} == {}
    for width, tables in layouts.items():
        cards = width < CARDS_BELOW
        for table in tables:
            assert (table["display"] == "block") == cards, (width, table)
            if cards:
                assert table["unlabelled"] == 0, (width, table)


def test_generated_tables_are_on_every_kind_of_page_that_lists_things(tab, site_url: str) -> None:
    """The fit test above looks at tables: make sure the pages it sees have them."""
    counts = {}
    for kind in ("home", "campaign", "register", "document", "units", "unit", "calendar", "archive year", "tag"):
        tab.goto(site_url + PAGES[kind])
        counts[kind] = tab.locator("article table.cd-table").count()
    assert all(counts.values()), counts


def test_the_registers_rows_are_short(browser, site_url: str) -> None:
    """One line or card a document: 16 documents took 5,484 px at 1280 px, the dispatch's row 1,700 (17 documents
    since the Quốc hội's 2025 resolution on the province's merger was recorded)."""
    context = browser.new_context(viewport={"width": 1280, "height": 844})
    page = context.new_page()
    page.goto(site_url + "van-ban/")
    rows = page.locator("article table tbody tr").evaluate_all("rows => rows.map(row => row.offsetHeight)")
    context.close()
    assert len(rows) == 17
    assert max(rows) < 160 and sum(rows) < 1400, rows


CUE = '"Bảng rộng hơn màn hình: vuốt sang ngang để xem hết."'
WIDE_TABLE = """() => {
  const box = document.querySelector(".md-typeset__scrollwrap");
  for (const row of box.querySelectorAll("tr"))
    for (let i = 0; i < 6; i++) row.insertAdjacentHTML("beforeend", "<td>Một cột nữa, rộng</td>");
  return box.scrollWidth > box.clientWidth;
}"""


def test_a_table_that_must_scroll_says_so(browser, site_url: str) -> None:
    """A hand-written table (the guides) keeps Material's scrolling box; too wide for a phone, it shows a hint."""
    context = browser.new_context(viewport={"width": 360, "height": 844})
    page = context.new_page()
    page.goto(site_url + "huong-dan/bien-tap/")
    fits = page.evaluate("() => getComputedStyle(document.querySelector('.md-typeset__table'), '::before').content")
    assert page.evaluate(WIDE_TABLE), "the widened table does not scroll"
    try:  # the hint follows a scroll-state query, settled after layout
        page.wait_for_function(f"() => getComputedStyle(document.querySelector('.md-typeset__table'), '::before').content"
                               f" === '{CUE}'", timeout=3000)
    except PlaywrightTimeout:
        pytest.fail("a table wider than a 360 px screen shows no hint that it scrolls (within 3 s)")
    finally:
        context.close()
    assert fits == "none"  # no hint where nothing scrolls


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.fail(f"{name} is missing: install Debian's poppler-utils (scripts/system-packages.sh lists it)")
    return path


def ink_depths(pdf: Path) -> list[float]:
    """For each page, how far down (0 to 1) its lowest printed line reaches."""
    pixels = subprocess.run([_tool("pdftoppm"), "-r", "20", "-gray", str(pdf)], capture_output=True, check=True).stdout
    depths = []
    while pixels:  # one binary PGM per page: "P5\n<width> <height>\n255\n" and the bytes
        _, size, _, rest = pixels.split(b"\n", 3)
        width, height = map(int, size.split())
        image, pixels = rest[:width * height], rest[width * height:]
        inked = [row for row in range(height) if min(image[row * width:(row + 1) * width]) < 200]
        depths.append((inked[-1] + 1) / height if inked else 0.0)
    return depths


@pytest.mark.parametrize(("campaign", "status_date"), [
    ("giam-ngheo-ben-vung", None),  # three pages; its status needs no date
    ("an-toan-thuc-pham-nam-2023", "28/11/2026"),  # its tasks table once left a quarter of page 1 blank
])
def test_a_printed_campaign_page_stands_on_its_own(browser, site_url: str, tmp_path: Path, campaign: str,
                                                   status_date: str | None) -> None:
    context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    page = context.new_page()
    page.clock.set_fixed_time("2026-11-28T09:00:00+07:00")
    address = f"{site_url}chien-dich/{campaign}/"
    page.goto(address)
    pdf = tmp_path / "ban-in.pdf"
    pdf.write_bytes(page.pdf(format="A4"))
    context.close()
    text = subprocess.run([_tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    first_page = text.split("\f")[0]
    assert "Sở Công Thương tỉnh Hải Dương" in first_page
    assert f"Địa chỉ trang: {address}" in first_page
    assert "In ngày 28/11/2026" in first_page
    if status_date:
        assert re.search(rf"Đã kết thúc\s+tính đến ngày {status_date}", first_page)
    depths = ink_depths(pdf)
    # The printable area ends at 94 % of A4's height: no page but the last is a quarter blank.
    assert all(depth > 0.8 for depth in depths[:-1]) and depths[0] > 0.5, depths
