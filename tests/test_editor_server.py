"""The preview server of `make serve` and its editor API, attacked as a hostile local page would.

decap-server, which `make serve` ran before, answered any page of any
loopback port, checked no Host header and wrote any path of the repository:
a page on another port wrote campaigns/pwn.yml and scripts/pwn.py, and a
rebinding page overwrote the Makefile. Each attack below is made on the
preview server with a stand-in for `mkdocs serve` behind it.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import free_port, serve_directory
from sitegen.build.editor_api import EditablePaths, Refused, Workspace, answer
from sitegen.build.preview_server import (
    EDITOR_API_PATH,
    PROBLEMS_PATH,
    PreviewServer,
    published_policy,
    with_live_reload,
    with_problems_banner,
    without_live_reload,
)
from sitegen.failures import RunFailed

LIVE_RELOAD = b"<script>\nvar livereload = function(epoch, requestId) {};\nlivereload(17, 42);\n</script>"
PAGE = b"<html><head><title>Trang</title></head><body><h1>Trang</h1>" + LIVE_RELOAD + b"</body></html>"
EDITOR_PAGE = (b'<html><head><meta name="bien-tap-phien" content="" data-api="/_editor/api"></head><body>'
               + LIVE_RELOAD + b"</body></html>")


def _workspace(root: Path) -> Workspace:
    (root / "campaigns" / "registries" / "units").mkdir(parents=True)
    (root / "docs" / "tai-lieu").mkdir(parents=True)
    (root / "campaigns" / "giam-ngheo.yml").write_text("title: Giảm nghèo\n", encoding="utf-8")
    (root / "campaigns" / "registries" / "units" / "website-so.yml").write_text("id: website-so\nname: Website\n", encoding="utf-8")
    (root / "Makefile").write_text("check:\n\ttrue\n", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    return Workspace(root, EditablePaths.of_form())


@pytest.mark.parametrize("path", [
    "campaigns/giam-ngheo.yml", "campaigns/chien-dich-moi.yml", "campaigns/registries/documents/6022-kh-bct.yml",
    "campaigns/registries/units/website-so.yml", "campaigns/registries/organizations/bo-cong-thuong.yml",
    "docs/tai-lieu/ke-hoach-6022.pdf", "docs/tai-lieu/anh_1.png",
])
def test_the_form_may_touch_its_own_files(path: str) -> None:
    assert EditablePaths.of_form().check(path) == path


@pytest.mark.parametrize("path", [
    ".git/config", ".git/hooks/pre-commit", "Makefile", "scripts/pwn.py", "scripts/sitegen/cli.py", "mkdocs.yml",
    "docs/index.md", "docs/assets/javascripts/status.js", "docs/tai-lieu/trang.html", "docs/tai-lieu/x.js",
    "docs/tai-lieu/x.sh", "docs/tai-lieu/con/x.pdf", "docs/tai-lieu/.an.pdf", "docs/tai-lieu/-x.pdf",
    "campaigns/../Makefile", "campaigns/./x.yml", "campaigns/sub/x.yml", "campaigns/x.py", "campaigns/.x.yml",
    "campaigns/-rf.yml", "campaigns/registries/khac.yml", "campaigns/registries/../../Makefile", "/etc/passwd",
    "campaigns/registries/documents.yml", "campaigns/registries/units/con/x.yml", "campaigns/registries/units/x.py",
    "campaigns/registries/khac/x.yml",
    "campaigns\\x.yml", "campaigns/x.yml\x00.pdf", "", None, 7, ["campaigns/x.yml"],
])
def test_the_form_may_not_touch_anything_else(path: object) -> None:
    with pytest.raises(Refused, match="Máy chủ biên tập tại máy không đọc, không ghi"):
        EditablePaths.of_form().check(path)


def test_links_executables_and_hard_links_are_refused_on_disk(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path / "repo")
    campaigns = workspace.root / "campaigns"
    (campaigns / "lien-ket.yml").symlink_to(workspace.root / "Makefile")
    (campaigns / "chay-duoc.yml").write_text("x\n", encoding="utf-8")
    (campaigns / "chay-duoc.yml").chmod(0o755)
    os.link(workspace.root / "Makefile", campaigns / "lien-ket-cung.yml")
    for name in ("lien-ket.yml", "chay-duoc.yml", "lien-ket-cung.yml"):
        with pytest.raises(Refused, match="không phải tệp thường"):
            workspace.write(f"campaigns/{name}", b"pwn\n")
    assert (workspace.root / "Makefile").read_text(encoding="utf-8") == "check:\n\ttrue\n"
    listed = answer(workspace, {"action": "entriesByFolder", "params": {"folder": "campaigns", "extension": "yml"}})
    assert [entry["file"]["path"] for entry in listed] == ["campaigns/giam-ngheo.yml"]


def test_a_linked_folder_is_refused(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path / "repo")
    (workspace.root / "docs" / "tai-lieu").rmdir()
    (workspace.root / "docs" / "tai-lieu").symlink_to(workspace.root / "scripts-elsewhere", target_is_directory=True)
    with pytest.raises(Refused, match="liên kết tượng trưng"):
        workspace.write("docs/tai-lieu/x.pdf", b"%PDF-1.4\n")
    assert not (workspace.root / "scripts-elsewhere").exists()


def test_a_save_with_one_refused_path_writes_nothing(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path / "repo")
    save = {"action": "persistEntry", "params": {
        "dataFiles": [{"slug": "moi", "path": "campaigns/moi.yml", "raw": "title: Mới\n"}],
        "assets": [{"path": "scripts/pwn.py", "content": base64.b64encode(b"import os\n").decode(), "encoding": "base64"}],
        "options": {"commitMessage": "x", "useWorkflow": False, "status": ""}}}
    with pytest.raises(Refused):
        answer(workspace, save)
    assert not (workspace.root / "campaigns" / "moi.yml").exists() and not (workspace.root / "scripts").exists()


def test_the_protocol_reads_and_writes_the_forms_files(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path / "repo")
    entry = answer(workspace, {"action": "getEntry", "params": {"path": "campaigns/giam-ngheo.yml"}})
    assert entry["data"] == "title: Giảm nghèo\n" and len(entry["file"]["id"]) == 64
    answer(workspace, {"action": "persistEntry", "params": {
        "entry": {"slug": "moi", "path": "campaigns/moi.yml", "raw": "title: Mới\n"}, "assets": [],
        "options": {"commitMessage": "x", "useWorkflow": False, "status": ""}}})
    saved = workspace.root / "campaigns" / "moi.yml"
    assert saved.read_text(encoding="utf-8") == "title: Mới\n" and saved.stat().st_mode & 0o777 == 0o644
    pdf = base64.b64encode(b"%PDF-1.4\n%%EOF\n").decode()
    media = answer(workspace, {"action": "persistMedia", "params": {
        "asset": {"path": "docs/tai-lieu/kh.pdf", "content": pdf, "encoding": "base64"}, "options": {"commitMessage": "x"}}})
    assert (media["path"], media["name"], media["content"]) == ("docs/tai-lieu/kh.pdf", "kh.pdf", pdf)
    assert [item["path"] for item in answer(workspace, {"action": "getMedia", "params": {"mediaFolder": "docs/tai-lieu"}})] \
        == ["docs/tai-lieu/kh.pdf"]
    assert not [path for path in (workspace.root / "campaigns").iterdir() if path.name.endswith(".tmp")]


def test_an_upload_over_the_departments_limit_is_refused_unwritten(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path / "repo")
    (workspace.root / "mkdocs.yml").write_text("extra:\n  max_attachment_mb: 0,5\n", encoding="utf-8")
    upload = {"path": "docs/tai-lieu/lon.pdf", "content": base64.b64encode(b"%PDF-" + b"0" * 2**19).decode(),
              "encoding": "base64"}
    with pytest.raises(Refused) as refused:
        answer(workspace, {"action": "persistMedia", "params": {"asset": upload, "options": {"commitMessage": "x"}}})
    assert (refused.value.status, str(refused.value)) == (413, "Tệp “lon.pdf” nặng 0,6 MB, quá giới hạn 0,5 MB của một tệp "
                                                          "đính kèm: nén hoặc chia nhỏ tệp, hoặc đưa lên nơi khác rồi ghi liên kết.")
    assert not (workspace.root / "docs" / "tai-lieu" / "lon.pdf").exists()


# The server, with a stand-in for `mkdocs serve` behind it ------------------------------


@pytest.fixture(scope="module")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """The port of a stand-in for `mkdocs serve`: a page with its live reload script, and the form's page."""
    site = tmp_path_factory.mktemp("upstream")
    (site / "bien-tap").mkdir(parents=True)
    (site / "index.html").write_bytes(PAGE)
    (site / "bien-tap" / "index.html").write_bytes(EDITOR_PAGE)
    (site / "bien-tap" / "config.yml").write_text("backend:\n  name: proxy\n", encoding="utf-8")
    with serve_directory(site) as url:
        yield int(url.rsplit(":", 1)[1].strip("/"))


@pytest.fixture
def preview(tmp_path: Path, upstream: int) -> Iterator[PreviewServer]:
    server = PreviewServer(f"127.0.0.1:{free_port()}", _workspace(tmp_path / "repo"), "default-src 'none'", "/bien-tap/")
    server.upstream = upstream
    with server:
        server.start()
        yield server
        server.shutdown()


def _request(server: PreviewServer, method: str, path: str, headers: dict[str, str] | None = None,
             body: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
    port = server.server_address[1]
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest(method, path, skip_host=True)
        for name, value in {"Host": f"127.0.0.1:{port}", "Content-Length": str(len(body or b"")), **(headers or {})}.items():
            connection.putheader(name, value)
        connection.endheaders(body)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def _save(server: PreviewServer, action: dict, *, origin: str | None = None, host: str | None = None) -> tuple[int, dict]:
    """Post `action` as the form does (this origin, the session token), or from `origin` and `host` if given."""
    port = server.server_address[1]
    headers = {"Origin": origin or f"http://127.0.0.1:{port}", "Content-Type": "application/json"}
    if host:
        headers["Host"] = host
    status, _, body = _request(server, "POST", f"{EDITOR_API_PATH}?token={server.token}", headers,
                               json.dumps(action).encode())
    return status, json.loads(body) if body.startswith((b"{", b"[")) else {"text": body.decode()}


WRITE_SCRIPT = {"action": "persistMedia", "params": {"asset": {
    "path": "scripts/pwn.py", "content": base64.b64encode(b"import os\n").decode(), "encoding": "base64"},
    "options": {"commitMessage": "x"}}}
WRITE_CAMPAIGN = {"action": "persistEntry", "params": {
    "entry": {"slug": "pwn", "path": "campaigns/pwn.yml", "raw": "title: pwn\n"}, "assets": [],
    "options": {"commitMessage": "x", "useWorkflow": False, "status": ""}}}
READ_GIT = {"action": "getEntry", "params": {"path": ".git/config"}}
WRITE_MAKEFILE = {"action": "persistEntry", "params": {
    "entry": {"slug": "x", "path": "Makefile", "raw": "check:\n\ttouch pwned\n"}, "assets": [],
    "options": {"commitMessage": "x", "useWorkflow": False, "status": ""}}}


def _untouched(server: PreviewServer) -> None:
    root = server.workspace.root
    assert not (root / "campaigns" / "pwn.yml").exists() and not (root / "scripts").exists()
    assert (root / "Makefile").read_text(encoding="utf-8") == "check:\n\ttrue\n"


@pytest.mark.parametrize("action", [WRITE_CAMPAIGN, WRITE_SCRIPT, WRITE_MAKEFILE, READ_GIT])
def test_a_page_of_another_local_port_can_neither_read_nor_write(preview: PreviewServer, action: dict) -> None:
    status, answered = _save(preview, action, origin="http://127.0.0.1:9999")
    assert (status, answered) == (403, {"error": "Chỉ trang biên tập của bản xem trước này được lưu (nguồn yêu cầu khác)."})
    _untouched(preview)


@pytest.mark.parametrize("action", [WRITE_CAMPAIGN, WRITE_MAKEFILE, READ_GIT])
def test_a_rebinding_page_gets_nothing(preview: PreviewServer, action: dict) -> None:
    """A page of attacker.example whose name now points at 127.0.0.1: its requests carry its own Host."""
    port = preview.server_address[1]
    status, answered = _save(preview, action, origin=f"http://attacker.example:{port}", host=f"attacker.example:{port}")
    assert status == 421 and answered["text"] == "Bản xem trước chỉ trả lời địa chỉ 127.0.0.1 hoặc localhost của máy này.\n"
    for page in ("/", "/bien-tap/", "/bien-tap/config.yml"):
        status, _, body = _request(preview, "GET", page, {"Host": f"attacker.example:{port}", "Sec-Fetch-Mode": "navigate"})
        assert status == 421 and preview.token.encode() not in body
    _untouched(preview)


@pytest.mark.parametrize("query, content_type", [
    ("", "application/json"), ("?token=doan-bua", "application/json"),
    ("?token={token}", "text/plain"), ("?token={token}", "application/x-www-form-urlencoded"),
])
def test_a_save_needs_the_session_token_and_json(preview: PreviewServer, query: str, content_type: str) -> None:
    headers = {"Origin": f"http://127.0.0.1:{preview.server_address[1]}", "Content-Type": content_type}
    status, _, _ = _request(preview, "POST", EDITOR_API_PATH + query.format(token=preview.token), headers,
                            json.dumps(WRITE_CAMPAIGN).encode())
    assert status == 403
    _untouched(preview)


def test_the_form_saves_through_its_own_origin_and_token(preview: PreviewServer) -> None:
    status, answered = _save(preview, WRITE_CAMPAIGN)
    assert (status, answered) == (200, {"message": "entry persisted"})
    status, answered = _save(preview, WRITE_SCRIPT)
    assert status == 403 and "scripts/pwn.py" in answered["error"]
    status, answered = _save(preview, READ_GIT)
    assert status == 403 and ".git/config" in answered["error"]
    port = preview.server_address[1]
    status, answered = _save(preview, {"action": "info"}, origin=f"http://localhost:{port}", host=f"localhost:{port}")
    assert status == 200 and answered["type"] == "local_fs"


@pytest.mark.parametrize("length, status", [("abc", 411), ("-5", 411), (str(50 * 2**20), 413)])
def test_a_save_of_no_or_huge_length_is_one_message(preview: PreviewServer, length: str, status: int) -> None:
    headers = {"Origin": f"http://127.0.0.1:{preview.server_address[1]}", "Content-Type": "application/json",
               "Content-Length": length}
    answered = _request(preview, "POST", f"{EDITOR_API_PATH}?token={preview.token}", headers)
    assert answered[0] == status and json.loads(answered[2])["error"].startswith(("Yêu cầu lưu không ghi độ dài", "Tệp quá lớn"))


def test_before_mkdocs_answers_the_preview_says_it_is_building(tmp_path: Path) -> None:
    server = PreviewServer(f"127.0.0.1:{free_port()}", _workspace(tmp_path / "repo"), "default-src 'none'", "/bien-tap/")
    with server:
        server.start()
        status, headers, body = _request(server, "GET", "/")
        server.shutdown()
    assert (status, headers["Retry-After"], body.decode()) == (503, "2", "Đang dựng bản xem trước, tải lại trang sau ít giây.\n")


@pytest.mark.parametrize("headers, given", [
    ({"Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"}, True),
    ({}, True),  # a browser that sends no fetch metadata
    ({"Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty"}, False),  # fetch() from a script, even of this origin
    ({"Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "empty"}, False),
    ({"Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "iframe"}, False),  # framed by another page
])
def test_only_the_form_page_opened_in_a_tab_gets_the_token(preview: PreviewServer, headers: dict, given: bool) -> None:
    status, answered, body = _request(preview, "GET", "/bien-tap/", headers)
    assert status == 200 and (preview.token.encode() in body) == given
    assert answered["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"
    assert answered["Cache-Control"] == "no-store" and b"livereload" not in body
    for other in ("/", "/bien-tap/config.yml"):
        assert preview.token.encode() not in _request(preview, "GET", other, headers)[2]


def test_pages_wear_the_published_policy_with_only_live_reload_let_in(preview: PreviewServer) -> None:
    status, headers, body = _request(preview, "GET", "/")
    assert status == 200 and body == with_problems_banner(PAGE)
    policy = headers["Content-Security-Policy"]
    assert policy == with_live_reload(published_policy(), PAGE) != published_policy()
    assert policy.replace(" 'sha256-", "", 1).count("'sha256-") == 0 and "unsafe-inline" not in policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert _request(preview, "GET", "/bien-tap/config.yml")[1]["Content-Type"] == "text/yaml; charset=utf-8"


def test_live_reload_is_let_in_by_its_own_hash_only() -> None:
    policy = "default-src 'self'; script-src 'self'; style-src 'self'"
    script = LIVE_RELOAD.removeprefix(b"<script>").removesuffix(b"</script>")
    digest = base64.b64encode(hashlib.sha256(script).digest()).decode()
    assert with_live_reload(policy, PAGE) == f"default-src 'self'; script-src 'self' 'sha256-{digest}'; style-src 'self'"
    # A script a page's author wrote elsewhere in the page is not MkDocs' and stays refused.
    planted = b"<html><body><script>livereload(1, 2); fetch('/x')</script><p>...</p></body></html>"
    assert with_live_reload(policy, planted) == policy
    assert without_live_reload(EDITOR_PAGE) == EDITOR_PAGE.replace(LIVE_RELOAD, b"")


def test_the_published_policy_is_nginxs(tmp_path: Path) -> None:
    conf = tmp_path / "csp-map.conf"
    conf.write_text('map $uri $csp {\n    default "default-src \'self\'";\n}\n', encoding="utf-8")
    assert published_policy(conf) == "default-src 'self'"
    conf.write_text("map $uri $csp {}\n", encoding="utf-8")
    with pytest.raises(RunFailed, match="Không đọc được chính sách bảo mật nội dung"):
        published_policy(conf)


@pytest.mark.parametrize("address, message", [
    ("0.0.0.0:8000", "không phải của riêng máy này"), ("192.168.1.5:8000", "không phải của riêng máy này"),
    ("127.0.0.1", "không đúng dạng máy:cổng"), ("127.0.0.1:99999", "không đúng dạng máy:cổng"),
    ("127.0.0.1:0", "không đúng dạng máy:cổng"),
])
def test_the_preview_opens_on_this_machine_only(tmp_path: Path, address: str, message: str) -> None:
    with pytest.raises(RunFailed, match=message):
        PreviewServer(address, _workspace(tmp_path / "repo"), "default-src 'none'", "/bien-tap/")


def test_every_page_but_the_forms_carries_the_problems_banner(preview: PreviewServer) -> None:
    page = _request(preview, "GET", "/")[2]
    assert page == with_problems_banner(PAGE) != PAGE and page.count(b"/_preview/problems.js") == 1
    assert b"/_preview/problems.js" not in _request(preview, "GET", "/bien-tap/")[2]
    status, headers, script = _request(preview, "GET", "/_preview/problems.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript") and b"cd-preview-problems" in script
    assert json.loads(_request(preview, "GET", PROBLEMS_PATH)[2]) == {"problems": []}
    preview.problems = ["campaigns/thu.yml:3:1: Ngày kết thúc ở trước ngày bắt đầu"]
    assert json.loads(_request(preview, "GET", PROBLEMS_PATH)[2]) == {"problems": preview.problems}
    port = preview.server_address[1]
    assert _request(preview, "GET", PROBLEMS_PATH, {"Host": f"attacker.example:{port}"})[0] == 421
