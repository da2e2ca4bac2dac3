"""Task states where staff read them: unit pages, campaign pages, the home page's next
deadlines and the calendar page; built for days before, at and after a deadline, done
and not done, and recomputed in the browser from the visitor's clock (status.js).

The fixture (tests/task_fixture.py) adds two campaigns to the real ones: one that
records results (a task done by all, one done by one unit of two, one open, one
cancelled, one with no deadline) and one that ended in October 2026 recording none.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from browser import visit
from conftest import ROOT, SCREENSHOTS, copy_project
from sitegen.load.sources import load_sources
from sitegen.model.from_sources import build_site
from sitegen.model.task_state import UPCOMING_DAYS, TaskState, is_upcoming
from sitegen.render.pages import render_pages
from task_fixture import FOLLOWED, RECORDED, REPORT_URL, UNFOLLOWED, add_tasks

D = dt.date
STATUS_JS = ROOT / "docs" / "assets" / "javascripts" / "status.js"


@pytest.fixture(scope="module")
def tracked(tmp_path_factory) -> Path:
    return add_tasks(copy_project(tmp_path_factory.mktemp("tasks") / "project"))


def pages_on(root: Path, day: dt.date) -> dict[str, str]:
    """The pages built on `day`, from sources that record results up to RECORDED."""
    return render_pages(build_site(load_sources(root, today=RECORDED), day))


def row(page: str, action: str) -> str:
    return next(line for line in page.splitlines() if f">{action}</th>" in line)


def state(line: str) -> str:
    """The label of the task's state in a row (the first task badge)."""
    return re.search(r'class="cd-task-state[^"]*"[^>]*>([^<]+)</span>', line).group(1)


def section(page: str, heading: str) -> str:
    start = page.index(f"## {heading}")
    following = page.find("\n## ", start + 1)
    return page[start:] if following < 0 else page[start:following]


# -- Unit pages -------------------------------------------------------------------


def test_a_unit_page_lists_open_tasks_first_then_done_ones_with_their_day_and_report(tracked: Path) -> None:
    page = pages_on(tracked, RECORDED)["don-vi/cac-phong-thuoc-so.md"]
    headings = re.findall(r"^## (.+) \{#", page, flags=re.MULTILINE)
    assert headings == ["Việc đang và sắp phải làm", "Nhiệm vụ của các chiến dịch khác", "Đã xong hoặc đã hủy"]
    current, done = section(page, "Việc đang"), section(page, "Đã xong")
    assert state(row(current, "Nộp báo cáo tổng kết.")) == "Chưa đến hạn"
    assert "Treo băng rôn" not in current and "Đăng tin" not in current
    # Its own result, though the other assignee has not finished the banner task.
    assert row(done, "Treo băng rôn tại trụ sở.").endswith(
        f'>Đã xong</span> ngày 24/11/2026, [báo cáo]({REPORT_URL})</td></tr>')
    assert row(done, "Đăng tin trên trang thông tin điện tử.").endswith(
        ">Đã xong</span> ngày 18/11/2026, Báo cáo số [15/BC-SCT](../van-ban/15-bc-sct.md)</td></tr>")
    assert done.index("Treo băng rôn") < done.index("Đăng tin")  # the latest first
    assert "cd-overdue" not in page and "Quá hạn" not in page


def test_a_unit_that_has_not_finished_sees_it_overdue_and_a_cancelled_task_with_its_reason(tracked: Path) -> None:
    page = pages_on(tracked, RECORDED)["don-vi/cac-don-vi-truc-thuoc-so.md"]
    current, done = section(page, "Việc đang"), section(page, "Đã xong")
    assert state(row(current, "Treo băng rôn tại trụ sở.")) == "Quá hạn"
    assert row(current, "Treo băng rôn tại trụ sở.").endswith(">Quá hạn</span></td></tr>")  # no one else's result
    assert state(row(current, "Phát tờ rơi.")) == "Không ghi thời hạn"
    assert row(done, "Tổ chức tọa đàm.").endswith(">Đã hủy</span> Lý do: Sở Thông tin và Truyền thông dừng tọa đàm.</td></tr>")
    assert current.index("Treo băng rôn") < current.index("Phát tờ rơi")  # the nearest deadline first


def test_a_partner_sees_the_task_done_once_every_assignee_has_done_it(tracked: Path) -> None:
    page = pages_on(tracked, RECORDED)["don-vi/cong-doan-nganh-cong-thuong.md"]
    line = row(section(page, "Đã xong"), "Đăng tin trên trang thông tin điện tử.")
    assert ">Phối hợp<" in line and line.endswith(">Đã xong</span> ngày 18/11/2026, Báo cáo số [15/BC-SCT](../van-ban/15-bc-sct.md)</td></tr>")


@pytest.mark.parametrize(("day", "expected"), [
    (D(2026, 12, 3), "Chưa đến hạn"),  # a week and a day before
    (D(2026, 12, 4), "Sắp đến hạn"),  # the last seven days
    (D(2026, 12, 10), "Sắp đến hạn"),  # the deadline itself
    (D(2026, 12, 11), "Quá hạn"),
    (D(2027, 1, 5), "Quá hạn"),  # after the campaign: it records results, so a missing one is overdue
])
def test_an_open_task_before_at_and_after_its_deadline_and_a_done_one_whatever_the_day(tracked: Path, day: dt.date,
                                                                                       expected: str) -> None:
    pages = pages_on(tracked, day)
    unit, campaign = pages["don-vi/cac-phong-thuoc-so.md"], pages[f"chien-dich/{FOLLOWED}.md"]
    assert state(row(unit, "Nộp báo cáo tổng kết.")) == state(row(campaign, "Nộp báo cáo tổng kết.")) == expected
    assert state(row(unit, "Đăng tin trên trang thông tin điện tử.")) == "Đã xong"
    assert state(row(campaign, "Tổ chức tọa đàm.")) == "Đã hủy"


def test_an_ended_campaign_that_records_nothing_says_so_instead_of_overdue(tracked: Path) -> None:
    before = pages_on(tracked, D(2026, 10, 15))["don-vi/cac-phong-thuoc-so.md"]
    late = pages_on(tracked, D(2026, 10, 25))["don-vi/cac-phong-thuoc-so.md"]  # the campaign still runs
    ended = pages_on(tracked, RECORDED)["don-vi/cac-phong-thuoc-so.md"]
    states = [state(row(page, "Gửi báo cáo tháng 10.")) for page in (before, late, ended)]
    assert states == ["Sắp đến hạn", "Quá hạn", "Chưa ghi nhận kết quả"]
    # The real campaigns, all of 2023 and recording nothing, call no unit overdue either.
    assert "Quá hạn" not in pages_on(ROOT, RECORDED)["don-vi/cac-phong-thuoc-so.md"]


# -- Campaign pages ---------------------------------------------------------------


def progress(page: str) -> dict[str, list[str]]:
    """Each unit's counts: assigned, done, open, overdue."""
    block = page[page.index("### Tiến độ theo đơn vị"):]
    return {name: re.findall(r'data-label="[^"]+" markdown="span">(?:<span[^>]*>)?(\d+)', line)
            for line in block.splitlines() if (name := next(iter(re.findall(r'scope="row" markdown="span">\[([^\]]+)\]', line)), None))}


def test_a_campaign_page_shows_each_tasks_state_and_each_units_progress(tracked: Path) -> None:
    page = pages_on(tracked, RECORDED)[f"chien-dich/{FOLLOWED}.md"]
    assert row(page, "Đăng tin trên trang thông tin điện tử.").endswith(
        ">Đã xong</span> ngày 18/11/2026, Báo cáo số [15/BC-SCT](../van-ban/15-bc-sct.md)</td></tr>")
    assert row(page, "Treo băng rôn tại trụ sở.").endswith(
        f">Quá hạn</span> [Các phòng thuộc Sở](../don-vi/cac-phong-thuoc-so.md) đã xong ngày 24/11/2026, [báo cáo]({REPORT_URL}).</td></tr>")
    assert "; không tính 1 nhiệm vụ đã hủy." in page
    assert progress(page) == {"Các đơn vị trực thuộc Sở": ["3", "1", "2", "1"], "Các phòng thuộc Sở": ["3", "2", "1", "0"]}
    assert progress(pages_on(tracked, D(2026, 12, 11))[f"chien-dich/{FOLLOWED}.md"])["Các phòng thuộc Sở"] == ["3", "2", "1", "1"]
    assert 'data-progress="unrecorded"' not in page  # it records results


@pytest.mark.parametrize(("day", "unrecorded", "overdue"), [
    (D(2026, 10, 15), False, "0"),
    (D(2026, 10, 25), False, "1"),
    (D(2026, 10, 31), False, "1"),  # its last day still counts as running
    (D(2026, 11, 1), True, "0"),
])
def test_an_ended_campaign_with_no_results_shows_chua_ghi_nhan_ket_qua(tracked: Path, day: dt.date, unrecorded: bool,
                                                                       overdue: str) -> None:
    page = pages_on(tracked, day)[f"chien-dich/{UNFOLLOWED}.md"]
    line = next(line for line in page.splitlines() if 'data-progress="unrecorded"' in line)
    counts = next(line for line in page.splitlines() if '<table class="cd-table" data-progress="counts"' in line)
    assert line.endswith(">Chưa ghi nhận kết quả: chiến dịch đã kết thúc mà chưa nhiệm vụ nào được ghi kết quả, "
                         "nên trang không biết đơn vị nào đã làm hay chưa.</p>")
    assert (" hidden>" in line) is not unrecorded and (" hidden markdown>" in counts) is unrecorded
    assert progress(page)["Các phòng thuộc Sở"] == ["1", "0", "1", overdue]
    assert (state(row(page, "Gửi báo cáo tháng 10.")) == "Chưa ghi nhận kết quả") is unrecorded


def test_a_campaign_with_no_known_end_never_says_it_ended(tracked: Path) -> None:
    page = pages_on(tracked, RECORDED)["chien-dich/giam-ngheo-ben-vung.md"]
    assert 'data-progress="unrecorded"' not in page
    assert progress(page)["Các phòng thuộc Sở"] == ["4", "0", "4", "0"]


# -- The home page and the calendar ---------------------------------------------------


@pytest.mark.parametrize(("due", "today", "upcoming"), [
    (D(2026, 12, 10), D(2026, 12, 10), True),
    (D(2026, 12, 10), D(2026, 11, 27), True),  # the fourteenth day
    (D(2026, 12, 10), D(2026, 11, 26), False),
    (D(2026, 12, 10), D(2026, 12, 11), False),
])
def test_upcoming_is_the_next_fourteen_days(due: dt.date, today: dt.date, upcoming: bool) -> None:
    assert UPCOMING_DAYS == 14
    assert is_upcoming(due, today) is upcoming


def upcoming_rows(page: str) -> dict[str, bool]:
    """The home page's deadlines: task, and whether it shows."""
    found = {}
    for line in section(page, "Hạn sắp tới").splitlines():
        if line.startswith('<tr class="cd-upcoming"'):
            found[re.search(r'scope="row" markdown="span">([^<]+)</th>', line).group(1)] = " hidden " not in line
    return found


def test_the_home_page_lists_the_open_deadlines_of_the_next_fourteen_days(tracked: Path) -> None:
    on = lambda day: pages_on(tracked, day)["index.md"]
    # Done, cancelled and past deadlines are left out; one fourteen days ahead is written, hidden.
    assert upcoming_rows(on(RECORDED)) == {"Nộp báo cáo tổng kết.": False}
    assert '<table class="cd-table" hidden markdown>' in section(on(RECORDED), "Hạn sắp tới")  # no empty table either
    assert '<table class="cd-table" markdown>' in section(on(D(2026, 11, 27)), "Hạn sắp tới")
    assert '<p class="cd-upcoming-none">Không có nhiệm vụ chưa xong nào có hạn trong 14 ngày tới.</p>' in on(RECORDED)
    assert upcoming_rows(on(D(2026, 11, 27))) == {"Nộp báo cáo tổng kết.": True}
    assert '<p class="cd-upcoming-none" hidden>' in on(D(2026, 11, 27))
    # A task one of its two units has not finished is still open.
    assert upcoming_rows(on(D(2026, 11, 24))) == {"Treo băng rôn tại trụ sở.": True, "Nộp báo cáo tổng kết.": False}
    assert state(row(on(D(2026, 11, 24)), "Treo băng rôn tại trụ sở.")) == "Sắp đến hạn"


def test_the_calendar_page_gives_each_open_deadline_its_state_and_drops_closed_ones(tracked: Path) -> None:
    page = pages_on(tracked, RECORDED)["lich/index.md"]
    # As in the .ics files: a task done by every assignee, or cancelled, is no longer a deadline to keep.
    assert ">Tổ chức tọa đàm.</th>" not in page
    assert ">Đăng tin trên trang thông tin điện tử.</th>" not in page
    assert state(row(page, "Nộp báo cáo tổng kết.")) == "Chưa đến hạn"
    assert state(row(page, "Gửi báo cáo tháng 10.")) == "Chưa ghi nhận kết quả"
    assert "Hạn nhiệm vụ <span" in row(page, "Nộp báo cáo tổng kết.")


# -- In the browser ------------------------------------------------------------------


def case_page(cases) -> str:
    """A page with one task badge for each case, built as the pages build them."""
    iso = lambda day: day.isoformat() if day else ""
    badges = "\n".join(
        f'<p><span id="case-{n}" class="cd-task-state" data-due="{iso(due)}" data-done="{iso(done)}" '
        f'data-cancelled="{"co" if cancelled else ""}" data-last="{iso(last)}" data-records="{"co" if records else ""}">?</span></p>'
        for n, (due, done, cancelled, last, records, _today, _state) in enumerate(cases))
    return (f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trạng thái</title></head>'
            f'<body>{badges}<script src="status.js"></script></body></html>')


@pytest.mark.browser
def test_status_js_gives_every_task_state_of_the_table_on_the_visitors_day(browser, tmp_path: Path) -> None:
    from browser import serve_directory
    from test_task_state import CASES

    shutil.copy(STATUS_JS, tmp_path / "status.js")
    (tmp_path / "index.html").write_text(case_page(CASES), encoding="utf-8")
    days = sorted({case[5] for case in CASES})
    with serve_directory(tmp_path) as url:
        context = browser.new_context(timezone_id="Asia/Ho_Chi_Minh")
        page = context.new_page()
        for day in days:
            page.clock.set_fixed_time(f"{day.isoformat()}T00:30:00+07:00")  # still the day before in UTC: the visitor's day counts
            page.goto(url)
            for n, case in enumerate(CASES):
                if case[5] == day:
                    badge = page.locator(f"#case-{n}")
                    assert (badge.inner_text(), badge.get_attribute("class")) == (
                        case[6].label, f"cd-task-state cd-task-state--{case[6].value}"), case
        # The labels are the model's, in its order.
        assert page.evaluate("Object.entries(taskStateLabels)") == [[s.value, s.label] for s in TaskState]
        upcoming = [(due, today) for due, today in ((D(2026, 12, 10), D(2026, 11, 26) + dt.timedelta(days=n)) for n in range(-1, 17))]
        assert page.evaluate("pairs => pairs.map(([due, today]) => isUpcoming(due, today))",
                             [[due.isoformat(), today.isoformat()] for due, today in upcoming]) == [
            is_upcoming(due, today) for due, today in upcoming]
        context.close()


@pytest.fixture(scope="module")
def tracked_site(tracked: Path) -> Path:
    from sitegen.build.pipeline import build

    build(tracked, RECORDED)
    return tracked / "site"


def badge_of(page, action: str, nth: int = 0) -> str:
    return page.locator("tr", has=page.locator("th", has_text=action)).nth(nth).locator(".cd-task-state").inner_text()


@pytest.mark.browser
@pytest.mark.parametrize(("clock", "expected", "overdue"), [
    (None, "Chưa đến hạn", "0"),  # without JavaScript: the build day's, 26/11/2026
    ("2026-12-03", "Chưa đến hạn", "0"),
    ("2026-12-04", "Sắp đến hạn", "0"),
    ("2026-12-10", "Sắp đến hạn", "0"),
    ("2026-12-11", "Quá hạn", "1"),
])
def test_states_and_counts_follow_the_visitors_clock(visitor_tabs, tracked_site: Path, clock, expected: str,
                                                     overdue: str) -> None:
    from browser import serve_directory

    with serve_directory(tracked_site) as url:
        page = visit(visitor_tabs, f"{url}don-vi/cac-phong-thuoc-so/", clock)
        assert badge_of(page, "Nộp báo cáo tổng kết.") == expected
        assert badge_of(page, "Đăng tin trên trang thông tin điện tử.") == "Đã xong"
        page.goto(f"{url}chien-dich/{FOLLOWED}/")
        assert badge_of(page, "Nộp báo cáo tổng kết.") == expected
        counts = page.locator("table[data-progress] tr", has=page.locator("th", has_text="Các phòng thuộc Sở"))
        assert counts.locator("td").all_inner_texts() == ["3", "2", "1", overdue]


@pytest.mark.browser
@pytest.mark.parametrize(("clock", "unrecorded", "expected"), [
    (None, True, "Chưa ghi nhận kết quả"),
    ("2026-10-25", False, "Quá hạn"),  # a page opened on a clock before the campaign ended
    ("2026-12-01", True, "Chưa ghi nhận kết quả"),
])
def test_the_ended_campaign_says_it_recorded_nothing_on_the_visitors_day(visitor_tabs, tracked_site: Path, clock,
                                                                          unrecorded: bool, expected: str) -> None:
    from browser import serve_directory

    with serve_directory(tracked_site) as url:
        page = visit(visitor_tabs, f"{url}chien-dich/{UNFOLLOWED}/", clock)
        assert badge_of(page, "Gửi báo cáo tháng 10.") == expected
        assert page.locator('[data-progress="unrecorded"]').is_visible() is unrecorded
        assert page.locator('table[data-progress="counts"]').is_visible() is not unrecorded
        assert page.locator('p[data-progress="counts"]').is_visible() is not unrecorded
        if not unrecorded:
            assert page.locator("table[data-progress] td").all_inner_texts() == ["1", "0", "1", "1"]


@pytest.mark.browser
@pytest.mark.parametrize(("clock", "shown"), [
    (None, []),
    ("2026-11-26", []),  # fourteen days ahead is not within the next fourteen
    ("2026-11-27", ["Nộp báo cáo tổng kết."]),
    ("2026-12-10", ["Nộp báo cáo tổng kết."]),
    ("2026-12-11", []),
])
def test_the_home_page_shows_the_deadlines_of_the_visitors_next_fourteen_days(visitor_tabs, tracked_site: Path, clock,
                                                                              shown: list[str]) -> None:
    from browser import serve_directory

    with serve_directory(tracked_site) as url:
        for width in (1280, 390):  # a hidden row stays hidden in the phone's cards too
            page = visit(visitor_tabs, url, clock, width)
            rows = page.locator("tr.cd-upcoming")
            assert [rows.nth(n).locator("th").inner_text() for n in range(rows.count()) if rows.nth(n).is_visible()] == shown
            assert page.locator(".cd-upcoming-none").is_visible() is (not shown)
            assert page.locator("table", has=page.locator("tr.cd-upcoming")).is_visible() is bool(shown)  # no empty table


@pytest.mark.browser
def test_the_pages_with_task_states_are_valid_and_accessible(browser, tracked_site: Path) -> None:
    from browser import serve_directory
    from test_html_valid import VNU
    from test_publishing import AXE, AXE_TAGS

    pages = ["index.html", "lich/index.html", f"chien-dich/{FOLLOWED}/index.html", f"chien-dich/{UNFOLLOWED}/index.html",
             "don-vi/cac-phong-thuoc-so/index.html", "don-vi/cac-don-vi-truc-thuoc-so/index.html"]
    # The Nu checker (a JVM, seconds to start) reads the files while the browser runs axe on the pages.
    with subprocess.Popen([shutil.which("java") or "java", "-jar", str(VNU), "--errors-only", "--format", "json", "--stdout",
                           *[str(tracked_site / page) for page in pages]],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as checker:
        try:
            violations = {}
            with serve_directory(tracked_site) as url:
                for clock in ("2026-11-27", "2026-12-11"):  # every state's colours: done, cancelled, overdue, due soon…
                    context = browser.new_context(bypass_csp=True, timezone_id="Asia/Ho_Chi_Minh")
                    page = context.new_page()
                    page.clock.set_fixed_time(f"{clock}T09:00:00+07:00")
                    for path in pages:
                        page.goto(url + path.removesuffix("index.html"))
                        page.add_script_tag(path=str(AXE))
                        result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
                        violations[clock, path] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
                    context.close()
            checked, _ = checker.communicate(timeout=300)
        except BaseException:
            checker.kill()
            raise
    assert json.loads(checked)["messages"] == []
    assert {where: found for where, found in violations.items() if found} == {}


@pytest.mark.browser
def test_screenshots_of_the_pages_with_task_states(visitor_tabs, tracked_site: Path, request: pytest.FixtureRequest) -> None:
    """For a reviewer's eyes (build/test-screenshots/task-states/), and no page scrolls sideways."""
    from browser import serve_directory
    from conftest import screenshots_taken

    folder = SCREENSHOTS / "task-states"
    folder.mkdir(parents=True, exist_ok=True)
    with serve_directory(tracked_site) as url:
        for width in (390, 1280):
            for name, path in [("trang-chu", ""), ("don-vi", "don-vi/cac-don-vi-truc-thuoc-so/"),
                               ("chien-dich", f"chien-dich/{FOLLOWED}/"), ("chien-dich-da-qua", f"chien-dich/{UNFOLLOWED}/"),
                               ("lich", "lich/")]:
                page = visit(visitor_tabs, url + path, "2026-11-27", width)
                assert page.evaluate("document.documentElement.scrollWidth") <= width, (name, width)
                page.screenshot(path=folder / f"{name}-{width}.png", full_page=True)
    request.config.stash[screenshots_taken] = folder


@pytest.mark.browser
def test_the_preview_shows_task_states_and_progress_as_the_page_does(visitor_tabs, tracked_site: Path, tracked: Path) -> None:
    """The form's preview (render/editor/preview.js) drawn with plain DOM elements beside the built page."""
    from browser import serve_directory
    from sitegen.load.loader import load_yaml_text
    from test_form_editor import KEY_TEXT

    read = lambda path: load_yaml_text(str(path), path.read_text(encoding="utf-8"))[0].data
    registries = {name: [read(path) for path in sorted((tracked / "campaigns" / "registries" / name).glob("*.yml"))]
                  for name in ("units", "organizations", "documents")}
    with serve_directory(tracked_site) as url:
        for slug, clock in [(FOLLOWED, "2026-11-27"), (FOLLOWED, "2026-12-11"), (UNFOLLOWED, "2026-11-27"),
                            (UNFOLLOWED, "2026-10-25")]:
            page = visit(visitor_tabs, f"{url}chien-dich/{slug}/", clock)
            built = page.locator("article").evaluate(KEY_TEXT)
            page.add_script_tag(path=str(ROOT / "scripts" / "sitegen" / "render" / "editor" / "preview.js"))
            shown = page.evaluate(PREVIEW.replace("KEY_TEXT", KEY_TEXT), [json.loads(json.dumps(read(tracked / "campaigns" / f"{slug}.yml"), default=str)),
                                            json.loads(json.dumps(registries, default=str))])
            assert shown["title"] == built["title"] and shown["status"] == built["status"]
            assert shown["tables"]["Nhiệm vụ"] == built["tables"]["Nhiệm vụ"], (slug, clock)
            assert shown["tables"]["Tiến độ theo đơn vị"] == built["tables"]["Tiến độ theo đơn vị"], (slug, clock)
            assert shown["hidden"] == page.evaluate(HIDDEN), (slug, clock)


# The preview drawn with a tiny stand-in for React's createElement, then read as the page is.
PREVIEW = """([data, registries]) => {
  const h = (type, props, ...children) => {
    const element = document.createElement(type);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === "className") element.className = value;
      else if (key === "hidden") element.hidden = Boolean(value);
      else if (key !== "key") element.setAttribute(key, value);
    }
    const add = (child) => Array.isArray(child) ? child.forEach(add)
      : child === null || child === undefined || child === false ? null : element.append(child);
    children.forEach(add);
    return element;
  };
  const byKeys = (records, keys) => new Map(records.flatMap((record) => keys.filter((key) => record[key]).map((key) => [record[key], record])));
  const article = BienTap.campaignPreview(h, data, {units: byKeys(registries.units, ["id"]),
    organizations: byKeys(registries.organizations, ["id"]), documents: byKeys(registries.documents, ["id", "number"])});
  document.body.append(article);
  return {...(KEY_TEXT)(article), hidden: [...article.querySelectorAll("[hidden]")].map((element) => element.tagName)};
}"""
HIDDEN = """() => [...document.querySelector("article").querySelectorAll("[hidden]")].map((element) => element.tagName)"""
