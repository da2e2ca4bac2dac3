"""Where every generated file goes: one formula for each kind of page.

The renderers (render/), the assembly of the docs folder (build/pipeline.py)
write at these paths, and load/page_clashes.py checks with the same formulas that no two
inputs land on one page, so the check cannot drift from what is written.
Paths are inside the docs folder that MkDocs reads; `url` gives the address
MkDocs serves a path at.
"""

from __future__ import annotations

import posixpath

from .slugs import slugify

# The slug of the pages that gather what has no known year or issuing body.
UNKNOWN = "chua-ro"

HOME = "index.md"
CAMPAIGN_LIST = "chien-dich/index.md"
DOCUMENT_LIST = "van-ban/index.md"
UNIT_LIST = "don-vi/index.md"
CALENDAR = "lich/index.md"
ARCHIVE = "luu-tru/index.md"
TAG_LIST = "chu-de/index.md"
REPORTS = "bao-cao/index.md"
SITE_CALENDAR = "lich/chien-dich.ics"
FEED = "feed.xml"
ATTACHMENTS_DIR = "tep"
INDEX_DIR = "tim-kiem"  # the search index (render/search_index.py)
# Folders that hold generated files only: hand-written files stay out of them.
GENERATED_FOLDERS = ("chien-dich", "van-ban", "don-vi", "lich", "luu-tru", "chu-de", "bao-cao", ATTACHMENTS_DIR,
                     INDEX_DIR)
# The extensions MkDocs reads as pages.
MARKDOWN = ("md", "markdown", "mdown", "mkdn", "mkd")


def campaign_page(slug: str) -> str:
    return f"chien-dich/{slug}.md"


def campaign_calendar(slug: str) -> str:
    return f"lich/{slug}.ics"


def unit_calendar(unit_id: str) -> str:
    """A unit's own calendar of open deadlines, the address its staff subscribe to."""
    return f"lich/don-vi/{unit_id}.ics"


def month_report_page(year: int, month: int) -> str:
    return f"bao-cao/thang-{year}-{month:02d}.md"


def report_year_page(year: int) -> str:
    """The campaign reports of `year`; year 0 gathers the campaigns with no known year."""
    return f"bao-cao/nam-{year or UNKNOWN}.md"


def campaign_report_page(slug: str) -> str:
    return f"bao-cao/chien-dich/{slug}.md"


def spreadsheet(page: str) -> str:
    """The CSV that goes with a report page: the same rows, beside it."""
    return page.rpartition(".")[0] + ".csv"


def document_slug(ref: str) -> str:
    """A document's page name, from its number or id: "2416/BTTTT-CATTT" -> "2416-bttttt-cattt"."""
    return slugify(ref)


def document_page(slug: str) -> str:
    return f"van-ban/{slug}.md"


def dispatch_word_file(slug: str) -> str:
    """The department's dispatch as a Word file, beside its page (render/dispatch_docx.py)."""
    return f"van-ban/{slug}.docx"


def documents_year_page(year: int) -> str:
    """The documents issued in `year`; year 0 gathers the undated ones."""
    return f"van-ban/nam-{year or UNKNOWN}.md"


def unit_page(slug: str) -> str:
    return f"don-vi/{slug}.md"


def tag_page(tag: str) -> str:
    return f"chu-de/{slugify(tag)}.md"


def archive_year_page(year: int) -> str:
    """The campaigns of `year`; year 0 gathers those with no known year."""
    return f"luu-tru/{year or UNKNOWN}.md"


def archive_issuer_page(issuer_id: str | None) -> str:
    """The campaigns of one issuing body; None gathers those with no known issuer."""
    return f"luu-tru/co-quan/{issuer_id or UNKNOWN}.md"


def attachment(file: str) -> str:
    """Where an attached file of the repository is served."""
    return f"{ATTACHMENTS_DIR}/{file}"


def is_page(path: str) -> bool:
    return path.rpartition(".")[2].lower() in MARKDOWN


def url(path: str) -> str:
    """The address MkDocs serves a docs path at, with use_directory_urls:
    "a/x.md" and "a/x/index.md" (or "a/x/README.md") are both "a/x/", and
    any other file keeps its path."""
    if not is_page(path):
        return path
    folder, name = posixpath.split(path)
    stem = name.rpartition(".")[0]
    page = folder if stem in ("index", "README") else posixpath.join(folder, stem)
    return f"{page}/" if page else ""
