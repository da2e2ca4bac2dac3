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


def calendar_files(site: Site, site_url: str) -> dict[str, bytes]:
    """lich/chien-dich.ics for the whole site, lich/<slug>.ics for each campaign with a date."""
    stamp = dt.datetime.combine(site.today, dt.time(0, 0), tzinfo=dt.timezone.utc)
    whole = _calendar("Chiến dịch tuyên truyền – Sở Công Thương Hải Dương")
    files = {}
    for campaign in site.campaigns:
        events = campaign_events(campaign, site_url, stamp)
        if not events:
            continue
        single = _calendar(campaign.title)
        for event in events:
            single.add_component(event)
            whole.add_component(event)
        files[f"lich/{campaign.slug}.ics"] = single.to_ical()
    files["lich/chien-dich.ics"] = whole.to_ical()
    return files
