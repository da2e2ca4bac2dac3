"""Rendering the model into Markdown pages with Jinja2 templates.

Editors' text is never trusted as markup: the `text` filter escapes it for
Markdown and HTML alike, so `<script>` in a title shows as text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from ..model import page_paths as paths
from ..model.dates import PartialDate, format_date, format_partial_date
from ..model.freshness import campaign_documents, newest_document, unit_documents
from ..model.reports import Report, campaign_reports, month_reports, report_rows, reports_by_year
from ..model.site import Site
from ..model.slugs import slugify
from ..model.status import Status
from ..model import wording
from ..model.task_state import UPCOMING_DAYS, is_upcoming
from ..model.task_state import TaskState
from .sections import Section, fold_empty, join_or

TEMPLATES_DIR = Path(__file__).parent / "templates"
# How many rows a summary list shows before it links to the full list.
LIST_LIMIT = 20

# Characters that Markdown or the extensions in mkdocs.yml (tables, attr_list)
# would read as markup; HTML's own are turned into entities.
_MARKUP = re.compile(r"([\\`*_\[\]{}#|])")
# A leading "-", "+" or "1." would start a list, and "!!!" an admonition box.
_LEADING = re.compile(r"^([-+!])")
_ORDINAL = re.compile(r"^(\d+)([.)])")
# Control characters have no place in a page, and Python-Markdown uses STX and
# ETX internally as placeholders for stashed HTML.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def markdown_text(value: object) -> str:
    """Escape `value` so it renders as the same plain text in Markdown and HTML.

    Newlines become spaces: the text always sits inline (in a heading, a
    paragraph, a list item or a table cell). Control characters are dropped.
    """
    return _escaped(str(value))


@functools.lru_cache(maxsize=65536)
def _escaped(text: str) -> str:
    # Cached: unit names, document names and statuses repeat on thousands of pages.
    text = " ".join(_CONTROL.sub("", text).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    text = _MARKUP.sub(r"\\\1", text)
    text = _LEADING.sub(r"\\\1", text)
    return _ORDINAL.sub(r"\1\\\2", text)


def link_target(value: str) -> str:
    """Percent-encode a URL or path for a Markdown link target.

    Quotes, angle brackets, parentheses and spaces are encoded, so a link can
    never close early and smuggle markup into the page.
    """
    return quote(value, safe=";/?:@&=+$,-_.!~*#%[]")


def make_environment(cache_dir: Path | None = None) -> Environment:
    """The templates' environment; with `cache_dir`, compiled templates are kept
    there between builds (Jinja checks each template's source before using it)."""
    if cache_dir:
        cache_dir.mkdir(parents=True, exist_ok=True)
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        bytecode_cache=FileSystemBytecodeCache(str(cache_dir)) if cache_dir else None,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # Markdown output: escaping is the `text` filter's job.
        # Markdown heading ids are written {#id}, so Jinja comments use {## ##}.
        comment_start_string="{##",
        comment_end_string="##}",
    )
    environment.filters["text"] = markdown_text
    environment.filters["url"] = link_target
    environment.filters["slug"] = slugify
    environment.filters["date"] = format_date
    environment.filters["partial_date"] = format_partial_date
    environment.filters["month_name"] = lambda month: format_partial_date(PartialDate(month[0], month[1]))
    environment.filters["fold_empty"] = fold_empty
    environment.filters["join_or"] = join_or
    environment.globals["Status"] = Status
    environment.globals["TaskState"] = TaskState
    environment.globals["Section"] = Section
    environment.globals["paths"] = paths  # where generated files are, said once (model/page_paths.py)
    environment.globals["LIST_LIMIT"] = LIST_LIMIT
    environment.globals["wording"] = wording  # the dispatch's sentences, the same in its Word file
    environment.globals["UPCOMING_DAYS"] = UPCOMING_DAYS
    environment.globals["is_upcoming"] = is_upcoming
    environment.tests["is_upcoming"] = is_upcoming
    environment.globals["newest_document"] = newest_document  # what "Văn bản mới nhất" names (model/freshness.py)
    environment.globals["unit_documents"] = unit_documents
    environment.globals["campaign_documents"] = campaign_documents
    return environment


@functools.lru_cache(maxsize=2)
def _shared_environment(templates: Path) -> Environment:
    """The environment of callers that keep none (tests, a script): one per process and folder of
    templates, so each template compiles once; Jinja compiles again one whose file has changed."""
    return make_environment()


def _renderer(site: Site, environment: Environment | None, site_url: str | None = None) -> Callable[..., str]:
    environment = environment or _shared_environment(TEMPLATES_DIR)

    def render(template: str, **context: object) -> str:
        return environment.get_template(template).render(site=site, site_url=site_url, **context)

    return render


def campaign_pages(site: Site, slugs: set[str], environment: Environment | None = None) -> dict[str, str]:
    """The pages of the given campaigns only: what `serve` shows first after an edit."""
    render = _renderer(site, environment)
    return {paths.campaign_page(c.slug): render("campaign.md.j2", campaign=c) for c in site.campaigns if c.slug in slugs}


def render_pages(site: Site, environment: Environment | None = None, site_url: str | None = None) -> dict[str, str]:
    """Every generated page, by its path inside the docs folder. With `site_url` (every
    real build), pages give absolute addresses where an app needs one (calendar subscriptions)."""
    render = _renderer(site, environment, site_url)
    pages = {
        paths.HOME: render("home.md.j2"),
        paths.CAMPAIGN_LIST: render("campaigns.md.j2"),
        paths.DOCUMENT_LIST: render("documents.md.j2"),
        paths.UNIT_LIST: render("units.md.j2"),
        paths.CALENDAR: render("calendar.md.j2"),
        paths.ARCHIVE: render("archive.md.j2"),
        paths.TAG_LIST: render("tags.md.j2"),
    }
    for campaign in site.campaigns:
        pages[paths.campaign_page(campaign.slug)] = render("campaign.md.j2", campaign=campaign)
    for document in site.documents:
        pages[paths.document_page(document.slug)] = render("document.md.j2", document=document)
    for unit in site.units:
        pages[paths.unit_page(unit.slug)] = render("unit.md.j2", unit=unit)
    # Long lists get pages of their own, so no page grows with the whole history.
    for year, campaigns in site.campaigns_by_year():
        pages[paths.archive_year_page(year)] = render("archive_year.md.j2", year=year, campaigns=campaigns)
    for issuer, campaigns in site.campaigns_by_issuer():
        pages[paths.archive_issuer_page(issuer.id if issuer else None)] = render(
            "archive_issuer.md.j2", issuer=issuer, campaigns=campaigns)
    for body in site.organizations:  # a body merged or renamed, and its successor: a page to say so, campaigns or not
        if body.in_succession:
            pages.setdefault(paths.archive_issuer_page(body.id), render("archive_issuer.md.j2", issuer=body, campaigns=[]))
    for year, documents in site.documents_by_year():
        pages[paths.documents_year_page(year)] = render("documents_year.md.j2", year=year, documents=documents)
    for tag, campaigns in site.tags().items():
        pages[paths.tag_page(tag)] = render("tag.md.j2", tag=tag, campaigns=campaigns)
    pages.update(report_pages(site, render))
    return pages


def report_pages(site: Site, render: Callable[..., str]) -> dict[str, str]:
    """The report view: its index, a page per month with tasks, one per campaign with tasks."""
    rows = report_rows(site)
    months, campaigns = month_reports(rows), campaign_reports(site, rows)
    undated = sum(1 for row in rows if not row.months())
    years = reports_by_year(campaigns)
    overall = Report("", paths.REPORTS, tuple(rows))
    pages = {paths.REPORTS: render("reports.md.j2", months=months, years=years, overall=overall, undated=undated)}
    for year, reports in years:
        pages[paths.report_year_page(year)] = render("report_year.md.j2", year=year, reports=reports)
    for report in months + campaigns:
        pages[report.page] = render("report.md.j2", report=report)
    return pages
