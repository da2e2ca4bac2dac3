"""Publishing as the webmaster does it: a sub-path, real nginx, release switch and rollback,
reproducible archives, every link and anchor, and accessibility (axe-core, WCAG 2.2 A/AA)."""

from __future__ import annotations

import datetime as dt
import collections
import gzip
import hashlib
import os
import re
import shutil
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import TEST_TODAY, copy_project, environment
from sitegen.build.pipeline import build
from sitegen.failures import RunFailed
from sitegen.release import make_dist, publish, rollback
from sitegen.release.gate import check_site, require_sound_site

SUB_PATH_URL = "https://example.gov.vn/chien-dich/"
EPOCH = "1795651200"  # 26/11/2026 00:00 UTC


def build_copy(root: Path, site_url: str = SUB_PATH_URL) -> Path:
    with environment(SITE_URL=site_url, SOURCE_DATE_EPOCH=EPOCH):
        build(root, TEST_TODAY)
    return root / "site"


@pytest.fixture(scope="module")
def sub_path_project(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("published") / "project")
    build_copy(root)
    return root


def test_two_builds_of_the_same_commit_are_byte_identical(sub_path_project: Path, tmp_path: Path) -> None:
    from test_validation import snapshot

    other = copy_project(tmp_path / "again")
    build_copy(other)
    assert snapshot(other / "site") == snapshot(sub_path_project / "site")
    first = make_dist(sub_path_project, sub_path_project / "site", TEST_TODAY)
    second = make_dist(other, other / "site", TEST_TODAY)
    assert first.name == second.name and first.name.startswith("chien-dich-20261126-")
    assert first.read_bytes() == second.read_bytes()
    assert (sub_path_project / "dist" / "SHA256SUMS").read_text(encoding="utf-8").endswith(f"  {first.name}\n")


def test_the_publish_gate_passes_the_real_site(sub_path_project: Path) -> None:
    assert check_site(sub_path_project / "site") == []


def _drop_anchor(site: Path) -> None:
    page = site / "chien-dich" / "giam-ngheo-ben-vung" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace('id="nhiem-vu"', 'id="khac"'), encoding="utf-8")


def _first_json(folder: Path) -> str:
    return min(path.name for path in folder.glob("*.json"))


def _list_twice(site: Path) -> None:
    """Two lines for one file, and an unlisted one beside it: the same count of lines and files."""
    (site / "evil.html").write_text("<html></html>", encoding="utf-8")
    with (site / "SHA256SUMS").open("a", encoding="utf-8") as sums:
        sums.write(f"{hashlib.sha256((site / 'index.html').read_bytes()).hexdigest()}  ./index.html\n")


def _hard_link(site: Path) -> None:
    os.link(site / "404.html", site / "ban-sao.html")
    with (site / "SHA256SUMS").open("a", encoding="utf-8") as sums:
        sums.write(f"{hashlib.sha256((site / '404.html').read_bytes()).hexdigest()}  ban-sao.html\n")


BREAKAGES = {
    "a linked page is missing": (lambda site: shutil.rmtree(site / "don-vi" / "cac-phong-thuoc-so"),
                                 "liên kết tới “../../don-vi/cac-phong-thuoc-so/” không có trong bản dựng"),
    "an anchor is missing": (_drop_anchor, "liên kết tới “#nhiem-vu” trỏ tới mục không có trên trang"),
    "an asset is missing": (lambda site: (site / "assets" / "javascripts" / "status.js").unlink(),
                            "liên kết tới “../../assets/javascripts/status.js” không có trong bản dựng"),
    "a page is cut short": (lambda site: (site / "lich" / "index.html").write_text("<html><body><p>Lịch", encoding="utf-8"),
                            "lich/index.html: trang HTML không trọn"),
    "a search shard is corrupt": (lambda site: (site / "tim-kiem" / "t" / "0.json").write_text("{", encoding="utf-8"),
                                  "tim-kiem/t/0.json: thiếu hoặc không đọc được"),
    "a search shard the manifest lists is gone": (lambda site: (site / "tim-kiem" / "t" / _first_json(site / "tim-kiem" / "t")).unlink(),
                                                  "tim-kiem/manifest.json: danh sách tệp t/ không khớp"),
    "search lists a missing page": (lambda site: shutil.rmtree(site / "van-ban" / "90-qd-ttg"),
                                    "trang “van-ban/90-qd-ttg/” trong chỉ mục tìm kiếm không có trong bản dựng"),
    "a calendar is cut short": (lambda site: (site / "lich" / "chien-dich.ics").write_bytes(b"BEGIN:VCALENDAR\r\n"),
                                "lich/chien-dich.ics: lịch không trọn"),
    "a file is not in SHA256SUMS": (lambda site: (site / "la.txt").write_text("x", encoding="utf-8"),
                                    "la.txt: có trong bản dựng nhưng không có trong SHA256SUMS"),
    "SHA256SUMS names a file twice": (_list_twice, "index.html: ghi hai lần trong SHA256SUMS"),
    "a hard link": (_hard_link, "ban-sao.html: là liên kết cứng (hard link), không phải tệp riêng"),
}


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_the_publish_gate_finds_what_a_broken_build_breaks(sub_path_project: Path, tmp_path: Path, breakage: str) -> None:
    site = tmp_path / "site"
    shutil.copytree(sub_path_project / "site", site)
    damage, expected = BREAKAGES[breakage]
    damage(site)
    problems = check_site(site)
    assert any(expected in problem for problem in problems), problems
    with pytest.raises(RunFailed, match="Bản dựng không qua kiểm tra nhanh"):
        require_sound_site(site)


def test_sub_path_build_points_absolute_urls_at_the_sub_path(sub_path_project: Path) -> None:
    site = sub_path_project / "site"
    assert "/chien-dich/assets/" in (site / "404.html").read_text(encoding="utf-8")
    assert "<loc>https://example.gov.vn/chien-dich/chien-dich/giam-ngheo-ben-vung/</loc>" in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert 'href="https://example.gov.vn/chien-dich/chien-dich/giam-ngheo-ben-vung/"' in (site / "feed.xml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def served(sub_path_project: Path, tmp_path_factory):
    """The site published to a release folder and served by nginx under /chien-dich/."""
    from nginx import NGINX, nginx_serving

    if not Path(NGINX).exists():
        pytest.fail(f"{NGINX} is missing: install Debian's nginx-light, as .ci/run does")
    dest = tmp_path_factory.mktemp("www") / "chien-dich"
    archive = make_dist(sub_path_project, sub_path_project / "site", TEST_TODAY)
    first = publish(archive, str(dest), now=dt.datetime(2026, 11, 26, 8, 0))
    with nginx_serving(dest, tmp_path_factory.mktemp("nginx")) as url:
        yield {"url": url, "dest": dest, "first": first, "project": sub_path_project}


def _get(url: str, **headers: str) -> tuple[int, dict, bytes]:
    """(status, headers, body), closing the connection."""
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers, error.read()


def test_nginx_sends_security_headers_caching_gzip_and_a_real_404(served) -> None:
    status, headers, body = _get(served["url"])
    assert status == 200
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    bundle = re.search(r'src="(assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js)"', body.decode()).group(1)
    status, headers, body = _get(served["url"] + bundle, **{"Accept-Encoding": "gzip"})
    assert status == 200 and "immutable" in headers["Cache-Control"]
    assert headers["Content-Encoding"] == "gzip" and len(gzip.decompress(body)) > len(body)
    assert headers["Content-Security-Policy"] == csp
    status, headers, _ = _get(served["url"] + "lich/chien-dich.ics")
    assert status == 200 and headers["Content-Type"].startswith("text/calendar")
    status, headers, body = _get(served["url"] + "van-ban/cong-van-so-cong-thuong-thang-7-2023.docx")
    # nginx's own mime.types knows .docx: Word opens it, not the browser (and no charset on a zip).
    assert (status, headers["Content-Type"]) == (200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert body.startswith(b"PK\x03\x04")
    for missing in ("khong-co-trang-nay/", "tim-kiem/t/", "assets/stylesheets/"):  # the last two: folders without a page
        status, _, body = _get(served["url"] + missing)
        assert status == 404 and "/chien-dich/assets/" in body.decode(), missing
        # The site's own page, in Vietnamese, with search and a way home under the site's path.
        assert "<h1>Không tìm thấy trang</h1>" in body.decode(), missing
        assert 'action="/chien-dich/"' in body.decode() and '<a href="/chien-dich/">Trang chủ</a>' in body.decode()
    assert _get(served["url"].rstrip("/"))[0] == 200  # /chien-dich redirects to /chien-dich/


@pytest.mark.parametrize("path, media_type", [
    ("", "text/html"),
    ("feed.xml", "application/atom+xml"),
    ("sitemap.xml", "text/xml"),
    ("lich/chien-dich.ics", "text/calendar"),
    ("bao-cao/thang-2023-07.csv", "text/csv"),
    ("tim-kiem/manifest.json", "application/json"),
    ("assets/stylesheets/site.css", "text/css"),
    ("assets/javascripts/status.js", "application/javascript"),
    ("SHA256SUMS", "application/octet-stream"),
])
def test_nginx_serves_every_text_type_with_its_charset_and_gzip(served, path: str, media_type: str) -> None:
    status, headers, body = _get(served["url"] + path, **{"Accept-Encoding": "gzip"})
    assert status == 200
    if media_type == "application/octet-stream":  # not text: no charset claimed
        return
    assert headers["Content-Type"] == f"{media_type}; charset=utf-8"
    if len(gzip.decompress(body) if headers.get("Content-Encoding") == "gzip" else body) > 512:
        assert headers["Content-Encoding"] == "gzip"


# Pages of one folder are built from one template: a few of each show what every one does,
# in a third of the time the whole site takes (the month reports alone are two dozen).
PAGES_PER_FOLDER = 3


def _crawl(guarded, start: str, first: list[str] = ()) -> list[str]:
    """The pages reached from `start`, `first` ones first, at most PAGES_PER_FOLDER of a folder, opened one
    after the other in the tab of `guarded`, whose records hold every page's since the first."""
    seen, queue, per_folder = [], [start, *first], collections.Counter()
    while queue:
        url = queue.pop(0)
        folder = url.rstrip("/").rsplit("/", 1)[0] + "/"
        if url in seen or (folder != start and per_folder[folder] >= PAGES_PER_FOLDER):  # every section's own page
            continue
        per_folder[folder] += 1
        seen.append(url)
        response = guarded.page.goto(url)
        assert response.status == 200, url
        assert guarded.outside == [], (url, guarded.outside)
        assert guarded.errors == [], (url, guarded.errors)
        links = guarded.page.locator("a[href]").evaluate_all("links => links.map(a => a.href)")
        for href in links:
            target = href.split("#")[0]
            if target.startswith(start) and target.endswith("/") and target not in seen and target not in queue:
                queue.append(target)
    return seen


@pytest.mark.browser
def test_every_page_opens_clean_behind_nginx(browser, served) -> None:
    from browser import GuardedPage

    context = browser.new_context()
    kinds = [served["url"] + path for path in PAGE_KINDS.values() if "?" not in path]
    # One tab for all: a new tab for each page took twice as long as the page itself (20 s of the 35 s).
    pages = _crawl(GuardedPage(context), served["url"], kinds)
    context.close()
    assert set(kinds) <= set(pages)
    assert len(pages) >= 25  # every section, and a few pages of each of its folders


@pytest.mark.browser
def test_search_works_behind_nginx(guarded, served) -> None:
    from test_search import results

    found = results(guarded.page, served["url"], "hien mau")
    assert found[0] == "chien-dich/ngay-hoi-hien-mau-hai-duong-ngan-trai-tim-hong-2023/"
    assert guarded.outside == [] and guarded.errors == []


AXE = Path(__import__("axe_playwright_python").__file__).with_name("axe.min.js")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
PAGE_KINDS = {
    "home": "",
    "campaign": "chien-dich/giam-ngheo-ben-vung/",
    "campaign list": "chien-dich/",
    "documents": "van-ban/",
    "document": "van-ban/cong-van-so-cong-thuong-thang-7-2023/",
    "units": "don-vi/",
    "unit": "don-vi/cac-phong-thuoc-so/",
    "calendar": "lich/",
    "reports": "bao-cao/",
    "report of a month": "bao-cao/thang-2023-07/",
    "archive": "luu-tru/",
    "editor's guide": "huong-dan/bien-tap/",
    "search results": "?q=lua+dao",
}


@pytest.mark.browser
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_no_accessibility_violations(axe_tab, served, kind: str) -> None:
    # axe-core is injected as an inline script, which the site's CSP rightly
    # forbids; the CSP itself is checked by test_every_page_opens_clean_behind_nginx.
    page = axe_tab
    page.goto(served["url"] + PAGE_KINDS[kind])
    if kind == "search results":
        page.wait_for_selector(".md-search-result__item")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    violations = [(v["id"], v["help"], [node["target"] for node in v["nodes"]][:3]) for v in result["violations"]]
    assert violations == []


@pytest.mark.browser
def test_skip_link_landmarks_language_and_visible_focus(guarded, served) -> None:
    page = guarded.page
    page.goto(served["url"] + "chien-dich/giam-ngheo-ben-vung/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.locator("header").count() and page.locator("main").count() and page.locator("nav").count()
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.className, document.activeElement.textContent.trim()]")
    assert "md-skip" in focused[0] and focused[1]
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_publish_again_then_roll_back(served, tmp_path: Path) -> None:
    project, dest = served["project"], served["dest"]
    campaign = project / "campaigns" / "giam-ngheo-ben-vung.yml"
    original = campaign.read_text(encoding="utf-8")
    campaign.write_text(original.replace("summary: ", "summary: Bản cập nhật thử. ", 1), encoding="utf-8")
    try:
        build_copy(project)
        second = publish(make_dist(project, project / "site", TEST_TODAY), str(dest), now=dt.datetime(2026, 11, 26, 9, 0))
    finally:
        campaign.write_text(original, encoding="utf-8")
    page_url = served["url"] + "chien-dich/giam-ngheo-ben-vung/"
    assert os.readlink(dest / "current") == f"releases/{second}"
    assert "Bản cập nhật thử." in _get(page_url)[2].decode()
    rollback(str(dest))
    assert os.readlink(dest / "current") == f"releases/{served['first']}"
    assert "Bản cập nhật thử." not in _get(page_url)[2].decode()
    assert sorted(p.name for p in (dest / "releases").iterdir()) == sorted([served["first"], second])


def test_publish_and_roll_back_over_ssh(sub_path_project: Path, tmp_path: Path, monkeypatch) -> None:
    """DEST=user@host:/path goes through ssh and rsync; stand-ins run them on this machine."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    # Drop `--` and the host, run the command; without `--`, DEST=-oProxyCommand=…:/x would be an option.
    (bin_dir / "ssh").write_text('#!/bin/sh\n[ "$1" = -- ] || { echo "ssh: -- missing before the host" >&2; exit 255; }\n'
                                 'shift 2\nexec sh -c "$1"\n', encoding="utf-8")
    (bin_dir / "rsync").write_text('#!/bin/sh\n'
                                   'for last; do :; done\n'
                                   'eval "source=\\${$(($#-1))}"\n'
                                   'target=${last#*:}\n'
                                   'mkdir -p "$target" && cp -a "$source". "$target"\n', encoding="utf-8")
    for tool in ("ssh", "rsync"):
        (bin_dir / tool).chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    remote = tmp_path / "www" / "chien-dich"
    archive = make_dist(sub_path_project, sub_path_project / "site", TEST_TODAY)
    first = publish(archive, f"quantri@may-chu:{remote}", now=dt.datetime(2026, 11, 26, 8, 0))
    second = publish(archive, f"quantri@may-chu:{remote}", now=dt.datetime(2026, 11, 26, 9, 0))
    assert os.readlink(remote / "current") == f"releases/{second}"
    assert (remote / "current" / "index.html").is_file()
    rollback(f"quantri@may-chu:{remote}")
    assert os.readlink(remote / "current") == f"releases/{first}"


def test_a_same_day_correction_of_the_same_size_is_never_answered_304(served) -> None:
    """nginx's validators come from size and mtime: "2030" → "2031" keeps the size, so the mtime must move."""
    project, dest = served["project"], served["dest"]
    page_url = served["url"] + "chien-dich/giam-ngheo-ben-vung/"
    asset_url = served["url"] + "assets/stylesheets/site.css"
    _, old_page, old_body = _get(page_url)
    _, old_asset, _ = _get(asset_url)
    campaign = project / "campaigns" / "giam-ngheo-ben-vung.yml"
    original = campaign.read_text(encoding="utf-8")
    campaign.write_text(original.replace("đến năm 2030, cơ bản", "đến năm 2031, cơ bản"), encoding="utf-8")
    try:
        build_copy(project)
        publish(make_dist(project, project / "site", TEST_TODAY), str(dest), now=dt.datetime(2026, 11, 26, 10, 0))
    finally:
        campaign.write_text(original, encoding="utf-8")
    status, headers, body = _get(page_url, **{"If-None-Match": old_page["ETag"]})
    assert status == 200 and b"2031" in body and len(body) == len(old_body)
    assert _get(page_url, **{"If-Modified-Since": old_page["Last-Modified"]})[0] == 200
    # Unchanged files keep their validators, so readers keep their cache.
    assert _get(asset_url, **{"If-None-Match": old_asset["ETag"]})[0] == 304
    # Rolling back is a change too.
    rollback(str(dest))
    assert _get(page_url, **{"If-None-Match": headers["ETag"]})[0] == 200
