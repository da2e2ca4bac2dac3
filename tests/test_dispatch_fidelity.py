"""The July 2023 dispatch as it was sent: its page and its Word file against the seed letter.

Both are rebuilt from the registries (each campaign's own paragraphs in the dispatch, the
recipients as the letter writes them, every document it cites), so they can drift from the
letter; these tests hold them to it. The measure is difflib's SequenceMatcher ratio
(2·matches / total length, on characters, autojunk off) between the seed's text and ours,
each NFC and with every run of whitespace made one space: 98% or more. What the site
adds on purpose, and costs that ratio a little, is the head the seed's copy lacks (UBND
TỈNH HẢI DƯƠNG, SỞ CÔNG THƯƠNG, the quốc hiệu) and the blanks written "…".
"""

from __future__ import annotations

import difflib
import io
import unicodedata
from dataclasses import replace
from pathlib import Path

import docx
import lxml.html
import pytest
from conftest import ROOT, TEST_TODAY
from official_letter import SEED
from sitegen.letters import find_dispatch
from sitegen.load.sources import load_sources
from sitegen.model import wording
from sitegen.model.from_sources import build_site
from sitegen.render.dispatch_docx import dispatch_docx
from sitegen.render.pages import render_pages

DISPATCH = "cong-van-so-cong-thuong-thang-7-2023"
SIMILARITY = 0.98


def normalised(text: str) -> str:
    """NFC, every run of whitespace (no-break spaces included) one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def similarity(ours: str, theirs: str) -> float:
    return difflib.SequenceMatcher(None, normalised(ours), normalised(theirs), autojunk=False).ratio()


def seed_text() -> str:
    # The seed's copy breaks one name across a page ("Trung\n\nương"): whitespace, which normalising removes.
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def site():
    return build_site(load_sources(ROOT), TEST_TODAY)


def page_text(html: bytes) -> str:
    """The letter's text on its page: the `.cd-letter` block, without the headings' permalink marks."""
    letter = lxml.html.fromstring(html).find_class("cd-letter")[0]
    for mark in letter.find_class("headerlink"):
        mark.drop_tree()
    return " ".join(letter.itertext())


def docx_text(content: bytes) -> str:
    """The Word file's body in reading order: paragraphs, and the head's and signature's tables cell by cell."""
    letter = docx.Document(io.BytesIO(content))
    lines = []
    for block in letter.element.body.iterchildren():
        if block.tag.endswith("}p"):
            lines.append(docx.text.paragraph.Paragraph(block, letter).text)
        elif block.tag.endswith("}tbl"):
            for row in docx.table.Table(block, letter).rows:
                lines += [paragraph.text for cell in row.cells for paragraph in cell.paragraphs]
    return "\n".join(lines)


def test_the_page_reads_as_the_letter(built_site: Path) -> None:
    html = (built_site / "van-ban" / DISPATCH / "index.html").read_bytes()
    ratio = similarity(page_text(html), seed_text())
    assert ratio >= SIMILARITY, ratio


def test_the_word_file_reads_as_the_letter(site) -> None:
    ratio = similarity(docx_text(dispatch_docx(find_dispatch(site, DISPATCH), TEST_TODAY)), seed_text())
    assert ratio >= SIMILARITY, ratio


def test_the_measure_fails_a_letter_that_lost_its_own_sentences(site) -> None:
    """The drafted wording, which the page showed before items had their own text, is far from the letter."""
    dispatch = find_dispatch(site, DISPATCH)
    drafted = list(dispatch.dispatched_campaigns)
    saved = [campaign.dispatch_text for campaign in drafted]
    try:
        for campaign in drafted:
            campaign.dispatch_text = []
        ratio = similarity(docx_text(dispatch_docx(dispatch, TEST_TODAY)), seed_text())
    finally:
        for campaign, text in zip(drafted, saved, strict=True):
            campaign.dispatch_text = text
    assert ratio < SIMILARITY, ratio


@pytest.mark.parametrize("sentence", [
    "Đẩy mạnh tuyên truyền các nội dung Công văn số 2416/BTTTT-CATTT",
    "Tích cực thông tin, tuyên truyền về công tác xây dựng Đảng",
    "Tăng cường, tuyên truyền Chương trình mục tiêu quốc gia giảm nghèo bền vững",
    "Trong đó tập trung tuyên truyền Quan điểm, chủ trương của Đảng",
    "Tuyên truyền các nhiệm vụ, giải pháp trọng tâm giảm nghèo bền vững đến năm 2030",
    "Đấu tranh, phản bác các thông tin, quan điểm sai trái",
    ("Kế hoạch số 2254/KH-BCĐ ngày 27/6/2023 của Ban Chỉ đạo Vận động hiến máu tình nguyện tỉnh về Tổ chức Ngày hội "
     "hiến máu “Hải Dương ngàn trái tim hồng” hưởng ứng chương trình Hành trình Đỏ lần thứ XI năm 2023; Kế hoạch số "
     "2320/KH-BCĐ"),
    "Đề nghị các phòng, đơn vị triển khai và phối hợp thực hiện./.",
    "Nơi nhận: - Như trên; - Các đ/c Lãnh đạo sở; - Website sở; - Lưu: VT, VP.",
])
def test_each_sentence_of_the_letter_is_in_the_word_file(site, sentence: str) -> None:
    assert sentence in normalised(docx_text(dispatch_docx(find_dispatch(site, DISPATCH), TEST_TODAY)))


def test_no_item_repeats_its_title_inside_its_plan(site) -> None:
    """Drafted, an item whose plan's subject already holds its title names the plan alone (as the letter does)."""
    dispatch = find_dispatch(site, DISPATCH)
    items = [replace(item, own=[]) for number in range(1, 4) for item in wording.section_items(dispatch, number)]
    blood = next(item for item in items if item.campaign.slug.startswith("ngay-hoi-hien-mau"))
    assert not blood.titled
    assert blood.text.startswith("Kế hoạch số 2254/KH-BCĐ ngày 27/6/2023 của Ban Chỉ đạo Vận động hiến máu tình nguyện tỉnh")
    assert blood.text.count("Ngày hội hiến máu") == 1
    for item in items:
        assert item.text.count(item.campaign.title) <= 1, item.text


def test_dan_chieu_lists_every_document_the_letter_cites(site, built_site: Path) -> None:
    dispatch = find_dispatch(site, DISPATCH)
    assert len(dispatch.cites) == 15  # 14 by number, and Nghị quyết Đại hội XIII of the Đảng by its name
    assert [d.number for d in wording.answered(dispatch)] == ["1009/STTTT-TTBCXB"]
    page = lxml.html.fromstring((built_site / "van-ban" / DISPATCH / "index.html").read_bytes())
    listed = page.xpath('//h2[@id="dan-chieu"]/following-sibling::*[1]/following-sibling::table[1]//th[@scope="row"]')
    assert len(listed) == 15


@pytest.mark.parametrize("sentence, expected", [
    ("Kế hoạch số 1192/KH-SVHTTDL ngày 26/6/2023 của Sở X;", True),
    ("Kế hoạch số 1192/KH-SVHTTDL ngày 26/6/2023 của Sở X.", False),
])
def test_an_own_text_ending_with_a_semicolon_runs_on(site, sentence: str, expected: bool) -> None:
    dispatch = find_dispatch(site, DISPATCH)
    first, second = wording.section_items(dispatch, 3)[:2]
    items = [replace(first, own=[sentence]), second]
    assert (len(wording.section_body(items)) == 1) is expected


def test_an_item_without_its_own_text_is_drafted_on_the_page(site) -> None:
    """Generated wording stays the default: a campaign whose own text is not given is drafted from data,
    linked to its campaign, beside items that have theirs."""
    dispatch = find_dispatch(site, DISPATCH)
    drafted = next(c for c in dispatch.dispatched_campaigns if c.slug == "xay-dung-dang-va-he-thong-chinh-tri")
    saved, drafted.dispatch_text = drafted.dispatch_text, []
    try:
        page = render_pages(site)[f"van-ban/{DISPATCH}.md"]
    finally:
        drafted.dispatch_text = saved
    assert ("- [Thông tin, tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị]"
            "(../chien-dich/xay-dung-dang-va-he-thong-chinh-tri.md) theo Công văn số [539/TTCS-TTTQ]") in page
    assert "Tích cực thông tin" not in page
    assert "Đẩy mạnh tuyên truyền các nội dung Công văn số" in page  # the item before keeps its own


def test_the_documents_an_own_text_names_are_cut_out_to_be_linked(site) -> None:
    dispatch = find_dispatch(site, DISPATCH)
    text = "Chỉ thị số 05-CT/TW và Nghị quyết Đại hội XIII của Đảng, Chỉ thị số 05-CT/TW."
    parts = wording.linked_parts(text, dispatch.cites)
    assert "".join(piece for piece, _ in parts) == text
    assert [(piece, found.ref if found else None) for piece, found in parts] == [
        ("Chỉ thị số ", None), ("05-CT/TW", "05-CT/TW"), (" và ", None),
        ("Nghị quyết Đại hội XIII của Đảng", "nghi-quyet-dai-hoi-xiii"), (", Chỉ thị số ", None), ("05-CT/TW", "05-CT/TW"),
        (".", None)]
