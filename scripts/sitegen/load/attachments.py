"""Which files may be published as documents: an allowlist of types, checked by content.

Everything the site serves comes from the department portal's origin, where
the CSP (`script-src 'self'`) trusts it: an attached .html, .js or scripted
.svg would run as the portal's own code. So an attachment (a `file:` in the
YAML, or any file of docs/ outside the site's own code in docs/assets and
docs/overrides) must be a document:

- no bigger than the department's limit (attachment_limit.py), told from
  its size before anything is read; no check reads a whole file, only its
  head, its tail, or (an SVG) pieces in turn;
- PDF, office files (doc, docx, xls, xlsx, ppt, pptx, odt, ods, odp, rtf) and
  images (png, jpg, jpeg, gif, webp) must begin with their format's
  signature, and a PDF must end as a PDF does (pdf_check.py). HTML saved as
  .xls or .doc, as some office software exports, is refused: a server that
  does not send `nosniff` would render it. So is a file of these types with
  an HTML tag (<html, <script, <body…) in its first 4 KB, where a sniffer
  looks: a file that is a page and a PDF at once is a page to a browser.
- Plain text (txt, csv) must not begin like HTML or XML, which a browser's
  sniffer would render as a page.
- SVG must be inert (svg_check.py).

Text is decoded before any markup is looked for (text_encoding.py): a page
in UTF-16 is a page all the same.

Everything else (html, js, mjs, xml, xhtml, swf, wasm, css, exe…, and files
without an extension) is refused, whatever its content.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import BinaryIO

from .attachment_limit import SETTING, megabytes
from .pdf_check import HEADER, pdf_problem
from .svg_check import svg_problem
from .text_encoding import decoded

_OLE = re.compile(rb"\A\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # Word, Excel, PowerPoint 97–2003
_ZIP = re.compile(rb"\APK\x03\x04")  # Office Open XML and OpenDocument
_RTF = re.compile(rb"\A\{\\rtf")
SIGNATURES: dict[str, tuple[re.Pattern[bytes], ...]] = {
    "pdf": (HEADER,),
    "doc": (_OLE, _RTF),  # Word saves RTF as .doc too
    "xls": (_OLE,), "ppt": (_OLE,),
    "docx": (_ZIP,), "xlsx": (_ZIP,), "pptx": (_ZIP,), "odt": (_ZIP,), "ods": (_ZIP,), "odp": (_ZIP,),
    "rtf": (_RTF,),
    "png": (re.compile(rb"\A\x89PNG\r\n\x1a\n"),),
    "jpg": (re.compile(rb"\A\xff\xd8\xff"),), "jpeg": (re.compile(rb"\A\xff\xd8\xff"),),
    "gif": (re.compile(rb"\AGIF8[79]a"),),
    "webp": (re.compile(rb"\ARIFF.{4}WEBP", re.DOTALL),),
}
TEXT_TYPES = ("txt", "csv")
DOCUMENT_TYPES = (*SIGNATURES, *TEXT_TYPES, "svg")
# The start of a page to the WHATWG MIME sniffing standard (its "unknown type"
# HTML patterns), plus XML and SVG: what a browser may render as a document.
_MARKUP = re.compile(r"\A[\t\n\x0c\r ]*<(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style"
                     r"|title|b|body|br|p|!--|\?xml|svg)[ >\t\n\x0c\r]", re.IGNORECASE)
# HTML start tags anywhere in the head of a binary document. Only tags of four
# letters or more (and "<a href"): compressed data holds such a run by chance
# about once in a trillion files.
_HTML_TAG = re.compile(rb"(<(?:!doctype|html|head|body|script|iframe|frame|frameset|object|embed|svg|img|meta|link|style"
                       rb"|title|form|base))[\s/>]|(<a\s+href)\s*=", re.IGNORECASE)
_HEAD_BYTES = 4096

ALLOWED_HINT = ("chỉ đính kèm tài liệu: PDF, Word, Excel, PowerPoint, OpenDocument, RTF, TXT, CSV, "
                "ảnh PNG, JPG, GIF, WebP hoặc SVG không có mã chạy; trang web thì in ra PDF rồi đính kèm tệp PDF")
_RESAVE_HINT = "mở tệp bằng phần mềm đã tạo ra nó và lưu lại đúng định dạng, ví dụ Excel: Lưu thành .xlsx; hoặc in ra PDF"
_BROKEN_PDF_HINT = ("tệp có thể tải về chưa hết hoặc đã hỏng: xuất lại PDF từ phần mềm đã tạo ra nó, "
                    "hoặc mở bằng trình đọc PDF rồi in ra PDF mới")
_TOO_BIG_HINT = ("nén hoặc chia nhỏ tệp, với PDF thì xuất lại với ảnh chất lượng thấp hơn; hoặc đưa tệp lên nơi khác "
                 f"rồi ghi liên kết https://… thay cho tệp; quản trị website đặt giới hạn ở {SETTING} trong mkdocs.yml")


def extension(name: str) -> str:
    """The lower-case extension of a file name, without its dot ("" when it has none)."""
    stem, dot, suffix = name.rpartition("/")[2].rpartition(".")
    return suffix.lower() if dot and stem else ""


def size_problem(size: int, shown: str, max_bytes: int) -> tuple[str, str] | None:
    """A file of `size` bytes over the limit (message, hint); None when within it."""
    if size <= max_bytes:
        return None
    return f"Tệp “{shown}” quá lớn: {megabytes(size)} MB, tối đa {megabytes(max_bytes)} MB mỗi tệp", _TOO_BIG_HINT


def content_problem(file: Path, shown: str, max_bytes: int) -> tuple[str, str] | None:
    """Why the file at `file` (named `shown` in messages) may not be published
    as a document (message, hint); None when it may. Files over `max_bytes`
    are refused by their size alone."""
    kind = extension(shown)
    if kind not in DOCUMENT_TYPES:
        what = f"có đuôi .{kind}: loại tệp này" if kind else "không có đuôi: không rõ loại tệp nên"
        return f"Tệp “{shown}” {what} không được đưa lên trang", ALLOWED_HINT
    with file.open("rb") as opened:
        size = os.fstat(opened.fileno()).st_size
        return size_problem(size, shown, max_bytes) or _opened_problem(opened, size, shown, kind)


def _opened_problem(opened: BinaryIO, size: int, shown: str, kind: str) -> tuple[str, str] | None:
    if kind == "svg":
        reason = svg_problem(opened)
        return (f"Ảnh SVG “{shown}” có {reason}", "xuất lại ảnh dạng PNG, hoặc xóa phần đó khỏi tệp SVG") if reason else None
    head = opened.read(_HEAD_BYTES)
    if _MARKUP.match(decoded(head)):
        return f"Tệp “{shown}” thực chất là trang web (HTML/XML), không phải tệp .{kind}", _RESAVE_HINT
    if kind in TEXT_TYPES:
        return None
    if not any(signature.match(head) for signature in SIGNATURES[kind]):
        return f"Nội dung tệp “{shown}” không phải định dạng .{kind}", _RESAVE_HINT
    tag = _HTML_TAG.search(head)
    if tag:
        shown_tag = " ".join((tag.group(1) or tag.group(2)).decode("ascii").split())
        return (f"Tệp “{shown}” có mã trang web “{shown_tag}” lẫn trong nội dung .{kind}",
                _RESAVE_HINT)
    reason = pdf_problem(opened, size) if kind == "pdf" else None
    return (f"Tệp “{shown}” không phải PDF hoàn chỉnh: {reason}", _BROKEN_PDF_HINT) if reason else None
