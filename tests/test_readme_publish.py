"""The webmaster's own command, as the README gives it, with a sub-path SITE_URL:
it once never finished (it ran the test suite, which inherited SITE_URL)."""

from __future__ import annotations

import re
import shlex
import subprocess
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, copy_project_with_make, make_environment

README_PUBLISH = re.compile(r"^make publish DEST=\S+ SITE_URL=(https://\S+/chien-dich/)$", re.MULTILINE)


def test_the_readme_publish_command_finishes_and_goes_live_behind_nginx(tmp_path: Path) -> None:
    from nginx import NGINX, nginx_serving

    if not Path(NGINX).exists():
        pytest.fail(f"{NGINX} is missing: install Debian's nginx-light (make test installs it as root)")
    command = README_PUBLISH.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert command, "README.md no longer shows `make publish DEST=… SITE_URL=https://…/chien-dich/`"
    project = copy_project_with_make(tmp_path / "project")
    dest = tmp_path / "www" / "chien-dich"
    words = shlex.split(command.group(0))
    words[2] = f"DEST={dest}"
    result = subprocess.run(words, cwd=project, env=make_environment(SOURCE_DATE_EPOCH="1795651200"),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "passed" not in result.stdout  # the gate is the self-check, not the test suite
    assert "Kiểm tra nhanh bản dựng:" in result.stdout and "Đang chạy: " in result.stdout
    with nginx_serving(dest, tmp_path / "nginx") as url:
        with urllib.request.urlopen(url + "chien-dich/giam-ngheo-ben-vung/", timeout=10) as response:
            page = response.read().decode()
    assert f'href="{command.group(1)}chien-dich/giam-ngheo-ben-vung/"' in page
    assert "/chien-dich/assets/" in (dest / "current" / "404.html").read_text(encoding="utf-8")
