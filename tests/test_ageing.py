"""The department's ageing rules: one table of cases for model/ageing.py and
status.js, the rules read from mkdocs.yml, and what the real campaigns become
on 6 December 2026."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT
from sitegen.load.ageing_settings import ageing_rules
from sitegen.load.sources import load_sources
from sitegen.model.ageing import AgeingRules, add_months, archive_day, is_archived
from sitegen.model.site import build_site

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
