"""What staff open the site for: calendar files, the feed, units, archive, print, editing links."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import feedparser
import pytest
from conftest import ROOT, TEST_TODAY, copy_project, environment
from icalendar import Calendar
from sitegen.build.pipeline import build
from sitegen.load.sources import load_sources
from sitegen.model.from_sources import build_site
from sitegen.render.calendar_files import calendar_files
from sitegen.render.pages import render_pages

DATED = """\
title: Tuần lễ thử nghiệm
summary: Một chiến dịch có ngày, để thử trạng thái theo đồng hồ.
start: 2026-12-01
end: 2026-12-31
tasks:
  - action: Nộp báo cáo tuần lễ.
    assignees: [cac-phong-thuoc-so]
    due: 2026-12-15
  - action: Việc đã quá hạn.
    assignees: [cac-phong-thuoc-so]
    due: 2026-11-20
events:
  - title: Lễ phát động
    date: 2026-12-01
    place: Hội trường Sở
"""


def site_of(root: Path, today: dt.date = TEST_TODAY):
    return build_site(load_sources(root), today)


def test_whole_site_calendar_parses_and_round_trips(built_site: Path) -> None:
    data = (built_site / "lich" / "chien-dich.ics").read_bytes()
    calendar = Calendar.from_ical(data)
    assert calendar.to_ical() == data
    events = calendar.walk("VEVENT")
    assert [(str(e["summary"]), e.decoded("dtstart")) for e in events] == [
        ("Kỷ niệm 63 năm Ngày thành lập ngành Du lịch Việt Nam", dt.date(2023, 7, 9))]
    assert data.count(b"\r\n") > 10  # RFC 5545 line endings


def test_campaign_calendar_has_span_events_deadlines_and_stable_uids(project: Path) -> None:
    (project / "campaigns" / "tuan-le-thu-nghiem.yml").write_text(DATED, encoding="utf-8")
    files = calendar_files(site_of(project), "https://example.gov.vn/chien-dich/")
    calendar = Calendar.from_ical(files["lich/tuan-le-thu-nghiem.ics"])
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert sorted(events) == [
        "tuan-le-thu-nghiem/han/1@chien-dich-sct-hai-duong",
        "tuan-le-thu-nghiem/han/2@chien-dich-sct-hai-duong",
        "tuan-le-thu-nghiem/su-kien/le-phat-dong@chien-dich-sct-hai-duong",
        "tuan-le-thu-nghiem@chien-dich-sct-hai-duong",
    ]
    span = events["tuan-le-thu-nghiem@chien-dich-sct-hai-duong"]
    assert (span.decoded("dtstart"), span.decoded("dtend")) == (dt.date(2026, 12, 1), dt.date(2027, 1, 1))
    assert str(events["tuan-le-thu-nghiem/su-kien/le-phat-dong@chien-dich-sct-hai-duong"]["location"]) == "Hội trường Sở"
    assert str(span["url"]) == "https://example.gov.vn/chien-dich/chien-dich/tuan-le-thu-nghiem/"
    # An editor moves the event: same UID, so calendar apps update it.
    (project / "campaigns" / "tuan-le-thu-nghiem.yml").write_text(DATED.replace("date: 2026-12-01", "date: 2026-12-02"), encoding="utf-8")
    moved = Calendar.from_ical(calendar_files(site_of(project), "https://example.gov.vn/")["lich/tuan-le-thu-nghiem.ics"])
    assert sorted(str(e["uid"]) for e in moved.walk("VEVENT")) == sorted(events)


def test_two_events_of_one_title_have_uids_of_their_own(project: Path) -> None:
    twice = DATED + "  - title: Lễ phát động\n    date: 2026-12-10\n"
    (project / "campaigns" / "tuan-le-thu-nghiem.yml").write_text(twice, encoding="utf-8")
    calendar = Calendar.from_ical(calendar_files(site_of(project), "https://example.gov.vn/")["lich/tuan-le-thu-nghiem.ics"])
    uids = [str(e["uid"]) for e in calendar.walk("VEVENT") if "su-kien" in str(e["uid"])]
    assert uids == ["tuan-le-thu-nghiem/su-kien/le-phat-dong@chien-dich-sct-hai-duong",
                    "tuan-le-thu-nghiem/su-kien/le-phat-dong-2@chien-dich-sct-hai-duong"]


def test_undated_campaign_has_no_calendar_and_says_why(built_site: Path) -> None:
    assert not (built_site / "lich" / "ngay-hoi-hien-mau-hai-duong-ngan-trai-tim-hong-2023.ics").exists()
    html = (built_site / "chien-dich" / "ngay-hoi-hien-mau-hai-duong-ngan-trai-tim-hong-2023" / "index.html").read_text(encoding="utf-8")
    assert "Văn bản không nêu ngày cụ thể nào để đưa vào lịch" in html
    html = (built_site / "chien-dich" / "ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../lich/ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich.ics"' in html


def test_calendar_page_says_how_many_campaigns_have_a_calendar_of_their_own(project: Path) -> None:
    intro = lambda root: render_pages(site_of(root))["lich/index.md"].split("## Sắp tới")[0]  # noqa: E731
    assert "tệp lịch riêng trên trang của chiến dịch: 1 trong 9 chiến dịch." in intro(project)
    assert "mỗi chiến dịch" not in intro(project)
    (project / "campaigns" / "tuan-le-thu-nghiem.yml").write_text(DATED, encoding="utf-8")
    assert "2 trong 10 chiến dịch." in intro(project)


def test_empty_sections_in_a_row_fold_into_one_line(project: Path) -> None:
    pages = render_pages(site_of(project))
    fraud = pages["chien-dich/thang-hanh-dong-phong-chong-lua-dao-truc-tuyen.md"]
    assert "Văn bản không nêu sự kiện có ngày cụ thể, tài liệu tuyên truyền hay đầu mối liên hệ.\n{: .cd-absent }" in fraud
    assert "## Sự kiện" not in fraud and "## Tài liệu" not in fraud and "## Đầu mối" not in fraud
    assert "## Nhiệm vụ" in fraud
    # With its event, the tourism anniversary keeps that section; the two after it fold.
    tourism = pages["chien-dich/ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich.md"]
    assert "## Sự kiện {#su-kien}" in tourism
    assert "Văn bản không nêu tài liệu tuyên truyền hay đầu mối liên hệ." in tourism
    # One empty section alone keeps its heading and its own sentence.
    assert "## Thông điệp chính {#thong-diep-chinh}\n\nVăn bản không nêu thông điệp riêng." in tourism


def test_feed_is_valid_atom_with_every_campaign(built_site: Path) -> None:
    feed = feedparser.parse((built_site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert len(feed.entries) == 9
    links = {entry.link for entry in feed.entries}
    assert "http://127.0.0.1:8000/chien-dich/giam-ngheo-ben-vung/" in links
    assert all(entry.id.startswith("tag:chien-dich-sct-hai-duong,2023:chien-dich/") for entry in feed.entries)
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="feed.xml"' in home
    # Material downloads the sitemap of every <link rel="alternate">: none in <head>.
    assert 'rel="alternate"' not in home


def test_unit_page_lists_current_tasks_with_deadlines_and_marks_overdue(project: Path) -> None:
    (project / "campaigns" / "tuan-le-thu-nghiem.yml").write_text(DATED, encoding="utf-8")
    page = render_pages(site_of(project, dt.date(2026, 12, 5)))["don-vi/cac-phong-thuoc-so.md"]
    # The 2023 campaigns' tasks are folded under "Các năm trước" (model/ageing.py).
    current = page[page.index("## Việc đang và sắp phải làm"): page.index('<details class="cd-archived"')]
    assert "Nộp báo cáo tuần lễ." in current and "15/12/2026" in current
    assert current.index("Việc đã quá hạn.") < current.index("Nộp báo cáo tuần lễ.")  # nearest deadline first
    overdue_row = next(line for line in current.splitlines() if "Việc đã quá hạn." in line)
    assert 'cd-task-state--qua-han" data-due="2026-11-20" data-done="" data-cancelled="" data-last="2026-12-31" data-records="">Quá hạn</span>' in overdue_row
    assert ">Chưa đến hạn</span>" in next(line for line in current.splitlines() if "Nộp báo cáo" in line)  # ten days ahead


def test_home_page_shows_days_left_and_next_deadlines(project: Path) -> None:
    (project / "campaigns" / "tuan-le-thu-nghiem.yml").write_text(DATED, encoding="utf-8")
    home = render_pages(site_of(project, dt.date(2026, 12, 5)))["index.md"]
    running = home[home.index("## Đang diễn ra"): home.index("## Sắp diễn ra")]
    assert "Tuần lễ thử nghiệm" in running and "còn 27 ngày" in running
    deadlines = home[home.index("## Hạn sắp tới"): home.index("## Đã kết thúc gần đây")]
    assert "15/12/2026" in deadlines and "Việc đã quá hạn." not in deadlines


def test_archive_groups_by_year_and_issuer_and_tags_link_back(built_site: Path) -> None:
    archive = (built_site / "luu-tru" / "index.html").read_text(encoding="utf-8")
    assert 'href="2023/"' in archive and 'href="co-quan/ban-tuyen-giao-tinh-uy/"' in archive
    year = (built_site / "luu-tru" / "2023" / "index.html").read_text(encoding="utf-8")
    assert len(set(re.findall(r'href="../../chien-dich/[a-z0-9-]+/"', year))) == 9
    issuer = (built_site / "luu-tru" / "co-quan" / "ban-tuyen-giao-tinh-uy" / "index.html").read_text(encoding="utf-8")
    assert "giam-ngheo-ben-vung" in issuer and "dinh-huong-tuyen-truyen-thang-7-2023" in issuer and "hien-mau" not in issuer
    tag = (built_site / "chu-de" / "hien-mau-tinh-nguyen" / "index.html").read_text(encoding="utf-8")
    assert "ngay-hoi-hien-mau-hai-duong-ngan-trai-tim-hong-2023" in tag
    campaign = (built_site / "chien-dich" / "giam-ngheo-ben-vung" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../chu-de/giam-ngheo/"' in campaign


def test_register_is_one_scannable_row_a_document_and_its_page_has_the_details(built_site: Path) -> None:
    register = (built_site / "van-ban" / "index.html").read_text(encoding="utf-8")
    row = next(row for row in register.split("<tr>") if "149-HD/BTGTU" in row)
    assert 'href="149-hd-btgtu/"' in row and "28/6/2023" in row and "Ban Tuyên giáo Tỉnh ủy" in row
    assert "05-CT/TW" not in row and "chien-dich/" not in row  # citations and campaigns: on the document's page
    page = (built_site / "van-ban" / "149-hd-btgtu" / "index.html").read_text(encoding="utf-8")
    for cited in ("05-CT/TW", "160/NQ-CP", "90/QĐ-TTg", "27/2022/NĐ-CP"):
        assert cited in page
    assert "../../chien-dich/giam-ngheo-ben-vung/" in page
    dates = [cell for cell in register.split('<td data-label="Ngày ban hành">')[1:]]
    # Newest first (the Quốc hội's resolution of 2025 that merged the province, then the 2023 documents); the dispatch dated
    # only “tháng 7/2023” counts as issued at the month's end (model/freshness.py, document_order).
    assert dates[0].startswith("12/6/2025") and dates[1].startswith("tháng 7/2023") and dates[2].startswith("04/7/2023")


@pytest.fixture(scope="module")
def dated_site(tmp_path_factory) -> Path:
    """The real campaigns plus one dated in December 2026, built on 26/11/2026 with an edit link."""
    root = copy_project(tmp_path_factory.mktemp("dated") / "project")
    (root / "campaigns" / "tuan-le-thu-nghiem.yml").write_text(DATED, encoding="utf-8")
    with environment(EDIT_BASE_URL="https://example.invalid/kho/edit/main/"):
        build(root, TEST_TODAY)
    return root / "site"


def test_edit_link_opens_the_campaign_file(dated_site: Path) -> None:
    html = (dated_site / "chien-dich" / "tuan-le-thu-nghiem" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://example.invalid/kho/edit/main/campaigns/tuan-le-thu-nghiem.yml"' in html
    assert "Sửa trang này" in html
    assert "example.invalid" not in (dated_site / "van-ban" / "index.html").read_text(encoding="utf-8")


@pytest.mark.browser
@pytest.mark.parametrize(("clock", "label", "as_of"), [
    ("2026-11-26T09:00:00+07:00", "Sắp diễn ra", "26/11/2026"),
    ("2026-12-10T09:00:00+07:00", "Đang diễn ra", "10/12/2026"),
    ("2026-12-28T09:00:00+07:00", "Sắp kết thúc", "28/12/2026"),
    ("2027-01-05T09:00:00+07:00", "Đã kết thúc", "05/01/2027"),
])
def test_status_follows_the_visitors_clock_and_says_its_date(browser, dated_site: Path, clock: str, label: str,
                                                              as_of: str) -> None:
    from browser import serve_directory

    with serve_directory(dated_site) as url:
        context = browser.new_context(timezone_id="Asia/Ho_Chi_Minh")
        page = context.new_page()
        page.clock.set_fixed_time(clock)
        page.goto(f"{url}chien-dich/tuan-le-thu-nghiem/")
        assert page.locator(".cd-status").first.inner_text() == label
        assert page.locator(".cd-as-of").inner_text() == f"tính đến ngày {as_of}"
        page.goto(url)
        assert f"Trạng thái tính đến ngày {as_of}." in page.locator("article").inner_text()
        context.close()


@pytest.mark.browser
def test_without_javascript_the_build_status_shows(browser, dated_site: Path) -> None:
    from browser import serve_directory

    with serve_directory(dated_site) as url:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(f"{url}chien-dich/tuan-le-thu-nghiem/")
        assert page.locator(".cd-status").first.inner_text() == "Sắp diễn ra"
        context.close()


@pytest.mark.browser
def test_browser_and_builder_write_dates_alike(guarded, built_site: Path) -> None:
    from browser import serve_directory
    from sitegen.model.dates import format_date

    days = [dt.date(2023, 7, 4), dt.date(2022, 1, 18), dt.date(2026, 2, 9), dt.date(2026, 11, 26), dt.date(2027, 12, 31)]
    with serve_directory(built_site) as url:
        guarded.page.goto(url)
        written = guarded.page.evaluate("days => days.map(formatDate)", [day.isoformat() for day in days])
    assert written == [format_date(day) for day in days]


@pytest.mark.browser
def test_browser_and_builder_agree_on_status(guarded, built_site: Path) -> None:
    from browser import serve_directory
    from sitegen.model.status import fact_span
    from test_status import CASES

    with serve_directory(built_site) as url:
        guarded.page.goto(url)
        for start, end, period, facts, today, status in CASES:
            iso = lambda day: day.isoformat() if day else ""  # noqa: E731
            first, last = fact_span(period, facts) or (None, None)  # data-first, data-last
            computed = guarded.page.evaluate("a => campaignStatus(...a)", [iso(start), iso(end), iso(first), iso(last), today.isoformat()])
            assert computed == status.value, (start, end, period, facts, today)


@pytest.mark.browser
def test_campaign_page_prints_without_navigation(guarded, built_site: Path) -> None:
    from browser import serve_directory

    with serve_directory(built_site) as url:
        guarded.page.goto(f"{url}chien-dich/giam-ngheo-ben-vung/")
        guarded.page.emulate_media(media="print")
        hidden = guarded.page.evaluate("""() => ['.md-header', '.md-tabs', '.md-sidebar--primary', '.md-footer']
            .map(s => document.querySelector(s)).filter(Boolean).map(e => getComputedStyle(e).display)""")
        assert hidden and set(hidden) == {"none"}
        assert guarded.page.locator("table").count() >= 3
        pdf = guarded.page.pdf(format="A4")
        assert pdf[:4] == b"%PDF"
