"""Campaign status from its dates and a given day: a pure function."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from .dates import PartialDate

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


def campaign_status(
    start: dt.date | None,
    end: dt.date | None,
    period: PartialDate | None,
    today: dt.date,
) -> Status:
    """Status on `today`; the start day and the end day both count as running,
    and the last seven days of a dated campaign as ending soon.

    With no start, the end alone bounds the campaign; with no dates at all,
    the period the documents name (a month or a year) stands in for them;
    with nothing known, the status is unknown rather than guessed.
    """
    exact_end = end is not None
    if start is None and end is None:
        if period is None:
            return Status.UNKNOWN
        start, end = period.first_day, period.last_day
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
