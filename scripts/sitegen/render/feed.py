"""The Atom feed of the campaigns, each dated by its own facts.

An entry is "published" on the day the campaign was announced: the department's
dispatch that passed it on, else its start, else its newest directing document;
and "updated" on the latest day among those, its documents and the results
recorded for its tasks. A date known only to the month or the year counts as
its last day, as in the register (the dispatch of tháng 7/2023 answers 1009 of
04/7/2023, so it cannot be dated before it). Days after the build date are not
yet facts and are left out.

A campaign that names none of those takes its event days and deadlines; one
that names no day at all takes its file's git history (load/git_history.py,
which sets aside what a shallow clone's boundary claims), and the build date
when git cannot tell either. So the feed is the same for the same data: a
commit that changes nothing of a campaign does not move its entry.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..load.git_history import FileHistory, file_histories
from ..model.dates import VIETNAM_TZ
from ..model.page_paths import FEED
from ..model.site import Campaign, Site
from .pages import TEMPLATES_DIR

FEED_ENTRIES = 50


def _document_days(campaign: Campaign) -> list[dt.date]:
    documents = campaign.documents + ([campaign.dispatch] if campaign.dispatch else [])
    return [document.date.last_day for document in documents if document.date]


def announced(campaign: Campaign, today: dt.date) -> dt.date | None:
    """The day the campaign was announced, up to `today`: its dispatch's, its start, or its newest directing document's."""
    dispatch = campaign.dispatch.date.last_day if campaign.dispatch and campaign.dispatch.date else None
    directing = [document.date.last_day for document in campaign.documents if document.date]
    for day in (dispatch, campaign.start, max(directing, default=None)):
        if day is not None and day <= today:
            return day
    return None


def fact_dates(campaign: Campaign, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """(published, updated) from the campaign's own facts up to `today`; None when it names no such day."""
    results = [result.date for task in campaign.tasks for result in task.results.values()]
    published = announced(campaign, today)
    if published is None:
        named = [day for day in campaign.event_days + campaign.deadline_days if day <= today]
        if not named:
            return None
        published = min(named)
    later = [day for day in _document_days(campaign) + [campaign.start] + results if day and day <= today]
    return published, max([published, *later])


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=VIETNAM_TZ)


def entry_dates(campaign: Campaign, history: FileHistory | None, today: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """(published, updated) of a campaign's entry: its facts', else git's, else the build date."""
    facts = fact_dates(campaign, today)
    if facts is not None:
        return _midnight(facts[0]), _midnight(facts[1])
    if history is not None and history.last is not None:
        return history.first or history.last, history.last
    return _midnight(today), _midnight(today)


def feed_file(site: Site, root: Path, site_url: str,
              histories: dict[str, FileHistory] | None = None) -> dict[str, bytes]:
    """feed.xml: the most recently updated campaigns first. `histories`: the campaign files' (read when not given)."""
    histories = file_histories(root, "campaigns") if histories is None else histories
    entries = []
    for campaign in site.campaigns:
        published, updated = entry_dates(campaign, histories.get(campaign.source_path), site.today)
        entries.append({"campaign": campaign, "published": published, "updated": updated})
    entries.sort(key=lambda entry: (entry["updated"], entry["campaign"].slug), reverse=True)
    entries = entries[:FEED_ENTRIES]
    environment = Environment(loader=FileSystemLoader(TEMPLATES_DIR), autoescape=True, undefined=StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)
    newest = max((entry["updated"] for entry in entries), default=_midnight(site.today))
    text = environment.get_template("feed.xml.j2").render(site_url=site_url, entries=entries, updated=newest,
                                                                department=site.department,
                                                                tag=site.department.tag_authority)
    return {FEED: text.encode("utf-8")}
