"""Whether an SVG image is inert: a picture, not a program.

Opened on its own, an SVG is a document of the portal's origin and runs what
it holds. An image is accepted only when nothing in it can run or load:
no script, event handler (on…), foreign object, embedded frame, SMIL
animation of a link or handler, style sheet import, and no link (href, src,
xml:base, url()) except to a part of the same file (#id) or an embedded raster image
(data:image/png…). Illustrator's and Inkscape's metadata stays allowed.

The file is read as a browser reads it: decoded first (UTF-16 and UTF-32
too, text_encoding.py), then parsed as XML with expat, in pieces, so a big
file is never held whole (only its longest single piece of markup, such as
an embedded picture's data: address, as any XML parser must). What a parser would expand or act on unseen is
refused as such: an entity declaration, any internal DTD subset (its ATTLIST
can add an attribute to every element), and every processing instruction
(xml-stylesheet runs XSLT or CSS); the plain `<!DOCTYPE svg PUBLIC …>` that
editors write stays allowed. Attribute values are compared stripped and in
lower case, and CSS escapes (`\\75 rl(`) are undone before CSS is read.
"""

from __future__ import annotations

import re
from typing import BinaryIO
from xml.parsers import expat

from .text_encoding import incremental_decoder

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
_ACTIVE_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener"}
_ANIMATIONS = {"set", "animate", "animatetransform", "animatemotion"}
_INERT_REFERENCE = re.compile(r"^\s*(#|data:image/(png|jpeg|gif|webp)[;,])", re.IGNORECASE)
_URL = re.compile(r"url\(\s*['\"]?([^'\")]*)", re.IGNORECASE)
# CSS that loads or runs something without url(): @import "x.css", IE's expression(),
# and image-set("x.png"), whose strings are addresses.
_CSS_LOADS = re.compile(r"@import|expression\s*\(|image-set\s*\(", re.IGNORECASE)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(\r\n|[\n\r\f])|(.))", re.DOTALL)
_READ_BYTES = 1 << 20


class _Refused(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _local(name: str) -> str:
    """A tag or attribute name without its namespace: "http://…/xlink}href" -> "href"."""
    return name.rsplit("}", 1)[-1]


def _shown(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= 40 else value[:39] + "…"


def _css_character(match: re.Match[str]) -> str:
    hexadecimal, line_break, other = match.groups()
    if line_break is not None:
        return ""  # an escaped line break continues a string
    if other is not None:
        return other
    code = int(hexadecimal, 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def css_unescaped(text: str) -> str:
    """CSS text with its escapes undone, as the CSS tokenizer reads it: "\\75 rl(" -> "url("."""
    return _CSS_ESCAPE.sub(_css_character, text)


def _reference_problem(text: str) -> str | None:
    """A link or url() in `text` (CSS, or an attribute's value) that leaves the file."""
    text = css_unescaped(text)
    for target in _URL.findall(text):
        if not _INERT_REFERENCE.match(target):
            return f"liên kết ra ngoài “{_shown(target)}”"
    loads = _CSS_LOADS.search(text)
    return f"lệnh {_shown(loads.group())}" if loads else None


def _animated_attribute(value: str) -> str:
    """The attribute an animation changes, as a browser reads attributeName: "xlink:href " -> "href"."""
    return value.strip().lower().rpartition(":")[2]


def _element_problem(tag: str, attributes: dict[str, str]) -> str | None:
    name = _local(tag)
    kind = name.lower()
    if tag.startswith(f"{XHTML_NAMESPACE}}}"):
        return f"thẻ HTML <{name}>"
    if kind in _ACTIVE_ELEMENTS:
        return f"thẻ <{name}>"
    if kind in _ANIMATIONS:
        target = attributes.get("attributeName", "")
        if _animated_attribute(target) in ("href", "src") or _animated_attribute(target).startswith("on"):
            return f"thẻ <{name}> đổi thuộc tính {target.strip()}"
    for attribute, value in attributes.items():
        local = _local(attribute).strip().lower()
        if local.startswith("on"):
            return f"thuộc tính {_local(attribute)}"
        if local in ("href", "src", "base") and not _INERT_REFERENCE.match(value):  # base: xml:base moves every link
            return f"liên kết ra ngoài “{_shown(value)}”"
        problem = _reference_problem(value)
        if problem:
            return problem
    return None


class _Reader:
    """Expat's handlers: each element as it is read, and the text of <style>."""

    def __init__(self) -> None:
        self.parser = expat.ParserCreate(namespace_separator="}")
        self.root_seen = False
        self.style: list[str] | None = None  # the text of the <style> being read
        self.internal_subset = False
        handlers = {"StartElementHandler": self._start, "EndElementHandler": self._end,
                    "CharacterDataHandler": self._text, "ProcessingInstructionHandler": self._instruction,
                    "StartDoctypeDeclHandler": self._doctype, "EndDoctypeDeclHandler": self._end_doctype,
                    "EntityDeclHandler": self._entity}
        for name, handler in handlers.items():
            setattr(self.parser, name, handler)

    def _start(self, tag: str, attributes: dict[str, str]) -> None:
        if not self.root_seen and tag != f"{SVG_NAMESPACE}}}svg":
            raise _Refused("nội dung không phải ảnh SVG")
        self.root_seen = True
        problem = _element_problem(tag, attributes)
        if problem:
            raise _Refused(problem)
        if _local(tag).lower() == "style":
            self.style = []

    def _end(self, tag: str) -> None:
        if self.style is not None and _local(tag).lower() == "style":
            problem = _reference_problem("".join(self.style))
            if problem:
                raise _Refused(problem)
            self.style = None

    def _text(self, text: str) -> None:
        if self.style is not None:
            self.style.append(text)

    def _instruction(self, target: str, data: str) -> None:
        # The XML declaration is not a processing instruction to expat: it never comes here.
        raise _Refused(f"khai báo <?{_shown(target)}>")

    def _doctype(self, name: str, system: str | None, public: str | None, has_internal_subset: int) -> None:
        self.internal_subset = bool(has_internal_subset)

    def _end_doctype(self) -> None:
        if self.internal_subset:
            raise _Refused("phần khai báo riêng trong <!DOCTYPE … [ … ]>")

    def _entity(self, name: str, *rest: object) -> None:
        raise _Refused("khai báo thực thể <!ENTITY>")


def svg_problem(stream: BinaryIO) -> str | None:
    """What makes the SVG read from `stream` active (in Vietnamese), or None when it is inert."""
    reader = _Reader()
    head = stream.read(_READ_BYTES)
    decoder = incremental_decoder(head)
    try:
        chunk = head
        while chunk:
            reader.parser.Parse(decoder.decode(chunk), False)
            chunk = stream.read(_READ_BYTES)
        reader.parser.Parse(decoder.decode(b"", True), True)
    except _Refused as refused:
        return refused.reason
    except expat.ExpatError:
        return "nội dung hỏng, không đọc được"
    return None
