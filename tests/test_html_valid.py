"""The Nu HTML checker on every page of the built site, in one Java start.

vnu.jar comes from the npm registry (package.json pins vnu-jar; `make test`
runs `npm ci` when node_modules is missing or older than the lock) and runs on
Debian's Java (default-jre-headless, scripts/system-packages.sh).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# About 11 s for the 67 pages of the real site on an idle 2-core machine.
CHECK_SECONDS = 300


def _where(message: dict, site: Path) -> str:
    """"chien-dich/x/index.html:723:5" from the checker's file URL and position."""
    path = Path(unquote(urlsplit(message.get("url", "")).path))
    name = path.relative_to(site).as_posix() if path.is_relative_to(site) else str(path)
    return f"{name}:{message.get('lastLine', '?')}:{message.get('firstColumn', message.get('lastColumn', '?'))}"


def test_every_page_has_no_html_errors(built_site: Path) -> None:
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing: install Debian's default-jre-headless (make test does, scripts/system-packages.sh)")
    if not VNU.is_file():
        pytest.fail(f"{VNU.relative_to(ROOT)} is missing: run npm ci at the top of the project (make test does)")
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 60, "the real site has some 67 pages"
    command = [java, "-jar", str(VNU), "--errors-only", "--skip-non-html", "--format", "json", "--stdout", str(built_site)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=CHECK_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the Nu checker did not finish {len(pages)} pages within {CHECK_SECONDS} s")
    try:
        messages = json.loads(done.stdout)["messages"]
    except ValueError:
        pytest.fail(f"the Nu checker gave no report (exit {done.returncode}): {done.stderr or done.stdout}")
    errors = [f"{_where(message, built_site)}: {message.get('message')} [{' '.join(message.get('extract', '').split())}]"
              for message in messages]
    assert errors == [], f"{len(errors)} errors on {len({e.split(':')[0] for e in errors})} pages:\n" + "\n".join(errors)
    assert done.returncode == 0, done.stderr
