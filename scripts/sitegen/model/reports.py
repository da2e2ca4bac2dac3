"""What the department reports to the Sở TTTT: per unit, each task it was
given, where it stands, when it was done and with which report.

One row per (unit, task), for assignees and partners alike. A report gathers
the rows of one month or of one campaign; its page and its CSV show the same
rows (render/report_files.py).

A row belongs to a month when the task's deadline or the unit's result falls
in it; a task with neither belongs to every month of its campaign's time
frame, and to none when that is not known either (it is still on its
campaign's report).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass

from .collation import name_key
from .dates import PartialDate, format_partial_date
from .page_paths import campaign_report_page, month_report_page
from .site import Campaign, Result, Site, Task, Unit
from .task_state import TaskState

ASSIGNEE = "Thực hiện"
PARTNER = "Phối hợp"


@dataclass(frozen=True)
class ReportRow:
    """One unit's part in one task, as it stands on the build day."""

    unit: Unit
    task: Task
    number: int  # the task's place in its campaign, from 1
    role: str  # ASSIGNEE or PARTNER
    state: TaskState
    done: dt.date | None  # for a partner, the day the last assignee finished
    result: Result | None  # an assignee's own result; partners report through the assignees

    @property
    def campaign(self) -> Campaign:
        return self.task.campaign

    def months(self) -> set[tuple[int, int]]:
        """The (year, month) this row is reported in."""
        days = [day for day in (self.task.due, self.done) if day]
        if days:
            return {(day.year, day.month) for day in days}
        first, last = self.campaign.first_day, self.campaign.last_day
        if first is None or last is None:
            return set()
        return {(year, month) for year in range(first.year, last.year + 1) for month in range(1, 13)
                if (first.year, first.month) <= (year, month) <= (last.year, last.month)}


@dataclass(frozen=True, eq=False)
class Report:
    """The rows of one month or one campaign, grouped by unit."""

    title: str
    page: str  # inside the docs folder; its CSV is page_paths.spreadsheet(page)
    rows: tuple[ReportRow, ...]
    month: tuple[int, int] | None = None
    campaign: Campaign | None = None

    @functools.cached_property
    def by_unit(self) -> list[tuple[Unit, list[ReportRow]]]:
        """Units in Vietnamese order, each with its rows in the report's order."""
        units: dict[str, tuple[Unit, list[ReportRow]]] = {}
        for row in self.rows:
            units.setdefault(row.unit.id, (row.unit, []))[1].append(row)
        return sorted(units.values(), key=lambda item: name_key(item[0].name))

    @functools.cached_property
    def state_counts(self) -> dict[TaskState, int]:
        """How many rows are in each state, in TaskState's order; states with none left out."""
        counts = Counter(row.state for row in self.rows)
        return {state: counts[state] for state in TaskState if counts[state]}

    @property
    def done_count(self) -> int:
        return self.state_counts.get(TaskState.DONE, 0)

    @property
    def open_count(self) -> int:
        return sum(count for state, count in self.state_counts.items() if state.is_open)

    @functools.cached_property
    def names_the_month(self) -> bool:
        """Whether a deadline or a result falls in the report's month. A month that names neither holds only
        tasks with no deadline, there for their campaign's time frame: the index folds such months into one line."""
        return any((day.year, day.month) == self.month for row in self.rows for day in (row.task.due, row.done) if day)

    @functools.cached_property
    def unit_count(self) -> int:
        return len({row.unit.id for row in self.rows})

    @property
    def unrecorded_campaigns(self) -> list[Campaign]:
        """The campaigns that ended with no result recorded for any task, in the report's order."""
        found = {row.campaign.slug: row.campaign for row in self.rows if row.state is TaskState.UNRECORDED}
        return list(found.values())


def report_rows(site: Site) -> list[ReportRow]:
    """Every (unit, task) pair of the site, campaign by campaign in the site's order."""
    rows = []
    for campaign in site.campaigns:
        for number, task in enumerate(campaign.tasks, start=1):
            for unit in {id(u): u for u in task.assignees + task.partners}.values():
                assignee = unit in task.assignees
                rows.append(ReportRow(unit, task, number, ASSIGNEE if assignee else PARTNER,
                                      task.state(site.today, unit), task.done_for(unit),
                                      task.result(unit) if assignee else None))
    return rows


def _month_order(row: ReportRow) -> tuple:
    return (row.task.due or dt.date.max, name_key(row.campaign.title), row.number)


def month_reports(rows: list[ReportRow]) -> list[Report]:
    """One report for each month that has a row, newest first."""
    months: dict[tuple[int, int], list[ReportRow]] = {}
    for row in rows:
        for month in row.months():
            months.setdefault(month, []).append(row)
    return [Report(format_partial_date(PartialDate(*month)), month_report_page(*month),
                   tuple(sorted(months[month], key=_month_order)), month=month)
            for month in sorted(months, reverse=True)]


def campaign_reports(site: Site, rows: list[ReportRow]) -> list[Report]:
    """One report for each campaign with tasks, by title."""
    campaigns: dict[str, list[ReportRow]] = {}
    for row in rows:
        campaigns.setdefault(row.campaign.slug, []).append(row)
    found = [Report(campaign.title, campaign_report_page(campaign.slug), tuple(campaigns[campaign.slug]),
                    campaign=campaign)
             for campaign in site.campaigns if campaign.slug in campaigns]
    return sorted(found, key=lambda report: name_key(report.title))


def reports_by_year(reports: list[Report]) -> list[tuple[int, list[Report]]]:
    """Campaign reports by their campaign's year, newest first, year 0 (not known) last:
    the index links a page per year, so no page grows with the whole history."""
    years: dict[int, list[Report]] = {}
    for report in reports:
        years.setdefault(report.campaign.archive_year, []).append(report)
    return sorted(years.items(), key=lambda item: -item[0])
