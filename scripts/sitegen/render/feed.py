"""The Atom feed of new and changed campaigns, each dated by its own file.

A campaign's "updated" is the last commit that touched its file, and its
"published" the first, so the feed is the same for the same commit. Where git
cannot tell (no checkout, or a shallow clone whose history starts after the
file was made or last changed), the dates come from the campaign itself: the
latest and the earliest day its documents, dates, events and deadlines name,
among those not after the build date; and the build date when it names none.
Those stay put from one build to the next, unlike the date of a shallow
clone's only commit.
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


def named_days(campaign: Campaign) -> list[dt.date]:
    """Every day a campaign names: its documents' dates (a month or a year
    counts as its last day, as in the register), start, end, events and
    deadlines. A period is a span, not a day something was written: left out."""
    documents = campaign.documents + ([campaign.dispatch] if campaign.dispatch else [])
    days = [document.date.last_day for document in documents if document.date]
    days += [day for day in (campaign.start, campaign.end) if day]
    return days + campaign.event_days + campaign.deadline_days


def fallback_dates(campaign: Campaign, today: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """(published, updated) when git cannot tell: the earliest and the latest
    day the campaign names up to `today`, else `today`; at midnight in Vietnam."""
    past = [day for day in named_days(campaign) if day <= today] or [today]
    return _midnight(min(past)), _midnight(max(past))


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=VIETNAM_TZ)


def entry_dates(campaign: Campaign, history: FileHistory | None, today: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """(published, updated) of a campaign's entry: git's where it knows them."""
    fallback_first, fallback_last = fallback_dates(campaign, today)
    updated = history.last if history and history.last else fallback_last
    published = history.first if history and history.first else min(fallback_first, updated)
    return published, updated


def feed_file(site: Site, root: Path, site_url: str) -> dict[str, bytes]:
    """feed.xml: the most recently changed campaigns first."""
    histories = file_histories(root, "campaigns")
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
