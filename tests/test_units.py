"""Units with work get a page; a letter's other recipients and filing codes stay names on the letter."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from conftest import TEST_TODAY
from sitegen.load.page_clashes import claims
from sitegen.load.sources import load_sources
from sitegen.model.from_sources import build_site
from sitegen.render.pages import render_pages
from sitegen.render.search_entries import search_entries

LETTER_ONLY = ("lanh-dao-so", "website-so", "vt", "vp")
CONTACT = """\
title: Tuần lễ có đầu mối
summary: Một chiến dịch mà Lãnh đạo Sở chỉ làm đầu mối liên hệ.
start: 2026-12-01
end: 2026-12-31
contacts:
  - name: Nguyễn Văn A
    unit: lanh-dao-so
"""


def pages_of(root: Path, today: dt.date = TEST_TODAY) -> dict[str, str]:
    return render_pages(build_site(load_sources(root), today))


def test_only_units_with_tasks_are_listed_and_get_a_page(built_site: Path) -> None:
    for unit in LETTER_ONLY:
        assert not (built_site / "don-vi" / unit).exists()
    units = (built_site / "don-vi" / "index.html").read_text(encoding="utf-8")
    assert 'href="cac-phong-thuoc-so/"' in units and 'href="vt/"' not in units and ">VT<" not in units
    assert "chỉ ghi trên văn bản: Lãnh đạo Sở, VP, VT, Website Sở." in units


def test_the_letter_keeps_every_recipient_and_filing_code(built_site: Path) -> None:
    letter = (built_site / "van-ban" / "cong-van-so-cong-thuong-thang-7-2023" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../don-vi/cong-doan-nganh-cong-thuong/">Công đoàn ngành Công Thương</a>.' in letter
    # Nơi nhận, one a line as the letter writes them (a unit's letter_name).
    assert ["Như trên;", "Các đ/c Lãnh đạo sở;", "Website sở;", "Lưu: VT, VP."] == re.findall(
        r"<li>([^<]*)</li>", letter[letter.index("Nơi nhận:"):letter.index("cd-letter__signature")])
    assert "don-vi/vt/" not in letter and "don-vi/lanh-dao-so/" not in letter


def test_a_unit_named_as_a_contact_gets_its_page(project: Path) -> None:
    (project / "campaigns" / "tuan-le-co-dau-moi.yml").write_text(CONTACT, encoding="utf-8")
    pages = pages_of(project)
    assert "don-vi/lanh-dao-so.md" in pages and "don-vi/vt.md" not in pages
    assert "(../don-vi/lanh-dao-so.md)" in pages["chien-dich/tuan-le-co-dau-moi.md"]
    assert "[Lãnh đạo Sở](lanh-dao-so.md)" in pages["don-vi/index.md"]


def test_search_and_the_clash_check_agree_with_the_pages_written(project: Path) -> None:
    sources = load_sources(project)
    site = build_site(sources, TEST_TODAY)
    written = {path for path in render_pages(site) if path.startswith("don-vi/")}
    assert written == {"don-vi/index.md", "don-vi/cac-don-vi-truc-thuoc-so.md", "don-vi/cac-phong-thuoc-so.md",
                       "don-vi/cong-doan-nganh-cong-thuong.md"}
    assert {entry.url for entry in search_entries(site) if entry.url.startswith("don-vi/")} == {
        "don-vi/cac-don-vi-truc-thuoc-so/", "don-vi/cac-phong-thuoc-so/", "don-vi/cong-doan-nganh-cong-thuong/"}
    # Every unit's page stays claimed, so a clash does not come and go as tasks are assigned.
    claimed = {claim.path for claim in claims(sources)}
    assert {f"don-vi/{unit}.md" for unit in LETTER_ONLY} <= claimed
