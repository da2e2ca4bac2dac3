"""Vietnamese dates as official documents write them: "ngày 04 tháng 7 năm 2023",
"04/7/2023", "tháng 7/2023", a blank day kept blank; periods and deadlines."""

from __future__ import annotations

import datetime as dt
import re

from ...model.dates import PartialDate
from ..normalise import Line
from .facts import DateSpan, Deadline

# A day and month in figures: 04/7/2023, 4-7-2023, 04.07.2023; never a year of five figures ("7-5-20220": a slip, no date).
NUMERIC_DATE = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?!\d)"
# In words, either part may be left blank for the signer to fill in: "ngày   tháng 7 năm 2023".
WORDED_DATE = r"(?:ngày\s*)?\d{0,2}\s*tháng\s*\d{0,2}\s*năm\s*\d{4}(?!\d)"
DATE = rf"(?:{NUMERIC_DATE}|{WORDED_DATE})"
# A date said right after a cited number: "số 12/QĐ-UBND ngày 05/01/2024", "…, ban hành 05/01/2024".
DATED_AFTER = re.compile(rf"^\s*,?\s*(?:ban hành\s+|ký\s+)?(?:ngày\s+)?(?P<date>{DATE})")
MONTH = r"tháng\s*\d{1,2}\s*(?:[/.-]|\s+năm\s+)\s*\d{4}"

_NUMERIC = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_WORDED = re.compile(r"(?:ngày\s*)?(\d{0,2})\s*tháng\s*(\d{0,2})\s*năm\s*(\d{4})(?!\d)", re.IGNORECASE)
_MONTH = re.compile(r"tháng\s*(\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*(\d{4})", re.IGNORECASE)


def _partial(year: str, month: str = "", day: str = "") -> PartialDate | None:
    """A real date at the level given, or None (31/02 is a typing error, not a date)."""
    try:
        if day and month:
            dt.date(int(year), int(month), int(day))
            return PartialDate(int(year), int(month), int(day))
        if month and not day:
            return PartialDate(int(year), int(month)) if 1 <= int(month) <= 12 else None
        if not month and not day:
            return PartialDate(int(year))
    except ValueError:
        return None
    return None  # a day without its month says nothing sure


def parse_date(text: str) -> PartialDate | None:
    """The first date in `text`, to the day, month or year that is written; None if none."""
    for pattern in (_NUMERIC, _WORDED):  # both capture day, month, year
        found = pattern.search(text)
        if found:
            return _partial(found.group(3), found.group(2), found.group(1))
    found = _MONTH.search(text)
    return _partial(found.group(2), found.group(1)) if found else None


_SPAN = re.compile(
    rf"từ\s+(?:ngày\s+)?(?P<start>{DATE}|{MONTH}|\d{{1,2}}(?:\s*[/.-]\s*\d{{1,2}})?)\s*(?:đến|tới|-|–)\s*"
    rf"(?:hết\s+)?(?:ngày\s+)?(?P<end>{DATE}|{MONTH})", re.IGNORECASE)


def _span_start(text: str, end: PartialDate) -> PartialDate | None:
    """The start of a period, which may leave out what the end says ("từ ngày 15 đến ngày 20/11/2023")."""
    found = parse_date(text)
    if found:
        return found
    parts = re.findall(r"\d+", text)
    if len(parts) == 1 and end.month is not None:
        return _partial(str(end.year), str(end.month), parts[0])
    if len(parts) == 2:
        return _partial(str(end.year), parts[1], parts[0])
    return None


def date_spans(lines: list[Line]) -> list[DateSpan]:
    """Every "từ … đến …" period whose two ends are real dates."""
    spans = []
    for line in lines:
        for found in _SPAN.finditer(line.text):
            end = parse_date(found.group("end"))
            start = _span_start(found.group("start"), end) if end else None
            if start and end and start <= end:
                spans.append(DateSpan(start, end, line))
    return spans


_DEADLINE = re.compile(
    rf"(?:(?:hoàn thành|hoàn tất|xong|gửi\s+\S+(?:\s+\S+)?)\s+)?(?:trước|chậm nhất(?:\s+là)?(?:\s+vào)?|hạn chót(?:\s+là)?|"
    rf"không muộn hơn)\s+(?:ngày\s+)?(?P<date>{DATE})"
    rf"|(?:hoàn thành|hoàn tất|xong)(?:\s+[^\s.;]+){{0,12}}?\s+(?:trong|trước)\s+(?P<month>{MONTH})", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")


# A sentence is looked for within this many characters of its deadline, so that a
# long line of deadlines is read in linear time.
_SENTENCE_REACH = 1000


def _sentence(text: str, start: int) -> str:
    """The sentence of `text` around position `start`."""
    begin = max(0, start - _SENTENCE_REACH)
    for found in _SENTENCE_END.finditer(text, begin, start):
        begin = found.end()
    end = _SENTENCE_END.search(text, start, start + _SENTENCE_REACH)
    return text[begin:end.start() if end else start + _SENTENCE_REACH].strip().rstrip(";,")


def deadlines(lines: list[Line]) -> list[Deadline]:
    """Every deadline, with the sentence that sets it (what is due)."""
    found_all = []
    for line in lines:
        for found in _DEADLINE.finditer(line.text):
            due = parse_date(found.group("date") or found.group("month"))
            if due:
                found_all.append(Deadline(due, _sentence(line.text, found.start()), line))
    return found_all
