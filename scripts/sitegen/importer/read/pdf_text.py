"""A PDF's text layer, via pypdf; None when it has none (a scan).

Read within bounds: pypdf's own limits, tightened to what a letter needs (a
page's text is a few kilobytes, its compressed drawing at most a few
megabytes), and a number of pages no letter reaches. A bomb or a file built
to exhaust the reader gets one line.
"""

from __future__ import annotations

import re
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
            pages = [page.extract_text() or "" for page in reader.pages]
            pages[0] = _stamped(pages[0], reader.pages[0])
            text = "\n".join(pages)
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


# A letter signed in an e-office system gets its serial and day when the clerk registers it: they are stamped as the
# appearance of signature fields over the blanks the letter left ("Số:     /SCT-CN", "ngày     tháng 5 năm 2026"), which
# a page's text does not hold. Their text is put into those blanks: the serial the one on the page's left half, the day
# (a number of a month's days) the one on its right.
MAX_STAMPS = 10
_BLANK_SERIAL = re.compile(r"\b(Số\s*:)[ \t]*(?=/)")
_BLANK_DAY = re.compile(r"\b(ngày)[ \t]+(?=tháng\b)")


def _stamped(text: str, page) -> str:
    from pypdf.errors import PyPdfError

    try:
        stamps = _stamps(page)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        return text  # (a field drawn in a way this reader does not follow: the page's own text, as before)
    middle = float(page.mediabox.width) / 2
    serial = next((stamp for stamp, left in stamps if left < middle and re.fullmatch(r"\d{1,6}", stamp)), None)
    day = next((stamp for stamp, left in stamps if left >= middle and re.fullmatch(r"\d{1,2}", stamp)
                and 1 <= int(stamp) <= 31), None)
    if serial:
        text = _BLANK_SERIAL.sub(lambda blank: f"{blank.group(1)} {serial} ", text, count=1)
    if day:
        text = _BLANK_DAY.sub(lambda blank: f"{blank.group(1)} {day} ", text, count=1)
    return text


def _stamps(page) -> list[tuple[str, float]]:
    """(text, left edge) of each field's appearance on the page that holds text."""
    from pypdf import PageObject
    from pypdf.generic import NameObject, StreamObject

    found = []
    for annotation in list(page.get("/Annots") or [])[:MAX_STAMPS]:
        annotation = annotation.get_object()
        appearance = (annotation.get("/AP") or {}).get("/N")
        rectangle = annotation.get("/Rect")
        if appearance is None or not isinstance(appearance.get_object(), StreamObject) or not rectangle:
            continue
        canvas = PageObject.create_blank_page(width=1, height=1)
        canvas[NameObject("/Resources")] = appearance.get_object().get("/Resources") or {}
        canvas[NameObject("/Contents")] = annotation["/AP"].raw_get("/N")
        written = " ".join((canvas.extract_text() or "").split())
        if written:
            found.append((written, float(min(rectangle[0], rectangle[2]))))
    return found
