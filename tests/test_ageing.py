"""The department's ageing rules: one table of cases for model/ageing.py and
status.js, the rules read from mkdocs.yml, and what the real campaigns become
on 6 December 2026."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT
from sitegen.load.ageing_settings import ageing_rules
from sitegen.load.attachment_limit import MEGABYTE, attachment_limit
from sitegen.load.sources import load_sources
from sitegen.model.ageing import AgeingRules, add_months, archive_day, is_archived
from sitegen.model.from_sources import build_site

CASES = json.loads((ROOT / "tests" / "fixtures" / "ageing_cases.json").read_text(encoding="utf-8"))["cases"]
STATUS_JS = ROOT / "docs" / "assets" / "javascripts" / "status.js"
DECEMBER = dt.date(2026, 12, 6)


def day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@pytest.mark.parametrize("case", CASES, ids=[case["why"] for case in CASES])
def test_archive_day_and_is_archived_follow_the_table(case: dict) -> None:
    rules = AgeingRules(case["recent_days"], case["horizon_months"])
    first, last, newest, today = (day(case[key]) for key in ("first", "last", "newest", "today"))
    assert archive_day(first, last, newest, rules) == day(case["archive_day"])
    assert is_archived(first, last, newest, today, rules) is case["archived"]


# status.js runs as a page runs it, on a document with nothing to update; then each case is asked of it.
NODE_CASES = """
const fs = require("fs"), vm = require("vm");
const window = {addEventListener() {}};
const context = {window, document: {readyState: "complete", querySelectorAll: () => [], querySelector: () => null},
                 location: {protocol: "file:"}};
vm.runInNewContext(fs.readFileSync(process.argv[1], "utf8"), context);
const cases = JSON.parse(fs.readFileSync(process.argv[2], "utf8")).cases;
console.log(JSON.stringify(cases.map(c => [
  window.archiveDay(c.first || "", c.last || "", c.newest || "", c.recent_days, c.horizon_months) || null,
  window.isArchived(c.first || "", c.last || "", c.newest || "", c.today, c.recent_days, c.horizon_months)])));
"""


def test_status_js_gives_the_same_answers_on_every_case() -> None:
    node = shutil.which("node")
    assert node, "node is needed (npm brings it; make test installs it)"
    result = subprocess.run([node, "-e", NODE_CASES, str(STATUS_JS), str(ROOT / "tests/fixtures/ageing_cases.json")],
                            capture_output=True, text=True, timeout=60, check=True)
    answers = json.loads(result.stdout)
    assert answers == [[case["archive_day"], case["archived"]] for case in CASES]


@pytest.mark.parametrize(("start", "months", "expected"), [
    (dt.date(2023, 7, 31), 6, dt.date(2024, 1, 31)),
    (dt.date(2023, 8, 31), 6, dt.date(2024, 2, 29)),
    (dt.date(2025, 8, 31), 6, dt.date(2026, 2, 28)),
    (dt.date(2025, 11, 30), 2, dt.date(2026, 1, 30)),
    (dt.date(2025, 12, 31), 12, dt.date(2026, 12, 31)),
])
def test_add_months_keeps_the_day_or_takes_the_months_last(start, months, expected) -> None:
    assert add_months(start, months) == expected


# -- The settings ----------------------------------------------------------------------


def config(tmp_path: Path, ageing: str) -> Path:
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nextra:\n  generator: false\n" + ageing, encoding="utf-8")
    return tmp_path


def test_without_settings_the_defaults_of_the_guide_hold(tmp_path: Path) -> None:
    assert ageing_rules(config(tmp_path, "")) == (AgeingRules(60, 6), [])
    assert AgeingRules() == AgeingRules(60, 6)
    guide = (ROOT / "docs" / "huong-dan" / "quan-tri.md").read_text(encoding="utf-8")
    assert "recent_days: 60" in guide and "horizon_months: 6" in guide


def test_the_department_sets_its_own_rules(tmp_path: Path) -> None:
    rules, problems = ageing_rules(config(tmp_path, "  ageing:\n    recent_days: 30\n    horizon_months: 12\n"))
    assert (rules, problems) == (AgeingRules(30, 12), [])
    rules, problems = ageing_rules(config(tmp_path, "  ageing:\n    horizon_months: 3\n"))
    assert (rules, problems) == (AgeingRules(60, 3), [])


@pytest.mark.parametrize(("value", "message"), [
    ("sáu", "mkdocs.yml:5:21: Thiết lập ageing: horizon_months “sáu” không phải một số tháng "
            "(ghi một số nguyên từ 1 đến 120, ví dụ horizon_months: 6)"),
    ("0", "mkdocs.yml:5:21: Thiết lập ageing: horizon_months “0” không phải một số tháng "
          "(ghi một số nguyên từ 1 đến 120, ví dụ horizon_months: 6)"),
    ("2.5", "mkdocs.yml:5:21: Thiết lập ageing: horizon_months “2.5” không phải một số tháng "
            "(ghi một số nguyên từ 1 đến 120, ví dụ horizon_months: 6)"),
])
def test_a_setting_that_is_no_number_is_named_with_its_line(tmp_path: Path, value: str, message: str) -> None:
    rules, problems = ageing_rules(config(tmp_path, f"  ageing:\n    horizon_months: {value}\n"))
    assert rules == AgeingRules()
    assert [str(problem) for problem in problems] == [message]


def test_the_sites_own_settings_are_the_defaults() -> None:
    assert ageing_rules(ROOT) == (AgeingRules(60, 6), [])


def test_a_saved_mkdocs_yml_is_read_again_though_its_size_and_time_are_the_same(tmp_path: Path) -> None:
    """The settings' YAML tree is kept for each text of the file (load/mkdocs_settings.py), not for a size and a time."""
    rules = lambda recent: f"  max_attachment_mb: {recent}\n  ageing:\n    recent_days: {recent}\n"
    root = config(tmp_path, rules(30))
    assert (ageing_rules(root)[0], attachment_limit(root)[0]) == (AgeingRules(30, 6), 30 * MEGABYTE)
    written = (root / "mkdocs.yml").stat()
    config(tmp_path, rules(45))  # as a save within the file system's clock tick
    os.utime(root / "mkdocs.yml", ns=(written.st_atime_ns, written.st_mtime_ns))
    assert (root / "mkdocs.yml").stat().st_size == written.st_size
    assert (ageing_rules(root)[0], attachment_limit(root)[0]) == (AgeingRules(45, 6), 45 * MEGABYTE)


# -- The real campaigns on 6 December 2026 ----------------------------------------------


@pytest.fixture(scope="module")
def december():
    return build_site(load_sources(ROOT), DECEMBER)


def test_every_2023_campaign_is_archived_in_december_2026_with_its_reason(december) -> None:
    reasons = {campaign.slug: campaign.age.reason for campaign in december.campaigns}
    assert all(campaign.age.archived for campaign in december.campaigns)
    assert reasons["giam-ngheo-ben-vung"] == (
        "Văn bản mới nhất từ tháng 7/2023; quá 6 tháng không có cập nhật nên chuyển vào lưu trữ.")
    assert reasons["an-toan-thuc-pham-nam-2023"] == (
        "Thực hiện trong năm 2023; đã kết thúc quá 60 ngày nên chuyển vào lưu trữ.")
    assert reasons["ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich"] == (
        "Ngày cuối văn bản nêu là 09/7/2023; đã kết thúc quá 60 ngày nên chuyển vào lưu trữ.")


def test_the_rule_changes_where_a_campaign_is_listed_not_its_facts(december) -> None:
    campaign = next(c for c in december.campaigns if c.slug == "giam-ngheo-ben-vung")
    assert campaign.status.label == "Chưa rõ thời gian"
    assert (campaign.start, campaign.end, campaign.period, campaign.age.first, campaign.age.last) == (None,) * 5
    assert campaign.age.newest.ref == "cong-van-so-cong-thuong-thang-7-2023"


def test_in_july_2023_nothing_is_archived_yet() -> None:
    site = build_site(load_sources(ROOT), dt.date(2023, 8, 15))
    assert not any(campaign.age.archived for campaign in site.campaigns)
    assert all(campaign.age.reason is None for campaign in site.campaigns)


# -- The pages -----------------------------------------------------------------------------

SITE_URL = "https://congthuong.haiduong.gov.vn/chien-dich/"
AUGUST = dt.date(2023, 8, 15)  # the month after the dispatch: nothing archived yet


def pages_on(today: dt.date) -> dict[str, str]:
    from sitegen.render.pages import render_pages

    return render_pages(build_site(load_sources(ROOT), today), site_url=SITE_URL)


def section(page: str, heading: str) -> str:
    """The text of a page's section, from its heading to the next of its level."""
    start = page.index(f"\n## {heading}")
    end = page.find("\n## ", start + 1)
    return page[start:end if end != -1 else None]


@pytest.fixture(scope="module")
def december_pages() -> dict[str, str]:
    return pages_on(DECEMBER)


def test_in_december_2026_the_home_page_lists_the_2023_campaigns_under_the_archive_with_the_reason(
        december, december_pages) -> None:
    home = december_pages["index.md"]
    assert "## Chưa rõ thời gian" not in home
    recent = section(home, "Đã kết thúc gần đây")
    assert "chien-dich/" not in recent  # no campaign listed as recently ended
    assert '<p class="cd-ageing-none" data-list="recent">Không có chiến dịch nào kết thúc trong 60 ngày qua.</p>' in recent
    assert ('<p class="cd-ageing" data-recent-days="60" data-horizon-months="6" markdown="span">Chiến dịch kết thúc '
            "trong 60 ngày qua. Quy định của Sở: chiến dịch đã kết thúc quá 60 ngày, và chiến dịch không rõ thời gian mà "
            "văn bản mới nhất đã quá 6 tháng, được chuyển vào [lưu trữ](luu-tru/index.md); trạng thái và ngày tháng vẫn "
            "giữ như văn bản.</p>") in recent
    archive = section(home, "Đã chuyển vào lưu trữ")
    rows = [line for line in archive.splitlines() if line.startswith("<tr markdown>")]
    assert len(rows) == len(december.campaigns) == 9
    for campaign in december.campaigns:
        row = next(line for line in rows if f"(chien-dich/{campaign.slug}.md)" in line)
        assert f'<td data-label="Lý do chuyển vào lưu trữ" markdown="span">{campaign.age.reason}</td>' in row
    assert sum("quá 6 tháng không có cập nhật" in row for row in rows) == 4


def test_in_december_2026_a_unit_page_counts_no_2023_task_as_open(december_pages) -> None:
    for path in ("don-vi/cac-phong-thuoc-so.md", "don-vi/cac-don-vi-truc-thuoc-so.md",
                 "don-vi/cong-doan-nganh-cong-thuong.md"):
        page = december_pages[path]
        assert "## Nhiệm vụ của các chiến dịch khác" not in page, path
        opened = page.index('<details class="cd-archived" markdown>')
        assert "cd-task-state" not in page[:opened]  # every task of the page sits in the folded block
        assert '<summary>Các năm trước: <span class="cd-archived-count">' in page
    phong = december_pages["don-vi/cac-phong-thuoc-so.md"]
    assert ('<span class="cd-archived-count">12</span> nhiệm vụ chưa xong của chiến dịch đã chuyển vào lưu trữ, '
            "không tính là việc đang phải làm</summary>") in phong
    units = december_pages["don-vi/index.md"]
    assert '<td data-label="Nhiệm vụ đang và sắp thực hiện" markdown="span">0</td>' in units
    assert '<td data-label="Nhiệm vụ đang và sắp thực hiện" markdown="span">1' not in units


def test_the_page_of_an_archived_campaign_says_why_in_one_sentence(december_pages) -> None:
    page = december_pages["chien-dich/giam-ngheo-ben-vung.md"]
    assert ('\n<p class="cd-archived-note">Văn bản mới nhất từ tháng 7/2023; quá 6 tháng không có cập nhật nên chuyển '
            "vào lưu trữ.</p>\n\n") in page
    assert "Chưa rõ thời gian</span>" in page  # the status stays what the documents allow


def test_in_august_2023_the_lists_are_as_before_and_each_row_carries_its_days() -> None:
    pages = pages_on(AUGUST)
    home = pages["index.md"]
    assert "## Đã chuyển vào lưu trữ" not in home and "cd-archived-note" not in pages["chien-dich/giam-ngheo-ben-vung.md"]
    recent = section(home, "Đã kết thúc gần đây")
    assert '<table class="cd-table" data-ageing-list="recent" markdown>' in recent
    assert ('<tr data-age-first="2023-07-09" data-age-last="2023-07-09" data-age-newest="2023-07-31" markdown>'
            "<th scope=\"row\" markdown=\"span\">[Kỷ niệm 63 năm") in recent
    assert '<p class="cd-ageing-none" data-list="recent" hidden>' in recent
    unknown = section(home, "Chưa rõ thời gian")
    assert unknown.count('<tr data-age-first="" data-age-last="" data-age-newest="2023-07-31" markdown>') == 4
    unit = pages["don-vi/cac-phong-thuoc-so.md"]
    assert "## Nhiệm vụ của các chiến dịch khác" in unit
    assert '<details class="cd-archived" hidden markdown>' in unit  # ready for status.js, empty for now


@pytest.fixture(scope="module")
def august_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from conftest import copy_project
    from sitegen.build.pipeline import build

    root = copy_project(tmp_path_factory.mktemp("ageing") / "project")
    build(root, AUGUST)
    return root / "site"


@pytest.mark.browser
@pytest.mark.parametrize(("clock", "recent", "unknown"), [
    (None, 2, 4),  # without JavaScript: the build day's lists
    ("2023-09-07", 2, 4),
    ("2023-09-08", 1, 4),  # the anniversary of 09/7/2023 is 61 days past
    ("2023-09-30", 0, 4),  # and the directions of tháng 7/2023
    ("2024-01-31", 0, 4),  # six months after the dispatch of tháng 7/2023
    ("2024-02-01", 0, 0),
])
def test_status_js_applies_the_rules_on_the_visitors_clock(visitor_tabs, august_site: Path, clock, recent: int,
                                                            unknown: int) -> None:
    from browser import serve_directory, visit

    unit = next(u for u in build_site(load_sources(ROOT), AUGUST).units if u.id == "cac-phong-thuoc-so")
    visitor = day(clock) or AUGUST
    folded = [task.action for task in unit.other_tasks
              if is_archived(task.campaign.age.first, task.campaign.age.last, task.campaign.age.newest_day, visitor,
                             AgeingRules())]
    assert bool(folded) is (clock is not None and clock >= "2023-09-08")
    with serve_directory(august_site) as url:
        page = visit(visitor_tabs, url, clock)
        assert page.locator("table[data-ageing-list='recent'] tbody tr:visible").count() == recent
        assert page.locator("table[data-ageing-list='unknown'] tbody tr:visible").count() == unknown
        assert page.locator(".cd-ageing-none[data-list='recent']").is_visible() is (recent == 0)
        assert page.locator(".cd-ageing-none[data-list='unknown']").is_visible() is (unknown == 0)
        page.goto(f"{url}don-vi/cac-phong-thuoc-so/")
        assert page.locator("details.cd-archived").is_visible() is bool(folded)
        rows = page.locator("details.cd-archived tbody tr th")
        assert sorted(rows.all_text_contents()) == sorted(folded)
        assert page.locator("table[data-ageing-tasks='other']").is_visible() is (len(folded) < len(unit.other_tasks))
        if folded:
            assert page.locator("details.cd-archived .cd-archived-count").inner_text() == str(len(folded))
