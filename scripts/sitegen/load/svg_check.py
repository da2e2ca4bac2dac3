"""Whether an SVG image is inert: a picture, not a program.

Opened on its own, an SVG is a document of the portal's origin and runs what
it holds. An image is accepted only when nothing in it can run or load:
no script, event handler (on…), foreign object, embedded frame, SMIL
animation of a link or handler, style sheet import, XSLT or entity
declaration, and no link (href, src, url()) except to a part of the same
file (#id) or an embedded raster image (data:image/png…). Illustrator's and
Inkscape's metadata stays allowed.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
_ACTIVE_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener"}
_ANIMATIONS = {"set", "animate", "animatetransform", "animatemotion"}
_INERT_REFERENCE = re.compile(r"^\s*(#|data:image/(png|jpeg|gif|webp)[;,])", re.IGNORECASE)
_URL = re.compile(r"url\(\s*['\"]?([^'\")]*)", re.IGNORECASE)
# Refused on the raw text: ElementTree would drop or expand them unseen.
_DECLARATIONS = [(re.compile(rb"<!ENTITY", re.IGNORECASE), "khai báo thực thể <!ENTITY>"),
                 (re.compile(rb"<\?xml-stylesheet", re.IGNORECASE), "khai báo <?xml-stylesheet>")]


def _local(name: str) -> str:
    """A tag or attribute name without its namespace: "{http://…/xlink}href" -> "href"."""
    return name.rsplit("}", 1)[-1]


def _shown(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= 40 else value[:39] + "…"


def _reference_problem(text: str) -> str | None:
    """A link or url() in `text` that leaves the file."""
    for target in _URL.findall(text):
        if not _INERT_REFERENCE.match(target):
            return f"liên kết ra ngoài “{_shown(target)}”"
    if "@import" in text.lower():
        return "lệnh @import"
    return None


def _element_problem(element: ElementTree.Element) -> str | None:
    name = _local(element.tag)
    kind = name.lower()
    if element.tag.startswith(f"{{{XHTML_NAMESPACE}}}"):
        return f"thẻ HTML <{name}>"
    if kind in _ACTIVE_ELEMENTS:
        return f"thẻ <{name}>"
    if kind in _ANIMATIONS:
        target = element.get("attributeName", "")
        if target.lower().endswith("href") or target.lower().startswith("on"):
            return f"thẻ <{name}> đổi thuộc tính {target}"
    for attribute, value in element.attrib.items():
        local = _local(attribute)
        if local.lower().startswith("on"):
            return f"thuộc tính {local}"
        if local.lower() in ("href", "src") and not _INERT_REFERENCE.match(value):
            return f"liên kết ra ngoài “{_shown(value)}”"
        problem = _reference_problem(value)
        if problem:
            return problem
    return _reference_problem(element.text or "") if kind == "style" else None


def svg_problem(data: bytes) -> str | None:
    """What makes the SVG `data` active (in Vietnamese), or None when it is inert."""
    for pattern, reason in _DECLARATIONS:
        if pattern.search(data):
            return reason
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return "nội dung hỏng, không đọc được"
    if root.tag != f"{{{SVG_NAMESPACE}}}svg":
        return "nội dung không phải ảnh SVG"
    for element in root.iter():  # elements only: ElementTree leaves comments out
        problem = _element_problem(element)
        if problem:
            return problem
    return None
