"""Reading an incoming document into text, whatever it came as.

Every failure is a RunFailed with one Vietnamese line: the CLI prints it, and
nothing has been written yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...failures import RunFailed

# A letter is a few pages; 50 MB is a scan at a resolution no office uses.
MAX_INPUT_BYTES = 50_000_000
# The text of some three hundred pages: a plan with all its annexes stays well within it,
# and the parser reads it in seconds.
MAX_TEXT_CHARACTERS = 1_000_000

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
TEXT_SUFFIXES = (".txt", ".md")
SUPPORTED = (".docx", ".pdf", *TEXT_SUFFIXES, *IMAGE_SUFFIXES)


@dataclass(frozen=True)
class SourceText:
    """The text of a document and how it was read (OCR facts need a person's check)."""

    text: str
    method: str  # "docx", "pdf", "ocr" or "text"

    @property
    def by_ocr(self) -> bool:
        return self.method == "ocr"


def _unsupported(path: Path) -> RunFailed:
    if path.suffix.lower() in (".doc", ".rtf", ".odt"):
        return RunFailed(f"Tệp {path.name} là định dạng {path.suffix.lower()}: mở bằng Word và lưu thành .docx "
                         "(hoặc xuất ra PDF) rồi nhập lại; chưa ghi gì.")
    return RunFailed(f"Không đọc được loại tệp “{path.suffix or path.name}”: chỉ nhận .docx, .pdf, .txt, .md "
                     "hoặc ảnh chụp (.png, .jpg, .tif); chưa ghi gì.")


# Said when a scan reaches a reader that cannot turn pixels into text (the form's page does it itself, NeedsOcr).
NO_OCR = ("Tệp {name} là bản quét hoặc ảnh chụp, không có lớp chữ, mà trình duyệt này không đọc được chữ từ ảnh. Xin "
          "nơi gửi bản Word (.docx) hoặc PDF gốc rồi nhập lại, hoặc nhờ người quản trị nhập giúp (lệnh make import, có "
          "đọc chữ từ ảnh); chưa ghi gì.")


class NeedsOcr(RunFailed):
    """A scan or photo met without `ocr`: its text is in pixels; `kind` is "pdf" (pages to rasterise) or "image"."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(NO_OCR.format(name=path.name))
        self.kind = kind


def read_source(path: Path, ocr: bool = True) -> SourceText:
    """The text of the document at `path`, or RunFailed saying why not; without `ocr`, a scan is NeedsOcr."""
    return _bounded(_read(path, ocr), path)


def ocr_source(path: Path, text: str) -> SourceText:
    """The text that OCR made elsewhere (the browser, for the form) of the scan at `path`, checked as make import checks
    its own Tesseract's: some letters, and no more than a document's length."""
    from .ocr import nonempty

    return _bounded(SourceText(nonempty(text, path), "ocr"), path)


def _bounded(source: SourceText, path: Path) -> SourceText:
    if len(source.text) > MAX_TEXT_CHARACTERS:
        raise RunFailed(f"Tệp {path.name} dài {_thousands(len(source.text))} ký tự, quá {_thousands(MAX_TEXT_CHARACTERS)} "
                        "ký tự (khoảng 300 trang) của một văn bản: tách phần cần nhập ra tệp riêng rồi nhập lại; chưa ghi gì.")
    return source


def _thousands(number: int) -> str:
    """1.000.000, as Vietnamese writes it."""
    return f"{number:,}".replace(",", ".")


def _read(path: Path, ocr: bool) -> SourceText:
    if not path.is_file():
        raise RunFailed(f"Không tìm thấy tệp {path}: kiểm tra tên và đường dẫn, "
                        "ví dụ make import FILE=~/Downloads/ke-hoach.docx; chưa ghi gì.")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise _unsupported(path)
    if path.stat().st_size > MAX_INPUT_BYTES:
        raise RunFailed(f"Tệp {path.name} lớn quá {MAX_INPUT_BYTES // 1_000_000} MB: một văn bản chỉ vài trang; chưa ghi gì.")
    if path.stat().st_size == 0:
        raise RunFailed(f"Tệp {path.name} rỗng (0 byte); chưa ghi gì.")
    if suffix == ".docx":
        from .docx_text import docx_text

        return SourceText(docx_text(path), "docx")
    if suffix == ".pdf":
        from .pdf_text import pdf_text

        text = pdf_text(path)
        if text is not None:
            return SourceText(text, "pdf")
        if not ocr:
            raise NeedsOcr(path, "pdf")
        from .ocr import ocr_pdf

        return SourceText(ocr_pdf(path), "ocr")
    if suffix in IMAGE_SUFFIXES:
        if not ocr:
            raise NeedsOcr(path, "image")
        from .ocr import check_image, ocr_image

        check_image(path)
        return SourceText(ocr_image(path), "ocr")
    from .plain_text import plain_text

    return SourceText(plain_text(path), "text")
