"""The publish gate: a fast self-check of a built site, with no browser.

`make publish` runs it on the fresh build (or on a CI archive) before anything
leaves the machine. It checks what a broken build or a bad pack would break
for readers: every page is UTF-8 HTML and whole, every internal link, asset
and anchor exists, no page carries active HTML or loads a script from
elsewhere (active_html.py), the search index is whole (each page it lists
exists, each word it knows has its postings), the calendars are well formed
and point at pages that exist (each unit page has its calendar, each of its
reminders a deadline of the site's calendar), the report spreadsheets are
UTF-8 with the mark Excel needs, and SHA256SUMS lists exactly the files,
with their sums.
The browser suite (`make test`) stays CI's job.
"""

from __future__ import annotations

import html
import json
import os
import posixpath
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..control_chars import escaped
from ..failures import RunFailed
from ..model.page_paths import INDEX_DIR
from ..render.search_index import fnv1a, presence_map, term_shard_key
from .active_html import own_addresses, page_refusals
from .archive import SUMS, read_sums, sha256_of

# Attributes that load or link something, by tag.
_LINKS = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src"}
_LOC = re.compile(r"<loc>([^<]+)</loc>")
UNIT_CALENDARS = "lich/don-vi/"  # page_paths.unit_calendar


@dataclass
class _Page:
    """What the check needs of a page: where it links, the ids it defines, the scripts it
    loads, and what it may not carry (active_html.py)."""

    links: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    scripts: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


# Start tags and their id, href and src attributes. MkDocs writes well-formed
# HTML with quoted attributes; a regular expression reads it ten times faster
# than html.parser, which mattered at thousands of pages.
_START_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>")
_ATTRIBUTE = re.compile(r"""\s(id|href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def _read_page(text: str, own: tuple[str, ...] = ()) -> _Page:
    page = _Page()
    page.refused, page.scripts = page_refusals(text, own)
    for tag, attributes in _START_TAG.findall(text):
        for name, double, single, bare in _ATTRIBUTE.findall(attributes or ""):
            value = html.unescape(double or single or bare)
            if name == "id":
                page.ids.add(value)
            elif _LINKS.get(tag.lower()) == name and value:
                page.links.append(value)
    return page


def site_url_of(site: Path) -> str:
    """The address the site was built for, read back from its sitemap (home page first)."""
    found = _LOC.search((site / "sitemap.xml").read_text(encoding="utf-8")) if (site / "sitemap.xml").is_file() else None
    return found.group(1) if found else ""


def check_site(site: Path) -> list[str]:
    """Every problem found in the built site at `site`, one Vietnamese line each; [] when it is sound."""
    files, folders, links = _inventory(site)
    site_url = site_url_of(site)
    problems = _sums_problems(site, files, links)
    pages = _parse_pages(site, files, problems, own_addresses(site_url))
    problems += _link_problems(pages, files, folders, site_url)
    problems += _script_problems(pages, folders, site_url)
    problems += _search_problems(site)
    problems += _calendar_problems(site, site_url)
    problems += _unit_calendar_problems(site, files)
    problems += _spreadsheet_problems(site, files)
    return problems


def _inventory(site: Path) -> tuple[set[str], set[str], set[str]]:
    """The site's regular files, folders and symlinks, as paths relative to it."""
    files, folders, links = set(), {""}, set()
    for top, names, file_names in os.walk(site):
        relative = posixpath.relpath(top, site).replace(os.sep, "/").removeprefix(".").lstrip("/")
        for name in names + file_names:
            path = f"{relative}/{name}" if relative else name
            if os.path.islink(os.path.join(top, name)):
                links.add(path)
            elif name in names:
                folders.add(path)
            else:
                files.add(path)
    return files, folders, links


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
    return (f"Kiểm tra nhanh bản dựng: {files} tệp, {pages} trang, mã HTML, liên kết, tìm kiếm, lịch và SHA256SUMS "
            f"đều đúng ({seconds} giây).")


def _sums_problems(site: Path, files: set[str], links: set[str]) -> list[str]:
    """SHA256SUMS names the site's files exactly: each once, by its normalised path
    (compared as sets, not counted), with the right sum, and none of them a link."""
    sums = site / SUMS
    if SUMS not in files:
        return [f"{SUMS}: thiếu danh sách tệp và mã băm"]
    listed, problems = read_sums(sums.read_text(encoding="utf-8"))
    present = (files | links) - {SUMS}
    problems += [f"{name}: có trong bản dựng nhưng không có trong {SUMS}" for name in sorted(present - set(listed))]
    problems += [f"{name}: có trong {SUMS} nhưng thiếu trong bản dựng" for name in sorted(set(listed) - present)]
    for name in sorted(present & set(listed)):
        if name in links:
            problems.append(f"{name}: là liên kết tượng trưng, không phải tệp thường")
        elif os.lstat(site / name).st_nlink > 1:  # its other name may be anywhere on the disk
            problems.append(f"{name}: là liên kết cứng (hard link), không phải tệp riêng")
        elif sha256_of(site / name) != listed[name]:
            problems.append(f"{name}: nội dung khác mã băm trong {SUMS}")
    return problems


def _parse_pages(site: Path, files: set[str], problems: list[str], own: tuple[str, ...]) -> dict[str, _Page]:
    pages = {}
    for name in sorted(path for path in files if path.endswith(".html")):
        try:
            text = (site / name).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            problems.append(f"{name}: không phải văn bản UTF-8")
            continue
        if not text.rstrip().endswith("</html>"):
            problems.append(f"{name}: trang HTML không trọn (thiếu </html>)")
        pages[name] = _read_page(text, own)
        problems += [f"{name}: trang có {what}" for what in pages[name].refused]
    if "index.html" not in pages:
        problems.append("index.html: thiếu trang chủ")
    return pages


def _internal_target(page: str, link: str, site_url: str, folders: set[str]) -> tuple[str, str] | None:
    """The file inside the site that a link on `page` points at, and its anchor;
    None for other hosts. A path that climbs out of the site starts with "../"."""
    at_root = bool(site_url) and link.startswith(site_url)
    parts = urlsplit(link[len(site_url):] if at_root else link)
    if parts.scheme or parts.netloc or link.startswith(("mailto:", "tel:", "data:")):
        return None
    path = unquote(parts.path)
    if path.startswith("/"):
        mount = urlsplit(site_url).path or "/"
        if not path.startswith(mount):
            return None  # the portal's own pages, outside the site
        joined = path[len(mount):]
    elif at_root:
        joined = path
    elif not path:
        return page, parts.fragment  # "#anchor" on the page itself
    else:
        joined = posixpath.join(posixpath.dirname(page), path)
    target = posixpath.normpath(joined) if joined else ""
    target = "" if target == "." else target
    if joined.endswith("/") or not target or target in folders:
        target = f"{target}/index.html".lstrip("/")
    return target, parts.fragment


def _link_problems(pages: dict[str, _Page], files: set[str], folders: set[str], site_url: str) -> list[str]:
    problems = []
    for name, parsed in pages.items():
        for link in dict.fromkeys(parsed.links):
            found = _internal_target(name, link, site_url, folders)
            if found is None:
                continue
            target, anchor = found
            if target not in files:
                problems.append(f"{name}: liên kết tới “{link}” không có trong bản dựng")
            elif anchor and target in pages and unquote(anchor) not in pages[target].ids:
                problems.append(f"{name}: liên kết tới “{link}” trỏ tới mục không có trên trang")
    return problems


def _script_problems(pages: dict[str, _Page], folders: set[str], site_url: str) -> list[str]:
    """Pages load only the site's own scripts: the CSP says so, but the gate does not count on it."""
    return [f"{name}: trang nạp mã JavaScript từ ngoài trang: “{address}”"
            for name, parsed in pages.items() for address in parsed.scripts
            if _internal_target(name, address, site_url, folders) is None]


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
    for folder, listed, files in (("t", "terms", manifest["termShards"]), ("p", "postings", manifest["buckets"])):
        found = {int(path.stem) for path in (index / folder).glob("*.json") if path.stem.isdigit()}
        if manifest.get(listed) != presence_map(found, files):
            problems.append(f"{INDEX_DIR}/manifest.json: danh sách tệp {folder}/ không khớp các tệp có trong bản dựng "
                            "(tìm kiếm sẽ xin tệp không có, hoặc bỏ sót tệp có)")
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
    problems, every_uid, site_uids, unit_uids = [], set(), set(), {}
    for path in sorted(site.rglob("*.ics")):
        name = path.relative_to(site).as_posix()
        lines = _unfolded(path.read_bytes().decode("utf-8"))
        if lines[:1] != ["BEGIN:VCALENDAR"] or lines[-2:] != ["END:VCALENDAR", ""]:
            problems.append(f"{name}: lịch không trọn (phải mở bằng BEGIN:VCALENDAR, đóng bằng END:VCALENDAR)")
            continue
        if lines.count("BEGIN:VEVENT") != lines.count("END:VEVENT"):
            problems.append(f"{name}: có sự kiện không được đóng (END:VEVENT)")
        if lines.count("BEGIN:VALARM") != lines.count("END:VALARM") or \
                lines.count("BEGIN:VALARM") != sum(line.startswith("TRIGGER:") for line in lines):
            problems.append(f"{name}: có lời nhắc (VALARM) không trọn")
        uids = {line[4:] for line in lines if line.startswith("UID:")}
        if name == "lich/chien-dich.ics":
            site_uids = uids
        elif name.startswith(UNIT_CALENDARS):
            unit_uids[name] = uids
        else:
            every_uid |= uids
        for line in lines:
            if line.startswith("URL:") and site_url and line[4:].startswith(site_url):
                target = site / line[4 + len(site_url):] / "index.html"
                if not target.is_file():
                    problems.append(f"{name}: sự kiện trỏ tới trang “{line[4:]}” không có trong bản dựng")
    if every_uid - site_uids:
        problems.append(f"lich/chien-dich.ics: thiếu {len(every_uid - site_uids)} sự kiện có trong lịch của các chiến dịch")
    for name, uids in unit_uids.items():
        # A unit's reminder is a deadline of the site's calendar, its UID with "/don-vi/<unit>" added.
        unit = "/don-vi/" + name.removeprefix(UNIT_CALENDARS).removesuffix(".ics") + "@"
        missing = [uid for uid in uids if unit not in uid or uid.replace(unit, "@") not in site_uids]
        if missing:
            problems.append(f"{name}: {len(missing)} hạn nhắc việc không có trong lịch chung lich/chien-dich.ics")
    return problems


def _unit_calendar_problems(site: Path, files: set[str]) -> list[str]:
    """Each unit page offers its calendar, and each unit calendar belongs to a unit page."""
    units = {name.split("/")[1] for name in files if re.fullmatch(r"don-vi/[^/]+/index\.html", name)}
    calendars = {name.removeprefix(UNIT_CALENDARS).removesuffix(".ics") for name in files
                 if name.startswith(UNIT_CALENDARS) and name.endswith(".ics")}
    problems = [f"don-vi/{unit}/index.html: thiếu lịch nhắc hạn {UNIT_CALENDARS}{unit}.ics" for unit in sorted(units - calendars)]
    problems += [f"{UNIT_CALENDARS}{unit}.ics: lịch của đơn vị không có trang don-vi/{unit}/" for unit in sorted(calendars - units)]
    return problems


def _spreadsheet_problems(site: Path, files: set[str]) -> list[str]:
    """Report spreadsheets open in Excel with Vietnamese intact: UTF-8 with a byte order mark."""
    problems = []
    for name in sorted(name for name in files if name.startswith("bao-cao/") and name.endswith(".csv")):
        data = (site / name).read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{name}: bảng tính không phải UTF-8")
            continue
        if not data.startswith(b"\xef\xbb\xbf"):
            problems.append(f"{name}: bảng tính thiếu dấu BOM đầu tệp (Excel sẽ hiện sai chữ có dấu)")
    return problems
