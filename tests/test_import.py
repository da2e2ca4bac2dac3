"""`make import`: from an incoming document to registry entries and a draft campaign.

On the seed dispatch, on a plan written here in the official layout as .docx,
.pdf and a scan of that PDF (OCR), on pasted text with broken lines, and on
everything an editor may give it by mistake.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import official_letter
import pytest
from conftest import ROOT, clear_review, copy_project_with_make, field_at_line, make_environment, review_notes
from sitegen.cli import main
from sitegen.failures import RunFailed
from sitegen.fmt.files import form_problems
from sitegen.importer.match import match, read_registries
from sitegen.importer.normalise import logical_lines
from sitegen.importer.parse import parse
from sitegen.importer.run import import_document
from sitegen.load.loader import load_yaml_text
from sitegen.load.sources import load_sources
from sitegen.problems import ProblemsFound

SEED = official_letter.SEED
TODAY = dt.date(2026, 11, 27)
PLAN_CAMPAIGN = "campaigns/tuyen-truyen-huong-ung-ngay-quyen-cua-nguoi-tieu-dung-viet-nam-nam-2024.yml"


@pytest.fixture(scope="session")
def letters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The plan as .docx, .pdf and a scanned .pdf, made once."""
    if not (official_letter.FONT_DIR / "DejaVuSerif.ttf").exists():
        pytest.fail(f"{official_letter.FONT_DIR} is missing: install Debian's fonts-dejavu-core (make test installs it as root)")
    folder = tmp_path_factory.mktemp("letters")
    pdf = official_letter.write_pdf(folder / "ke-hoach.pdf")
    return {"docx": official_letter.write_docx(folder / "ke-hoach.docx"), "pdf": pdf,
            "scan": official_letter.write_scan(pdf, folder / "ban-quet.pdf")}


def files(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


REGISTRIES = Path("campaigns") / "registries"


def new_records(project: Path, before: dict[str, bytes], registry: str = "documents") -> dict[str, str]:
    """The record files of `registry` an import added (by name), with their text: it writes new files only."""
    now = files(project / REGISTRIES)
    assert all(now[path] == text for path, text in before.items()), "an import changed a record that was there"
    return {path.split("/", 1)[1]: now[path].decode("utf-8") for path in sorted(set(now) - set(before))
            if path.startswith(f"{registry}/")}


def seed_text() -> str:
    if not SEED.exists():
        pytest.fail(f"the seed dispatch is missing: {SEED}")
    return SEED.read_text(encoding="utf-8")


def cited_facts(text: str) -> list[tuple]:
    """(number, ref in the registry, date, issuer id, subject) of every document the text cites."""
    lines = logical_lines(text)
    parsed = parse(lines)
    matched = match(parsed, read_registries(ROOT), lines)
    return [(d.citation.number, d.ref, d.citation.date.iso if d.citation.date else None, d.issuer.id if d.issuer else None,
             d.citation.subject) for d in matched.cited]


def test_the_seed_every_reference_with_its_date_and_issuer_its_sections_and_recipients() -> None:
    registry = read_registries(ROOT).documents
    # Every numbered document of the registry up to the seed's month: the seed cites them all (the Quốc hội's 2025
    # resolution, recorded for the merger of the province, came later).
    expected = sorted((record["number"], str(record["date"]), record["issuer"]) for record in registry
                      if record.get("number", "")[:1].isdigit() and str(record["date"]) < "2023-08")
    assert len(expected) == 14
    found = cited_facts(seed_text())
    assert sorted((number, date, issuer) for number, ref, date, issuer, _ in found) == expected
    assert all(number == ref for number, ref, *_ in found)  # every one matched, none new
    lines = logical_lines(seed_text())
    parsed = parse(lines)
    matched = match(parsed, read_registries(ROOT), lines)
    assert [found.value for found in parsed.sections] == [
        "Tuyên truyền nội dung các văn bản của Bộ TTTT",
        "Tuyên truyền sâu rộng các văn bản chỉ đạo, hướng dẫn của Tỉnh ủy, UBND tỉnh",
        "Thực hiện đúng chỉ đạo, định hướng, hướng dẫn tuyên truyền của các Sở, ban, ngành tại các văn bản"]
    assert [unit for _, unit in matched.recipients] == ["cac-phong-thuoc-so", "cac-don-vi-truc-thuoc-so",
                                                       "cong-doan-nganh-cong-thuong"]
    assert [unit for _, unit in matched.copies_to + matched.archived_at] == ["lanh-dao-so", "website-so", "vt", "vp"]
    assert (parsed.number.value, parsed.place.value, parsed.date.value.iso) == ("/SCT-VP", "Hải Dương", "2023-07")
    assert matched.document.ref == "cong-van-so-cong-thuong-thang-7-2023"  # the blank-numbered dispatch, already known
    assert (parsed.signer.position.value, parsed.signer.name.value) == ("Giám đốc", "Trần Văn Hảo")


def test_the_seed_with_lines_broken_as_e_mail_breaks_them_gives_the_same_references() -> None:
    broken = official_letter.broken_like_email(seed_text())
    assert broken.count("\n") > seed_text().count("\n") + 40
    assert cited_facts(broken) == cited_facts(seed_text())


def test_importing_the_seed_adds_no_registry_entry_and_a_draft_that_passes_check(project: Path) -> None:
    before = files(project / "campaigns" / "registries")
    summary = import_document(project, SEED, TODAY)
    assert files(project / "campaigns" / "registries") == before
    assert "  (sổ văn bản và danh mục cơ quan đã có đủ, không thêm gì)" in summary
    assert '  Số ký hiệu: /SCT-VP (dòng 3: "Số: /SCT-VP")' in summary
    load_sources(project)


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_plan_in_word_or_pdf_becomes_registry_entries_and_a_draft_campaign(project: Path, letters, kind: str) -> None:
    before = files(project / REGISTRIES)
    summary = import_document(project, letters[kind], TODAY)
    records = new_records(project, before)  # new files only, the registry's own untouched
    added = "".join(records.values())
    for number, kind_name, date, issuer in official_letter.CITED[:3]:
        assert f"number: {number}\nkind: {kind_name}\ndate: {date}\nissuer: {issuer}\n" in added
    assert "number: 855" not in added  # 855/CV-BTGTU is 855-CV/BTGTU: not entered again
    assert "  - 855-CV/BTGTU\n" in added  # … and cited by its registry number
    assert "signer:\n  name: Nguyễn Thị Minh Hằng\n  position: Phó Giám đốc\n" in added
    organizations = new_records(project, before, "organizations")
    # The Quốc hội (issuer of 19/2023/QH15) is in the registry already, as the issuer of the 2025 resolution: not added.
    assert len(list((project / REGISTRIES / "organizations").glob("*.yml"))) == 16 and organizations == {}
    draft = (project / PLAN_CAMPAIGN).read_text(encoding="utf-8")
    assert "\nstart: 2023-11-15\nend: 2024-02-29\n" in draft
    # The plan carries out 4071/KH-UBND and 855-CV/BTGTU ("Thực hiện …"); its legal bases ("Căn cứ …") are its cites.
    assert "documents:\n  - 215/KH-SCT\n  - 4071/KH-UBND\n  - 855-CV/BTGTU\n" in draft and "  - 19/2023/QH15\n" not in draft
    assert "cites:\n  - 19/2023/QH15\n  - 98/2020/NĐ-CP\n  - 4071/KH-UBND\n  - 855-CV/BTGTU\n" in added
    assert any(field == "tasks" and re.search(r'^nhiệm vụ 2 lập từ câu có hạn; hạn chỉ nêu tháng 12/2023: .*, dòng \d+: "2\. Các '
                                              r'phòng', note) for field, note in review_notes(draft))
    assert "    due: 2024-03-10\n" in draft
    assert draft.index("title:") < draft.index("summary:") < draft.index("start:") < draft.index("documents:") < draft.index(
        "tasks:") < draft.index("tags:")  # the schema's order, which the form editor keeps
    assert "  Người ký: Phó Giám đốc Nguyễn Thị Minh Hằng" in summary
    assert sorted(re.findall(r"^  campaigns/registries/documents/(\S+): văn bản mới, \d+ chỗ", summary, re.MULTILINE)) == [
        *records]
    assert len(records) == 4
    load_sources(project)  # make check's content rules pass as written
    marks = form_problems(project)  # … and its form check names every mark, and nothing else
    assert marks and all(problem.message.startswith("Còn chỗ cần kiểm tra của make import") for problem in marks)
    for path in [*(project / REGISTRIES / "documents" / name for name in records),
                 *(project / REGISTRIES / "organizations" / name for name in organizations), project / PLAN_CAMPAIGN]:
        clear_review(path)  # as a person does once each field is checked
    assert form_problems(project) == []  # the files are in the web editor's form


def test_a_scan_is_read_by_ocr_and_every_fact_marked(project: Path, letters) -> None:
    before = files(project / REGISTRIES)
    summary = import_document(project, letters["scan"], TODAY)
    assert summary.startswith("Đã đọc ban-quet.pdf (đọc chữ từ ảnh (OCR), ")
    added = "".join(new_records(project, before).values())
    recovered = [number for number, kind, date, issuer in official_letter.CITED
                 if f"number: {number}\n" in added or f"  - {number}\n" in added]
    assert len(recovered) >= 3, f"OCR recovered {recovered} of {len(official_letter.CITED)} references"
    draft = (project / PLAN_CAMPAIGN).read_text(encoding="utf-8")
    assert any(field == "start" and note.startswith("đọc bằng OCR, thời gian chiến dịch") for field, note in review_notes(draft))
    notes = [note for path in new_records(project, before) for _, note in review_notes(
        (project / REGISTRIES / "documents" / path).read_text(encoding="utf-8"))]
    assert notes and all("đọc bằng OCR" in note for note in notes if "dòng" in note)


LETTER = """\
UBND TỈNH HẢI DƯƠNG
SỞ CÔNG THƯƠNG
Số: …/SCT-QLTM
V/v triển khai Công điện số 12/CĐ-UBND
của UBND tỉnh
Hải Dương, ngày   tháng 7 năm 2023
Kính gửi:
- Các phòng thuộc sở;
- Phòng Quản lý thương mại;
Thực hiện Công điện số 12/CĐ-UBND ngày 03/7/2023 của UBND tỉnh về tăng cường phòng chống buôn lậu và văn bản
số 45/UBND ngày 05/7/2023 của UBND huyện Gia Lộc, Sở Công Thương đề nghị các phòng báo cáo trước ngày 20/7/2023.
Các phòng bám sát Đề án số 06/ĐA-UBND ngày 01/6/2023 của UBND tỉnh.
GIÁM ĐỐC
Trần Văn Hảo
"""


def test_the_draft_fails_check_only_on_marked_fields_and_passes_once_they_are_filled(project: Path, tmp_path: Path) -> None:
    letter = tmp_path / "cong-van.txt"
    letter.write_text(LETTER, encoding="utf-8")
    summary = import_document(project, letter, TODAY)
    assert "  Kính gửi: Phòng Quản lý thương mại → chưa có trong danh mục đơn vị" in summary
    with pytest.raises(ProblemsFound) as failed:
        load_sources(project)
    for problem in failed.value.problems:
        text = (project / problem.path).read_text(encoding="utf-8")
        marked = {field for field, _ in review_notes(text)}
        assert field_at_line(text, problem.line) in marked, f"{problem} is not on a marked field"
    added = ""
    for path in sorted((project / REGISTRIES / "documents").glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        if "make import" in text:
            filled = text.replace("kind: null\n", "kind: Công văn\n")  # (a Công điện is filed as one)
            path.write_text(filled, encoding="utf-8")
            added += filled
    load_sources(project)
    assert ('note: "Số văn bản để trống trong bản gốc (“Số: …/SCT-QLTM”); ngày ghi “ngày\n'
            '  tháng 7 năm 2023”."\n') in added
    assert "id: cong-van-sct-qltm-2023-07\nnumber: …/SCT-QLTM\n" in added
    assert "number: 12/CĐ-UBND\nkind: Công điện\n" in added and "chưa có trong danh sách" not in added
    assert "number: 06/ĐA-UBND\nkind: Đề án\n" in added  # (a scheme is filed as one)


def test_importing_twice_refuses_and_changes_nothing(project: Path, letters) -> None:
    import_document(project, letters["docx"], TODAY)
    before = files(project)
    with pytest.raises(RunFailed, match=f"^Đã có tệp {PLAN_CAMPAIGN} \\(văn bản này đã được nhập"):
        import_document(project, letters["docx"], TODAY)
    assert files(project) == before


def _encrypted_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_encryption(owner_password="chu", user_password="mat-khau")
    pdf.output(str(path))


def _blank_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.output(str(path))


NOT_A_DOCUMENT = ("{name} không chứa văn bản hành chính nào: không thấy số ký hiệu, không thấy văn bản nào được dẫn chiếu "
                  "theo số, cũng không thấy tên loại văn bản (Kế hoạch, Quyết định…) kèm ngày, cơ quan ban hành hay trích "
                  "yếu. Kiểm tra lại tệp (có phải văn bản đến không); chưa ghi gì.")
# An e-invoice as its PDF reads (a number without a symbol, dates, amounts), and a page of prose.
INVOICE = """\
HÓA ĐƠN GIÁ TRỊ GIA TĂNG
(Bản thể hiện của hóa đơn điện tử)
Ngày 15 tháng 3 năm 2024
Mẫu số: 1  Ký hiệu: C24TAA  Số: 00001234
Đơn vị bán hàng: CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ AN PHÁT
Mã số thuế: 0801234567
Địa chỉ: Số 12 đường Nguyễn Lương Bằng, thành phố Hải Dương
Họ tên người mua hàng: Sở Công Thương tỉnh Hải Dương
STT Tên hàng hóa, dịch vụ Đơn vị tính Số lượng Đơn giá Thành tiền
1 Giấy in A4 Ram 20 85.000 1.700.000
Cộng tiền hàng: 1.700.000 Thuế suất GTGT: 8% Tiền thuế GTGT: 136.000
Tổng cộng tiền thanh toán: 1.836.000
Số tiền viết bằng chữ: Một triệu tám trăm ba mươi sáu nghìn đồng.
"""
NOVEL = """\
Chương một

Kế hoạch của chúng tôi bắt đầu vào một buổi sáng mùa thu, khi sương còn đọng trên những mái ngói.
Bà tôi bảo rằng năm ấy lúa chín sớm, và cả làng đổ ra đồng từ lúc trời chưa sáng hẳn.
Tôi nhớ tiếng cười của mẹ, tiếng gọi nhau í ới bên kia bờ sông, và mùi rơm mới phơi trên sân đình.
Ngày 12 tháng 9 năm ấy, chiếc xe khách đầu tiên về tới đầu làng, mang theo những lá thư từ thành phố.
"""
# The opening of a translation as a law site shows it in English.
TRANSLATION = """\
MINISTRY OF INDUSTRY AND TRADE
SOCIALIST REPUBLIC OF VIETNAM
Independence - Freedom - Happiness
No. 38/2015/TT-BCT
Hanoi, October 30, 2015
CIRCULAR
DETAILING CERTAIN CONTENTS OF THE INVESTMENT IN THE FORM OF PUBLIC-PRIVATE PARTNERSHIP
Pursuant to the Government's Decree No. 95/2012/ND-CP dated November 12, 2012 defining the functions, tasks, powers and
organizational structure of the Ministry of Industry and Trade;
Pursuant to the Government's Decree No. 15/2015/ND-CP dated February 14, 2015 on investment in the form of public-private
partnership;
At the request of the Director of the Planning Department, the Minister of Industry and Trade promulgates this Circular.
"""
NOT_VIETNAMESE = ("{name} không viết bằng tiếng Việt (có lẽ là một bản dịch): công cụ nhập chỉ đọc văn bản tiếng Việt. Hãy "
                  "nhập bản gốc tiếng Việt của văn bản; chưa ghi gì.")
BAD_INPUTS = {
    "missing": (None, "Không tìm thấy tệp {path}: kiểm tra tên và đường dẫn, ví dụ make import FILE=~/Downloads/ke-hoach.docx; "
                      "chưa ghi gì."),
    "old Word": (lambda path: path.write_bytes(b"\xd0\xcf\x11\xe0"),
                 "Tệp {name} là định dạng .doc: mở bằng Word và lưu thành .docx (hoặc xuất ra PDF) rồi nhập lại; chưa ghi gì."),
    "unsupported": (lambda path: path.write_text("x"),
                    "Không đọc được loại tệp “.html”: chỉ nhận .docx, .pdf, .txt, .md hoặc ảnh chụp (.png, .jpg, .tif); "
                    "chưa ghi gì."),
    "empty": (lambda path: path.write_bytes(b""), "Tệp {name} rỗng (0 byte); chưa ghi gì."),
    "not Word inside": (lambda path: path.write_text("PK?"), "Tệp {name} không phải tệp Word (.docx) đọc được: mở bằng Word và "
                                                              "lưu lại thành .docx; chưa ghi gì."),
    "broken PDF": (lambda path: path.write_bytes(b"%PDF-1.4\n1 0 obj\n"), "Tệp {name} không phải PDF đọc được (tệp hỏng hoặc "
                                                                          "chưa tải về hết); chưa ghi gì."),
    "locked PDF": (_encrypted_pdf, "Tệp {name} được khóa bằng mật khẩu: mở bằng trình đọc PDF, in ra PDF mới không mật khẩu rồi "
                                   "nhập lại; chưa ghi gì."),
    "blank PDF": (_blank_pdf, "Không đọc được chữ nào trong {name} (trang trắng, hoặc ảnh quá mờ): quét lại ở 300 dpi rồi nhập "
                              "lại; chưa ghi gì."),
    "TCVN3 text": (lambda path: path.write_bytes("Kính gửi:\n".encode("utf-8") + b"S\xe9 C\xabng Th\xad\xacng"),
                   "{name}:2: tệp không phải mã UTF-8 (có thể là TCVN3 hoặc VNI): mở bằng Notepad, lưu lại với mã hóa UTF-8 rồi "
                   "nhập lại; chưa ghi gì."),
    "not a document": (lambda path: path.write_text("Chào chị,\nEm gửi lịch họp tuần sau, chị xem giúp em.\nEm cảm ơn.\n",
                                                    encoding="utf-8"), NOT_A_DOCUMENT),
    "an invoice": (lambda path: path.write_text(INVOICE, encoding="utf-8"), NOT_A_DOCUMENT),
    "a novel": (lambda path: path.write_text(NOVEL, encoding="utf-8"), NOT_A_DOCUMENT),
    "a translation": (lambda path: path.write_text(TRANSLATION, encoding="utf-8"), NOT_VIETNAMESE),
}
SUFFIXES = {"an invoice": ".txt", "a novel": ".txt", "a translation": ".txt",
            "old Word": ".doc", "unsupported": ".html", "empty": ".txt", "not Word inside": ".docx", "broken PDF": ".pdf",
            "locked PDF": ".pdf", "blank PDF": ".pdf", "TCVN3 text": ".txt", "not a document": ".md", "missing": ".docx"}


@pytest.mark.parametrize(("make", "message"), BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_input_is_one_vietnamese_line_exit_1_and_nothing_written(project: Path, tmp_path: Path, capsys, make,
                                                                     message: str, request) -> None:
    path = tmp_path / f"van-ban{SUFFIXES[request.node.callspec.id]}"
    if make:
        make(path)
    before = files(project)
    assert main(["--root", str(project), "import", str(path)]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", message.format(path=path, name=path.name) + "\n")
    assert files(project) == before


def test_a_scan_without_tesseract_says_what_to_install(project: Path, letters, monkeypatch, capsys) -> None:
    from sitegen.importer.read import ocr

    monkeypatch.setattr(ocr.shutil, "which", lambda command: None)
    assert main(["--root", str(project), "import", str(letters["scan"])]) == 1
    assert capsys.readouterr().err == ("Tệp này là bản quét hoặc ảnh chụp: cần phần mềm đọc chữ (OCR) “tesseract”. Cài bằng: "
                                       "sudo apt-get install -y tesseract-ocr tesseract-ocr-vie poppler-utils; chưa ghi gì.\n")


def test_make_import_takes_the_file_name_as_typed(tmp_path: Path, letters) -> None:
    project = copy_project_with_make(tmp_path / "project")
    folder = tmp_path / "thư mục $HOME 'x'"
    folder.mkdir()
    letter = folder / "kế hoạch.docx"
    letter.write_bytes(letters["docx"].read_bytes())
    result = subprocess.run(["make", "-s", "import", f"FILE={letter}"], cwd=project, env=make_environment(),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Đã đọc kế hoạch.docx (tệp Word, " in result.stdout and "Bước tiếp: mở " in result.stdout
    assert (project / PLAN_CAMPAIGN).exists()


def test_a_second_letter_with_a_blank_number_gets_an_id_of_its_own(project: Path, tmp_path: Path) -> None:
    for name, subject in (("a.txt", "triển khai việc A"), ("b.txt", "triển khai việc B")):
        letter = tmp_path / name
        letter.write_text(LETTER.replace("triển khai Công điện số 12/CĐ-UBND\ncủa UBND tỉnh", subject), encoding="utf-8")
        import_document(project, letter, TODAY)
    documents = project / REGISTRIES / "documents"
    assert "id: cong-van-sct-qltm-2023-07\n" in (documents / "cong-van-sct-qltm-2023-07.yml").read_text(encoding="utf-8")
    assert "id: cong-van-sct-qltm-2023-07-2\n" in (documents / "cong-van-sct-qltm-2023-07-2.yml").read_text(encoding="utf-8")
    assert "documents:\n  - cong-van-sct-qltm-2023-07-2\n" in (project / "campaigns" / "trien-khai-viec-b.yml").read_text(
        encoding="utf-8")


# A news page without its header whose own notice is named in a phrasing no rule reads as its own (an attachment's
# line), beside a law it cites: the clerk says which document it is.
NEWS_PAGE = ("Lịch tiếp công dân định kỳ của Sở Công Thương\n\n"
             "Sở Công Thương tổ chức tiếp công dân vào ngày 15 hằng tháng tại trụ sở Sở.\n\n"
             "Thực hiện Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013 của Quốc hội, Sở bố trí cán bộ tiếp dân.\n\n"
             "Tệp đính kèm: Thông báo số 65/TB-SCT ngày 28/11/2018 (PDF, 120 KB)\n")


def test_a_copy_without_its_header_offers_its_numbered_documents_and_says_how_to_choose(project: Path, tmp_path: Path,
                                                                                       capsys) -> None:
    page = tmp_path / "lich-tiep-dan.txt"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    assert main(["--root", str(project), "import", str(page)]) == 0
    out = capsys.readouterr().out
    hint = out[out.index("Bản sao không có phần đầu"):]
    # The page's own notice, named outside any ground; never the law it carries out.
    assert f"make import FILE={page} SO=65/TB-SCT   (dòng 7: \"Tệp đính kèm: Thông báo số 65/TB-SCT" in hint
    assert "SO=42/2013/QH13" not in hint


def test_the_clerks_choice_makes_that_document_the_imported_one_marked(project: Path, tmp_path: Path, capsys) -> None:
    page = tmp_path / "lich-tiep-dan.txt"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    before = files(project / REGISTRIES)
    assert main(["--root", str(project), "import", "--so=65/TB-SCT", str(page)]) == 0
    out = capsys.readouterr().out
    assert "Số ký hiệu: 65/TB-SCT (dòng 7" in out and "Ngày: 28/11/2018" in out and "Bản sao không có phần đầu" not in out
    records = new_records(project, before)
    (own,) = [text for path, text in records.items() if path.endswith("65-tb-sct.yml")]
    data = load_yaml_text("record", own)[0].data
    assert (data["number"], data["kind"], data["date"]) == ("65/TB-SCT", "Thông báo", "2018-11-28")
    assert "người nhập chọn đây là văn bản được nhập" in own  # each fact so taken is marked for checking
    assert any(path.endswith("42-2013-qh13.yml") for path in records)  # the law stays a reference


def test_a_choice_the_copy_does_not_name_is_one_line_and_nothing_written(project: Path, tmp_path: Path, capsys) -> None:
    page = tmp_path / "lich-tiep-dan.txt"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    before = files(project)
    assert main(["--root", str(project), "import", "--so=99/TB-SCT", str(page)]) == 1
    assert capsys.readouterr().err == (
        "Không thấy số 99/TB-SCT trong lich-tiep-dan.txt: các số có trong tệp là 42/2013/QH13, 65/TB-SCT. Kiểm tra lại số "
        "(gõ như trong văn bản, ví dụ 65/TB-SCT); chưa ghi gì.\n")
    assert files(project) == before


def test_a_letter_with_its_header_offers_no_choice(project: Path, capsys) -> None:
    seed = project.parent / "seed.txt"
    seed.write_text(seed_text(), encoding="utf-8")
    assert main(["--root", str(project), "import", str(seed)]) == 0
    assert "Bản sao không có phần đầu" not in capsys.readouterr().out
