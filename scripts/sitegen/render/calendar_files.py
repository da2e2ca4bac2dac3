"""iCalendar files (RFC 5545): one for the whole site, one per campaign, and
one per unit with the deadlines it has still to meet.

UIDs are stable (built from slugs and the task's place in its campaign, not
dates), so when an editor moves a date, calendar apps update the event instead
of adding a copy. A deadline reminds 3 days and 1 day before; a task done or
cancelled leaves the calendars at the next build.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from ..model.dates import format_date
from ..model.page_paths import SITE_CALENDAR, campaign_calendar, campaign_page, unit_calendar, url
from ..model.site import Campaign, Site, Task, Unit
from ..model.slugs import slugify
from .ical import Alarm, Event, calendar_bytes, event_bytes

from ..load.department import Department

# Days before a deadline that calendar apps remind of it.
REMINDER_DAYS = (3, 1)


def reminders(task: Task) -> tuple[Alarm, ...]:
    """The two reminders of a deadline, each saying what is due."""
    return tuple(Alarm(days, ("Ngày mai đến hạn" if days == 1 else f"Còn {days} ngày đến hạn") + f": {task.action}")
                 for days in REMINDER_DAYS)


def _deadline_summary(task: Task) -> str:
    return f"Hạn: {task.action[:80]}"


def _assignees(task: Task) -> str:
    """The units that carry the task out, those done marked with their day."""
    return ", ".join(unit.name + (f" (đã xong {format_date(task.result(unit).date)})" if task.result(unit) else "")
                     for unit in task.assignees)


def product(department: Department) -> str:
    """The calendars' PRODID (RFC 5545): "-//Sở …//Chiến dịch tuyên truyền//VI", the department's signature."""
    return f"-//{department.author}//Chiến dịch tuyên truyền//VI"


def campaign_events(campaign: Campaign, site_url: str, stamp: dt.datetime, domain: str) -> list[Event]:
    """The campaign's span (when its start is known), its events and its deadlines; UIDs end in @`domain`."""
    page = f"{site_url}{url(campaign_page(campaign.slug))}"
    events = []
    if campaign.start:
        events.append(Event(_uid(campaign.slug, domain), campaign.title, campaign.start, campaign.end, stamp, page, campaign.summary))
    seen: Counter[str] = Counter()
    for item in campaign.events:
        description = f"{item.note}\n" if item.note else ""
        # Two events of one title (a meeting held twice): the first keeps the plain UID, later ones
        # are numbered, so no calendar app merges them and existing UIDs do not change.
        name = slugify(item.title)
        seen[name] += 1
        uid = _uid(f"{campaign.slug}/su-kien/{name}" + (f"-{seen[name]}" if seen[name] > 1 else ""), domain)
        events.append(Event(uid, item.title, item.date, item.end_date,
                            stamp, page, f"{description}Chiến dịch: {campaign.title}", item.place))
    for number, task in enumerate(campaign.tasks, start=1):
        if task.due and task.open:
            events.append(Event(_uid(f"{campaign.slug}/han/{number}", domain), _deadline_summary(task), task.due, None, stamp,
                                page, f"{task.action}\nĐơn vị thực hiện: {_assignees(task)}\nChiến dịch: {campaign.title}",
                                alarms=reminders(task)))
    return events


def unit_events(unit: Unit, site_url: str, stamp: dt.datetime, domain: str) -> list[Event]:
    """The deadlines `unit` has still to meet, each saying what to do, in which role, and where to read more.
    UIDs add the unit to the deadline's, so two units' calendars in one app stay apart."""
    events = []
    for task in unit.open_deadlines:
        campaign = task.campaign
        page = f"{site_url}{url(campaign_page(campaign.slug))}"
        number = campaign.tasks.index(task) + 1
        role = "Thực hiện" if unit in task.assignees else "Phối hợp với " + ", ".join(u.name for u in task.assignees)
        description = (f"Việc cần làm: {task.action}\nVai trò của {unit.name}: {role}\n"
                       f"Chiến dịch: {campaign.title}\nXem chi tiết: {page}")
        events.append(Event(_uid(f"{campaign.slug}/han/{number}/don-vi/{unit.id}", domain), _deadline_summary(task), task.due,
                            None, stamp, page, description, alarms=reminders(task)))
    return events


def _uid(name: str, domain: str) -> str:
    return f"{name}@{domain}"


def calendar_files(site: Site, site_url: str) -> dict[str, bytes]:
    """lich/chien-dich.ics for the whole site, lich/<slug>.ics for each campaign with a date,
    lich/don-vi/<id>.ics for each unit with a page (empty when it has no deadline open)."""
    stamp = dt.datetime.combine(site.today, dt.time(0, 0), tzinfo=dt.timezone.utc)
    files, every_event = {}, []
    department = site.department
    prodid, domain = product(department), department.id
    for campaign in site.campaigns:
        events = [event_bytes(event) for event in campaign_events(campaign, site_url, stamp, domain)]
        if events:
            files[campaign_calendar(campaign.slug)] = calendar_bytes(prodid, campaign.title, events)
            every_event += events
    files[SITE_CALENDAR] = calendar_bytes(prodid, department.site_title, every_event)
    for unit in site.units:
        events = [event_bytes(event) for event in unit_events(unit, site_url, stamp, domain)]
        files[unit_calendar(unit.id)] = calendar_bytes(prodid, unit_calendar_name(unit), events)
    return files


def unit_calendar_name(unit: Unit) -> str:
    return f"Hạn nhiệm vụ – {unit.name}"
