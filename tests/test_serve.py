"""`make serve`: the preview starts, and a saved campaign file reaches the open page."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import running_preview
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
        page.close()
