"""The report view (bao-cao/): per unit, what was assigned, what was done, when and
with which report; a page per month and per campaign, printable on A4, and beside
each a CSV that Excel opens with Vietnamese intact."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import SCREENSHOTS, TEST_TODAY
from sitegen.load.sources import load_sources
from sitegen.model.reports import campaign_reports, month_reports, report_rows
from sitegen.model.from_sources import build_site
from sitegen.render.pages import render_pages
from test_unit_calendars import CAMPAIGN, DON_VI, PAGE, PHONG, SITE_URL, SLUG, results_site, write_campaign  # noqa: F401

NOVEMBER = "bao-cao/thang-2026-11"
HEADER = ["Đơn vị", "Vai trò", "Nhiệm vụ", "Chiến dịch", "Thời hạn", "Tình trạng", "Ngày hoàn thành", "Báo cáo",
          "Địa chỉ báo cáo", "Ghi chú", "Địa chỉ chiến dịch"]
NOVEMBER_ROWS = [
    ["Các đơn vị trực thuộc Sở", "Thực hiện", "Đăng tin trên trang thông tin điện tử.", "Tuần lễ ghi kết quả",
     "10/11/2026", "Đã xong", "09/11/2026", "Liên kết báo cáo", "https://sct.haiduong.gov.vn/bao-cao-thang-11.pdf", "", PAGE],
    ["Các đơn vị trực thuộc Sở", "Thực hiện", "Tuyên truyền thường xuyên trên bảng tin.", "Tuần lễ ghi kết quả",
     "", "Không ghi thời hạn", "", "", "", "", PAGE],
    ["Các phòng thuộc Sở", "Thực hiện", "Đăng tin trên trang thông tin điện tử.", "Tuần lễ ghi kết quả",
     "10/11/2026", "Quá hạn", "", "", "", "", PAGE],
    ["Các phòng thuộc Sở", "Thực hiện", "Treo băng rôn tuyên truyền tại trụ sở.", "Tuần lễ ghi kết quả",
     "20/11/2026", "Đã xong", "18/11/2026", "Công văn số 1009/STTTT-TTBCXB", f"{SITE_URL}van-ban/1009-stttt-ttbcxb/", "",
     PAGE],
]


@pytest.fixture
def site(project: Path):
    return build_site(load_sources(write_campaign(project), today=TEST_TODAY), TEST_TODAY)


def test_a_row_belongs_to_the_months_of_its_deadline_and_result_else_to_its_campaigns(site) -> None:
    rows = [row for row in report_rows(site) if row.campaign.slug == SLUG]
    months = {(row.number, row.unit.id): sorted(row.months()) for row in rows}
    assert months == {
        (1, PHONG): [(2026, 12)], (1, DON_VI): [(2026, 12)], (1, "cong-doan-nganh-cong-thuong"): [(2026, 12)],
        (2, PHONG): [(2026, 11)],
        (3, PHONG): [(2026, 11)], (3, DON_VI): [(2026, 11)],
        (4, PHONG): [(2026, 12)],
        (5, DON_VI): [(2026, 10), (2026, 11), (2026, 12)],  # no deadline, no result: the campaign's time frame
    }
    reports = month_reports(report_rows(site))
    assert [report.title for report in reports[:3]] == ["tháng 12/2026", "tháng 11/2026", "tháng 10/2026"]
    assert [report.page for report in campaign_reports(site, report_rows(site)) if report.campaign.slug == SLUG] == [
        f"bao-cao/chien-dich/{SLUG}.md"]


def test_the_index_folds_months_with_no_deadline_and_no_result_into_one_line(site) -> None:
    """Issue 24: twelve identical month cards for 2023 ("9 · Đã xong 0 · Chưa xong 9") become one line."""
    reports = month_reports(report_rows(site))
    assert [r.title for r in reports if r.names_the_month] == ["tháng 12/2026", "tháng 11/2026"]
    # October 2026 holds only task 5, with no deadline and no result; so does every month of 2023.
    assert [r.title for r in reports if not r.names_the_month][:2] == ["tháng 10/2026", "tháng 12/2023"]
    page = render_pages(site, site_url=SITE_URL)["bao-cao/index.md"]
    table, _, line = page.partition('<p class="cd-quiet-months"')
    assert "[Tháng 12/2026](thang-2026-12.md)" in table and "[Tháng 11/2026](thang-2026-11.md)" in table
    assert "thang-2026-10.md" not in table and "2023" not in table.partition("## Theo tháng")[2]
    assert line.startswith(' markdown="span">13 tháng không có hạn nhiệm vụ hay kết quả nào được ghi, chỉ có nhiệm vụ '
                           "không ghi thời hạn trong thời gian thực hiện của chiến dịch: [tháng 10/2026](thang-2026-10.md), "
                           "[tháng 12/2023](thang-2023-12.md), ")
    assert line.count("](thang-") == 13


def test_a_month_page_lists_each_unit_in_vietnamese_order_with_states_and_reports(site) -> None:
    page = render_pages(site, site_url=SITE_URL)[f"{NOVEMBER}.md"]
    assert page.index("## Các đơn vị trực thuộc Sở") < page.index("## Các phòng thuộc Sở")
    assert "## Công đoàn" not in page  # its only task is due in December
    assert "thuộc tháng 11/2026 khi thời hạn hoặc ngày hoàn thành của nó nằm trong tháng" in page
    assert "4 lượt giao việc cho 2 đơn vị: 2 đã xong, 1 quá hạn, 1 không ghi thời hạn." in page
    assert "[tải tệp CSV](thang-2026-11.csv)" in page
    assert '<span class="cd-report-state cd-report-state--da-xong">Đã xong</span> ngày 18/11/2026' in page
    assert "Công văn số [1009/STTTT-TTBCXB](../van-ban/1009-stttt-ttbcxb.md)" in page
    assert "[Liên kết báo cáo](https://sct.haiduong.gov.vn/bao-cao-thang-11.pdf)" in page
    assert '<span class="cd-report-state cd-report-state--qua-han">Quá hạn</span></td><td data-label="Báo cáo" ' \
           'markdown="span">—</td>' in page
    assert "Chưa có báo cáo" not in page  # issue 24: one name for one state, the state column's


def test_a_campaign_page_shows_partners_and_cancelled_tasks_honestly(site) -> None:
    page = render_pages(site, site_url=SITE_URL)[f"bao-cao/chien-dich/{SLUG}.md"]
    assert page.startswith("---") and "# Báo cáo kết quả chiến dịch “Tuần lễ ghi kết quả”" in page
    assert "## Công đoàn ngành Công Thương" in page
    assert "Đã hủy</span>: Sở Thông tin và Truyền thông dừng hội nghị." in page
    assert "Không cần báo cáo" in page


def test_an_ended_campaign_without_results_says_so_in_the_report(project: Path) -> None:
    """The real campaigns of 2023 record nothing: their rows say “Chưa ghi nhận kết quả”, not “Quá hạn”."""
    site = build_site(load_sources(project), TEST_TODAY)
    page = render_pages(site)["bao-cao/thang-2023-07.md"]
    assert "Quá hạn</span>" not in page
    assert "15 lượt giao việc cho 3 đơn vị: 15 chưa ghi nhận kết quả." in page
    assert "Đã kết thúc mà chưa nhiệm vụ nào được ghi kết quả (5 chiến dịch): [Chỉ đạo, định hướng" in page
    assert "không ghi “Quá hạn”: trang không biết đơn vị đã làm hay chưa." in page


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "no byte order mark: Excel would read the file as the local code page"
    text = data.decode("utf-8")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), "every line ends in CRLF"
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_the_csv_has_the_pages_rows_for_excel(results_site: Path) -> None:
    rows = read_csv((results_site / f"{NOVEMBER}.csv").read_bytes())
    assert rows == [HEADER, *NOVEMBER_ROWS]
    campaign = read_csv((results_site / "bao-cao" / "chien-dich" / f"{SLUG}.csv").read_bytes())
    assert len(campaign) == 1 + 8 and {row[0] for row in campaign[1:]} == {
        "Các đơn vị trực thuộc Sở", "Các phòng thuộc Sở", "Công đoàn ngành Công Thương"}
    assert ["Các phòng thuộc Sở", "Thực hiện", "Tổ chức hội nghị quán triệt.", "Tuần lễ ghi kết quả", "20/12/2026",
            "Đã hủy", "", "", "", "Lý do hủy: Sở Thông tin và Truyền thông dừng hội nghị.", PAGE] in campaign
    html = (results_site / NOVEMBER / "index.html").read_text(encoding="utf-8")
    assert 'href="../thang-2026-11.csv"' in html


def test_a_cell_that_excel_would_run_as_a_formula_stays_text(project: Path) -> None:
    from sitegen.render.report_files import csv_bytes

    tasks = [{**CAMPAIGN["tasks"][1], "action": "=HYPERLINK(\"http://x\";\"bấm\")"}]
    write_campaign(project, {**CAMPAIGN, "tasks": tasks})
    site = build_site(load_sources(project, today=TEST_TODAY), TEST_TODAY)
    report = next(r for r in campaign_reports(site, report_rows(site)) if r.campaign.slug == SLUG)
    assert read_csv(csv_bytes(report, SITE_URL))[1][2] == "'=HYPERLINK(\"http://x\";\"bấm\")"


def test_editors_text_stays_text_on_report_pages(project: Path) -> None:
    hostile = "<script>alert(1)</script> [bấm](javascript:x) | *đậm*"
    tasks = [{**CAMPAIGN["tasks"][3], "action": hostile, "cancelled": hostile}]
    write_campaign(project, {**CAMPAIGN, "tasks": tasks})
    site = build_site(load_sources(project, today=TEST_TODAY), TEST_TODAY)
    page = render_pages(site)[f"bao-cao/chien-dich/{SLUG}.md"]
    escaped = r"&lt;script&gt;alert(1)&lt;/script&gt; \[bấm\](javascript:x) \| \*đậm\*"
    assert page.count(escaped) == 2 and "<script>" not in page


def test_report_pages_are_in_the_nav_once_and_out_of_search(results_site: Path) -> None:
    home = (results_site / "index.html").read_text(encoding="utf-8")
    assert home.count('href="bao-cao/"') == 2  # the tab, and the drawer on phones
    assert "Báo cáo kết quả" in home
    index = (results_site / "tim-kiem" / "d" / "0.json").read_text(encoding="utf-8")
    assert "bao-cao/" not in index


# --- In the browser: on a phone, on a desktop, and printed on A4 -------------------------------

def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.fail(f"{name} is missing: install Debian's poppler-utils (scripts/system-packages.sh lists it)")
    return path


@pytest.fixture(scope="module")
def served(results_site: Path):
    from browser import serve_directory

    with serve_directory(results_site) as url:
        yield url


REPORT_PAGES = {"index": "bao-cao/", "month": f"{NOVEMBER}/", "campaign": f"bao-cao/chien-dich/{SLUG}/",
                "unit": f"don-vi/{PHONG}/", "calendar": "lich/"}


@pytest.mark.browser
@pytest.mark.parametrize("kind", REPORT_PAGES)
def test_report_and_subscription_pages_read_on_a_phone_and_a_desktop(browser, served: str, kind: str) -> None:
    from test_layout import CARDS, MEASURE, resize

    folder = SCREENSHOTS / "bao-cao"
    folder.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    page = context.new_page()
    page.goto(served + REPORT_PAGES[kind])
    found = {}
    for width in (390, 1280):
        resize(page, width)
        if kind in ("unit", "calendar"):
            page.locator(".cd-subscribe summary").click()  # the note opened, as a reader would
        found[width] = (page.evaluate(MEASURE), page.evaluate(CARDS))
        page.screenshot(path=folder / f"{kind}-{width}.png", full_page=True)
        if kind in ("unit", "calendar"):
            page.locator(".cd-subscribe summary").click()
    context.close()
    for width, (problems, tables) in found.items():
        assert problems == [], (width, problems)
        assert all((table["display"] == "block") == (width < 720) for table in tables), (width, tables)
        assert all(table["unlabelled"] == 0 for table in tables if width < 720), (width, tables)


def print_on_a4(browser, address: str, pdf: Path) -> list[str]:
    """Print `address` as Chromium does (the page's @page size), into `pdf`; return what
    stands past the right edge of A4's printable width (210 mm less 2 × 16 mm margins)."""
    context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    page = context.new_page()
    page.clock.set_fixed_time("2026-11-28T09:00:00+07:00")
    page.goto(address)
    page.emulate_media(media="print")
    page.set_viewport_size({"width": round((210 - 32) / 25.4 * 96), "height": 1000})
    past = page.evaluate("""() => [...document.querySelectorAll("article *")]
        .filter(e => e.getBoundingClientRect().right > document.querySelector("article").getBoundingClientRect().right + 1)
        .map(e => e.localName + ": " + e.textContent.trim().slice(0, 40))""")
    pdf.write_bytes(page.pdf(prefer_css_page_size=True, print_background=True))
    context.close()
    info = subprocess.run([_tool("pdfinfo"), str(pdf)], capture_output=True, check=True, text=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert size and (round(float(size[1])), round(float(size[2]))) == (595, 842), info  # A4 portrait
    return past


def printed_words(pdf: Path) -> list[str]:
    """The PDF's words; -raw keeps the page's order, cell after cell."""
    return subprocess.run([_tool("pdftotext"), "-raw", str(pdf), "-"], capture_output=True, check=True,
                          text=True).stdout.split()


@pytest.mark.browser
def test_a_campaign_report_prints_on_a4_whole(browser, served: str, tmp_path: Path) -> None:
    pdf = tmp_path / "bao-cao.pdf"
    assert print_on_a4(browser, served + f"bao-cao/chien-dich/{SLUG}/", pdf) == []
    words = printed_words(pdf)
    # A long address may break inside, so spaces do not count.
    for expected in ["Báo cáo kết quả chiến dịch “Tuần lễ ghi kết quả”", "Các đơn vị trực thuộc Sở", "Các phòng thuộc Sở",
                     "Công đoàn ngành Công Thương", *(task["action"] for task in CAMPAIGN["tasks"]),
                     "Đã xong ngày 18/11/2026", "Công văn số 1009/STTTT-TTBCXB", "—",
                     "https://sct.haiduong.gov.vn/bao-cao-thang-11.pdf", "In ngày 28/11/2026"]:
        assert "".join(expected.split()) in "".join(words), expected
    for day in ("15/12/2026", "10/11/2026", "20/11/2026", "20/12/2026"):
        assert day in words, f"{day} broken across lines"


@pytest.mark.browser
def test_a_month_report_of_six_columns_and_long_titles_prints_on_a4_whole(browser, served: str, tmp_path: Path) -> None:
    pdf = tmp_path / "thang.pdf"
    assert print_on_a4(browser, served + "bao-cao/thang-2023-07/", pdf) == []
    text = "".join(printed_words(pdf))
    for campaign in ("Kỷ niệm 63 năm Ngày thành lập ngành Du lịch Việt Nam (09/7/1960 - 09/7/2023)",
                     "Ngày hội hiến máu “Hải Dương ngàn trái tim hồng” hưởng ứng chương trình Hành trình Đỏ lần thứ XI năm 2023"):
        assert "".join(campaign.split()) in text, campaign
    assert text.count("Chưaghinhậnkếtquả") >= 15  # one in each row's state


@pytest.mark.browser
@pytest.mark.parametrize("kind", ["month", "campaign", "unit"])
def test_pages_with_results_have_no_accessibility_violations(axe_tab, served: str, kind: str) -> None:
    from test_publishing import AXE, AXE_TAGS

    axe_tab.goto(served + REPORT_PAGES[kind])
    axe_tab.add_script_tag(path=str(AXE))  # an inline script: the tab bypasses the site's CSP
    result = axe_tab.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    assert [(v["id"], [node["target"] for node in v["nodes"]][:3]) for v in result["violations"]] == []
