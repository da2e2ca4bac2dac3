"""iCalendar files (RFC 5545): one for the whole site, one per campaign.

UIDs are stable (built from slugs, not positions or dates), so when an editor
moves a date, calendar apps update the event instead of adding a copy.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from ..model.page_paths import SITE_CALENDAR, campaign_calendar, campaign_page, url
from ..model.site import Campaign, Site
from ..model.slugs import slugify
from .ical import Event, calendar_bytes, event_bytes

UID_DOMAIN = "chien-dich-sct-hai-duong"
PRODUCT = "-//Sở Công Thương Hải Dương//Chiến dịch tuyên truyền//VI"
SITE_CALENDAR_NAME = "Chiến dịch tuyên truyền – Sở Công Thương Hải Dương"


def campaign_events(campaign: Campaign, site_url: str, stamp: dt.datetime) -> list[Event]:
    """The campaign's span (when its start is known), its events and its deadlines."""
    page = f"{site_url}{url(campaign_page(campaign.slug))}"
    events = []
    if campaign.start:
        events.append(Event(_uid(campaign.slug), campaign.title, campaign.start, campaign.end, stamp, page, campaign.summary))
    seen: Counter[str] = Counter()
    for item in campaign.events:
        description = f"{item.note}\n" if item.note else ""
        # Two events of one title (a meeting held twice): the first keeps the plain UID, later ones
        # are numbered, so no calendar app merges them and existing UIDs do not change.
        name = slugify(item.title)
        seen[name] += 1
        uid = _uid(f"{campaign.slug}/su-kien/{name}" + (f"-{seen[name]}" if seen[name] > 1 else ""))
        events.append(Event(uid, item.title, item.date, item.end_date,
                            stamp, page, f"{description}Chiến dịch: {campaign.title}", item.place))
    for number, task in enumerate(campaign.tasks, start=1):
        if task.due:
            units = ", ".join(unit.name for unit in task.assignees)
            events.append(Event(_uid(f"{campaign.slug}/han/{number}"), f"Hạn: {task.action[:80]}", task.due, None, stamp,
                                page, f"{task.action}\nĐơn vị thực hiện: {units}\nChiến dịch: {campaign.title}"))
    return events


def _uid(name: str) -> str:
    return f"{name}@{UID_DOMAIN}"


def calendar_files(site: Site, site_url: str) -> dict[str, bytes]:
    """lich/chien-dich.ics for the whole site, lich/<slug>.ics for each campaign with a date."""
    stamp = dt.datetime.combine(site.today, dt.time(0, 0), tzinfo=dt.timezone.utc)
    files, every_event = {}, []
    for campaign in site.campaigns:
        events = [event_bytes(event) for event in campaign_events(campaign, site_url, stamp)]
        if events:
            files[campaign_calendar(campaign.slug)] = calendar_bytes(PRODUCT, campaign.title, events)
            every_event += events
    files[SITE_CALENDAR] = calendar_bytes(PRODUCT, SITE_CALENDAR_NAME, every_event)
    return files
