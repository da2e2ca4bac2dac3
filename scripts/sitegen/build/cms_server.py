"""The form editor's local workflow: decap-server, writing into the working tree.

`make serve` starts it on a free loopback port beside the preview, so the
editor at /bien-tap/ saves campaign files straight into campaigns/, and the
preview, which watches them, reloads. It stops with the preview.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..failures import RunFailed
from ..render.cms_backend import CmsBackend, local_backend
from ..render.editor_files import NODE_MODULES

SERVER = NODE_MODULES / "decap-server" / "dist" / "index.js"
START_SECONDS = 15


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(url: str) -> bool:
    request = urllib.request.Request(url, data=json.dumps({"action": "info"}).encode(),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        raise RunFailed("Thiếu Node.js (lệnh node) cho trình biên tập tại máy. Cài bằng: sudo apt-get install -y nodejs npm")
    if not SERVER.is_file():
        raise RunFailed(f"Thiếu decap-server ({SERVER.relative_to(NODE_MODULES.parent)}): chạy “make serve”, lệnh này tự cài nó bằng npm ci.")
    return node


@contextmanager
def local_cms_server(root: Path, site_url: str) -> Iterator[CmsBackend]:
    """Run decap-server for `root` until the block ends; yield the editor's backend
    (its pages open on the preview at `site_url`)."""
    node, port = _node(), _free_port()
    environment = {key: value for key, value in os.environ.items() if key != "ORIGIN"}  # its default: loopback pages only
    environment.update({"PORT": str(port), "BIND_HOST": "127.0.0.1", "MODE": "fs",
                        "GIT_REPO_DIRECTORY": str(root), "LOG_LEVEL": "warn"})
    url = f"http://127.0.0.1:{port}/api/v1"
    server = subprocess.Popen([node, str(SERVER)], cwd=root, env=environment, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + START_SECONDS
        while not _answers(url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RunFailed(f"decap-server (trình biên tập tại máy) không trả lời ở {url} sau {START_SECONDS} giây; "
                                "xem thông báo ở trên.")
            time.sleep(0.1)
        yield local_backend(url, site_url)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
