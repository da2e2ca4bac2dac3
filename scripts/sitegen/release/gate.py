"""The publish gate: a fast self-check of a built site, with no browser.

`make publish` runs it on the fresh build (or on a CI archive) before anything
leaves the machine. It checks what a broken build or a bad pack would break
for readers: every page is UTF-8 HTML that parses, every internal link, asset
and anchor exists, the search index is whole (each page it lists exists, each
word it knows has its postings), the calendars are well formed and point at
pages that exist, and SHA256SUMS lists exactly the files, with their sums.
The browser suite (`make test`) stays CI's job.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..control_chars import escaped
from ..failures import RunFailed
from ..model.page_paths import INDEX_DIR
from ..render.search_index import fnv1a, term_shard_key
from .archive import SUMS

# Attributes that load or link something, by tag.
_LINKS = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src"}
_LOC = re.compile(r"<loc>([^<]+)</loc>")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.closed = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        target = attributes.get(_LINKS.get(tag, ""))
        if target:
            self.links.append(target)

    def handle_endtag(self, tag: str) -> None:
        self.closed = self.closed or tag == "html"


def site_url_of(site: Path) -> str:
    """The address the site was built for, read back from its sitemap (home page first)."""
    found = _LOC.search((site / "sitemap.xml").read_text(encoding="utf-8")) if (site / "sitemap.xml").is_file() else None
    return found.group(1) if found else ""


def check_site(site: Path) -> list[str]:
    """Every problem found in the built site at `site`, one Vietnamese line each; [] when it is sound."""
    problems = _sums_problems(site)
    pages = _parse_pages(site, problems)
    problems += _link_problems(site, pages, site_url_of(site))
    problems += _search_problems(site)
    problems += _calendar_problems(site, site_url_of(site))
    return problems


# A broken build can break hundreds of links; the first ones are enough to act on.
SHOWN_PROBLEMS = 20


def require_sound_site(site: Path) -> str:
    """Run the self-check; return a one-line summary, or raise RunFailed listing what is wrong."""
    started = time.monotonic()
    problems = check_site(site)
    if problems:
        shown = "\n".join(escaped(problem) for problem in problems[:SHOWN_PROBLEMS])  # file names are data
        more = f"\n… và {len(problems) - SHOWN_PROBLEMS} lỗi khác" if len(problems) > SHOWN_PROBLEMS else ""
        raise RunFailed(f"{shown}{more}\nBản dựng không qua kiểm tra nhanh ({len(problems)} lỗi): chưa đăng gì, "
                        "bản đang chạy giữ nguyên.")
    files = sum(1 for path in site.rglob("*") if path.is_file())
    pages = sum(1 for _ in site.rglob("*.html"))
    seconds = f"{time.monotonic() - started:.1f}".replace(".", ",")
    return (f"Kiểm tra nhanh bản dựng: {files} tệp, {pages} trang, liên kết, tìm kiếm, lịch và SHA256SUMS "
            f"đều đúng ({seconds} giây).")


def _sums_problems(site: Path) -> list[str]:
    sums = site / SUMS
    if not sums.is_file():
        return [f"{SUMS}: thiếu danh sách tệp và mã băm"]
    listed = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    present = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() or p.is_symlink()} - {SUMS}
    problems = [f"{name}: có trong bản dựng nhưng không có trong {SUMS}" for name in sorted(present - set(listed))]
    problems += [f"{name}: có trong {SUMS} nhưng thiếu trong bản dựng" for name in sorted(set(listed) - present)]
    for name in sorted(present & set(listed)):
        path = site / name
        if path.is_symlink():
            problems.append(f"{name}: là liên kết tượng trưng, không phải tệp thường")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != listed[name]:
            problems.append(f"{name}: nội dung khác mã băm trong {SUMS}")
    return problems


def _parse_pages(site: Path, problems: list[str]) -> dict[Path, _Page]:
    pages = {}
    for path in sorted(site.rglob("*.html")):
        name = path.relative_to(site).as_posix()
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            problems.append(f"{name}: không phải văn bản UTF-8")
            continue
        page = _Page()
        page.feed(text)
        page.close()
        if not page.closed:
            problems.append(f"{name}: trang HTML không trọn (thiếu </html>)")
        pages[path] = page
    if site / "index.html" not in pages:
        problems.append("index.html: thiếu trang chủ")
    return pages


def _internal_target(site: Path, page: Path, link: str, site_url: str) -> tuple[Path, str] | None:
    """The file a link on `page` points at inside the site, and its anchor; None for other hosts."""
    base = page.parent
    if site_url and link.startswith(site_url):
        link, base = link[len(site_url):], site
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or link.startswith(("mailto:", "tel:", "data:")):
        return None
    path = unquote(parts.path)
    if path.startswith("/"):
        mount = urlsplit(site_url).path or "/"
        if not path.startswith(mount):
            return None  # the portal's own pages, outside the site
        target = site / path[len(mount):]
    else:
        target = (base / path) if path or base == site else page
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


def _link_problems(site: Path, pages: dict[Path, _Page], site_url: str) -> list[str]:
    problems = []
    resolved_site = site.resolve()
    for page, parsed in pages.items():
        name = page.relative_to(site).as_posix()
        for link in dict.fromkeys(parsed.links):
            found = _internal_target(site, page, link, site_url)
            if found is None:
                continue
            target, anchor = found
            target = target.resolve()
            if not target.is_relative_to(resolved_site) or not target.is_file():
                problems.append(f"{name}: liên kết tới “{link}” không có trong bản dựng")
            elif anchor and target.suffix == ".html":
                ids = pages.get(site / target.relative_to(resolved_site))
                if ids is not None and unquote(anchor) not in ids.ids:
                    problems.append(f"{name}: liên kết tới “{link}” trỏ tới mục không có trên trang")
    return problems


def _read_json(path: Path, problems: list[str], site: Path):
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        problems.append(f"{path.relative_to(site).as_posix()}: thiếu hoặc không đọc được (JSON)")
        return None


def _search_problems(site: Path) -> list[str]:
    problems: list[str] = []
    index = site / INDEX_DIR
    manifest = _read_json(index / "manifest.json", problems, site)
    if manifest is None:
        return problems
    count, chunk = manifest["docs"], manifest["chunk"]
    for number in range(-(-count // chunk)):
        records = _read_json(index / "d" / f"{number}.json", problems, site) or []
        for url, *_ in records:
            if not (site / url / "index.html").is_file():
                problems.append(f"{INDEX_DIR}/d/{number}.json: trang “{url}” trong chỉ mục tìm kiếm không có trong bản dựng")
    postings: dict[str, dict] = {}
    for shard in sorted((index / "t").glob("*.json")):
        for term in _read_json(shard, problems, site) or {}:
            if fnv1a(term_shard_key(term)) % manifest["termShards"] != int(shard.stem):
                problems.append(f"{INDEX_DIR}/t/{shard.name}: từ “{term}” nằm sai tệp")
            bucket = f"{fnv1a(term) % manifest['buckets']}.json"
            if bucket not in postings:
                postings[bucket] = _read_json(index / "p" / bucket, problems, site) or {}
            entry = postings[bucket].get(term)
            if entry is None:
                problems.append(f"{INDEX_DIR}/p/{bucket}: thiếu danh sách trang của từ “{term}”")
            elif sum(entry[0]) >= count:
                problems.append(f"{INDEX_DIR}/p/{bucket}: từ “{term}” trỏ tới trang số {sum(entry[0])}, "
                                f"chỉ mục chỉ có {count} trang")
    return problems


def _unfolded(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def _calendar_problems(site: Path, site_url: str) -> list[str]:
    problems, every_uid, site_uids = [], set(), set()
    for path in sorted(site.rglob("*.ics")):
        name = path.relative_to(site).as_posix()
        lines = _unfolded(path.read_bytes().decode("utf-8"))
        if lines[:1] != ["BEGIN:VCALENDAR"] or lines[-2:] != ["END:VCALENDAR", ""]:
            problems.append(f"{name}: lịch không trọn (phải mở bằng BEGIN:VCALENDAR, đóng bằng END:VCALENDAR)")
            continue
        if lines.count("BEGIN:VEVENT") != lines.count("END:VEVENT"):
            problems.append(f"{name}: có sự kiện không được đóng (END:VEVENT)")
        uids = {line[4:] for line in lines if line.startswith("UID:")}
        if name == "lich/chien-dich.ics":
            site_uids = uids
        else:
            every_uid |= uids
        for line in lines:
            if line.startswith("URL:") and site_url and line[4:].startswith(site_url):
                target = site / line[4 + len(site_url):] / "index.html"
                if not target.is_file():
                    problems.append(f"{name}: sự kiện trỏ tới trang “{line[4:]}” không có trong bản dựng")
    if every_uid - site_uids:
        problems.append(f"lich/chien-dich.ics: thiếu {len(every_uid - site_uids)} sự kiện có trong lịch của các chiến dịch")
    return problems
