"""A Word file's text in reading order: paragraphs and table cells (the
official header and the signature block are tables).

The main part (word/document.xml) is read here, not by python-docx: streamed
from the zip through expat, with bounds on what a hostile file can make us do.
A .docx is a zip, so a few hundred kilobytes can hold gigabytes of XML (a zip
bomb); its XML may declare entities that expand a billionfold, or nest
elements deeper than any parser's stack. Word writes none of these: each is
refused with one line, before it costs memory or time.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import IO
from xml.parsers import expat

from ...failures import RunFailed

# A Word file has a few dozen parts, a few hundred with many images.
MAX_ENTRIES = 2_000
# The text of a thousand pages is a few megabytes of XML: 30 MB is far past any letter.
MAX_PART_BYTES = 30_000_000
# Nested tables and text boxes stay within a few dozen levels; lxml's own limit is 256.
MAX_DEPTH = 256
_CHUNK = 1 << 16

_WORD = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
_FALLBACK = "http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_RELATIONSHIP = "/officeDocument"
_DEFAULT_MAIN = "word/document.xml"
# Run content that stands for a character; w:br and w:cr break the line (Shift+Enter).
_CHARACTERS = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}


class _Refused(Exception):
    """What made the reader stop, said in Vietnamese (without the file's name)."""


def _not_word(name: str) -> RunFailed:
    return RunFailed(f"Tệp {name} không phải tệp Word (.docx) đọc được: mở bằng Word và lưu lại thành .docx; chưa ghi gì.")


class _Text:
    """Collects the text of WordprocessingML paragraphs as expat reports the elements."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.paragraphs: list[list[str]] = []  # a text box's paragraph sits inside a run of another
        self.in_text = False
        self.skipping = 0  # depth inside mc:Fallback, the old copy of a text box (read once, in mc:Choice)

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if self.skipping or name == _FALLBACK:
            self.skipping += 1
            return
        namespace, _, local = name.rpartition("}")
        if namespace not in _WORD:
            return
        if local == "p":
            self.paragraphs.append([])
        elif local == "t":
            self.in_text = True
        elif local in _CHARACTERS and self.paragraphs:
            self.paragraphs[-1].append(_CHARACTERS[local])

    def end(self, name: str) -> None:
        if self.skipping:
            self.skipping -= 1
            return
        namespace, _, local = name.rpartition("}")
        if namespace not in _WORD:
            return
        if local == "t":
            self.in_text = False
        elif local == "p" and self.paragraphs:
            self.lines += "".join(self.paragraphs.pop()).split("\n")

    def characters(self, data: str) -> None:
        if self.in_text and not self.skipping and self.paragraphs:
            self.paragraphs[-1].append(data)


def _refuse_declarations(*_args) -> None:
    raise _Refused("có khai báo DOCTYPE hoặc thực thể (ENTITY), điều Word không bao giờ ghi: tệp đã bị sửa, có thể độc hại")


def _parse(stream: IO[bytes], part: str, on_start, on_end=None, on_characters=None) -> None:
    """Feed the part to expat in chunks, refusing DTDs and entities, and counting depth and bytes."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_declarations
    parser.EntityDeclHandler = _refuse_declarations
    parser.ExternalEntityRefHandler = _refuse_declarations
    depth = 0

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise _Refused(f"phần {part} lồng các thẻ XML sâu quá {MAX_DEPTH} tầng, điều Word không bao giờ ghi")
        on_start(name, attributes)

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1
        if on_end:
            on_end(name)

    parser.StartElementHandler, parser.EndElementHandler = start, end
    if on_characters:
        parser.CharacterDataHandler = on_characters
    read = 0
    try:
        while chunk := stream.read(_CHUNK):
            read += len(chunk)
            if read > MAX_PART_BYTES:  # the zip's own record of the size may lie
                raise _Refused(_too_big(part))
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise _Refused(f"phần {part} không đúng cú pháp XML (dòng {error.lineno}, cột {error.offset + 1}): "
                       "tệp hỏng hoặc chưa tải về hết") from None


def _too_big(part: str) -> str:
    return (f"phần {part} giải nén ra hơn {MAX_PART_BYTES // 1_000_000} MB, gấp trăm lần một văn bản dài: "
            "tệp hỏng hoặc độc hại (bom nén)")


def _main_part(archive: zipfile.ZipFile) -> str:
    """The document's main part as its package relationships name it (word/document.xml as a rule)."""
    targets: list[str] = []

    def relationship(name: str, attributes: dict[str, str]) -> None:
        if name.endswith("}Relationship") and attributes.get("Type", "").endswith(_RELATIONSHIP):
            targets.append(attributes.get("Target", ""))

    try:
        info = archive.getinfo("_rels/.rels")
    except KeyError:
        return _DEFAULT_MAIN
    if info.file_size > MAX_PART_BYTES:
        raise _Refused(_too_big("_rels/.rels"))
    with archive.open(info) as stream:
        _parse(stream, "_rels/.rels", relationship)
    return str(PurePosixPath(targets[0].lstrip("/"))) if targets else _DEFAULT_MAIN


def _read(archive: zipfile.ZipFile) -> list[str]:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise _Refused(f"chứa {len(entries)} tệp con, một tệp Word chỉ vài chục: tệp hỏng hoặc độc hại")
    part = _main_part(archive)
    info = archive.getinfo(part)
    if info.file_size > MAX_PART_BYTES:
        raise _Refused(_too_big(part))
    text = _Text()
    with archive.open(info) as stream:
        _parse(stream, part, text.start, text.end, text.characters)
    return text.lines


def docx_text(path: Path) -> str:
    """Every line of the .docx at `path`, or RunFailed when it is not a Word file or a hostile one."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "\n".join(_read(archive))
    except _Refused as refused:
        raise RunFailed(f"Không đọc tệp {path.name}: {refused}. Mở bằng Word, lưu lại thành .docx (hoặc xuất ra PDF) "
                        "rồi nhập lại; chưa ghi gì.") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, EOFError, OSError, RuntimeError,
            NotImplementedError, zlib.error):
        # Not a zip, no main part, an encrypted or unknown compression, a bad checksum.
        raise _not_word(path.name) from None
