"""The form's import without a browser: what the page is given (render/import_files.py) and what the
Python side answers (importer/in_form.py). The page itself runs in tests/test_form_import.py."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import official_letter
import pytest
from conftest import copy_project
from sitegen.importer import in_form
from sitegen.render.editor_files import NODE_MODULES
from sitegen.render.import_files import ocr_files, python_zip, registry_snapshot

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def test_the_python_zip_holds_the_importer_and_pure_python_libraries_the_same_bytes_every_build() -> None:
    first = python_zip()
    python_zip.cache_clear()
    assert python_zip() == first  # reproducible releases: no dates, no order of the file system
    names = zipfile.ZipFile(io.BytesIO(first)).namelist()
    assert names == sorted(names)
    for needed in ("sitegen/importer/in_form.py", "sitegen/importer/read/docx_text.py", "yaml/__init__.py",
                   "slugify/__init__.py", "text_unidecode/data.bin", "pypdf/__init__.py"):
        assert needed in names
    assert not [name for name in names if name.endswith((".so", ".pyc")) or "__pycache__" in name]
    assert {info.date_time for info in zipfile.ZipFile(io.BytesIO(first)).infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_the_importer_needs_nothing_pyodide_lacks() -> None:
    """Markdown, jsonschema (whose rpds is Rust), Jinja2 and MkDocs are not in the zip: the import must not need them."""
    blocked = ("jsonschema", "markdown", "justhtml", "rpds", "referencing", "jinja2", "mkdocs", "PIL")
    probe = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        f"        if name.split('.')[0] in {blocked!r}: raise ImportError('needs ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import sitegen.importer.in_form, sitegen.importer.read.docx_text, sitegen.importer.read.pdf_text\n")
    result = subprocess.run([sys.executable, "-c", probe], cwd=SCRIPTS, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_snapshot_gives_every_record_file_and_every_campaign_file_name(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    snapshot = json.loads(registry_snapshot(root))
    records = sorted(path.relative_to(root).as_posix() for path in (root / "campaigns" / "registries").rglob("*.yml"))
    assert sorted(snapshot["records"]) == records
    assert snapshot["records"][records[0]] == (root / records[0]).read_text(encoding="utf-8")
    assert sorted(snapshot["campaigns"]) == sorted(f"campaigns/{path.name}" for path in (root / "campaigns").glob("*.yml"))


def test_an_import_answers_the_files_make_import_would_write_records_first(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    letter = official_letter.write_docx(tmp_path / "ke-hoach.docx")
    answer = json.loads(in_form.import_for_form(str(root), str(letter), "2026-12-06"))
    collections = [entry["collection"] for entry in answer["entries"]]
    assert collections == ["documents"] * 4 + ["campaigns"]  # its issuers are all in the registry
    first = answer["entries"][0]
    assert first["label"] == "215/KH-SCT – Tuyên truyền hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam năm 2024"
    assert first["marks"] == len(first["data"]["review"])
    signer = next(item["note"] for item in first["data"]["review"] if item.get("field") == "signer")
    assert signer.endswith('"PHÓ GIÁM ĐỐC"'), signer  # the line it rewrote, not the signer's name below it
    assert first["data"]["review"][0]["note"].startswith("Nhập bằng “Nhập văn bản đến” của biểu mẫu từ ke-hoach.docx")
    assert answer["findings"][0].startswith("Đã đọc ke-hoach.docx (tệp Word,")
    assert not list((root / "campaigns" / "registries" / "documents").glob("215-*"))  # nothing written


def _scan(folder: Path) -> Path:
    return official_letter.write_scan(official_letter.write_pdf(folder / "k.pdf"), folder / "ban-quet.pdf")


@pytest.mark.parametrize(("make", "kind"), [
    (_scan, "pdf"),
    (lambda folder: _written(folder / "anh.jpg", b"\xff\xd8\xff"), "image"),  # its pixels are the page's to decode
])
def test_a_scan_or_a_photo_asks_the_page_for_its_text_with_make_imports_bounds(tmp_path: Path, make, kind: str) -> None:
    root = copy_project(tmp_path / "project")
    file = make(tmp_path)
    answer = json.loads(in_form.import_for_form(str(root), str(file), "2026-12-06"))
    assert answer == {
        "needs_ocr": kind, "max_pages": 20, "page_pixels": 3508, "max_image_pixels": 100_000_000,
        "too_large": f"Không đọc tệp {file.name}: ảnh quá 100 triệu điểm, lớn hơn mọi ảnh chụp văn bản: tệp hỏng hoặc độc "
                     "hại; chụp hoặc quét lại ở 300 dpi rồi nhập lại; chưa ghi gì.",
        "unreadable": f"Tệp {file.name} không phải ảnh đọc được (tệp hỏng hoặc chưa tải về hết): chụp hoặc quét lại rồi "
                      "nhập lại; chưa ghi gì.",
        # Shown only when this browser cannot read pixels (tesseract.js fails to load).
        "problem": f"Tệp {file.name} là bản quét hoặc ảnh chụp, không có lớp chữ, mà trình duyệt này không đọc được chữ "
                   "từ ảnh. Xin nơi gửi bản Word (.docx) hoặc PDF gốc rồi nhập lại, hoặc nhờ người quản trị nhập giúp "
                   "(lệnh make import, có đọc chữ từ ảnh); chưa ghi gì.",
    }


def _letter_text(tmp_path: Path) -> str:
    """The plan's text as OCR gives it back: the PDF's lines, without its text layer's care (pdftotext)."""
    pdf = official_letter.write_pdf(tmp_path / "ke-hoach.pdf")
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_the_text_the_page_read_from_a_scan_is_imported_with_every_fact_marked_as_ocr(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    answer = json.loads(in_form.import_for_form(str(root), str(_scan(tmp_path)), "2026-12-06", _letter_text(tmp_path)))
    assert answer["findings"][0].startswith("Đã đọc ban-quet.pdf (đọc chữ từ ảnh (OCR), ")
    assert "Văn bản đọc bằng OCR: mọi thông tin đều được đánh dấu để đối chiếu với bản gốc." in answer["findings"]
    assert answer["entries"][0]["label"].startswith("215/KH-SCT – ")
    for entry in answer["entries"]:
        notes = [item["note"] for item in entry["data"]["review"]]
        assert entry["marks"] == len(notes)
        read = [note for note in notes if ", dòng " in note]  # each fact with its source line
        assert read and all(note.startswith("đọc bằng OCR") for note in read), (entry["path"], notes)


def test_the_same_text_read_otherwise_is_marked_only_where_the_import_guessed(tmp_path: Path) -> None:
    """The marks come from how the text was read, nothing else: the same text as a .txt has no "đọc bằng OCR"."""
    root = copy_project(tmp_path / "project")
    pasted = _written(tmp_path / "ban-quet.txt", _letter_text(tmp_path).encode())
    answer = json.loads(in_form.import_for_form(str(root), str(pasted), "2026-12-06"))
    notes = [item["note"] for entry in answer["entries"] for item in entry["data"]["review"]]
    assert notes and not [note for note in notes if "OCR" in note]


@pytest.mark.parametrize(("text", "problem"), [
    ("  \n|  ~ \n", "Không đọc được chữ nào trong ban-quet.pdf (trang trắng, hoặc ảnh quá mờ): quét lại ở 300 dpi rồi nhập "
                   "lại; chưa ghi gì."),
    ("Hóa đơn tiền điện tháng 11 của hộ gia đình: 350.000 đồng.", "ban-quet.pdf không chứa văn bản hành chính nào"),
    ("Kế hoạch " * 150_000, "Tệp ban-quet.pdf dài 1.350.000 ký tự, quá 1.000.000 ký tự"),
])
def test_what_ocr_read_is_held_to_make_imports_checks(tmp_path: Path, text: str, problem: str) -> None:
    root = copy_project(tmp_path / "project")
    answer = json.loads(in_form.import_for_form(str(root), str(_scan(tmp_path)), "2026-12-06", text))
    assert list(answer) == ["problem"] and answer["problem"].startswith(problem)
    assert answer["problem"].endswith("chưa ghi gì.")


@pytest.mark.parametrize(("make", "problem"), [
    (lambda folder: _written(folder / "hoa-don.txt", "Hóa đơn tiền điện tháng 11: 350.000 đồng.".encode()),
     "hoa-don.txt không chứa văn bản hành chính nào"),
    (lambda folder: _written(folder / "anh.jpg", b""), "Tệp anh.jpg rỗng (0 byte)"),
])
def test_what_cannot_be_imported_in_the_browser_is_one_line(tmp_path: Path, make, problem: str) -> None:
    root = copy_project(tmp_path / "project")
    answer = json.loads(in_form.import_for_form(str(root), str(make(tmp_path)), "2026-12-06"))
    assert list(answer) == ["problem"] and answer["problem"].startswith(problem)
    assert answer["problem"].endswith("chưa ghi gì.")


def test_a_bug_of_ours_is_one_line_for_the_clerk_and_the_details_for_the_console(tmp_path: Path, monkeypatch, capsys) -> None:
    def broken(*args, **kwargs):
        raise KeyError("cites")

    monkeypatch.setattr(in_form, "plan_import", broken)
    answer = json.loads(in_form.import_for_form(str(tmp_path), str(tmp_path / "ke-hoach.docx"), "2026-12-06"))
    assert answer == {"problem": in_form.OUR_FAULT.format(name="ke-hoach.docx")}
    assert "KeyError: 'cites'" in capsys.readouterr().err


def _written(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def test_the_page_is_given_every_file_its_ocr_fetches_and_fetches_nothing_from_elsewhere() -> None:
    """Each path nhap.js asks for is served; the core builds tesseract.js's worker may pick are all there."""
    served = set(ocr_files())
    script = (SCRIPTS / "sitegen" / "render" / "editor" / "nhap.js").read_text(encoding="utf-8")
    asked = re.findall(r'here\("([^"]+)"\)', script) + re.findall(r'import\("\./([^"]+)"\)', script)
    assert {"tesseract/worker.min.js", "tesseract/core/", "tesseract/vie", "pdfjs/pdf.min.mjs"} <= set(asked)
    assert [path for path in asked if not any(name.startswith(path) for name in served)] == []
    assert "workerBlobURL: false" in script and "https:" not in script
    picker = (NODE_MODULES / "tesseract.js" / "src" / "worker-script" / "browser" / "getCore.js").read_text(encoding="utf-8")
    lstm_builds = set(re.findall(r"/(tesseract-core[\w-]*-lstm\.wasm\.js)", picker))
    assert len(lstm_builds) == 3 and {f"tesseract/core/{name}" for name in lstm_builds} <= served
    assert "tesseract/vie/vie.traineddata.gz" in served  # tesseract.js asks for the model gzipped by default
