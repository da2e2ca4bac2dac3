"""Slugs for file names and URLs: ASCII, lower case, no diacritics, đ as d."""

import re

from slugify import slugify as _slugify

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def slugify(text: str) -> str:
    """Return the URL slug of `text` ("Lừa đảo trực tuyến" -> "lua-dao-truc-tuyen").

    python-slugify transliterates đ/Đ to d, which Python-Markdown's own
    slugify drops ("lừa đảo" -> "lua-ao").
    """
    return _slugify(text)


def is_slug(text: str) -> bool:
    """True when `text` is already a valid slug."""
    return bool(SLUG_PATTERN.match(text))


def toc_slugify(value: str, separator: str = "-") -> str:
    """Heading anchors for Python-Markdown's toc extension, with đ kept as d."""
    return _slugify(value, separator=separator)
