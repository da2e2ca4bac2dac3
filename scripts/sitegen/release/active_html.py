"""What the publish gate refuses in a built page: anything off the allowlist in
its content, and active HTML anywhere.

The content area (Material's `<article class="md-content__inner md-typeset">`)
holds what the page's Markdown became: it is parsed as a browser parses it and
held to the allowlist of load/html_allowlist.py (load/html_check.py), as `make check` holds each
hand-written page, so a page that slipped past the check still cannot ship.
The rest is the theme's markup, Material's and ours (docs/overrides): read
with regular expressions, since the gate reads thousands of pages. There no
event attribute, no javascript:, vbscript: or data: address where a page
links or loads, no frame or embedded object, no inline script but the
theme's settings (`<script id="__config" type="application/json">`); the
addresses of the scripts a page loads go back to the gate, which checks they
are the site's own.
"""

from __future__ import annotations

import html
import re

from ..load.html_allowlist import ACTIVE_TEXT, shown, url_scheme
from ..load.html_check import refusals

CONTENT_START = '<article class="md-content__inner md-typeset">'
CONTENT_END = "</article>"
# Material's content frame: a page that has it but not CONTENT_START was built by a theme that
# writes its content otherwise, which the check would not see.
CONTENT_FRAME = 'data-md-component="content"'
# Schemes that run or smuggle a document, wherever the theme's markup links or loads.
RUNNING_SCHEMES = ("javascript", "vbscript", "data")
# The theme's settings, JSON read by its script: not run.
THEME_SCRIPT = {"id": "__config", "type": "application/json"}

# Candidates, each confirmed below. They start with a literal, which the regular expression
# engine finds fast: the theme writes attribute names in lower case, as Jinja gives them.
_EVENT = re.compile(r"on[a-z]+[ \t\n\r\f]*=")
_BEFORE_ATTRIBUTE = frozenset(" \t\n\r\f/\"'")
# An address whose scheme-like start ends in ":" or an entity: "../x/" and "#id" fail at once.
# One pattern per name (formaction and xlink:href end in one), each faster than their alternation.
_URLS = [re.compile(name + r"""[ \t\n\r\f]*=[ \t\n\r\f]*(?:"[^"<>:/?#&]*[:&]|'[^'<>:/?#&]*[:&]|[^\s"'<>:/?#&]*[:&])""")
         for name in ("href", "src", "action")]
_EMBEDDING = re.compile(r"<(?=[iIfFoOeEaAbBpPmM])(?:(?i:(iframe|frame|frameset|object|embed|applet|base|portal))\b|(?i:meta\b)[^>]*(?i:refresh))")
_SCRIPT = re.compile(r"<script\b((?:\"[^\"]*\"|'[^']*'|[^>\"'])*)>", re.IGNORECASE)
_SCRIPT_END = re.compile(r"</script", re.IGNORECASE)
# A start tag and its attributes, quotes respected.
_TAG = re.compile(r"""<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^>"'])*)>""")
_ATTRIBUTE = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href"})


def own_addresses(site_url: str) -> tuple[str, ...]:
    """Addresses of the site's own that the allowlist's schemes leave out: its calendars'
    webcal:// subscriptions (render/templates/_calendar_subscription.j2)."""
    return (f"webcal://{site_url.partition('://')[2]}",) if "://" in site_url else ()


def page_refusals(text: str, own: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """What the page `text` may not carry (each to follow "trang có …"), and the addresses of the
    scripts it loads; `own` as for html_allowlist.refusals."""
    start = text.find(CONTENT_START)
    if start < 0 and CONTENT_FRAME in text:
        found, outside = [f"nội dung không nằm trong {CONTENT_START}: giao diện đã đổi cách viết trang, "
                          "cần sửa scripts/sitegen/release/active_html.py"], text
    elif start < 0:
        found, outside = [], text  # no content area: the form editor's page
    else:
        start += len(CONTENT_START)
        end = text.rfind(CONTENT_END)
        end = end if end >= start else len(text)
        found = [refusal.what for refusal in refusals(text[start:end], own)]
        outside = text[:start] + text[end:]
    scripts, inline = _scripts(outside)
    return found + _theme_refusals(outside) + inline, scripts


def _theme_refusals(text: str) -> list[str]:
    found = []
    candidates = [match.start() for match in _EVENT.finditer(text) if text[match.start() - 1] in _BEFORE_ATTRIBUTE]
    candidates += [match.start() for pattern in _URLS for match in pattern.finditer(text)]
    tags = {}  # by where they start: one tag may hold several candidates
    for at in candidates:
        if (found_tag := _tag_around(text, at)) is not None:
            tags[found_tag[0]] = found_tag[1]
    for name, attributes in tags.values():
        for attribute, value in attributes.items():
            scheme = url_scheme(value) if attribute in URL_ATTRIBUTES else None
            if attribute.startswith("on"):
                found.append(f"{ACTIVE_TEXT}: “<{name} {attribute}>”")
            elif scheme in RUNNING_SCHEMES:
                found.append(f"địa chỉ “{shown(value)}” trong “<{name} {attribute}>”: giao thức “{scheme}:” không được phép")
    found += [f"{ACTIVE_TEXT}: “<{(match.group(1) or 'meta http-equiv=refresh').lower()}>”" for match in _EMBEDDING.finditer(text)]
    return found


def _tag_around(text: str, at: int) -> tuple[int, tuple[str, dict[str, str]]] | None:
    """The start tag that position `at` of `text` stands inside, if any: where it starts, its name and
    its attributes, read with their quotes (an attribute's value may hold " onload=" as text)."""
    opened = text.rfind("<", 0, at)
    tag = _TAG.match(text, opened) if opened >= 0 else None
    if not tag or tag.end() <= at:
        return None
    return opened, (tag.group(1).lower(), _attributes(tag.group(2)))


def _attributes(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, double, single, bare in _ATTRIBUTE.findall(text):
        found.setdefault(name.lower(), html.unescape(double or single or bare))  # the first one counts
    return found


def _scripts(text: str) -> tuple[list[str], list[str]]:
    """The addresses of the scripts `text` loads, and a refusal for each inline script but the theme's."""
    addresses, refused = [], []
    for match in _SCRIPT.finditer(text):
        attributes = _attributes(match.group(1))
        if "src" in attributes:
            addresses.append(attributes["src"])
        elif attributes != THEME_SCRIPT:
            closed = _SCRIPT_END.search(text, match.end())
            body = text[match.end():closed.start() if closed else len(text)].strip()
            refused.append(f"{ACTIVE_TEXT}: “<script>” viết thẳng trong trang (“{shown(body)}”)")
    return addresses, refused
