"""Which files may be published as documents: an allowlist of types, checked by content.

Everything the site serves comes from the department portal's origin, where
the CSP (`script-src 'self'`) trusts it: an attached .html, .js or scripted
.svg would run as the portal's own code. So an attachment (a `file:` in the
YAML, or any file of docs/ outside the site's own code in docs/assets and
docs/overrides) must be a document:

- PDF, office files (doc, docx, xls, xlsx, ppt, pptx, odt, ods, odp, rtf) and
  images (png, jpg, jpeg, gif, webp) must begin with their format's
  signature. HTML saved as .xls or .doc, as some office software exports,
  is refused: a server that does not send `nosniff` would render it.
- Plain text (txt, csv) must not begin like HTML or XML, which a browser's
  sniffer would render as a page.
- SVG must be inert (svg_check.py).

Everything else (html, js, mjs, xml, xhtml, swf, wasm, css, exe…, and files
without an extension) is refused, whatever its content.
"""

from __future__ import annotations

import re
from pathlib import Path

from .svg_check import svg_problem

_OLE = re.compile(rb"\A\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # Word, Excel, PowerPoint 97–2003
_ZIP = re.compile(rb"\APK\x03\x04")  # Office Open XML and OpenDocument
_RTF = re.compile(rb"\A\{\\rtf")
SIGNATURES: dict[str, tuple[re.Pattern[bytes], ...]] = {
    "pdf": (re.compile(rb"\A.{0,1019}%PDF-", re.DOTALL),),  # readers accept the header within 1 KB
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
_MARKUP = re.compile(rb"\A(?:\xef\xbb\xbf)?[\t\n\x0c\r ]*<(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style"
                     rb"|title|b|body|br|p|!--|\?xml|svg)[ >\t\n\x0c\r]", re.IGNORECASE)
_HEAD_BYTES = 1024

ALLOWED_HINT = ("chỉ đính kèm tài liệu: PDF, Word, Excel, PowerPoint, OpenDocument, RTF, TXT, CSV, "
                "ảnh PNG, JPG, GIF, WebP hoặc SVG không có mã chạy; trang web thì in ra PDF rồi đính kèm tệp PDF")
_RESAVE_HINT = "mở tệp bằng phần mềm đã tạo ra nó và lưu lại đúng định dạng, ví dụ Excel: Lưu thành .xlsx; hoặc in ra PDF"


def extension(name: str) -> str:
    """The lower-case extension of a file name, without its dot ("" when it has none)."""
    stem, dot, suffix = name.rpartition("/")[2].rpartition(".")
    return suffix.lower() if dot and stem else ""


def content_problem(file: Path, shown: str) -> tuple[str, str] | None:
    """Why the file at `file` (named `shown` in messages) may not be published
    as a document (message, hint); None when it may."""
    kind = extension(shown)
    if kind not in DOCUMENT_TYPES:
        what = f"có đuôi .{kind}: loại tệp này" if kind else "không có đuôi: không rõ loại tệp nên"
        return f"Tệp “{shown}” {what} không được đưa lên trang", ALLOWED_HINT
    if kind == "svg":
        reason = svg_problem(file.read_bytes())
        return (f"Ảnh SVG “{shown}” có {reason}", "xuất lại ảnh dạng PNG, hoặc xóa phần đó khỏi tệp SVG") if reason else None
    with file.open("rb") as opened:
        head = opened.read(_HEAD_BYTES)
    if _MARKUP.match(head):
        return f"Tệp “{shown}” thực chất là trang web (HTML/XML), không phải tệp .{kind}", _RESAVE_HINT
    if kind in SIGNATURES and not any(signature.match(head) for signature in SIGNATURES[kind]):
        return f"Nội dung tệp “{shown}” không phải định dạng .{kind}", _RESAVE_HINT
    return None
