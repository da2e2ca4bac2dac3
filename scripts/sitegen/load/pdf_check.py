"""Whether a .pdf is built like a PDF, read from its two ends only.

A sniffer reads a file's first bytes, a PDF reader its last ones: a file
that begins as a web page and carries `%PDF-` further on is both. So a PDF
must begin with its header at the very first byte (ISO 32000-2, 7.5.2: the
first line). Readers tolerate up to 1 KB before it, but every program the
department makes PDFs with (Word, LibreOffice, a scanner, Acrobat, a
browser's "Lưu thành PDF") writes it first, and what comes before the
header is exactly where a page would hide. It must end as PDFs end: within
its last 1 KB, `startxref`, the offset of its cross-reference table, and
`%%EOF`; at that offset stands the table (`xref`) or a cross-reference
stream (an object, `12 0 obj`). A file cut short by a download fails here too.
"""

from __future__ import annotations

import re
from typing import BinaryIO

HEADER = re.compile(rb"\A%PDF-\d\.\d")
_TAIL_BYTES = 1024
_END = re.compile(rb"startxref\s*(\d{1,15})\s*%%EOF")
_CROSS_REFERENCE = re.compile(rb"\s*(?:xref|\d+\s+\d+\s+obj)\b")


def pdf_problem(opened: BinaryIO, size: int) -> str | None:
    """What is missing from the PDF open in `opened` (`size` bytes long), in
    Vietnamese; None when it is built like a PDF. Reads 1 KB at each end."""
    opened.seek(0)
    if not HEADER.match(opened.read(16)):
        return "không bắt đầu bằng “%PDF-” ở byte đầu tiên"
    opened.seek(max(0, size - _TAIL_BYTES))
    ends = list(_END.finditer(opened.read(_TAIL_BYTES)))
    if not ends:
        return "thiếu phần kết “startxref … %%EOF” ở cuối tệp"
    offset = int(ends[-1].group(1))
    opened.seek(offset)
    if offset >= size or not _CROSS_REFERENCE.match(opened.read(64)):
        return "bảng tham chiếu (xref) không nằm ở vị trí “startxref” ghi"
    return None
