"""Golden files for generated pages: review changes as diffs.

Regenerate with `make test PYTEST_ARGS="--update-goldens"` (or
`pytest --update-goldens`) and read the diff before committing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, TEST_TODAY
from sitegen.load.sources import load_sources
from sitegen.model.from_sources import build_site
from sitegen.render import pages as render
from sitegen.render.pages import make_environment, render_pages

GOLDEN_DIR = Path(__file__).parent / "golden"
# Real builds always know the site's address (SITE_URL): the pages give it where an app
# needs it whole (calendar subscriptions), so goldens are rendered with one too.
GOLDEN_SITE_URL = "https://congthuong.haiduong.gov.vn/chien-dich/"
GOLDEN_PAGES = [
    "index.md",
    "chien-dich/index.md",
    "chien-dich/giam-ngheo-ben-vung.md",
    "chien-dich/ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich.md",
    "chien-dich/thang-hanh-dong-phong-chong-lua-dao-truc-tuyen.md",
    "van-ban/index.md",
    "van-ban/cong-van-so-cong-thuong-thang-7-2023.md",
    "van-ban/149-hd-btgtu.md",
    "don-vi/index.md",
    "don-vi/cong-doan-nganh-cong-thuong.md",
    "lich/index.md",
    "luu-tru/index.md",
    "chu-de/index.md",
    "bao-cao/index.md",
    "bao-cao/thang-2023-07.md",
    "bao-cao/nam-2023.md",
    "bao-cao/chien-dich/giam-ngheo-ben-vung.md",
]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_pages(build_site(load_sources(ROOT), TEST_TODAY), site_url=GOLDEN_SITE_URL)


@pytest.mark.parametrize("page", GOLDEN_PAGES)
def test_generated_page_matches_golden(page: str, pages: dict[str, str], request: pytest.FixtureRequest) -> None:
    golden = GOLDEN_DIR / page
    if request.config.getoption("--update-goldens"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(pages[page], encoding="utf-8")
    assert golden.exists(), f"no golden file yet: run pytest --update-goldens and review {golden}"
    assert pages[page] == golden.read_text(encoding="utf-8")


def test_templates_compiled_once_render_the_same_pages(tmp_path: Path, pages: dict[str, str]) -> None:
    site = build_site(load_sources(ROOT), TEST_TODAY)
    assert render_pages(site, make_environment(tmp_path), GOLDEN_SITE_URL) == pages  # compiles and keeps them
    assert list(tmp_path.iterdir())
    assert render_pages(site, make_environment(tmp_path), GOLDEN_SITE_URL) == pages  # from the kept ones


def test_an_edited_template_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(render.TEMPLATES_DIR, templates)
    monkeypatch.setattr(render, "TEMPLATES_DIR", templates)
    site = build_site(load_sources(ROOT), TEST_TODAY)
    render_pages(site, make_environment(tmp_path / "cache"))
    home = templates / "home.md.j2"
    home.write_text(home.read_text(encoding="utf-8") + "\nDòng mới.\n", encoding="utf-8")
    assert render_pages(site, make_environment(tmp_path / "cache"))["index.md"].endswith("Dòng mới.\n")


def test_an_edited_template_is_compiled_again_where_the_caller_keeps_no_environment(tmp_path: Path,
                                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """render_pages without an environment takes the one kept for the process (the tests' way)."""
    templates = tmp_path / "templates"
    shutil.copytree(render.TEMPLATES_DIR, templates)
    monkeypatch.setattr(render, "TEMPLATES_DIR", templates)
    site = build_site(load_sources(ROOT), TEST_TODAY)
    assert not render_pages(site)["index.md"].endswith("Dòng mới.\n")
    home = templates / "home.md.j2"
    home.write_text(home.read_text(encoding="utf-8") + "\nDòng mới.\n", encoding="utf-8")
    assert render_pages(site)["index.md"].endswith("Dòng mới.\n")
