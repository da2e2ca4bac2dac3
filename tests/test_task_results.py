"""Recording a task's result: what `make check` accepts and refuses, and what the model makes of it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sitegen.load.sources import load_sources
from sitegen.model.from_sources import build_site
from sitegen.model.task_state import TaskState
from sitegen.problems import ProblemsFound

F = "campaigns/thu.yml"
TODAY = dt.date(2023, 8, 10)
HEAD = """\
title: Chiến dịch thử
summary: Tóm tắt.
start: 2023-07-01
end: 2023-07-31
documents:
  - 2416/BTTTT-CATTT
tasks:
  - action: Tuyên truyền.
    assignees:
      - cac-phong-thuoc-so
      - cac-don-vi-truc-thuoc-so
    partners:
      - cong-doan-nganh-cong-thuong
    due: 2023-07-20
"""


def problems(project: Path, task_lines: str) -> list[str]:
    (project / F).write_text(HEAD + task_lines, encoding="utf-8")
    try:
        load_sources(project, today=TODAY)
    except ProblemsFound as found:
        return [str(problem) for problem in found.problems]
    return []


CASES = {
    "done for all": ("    done: 2023-07-18\n", []),
    "done with a registered report": ("    done: 2023-07-18\n    report: 1009/STTTT-TTBCXB\n", []),
    "done with a link": ("    done: 2023-07-18\n    report: https://sct.haiduong.gov.vn/bao-cao.pdf\n", []),
    "per unit": ("    done_by:\n      - unit: cac-phong-thuoc-so\n        date: 2023-07-18\n        report: 1009/STTTT-TTBCXB\n", []),
    "cancelled": ("    cancelled: Sở TTTT dừng chiến dịch.\n", []),
    "both forms": ("    done: 2023-07-18\n    done_by:\n      - unit: cac-phong-thuoc-so\n        date: 2023-07-18\n", [
        f"{F}:17:7: Đã ghi “Ngày hoàn thành” chung cho mọi đơn vị thì không ghi thêm kết quả từng đơn vị (giữ một trong hai: "
        "ngày chung khi mọi đơn vị xong cùng ngày, hoặc mỗi đơn vị một dòng)"]),
    "cancelled and done": ("    done: 2023-07-18\n    cancelled: Dừng.\n", [
        f"{F}:16:16: Nhiệm vụ đã hủy thì không ghi ngày hoàn thành (xóa lý do hủy nếu nhiệm vụ đã làm xong, hoặc xóa ngày hoàn thành)"]),
    "report without a day": ("    report: 1009/STTTT-TTBCXB\n", [
        f"{F}:15:13: Có báo cáo kết quả mà chưa ghi ngày hoàn thành (ghi “done” (ngày hoàn thành), hoặc ghi báo cáo vào dòng "
        "của từng đơn vị trong “done_by”)"]),
    "a partner's result": ("    done_by:\n      - unit: cong-doan-nganh-cong-thuong\n        date: 2023-07-18\n", [
        f"{F}:16:15: Đơn vị “cong-doan-nganh-cong-thuong” không có trong các đơn vị thực hiện nhiệm vụ này "
        "(chỉ ghi kết quả cho đơn vị thực hiện (assignees))"]),
    "a unit twice": ("    done_by:\n      - unit: cac-phong-thuoc-so\n        date: 2023-07-18\n"
                     "      - unit: cac-phong-thuoc-so\n        date: 2023-07-19\n", [
        f"{F}:18:15: Đơn vị “cac-phong-thuoc-so” đã có kết quả ở dòng trên (mỗi đơn vị một dòng)"]),
    "before the start": ("    done: 2023-06-18\n", [
        f"{F}:15:11: Ngày hoàn thành 2023-06-18 ở trước khi chiến dịch bắt đầu (2023-07-01) (kiểm tra lại ngày; có thể đã đảo ngày và tháng)"]),
    "in the future": ("    done: 2023-08-11\n", [
        f"{F}:15:11: Ngày hoàn thành 2023-08-11 chưa tới (hôm nay là 2023-08-10) (chỉ ghi kết quả khi việc đã làm xong)"]),
    "a unit's day in the future": ("    done_by:\n      - unit: cac-phong-thuoc-so\n        date: 2023-09-01\n", [
        f"{F}:17:15: Ngày hoàn thành 2023-09-01 chưa tới (hôm nay là 2023-08-10) (chỉ ghi kết quả khi việc đã làm xong)"]),
}


@pytest.mark.parametrize("case", CASES)
def test_results_are_checked(project: Path, case: str) -> None:
    lines, expected = CASES[case]
    assert problems(project, lines) == expected


def test_an_unknown_report_is_named_with_the_registry_to_declare_it_in(project: Path) -> None:
    found = problems(project, "    done: 2023-07-18\n    report: 1009/STTTT-TTBCX\n")
    assert len(found) == 1 and found[0].startswith(f"{F}:16:13: ") and "1009/STTTT-TTBCXB" in found[0], found


def test_a_period_bounds_results_as_a_start_does(project: Path) -> None:
    (project / F).write_text(HEAD.replace("start: 2023-07-01\nend: 2023-07-31\n", "period: 2023-07\n")
                             + "    done: 2023-06-30\n", encoding="utf-8")
    with pytest.raises(ProblemsFound) as found:
        load_sources(project, today=TODAY)
    assert "ở trước khi chiến dịch bắt đầu (2023-07-01)" in str(found.value.problems[0])


def site_with(project: Path, task_lines: str, today: dt.date = TODAY):
    (project / F).write_text(HEAD + task_lines, encoding="utf-8")
    site = build_site(load_sources(project, today=today), today)
    campaign = next(c for c in site.campaigns if c.slug == "thu")
    units = {unit.id: unit for unit in site.units}
    return campaign.tasks[0], units


def test_done_for_all_closes_the_task_for_every_assignee_and_partner(project: Path) -> None:
    task, units = site_with(project, "    done: 2023-07-18\n    report: 1009/STTTT-TTBCXB\n")
    assert task.done == dt.date(2023, 7, 18)
    assert {unit: task.state(TODAY, units[unit]) for unit in units if units[unit].tasks and task in units[unit].tasks} == {
        "cac-phong-thuoc-so": TaskState.DONE, "cac-don-vi-truc-thuoc-so": TaskState.DONE, "cong-doan-nganh-cong-thuong": TaskState.DONE}
    assert task.result(units["cac-phong-thuoc-so"]).report.number == "1009/STTTT-TTBCXB"


def test_per_unit_results_leave_the_others_overdue(project: Path) -> None:
    task, units = site_with(project, "    done_by:\n      - unit: cac-phong-thuoc-so\n        date: 2023-07-18\n"
                                     "        report: https://example.vn/bc.pdf\n")
    assert task.done is None  # one assignee has not finished
    assert task.state(TODAY, units["cac-phong-thuoc-so"]) is TaskState.DONE
    assert task.result(units["cac-phong-thuoc-so"]).report_url == "https://example.vn/bc.pdf"
    assert task.state(TODAY, units["cac-don-vi-truc-thuoc-so"]) is TaskState.OVERDUE  # the campaign records results
    assert task.state(TODAY, units["cong-doan-nganh-cong-thuong"]) is TaskState.OVERDUE  # a partner follows the task
    assert task.state(TODAY) is TaskState.OVERDUE


def test_an_ended_campaign_that_records_nothing_says_so(project: Path) -> None:
    task, units = site_with(project, "")
    assert task.state(TODAY, units["cac-phong-thuoc-so"]) is TaskState.UNRECORDED
    assert task.state(dt.date(2023, 7, 25), units["cac-phong-thuoc-so"]) is TaskState.OVERDUE
