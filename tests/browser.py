"""Helpers for browser tests: a loopback web server and Debian's Chromium.

Every request that leaves 127.0.0.1 is blocked and recorded, so a test can
fail on it.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# How long a server may take to answer before a test gives up and says so.
SERVER_START_SECONDS = 60


def wait_until_answers(url: str, what: str, stopped=lambda: None, seconds: float = SERVER_START_SECONDS) -> None:
    """Wait until `url` answers 200, for at most `seconds`; fail naming `what` and the last answer.

    `stopped()` returns a message when the server process has died, so a
    crash is reported at once instead of after the whole wait.
    """
    deadline = time.monotonic() + seconds
    last = "no answer"
    while time.monotonic() < deadline:
        message = stopped()
        if message:
            raise RuntimeError(f"{what} stopped before answering {url}: {message}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError as error:
            last = f"HTTP {error.code}"
        except OSError as error:
            last = str(error)
        time.sleep(0.25)
    raise TimeoutError(f"{what} did not answer {url} within {seconds:g} s (last: {last})")


@contextmanager
def running_preview(project: Path, page: str, environment: dict[str, str]) -> Iterator[str]:
    """`sitegen serve` for `project` on a free port; yield the URL of `page` once it answers.

    The preview is served at the root: the environment given must not carry
    a SITE_URL with a sub-path (the suite drops the caller's, see conftest).
    """
    port = free_port()
    command = [sys.executable, "-m", "sitegen", "--root", str(project), "serve", "--address", f"127.0.0.1:{port}"]
    root = Path(__file__).resolve().parent.parent
    server = subprocess.Popen(command, cwd=root, env=environment, start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/{page}"
    try:
        wait_until_answers(url, "sitegen serve",
                           lambda: server.poll() is not None and (server.stderr.read().decode() or f"exit {server.returncode}"))
        yield url
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        server.stderr.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib's name
        pass


@contextmanager
def serve_directory(directory: Path, mount: str = "/") -> Iterator[str]:
    """Serve `directory` on a free loopback port under `mount`; yield its base URL."""
    root = directory
    if mount != "/":
        # Serve a parent folder holding the site at the sub-path.
        root = directory.parent / "_mount"
        shutil.rmtree(root, ignore_errors=True)
        target = root / mount.strip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(directory, target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{mount}"
    finally:
        server.shutdown()
        server.server_close()


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname == "127.0.0.1"


# The requests handed to Python to be judged by is_local: every URL but those that plainly stay on
# 127.0.0.1. Playwright matches a regular expression in its driver (a glob or a function would send
# every request here and wait for the answer, dozens a page), so the site's own requests go on at
# once; it may take more than is_local turns away, never less (tests/test_browser.py holds it to that).
MAYBE_OUTSIDE = re.compile(r"^(?!(?:data|blob|about):|https?://127\.0\.0\.1(?::[0-9]+)?(?:[/?#]|$))")


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class GuardedPage:
    """A page that blocks and records requests to other hosts, console errors, and
    local requests that fail (an HTTP error, or no answer), its workers' included."""

    def __init__(self, context, page=None):
        self.page = page or context.new_page()  # `page`: a tab the site opened itself (window.open)
        self.outside: list[str] = []
        self.requested: list[str] = []
        self.answered: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        self.page.route(MAYBE_OUTSIDE, self._route)
        self.page.on("request", lambda request: self.requested.append(request.url))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("response", self._response)
        self.page.on("requestfailed", self._request_failed)

    def forget(self) -> None:
        """Empty the records, for the next test on a page kept between tests."""
        for record in (self.outside, self.requested, self.answered, self.failed, self.errors):
            record.clear()

    def _response(self, response) -> None:
        self.answered.append(response.url)
        if response.status >= 400:
            self.failed.append(f"HTTP {response.status} {response.url}")

    def _request_failed(self, request) -> None:
        self.answered.append(request.url)
        if is_local(request.url):  # the blocked ones are in self.outside
            self.failed.append(f"{request.failure} {request.url}")

    def _route(self, route) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()


def _guarded_context(browser):
    return browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")


@pytest.fixture
def guarded(browser):
    context = _guarded_context(browser)
    page = GuardedPage(context)
    yield page
    context.close()


@pytest.fixture(scope="module")
def visitor_tabs(browser):
    """A tab with JavaScript and one without, in Hai Dương's time zone, kept for a module's visits (visit):
    a new tab costs more than a page."""
    contexts = {script: browser.new_context(timezone_id="Asia/Ho_Chi_Minh", java_script_enabled=script)
                for script in (True, False)}
    yield {script: context.new_page() for script, context in contexts.items()}
    for context in contexts.values():
        context.close()


def visit(visitor_tabs, url: str, clock: str | None, width: int = 1280):
    """`url` opened in a tab of `visitor_tabs` on the visitor's `clock`, a day (None: without JavaScript, the
    build day's states), at `width`; the page."""
    page = visitor_tabs[clock is not None]
    page.set_viewport_size({"width": width, "height": 900})
    if clock:
        page.clock.set_fixed_time(f"{clock}T09:00:00+07:00")
    page.goto(url)
    return page


@pytest.fixture(scope="module")
def axe_tab(browser):
    """A tab kept for a module's pages checked by axe-core, which goes in as an inline script: the site's CSP
    rightly forbids those, so this tab bypasses it (the CSP is checked by the tests of pages as published)."""
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def _module_page(browser):
    context = _guarded_context(browser)
    yield GuardedPage(context)
    context.close()


@pytest.fixture
def guarded_kept(_module_page):
    """A guarded page kept for the tests of a module that open their own URL and need no fresh browser
    (search queries): opening a tab costs more than loading a page in it. Each test gets it blank, its
    records empty: the last test's page is left first, so what it asked for ends before the records do."""
    _module_page.page.goto("about:blank")
    _module_page.forget()
    return _module_page
