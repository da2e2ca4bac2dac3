"""The preview's front door: the only server `make serve` opens to the browser.

It listens on the editor's address (127.0.0.1:8000) and

- answers only requests addressed to this machine by name (Host
  127.0.0.1:8000 or localhost:8000): a web page that points a domain of its
  own at 127.0.0.1 (DNS rebinding) gets nothing, not even the pages;
- passes page requests on to `mkdocs serve`, which listens on a random
  loopback port behind it, and adds the published site's Content-Security-
  Policy (deploy/nginx/csp-map.conf), letting in only MkDocs' own live reload
  script, by its hash; the form's page gets the form's policy;
- answers the form's saves (Decap's proxy protocol, editor_api.py) only from
  a page of this very address (Origin) carrying the session token, which the
  server gives to the form's page alone, when a browser opens it.

The threat model is written for webmasters in docs/huong-dan/quan-tri.md
(“Máy chủ biên tập tại máy”).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.client
import json
import re
import secrets
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from ..control_chars import escaped
from ..load.attachment_limit import megabytes
from ..failures import RunFailed
from .editor_api import Refused, Workspace, answer

# Where the form posts its actions; outside any page's path, so no page of the site can shadow it.
EDITOR_API_PATH = "/_editor/api"
# The problems of the last regeneration, and the script that shows them on every page (preview/problems.js).
PROBLEMS_PATH = "/_preview/problems"
PROBLEMS_SCRIPT_PATH = "/_preview/problems.js"
PROBLEMS_SCRIPT = Path(__file__).with_name("preview") / "problems.js"
# The form page's placeholder for the session token (render/templates/editor.html.j2).
TOKEN_PLACEHOLDER = b'name="bien-tap-phien" content=""'
# The published site's policy, which the preview wears too.
CSP_MAP = Path(__file__).resolve().parents[3] / "deploy" / "nginx" / "csp-map.conf"
_DEFAULT_POLICY = re.compile(r'^\s*default "([^"]+)";', re.MULTILINE)
# MkDocs' live reload: one inline script, added just before the page's last </body>.
_LIVE_RELOAD = re.compile(rb"<script>([^<]*\blivereload\([^<]*)</script>$")
# Room for the rest of a save beside its upload, which base64 makes a third larger.
REQUEST_SLACK_BYTES = 2 * 1024 * 1024
# `mkdocs serve` holds a live-reload request up to a minute before it answers.
UPSTREAM_SECONDS = 90
# Headers of MkDocs' answers passed on to the browser.
_PASSED_ON = ("Content-Type", "Location", "Last-Modified")
LOOPBACK_NAMES = ("127.0.0.1", "localhost")


def published_policy(csp_map: Path = CSP_MAP) -> str:
    """The Content-Security-Policy the published site is served with (nginx's default)."""
    found = _DEFAULT_POLICY.search(csp_map.read_text(encoding="utf-8"))
    if not found:
        raise RunFailed(f"Không đọc được chính sách bảo mật nội dung (CSP) mặc định trong {csp_map}.")
    return found.group(1)


def loopback_address(address: str) -> tuple[str, int]:
    """(name, port) of a preview address, which must be this machine's loopback (127.0.0.1 or localhost)."""
    name, _, port = address.rpartition(":")
    if not name or not re.fullmatch(r"[0-9]{1,5}", port) or not 0 < int(port) < 65536:
        raise RunFailed(f"Địa chỉ xem trước “{escaped(address)}” không đúng dạng máy:cổng, ví dụ ADDRESS=127.0.0.1:8000; "
                        "chưa chạy gì.")
    if name not in LOOPBACK_NAMES:
        raise RunFailed(f"Địa chỉ xem trước “{escaped(address)}” không phải của riêng máy này: bản xem trước kèm trình biên "
                        "tập ghi được vào thư mục dự án, nên chỉ mở ở 127.0.0.1 hoặc localhost, ví dụ "
                        "ADDRESS=127.0.0.1:8000; chưa chạy gì.")
    return name, int(port)


def _live_reload(page: bytes) -> re.Match[bytes] | None:
    end = page.rfind(b"</body>")
    return _LIVE_RELOAD.search(page, 0, end) if end >= 0 else None


def with_problems_banner(page: bytes) -> bytes:
    """`page` with the script that shows the preview's problems (preview/problems.js) at the end of its head
    (or, without one, at the start of its body: MkDocs' live reload keeps the end)."""
    tag = f'<script src="{PROBLEMS_SCRIPT_PATH}" defer></script>'.encode()
    end = page.find(b"</head>")
    if end >= 0:
        return page[:end] + tag + page[end:]
    body = re.search(rb"<body[^>]*>", page)
    return page[:body.end()] + tag + page[body.end():] if body else page


def without_live_reload(page: bytes) -> bytes:
    """`page` without MkDocs' live reload script: the form must never reload under an editor's hands."""
    found = _live_reload(page)
    return page[:found.start()] + page[found.end():] if found else page


def with_live_reload(policy: str, page: bytes) -> str:
    """`policy`, letting in MkDocs' live reload script of `page` (by its hash) when the page has one."""
    found = _live_reload(page)
    if not found:
        return policy
    digest = base64.b64encode(hashlib.sha256(found.group(1)).digest()).decode("ascii")
    return re.sub(r"(^|; )script-src ([^;]*)", rf"\1script-src \2 'sha256-{digest}'", policy, count=1)


class PreviewServer(ThreadingHTTPServer):
    """The front door (see the module's docstring); `upstream` is the port `mkdocs serve` listens on."""

    daemon_threads = True

    def __init__(self, address: str, workspace: Workspace, editor_policy: str, editor_prefix: str,
                 published: str | None = None) -> None:
        port = loopback_address(address)[1]
        try:
            super().__init__(("127.0.0.1", port), _Handler)
        except OSError:
            raise RunFailed(f"Cổng {port} đang bận, có thể một “make serve” khác còn chạy: dừng nó (Ctrl+C), "
                            f"hoặc xem trước ở cổng khác: make serve ADDRESS=127.0.0.1:{port + 1}") from None
        port = self.server_address[1]  # the one given, or the free one taken for port 0
        self.hosts = frozenset(f"{loopback}:{port}" for loopback in LOOPBACK_NAMES)
        self.workspace = workspace
        self.token = secrets.token_urlsafe(32)
        self.published_policy = published or published_policy()
        # Framed, the form could be read by the page around it: a header can forbid it, the page's meta tag cannot.
        self.editor_policy = f"{editor_policy}; frame-ancestors 'none'"
        self.editor_prefix = editor_prefix  # "/bien-tap/", under the preview's mount path
        self.upstream = 0
        self.writing = threading.Lock()  # one save at a time: the files of a save land together
        self.problems: list[str] = []  # why the last regeneration was refused; shown on every page

    def handle_error(self, request: object, client_address: object) -> None:
        """One line, not the standard library's traceback: a browser that closed its tab mid-answer is no error."""
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError | TimeoutError):
            print(f"Bản xem trước gặp lỗi khi trả lời trình duyệt: {error!r}", file=sys.stderr)

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, args=(0.1,), name="preview-server", daemon=True)
        thread.start()
        return thread


class _Handler(BaseHTTPRequestHandler):
    server: PreviewServer
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: object) -> None:
        pass  # MkDocs already says what it serves; a line per file would bury the build's messages

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "same-origin")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refuse(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8",
                   {"Content-Security-Policy": "default-src 'none'", "Cache-Control": "no-store"})

    def _addressed_here(self) -> bool:
        """Whether the browser asked for this machine by name, as a page of the preview does."""
        if self.headers.get("Host", "") in self.server.hosts:
            return True
        self._refuse(421, "Bản xem trước chỉ trả lời địa chỉ 127.0.0.1 hoặc localhost của máy này.")
        return False

    def do_GET(self) -> None:
        if not self._addressed_here():
            return
        path = urlsplit(self.path).path
        if path == PROBLEMS_PATH:
            self._json(200, {"problems": self.server.problems})
        elif path == PROBLEMS_SCRIPT_PATH:
            self._send(200, PROBLEMS_SCRIPT.read_bytes(), "text/javascript; charset=utf-8",
                       {"Content-Security-Policy": "default-src 'none'", "Cache-Control": "no-store"})
        else:
            self._forward()

    do_HEAD = do_GET

    def do_POST(self) -> None:
        if not self._addressed_here():
            return
        if urlsplit(self.path).path != EDITOR_API_PATH:
            self._refuse(405, "Bản xem trước chỉ nhận lưu từ trình biên tập.")
            return
        self._editor_api()

    def _method_refused(self) -> None:
        if self._addressed_here():
            self._refuse(405, "Bản xem trước không nhận yêu cầu này.")

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _method_refused

    # The form's saves -----------------------------------------------------------------

    def _json(self, status: int, value: object) -> None:
        body = json.dumps(value, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8",
                   {"Content-Security-Policy": "default-src 'none'", "Cache-Control": "no-store"})

    def _caller_problem(self) -> str | None:
        """Why this request may not use the editor's API, or None when it comes from the form."""
        if self.headers.get("Origin") != f"http://{self.headers.get('Host')}":
            return "Chỉ trang biên tập của bản xem trước này được lưu (nguồn yêu cầu khác)."
        given = parse_qs(urlsplit(self.path).query).get("token", [""])[0]
        if not hmac.compare_digest(given.encode(), self.server.token.encode()):
            return ("Phiên biên tập không còn hiệu lực (make serve đã chạy lại): tải lại trang biên tập. "
                    "Nội dung chưa lưu trên trang sẽ mất; chép ra trước khi tải lại.")
        if self.headers.get_content_type() != "application/json":
            return "Yêu cầu lưu không đúng dạng (cần JSON)."
        return None

    def _editor_api(self) -> None:
        problem = self._caller_problem()
        if problem:
            self._json(403, {"error": problem})
            return
        length = self.headers.get("Content-Length", "")
        if not length.isdigit():
            self._json(411, {"error": "Yêu cầu lưu không ghi độ dài."})
            return
        length, limit = int(length), self.server.workspace.upload_limit()
        if length > limit * 4 // 3 + REQUEST_SLACK_BYTES:  # refused unread: memory never holds more than a save may be
            self._json(413, {"error": f"Tệp quá lớn: mỗi tệp đính kèm tối đa {megabytes(limit)} MB; nén hoặc chia nhỏ "
                                      "tệp, hoặc đưa lên nơi khác rồi ghi liên kết."})
            return
        try:
            body = json.loads(self.rfile.read(length).decode("utf-8"))
            with self.server.writing:
                result = answer(self.server.workspace, body)
        except Refused as refused:
            self._json(refused.status, {"error": str(refused)})
        except (UnicodeDecodeError, json.JSONDecodeError):
            self._json(400, {"error": "Yêu cầu không đúng dạng (JSON hỏng)."})
        except OSError as error:
            print(f"Trình biên tập không ghi được tệp: {error.strerror or error}", file=sys.stderr)
            self._json(500, {"error": f"Không ghi được tệp trên máy này: {error.strerror or error}."})
        else:
            self._json(200, result)

    # Pages ----------------------------------------------------------------------------

    def _forward(self) -> None:
        if not self.server.upstream:
            self._starting()
            return
        connection = http.client.HTTPConnection("127.0.0.1", self.server.upstream, timeout=UPSTREAM_SECONDS)
        try:
            # HEAD too asks for the body, so the length it announces is the one a GET gets.
            connection.request("GET", self.path, headers={"Host": f"127.0.0.1:{self.server.upstream}"})
            upstream = connection.getresponse()
            body = upstream.read()
        except OSError:
            self._starting()
            return
        finally:
            connection.close()
        headers = {name: upstream.headers[name] for name in _PASSED_ON if upstream.headers.get(name)}
        content_type = headers.pop("Content-Type", "application/octet-stream")
        path = urlsplit(self.path).path
        if path.endswith(".yml"):
            content_type = "text/yaml; charset=utf-8"  # MkDocs says octet-stream; Decap reads its settings only as YAML
        if path.startswith(self.server.editor_prefix) and content_type.startswith("text/html"):
            body = without_live_reload(body)  # the form's pages keep their own policy, which lets no inline script in
            if path in (self.server.editor_prefix, f"{self.server.editor_prefix}index.html") and self._opened_by_browser():
                body = body.replace(TOKEN_PLACEHOLDER, TOKEN_PLACEHOLDER[:-1] + self.server.token.encode() + b'"', 1)
        elif content_type.startswith("text/html"):
            body = with_problems_banner(body)
        headers.update(self._policy(path, content_type, body))
        self._send(upstream.status, body, content_type, headers)

    def _opened_by_browser(self) -> bool:
        """The page is being opened in a tab (not fetched by a script, not framed): only then does it get the token."""
        mode, destination = self.headers.get("Sec-Fetch-Mode"), self.headers.get("Sec-Fetch-Dest")
        return mode in (None, "navigate") and destination in (None, "document")

    def _policy(self, path: str, content_type: str, body: bytes) -> dict[str, str]:
        if path.startswith(self.server.editor_prefix):
            return {"Content-Security-Policy": self.server.editor_policy, "Cache-Control": "no-store"}
        if content_type.startswith("text/html"):
            return {"Content-Security-Policy": with_live_reload(self.server.published_policy, body)}
        return {"Content-Security-Policy": self.server.published_policy}

    def _starting(self) -> None:
        self._send(503, "Đang dựng bản xem trước, tải lại trang sau ít giây.\n".encode(),
                   "text/plain; charset=utf-8", {"Retry-After": "2", "Cache-Control": "no-store"})
