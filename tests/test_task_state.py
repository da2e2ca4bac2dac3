import datetime as dt

import pytest
from sitegen.model.task_state import DUE_SOON_DAYS, TaskState, task_state

D = dt.date
DUE = D(2023, 7, 20)
LAST = D(2023, 7, 31)  # the campaign's last day
S = TaskState

# (due, done, cancelled, campaign's last day, campaign records results, today, state).
# status.js must agree on every row (the browser test of task states reads this table).
CASES = [
    # Before, at and after the deadline, not done.
    (DUE, None, False, LAST, False, D(2023, 7, 1), S.NOT_DUE),
    (DUE, None, False, LAST, False, D(2023, 7, 13), S.NOT_DUE),  # eight days before
    (DUE, None, False, LAST, False, D(2023, 7, 14), S.DUE_SOON),  # the last seven days
    (DUE, None, False, LAST, False, DUE, S.DUE_SOON),  # the deadline itself is not late
    (DUE, None, False, LAST, False, D(2023, 7, 21), S.OVERDUE),
    (DUE, None, False, LAST, True, D(2023, 7, 21), S.OVERDUE),
    # Done: whatever the day, whether before or after the deadline.
    (DUE, D(2023, 7, 18), False, LAST, True, D(2023, 7, 18), S.DONE),
    (DUE, D(2023, 7, 18), False, LAST, True, D(2023, 7, 25), S.DONE),
    (DUE, D(2023, 7, 25), False, LAST, True, D(2023, 7, 25), S.DONE),  # late, but done
    (DUE, D(2023, 7, 18), False, LAST, True, D(2030, 1, 1), S.DONE),
    (None, D(2023, 7, 18), False, LAST, True, D(2023, 7, 19), S.DONE),
    # Cancelled wins over the rest.
    (DUE, None, True, LAST, True, D(2023, 7, 25), S.CANCELLED),
    (DUE, None, True, LAST, True, D(2023, 8, 25), S.CANCELLED),
    # No deadline.
    (None, None, False, LAST, False, D(2023, 7, 10), S.NO_DEADLINE),
    (None, None, False, None, False, D(2030, 1, 1), S.NO_DEADLINE),  # a campaign with no known end never ends
    # An ended campaign that records nothing: the site cannot say a unit failed.
    (DUE, None, False, LAST, False, D(2023, 8, 1), S.UNRECORDED),
    (None, None, False, LAST, False, D(2023, 8, 1), S.UNRECORDED),
    (DUE, None, False, LAST, False, LAST, S.OVERDUE),  # its last day still counts as running
    # One that records results for some tasks: a missing one is overdue.
    (DUE, None, False, LAST, True, D(2023, 8, 1), S.OVERDUE),
    (None, None, False, LAST, True, D(2023, 8, 1), S.NO_DEADLINE),
    # A deadline after the campaign's last day (documents do set such).
    (D(2023, 8, 15), None, False, LAST, True, D(2023, 8, 10), S.DUE_SOON),
    (D(2023, 8, 15), None, False, LAST, False, D(2023, 8, 10), S.DUE_SOON),  # not due yet, records or not
    (D(2023, 8, 15), None, False, LAST, False, D(2023, 8, 16), S.UNRECORDED),
]


@pytest.mark.parametrize(("due", "done", "cancelled", "last_day", "records", "today", "state"), CASES)
def test_task_state(due, done, cancelled, last_day, records, today, state) -> None:
    assert task_state(due, done, cancelled, last_day, records, today) is state


def test_due_soon_is_the_last_week_as_for_campaigns() -> None:
    from sitegen.model.status import ENDING_SOON_DAYS

    assert DUE_SOON_DAYS == ENDING_SOON_DAYS == 7


def test_labels_are_vietnamese_and_only_done_and_cancelled_are_closed() -> None:
    assert [state.label for state in TaskState] == ["Đã xong", "Đã hủy", "Quá hạn", "Sắp đến hạn", "Chưa đến hạn",
                                                    "Không ghi thời hạn", "Chưa ghi nhận kết quả"]
    assert [state for state in TaskState if not state.is_open] == [S.DONE, S.CANCELLED]
