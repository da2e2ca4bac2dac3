"""Campaign status from its dates and a given day: pure functions.

docs/assets/javascripts/status.js recomputes the status in the browser from
the start, the end and the span that `fact_span` gives; tests hold both to
one table of cases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum

from .dates import PartialDate, format_date, format_partial_date

# Like Canada.ca's "closing soon": the last week of a campaign, end day included.
ENDING_SOON_DAYS = 7


class Status(Enum):
    """Where a campaign stands on a given day; values are CSS/URL-safe keys."""

    RUNNING = "dang-dien-ra"
    ENDING_SOON = "sap-ket-thuc"
    UPCOMING = "sap-dien-ra"
    ENDED = "da-ket-thuc"
    UNKNOWN = "chua-ro-thoi-gian"

    @property
    def label(self) -> str:
        """The label shown to visitors."""
        return _LABELS[self]


_LABELS = {
    Status.RUNNING: "Đang diễn ra",
    Status.ENDING_SOON: "Sắp kết thúc",
    Status.UPCOMING: "Sắp diễn ra",
    Status.ENDED: "Đã kết thúc",
    Status.UNKNOWN: "Chưa rõ thời gian",
}


def fact_span(period: PartialDate | None, facts: Iterable[dt.date] = ()) -> tuple[dt.date, dt.date] | None:
    """The smallest span holding the period the documents name and every other
    dated fact (event days, task deadlines); None when nothing is dated.

    It stands in for a campaign's start and end when the documents give neither.
    """
    days = list(facts)
    if period is not None:
        days += [period.first_day, period.last_day]
    return (min(days), max(days)) if days else None


def campaign_status(
    start: dt.date | None,
    end: dt.date | None,
    period: PartialDate | None,
    today: dt.date,
    facts: Iterable[dt.date] = (),
) -> Status:
    """Status on `today`; the start day and the end day both count as running,
    and the last seven days of a dated campaign as ending soon.

    With no start, the end alone bounds the campaign; with no dates at all,
    the span of the period and the dated facts stands in for them (and, being
    no deadline the documents set, never makes it "ending soon"); with nothing
    known, the status is unknown rather than guessed.
    """
    exact_end = end is not None
    if start is None and end is None:
        span = fact_span(period, facts)
        if span is None:
            return Status.UNKNOWN
        start, end = span
    if start is not None and today < start:
        return Status.UPCOMING
    if end is not None and today > end:
        return Status.ENDED
    if exact_end and (end - today).days < ENDING_SOON_DAYS:
        return Status.ENDING_SOON
    return Status.RUNNING


def is_current(status: Status) -> bool:
    """Running, whether or not it ends soon."""
    return status in (Status.RUNNING, Status.ENDING_SOON)


def _days(one: str, many: str, days: list[dt.date]) -> str:
    """"ngày sự kiện 09/7/2023", or "các sự kiện từ 01/7/2023 đến 20/7/2023"."""
    first, last = min(days), max(days)
    if first == last:
        return f"{one} {format_date(first)}"
    return f"{many} từ {format_date(first)} đến {format_date(last)}"


def status_basis(
    start: dt.date | None,
    end: dt.date | None,
    period: PartialDate | None,
    event_days: list[dt.date],
    deadlines: list[dt.date],
) -> str | None:
    """What a status rests on when events or deadlines stand in for the
    campaign's dates: "ngày sự kiện 09/7/2023", "năm 2023 và hạn nhiệm vụ
    15/01/2024". None when the documents give a
    start, an end or only a period (the page shows those as the time frame),
    and when nothing is dated.
    """
    if start or end or not (event_days or deadlines):
        return None
    parts = []
    if period is not None:
        parts.append(format_partial_date(period))
    if event_days:
        parts.append(_days("ngày sự kiện", "các ngày sự kiện", event_days))
    if deadlines:
        parts.append(_days("hạn nhiệm vụ", "các hạn nhiệm vụ", deadlines))
    return ", ".join(parts[:-1]) + " và " + parts[-1] if len(parts) > 1 else parts[0]
