"""`make import` on long and hostile inputs: parsing in linear time, and every
bomb, malformed or over-large file refused with one Vietnamese line, exit 1,
bounded memory and nothing written (issue 23)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import hostile_files
import pytest
from conftest import ROOT
from sitegen.cli import main
from sitegen.importer.match import match, read_registries
from sitegen.importer.normalise import logical_lines
from sitegen.importer.parse import parse
from sitegen.importer.read import docx_text as docx_module
from sitegen.importer.read import ocr
from sitegen.importer.read import pdf_text as pdf_module
from sitegen.importer.read.docx_text import docx_text

# The issue asks for 5,000 lines in under 2 s; the bound is generous for a loaded
# two-core machine, and still fails by far a return to quadratic or cubic time
# (400 lines took 48 s; 5,000 never finished).
LINES = 5_000
BOUND_SECONDS = 10
LONG_TEXTS = {
    # No punctuation at the line ends: the whole text joins into one logical line of 5,000 citations.
    "one glued line of citations": lambda count: "\n".join(
        f"theo Công văn số {index}/UBND ngày 01/7/2023 của UBND tỉnh về việc số {index}" for index in range(count)),
    "a citation a line": lambda count: "\n".join(
        f"Căn cứ Quyết định số {index}/QĐ-UBND ngày 01/7/2023 của UBND tỉnh về việc thứ {index};" for index in range(count)),
    "prose with deadlines": lambda count: "\n".join(
        f"các phòng hoàn thành việc {index} trước ngày 10/3/2024 và báo cáo kết quả về Sở" for index in range(count)),
    "plain words": lambda count: "\n".join(f"dòng chữ thường số {index} không có dấu câu" for index in range(count)),
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("make", LONG_TEXTS.values(), ids=LONG_TEXTS.keys())
def test_a_long_text_is_parsed_and_matched_in_linear_time(make) -> None:
    text = make(LINES)
    registries = read_registries(ROOT)
    started = time.process_time()  # this process's CPU time: other work on the machine does not count
    lines = logical_lines(text)
    matched = match(parse(lines), registries, lines)
    seconds = time.process_time() - started
    assert seconds < BOUND_SECONDS, f"{LINES} lines took {seconds:.1f} s of CPU"
    assert len(matched.cited) in (0, LINES)  # every citation found, none lost to the bounds


@pytest.mark.timeout(120)
def test_a_long_word_file_is_read_and_parsed_in_linear_time(tmp_path: Path) -> None:
    """The issue's 550 KB .docx ran past five minutes: 5,000 paragraphs of citations now take seconds."""
    paragraphs = hostile_files.paragraphs(*(f"Căn cứ Quyết định số {index}/QĐ-UBND ngày 01/7/2023 của UBND tỉnh;"
                                            for index in range(LINES)))
    path = hostile_files.docx(tmp_path / "dai.docx", hostile_files.OPEN + paragraphs + hostile_files.CLOSE)
    started = time.process_time()
    lines = logical_lines(docx_text(path))
    parsed = parse(lines)
    seconds = time.process_time() - started
    assert len(parsed.citations) == LINES and seconds < BOUND_SECONDS, f"{seconds:.1f} s of CPU"


def files(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


WORD_ADVICE = "Mở bằng Word, lưu lại thành .docx (hoặc xuất ra PDF) rồi nhập lại; chưa ghi gì."
PDF_ADVICE = "Mở bằng trình đọc PDF, in ra PDF mới (hoặc tách phần cần nhập) rồi nhập lại; chưa ghi gì."
IMAGE_TOO_LARGE = ("Không đọc tệp {name}: ảnh quá 100 triệu điểm, lớn hơn mọi ảnh chụp văn bản: tệp hỏng hoặc độc hại; "
                   "chụp hoặc quét lại ở 300 dpi rồi nhập lại; chưa ghi gì.")
HOSTILE = {
    "zip bomb": (lambda path: hostile_files.zip_bomb(path, 600), ".docx",
                 "Không đọc tệp {name}: phần word/document.xml giải nén ra hơn 30 MB, gấp trăm lần một văn bản dài: "
                 f"tệp hỏng hoặc độc hại (bom nén). {WORD_ADVICE}"),
    "entity bomb": (lambda path: hostile_files.docx(path, hostile_files.billion_laughs()), ".docx",
                    "Không đọc tệp {name}: có khai báo DOCTYPE hoặc thực thể (ENTITY), điều Word không bao giờ ghi: "
                    f"tệp đã bị sửa, có thể độc hại. {WORD_ADVICE}"),
    "external entity": (lambda path: hostile_files.docx(path, '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM '
                                                              '"file:///etc/passwd">]><d>&x;</d>'), ".docx",
                        "Không đọc tệp {name}: có khai báo DOCTYPE hoặc thực thể (ENTITY), điều Word không bao giờ ghi: "
                        f"tệp đã bị sửa, có thể độc hại. {WORD_ADVICE}"),
    "nested too deep": (lambda path: hostile_files.docx(path, hostile_files.deep(100_000)), ".docx",
                        "Không đọc tệp {name}: phần word/document.xml lồng các thẻ XML sâu quá 256 tầng, điều Word không "
                        f"bao giờ ghi. {WORD_ADVICE}"),
    "malformed XML": (lambda path: hostile_files.docx(path, hostile_files.OPEN + "<w:p><w:r><w:t>Kế hoạch</w:r>"), ".docx",
                      "Không đọc tệp {name}: phần word/document.xml không đúng cú pháp XML (dòng 1, cột 172): "
                      f"tệp hỏng hoặc chưa tải về hết. {WORD_ADVICE}"),
    "thousands of entries": (lambda path: hostile_files.docx(path, hostile_files.OPEN + hostile_files.CLOSE, 3_000), ".docx",
                             "Không đọc tệp {name}: chứa 3003 tệp con, một tệp Word chỉ vài chục: tệp hỏng hoặc độc hại. "
                             f"{WORD_ADVICE}"),
    "no main part": (lambda path: hostile_files.docx(path, "").unlink() or _zip_without_document(path), ".docx",
                     "Tệp {name} không phải tệp Word (.docx) đọc được: mở bằng Word và lưu lại thành .docx; chưa ghi gì."),
    "PDF bomb": (lambda path: hostile_files.pdf_bomb(path, 60), ".pdf",
                 "Không đọc tệp {name}: một phần của tệp giải nén ra hơn 20 MB hoặc quá phức tạp, điều một văn bản không "
                 f"bao giờ cần: tệp hỏng hoặc độc hại (bom nén). {PDF_ADVICE}"),
    "too many pages": (lambda path: hostile_files.many_pages(path, 201), ".pdf",
                       f"Không đọc tệp {{name}}: có 201 trang, quá 200 trang của một văn bản. {PDF_ADVICE}"),
    "image bomb": (hostile_files.image_bomb, ".png", IMAGE_TOO_LARGE),
    "image over the bound": (lambda path: hostile_files.image_bomb(path, 3_200), ".png", IMAGE_TOO_LARGE),
    "not an image": (lambda path: path.write_bytes(b"\x89PNG\r\n\x1a\nnot really"), ".png",
                     "Tệp {name} không phải ảnh đọc được (tệp hỏng hoặc chưa tải về hết): chụp hoặc quét lại rồi nhập lại; "
                     "chưa ghi gì."),
    "too long a text": (lambda path: path.write_text("Sở Công Thương tuyên truyền.\n" * 40_000, encoding="utf-8"), ".txt",
                        "Tệp {name} dài 1.160.000 ký tự, quá 1.000.000 ký tự (khoảng 300 trang) của một văn bản: tách phần "
                        "cần nhập ra tệp riêng rồi nhập lại; chưa ghi gì."),
}


def _zip_without_document(path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", hostile_files.CONTENT_TYPES)
        archive.writestr("_rels/.rels", hostile_files.RELS)
    return path


@pytest.mark.timeout(60)
@pytest.mark.parametrize(("make", "suffix", "message"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_file_is_one_vietnamese_line_exit_1_and_nothing_written(project: Path, tmp_path: Path, capsys, make,
                                                                          suffix: str, message: str) -> None:
    path = tmp_path / f"van-ban{suffix}"
    make(path)
    assert path.stat().st_size < 3_000_000  # small on disk, whatever it holds
    before = files(project)
    assert main(["--root", str(project), "import", str(path)]) == 1
    assert capsys.readouterr() == ("", message.format(name=path.name) + "\n")
    assert files(project) == before


MEMORY_CASES = {"zip bomb": (lambda path: hostile_files.zip_bomb(path, 600), ".docx"),
                "entity bomb": (lambda path: hostile_files.docx(path, hostile_files.billion_laughs()), ".docx"),
                "PDF bomb": (lambda path: hostile_files.pdf_bomb(path, 60), ".pdf")}
MAX_MEMORY_MB = 500


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("make", "suffix"), MEMORY_CASES.values(), ids=MEMORY_CASES.keys())
def test_a_bomb_is_refused_in_bounded_memory_and_time(project: Path, tmp_path: Path, make, suffix: str) -> None:
    path = make(tmp_path / f"bom{suffix}")
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT / "scripts"), "LANG": "C.UTF-8"}
    before = files(project)
    output = tmp_path / "output.txt"
    started = time.perf_counter()
    with open(output, "wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "sitegen", "--root", str(project), "import", str(path)],
                                   env=environment, stdout=out, stderr=out)
    timer = threading.Timer(90, process.kill)  # a bound on the wait, then wait4 gives the child's peak memory
    timer.start()
    _, status, usage = os.wait4(process.pid, 0)
    timer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds, megabytes, said = time.perf_counter() - started, usage.ru_maxrss / 1024, output.read_text(encoding="utf-8")
    assert process.returncode == 1 and said.count("\n") == 1 and said.startswith("Không đọc tệp bom"), said
    assert megabytes < MAX_MEMORY_MB and seconds < 30, f"{megabytes:.0f} MB, {seconds:.1f} s"
    assert files(project) == before


def test_the_word_reader_keeps_reading_order_tables_line_breaks_and_text_boxes_once(tmp_path: Path) -> None:
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    body = (hostile_files.OPEN
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>UBND TỈNH</w:t></w:r></w:p><w:p><w:r><w:t>SỞ CÔNG THƯƠNG</w:t></w:r></w:p>"
              "</w:tc><w:tc><w:p><w:r><w:t>CỘNG HÒA</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">Số: 12/</w:t></w:r><w:r><w:t>KH-SCT</w:t><w:br/><w:t>KẾ HOẠCH</w:t>"
              "</w:r></w:p>"
            + f'<w:p><w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r>'
              "<w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r>"
              "<w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r>"
              "<w:r><w:delText>đã xóa</w:delText><w:t>Căn cứ</w:t><w:tab/><w:t>Luật</w:t></w:r></w:p>"
            + hostile_files.CLOSE)
    path = hostile_files.docx(tmp_path / "a.docx", body)
    assert docx_text(path).split("\n") == ["UBND TỈNH", "SỞ CÔNG THƯƠNG", "CỘNG HÒA", "Số: 12/KH-SCT", "KẾ HOẠCH",
                                           "Hộp chữ", "Căn cứ\tLuật"]


def test_the_bounds_are_what_the_messages_say() -> None:
    assert (docx_module.MAX_PART_BYTES, docx_module.MAX_DEPTH, pdf_module.MAX_STREAM_BYTES, pdf_module.MAX_PAGES,
            ocr.MAX_IMAGE_PIXELS) == (30_000_000, 256, 20_000_000, 200, 100_000_000)


def _signed_in_an_e_office(path: Path, stamps: list[tuple[str, float, float]]) -> Path:
    """The letter at `path` with its serial and day stamped as signature fields' appearances, as an e-office system
    registers a signed letter: (text, left, bottom) each, in points."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(str(path)))
    page = writer.pages[0]
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    annotations = ArrayObject()
    for number, (text, left, bottom) in enumerate(stamps):
        appearance = DecodedStreamObject()
        appearance.set_data(f"BT /F1 10 Tf 1 3 Td ({text}) Tj ET".encode())
        appearance.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                           NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(33), FloatObject(14)]),
                           NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject(
                               {NameObject("/F1"): writer._add_object(font)})})})
        annotations.append(writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Sig"), NameObject("/T"): TextStringObject(f"Signature{number}"),
            NameObject("/Rect"): ArrayObject([FloatObject(left), FloatObject(bottom), FloatObject(left + 33),
                                              FloatObject(bottom + 14)]),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(appearance)})})))
    page[NameObject("/Annots")] = annotations
    writer.write(str(path))
    return path


@pytest.mark.parametrize(("stamps", "number", "day"), [
    # The serial on the page's left half, the day on its right: both put into the blanks the letter left.
    ([("2826", 138, 724), ("19", 378, 725)], "2826/SCT-CN", 19),
    # A stamp that is no serial or day (a signer's name) fills nothing; the blanks stay for the clerk.
    ([("Hoàng Văn Thuân", 138, 724), ("45", 378, 725)], "/SCT-CN", None),
])
def test_a_pdf_signed_in_an_e_office_gives_the_serial_and_day_stamped_on_it(tmp_path: Path, stamps, number, day) -> None:
    import import_corpus

    letter = ("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố:         /SCT-CN\nLào Cai, ngày      tháng 5 năm 2026\n"
              "V/v phúc đáp đề nghị hướng dẫn an toàn kho vật liệu nổ công nghiệp\nKính gửi: Công ty cổ phần Mông Sơn\n"
              + "Sở Công Thương tỉnh Lào Cai nhận được Văn bản số 01/CV-MS ngày 14/5/2026 của Công ty cổ phần Mông Sơn.\n" * 3)
    pdf = _signed_in_an_e_office(import_corpus.write_pdf(letter, tmp_path / "cong-van.pdf"), stamps)
    parsed = parse(logical_lines(pdf_module.pdf_text(pdf)))
    assert (parsed.number.value, parsed.date.value.day) == (number, day)
