"""Every generated path is unique: no two inputs land on one page.

Without this, a campaign file index.yml, a document numbered "INDEX", a unit
`index` or a tag "Index" silently replaced a list page, documents "12/ABC"
and "12-ABC" shared one page, "Nam 2023" replaced the year page, and
campaigns/chien-dich.yml overwrote the site's calendar. Each input claims its
paths with the formulas of page_paths.py, the ones the pages are written
with, and claims are compared by the address MkDocs serves them at (x.md and
x/index.md are both x/), ignoring case for editors on Windows and macOS.

Pages that exist only sometimes (the "chưa rõ" pages, a campaign's calendar
and report, a unit's page and calendar, written only while it has tasks or
contacts) are claimed
always, so that a clash does not appear or vanish with unrelated data. The
site's own pages are claimed first, then the registries, campaigns and tags,
so each clash is reported at the YAML value that takes a page already
claimed, naming the first claimant. Hand-written files of docs/ come
last, and stay out of the generated folders.
"""

from __future__ import annotations

import posixpath
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import page_paths as paths
from ..model.dates import parse_partial_date
from ..problems import Problem
from .docs_files import DOCS_DIR
from .loader import JsonPath, LoadedFile
from .registry import Registry
from .references import document_ref

if TYPE_CHECKING:
    from .inputs import Sources

HAND_WRITTEN = "tệp viết tay"
# How to fix a clash, by the kind of input that is reported.
_HINTS = {
    "văn bản": "nếu là hai văn bản khác nhau, thêm “id: ma-rieng” cho văn bản này; trang của nó sẽ mang tên theo id",
    "đơn vị": "đổi mã đơn vị, và sửa mã ở mọi chỗ dùng nó",
    "cơ quan": "đổi mã cơ quan, và sửa mã ở mọi chỗ dùng nó",
    "tệp chiến dịch": "đổi tên tệp chiến dịch, ví dụ thêm năm hoặc đợt",
    "chủ đề": "nếu là cùng một chủ đề, viết giống hệt nhau ở mọi chiến dịch; nếu không, đặt tên khác",
    HAND_WRITTEN: "đổi tên tệp, hoặc chuyển nó sang thư mục khác, ví dụ docs/huong-dan/ như các trang viết tay khác",
}
_EMPTY_HINTS = {
    "văn bản": "viết số ký hiệu đúng như văn bản, hoặc thêm “id: ma-van-ban” cho văn bản này",
    "chủ đề": "viết chủ đề bằng chữ, ví dụ: an toàn thông tin",
}
_SITE_PAGES = {
    paths.HOME: "trang chủ", paths.CAMPAIGN_LIST: "trang danh sách chiến dịch", paths.DOCUMENT_LIST: "trang sổ văn bản",
    paths.UNIT_LIST: "trang danh sách đơn vị", paths.CALENDAR: "trang lịch", paths.ARCHIVE: "trang lưu trữ",
    paths.TAG_LIST: "trang danh sách chủ đề", paths.REPORTS: "trang báo cáo kết quả", paths.SITE_CALENDAR: "tệp lịch chung của cả trang",
    paths.FEED: "nguồn tin Atom", paths.archive_year_page(0): "trang chiến dịch chưa rõ năm",
    paths.archive_issuer_page(None): "trang chiến dịch chưa rõ cơ quan ban hành",
    paths.documents_year_page(0): "trang văn bản chưa rõ năm",
}


@dataclass(frozen=True)
class Claim:
    """One input's claim on one generated path."""

    path: str  # inside the docs folder, from a page_paths formula
    kind: str  # "văn bản", "chủ đề"…; "" for the site's own pages
    value: str  # what the editor wrote: a number, an id, a tag, a file name
    loaded: LoadedFile | Registry | None = None  # the file (or registry) that makes the claim, for YAML values
    where: JsonPath | None = None  # the value's place in it; None for a whole file

    @property
    def label(self) -> str:
        """How a message names the claimant: 'văn bản “12/ABC”', 'trang lịch ở địa chỉ /lich/'."""
        if not self.kind:
            return f"{self.value} ở địa chỉ /{paths.url(self.path)}"
        return f"{self.kind} {self.value}" if self.where is None else f"{self.kind} “{self.value}”"

    def position(self) -> tuple[int, int]:
        return self.loaded.position(self.where) if self.loaded and self.where is not None else (1, 1)

    @property
    def file(self) -> str:
        """The file the value is written in (a registry's record file, not its folder)."""
        if isinstance(self.loaded, Registry) and self.where is not None:
            return self.loaded.file_of(int(self.where[1]))
        return self.loaded.path if self.loaded else self.value


def _address(path: str) -> str:
    return unicodedata.normalize("NFC", paths.url(path)).casefold()


def site_page_at(path: str) -> str | None:
    """The site's own page that `path` would take (as check would report it), or None."""
    wanted = _address(path)
    return next((label for site_path, label in _SITE_PAGES.items() if _address(site_path) == wanted), None)


def _years(sources: Sources) -> set[int]:
    return {parse_partial_date(str(record["date"])).year for record in sources.documents.data["documents"] if "date" in record}


def claims(sources: Sources) -> Iterator[Claim]:
    """Every path the sources make the generator write, site pages first."""
    for path, name in _SITE_PAGES.items():
        yield Claim(path, "", name)
    for year in sorted(_years(sources)):
        yield Claim(paths.documents_year_page(year), "", f"trang văn bản năm {year}")
    documents = sources.documents
    for index, record in enumerate(documents.data["documents"]):
        field = "id" if "id" in record else "number"
        yield Claim(paths.document_page(paths.document_slug(document_ref(record))), "văn bản", document_ref(record),
                    documents, ("documents", index, field))
    for index, record in enumerate(sources.units.data["units"]):
        for path in (paths.unit_page(record["id"]), paths.unit_calendar(record["id"])):
            yield Claim(path, "đơn vị", record["id"], sources.units, ("units", index, "id"))
    for index, record in enumerate(sources.organizations.data["organizations"]):
        yield Claim(paths.archive_issuer_page(record["id"]), "cơ quan", record["id"], sources.organizations,
                    ("organizations", index, "id"))
    for slug, loaded in sources.campaigns.items():
        report = paths.campaign_report_page(slug)
        for path in (paths.campaign_page(slug), paths.campaign_calendar(slug), report, paths.spreadsheet(report)):
            yield Claim(path, "tệp chiến dịch", loaded.path, loaded)
    for loaded in sources.campaigns.values():
        for index, tag in enumerate(loaded.data.get("tags", [])):
            yield Claim(paths.tag_page(tag), "chủ đề", tag, loaded, ("tags", index))


def _where(claim: Claim, first: Claim) -> str:
    """Where the first claimant stands, as seen from the second's file."""
    if first.loaded is None or first.where is None:
        return ""
    line = first.position()[0]
    return f" ở dòng {line}" if first.file == claim.file else f" ở {first.file}, dòng {line}"


def _capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


def _problem(claim: Claim, message: str, hint: str) -> Problem:
    return Problem(claim.file, *claim.position(), message, hint)


def _unnamed(claim: Claim) -> bool:
    """An empty slug makes a page named ".md": hidden, so MkDocs never publishes it."""
    return posixpath.basename(claim.path).startswith(".")


def _problem_of(claim: Claim, owners: dict[str, Claim]) -> Problem | None:
    """Why `claim` cannot have its path, given the claims before it; None when it can."""
    if _unnamed(claim):
        return _problem(claim, f"{_capitalised(claim.label)} không có chữ hay số nào để đặt tên trang", _EMPTY_HINTS[claim.kind])
    address = _address(claim.path)
    first = owners.setdefault(address, claim)
    if first.label != claim.label:  # the same tag in two campaigns is one page
        taken = "trang" if paths.is_page(claim.path) else "đường dẫn"
        return _problem(claim, f"{_capitalised(claim.label)} trùng {taken} với {first.label}{_where(claim, first)}",
                        _HINTS[claim.kind])
    folder = address.split("/")[0]
    if claim.kind == HAND_WRITTEN and folder in paths.GENERATED_FOLDERS:
        return _problem(claim, f"Tệp viết tay ra địa chỉ /{paths.url(claim.path)}, trong thư mục /{folder}/ mà bộ sinh trang quản lý",
                        _HINTS[HAND_WRITTEN])
    return None


def page_clash_problems(sources: Sources, hand_written: list[str]) -> list[Problem]:
    """A problem for each input that would take a path another already has, or
    has no letter or digit to name its page; `hand_written` are the files of docs/."""
    owners: dict[str, Claim] = {}
    written_by_hand = (Claim(path, HAND_WRITTEN, f"{DOCS_DIR}/{path}") for path in hand_written)
    return [problem for claim in (*claims(sources), *written_by_hand) if (problem := _problem_of(claim, owners))]
