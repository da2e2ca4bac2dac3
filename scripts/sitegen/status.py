"""Campaign status from its dates and a given day: a pure function."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from .dates import PartialDate


class Status(Enum):
    """Where a campaign stands on a given day; values are CSS/URL-safe keys."""

    RUNNING = "dang-dien-ra"
    UPCOMING = "sap-dien-ra"
    ENDED = "da-ket-thuc"
    UNKNOWN = "chua-ro-thoi-gian"

    @property
    def label(self) -> str:
        """The label shown to visitors."""
        return _LABELS[self]


_LABELS = {
    Status.RUNNING: "Đang diễn ra",
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
    """Status on `today`; the start day and the end day both count as running.

    With no start, the end alone bounds the campaign; with no dates at all,
    the period the documents name (a month or a year) stands in for them;
    with nothing known, the status is unknown rather than guessed.
    """
    if start is None and end is None:
        if period is None:
            return Status.UNKNOWN
        start, end = period.first_day, period.last_day
    if start is not None and today < start:
        return Status.UPCOMING
    if end is not None and today > end:
        return Status.ENDED
    return Status.RUNNING
