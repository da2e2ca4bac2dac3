"""A PDF's text layer, via pypdf; None when it has none (a scan)."""

from __future__ import annotations

from pathlib import Path

from ...failures import RunFailed

# Fewer letters than this per page and the PDF is a scan with, at most, a
# stamp or page number in text: OCR reads it instead.
MIN_LETTERS_PER_PAGE = 40


def pdf_text(path: Path) -> str | None:
    """The text of every page, or None for a scan; RunFailed for a locked or broken file."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError
        pages = list(reader.pages)
        if not pages:
            raise RunFailed(f"Tệp {path.name} không có trang nào; chưa ghi gì.")
        text = "\n".join(page.extract_text() or "" for page in pages)
    except (FileNotDecryptedError, DependencyError):
        raise RunFailed(f"Tệp {path.name} được khóa bằng mật khẩu: mở bằng trình đọc PDF, in ra PDF mới không mật khẩu "
                        "rồi nhập lại; chưa ghi gì.") from None
    except (PyPdfError, ValueError, KeyError, TypeError):
        raise RunFailed(f"Tệp {path.name} không phải PDF đọc được (tệp hỏng hoặc chưa tải về hết); chưa ghi gì.") from None
    letters = sum(character.isalpha() for character in text)
    return text if letters >= MIN_LETTERS_PER_PAGE * len(pages) else None
