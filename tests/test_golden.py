"""Golden files for generated pages: review changes as diffs.

Regenerate with `make test PYTEST_ARGS="--update-goldens"` (or
`pytest --update-goldens`) and read the diff before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, TEST_TODAY

from sitegen.model import build_site
from sitegen.render import render_pages
from sitegen.sources import load_sources

GOLDEN_DIR = Path(__file__).parent / "golden"
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
]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_pages(build_site(load_sources(ROOT), TEST_TODAY))


@pytest.mark.parametrize("page", GOLDEN_PAGES)
def test_generated_page_matches_golden(page: str, pages: dict[str, str], request: pytest.FixtureRequest) -> None:
    golden = GOLDEN_DIR / page
    if request.config.getoption("--update-goldens"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(pages[page], encoding="utf-8")
    assert golden.exists(), f"no golden file yet: run pytest --update-goldens and review {golden}"
    assert pages[page] == golden.read_text(encoding="utf-8")
