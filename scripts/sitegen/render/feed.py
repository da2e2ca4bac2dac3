"""The Atom feed of new and changed campaigns, dated by git history.

A campaign's "updated" is the last commit that touched its file, and its
"published" the first, so the feed is the same for the same commit. Outside
a git checkout both fall back to the build date.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..model.dates import VIETNAM_TZ
from ..model.page_paths import FEED
from ..model.site import Site
from .pages import TEMPLATES_DIR

FEED_ENTRIES = 50
TAG_AUTHORITY = "chien-dich-sct-hai-duong,2023"


def file_dates(root: Path, folder: str) -> dict[str, tuple[dt.datetime, dt.datetime]]:
    """(first, last) commit time of every file under `folder`, by repository path."""
    try:
        output = subprocess.run(["git", "-C", str(root), "log", "--format=%x00%cI", "--name-only", "--", folder],
                                capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    dates: dict[str, tuple[dt.datetime, dt.datetime]] = {}
    when = None
    for line in output.splitlines():
        if line.startswith("\x00"):
            when = dt.datetime.fromisoformat(line[1:])
        elif line and when:
            first, last = dates.get(line, (when, when))
            dates[line] = (min(first, when), max(last, when))
    return dates


def feed_file(site: Site, root: Path, site_url: str) -> dict[str, bytes]:
    """feed.xml: the most recently changed campaigns first."""
    dates = file_dates(root, "campaigns")
    fallback = dt.datetime.combine(site.today, dt.time(0, 0), tzinfo=VIETNAM_TZ)
    entries = []
    for campaign in site.campaigns:
        published, updated = dates.get(campaign.source_path, (fallback, fallback))
        entries.append({"campaign": campaign, "published": published, "updated": updated})
    entries.sort(key=lambda entry: (entry["updated"], entry["campaign"].slug), reverse=True)
    entries = entries[:FEED_ENTRIES]
    environment = Environment(loader=FileSystemLoader(TEMPLATES_DIR), autoescape=True, undefined=StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)
    text = environment.get_template("feed.xml.j2").render(
        site_url=site_url, entries=entries, tag=TAG_AUTHORITY,
        updated=max((entry["updated"] for entry in entries), default=fallback))
    return {FEED: text.encode("utf-8")}
