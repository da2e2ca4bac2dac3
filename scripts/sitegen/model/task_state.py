"""Where a task stands on a given day, for one unit or for all: a pure function.

docs/assets/javascripts/status.js recomputes it in the browser from the data
attributes the pages carry (due, done, cancelled, the campaign's last day and
whether it records results); tests hold both to one table of cases.

"Quá hạn" says a unit failed, so it is said only when the site could know:
the deadline has passed, no result is recorded, and the campaign is still on,
or has ended with results recorded for some of its tasks. An ended campaign
that records no result at all says "chưa ghi nhận kết quả" instead.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

# As for campaigns ending soon: the last week before a deadline, the day itself included.
DUE_SOON_DAYS = 7
# The home page's "Hạn sắp tới": the open deadlines of the next two weeks, today included.
UPCOMING_DAYS = 14


class TaskState(Enum):
    """Values are CSS/URL-safe keys, shared with status.js."""

    DONE = "da-xong"
    CANCELLED = "da-huy"
    OVERDUE = "qua-han"
    DUE_SOON = "sap-den-han"
    NOT_DUE = "chua-den-han"
    NO_DEADLINE = "khong-ghi-thoi-han"
    UNRECORDED = "chua-ghi-nhan"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def is_open(self) -> bool:
        """Still to do (or, for all the site knows, still to report)."""
        return self not in (TaskState.DONE, TaskState.CANCELLED)


_LABELS = {
    TaskState.DONE: "Đã xong",
    TaskState.CANCELLED: "Đã hủy",
    TaskState.OVERDUE: "Quá hạn",
    TaskState.DUE_SOON: "Sắp đến hạn",
    TaskState.NOT_DUE: "Chưa đến hạn",
    TaskState.NO_DEADLINE: "Không ghi thời hạn",
    TaskState.UNRECORDED: "Chưa ghi nhận kết quả",
}


def is_upcoming(due: dt.date, today: dt.date) -> bool:
    """Whether a deadline falls in the `UPCOMING_DAYS` days from `today` on (status.js: isUpcoming)."""
    return 0 <= (due - today).days < UPCOMING_DAYS


def task_state(
    due: dt.date | None,
    done: dt.date | None,
    cancelled: bool,
    campaign_last_day: dt.date | None,
    campaign_records_results: bool,
    today: dt.date,
) -> TaskState:
    """The state on `today` of a task due on `due` (None: no deadline given),
    done on `done` (None: no result recorded), in a campaign whose last day is
    `campaign_last_day` (None: not known) and which records a result for at
    least one of its tasks or not."""
    if cancelled:
        return TaskState.CANCELLED
    if done is not None:
        return TaskState.DONE
    if due is not None and today <= due:
        return TaskState.DUE_SOON if (due - today).days < DUE_SOON_DAYS else TaskState.NOT_DUE
    ended = campaign_last_day is not None and today > campaign_last_day
    if ended and not campaign_records_results:
        return TaskState.UNRECORDED
    return TaskState.NO_DEADLINE if due is None else TaskState.OVERDUE
