"""When an old campaign leaves the current lists for the archive: a display
policy the department sets, never a fact about the campaign.

Two rules, both set in mkdocs.yml (extra: ageing:, load/ageing_settings.py):

- a campaign that ended stays under "Đã kết thúc gần đây" for
  `recent_days` days after its last day (60 by default), then goes to the
  archive;
- a campaign whose documents give no time at all (no start, end, period,
  event or deadline) stays under "Chưa rõ thời gian" until `horizon_months`
  months (6 by default) have passed since its newest document, then goes to
  the archive: nothing new has been said of it for that long.

A campaign's last day here is the last day its status counts to, or a later
deadline or event day when the documents set one (a report due after the
campaign ends keeps it current). A campaign with a start and no known end
never ages: the documents say it is still on. A month or a year counts as its
last day, as in the register, so nothing is archived earlier than the
documents allow. The archived campaign keeps its status and every date as
the documents give them; only where it is listed changes, and every page
that applies a rule says so in one sentence.

docs/assets/javascripts/status.js applies the same rules (archiveDay) on the
visitor's clock; tests/fixtures/ageing_cases.json holds both to one table.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .dates import format_date, format_partial_date

if TYPE_CHECKING:
    from .site import Campaign, Document

# The defaults the guide gives (docs/huong-dan/quan-tri.md, "Chuyển chiến dịch cũ vào lưu trữ").
RECENT_DAYS = 60
HORIZON_MONTHS = 6


@dataclass(frozen=True)
class AgeingRules:
    """The department's two settings: days an ended campaign stays recent, and
    months an undated campaign stays current after its newest document."""

    recent_days: int = RECENT_DAYS
    horizon_months: int = HORIZON_MONTHS


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the month's last day when it has no such day (31/8 + 6 -> 28 or 29/2)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def archive_day(first: dt.date | None, last: dt.date | None, newest: dt.date | None,
                rules: AgeingRules) -> dt.date | None:
    """The first day a campaign counts as archived; None when it never does.

    `first` and `last` are the days its status counts from and to (None when
    not known), `newest` the day of its newest document (a month or a year
    as its last day).
    """
    if last is not None:
        return last + dt.timedelta(days=rules.recent_days + 1)
    if first is None and newest is not None:
        return add_months(newest, rules.horizon_months) + dt.timedelta(days=1)
    return None


def is_archived(first: dt.date | None, last: dt.date | None, newest: dt.date | None, today: dt.date,
                rules: AgeingRules) -> bool:
    """Whether the campaign is listed in the archive on `today` (status.js: isArchived)."""
    day = archive_day(first, last, newest, rules)
    return day is not None and today >= day


@dataclass(frozen=True)
class Age:
    """What the ageing rules make of one campaign on the build day."""

    first: dt.date | None
    last: dt.date | None  # the last day it names: its status's last day, or a later deadline or event
    newest: Document | None  # its newest dated document, the dispatch included
    archived: bool
    reason: str | None  # the one sentence a page gives when the campaign is archived

    @property
    def newest_day(self) -> dt.date | None:
        return self.newest.date.last_day if self.newest is not None else None


def _last_named_day(campaign: Campaign) -> dt.date | None:
    if campaign.last_day is None:
        return None
    return max([campaign.last_day, *campaign.deadline_days, *campaign.event_days])


def _ended_fact(campaign: Campaign, last: dt.date) -> str:
    """"Kết thúc ngày 31/12/2023", "Thực hiện trong năm 2023", "Ngày cuối văn bản nêu là 09/7/2023"."""
    if campaign.end == last:
        return f"Kết thúc ngày {format_date(last)}"
    if campaign.start is None and campaign.end is None and campaign.period and campaign.period.last_day == last:
        return f"Thực hiện trong {format_partial_date(campaign.period)}"
    return f"Ngày cuối văn bản nêu là {format_date(last)}"


def _newest_fact(document: Document) -> str:
    """"Văn bản mới nhất ngày 04/7/2023", "Văn bản mới nhất từ tháng 7/2023"."""
    when = format_partial_date(document.date)
    return f"Văn bản mới nhất {'ngày ' if document.date.day else 'từ '}{when}"


def reason(campaign: Campaign, age_last: dt.date | None, newest: Document | None, rules: AgeingRules) -> str:
    """Why an archived campaign is archived, facts first, then the rule."""
    if age_last is not None:
        return f"{_ended_fact(campaign, age_last)}; đã kết thúc quá {rules.recent_days} ngày nên chuyển vào lưu trữ."
    return f"{_newest_fact(newest)}; quá {rules.horizon_months} tháng không có cập nhật nên chuyển vào lưu trữ."


def campaign_age(campaign: Campaign, newest: Document | None, rules: AgeingRules, today: dt.date) -> Age:
    """The campaign's age on `today`; `newest` is its newest dated document (the caller orders documents)."""
    last = _last_named_day(campaign)
    newest_day = newest.date.last_day if newest is not None else None
    archived = is_archived(campaign.first_day, last, newest_day, today, rules)
    return Age(campaign.first_day, last, newest, archived, reason(campaign, last, newest, rules) if archived else None)
