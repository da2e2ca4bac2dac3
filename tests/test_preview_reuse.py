"""What `make serve` reuses between two saves, and what it writes first."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import TEST_TODAY
from sitegen.build.pipeline import STAGING_DOCS, Reuse, generate, generate_campaign_pages
from sitegen.build.serve import edited_campaigns
from sitegen.load.sources import LoadCache, load_sources
from sitegen.problems import ProblemsFound

CAMPAIGN = "campaigns/giam-ngheo-ben-vung.yml"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def problems_of(project: Path, cache: LoadCache | None) -> list:
    with pytest.raises(ProblemsFound) as found:
        load_sources(project, cache)
    return found.value.problems


def test_unchanged_files_are_not_parsed_again(project: Path) -> None:
    cache = LoadCache()
    first = load_sources(project, cache)
    second = load_sources(project, cache)
    assert second.campaigns["giam-ngheo-ben-vung"] is first.campaigns["giam-ngheo-ben-vung"]
    edit(project / CAMPAIGN, "title: Chương trình", "title: (Đã sửa) Chương trình")
    third = load_sources(project, cache)
    assert third.campaigns["giam-ngheo-ben-vung"].data["title"].startswith("(Đã sửa)")
    assert third.campaigns["an-toan-thuc-pham-nam-2023"] is first.campaigns["an-toan-thuc-pham-nam-2023"]


def test_a_reference_broken_by_another_file_names_the_same_line_as_a_fresh_load(project: Path) -> None:
    cache = LoadCache()
    load_sources(project, cache)
    edit(project / "campaigns/registries/documents/149-hd-btgtu.yml", "number: 149-HD/BTGTU\n", "number: 149-HD/BTGTU-CU\n")
    cached = problems_of(project, cache)
    assert cached == problems_of(project, None)
    where = (project / CAMPAIGN).read_text(encoding="utf-8").split("\n").index("  - 149-HD/BTGTU") + 1
    assert [(p.path, p.line) for p in cached if p.path == CAMPAIGN] == [(CAMPAIGN, where)]


def test_a_mistake_in_a_cached_file_is_reported_again_until_fixed(project: Path) -> None:
    cache = LoadCache()
    edit(project / CAMPAIGN, "start: null\n", "start: 2023-02-31\n")
    assert problems_of(project, cache) == problems_of(project, cache) == problems_of(project, None)
    edit(project / CAMPAIGN, "start: 2023-02-31\n", "start: 2023-02-28\n")
    assert load_sources(project, cache).campaigns["giam-ngheo-ben-vung"].data["start"] == "2023-02-28"


def test_a_save_within_the_same_clock_tick_is_still_seen(project: Path) -> None:
    cache = LoadCache()
    load_sources(project, cache)
    path = project / CAMPAIGN
    stamp, size = path.stat().st_mtime_ns, path.stat().st_size
    edit(path, "title: Chương trình", "title: Chuong trinh   ")  # as many bytes: ư, ơ, ì take two
    assert path.stat().st_size == size
    os.utime(path, ns=(stamp, stamp))
    assert load_sources(project, cache).campaigns["giam-ngheo-ben-vung"].data["title"].startswith("Chuong trinh")


def test_a_deleted_campaign_leaves_the_cache(project: Path) -> None:
    cache = LoadCache()
    load_sources(project, cache)
    (project / CAMPAIGN).unlink()
    assert "giam-ngheo-ben-vung" not in load_sources(project, cache).campaigns
    assert project / CAMPAIGN not in cache.entries


@pytest.mark.parametrize(("changed", "slugs"), [
    (["campaigns/a.yml"], {"a"}),
    (["campaigns/a.yml", "campaigns/b.yml"], {"a", "b"}),
    (["campaigns/registries/units/website-so.yml"], set()),  # a registry: every page may change
    (["campaigns/a.yml", "docs/huong-dan/bien-tap.md"], set()),
    (["campaigns/a.yaml"], set()),  # refused by the checks: the whole regeneration reports it
    (["campaigns/deleted.yml"], set()),
])
def test_which_saves_write_the_edited_campaign_pages_first(tmp_path: Path, changed: list[str], slugs: set[str]) -> None:
    for name in changed:
        if name != "campaigns/deleted.yml":
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_text("title: x\n", encoding="utf-8")
    assert edited_campaigns(tmp_path, {tmp_path / name for name in changed}) == slugs


def _staged(project: Path) -> dict[str, int]:
    staging = project / STAGING_DOCS
    return {p.relative_to(staging).as_posix(): p.stat().st_mtime_ns for p in staging.rglob("*") if p.is_file()}


def test_campaign_first_writes_only_that_campaigns_page(project: Path) -> None:
    reuse = Reuse()
    generate(project, TEST_TODAY, reuse)
    before = _staged(project)
    edit(project / CAMPAIGN, "title: Chương trình", "title: (Đã sửa) Chương trình")
    assert generate_campaign_pages(project, TEST_TODAY, {"giam-ngheo-ben-vung"}, reuse) == 1
    after = _staged(project)
    assert [path for path in after if after[path] != before[path]] == ["chien-dich/giam-ngheo-ben-vung.md"]
    assert "(Đã sửa)" in (project / STAGING_DOCS / "chien-dich/giam-ngheo-ben-vung.md").read_text(encoding="utf-8")
    # The lists follow with the whole regeneration, as from a fresh start.
    generate(project, TEST_TODAY, reuse)
    incremental = {path: (project / STAGING_DOCS / path).read_bytes() for path in _staged(project)}
    generate(project, TEST_TODAY)
    assert incremental == {path: (project / STAGING_DOCS / path).read_bytes() for path in _staged(project)}


def test_campaign_first_refuses_bad_input_and_writes_nothing(project: Path) -> None:
    reuse = Reuse()
    generate(project, TEST_TODAY, reuse)
    before = _staged(project)
    edit(project / CAMPAIGN, "  - 149-HD/BTGTU\n", "  - 149-HD/KHONG-CO\n")
    with pytest.raises(ProblemsFound):
        generate_campaign_pages(project, TEST_TODAY, {"giam-ngheo-ben-vung"}, reuse)
    assert _staged(project) == before
