"""A PDF's text layer, via pypdf; None when it has none (a scan).

Read within bounds: pypdf's own limits, tightened to what a letter needs (a
page's text is a few kilobytes, its compressed drawing at most a few
megabytes), and a number of pages no letter reaches. A bomb or a file built
to exhaust the reader gets one line.
"""

from __future__ import annotations

from pathlib import Path

from ...failures import RunFailed

# Fewer letters than this per page and the PDF is a scan with, at most, a
# stamp or page number in text: OCR reads it instead.
MIN_LETTERS_PER_PAGE = 40
# A plan with its annexes runs to a few dozen pages.
MAX_PAGES = 200
# What one stream may decompress to, and the decoding work per stream (pypdf's defaults: 75 MB, 300 MB).
MAX_STREAM_BYTES = 20_000_000
_LIMITS = {"zlib_maximum_output_length": MAX_STREAM_BYTES, "lzw_maximum_output_length": MAX_STREAM_BYTES,
           "run_length_maximum_output_length": MAX_STREAM_BYTES, "array_based_stream_maximum_output_length": MAX_STREAM_BYTES,
           "maximum_declared_stream_length": MAX_STREAM_BYTES, "stream_decoding_work_maximum_length": 4 * MAX_STREAM_BYTES,
           "image_maximum_buffer_size": MAX_STREAM_BYTES}


def _refused(name: str, why: str) -> RunFailed:
    return RunFailed(f"Không đọc tệp {name}: {why}. Mở bằng trình đọc PDF, in ra PDF mới (hoặc tách phần cần nhập) "
                     "rồi nhập lại; chưa ghi gì.")


def pdf_text(path: Path) -> str | None:
    """The text of every page, or None for a scan; RunFailed for a locked, broken or hostile file."""
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PyPdfError

    try:
        with apply_configuration(**_LIMITS):
            reader = PdfReader(str(path))
            if reader.is_encrypted and not reader.decrypt(""):
                raise FileNotDecryptedError
            count = len(reader.pages)
            if not count:
                raise RunFailed(f"Tệp {path.name} không có trang nào; chưa ghi gì.")
            if count > MAX_PAGES:
                raise _refused(path.name, f"có {count} trang, quá {MAX_PAGES} trang của một văn bản")
            text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (FileNotDecryptedError, DependencyError):
        raise RunFailed(f"Tệp {path.name} được khóa bằng mật khẩu: mở bằng trình đọc PDF, in ra PDF mới không mật khẩu "
                        "rồi nhập lại; chưa ghi gì.") from None
    except LimitReachedError:
        raise _refused(path.name, f"một phần của tệp giải nén ra hơn {MAX_STREAM_BYTES // 1_000_000} MB hoặc quá phức tạp, "
                                  "điều một văn bản không bao giờ cần: tệp hỏng hoặc độc hại (bom nén)") from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError):
        raise RunFailed(f"Tệp {path.name} không phải PDF đọc được (tệp hỏng hoặc chưa tải về hết); chưa ghi gì.") from None
    letters = sum(character.isalpha() for character in text)
    return text if letters >= MIN_LETTERS_PER_PAGE * count else None
