"""Our iCalendar writer gives the icalendar library's bytes exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Alarm as LibraryAlarm
from icalendar import Calendar, vText
from icalendar import Event as LibraryEvent
from sitegen.render.ical import Alarm, Event, calendar_bytes, event_bytes, fold_line

STAMP = dt.datetime(2026, 11, 26, tzinfo=dt.timezone.utc)
PRODUCT = "-//Sở Công Thương Hải Dương//Chiến dịch tuyên truyền//VI"


def library_event(event: Event) -> LibraryEvent:
    """The same event built with the library, as calendar_files did before."""
    built = LibraryEvent()
    built.add("uid", event.uid)
    built.add("dtstamp", event.stamp)
    built.add("summary", event.summary)
    built.add("dtstart", event.start)
    built.add("dtend", (event.end or event.start) + dt.timedelta(days=1))
    built.add("url", event.url)
    built.add("description", event.description)
    if event.location:
        built.add("location", event.location)
    for alarm in event.alarms:
        reminder = LibraryAlarm()
        reminder.add("action", "DISPLAY")
        reminder.add("description", alarm.description)
        reminder.add("trigger", dt.timedelta(days=-alarm.days_before))
        built.add_component(reminder)
    return built


def library_calendar(name: str, events: list[Event]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # The library writes unknown X- properties raw; a calendar name is text
    # (commas, line breaks), so we escape it, and ask the library to as well.
    calendar.add("x-wr-calname", vText(name))
    for event in events:
        calendar.add_component(library_event(event))
    return calendar.to_ical()


def ours(name: str, events: list[Event]) -> bytes:
    return calendar_bytes(PRODUCT, name, [event_bytes(event) for event in events])


def event(**changes) -> Event:
    fields = dict(uid="giam-ngheo/han/1@chien-dich-sct-hai-duong", summary="Hạn: Nộp báo cáo",
                  start=dt.date(2023, 7, 4), end=None, stamp=STAMP,
                  url="https://soct.haiduong.gov.vn/chien-dich/chien-dich/giam-ngheo/", description="Báo cáo.")
    return Event(**{**fields, **changes})


CASES = {
    "one day": event(),
    "span over a year end": event(start=dt.date(2026, 12, 1), end=dt.date(2026, 12, 31)),
    "with a place": event(location="Hội trường Sở, số 2 Nguyễn Du; tầng 3"),
    "special characters": event(summary="A, B; C \\ D", description="dòng 1\ndòng 2\r\ndòng 3\rhết"),
    "long Vietnamese line folds between characters": event(description="Triển khai Tháng hành động phòng, chống lừa đảo trực tuyến " * 6),
    # "DESCRIPTION:" and 61 letters fill 73 octets: the fold would fall inside "\\".
    "backslash at a fold": event(description="x" * 61 + "\\" + "y" * 80),
    "caret at a fold": event(description="é" * 30 + "a^" + "z" * 90),
    "long URL": event(url="https://example.gov.vn/" + "chien-dich/" * 12),
    "reminders": event(alarms=(Alarm(3, "Còn 3 ngày đến hạn: Nộp báo cáo, tổng hợp; gửi Sở"),
                               Alarm(1, "Còn 1 ngày đến hạn: " + "Nộp báo cáo tuyên truyền " * 5))),
    "emoji and combining marks": event(summary="🩸 Hiến máu " * 9, description="e\u0301" * 60),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_event_bytes_equal_the_librarys(case: Event) -> None:
    assert ours("Lịch", [case]) == library_calendar("Lịch", [case])


def test_calendar_with_many_events_and_a_long_name() -> None:
    name = "Chiến dịch tuyên truyền – Sở Công Thương Hải Dương, năm 2023; tháng 7"
    assert ours(name, list(CASES.values())) == library_calendar(name, list(CASES.values()))
    assert ours(name, []) == library_calendar(name, [])


TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)


@settings(max_examples=300, deadline=None)
@given(summary=TEXT.filter(bool), description=TEXT, location=st.one_of(st.none(), TEXT.filter(bool)),
       reminder=st.one_of(st.none(), TEXT))
def test_any_text_gives_the_librarys_bytes(summary: str, description: str, location: str | None,
                                           reminder: str | None) -> None:
    alarms = () if reminder is None else (Alarm(3, reminder), Alarm(1, reminder))
    case = event(summary=summary, description=description, location=location, alarms=alarms)
    assert ours(summary, [case]) == library_calendar(summary, [case])


@given(line=st.text(st.sampled_from("aé\\^ đ🩸,"), max_size=300))
def test_folded_lines_stay_within_75_octets_and_unfold_to_the_line(line: str) -> None:
    folded = fold_line(line)
    assert all(len(piece) <= 75 for piece in folded.split(b"\r\n"))
    assert folded.replace(b"\r\n ", b"").decode("utf-8") == line
