import datetime as dt

import pytest
from sitegen.model.dates import PartialDate
from sitegen.model.status import Status, campaign_status

D = dt.date
START, END = D(2023, 7, 1), D(2023, 7, 31)


CASES = [
    (START, END, None, D(2023, 6, 30), Status.UPCOMING),
    (START, END, None, START, Status.RUNNING),  # the start day counts
    (START, END, None, D(2023, 7, 15), Status.RUNNING),
    (START, END, None, D(2023, 7, 24), Status.RUNNING),
    (START, END, None, D(2023, 7, 25), Status.ENDING_SOON),  # the last seven days
    (START, END, None, END, Status.ENDING_SOON),  # the end day still counts
    (START, END, None, D(2023, 8, 1), Status.ENDED),
    (START, START, None, START, Status.ENDING_SOON),  # a one-day campaign
    (START, None, None, D(2023, 6, 30), Status.UPCOMING),  # open-ended
    (START, None, None, START, Status.RUNNING),
    (START, None, None, D(2030, 1, 1), Status.RUNNING),
    (None, END, None, D(2023, 1, 1), Status.RUNNING),  # only an end date
    (None, END, None, D(2023, 7, 30), Status.ENDING_SOON),
    (None, END, None, D(2023, 8, 1), Status.ENDED),
    (None, None, PartialDate(2023, 7), D(2023, 6, 30), Status.UPCOMING),
    (None, None, PartialDate(2023, 7), D(2023, 7, 1), Status.RUNNING),
    (None, None, PartialDate(2023, 7), D(2023, 7, 31), Status.RUNNING),  # a month is no deadline
    (None, None, PartialDate(2023, 7), D(2023, 8, 1), Status.ENDED),
    (None, None, PartialDate(2023), D(2023, 12, 31), Status.RUNNING),
    (None, None, PartialDate(2023), D(2024, 1, 1), Status.ENDED),
    (None, None, None, D(2023, 7, 1), Status.UNKNOWN),  # nothing known: no guess
]


@pytest.mark.parametrize(("start", "end", "period", "today", "status"), CASES)
def test_campaign_status(start, end, period, today, status) -> None:
    assert campaign_status(start, end, period, today) is status


def test_status_labels_are_vietnamese() -> None:
    assert [status.label for status in Status] == ["Đang diễn ra", "Sắp kết thúc", "Sắp diễn ra", "Đã kết thúc", "Chưa rõ thời gian"]
