"""Which HTML a page's content may carry: the allowlist, element by element.

The site's CSP trusts scripts of the site's own address, and the preview and
other web servers may send no CSP at all, so a page that runs anything is a
way in. A list of what is forbidden always misses a spelling, so this lists
what is allowed: the elements and attributes that Markdown, its extensions
(tables, attr_list, md_in_html, admonition), the site's templates and an
editor's HTML for layout need, nothing that runs, embeds, submits or
redirects. Addresses keep to http, https, mailto and tel, or stay relative,
judged as a browser reads them. html_check.py applies it to a parsed page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Layout and text: what Markdown, its extensions and an editor's HTML for layout produce.
ELEMENTS = frozenset({
    "p", "br", "hr", "wbr", "h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "a", "img",
    "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr", "dfn", "q", "cite",
    "time", "code", "kbd", "samp", "var", "pre", "blockquote", "figure", "figcaption",
    "ul", "ol", "li", "dl", "dt", "dd", "details", "summary",
    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
})
# The theme's icons (the edit button's pencil): SVG with nothing but a drawing.
SVG_ELEMENTS = frozenset({"svg", "path"})
# Elements that run, embed, submit or redirect: named as such in messages.
ACTIVE = frozenset({"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "form",
                    "link", "style", "portal"})
# What the site's scripts read (status.js): the dates and states of tasks and reports, and the
# department's ageing rules with the days each listed campaign ages by (model/ageing.py).
DATA_ATTRIBUTES = frozenset({"data-cancelled", "data-date", "data-done", "data-due", "data-dues", "data-end",
                             "data-first", "data-label", "data-last", "data-progress", "data-records", "data-start",
                             "data-recent-days", "data-horizon-months", "data-age-first", "data-age-last",
                             "data-age-newest", "data-ageing-list", "data-ageing-tasks", "data-list"})
GLOBAL_ATTRIBUTES = frozenset({"class", "id", "title", "lang", "dir", "hidden", "aria-label", "aria-hidden"}) | DATA_ATTRIBUTES
_CELL = frozenset({"colspan", "rowspan", "style", "align"})
# By element, beside the global ones; names in lower case (SVG's viewBox too).
ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "rel"}),
    "img": frozenset({"src", "alt", "width", "height", "loading"}),
    "th": _CELL | {"scope"}, "td": _CELL,
    "ol": frozenset({"start", "reversed", "type"}), "li": frozenset({"value"}),
    "details": frozenset({"open"}), "time": frozenset({"datetime"}), "col": frozenset({"span"}), "colgroup": frozenset({"span"}),
    "svg": frozenset({"xmlns", "viewbox", "width", "height", "fill", "focusable"}),
    "path": frozenset({"d", "fill", "fill-rule", "clip-rule"}),
}
URL_ATTRIBUTES = frozenset({"href", "src"})
SCHEMES = ("http", "https", "mailto", "tel")
# The tables extension aligns a column with an inline style; no other style is needed.
_ALIGNMENT = re.compile(r"\s*text-align\s*:\s*(?:left|right|center)\s*;?\s*", re.IGNORECASE)
# The theme's own ids ("__config" holds its settings, "__search" its search box): a page's
# element with one of them would stand in for the theme's.
RESERVED_ID = "__"
# Browsers drop tabs and line breaks anywhere in a URL, and C0 controls and spaces around it.
_URL_NOISE = re.compile(r"[\t\n\r]")
_URL_EDGES = "".join(map(chr, range(0x21)))
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
ACTIVE_TEXT = "mã HTML chạy được hoặc nhúng nội dung"
SHOWN_LENGTH = 60


@dataclass(frozen=True)
class Refusal:
    """One thing the content may not carry: what it is, in Vietnamese (to follow "Trang có …"),
    its kind (one of KINDS), and the source texts that say where it is, most precise first."""

    what: str
    kind: str
    needles: tuple[str, ...] = ()


KINDS = ("active", "element", "attribute", "url", "style", "id", "unclosed")


def url_scheme(url: str) -> str | None:
    """The scheme a browser reads in `url` (already entity-decoded), lower case; None when relative."""
    found = _SCHEME.match(_URL_NOISE.sub("", url).strip(_URL_EDGES))
    return found.group(1).lower() if found else None


def shown(text: str) -> str:
    """`text` short enough for a one-line message."""
    return text if len(text) <= SHOWN_LENGTH else text[:SHOWN_LENGTH - 1] + "…"


def element_refusals(name: str, namespace: str | None, attributes: dict[str, str | None],
                     own: tuple[str, ...] = ()) -> list[Refusal]:
    """What is refused in one element, its attributes included. `own`: addresses of the site's
    own whatever their scheme (the calendars' webcal:// links, which the templates write)."""
    # One list for HTML and SVG: an HTML name inside <svg> is an unknown, inert SVG element (or a
    # link, svg:a, held to the same rules), and the strict reading of html_check.py cannot tell them apart.
    allowed = ELEMENTS | SVG_ELEMENTS if namespace in (None, "html", "svg") else frozenset()
    checked = [refusal for attribute, value in attributes.items()
               if (refusal := attribute_refusal(name, attribute, value or "", own))]
    if name in allowed and name not in ACTIVE:
        return checked
    # Off the list: its event attributes are worth naming too, the rest goes with it.
    running = [refusal for refusal in checked if refusal.kind == "active"]
    if name in ACTIVE:
        return [Refusal(f"{ACTIVE_TEXT}: “<{name}>”", "active", (f"<{name}", name)), *running]
    return [Refusal(f"thẻ HTML “<{name}>” không có trong danh sách được phép", "element", (f"<{name}", name)), *running]


def attribute_refusal(element: str, attribute: str, value: str, own: tuple[str, ...] = ()) -> Refusal | None:
    """Why `attribute`="`value`" may not stand on `element`; None when it may."""
    tag, attribute = f"<{element} {attribute}>", attribute.lower()
    if attribute.startswith("on"):
        return Refusal(f"{ACTIVE_TEXT}: “{tag}”", "active", (attribute,))
    if attribute not in GLOBAL_ATTRIBUTES and attribute not in ATTRIBUTES.get(element, ()):
        return Refusal(f"thuộc tính HTML “{tag}” không có trong danh sách được phép", "attribute", (attribute,))
    if attribute in URL_ATTRIBUTES:
        scheme = url_scheme(value)
        if scheme is not None and scheme not in SCHEMES and not (own and value.startswith(own)):
            return Refusal(f"địa chỉ “{shown(value)}” trong “{tag}”: giao thức “{scheme}:” không được phép",
                           "url", (value, value.partition(":")[2], scheme))
    if attribute == "style" and not _ALIGNMENT.fullmatch(value):
        return Refusal(f"kiểu trình bày “{shown(value)}” trong “{tag}” không được phép (chỉ dùng để căn lề ô bảng)",
                       "style", (value, attribute))
    if attribute == "id" and value.startswith(RESERVED_ID):
        return Refusal(f"mã định danh “{shown(value)}” dành riêng cho giao diện trang (“{tag}”)", "id", (value,))
    return None
