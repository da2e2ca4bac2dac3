"""Dates: parsing editors' ISO dates, writing them the Vietnamese official way,
and the build date."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass

# Hải Dương is on Indochina Time all year (UTC+7, no daylight saving).
VIETNAM_TZ = dt.timezone(dt.timedelta(hours=7))

_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def parse_iso_date(text: str) -> dt.date | None:
    """Parse a strict `YYYY-MM-DD` date; None when the text is not a real date."""
    match = _FULL_DATE.match(text)
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, to the month or only to the year.

    The dispatch itself is dated "ngày   tháng 7 năm 2023": its day was left
    blank, so we keep what is known instead of inventing a day.
    """

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.first_day
        if self.month is None:
            return dt.date(self.year, 12, 31)
        next_month = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return next_month - dt.timedelta(days=1)

    @property
    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


def parse_partial_date(text: str) -> PartialDate | None:
    """Parse `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; None when it is not a real date."""
    full = parse_iso_date(text)
    if full:
        return PartialDate(full.year, full.month, full.day)
    match = _MONTH.match(text)
    if match:
        year, month = (int(part) for part in match.groups())
        return PartialDate(year, month) if 1 <= month <= 12 else None
    match = _YEAR.match(text)
    if match:
        return PartialDate(int(match.group(1)))
    return None


def date_mistake(text: str, example: str = "2023-06-24") -> tuple[str, str] | None:
    """Why `text` is not a day, in Vietnamese: (what is wrong, how to fix it); None when it is one.

    The validator and `make new` say the same: a day that does not exist
    (2023-02-31) is told apart from one written another way (1/7/2023).
    """
    if parse_iso_date(text):
        return None
    if _FULL_DATE.match(text):
        return "không có thật", "kiểm tra lại ngày và tháng, ví dụ tháng 2 chỉ có 28 hoặc 29 ngày"
    return "không đúng dạng", f"viết theo dạng NĂM-THÁNG-NGÀY, ví dụ {example}"


def official_day(value: int) -> str:
    """A day as official documents write it: 04, 24."""
    return f"{value:02d}" if value < 10 else str(value)


def official_month(value: int) -> str:
    """A month as official documents write it: 01, 02, then 3 to 12."""
    # Nghị định 30/2020/NĐ-CP: days below 10 and the months 1 and 2 take a
    # leading zero, which is how the dispatch writes 04/7/2023 and 18/01/2022.
    return f"{value:02d}" if value <= 2 else str(value)


def format_date(value: dt.date) -> str:
    """Write a date as Vietnamese official documents do: 24/6/2023, 04/7/2023, 18/01/2022."""
    return f"{official_day(value.day)}/{official_month(value.month)}/{value.year}"


def format_partial_date(value: PartialDate) -> str:
    """Write a partial date: 24/6/2023, tháng 7/2023, năm 2023."""
    if value.day is not None:
        return format_date(value.first_day)
    if value.month is not None:
        return f"tháng {official_month(value.month)}/{value.year}"
    return f"năm {value.year}"


def build_date(environ: dict[str, str] | None = None) -> dt.date:
    """The date the site is built for, in Vietnam.

    `SOURCE_DATE_EPOCH` (the reproducible-builds convention) wins when set, so
    two builds of the same commit agree; otherwise it is today.
    """
    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        moment = dt.datetime.fromtimestamp(int(epoch), tz=VIETNAM_TZ)
    else:
        moment = dt.datetime.now(tz=VIETNAM_TZ)
    return moment.date()
