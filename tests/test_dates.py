import datetime as dt

import pytest
from sitegen.model.dates import PartialDate, build_date, format_date, format_partial_date, parse_iso_date, parse_partial_date


@pytest.mark.parametrize(
    ("day", "text"),
    [
        # As the dispatch writes them (Nghị định 30/2020/NĐ-CP: a leading zero
        # for days below 10 and for the months 1 and 2 only).
        (dt.date(2023, 6, 24), "24/6/2023"),
        (dt.date(2023, 7, 4), "04/7/2023"),
        (dt.date(2022, 1, 18), "18/01/2022"),
        (dt.date(2021, 12, 22), "22/12/2021"),
        (dt.date(1960, 7, 9), "09/7/1960"),
        (dt.date(2024, 2, 29), "29/02/2024"),
        (dt.date(2023, 3, 1), "01/3/2023"),
        (dt.date(2023, 10, 10), "10/10/2023"),
    ],
)
def test_format_date(day: dt.date, text: str) -> None:
    assert format_date(day) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (PartialDate(2023, 7, 4), "04/7/2023"),
        (PartialDate(2023, 7), "tháng 7/2023"),
        (PartialDate(2023, 1), "tháng 01/2023"),
        (PartialDate(2023), "năm 2023"),
    ],
)
def test_format_partial_date(value: PartialDate, text: str) -> None:
    assert format_partial_date(value) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-06-24", dt.date(2023, 6, 24)),
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("2023-02-31", None),
        ("2023-02-29", None),
        ("2023-13-01", None),
        ("24/6/2023", None),
        ("2023-6-24", None),
        ("2023-06-24 10:00", None),
        ("", None),
    ],
)
def test_parse_iso_date(text: str, expected: dt.date | None) -> None:
    assert parse_iso_date(text) == expected


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2023-07-04", dt.date(2023, 7, 4), dt.date(2023, 7, 4)),
        ("2023-07", dt.date(2023, 7, 1), dt.date(2023, 7, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-12", dt.date(2023, 12, 1), dt.date(2023, 12, 31)),
        ("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
    ],
)
def test_partial_date_bounds(text: str, first: dt.date, last: dt.date) -> None:
    value = parse_partial_date(text)
    assert (value.first_day, value.last_day) == (first, last)
    assert value.iso == text


@pytest.mark.parametrize("text", ["2023-13", "2023-00", "23", "2023-7", "tháng 7"])
def test_parse_partial_date_rejects(text: str) -> None:
    assert parse_partial_date(text) is None


@pytest.mark.parametrize(
    ("epoch", "day"),
    [
        ("1688169600", dt.date(2023, 7, 1)),  # 2023-07-01 00:00 UTC
        ("1688144400", dt.date(2023, 7, 1)),  # 2023-06-30 17:00 UTC is already 1/7 in Hải Dương
        ("1688144399", dt.date(2023, 6, 30)),
    ],
)
def test_build_date_follows_source_date_epoch_in_vietnam_time(epoch: str, day: dt.date) -> None:
    assert build_date({"SOURCE_DATE_EPOCH": epoch}) == day


def test_build_date_is_today_without_source_date_epoch() -> None:
    from sitegen.model.dates import VIETNAM_TZ

    assert build_date({}) == dt.datetime.now(tz=VIETNAM_TZ).date()
