"""`make serve`: the preview starts, and a saved campaign file reaches the open page."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import free_port, running_preview, wait_until_answers
from conftest import ROOT, copy_project
from sitegen.build.mkdocs_messages import ServeMessages
from sitegen.build.pipeline import mkdocs_environment

pytestmark = pytest.mark.browser


def test_editing_a_campaign_reloads_the_open_page(browser, project: Path) -> None:
    with running_preview(project, "chien-dich/giam-ngheo-ben-vung/", mkdocs_environment()) as url:
        page = browser.new_page()
        page.goto(url)
        page.wait_for_timeout(1000)  # livereload connects
        campaign = project / "campaigns" / "giam-ngheo-ben-vung.yml"
        campaign.write_text(campaign.read_text(encoding="utf-8").replace(
            "title: Chương trình", "title: (Đã sửa) Chương trình"), encoding="utf-8")
        page.locator("h1", has_text="(Đã sửa)").wait_for(timeout=60_000)
        # Closing a page while livereload's reload is still loading can hang Chromium for ever.
        page.wait_for_load_state("load", timeout=30_000)
        page.close()


def _serve_command(project: Path, port: int) -> list[str]:
    return [sys.executable, "-m", "sitegen", "--root", str(project), "serve", "--address", f"127.0.0.1:{port}"]


def test_a_busy_port_is_one_line_not_a_traceback(project: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(_serve_command(project, port), cwd=ROOT, env=mkdocs_environment(),
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr == (f"Cổng {port} đang bận, có thể một “make serve” khác còn chạy: dừng nó (Ctrl+C), "
                             f"hoặc xem trước ở cổng khác: make serve ADDRESS=127.0.0.1:{port + 1}\n")


def test_stopping_the_preview_stops_mkdocs_too(project: Path) -> None:
    """A SIGTERM to `sitegen serve` once left `mkdocs serve` holding the port; nothing it started may outlive it."""
    port = free_port()
    server = subprocess.Popen(_serve_command(project, port), cwd=ROOT, env=mkdocs_environment(), start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_answers(f"http://127.0.0.1:{port}/", "sitegen serve",
                           lambda: server.poll() is not None and f"exit {server.returncode}")
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        with socket.socket() as probe:
            assert probe.connect_ex(("127.0.0.1", port)) != 0, "the preview still answers after sitegen serve stopped"
        for _ in range(100):  # mkdocs serve is told to stop and waited for, but let it be reaped
            try:
                os.killpg(server.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        else:
            raise AssertionError("a process started by sitegen serve (mkdocs serve) outlived it")
    finally:
        with contextlib.suppress(ProcessLookupError):  # gone already, as it should be
            os.killpg(server.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def preview(tmp_path_factory) -> Iterator[str]:
    """One preview for the tests that only ask it for pages."""
    project = copy_project(tmp_path_factory.mktemp("preview") / "project")
    with running_preview(project, "", mkdocs_environment()) as url:
        yield url


def test_the_preview_wears_the_published_policy_and_answers_this_machine_only(preview: str) -> None:
    with urllib.request.urlopen(preview, timeout=10) as response:
        policy = response.headers["Content-Security-Policy"]
    assert policy.startswith("default-src 'self'; script-src 'self' 'sha256-") and "unsafe-inline" not in policy
    port = preview.split(":")[2].strip("/")
    request = urllib.request.Request(preview, headers={"Host": f"attacker.example:{port}"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    refused.value.close()
    assert refused.value.code == 421


def test_the_preview_answers_a_missing_page_with_the_sites_own_404(preview: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(preview + "khong-co-trang-nay/", timeout=10)
    with missing.value:
        body = missing.value.read().decode("utf-8")
    assert missing.value.code == 404
    assert "<h1>Không tìm thấy trang</h1>" in body and 'name="q"' in body and '<a href="/">Trang chủ</a>' in body
    assert missing.value.headers["Content-Security-Policy"].startswith("default-src 'self'")


def test_mkdocs_serve_speaks_vietnamese_as_it_runs(tmp_path: Path) -> None:
    page = tmp_path / "docs" / "huong-dan" / "trang.md"
    page.parent.mkdir(parents=True)
    page.write_text("# Trang\n\nXem [mục](#khong-co).\n", encoding="utf-8")
    messages = ServeMessages(lambda: {"huong-dan/trang.md": page}, tmp_path / "mkdocs.yml")
    output = [
        "INFO    -  Building documentation...",
        "WARNING -  A 'dirty' build is being performed, this will likely lead to inaccurate navigation and other "
        "links within your site. This option is designed for site development purposes only.",
        "INFO    -  Documentation built in 1.74 seconds",
        "INFO    -  [17:19:08] Serving on http://127.0.0.1:55485/",
        "WARNING -  Doc file 'huong-dan/trang.md' contains a link '#khong-co', but there is no such anchor on this page.",
        # A generated page whose neighbours are still being written, and a browser's 404: transient, not the editor's.
        "WARNING -  Doc file 'chien-dich/moi.md' contains a link '../lich/moi.ics', but the target 'lich/moi.ics' is not "
        "found among documentation files.",
        'WARNING -  [18:35:39] "GET /chuoi-tan-cong/ HTTP/1.1" code 404',
        "Traceback (most recent call last):",
        '  File "x.py", line 1, in <module>',
        "OSError: [Errno 28] No space left on device",
        "ERROR   -  [17:20:01] An error happened during the rebuild. The server will appear stuck until build errors "
        "are resolved.",
        "WARNING -  Something MkDocs says that we do not know",
    ]
    said = [line for text in output for line in messages.said(text + "\n")]
    assert said[0].startswith("docs/huong-dan/trang.md:3:1: Liên kết “#khong-co” trỏ tới một mục không có trên trang này (")
    assert said[1:4] == [
        "MkDocs dừng vì hết chỗ trống trên đĩa (thư mục build/ và site/).",
        "Bản xem trước chưa dựng lại được vì lỗi ở trên: trang sẽ đứng yên cho tới khi sửa xong lỗi đó.",
        "Các thông báo sau của MkDocs chưa có bản tiếng Việt: thường là một liên kết hoặc một trang trong docs/ cần "
        "sửa; nếu không rõ, gửi nguyên văn cho người phát triển.",
    ]
    assert said[4:] == ["MkDocs: WARNING -  Something MkDocs says that we do not know"]


def test_a_save_that_check_refuses_shows_a_banner_on_the_open_page_until_it_is_fixed(browser, project: Path) -> None:
    """The preview once went stale without a word: the pages kept the old version and only the terminal said why."""
    with running_preview(project, "chien-dich/giam-ngheo-ben-vung/", mkdocs_environment()) as url:
        page = browser.new_page()
        page.goto(url)
        campaign = project / "campaigns" / "giam-ngheo-ben-vung.yml"
        good = campaign.read_text(encoding="utf-8")
        campaign.write_text(good.replace("title: Chương trình", "title:\n  - Chương trình"), encoding="utf-8")
        banner = page.locator(".cd-preview-problems")
        banner.wait_for(timeout=30_000)
        assert banner.inner_text().startswith("Bản xem trước chưa cập nhật: 1 lỗi cần sửa trong các tệp.")
        assert "campaigns/giam-ngheo-ben-vung.yml:2:3: Trường “title” phải là chữ" in banner.inner_text()
        campaign.write_text(good, encoding="utf-8")
        banner.wait_for(state="detached", timeout=30_000)
        page.close()


def test_the_watcher_survives_a_folder_removed_while_it_looks(tmp_path: Path, monkeypatch) -> None:
    """Path.rglob raises when a folder goes away mid-walk: the watcher thread once died of it, and the preview went stale."""
    import threading

    from sitegen.build import serve as serve_module

    calls = []

    def snapshot(root: Path) -> dict:
        calls.append(root)
        if len(calls) == 2:
            raise FileNotFoundError(2, "No such file or directory")
        return {} if len(calls) < 3 else {tmp_path / "campaigns" / "a.yml": (1, 1, 1)}

    regenerated = threading.Event()
    monkeypatch.setattr(serve_module, "_snapshot", snapshot)
    monkeypatch.setattr(serve_module, "_regenerate", lambda *args: regenerated.set() or [])
    stop = threading.Event()
    front = type("Front", (), {"problems": []})()
    watcher = threading.Thread(target=serve_module._watch, args=(tmp_path, lambda: None, None, None, front,
                                                                  serve_module.MkDocsActivity(), stop), daemon=True)
    watcher.start()
    assert regenerated.wait(timeout=10), "the watcher stopped after the folder vanished"
    stop.set()
    watcher.join(timeout=10)


def test_the_rest_of_the_site_is_written_once_mkdocs_is_done_with_the_edited_pages(project: Path) -> None:
    """MkDocs once crashed on a page rewritten while it rebuilt (Material's search read None) and the preview
    stuck: the lists that name an edited campaign are written only once MkDocs settled the campaign's own pages."""
    from conftest import TEST_TODAY
    from sitegen.build.pipeline import Reuse, generate
    from sitegen.build.serve import _regenerate
    from sitegen.render.cms_backend import local_backend

    editor = local_backend("http://127.0.0.1:9/_editor/api")
    reuse = Reuse()
    generate(project, TEST_TODAY, reuse, editor)
    campaign = project / "campaigns" / "giam-ngheo-ben-vung.yml"
    campaign.write_text(campaign.read_text(encoding="utf-8").replace("title: Chương trình", "title: (Đã sửa) Chương trình"),
                        encoding="utf-8")
    docs = project / "build" / "docs"
    seen = {}

    def settle() -> None:  # what MkDocs sees while it rebuilds
        seen["page"] = "(Đã sửa)" in (docs / "chien-dich" / "giam-ngheo-ben-vung.md").read_text(encoding="utf-8")
        seen["list"] = "(Đã sửa)" in (docs / "chien-dich" / "index.md").read_text(encoding="utf-8")

    assert _regenerate(project, lambda: TEST_TODAY, {campaign}, reuse, editor, settle) == []
    assert seen == {"page": True, "list": False}
    assert "(Đã sửa)" in (docs / "chien-dich" / "index.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("lines, idle", [
    ([], True),
    (["INFO    -  [18:35:39] Detected file changes"], False),
    (["INFO    -  [18:35:39] Detected file changes", "INFO    -  [18:35:40] Reloading browsers"], True),
    (["INFO    -  Detected file changes", "ERROR   -  [18:35:40] An error happened during the rebuild. The server will"], True),
])
def test_the_preview_knows_when_mkdocs_is_rebuilding(lines: list[str], idle: bool) -> None:
    from sitegen.build.serve import MkDocsActivity

    activity = MkDocsActivity()
    for line in lines:
        activity.heard(line)
    assert activity.idle.is_set() is idle
