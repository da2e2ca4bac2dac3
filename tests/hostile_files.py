"""Hostile .docx and .pdf files for the import's bounds, made inside the tests
(small on disk, huge once opened): a zip bomb, an entity bomb, XML nested past
any parser's stack, a malformed part, a zip of thousands of entries, a PDF
whose stream inflates a thousandfold, a PDF of too many pages, an image of a
billion pixels."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')
OPEN = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
CLOSE = "</w:body></w:document>"


def paragraphs(*texts: str) -> str:
    return "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in texts)


def docx(path: Path, document: str, extra_entries: int = 0) -> Path:
    """A Word package whose main part is `document` (XML text), with `extra_entries` empty parts."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document)
        for index in range(extra_entries):
            archive.writestr(f"word/media/e{index}.xml", "")
    return path


def billion_laughs() -> str:
    """Ten levels of ten entities: 10^10 "ha" from a few hundred bytes."""
    entities = ['<!ENTITY a0 "ha">'] + [f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 11)]
    return (f'<?xml version="1.0"?><!DOCTYPE w:document [{"".join(entities)}]>'
            f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&a10;</w:t></w:r></w:p>{CLOSE}')


def deep(levels: int) -> str:
    return OPEN + "<w:sdt>" * levels + "</w:sdt>" * levels + CLOSE


def _deflated_repeat(prefix: bytes, chunk: bytes, times: int, suffix: bytes) -> tuple[bytes, int, int]:
    """Raw deflate of prefix + chunk * times + suffix, made in milliseconds: after a full flush
    the compressor forgets what came before, so every chunk compresses to the same bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.compress(suffix) + compressor.flush()
    crc = zlib.crc32(prefix)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(suffix, crc)
    return head + block * times + tail, crc, len(prefix) + len(chunk) * times + len(suffix)


def _zip_bytes(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip of (name, data, method, crc, size) entries, written by hand (the data already compressed)."""
    body, directory = b"", b""
    for name, data, method, crc, size in entries:
        encoded = name.encode()
        offset = len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data), size, len(encoded), 0)
        body += encoded + data
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(data), size,
                                 len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), len(body), 0)
    return body + directory + end


def zip_bomb(path: Path, megabytes: int) -> Path:
    """A .docx whose document.xml is `megabytes` MB of one paragraph's text, honestly declared."""
    chunk = b"A" * (1 << 20)
    data, crc, size = _deflated_repeat(f"{OPEN}<w:p><w:r><w:t>".encode(), chunk, megabytes,
                                       f"</w:t></w:r></w:p>{CLOSE}".encode())
    small = [(name, text.encode(), 0, zlib.crc32(text.encode()), len(text.encode()))
             for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS))]
    path.write_bytes(_zip_bytes([*small, ("word/document.xml", data, 8, crc, size)]))
    return path


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of `objects` (numbered from 1, the first the catalog) with a correct cross-reference table."""
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _zlib_repeat(chunk: bytes, times: int) -> bytes:
    """chunk * times in the zlib wrapping that PDF's FlateDecode and PNG expect."""
    raw, _, _ = _deflated_repeat(b"", chunk, times, b"")
    adler = 1
    for _ in range(times):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + raw + struct.pack(">I", adler)


def pdf_bomb(path: Path, megabytes: int) -> Path:
    """A one-page PDF whose content stream inflates to `megabytes` MB of spaces."""
    data = _zlib_repeat(b" " * (1 << 20), megabytes)
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    path.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                           b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
                           stream]))
    return path


def many_pages(path: Path, pages: int) -> Path:
    """A PDF of `pages` pages, each one short line of text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for number in range(pages):
        pdf.add_page()
        pdf.cell(text=f"Trang {number + 1} cua mot van ban dai")
    pdf.output(str(path))
    return path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def image_bomb(path: Path, height: int = 32_768) -> Path:
    """A grey PNG 32,767 pixels wide (32,768 high: a gigabyte once decoded, in about a megabyte).
    Its pixels are zeros, and so are the rows' filter bytes: 32 rows are one mebibyte of zeros."""
    header = struct.pack(">IIBBBBB", 32767, height, 8, 0, 0, 0, 0)
    pixels = _zlib_repeat(bytes(1 << 20), height // 32)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixels) + _chunk(b"IEND", b""))
    return path
