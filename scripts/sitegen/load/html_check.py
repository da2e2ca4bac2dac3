"""A page's content judged as a browser reads it, against html_allowlist.py.

A check on the text misses what the parser makes of it: an event attribute
on the next line, `<svg/onload>`, `&#106;avascript:`, a tab inside
"javascript", an attribute added by attr_list. So the content is parsed by an
HTML5 parser (justhtml: pure Python, no dependencies, passes the
html5lib-tests tree-construction suite; html5lib is unmaintained and half as
fast, nh3 sanitises but cannot say what it removed), and every element of the
tree, with each attribute, must be on the allowlist.

The publish gate reads thousands of pages whose content is the plain markup
that Markdown and the templates write: lower-case tags, double-quoted
attributes, no comment. A parse costs a millisecond or more a page, so such
content is first read by a strict pattern: when every "<" in it starts a
plain start or end tag, a browser reads exactly those tags, and their
names and attributes are judged by the same allowlist. Anything else, and
anything refused, goes to the parser, which alone words the refusals.
"""

from __future__ import annotations

import functools
import html
import re
import secrets
from collections.abc import Iterator

from .html_allowlist import Refusal, element_refusals

# Appended to the content, with an id the content cannot guess: if it does not come out as
# the last element, the content ends inside a tag, an attribute or a comment, which in the
# page would swallow the theme's markup after it.
_END_MARK = "<b id={}></b>"
UNCLOSED = Refusal("mã HTML chưa đóng ở cuối (thẻ, thuộc tính trong ngoặc kép hoặc chú thích “<!--” chưa đóng)",
                   "unclosed", ("<!--", '="', "='"))

# Plain markup. HTML's own whitespace only (Python's \s takes more), ASCII names, attribute
# values in double quotes with no "<" and only the entities escaping writes.
_SPACE = "[ \t\n\r\f]"
_VALUE = r'"[^"<&]*(?:&(?:amp|quot|lt|gt|#39|#34);[^"<&]*)*"'
_PLAIN_START = re.compile(rf"<([a-z][a-z0-9]*)((?:{_SPACE}+[a-zA-Z][a-zA-Z0-9-]*(?:={_VALUE})?)*){_SPACE}*/?>")
_PLAIN_END = re.compile(rf"</[a-z][a-z0-9]*{_SPACE}*>")
_PLAIN_ATTRIBUTE = re.compile(rf'([a-zA-Z][a-zA-Z0-9-]*)(?:="([^"]*)")?')


def refusals(content: str, own: tuple[str, ...] = ()) -> list[Refusal]:
    """Everything in the HTML fragment `content` that is not on the allowlist, in document order.
    `own`: addresses of the site's own whatever their scheme (element_refusals)."""
    if _plainly_allowed(content, own):
        return []
    from justhtml import JustHTML  # here: its import takes 80 ms, which plain content and other commands need not pay

    end = f"cd-end-{secrets.token_hex(8)}"
    elements = list(_elements(JustHTML(content + _END_MARK.format(end), fragment=True, sanitize=False).root))
    found = [refusal for element in elements
             for refusal in element_refusals(element.name, element.namespace, element.attrs or {}, own)]
    last = elements[-1] if elements else None
    if last is None or (last.name, last.attrs, last.children) != ("b", {"id": end}, []):
        found.append(UNCLOSED)
    return found


def _elements(root) -> Iterator:
    """The elements under `root` in document order, those inside <template> too; without
    recursion, which content nested thousands deep would exhaust."""
    stack = list(reversed(root.children or []))
    while stack:
        node = stack.pop()
        if getattr(node, "name", "#").startswith("#"):
            continue  # text, comments
        yield node
        children = list(node.children or [])
        if getattr(node, "template_content", None) is not None:
            children += node.template_content.children or []
        stack.extend(reversed(children))


def _plainly_allowed(content: str, own: tuple[str, ...]) -> bool:
    """True when `content` is plain markup whose every tag is allowed (see the module's docstring).

    Each match holds exactly one "<", its first character; so when the matches are as many as
    the "<", every "<" starts one, and the text between them is text to a browser too. Plain
    markup keeps the tokenizer in its data state: the tags that would change it (script,
    style, textarea, title…) are not allowed, and a comment or CDATA section is not plain."""
    starts = _PLAIN_START.findall(content)
    if len(starts) + len(_PLAIN_END.findall(content)) != content.count("<"):
        return False
    return all(_plain_tag_allowed(name, attributes, own) for name, attributes in starts)


@functools.lru_cache(maxsize=65536)  # a pure function of its arguments; templates repeat their tags
def _plain_tag_allowed(name: str, attributes: str, own: tuple[str, ...]) -> bool:
    pairs = _PLAIN_ATTRIBUTE.findall(attributes)
    values = {attribute.lower(): html.unescape(value) for attribute, value in pairs}
    # A repeated attribute counts once, the first, in a browser: leave that to the parser.
    return len(values) == len(pairs) and not element_refusals(name, "html", values, own)
