"""The published form editor: built into /bien-tap/ only when the webmaster names
a git host, accepted by the publish gate, never loaded by a public page, and
served by the sample nginx under a policy its own page narrows to that host."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
from conftest import ROOT, copy_project, environment
from sitegen.cli import main
from sitegen.release.gate import require_sound_site

GITLAB = {"CMS_BACKEND": "gitlab", "CMS_REPO": "so-cong-thuong/chien-dich", "CMS_APP_ID": "ma-ung-dung",
          "CMS_BASE_URL": "https://git.haiduong.gov.vn", "SOURCE_DATE_EPOCH": "1795651200"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    root = copy_project(tmp_path_factory.mktemp("editor-build") / "project")
    with environment(**GITLAB):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            assert main(["--root", str(root), "build"]) == 0
    return root / "site", printed.getvalue()


def test_the_build_says_where_the_editor_writes_and_the_gate_accepts_it(built) -> None:
    site, printed = built
    assert printed == ("Đã dựng trang cho 9 chiến dịch vào site/. Trình biên tập: bien-tap/, "
                       "ghi vào kho so-cong-thuong/chien-dich (gitlab, nhánh main).\n")
    assert require_sound_site(site).startswith("Kiểm tra nhanh bản dựng:")
    config = (site / "bien-tap" / "config.yml").read_text(encoding="utf-8")
    assert "  name: gitlab\n" in config and "publish_mode: editorial_workflow\n" in config
    assert (site / "bien-tap" / "decap" / "decap-cms.js").stat().st_size > 4_000_000


def test_no_public_page_loads_the_editor(built) -> None:
    site, _ = built
    for page in site.rglob("*.html"):
        if page.parent.name != "bien-tap":
            text = page.read_text(encoding="utf-8")
            assert not re.search(r"""(?:src|href)="[^"]*bien-tap/(?:decap|[a-z-]+\.js|config\.yml)""", text), page


def test_the_editor_page_may_reach_its_own_files_and_the_git_host_only(built) -> None:
    site, _ = built
    page = (site / "bien-tap" / "index.html").read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1).replace("&#39;", "'")
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["connect-src"] == "'self' blob: https://git.haiduong.gov.vn"
    assert directives["default-src"] == "'none'" and directives["object-src"] == "'none'"
    assert "unsafe-inline" not in directives["script-src"]
    assert re.findall(r"<script[^>]*>", page) == [f'<script src="{name}">' for name in (
        "schemas.js", "../assets/javascripts/status.js", "editor.js", "locale-vi.js", "date-widget.js", "checks.js", "review-widget.js", "pickers.js", "preview.js", "handed-draft.js",
        "decap/decap-cms.js")]


def _nginx_policies() -> dict[str, dict[str, set[str]]]:
    text = (ROOT / "deploy" / "nginx" / "csp-map.conf").read_text(encoding="utf-8")
    policies = {}
    for where, policy in re.findall(r'^\s+(default|~\S+) "([^"]+)";', text, re.MULTILINE):
        policies[where] = {part.split()[0]: set(part.split()[1:]) for part in policy.split(";") if part.strip()}
    return policies


def _allows(header: set[str], source: str) -> bool:
    return source in header or (source.startswith("https://") and "https:" in header)


def test_nginx_lets_the_editor_page_run_and_keeps_the_public_policy_strict(built) -> None:
    site, _ = built
    policies = _nginx_policies()
    assert policies["default"]["script-src"] == {"'self'"} and policies["default"]["style-src"] == {"'self'"}
    editor = policies["~^/chien-dich/bien-tap/"]
    page = (site / "bien-tap" / "index.html").read_text(encoding="utf-8").replace("&#39;", "'")
    meta = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    for part in meta.split(";"):
        directive, *sources = part.split()
        header = editor.get(directive, editor["default-src"])
        # Both policies apply: whatever the page's own allows, the server's must allow too.
        assert all(_allows(header, source) for source in sources if source != "'none'"), directive
    assert editor["frame-ancestors"] == {"'none'"}


def test_a_wrong_host_setting_stops_the_build_in_one_line_and_keeps_the_site(tmp_path, capsys) -> None:
    root = copy_project(tmp_path / "project")
    (root / "site").mkdir()
    (root / "site" / "index.html").write_text("cũ", encoding="utf-8")
    with environment(CMS_BACKEND="gitlab", CMS_REPO="so/kho", SOURCE_DATE_EPOCH="1795651200"):
        assert main(["--root", str(root), "build"]) == 1
    assert capsys.readouterr().err == ("CMS_BACKEND=gitlab cần CMS_APP_ID: mã ứng dụng (Client ID) của ứng dụng OAuth2 tạo "
                                       "trên máy chủ git; chưa thay đổi gì (xem “Kết nối trình biên tập” trong Hướng dẫn "
                                       "quản trị website).\n")
    assert (root / "site" / "index.html").read_text(encoding="utf-8") == "cũ"


def test_without_a_host_the_site_has_no_editor(built_site: Path) -> None:
    assert not (built_site / "bien-tap").exists()  # the suite's shared build, made without CMS_BACKEND
