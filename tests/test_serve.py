"""`make serve`: the preview starts, and a saved campaign file reaches the open page."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT

from sitegen.build import mkdocs_environment

pytestmark = pytest.mark.browser


def test_editing_a_campaign_reloads_the_open_page(browser, project: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "sitegen", "--root", str(project), "serve", "--address", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, cwd=ROOT, env=mkdocs_environment(), start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/chien-dich/giam-ngheo-ben-vung/"
    try:
        for _ in range(240):
            assert server.poll() is None, server.stderr.read().decode()
            try:
                with urllib.request.urlopen(url, timeout=2):
                    break
            except OSError:
                time.sleep(0.25)
        page = browser.new_page()
        page.goto(url)
        page.wait_for_timeout(1000)  # livereload connects
        campaign = project / "campaigns" / "giam-ngheo-ben-vung.yml"
        campaign.write_text(campaign.read_text(encoding="utf-8").replace(
            "title: Chương trình", "title: (Đã sửa) Chương trình"), encoding="utf-8")
        page.locator("h1", has_text="(Đã sửa)").wait_for(timeout=60_000)
        page.close()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        server.stderr.close()
