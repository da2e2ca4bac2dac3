"""The department's dispatch as a Word file in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I.

Drafted from the same model as its web page, with the same sentences
(model/wording.py): what the registry leaves blank (the number, the day) is a
blank to fill by hand. Written with python-docx; only the page number field
and paragraph borders, which python-docx has no API for, are set as OOXML.
The file is reproducible: its dates and its zip entries' times are the
build's date, so the same sources and SOURCE_DATE_EPOCH give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from ..model import page_paths as paths
from ..model import wording
from ..load.department import Department
from ..model.site import Document, Site

FONT = "Times New Roman"
# Page and margins (Phụ lục I, mục II.5): A4; top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
PAGE = (Mm(210), Mm(297))
MARGINS = {"top": Mm(20), "bottom": Mm(20), "left": Mm(30), "right": Mm(15)}
# The two columns of the head and of the signature block, together the text width (165 mm).
LEFT_COLUMN, RIGHT_COLUMN = Mm(62), Mm(103)
# A blank of the registry (…), as wide as a few digits to write by hand.
BLANK = "\u00a0" * 6


@dataclass(frozen=True)
class Part:
    """The type of one part of the letter: size in points, bold, italic, capitals (Phụ lục I, mục II)."""

    size: float
    bold: bool = False
    italic: bool = False
    caps: bool = False


# Each part at a size within the range the decree gives for it.
PARTS = {
    "quoc_hieu": Part(12, bold=True, caps=True),       # 12–13, in hoa, đậm
    "tieu_ngu": Part(13, bold=True),                   # 13–14, đậm, gạch chân bằng độ dài dòng chữ
    "co_quan_chu_quan": Part(13, caps=True),           # 12–13, in hoa, đứng
    "co_quan": Part(13, bold=True, caps=True),         # 12–13, in hoa, đậm
    "so_ky_hieu": Part(13),                            # 13, đứng
    "trich_yeu": Part(12),                             # 12–13, đứng, canh giữa dưới số ký hiệu
    "dia_danh": Part(14, italic=True),                 # 13–14, nghiêng
    "kinh_gui": Part(14),                              # 14, đứng
    "noi_dung": Part(14),                              # 13–14
    "muc": Part(14, bold=True),                        # tiêu đề mục của nội dung
    "chuc_vu": Part(14, bold=True, caps=True),         # 13–14, in hoa, đậm
    "ho_ten": Part(14, bold=True),                     # 13–14, đậm
    "noi_nhan": Part(12, bold=True, italic=True),      # "Nơi nhận:" 12, nghiêng, đậm
    "noi_nhan_list": Part(11),                         # 11, đứng
    "so_trang": Part(14),                              # 13–14, canh giữa ở lề trên, từ trang 2
}
# Lines under the issuing body: a third to a half of its name's length (Phụ lục I, mục II.3).
UNDERLINE_SHARE = 0.4
# Average advance of Times New Roman bold capitals, in ems: enough to centre that short line.
CAPS_ADVANCE = 0.68
# "Kính gửi:" stands this far in; its recipients' dashes line up under its colon (Phụ lục I, mục II.9a), which
# starts "Kính gửi" later: 3,528 thousandths of an em in Times New Roman, at 14 pt 17.4 mm.
RECIPIENTS_INDENT = Mm(25)
RECIPIENTS_DASHES = Mm(25 + 17.4)


def word_files(site: Site, today: dt.date) -> dict[str, bytes]:
    """Each dispatch of the department that has all a letter needs, as a Word file beside its page."""
    return {paths.dispatch_word_file(document.slug): dispatch_docx(document, today, site.department)
            for document in site.documents if document.is_dispatch and not wording.letter_gaps(document)}


def dispatch_docx(document: Document, today: dt.date, department: Department | None = None) -> bytes:
    """The Word file of `document`, a dispatch with sections, recipients and a signer, dated `today` inside;
    `department` gives the number's suffix and the place when the registry gives neither."""
    letter = docx.Document()
    _set_defaults(letter)
    _set_page(letter)
    _head(letter, document, department)
    _recipients(letter, document)
    _body(letter, document)
    _signature(letter, document)
    _set_properties(letter, document, today)
    buffer = io.BytesIO()
    letter.save(buffer)
    return _fixed_times(buffer.getvalue(), today)


def _set_defaults(letter: docx.document.Document) -> None:
    """Times New Roman for every script, Vietnamese as the language, body size, no space before paragraphs."""
    normal = letter.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(PARTS["noi_dung"].size)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(script), FONT)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "vi-VN")
    normal.element.get_or_add_rPr().append(language)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0


def _set_page(letter: docx.document.Document) -> None:
    """A4, the decree's margins; the page number at the top centre from page 2 on."""
    section = letter.sections[0]
    section.page_width, section.page_height = PAGE
    for side, size in MARGINS.items():
        setattr(section, f"{side}_margin", size)
    section.header_distance = Mm(10)
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(number.add_run(), PARTS["so_trang"])


def _page_field(run, part: Part) -> None:
    """A PAGE field in `run` (python-docx has no field API)."""
    _style(run, part)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "2"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = " PAGE "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _style(run, part: Part) -> None:
    run.font.name = FONT
    run.font.size = Pt(part.size)
    run.font.bold = part.bold
    run.font.italic = part.italic


def _line(container, text: str, part: str, align=WD_ALIGN_PARAGRAPH.CENTER, *, after: float = 0) -> Paragraph:
    """One paragraph of `text` in the type of `part` (capitals written as capitals, not as a font effect)."""
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(after)
    shape = PARTS[part]
    _style(paragraph.add_run(text.upper() if shape.caps else text), shape)
    return paragraph


def _cell_paragraph(cell: _Cell, text: str, part: str, **options) -> Paragraph:
    """The first line of a cell goes into the paragraph the cell already has."""
    if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text and not cell.paragraphs[0].runs:
        paragraph = cell.paragraphs[0]
        paragraph._p.getparent().remove(paragraph._p)
    return _line(cell, text, part, **options)


def _rule(cell: _Cell, length: float, width: float) -> None:
    """A solid line of `length` (EMU) centred in a column of `width` (EMU): an empty paragraph's bottom border."""
    paragraph = cell.add_paragraph()
    indent = max(0, int((width - length) / 2))
    paragraph.paragraph_format.left_indent = indent
    paragraph.paragraph_format.right_indent = indent
    paragraph.paragraph_format.line_spacing = Pt(2)  # the line right under the name, not a text line below it
    paragraph.paragraph_format.space_before = Pt(3)
    paragraph_properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(name), value)
    borders.append(bottom)
    paragraph_properties.append(borders)
    paragraph.paragraph_format.space_after = Pt(6)


def _table(letter: docx.document.Document, rows: int) -> docx.table.Table:
    """A borderless table of two columns spanning the text width (the head, the signature)."""
    table = letter.add_table(rows=rows, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, (LEFT_COLUMN, RIGHT_COLUMN)):
        column.width = width  # the grid, which LibreOffice follows
    for row in table.rows:
        for cell, width in zip(row.cells, (LEFT_COLUMN, RIGHT_COLUMN)):
            cell.width = width
    return table


def _head(letter: docx.document.Document, document: Document, department: Department | None = None) -> None:
    """Issuing body, number and subject on the left; quốc hiệu, tiêu ngữ, place and date on the right."""
    table = _table(letter, 2)
    left, right = table.rows[0].cells
    issuer = document.issuer
    if issuer.parent:
        _cell_paragraph(left, issuer.parent.name, "co_quan_chu_quan")
    _cell_paragraph(left, document.issuer_name, "co_quan")
    cell_width = LEFT_COLUMN - Mm(3.8)  # less the cell's own margins
    name_length = Pt(PARTS["co_quan"].size) * CAPS_ADVANCE * len(document.issuer_name)
    _rule(left, name_length * UNDERLINE_SHARE, cell_width)
    _cell_paragraph(right, "Cộng hòa xã hội chủ nghĩa Việt Nam", "quoc_hieu")
    motto = _cell_paragraph(right, "Độc lập - Tự do - Hạnh phúc", "tieu_ngu")
    motto.runs[0].font.underline = True  # a line exactly as long as the motto
    motto.paragraph_format.space_after = Pt(6)
    left, right = table.rows[1].cells
    _cell_paragraph(left, wording.number_line(document, BLANK, department.dispatch_suffix if department else ""),
                    "so_ky_hieu", after=4)
    _cell_paragraph(left, f"V/v {document.subject}" if document.subject else "", "trich_yeu")
    _cell_paragraph(right, wording.date_line(document, BLANK, department.place if department else ""), "dia_danh")
    letter.add_paragraph().paragraph_format.space_after = Pt(6)


def _recipients(letter: docx.document.Document, document: Document) -> None:
    """"Kính gửi:" then one recipient a line, "-" before, ";" after, "." after the last, the dashes under the colon."""
    names = [wording.letter_name(unit) for unit in document.recipients]
    if len(names) == 1:
        paragraph = _line(letter, f"Kính gửi: {names[0]}.", "kinh_gui")
        paragraph.paragraph_format.space_after = Pt(12)
        return
    heading = _line(letter, "Kính gửi:", "kinh_gui", WD_ALIGN_PARAGRAPH.LEFT)
    heading.paragraph_format.left_indent = RECIPIENTS_INDENT
    heading.paragraph_format.keep_with_next = True
    for index, name in enumerate(names):
        line = _line(letter, f"- {name}{'.' if index == len(names) - 1 else ';'}", "kinh_gui", WD_ALIGN_PARAGRAPH.LEFT)
        line.paragraph_format.left_indent = RECIPIENTS_DASHES
    line.paragraph_format.space_after = Pt(12)


def _body_paragraph(letter: docx.document.Document, text: str, part: str = "noi_dung") -> Paragraph:
    """A paragraph of the body: justified, its first line indented 1.27 cm, 6 pt after (Phụ lục I, mục II.8)."""
    paragraph = _line(letter, text, part, WD_ALIGN_PARAGRAPH.JUSTIFY, after=6)
    paragraph.paragraph_format.first_line_indent = Mm(12.7)
    return paragraph


def _body(letter: docx.document.Document, document: Document) -> None:
    """What the dispatch answers, the author's request, each section with its items (own or drafted), the closing;
    "./." ends the body. A sentence the registry lacks is left out."""
    opening = wording.opening(document)
    for text in (opening.text if opening else None, document.request):
        if text:
            _body_paragraph(letter, text)
    paragraphs = []
    for number, heading in enumerate(document.sections, start=1):
        title = _body_paragraph(letter, wording.section_heading(number, heading) + ":", "muc")
        title.paragraph_format.keep_with_next = True
        items = wording.section_items(document, number)
        for text in wording.paragraph_texts(items) or [wording.EMPTY_SECTION]:
            paragraphs.append(_body_paragraph(letter, text))
    closing = wording.closing_line(document)
    if closing:
        _body_paragraph(letter, closing)
    else:
        last = paragraphs[-1].runs[-1]
        last.text = wording.ended(last.text)


def _signature(letter: docx.document.Document, document: Document) -> None:
    """Nơi nhận on the left; the signer's title and name on the right, room to sign between."""
    letter.add_paragraph()
    table = _table(letter, 1)
    left, right = table.rows[0].cells
    _cell_paragraph(left, "Nơi nhận:", "noi_nhan", align=WD_ALIGN_PARAGRAPH.LEFT)
    lines = wording.copies_lines(document)
    for index, line in enumerate(lines):
        _line(left, f"- {line}{'.' if index == len(lines) - 1 else ';'}", "noi_nhan_list", WD_ALIGN_PARAGRAPH.LEFT)
    _cell_paragraph(right, document.signer.position, "chuc_vu", after=72)
    _line(right, document.signer.name, "ho_ten")


def _set_properties(letter: docx.document.Document, document: Document, today: dt.date) -> None:
    """Title, author and dates of the file: nothing of the machine or the moment it was written on."""
    moment = dt.datetime.combine(today, dt.time(0, 0), tzinfo=dt.timezone.utc)
    properties = letter.core_properties
    properties.title = document.name
    properties.subject = document.subject or ""
    properties.author = properties.last_modified_by = document.issuer.full_name or document.issuer.name
    properties.created = properties.modified = properties.last_printed = moment
    properties.revision = 1
    properties.comments = properties.keywords = properties.category = ""
    properties.language = "vi-VN"
    # python-docx's template carries a thumbnail of some other page: a file manager would show it.
    package = letter.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype == RT.THUMBNAIL:
            package.rels.pop(key)


def _fixed_times(content: bytes, today: dt.date) -> bytes:
    """The same zip with every entry dated `today` at midnight (python-docx dates them with the clock)."""
    stamp = (today.year, today.month, today.day, 0, 0, 0)
    fixed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry.filename))
    return fixed.getvalue()
