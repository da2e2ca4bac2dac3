"""iCalendar files (RFC 5545): one for the whole site, one per campaign.

UIDs are stable (built from slugs, not positions or dates), so when an editor
moves a date, calendar apps update the event instead of adding a copy.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from .model import Campaign, Site
from .slugs import slugify

UID_DOMAIN = "chien-dich-sct-hai-duong"
PRODUCT = "-//Sở Công Thương Hải Dương//Chiến dịch tuyên truyền//VI"


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def _event(uid: str, summary: str, start: dt.date, end: dt.date | None, stamp: dt.datetime, url: str,
           description: str, location: str | None = None) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", start)
    # All-day events end the day after their last day (RFC 5545, 3.6.1).
    event.add("dtend", (end or start) + dt.timedelta(days=1))
    event.add("url", url)
    event.add("description", description)
    if location:
        event.add("location", location)
    return event


def campaign_events(campaign: Campaign, site_url: str, stamp: dt.datetime) -> list[Event]:
    """The campaign's span (when its start is known), its events and its deadlines."""
    url = f"{site_url}chien-dich/{campaign.slug}/"
    events = []
    if campaign.start:
        events.append(_event(campaign.slug, campaign.title, campaign.start, campaign.end, stamp, url, campaign.summary))
    for item in campaign.events:
        description = f"{item.note}\n" if item.note else ""
        events.append(_event(f"{campaign.slug}/su-kien/{slugify(item.title)}", item.title, item.date, item.end_date,
                             stamp, url, f"{description}Chiến dịch: {campaign.title}", item.place))
    for number, task in enumerate(campaign.tasks, start=1):
        if task.due:
            units = ", ".join(unit.name for unit in task.assignees)
            events.append(_event(f"{campaign.slug}/han/{number}", f"Hạn: {task.action[:80]}", task.due, None, stamp, url,
                                 f"{task.action}\nĐơn vị thực hiện: {units}\nChiến dịch: {campaign.title}"))
    return events


def _with_events(calendar: Calendar, events: list[bytes]) -> bytes:
    """The calendar's own lines with already serialised VEVENTs inside.

    Each event is serialised once and shared by its campaign's file and the
    site's: icalendar's line folding is the slow part at thousands of events.
    """
    head, end = calendar.to_ical().rsplit(b"END:VCALENDAR", 1)
    return head + b"".join(events) + b"END:VCALENDAR" + end


def calendar_files(site: Site, site_url: str) -> dict[str, bytes]:
    """lich/chien-dich.ics for the whole site, lich/<slug>.ics for each campaign with a date."""
    stamp = dt.datetime.combine(site.today, dt.time(0, 0), tzinfo=dt.timezone.utc)
    files, every_event = {}, []
    for campaign in site.campaigns:
        events = [event.to_ical() for event in campaign_events(campaign, site_url, stamp)]
        if events:
            files[f"lich/{campaign.slug}.ics"] = _with_events(_calendar(campaign.title), events)
            every_event += events
    files["lich/chien-dich.ics"] = _with_events(_calendar("Chiến dịch tuyên truyền – Sở Công Thương Hải Dương"), every_event)
    return files
