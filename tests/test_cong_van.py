"""The department's dispatch as a Word file (make cong-van, render/dispatch_docx.py).

Read back with python-docx: page, margins, fonts and the type of each part
against Nghị định 30/2020/NĐ-CP, Phụ lục I. Converted once to PDF by
LibreOffice: A4, the margins, the head's two columns, the page number from
page 2 on; its first two pages are left as PNGs for a reviewer. Its text is held
to the seed letter part by part.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
import yaml
from conftest import ROOT, SCREENSHOTS, TEST_TODAY, write_record
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm
from official_letter import SEED
from sitegen.cli import main
from sitegen.letters import find_dispatch
from sitegen.load.sources import load_sources
from sitegen.model import wording
from sitegen.model.dates import PartialDate
from sitegen.model.site import Document, Organization
from sitegen.model.from_sources import build_site
from sitegen.release.gate import check_site
from sitegen.render.dispatch_docx import dispatch_docx, word_files

DISPATCH = "cong-van-so-cong-thuong-thang-7-2023"
CONVERSION_SECONDS = 120
MM = 72 / 25.4  # PDF points per millimetre


@pytest.fixture(scope="module")
def site():
    return build_site(load_sources(ROOT), TEST_TODAY)


@pytest.fixture(scope="module")
def letter_bytes(site) -> bytes:
    return dispatch_docx(find_dispatch(site, DISPATCH), TEST_TODAY)


@pytest.fixture(scope="module")
def letter(letter_bytes: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(letter_bytes))


@pytest.fixture(scope="module")
def pdf(letter_bytes: bytes, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The letter as LibreOffice prints it: one conversion for the module, in a private profile."""
    folder = tmp_path_factory.mktemp("cong-van")
    source = folder / f"{DISPATCH}.docx"
    source.write_bytes(letter_bytes)
    command = ["soffice", f"-env:UserInstallation=file://{folder / 'profile'}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(folder), str(source)]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=CONVERSION_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"LibreOffice (soffice) did not convert the letter to PDF within {CONVERSION_SECONDS} s")
    converted = source.with_suffix(".pdf")
    assert result.returncode == 0 and converted.is_file(), f"soffice failed: {result.stdout}{result.stderr}"
    yield converted


def _words(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words as (xMin, yMin, xMax, yMax, text), from pdftotext -bbox."""
    result = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True)
    pages = []
    for page in result.stdout.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), text) for a, b, c, d, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)])
    return pages


@pytest.fixture(scope="module")
def words(pdf: Path):
    return _words(pdf)


def _folded(text: str) -> str:
    """For comparing with the seed: NFC, no case, no parentheses, single spaces."""
    text = unicodedata.normalize("NFC", text).casefold().replace("(", "").replace(")", "")
    return " ".join(text.split())


def _paragraphs(letter) -> list:
    """Every paragraph in reading order: the body's, and the tables' cell by cell."""
    found = []
    for block in letter.element.body.iterchildren():
        if block.tag.endswith("}p"):
            found.append(docx.text.paragraph.Paragraph(block, letter))
        elif block.tag.endswith("}tbl"):
            table = docx.table.Table(block, letter)
            for row in table.rows:
                for cell in row.cells:
                    found += [p for p in cell.paragraphs]
    return [p for p in found if p.text.strip()]


def _find(letter, start: str):
    matches = [p for p in _paragraphs(letter) if p.text.startswith(start)]
    assert matches, f"no paragraph starts with {start!r}"
    return matches[0]


# Phụ lục I, mục II: (start of the part's text, type size range in points, bold, italic, underline)
PARTS = [
    ("UBND TỈNH HẢI DƯƠNG", (12, 13), False, False, None),
    ("SỞ CÔNG THƯƠNG", (12, 13), True, False, None),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", (12, 13), True, False, None),
    ("Độc lập - Tự do - Hạnh phúc", (13, 14), True, False, True),
    ("Số:", (13, 13), False, False, None),
    ("V/v Tuyên truyền thực hiện các nhiệm vụ chính trị", (12, 13), False, False, None),
    ("Hải Dương, ngày", (13, 14), False, True, None),
    ("Kính gửi:", (14, 14), False, False, None),
    ("- Các phòng thuộc sở;", (14, 14), False, False, None),
    ("Sở Công Thương nhận được công văn số 1009/STTTT-TTBCXB", (13, 14), False, False, None),
    ("Lãnh đạo Sở yêu cầu các phòng, đơn vị", (13, 14), False, False, None),
    ("1. Tuyên truyền nội dung các văn bản của Bộ TTTT:", (13, 14), True, False, None),
    ("Đẩy mạnh tuyên truyền các nội dung Công văn số 2416", (13, 14), False, False, None),
    ("Đề nghị các phòng, đơn vị triển khai", (13, 14), False, False, None),
    ("Nơi nhận:", (12, 12), True, True, None),
    ("- Như trên;", (11, 11), False, False, None),
    ("- Lưu: VT, VP.", (11, 11), False, False, None),
    ("GIÁM ĐỐC", (13, 14), True, False, None),
    ("Trần Văn Hảo", (13, 14), True, False, None),
]


def test_the_page_is_a4_with_the_decrees_margins_and_its_number_from_page_two(letter) -> None:
    section = letter.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [round(getattr(section, f"{side}_margin").mm, 1) for side in ("top", "bottom", "left", "right")]
    assert 20 <= margins[0] <= 25 and 20 <= margins[1] <= 25 and 30 <= margins[2] <= 35 and 15 <= margins[3] <= 20
    assert section.different_first_page_header_footer
    assert not section.first_page_header.paragraphs[0].text
    number = section.header.paragraphs[0]
    assert number.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert "PAGE" in number._p.xml and number.runs[0].font.size.pt in (13, 14)


@pytest.mark.parametrize("start, sizes, bold, italic, underline", PARTS, ids=[part[0] for part in PARTS])
def test_each_part_has_its_type(letter, start: str, sizes: tuple[int, int], bold: bool, italic: bool, underline) -> None:
    paragraph = _find(letter, start)
    for run in paragraph.runs:
        assert sizes[0] <= run.font.size.pt <= sizes[1], (start, run.font.size.pt)
        assert (bool(run.font.bold), bool(run.font.italic)) == (bold, italic), start
        assert bool(run.font.underline) == bool(underline), start


def test_everything_is_times_new_roman_in_every_script(letter) -> None:
    normal = letter.styles["Normal"]
    fonts = normal.element.rPr.rFonts
    assert {fonts.get(f"{{{fonts.nsmap['w']}}}{script}") for script in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Times New Roman"}
    runs = [run for paragraph in _paragraphs(letter) for run in paragraph.runs]
    assert runs and {run.font.name for run in runs} == {"Times New Roman"}


def test_the_parts_come_in_the_official_order(letter) -> None:
    text = [p.text for p in _paragraphs(letter)]
    order = ["UBND TỈNH HẢI DƯƠNG", "SỞ CÔNG THƯƠNG", "CỘNG HÒA", "Độc lập", "Số:", "V/v", "Hải Dương, ngày", "Kính gửi:",
             "Sở Công Thương nhận được", "Lãnh đạo Sở yêu cầu", "1. ", "2. ", "3. ", "Đề nghị các phòng", "Nơi nhận:",
             "GIÁM ĐỐC", "Trần Văn Hảo"]
    positions = [next(i for i, line in enumerate(text) if line.startswith(start)) for start in order]
    assert positions == sorted(positions)
    body = [p for p in _paragraphs(letter) if p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY]
    assert body and all(p.paragraph_format.first_line_indent == Mm(12.7) for p in body)
    assert body[-1].text.endswith("./.")


def test_blanks_of_the_registry_stay_blanks_to_fill_by_hand(letter) -> None:
    assert re.fullmatch(r"Số: \s{4,}/SCT-VP", _find(letter, "Số:").text)
    assert re.fullmatch(r"Hải Dương, ngày \s{4,} tháng 7 năm 2023", _find(letter, "Hải Dương").text)
    assert "…" not in "".join(p.text for p in _paragraphs(letter))


def _seed_lines() -> list[str]:
    return [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


def _listed_after(lines: list[str], heading: str) -> list[str]:
    """The "- …" lines right after `heading`, without dash and final ; or ."""
    start = lines.index(heading) + 1
    listed = []
    for line in lines[start:]:
        if not line.startswith("- "):
            break
        listed.append(line[2:].rstrip(";."))
    return listed


def _first_section(lines: list[str]) -> int:
    return next(index for index, line in enumerate(lines) if line.startswith("1. "))


def test_the_text_matches_the_seed_part_by_part(letter, site) -> None:
    seed, ours = _seed_lines(), [p.text for p in _paragraphs(letter)]
    # Kính gửi and Nơi nhận: the same names in the same order ("Các đ/c Lãnh đạo sở" holds "Lãnh đạo Sở").
    assert [_folded(n) for n in _listed_after(ours, "Kính gửi:")] == [_folded(n) for n in _listed_after(seed, "Kính gửi:")]
    for mine, theirs in zip(_listed_after(ours, "Nơi nhận:"), _listed_after(seed, "Nơi nhận:"), strict=True):
        assert _folded(mine) in _folded(theirs)
    # The three section headings, word for word.
    headings = [line for line in ours if re.match(r"\d\. ", line)]
    seed_headings = [line for line in seed if re.match(r"\d\. ", line)]
    assert len(headings) == len(seed_headings) == 3
    assert [_folded(mine) for mine in headings] == [_folded(theirs) for theirs in seed_headings]
    # Every document the seed names by number, date and issuer, named the same way in ours.
    letter_text = _folded(" ".join(ours))
    by_number = {d.number: d for d in site.documents if d.number}
    seed_text = " ".join(seed)
    references = list(re.finditer(r"(\w+ \w+) số (\S+) ngày (\d{2}/\d{1,2}/\d{4}) của ", seed_text))
    assert len({m.group(2) for m in references}) == 14
    for found in references:
        document = by_number[found.group(2)]
        named = f"{found.group(0)}{document.issuer_name}"
        assert _folded(seed_text[found.start():]).startswith(_folded(named)), named
        assert _folded(named) in letter_text, named
    assert _folded("Nghị quyết Đại hội XIII của Đảng") in letter_text
    # The opening (from the registry), the request before section 1 and the closing (the author's): word for word.
    before = [lines[lines.index("Kính gửi:") + 1 + len(_listed_after(lines, "Kính gửi:")):_first_section(lines)]
              for lines in (ours, seed)]
    assert before[0] == before[1] == [
        ("Sở Công Thương nhận được công văn số 1009/STTTT-TTBCXB ngày 04/7/2023 của Sở Thông tin và Truyền thông về việc "
         "tuyên truyền thực hiện các nhiệm vụ chính trị, phát triển kinh tế-xã hội;"),
        ("Lãnh đạo Sở yêu cầu các phòng, đơn vị và đề nghị Công đoàn ngành Công Thương Hải Dương phối hợp thực hiện "
         "một số nội dung sau:")]
    assert ours[ours.index("Nơi nhận:") - 1] == seed[seed.index("Nơi nhận:") - 1] == (
        "Đề nghị các phòng, đơn vị triển khai và phối hợp thực hiện./.")
    assert sum(line.endswith("./.") for line in ours) == 1
    # The signer.
    assert seed[-2:] == ours[-2:] == ["GIÁM ĐỐC", "Trần Văn Hảo"]


def test_the_pdf_is_a4_with_the_margins_and_the_official_head(pdf: Path, words) -> None:
    from pypdf import PdfReader

    pages = PdfReader(pdf).pages
    assert len(pages) == len(words) >= 2
    for page in pages:
        assert (round(float(page.mediabox.width) / MM), round(float(page.mediabox.height) / MM)) == (210, 297)
    first, second = words[0], words[1]
    left, right, top, bottom = 30 * MM, (210 - 15) * MM, 20 * MM, (297 - 20) * MM
    for page in words:
        body = [w for w in page if w[1] > top - 1]
        assert min(w[0] for w in body) >= left - 0.5 and max(w[2] for w in body) <= right + 0.5
        assert max(w[3] for w in body) <= bottom + 0.5
    # Justified lines reach both margins.
    assert min(w[0] for w in first) == pytest.approx(left, abs=0.5)
    assert max(w[2] for w in first) == pytest.approx(right, abs=1.5)
    # No number on page 1; on page 2, "2" at the top centre, inside the top margin.
    assert all(w[1] >= top - 1 for w in first)
    (number,) = [w for w in second if w[3] < top]
    assert number[4] == "2" and (number[0] + number[2]) / 2 == pytest.approx((left + right) / 2, abs=3)
    # The head: quốc hiệu on one line at the right, the issuing body at the left, on the same first line.
    lines = {}
    for word in first:
        lines.setdefault(round(word[1]), []).append(word)
    text_of = {y: "".join(w[4] for w in sorted(row)) for y, row in lines.items()}
    (row,) = [y for y, text in text_of.items() if "CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM" in text]
    assert "UBNDTỈNHHẢIDƯƠNG" in text_of[row]
    (date_row,) = [y for y, text in text_of.items() if "HảiDương,ngày" in text]
    assert "tháng7năm2023" in text_of[date_row]  # on one line


def test_the_recipients_dashes_line_up_under_the_colon_of_kinh_gui(words) -> None:
    """Phụ lục I, mục II.9a: each recipient on a line of its own, the dashes in line with each other under the colon."""
    first = words[0]
    (kinh,) = [w for w in first if w[4] == "Kính"]
    colon_end = max(w[2] for w in first if abs(w[1] - kinh[1]) < 1)
    dashes = [w for w in first if w[4] == "-" and kinh[1] < w[1] < kinh[1] + 4 * 17 and w[0] < 300]
    assert len(dashes) == 3 and len({round(w[0], 1) for w in dashes}) == 1
    colon_start = colon_end - 0.278 * 14  # a colon is 278 thousandths of an em wide
    # Within 3 pt: here “ử” comes from DejaVu Serif, a little wider than in Times New Roman.
    assert dashes[0][0] == pytest.approx(colon_start, abs=3)


def _horizontal_lines(pdf: Path) -> list[tuple[float, float, float]]:
    """The first page's stroked horizontal lines as (x from, x to, y from the top), following q, Q and cm."""
    from pypdf import PdfReader

    page = PdfReader(pdf).pages[0]
    height = float(page.mediabox.height)
    shifts, shift, start, lines = [], (0.0, 0.0), None, []
    for operands, operator in page.get_contents().operations:
        if operator == b"q":
            shifts.append(shift)
        elif operator == b"Q":
            shift = shifts.pop()
        elif operator == b"cm":
            shift = (shift[0] + float(operands[4]), shift[1] + float(operands[5]))
        elif operator == b"m":
            start = (float(operands[0]) + shift[0], float(operands[1]) + shift[1])
        elif operator == b"l" and start:
            end = (float(operands[0]) + shift[0], float(operands[1]) + shift[1])
            if abs(end[1] - start[1]) < 0.1 and abs(end[0] - start[0]) > 5:
                lines.append((min(start[0], end[0]), max(start[0], end[0]), height - start[1]))
            start = None
    return lines


def _span(words, text: str, x_from: float, x_to: float) -> tuple[float, float, float]:
    """(x from, x to, bottom) of the line of the first page that reads `text` between x_from and x_to."""
    rows = {}
    for word in words:
        if x_from <= word[0] and word[2] <= x_to:
            rows.setdefault(round(word[3]), []).append(word)
    for row in rows.values():
        if "".join(w[4] for w in sorted(row)) == text.replace(" ", ""):
            return min(w[0] for w in row), max(w[2] for w in row), max(w[3] for w in row)
    raise AssertionError(f"no line reads {text!r}")


def test_the_lines_under_the_issuing_body_and_the_motto_are_as_long_as_the_decree_says(pdf: Path, words) -> None:
    lines = _horizontal_lines(pdf)
    middle = (30 + 62) * MM  # where the head's left column ends
    body = _span(words[0], "SỞ CÔNG THƯƠNG", 0, middle)
    motto = _span(words[0], "Độc lập - Tự do - Hạnh phúc", middle, 600)
    under_body = [line for line in lines if line[1] <= middle and 0 < line[2] - body[2] < 8]
    under_motto = [line for line in lines if line[0] >= middle and 0 < line[2] - motto[2] + 4 < 8]
    assert under_body and under_motto, lines
    for start, end, _ in under_body:  # a third to a half of the name, centred under it
        assert (body[1] - body[0]) / 3 <= end - start <= (body[1] - body[0]) / 2
        assert (start + end) / 2 == pytest.approx((body[0] + body[1]) / 2, abs=2)
    for start, end, _ in under_motto:  # as long as the motto
        assert (start, end) == (pytest.approx(motto[0], abs=2), pytest.approx(motto[1], abs=2))


@pytest.mark.parametrize("page", [1, 2])
def test_the_first_two_pages_are_left_as_pictures_for_a_reviewer(pdf: Path, page: int) -> None:
    """Page 1 (the head, Kính gửi, the opening) and page 2 (its number, the closing, Nơi nhận, the signature)."""
    folder = SCREENSHOTS / "cong-van"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{DISPATCH}-trang-{page}"
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(target)],
                   check=True, timeout=60)
    picture = target.with_suffix(".png")
    assert picture.read_bytes().startswith(b"\x89PNG") and picture.stat().st_size > 10_000


def test_the_file_is_reproducible_from_its_data_and_the_build_date(site, letter_bytes: bytes) -> None:
    document = find_dispatch(site, DISPATCH)
    assert dispatch_docx(document, TEST_TODAY) == letter_bytes
    with zipfile.ZipFile(io.BytesIO(letter_bytes)) as archive:
        assert {entry.date_time for entry in archive.infolist()} == {(2026, 11, 26, 0, 0, 0)}
    properties = docx.Document(io.BytesIO(letter_bytes)).core_properties
    assert properties.created == properties.modified == dt.datetime(2026, 11, 26, tzinfo=dt.timezone.utc)
    assert "docProps/thumbnail.jpeg" not in zipfile.ZipFile(io.BytesIO(letter_bytes)).namelist()
    assert (properties.author, properties.title) == ("Sở Công Thương tỉnh Hải Dương", "Công văn số …/SCT-VP")
    assert dispatch_docx(document, TEST_TODAY + dt.timedelta(days=1)) != letter_bytes


def test_the_build_puts_the_word_file_beside_the_page_which_links_to_it(built_site: Path) -> None:
    word = built_site / "van-ban" / f"{DISPATCH}.docx"
    assert docx.Document(str(word)).paragraphs is not None
    page = (built_site / "van-ban" / DISPATCH / "index.html").read_text(encoding="utf-8")
    assert f'<a class="md-button cd-word" href="../{DISPATCH}.docx">Tải bản Word (.docx)</a>' in page
    assert check_site(built_site) == []  # the publish gate takes it


def test_a_document_that_is_not_a_complete_letter_gets_no_word_file(site) -> None:
    assert list(word_files(site, TEST_TODAY)) == [f"van-ban/{DISPATCH}.docx"]  # not 1009, 2416… which have no sections


def test_make_cong_van_writes_every_dispatch_and_says_where(project: Path, capsys) -> None:
    assert main(["--root", str(project), "cong-van"]) == 0
    assert capsys.readouterr().out == (f"Đã viết công văn dist/cong-van/{DISPATCH}.docx: mở bằng Word hoặc LibreOffice, "
                                       "điền số và ngày còn để trống.\n")
    assert docx.Document(str(project / "dist" / "cong-van" / f"{DISPATCH}.docx")).paragraphs


@pytest.mark.parametrize("ref, message", [
    ("khong-co", ("Không có văn bản “khong-co” trong sổ văn bản (campaigns/registries/documents/); "
                  f"các công văn của Sở: {DISPATCH}. Chưa ghi gì.")),
    ("2416/BTTTT-CATTT", ("Văn bản “2416/BTTTT-CATTT” chưa đủ để viết thành công văn: thiếu các mục (sections), "
                          "nơi nhận Kính gửi (recipients), người ký (signer) trong sổ văn bản (campaigns/registries/documents/). "
                          "Chưa ghi gì.")),
])
def test_bad_input_is_one_vietnamese_line_and_exit_1(project: Path, capsys, ref: str, message: str) -> None:
    assert main(["--root", str(project), "cong-van", "--id", ref]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", message + "\n")
    assert not (project / "dist").exists()


NEXT = """  - id: cong-van-so-cong-thuong-thang-8-2023
    number: …/SCT-VP
    kind: Công văn
    date: 2023-08
    issuer: so-cong-thuong
    subject: Tuyên truyền thực hiện các nhiệm vụ chính trị tháng 8/2023
    place: Hải Dương
    recipients:
      - cac-phong-thuoc-so
    archived_at:
      - vt
    sections:
      - Tuyên truyền các văn bản của Sở Y tế
    signer:
      name: Trần Văn Hảo
      position: Giám đốc
"""


def test_an_editor_drafts_the_next_dispatch_from_the_campaigns_marked_for_it(project: Path, capsys) -> None:
    """The guide's steps: a new registry entry with its sections, a campaign pointing to one, then make cong-van."""
    write_record(project, "documents", yaml.safe_load(NEXT)[0])
    campaign = project / "campaigns" / "an-toan-thuc-pham-nam-2023.yml"
    # Its own paragraph belongs to the July dispatch: moved to a new one, the campaign goes without, and is drafted.
    text = campaign.read_text(encoding="utf-8")
    own = text[text.index("  text:\n"):text.index("tasks:\n")]
    campaign.write_text(text.replace(f"  document: {DISPATCH}\n  section: 3\n  item: 2\n{own}",
                                     "  document: cong-van-so-cong-thuong-thang-8-2023\n  section: 1\n"), encoding="utf-8")
    assert main(["--root", str(project), "cong-van", "--id", "cong-van-so-cong-thuong-thang-8-2023"]) == 0, capsys.readouterr()
    letter = docx.Document(str(project / "dist" / "cong-van" / "cong-van-so-cong-thuong-thang-8-2023.docx"))
    text = [p.text for p in _paragraphs(letter)]
    assert "Kính gửi: Các phòng thuộc sở." in text  # one recipient: on the line of “Kính gửi”, as letters write it
    # No cites, request or closing: no sentence made up for them, "./." after the last campaign. The plan's
    # subject holds the campaign's title: the plan is named alone, the title not said twice.
    assert text[text.index("Kính gửi: Các phòng thuộc sở.") + 1] == "1. Tuyên truyền các văn bản của Sở Y tế:"
    assert ("Kế hoạch số 1368/KH-SYT ngày 26/6/2023 "
            "của Sở Y tế về Triển khai các hoạt động đảm bảo an toàn thực phẩm năm 2023./.") in text
    assert ["Nơi nhận:", "- Như trên;", "- Lưu: VT."] == text[text.index("Nơi nhận:"):text.index("Nơi nhận:") + 3]
    assert re.fullmatch(r"Hải Dương, ngày \s+ tháng 8 năm 2023", next(t for t in text if t.startswith("Hải Dương")))
    capsys.readouterr()
    # Both dispatches are still “…/SCT-VP”: the number alone does not say which.
    assert main(["--root", str(project), "cong-van", "--id", "…/SCT-VP"]) == 1
    assert capsys.readouterr().err == (f"Có 2 văn bản cùng số “…/SCT-VP”: chọn theo mã, ví dụ ID={DISPATCH} (các công văn "
                                       f"của Sở: {DISPATCH}, cong-van-so-cong-thuong-thang-8-2023). Chưa ghi gì.\n")


def test_a_project_with_mistakes_drafts_nothing(project: Path, capsys) -> None:
    campaign = project / "campaigns" / "an-toan-thuc-pham-nam-2023.yml"
    campaign.write_text(campaign.read_text(encoding="utf-8").replace("  section: 3\n", "  section: 9\n"), encoding="utf-8")
    assert main(["--root", str(project), "cong-van"]) == 1
    assert "không có mục 9" in capsys.readouterr().err
    assert not (project / "dist").exists()


@pytest.mark.parametrize("date, place, expected", [
    (PartialDate(2023, 7, 4), "Hải Dương", "Hải Dương, ngày 04 tháng 7 năm 2023"),
    (PartialDate(2024, 1, 15), "Hải Dương", "Hải Dương, ngày 15 tháng 01 năm 2024"),
    (PartialDate(2023, 7), "Hải Dương", "Hải Dương, ngày … tháng 7 năm 2023"),
    (PartialDate(2023), None, "ngày … tháng … năm 2023"),
    (None, "Hải Dương", "Hải Dương, ngày … tháng … năm …"),
])
def test_the_date_line_writes_what_is_known_and_leaves_the_rest_blank(date, place, expected: str) -> None:
    document = Document(ref="x", kind="Công văn", number="…/SCT-VP", date=date, place=place)
    assert wording.date_line(document) == expected
    assert wording.date_line(document, "__") == expected.replace("…", "__")
    assert wording.number_line(document, "__") == "Số: __/SCT-VP"


@pytest.mark.parametrize("kind, subject, expected", [
    ("Công văn", "tuyên truyền", "Công văn số 1/A ngày 04/7/2023 của Sở Y tế về việc tuyên truyền"),
    ("Kế hoạch", "Tuyên truyền", "Kế hoạch số 1/A ngày 04/7/2023 của Sở Y tế về Tuyên truyền"),
    ("Kế hoạch", None, "Kế hoạch số 1/A ngày 04/7/2023 của Sở Y tế"),
])
def test_a_document_is_named_as_the_seed_names_it(kind: str, subject: str | None, expected: str) -> None:
    issuer = Organization("so-y-te", "Sở Y tế")
    document = Document(ref="1/A", kind=kind, number="1/A", date=PartialDate(2023, 7, 4), issuer=issuer, subject=subject)
    assert wording.reference(document).text == expected


@pytest.mark.parametrize("request_, issuer, expected", [
    ("Lãnh đạo Sở yêu cầu …:", Organization("so-cong-thuong", "Sở Công Thương"),
     "Sở Công Thương nhận được công văn số 1/A ngày 04/7/2023 của Sở Y tế về việc tuyên truyền;"),
    (None, Organization("so-cong-thuong", "Sở Công Thương"),
     "Sở Công Thương nhận được công văn số 1/A ngày 04/7/2023 của Sở Y tế về việc tuyên truyền."),
    (None, None, "… nhận được công văn số 1/A ngày 04/7/2023 của Sở Y tế về việc tuyên truyền."),
])
def test_the_opening_names_what_the_dispatch_answers_as_the_seed_does(request_, issuer, expected: str) -> None:
    """One sentence with the request when there is one (“…;” then “Lãnh đạo Sở yêu cầu …:”), as in the seed."""
    cited = Document(ref="1/A", kind="Công văn", number="1/A", date=PartialDate(2023, 7, 4),
                     issuer=Organization("so-y-te", "Sở Y tế"), subject="tuyên truyền")
    dispatch = Document(ref="x", kind="Công văn", issuer=issuer, request=request_, cites=[cited])
    assert wording.opening(dispatch).text == expected
    assert wording.opening(Document(ref="x", kind="Công văn", issuer=issuer)) is None


@pytest.mark.parametrize("closing, expected", [
    ("Đề nghị các phòng, đơn vị thực hiện.", "Đề nghị các phòng, đơn vị thực hiện./."),
    ("Đề nghị các phòng, đơn vị thực hiện./.", "Đề nghị các phòng, đơn vị thực hiện./."),
    ("Đề nghị các phòng, đơn vị thực hiện ", "Đề nghị các phòng, đơn vị thực hiện./."),
    (None, None),
])
def test_the_closing_is_the_authors_sentence_with_the_end_mark_or_nothing(closing, expected) -> None:
    assert wording.closing_line(Document(ref="x", kind="Công văn", closing=closing)) == expected
