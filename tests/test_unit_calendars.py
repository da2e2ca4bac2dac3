"""Each unit's calendar of the deadlines it has still to meet: reminders 3 days and
1 day before, UIDs stable and its own, a done task gone at the next build."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import TEST_TODAY
from icalendar import Calendar
from sitegen.fmt.files import decap_text
from sitegen.load.sources import load_sources
from sitegen.model.from_sources import build_site
from sitegen.release.gate import check_site
from sitegen.render.calendar_files import calendar_files
from sitegen.render.pages import render_pages

SITE_URL = "https://congthuong.haiduong.gov.vn/chien-dich/"
SLUG = "tuan-le-ghi-ket-qua"
PAGE = f"{SITE_URL}chien-dich/{SLUG}/"
PHONG, DON_VI, CONG_DOAN = "cac-phong-thuoc-so", "cac-don-vi-truc-thuoc-so", "cong-doan-nganh-cong-thuong"
# A campaign that records results, built on TEST_TODAY (26/11/2026): task 1 is open for
# everyone, 2 is done, 3 is done by one of its two units, 4 is cancelled, 5 has no deadline.
CAMPAIGN = {
    "title": "Tuần lễ ghi kết quả",
    "summary": "Chiến dịch thử, có hạn nhiệm vụ và kết quả đã ghi.",
    "start": "2026-10-01",
    "end": "2026-12-31",
    "tasks": [
        {"action": "Nộp báo cáo tuần lễ về Sở, kèm ảnh băng rôn.", "assignees": [PHONG, DON_VI], "partners": [CONG_DOAN],
         "due": "2026-12-15"},
        {"action": "Treo băng rôn tuyên truyền tại trụ sở.", "assignees": [PHONG], "due": "2026-11-20",
         "done": "2026-11-18", "report": "1009/STTTT-TTBCXB"},
        {"action": "Đăng tin trên trang thông tin điện tử.", "assignees": [PHONG, DON_VI], "due": "2026-11-10",
         "done_by": [{"unit": DON_VI, "date": "2026-11-09", "report": "https://sct.haiduong.gov.vn/bao-cao-thang-11.pdf"}]},
        {"action": "Tổ chức hội nghị quán triệt.", "assignees": [PHONG], "due": "2026-12-20",
         "cancelled": "Sở Thông tin và Truyền thông dừng hội nghị."},
        {"action": "Tuyên truyền thường xuyên trên bảng tin.", "assignees": [DON_VI]},
    ],
}


def write_campaign(project: Path, data: dict = CAMPAIGN) -> Path:
    """The campaign, in the form the web editor writes it."""
    path = project / "campaigns" / f"{SLUG}.yml"
    path.write_text(decap_text(data, "campaign"), encoding="utf-8")
    return project


def calendars(project: Path, today: dt.date = TEST_TODAY) -> dict[str, bytes]:
    return calendar_files(build_site(load_sources(project, today=today), today), SITE_URL)


def events(data: bytes) -> dict[str, object]:
    return {str(event["uid"]): event for event in Calendar.from_ical(data).walk("VEVENT")}


def uid(number: int, unit: str | None = None) -> str:
    return f"{SLUG}/han/{number}" + (f"/don-vi/{unit}" if unit else "") + "@chien-dich-sct-hai-duong"


def test_a_unit_calendar_holds_its_open_deadlines_with_two_reminders(project: Path) -> None:
    files = calendars(write_campaign(project))
    calendar = Calendar.from_ical(files[f"lich/don-vi/{PHONG}.ics"])
    assert str(calendar["x-wr-calname"]) == "Hạn nhiệm vụ – Các phòng thuộc Sở"
    found = events(files[f"lich/don-vi/{PHONG}.ics"])
    # Task 3 is overdue for this unit (the other one did it): still to do, still reminded.
    assert list(found) == [uid(3, PHONG), uid(1, PHONG)]
    event = found[uid(1, PHONG)]
    assert event.decoded("dtstart") == dt.date(2026, 12, 15) and event.decoded("dtend") == dt.date(2026, 12, 16)
    assert str(event["summary"]) == "Hạn: Nộp báo cáo tuần lễ về Sở, kèm ảnh băng rôn."
    assert str(event["url"]) == PAGE
    assert str(event["description"]) == (
        "Việc cần làm: Nộp báo cáo tuần lễ về Sở, kèm ảnh băng rôn.\nVai trò của Các phòng thuộc Sở: Thực hiện\n"
        f"Chiến dịch: Tuần lễ ghi kết quả\nXem chi tiết: {PAGE}")
    alarms = event.walk("VALARM")
    assert [(str(a["action"]), a.decoded("trigger"), str(a["description"])) for a in alarms] == [
        ("DISPLAY", dt.timedelta(days=-3), "Còn 3 ngày đến hạn: Nộp báo cáo tuần lễ về Sở, kèm ảnh băng rôn."),
        ("DISPLAY", dt.timedelta(days=-1), "Ngày mai đến hạn: Nộp báo cáo tuần lễ về Sở, kèm ảnh băng rôn."),
    ]
    assert b"TRIGGER:-P3D\r\n" in files[f"lich/don-vi/{PHONG}.ics"]


def test_each_unit_has_its_own_uids_and_a_partner_is_reminded_too(project: Path) -> None:
    files = calendars(write_campaign(project))
    assert list(events(files[f"lich/don-vi/{DON_VI}.ics"])) == [uid(1, DON_VI)]  # task 3 done by it
    partner = events(files[f"lich/don-vi/{CONG_DOAN}.ics"])
    assert list(partner) == [uid(1, CONG_DOAN)]
    assert "Vai trò của Công đoàn ngành Công Thương: Phối hợp với Các phòng thuộc Sở, Các đơn vị trực thuộc Sở" in str(
        partner[uid(1, CONG_DOAN)]["description"])


def test_uids_and_bytes_are_stable_across_builds(project: Path) -> None:
    write_campaign(project)
    first, second = calendars(project), calendars(project)
    assert first == second
    # A later build day changes only DTSTAMP: every UID stays, so apps update events instead of adding copies.
    later = calendars(project, TEST_TODAY + dt.timedelta(days=2))
    for name in first:
        assert list(events(first[name])) == list(events(later[name])), name


def test_a_task_marked_done_leaves_every_calendar_at_the_next_build(project: Path) -> None:
    before = calendars(write_campaign(project))
    assert uid(1, DON_VI) in events(before[f"lich/don-vi/{DON_VI}.ics"])
    assert uid(1) in events(before["lich/chien-dich.ics"]) and uid(1) in events(before[f"lich/{SLUG}.ics"])
    tasks = [dict(task) for task in CAMPAIGN["tasks"]]
    tasks[0]["done"] = "2026-11-25"
    after = calendars(write_campaign(project, {**CAMPAIGN, "tasks": tasks}))
    for unit in (PHONG, DON_VI, CONG_DOAN):
        assert uid(1, unit) not in events(after[f"lich/don-vi/{unit}.ics"]), unit
    assert uid(1) not in events(after["lich/chien-dich.ics"]) and uid(1) not in events(after[f"lich/{SLUG}.ics"])
    assert list(events(after[f"lich/don-vi/{PHONG}.ics"])) == [uid(3, PHONG)]
    assert list(events(after[f"lich/don-vi/{CONG_DOAN}.ics"])) == []  # an empty calendar stays at its address


def test_the_site_calendar_keeps_open_deadlines_only_with_reminders(project: Path) -> None:
    files = calendars(write_campaign(project))
    site = events(files["lich/chien-dich.ics"])
    deadlines = [name for name in site if name.startswith(f"{SLUG}/han/")]
    assert deadlines == [uid(1), uid(3)]  # 2 is done, 4 cancelled, 5 has no deadline
    assert [a.decoded("trigger") for a in site[uid(3)].walk("VALARM")] == [dt.timedelta(days=-3), dt.timedelta(days=-1)]
    assert "Đơn vị thực hiện: Các phòng thuộc Sở, Các đơn vị trực thuộc Sở (đã xong 09/11/2026)" in str(
        site[uid(3)]["description"])
    assert files[f"lich/{SLUG}.ics"].count(b"BEGIN:VALARM") == 4


def test_the_calendar_page_lists_open_deadlines_only(project: Path) -> None:
    site = build_site(load_sources(write_campaign(project), today=TEST_TODAY), TEST_TODAY)
    page = render_pages(site, site_url=SITE_URL)["lich/index.md"]
    assert "Nộp báo cáo tuần lễ về Sở" in page and "Đăng tin trên trang thông tin điện tử." in page
    assert "Treo băng rôn" not in page and "Tổ chức hội nghị quán triệt" not in page  # done, cancelled
    assert "[Đăng ký theo dõi](webcal://congthuong.haiduong.gov.vn/chien-dich/lich/chien-dich.ics)" in page


def test_a_campaign_whose_deadlines_are_all_done_offers_no_calendar(project: Path) -> None:
    tasks = [CAMPAIGN["tasks"][1], CAMPAIGN["tasks"][3]]
    write_campaign(project, {**CAMPAIGN, "start": None, "end": None, "period": "2026-11", "tasks": tasks})
    site = build_site(load_sources(project, today=TEST_TODAY), TEST_TODAY)
    assert f"lich/{SLUG}.ics" not in calendar_files(site, SITE_URL)
    page = render_pages(site)[f"chien-dich/{SLUG}.md"]
    assert "Các nhiệm vụ có hạn đều đã xong hoặc đã hủy, không còn ngày nào để đưa vào lịch" in page


def test_the_unit_page_offers_the_subscription(project: Path) -> None:
    site = build_site(load_sources(write_campaign(project), today=TEST_TODAY), TEST_TODAY)
    page = render_pages(site, site_url=SITE_URL)[f"don-vi/{PHONG}.md"]
    assert f"[Đăng ký theo dõi](webcal://congthuong.haiduong.gov.vn/chien-dich/lich/don-vi/{PHONG}.ics)" in page
    assert f"[tải tệp lịch (.ics)](../lich/don-vi/{PHONG}.ics)" in page
    assert f"<code>{SITE_URL}lich/don-vi/{PHONG}.ics</code>" in page
    assert "Lịch có 2 hạn nhiệm vụ đơn vị chưa xong." in page
    assert "Thêm lịch đã đăng ký" in page and "Từ URL" in page and "Đăng ký từ web" in page
    # Without the site's address (a page rendered alone) no webcal:// link is made up.
    assert "webcal://" not in render_pages(site)[f"don-vi/{PHONG}.md"]


@pytest.fixture(scope="module")
def results_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project and the campaign above, built strictly at SITE_URL."""
    from conftest import copy_project, environment
    from sitegen.build.pipeline import build

    root = write_campaign(copy_project(tmp_path_factory.mktemp("ket-qua") / "project"))
    with environment(SITE_URL=SITE_URL):
        build(root, TEST_TODAY)
    return root / "site"


def test_a_whole_build_writes_the_same_calendars(results_site: Path) -> None:
    """The files a real build published are byte for byte those of another generation of the same sources."""
    again = calendars(results_site.parent)
    for unit in (PHONG, DON_VI, CONG_DOAN):
        assert (results_site / "lich" / "don-vi" / f"{unit}.ics").read_bytes() == again[f"lich/don-vi/{unit}.ics"], unit
    assert (results_site / "lich" / "chien-dich.ics").read_bytes() == again["lich/chien-dich.ics"]


def test_the_gate_checks_unit_calendars(results_site: Path, tmp_path: Path) -> None:
    import shutil

    assert check_site(results_site) == []
    broken = tmp_path / "site"
    shutil.copytree(results_site, broken)
    (broken / "lich" / "don-vi" / f"{DON_VI}.ics").unlink()
    stray = (broken / "lich" / "don-vi" / f"{PHONG}.ics").read_bytes().replace(b"/han/1/", b"/han/9/")
    (broken / "lich" / "don-vi" / f"{PHONG}.ics").write_bytes(stray.replace(b"END:VALARM\r\n", b"", 1))
    problems = [problem for problem in check_site(broken) if "SHA256SUMS" not in problem]
    assert problems == [
        f"don-vi/{DON_VI}/index.html: liên kết tới “../../lich/don-vi/{DON_VI}.ics” không có trong bản dựng",
        f"lich/don-vi/{PHONG}.ics: có lời nhắc (VALARM) không trọn",
        f"lich/don-vi/{PHONG}.ics: 1 hạn nhắc việc không có trong lịch chung lich/chien-dich.ics",
        f"don-vi/{DON_VI}/index.html: thiếu lịch nhắc hạn lich/don-vi/{DON_VI}.ics",
    ]
