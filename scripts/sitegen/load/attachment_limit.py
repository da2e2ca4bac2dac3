"""How big one attachment may be: 20 MB, unless the department sets another
size in mkdocs.yml, where the webmaster keeps the site's other settings:

    extra:
      max_attachment_mb: 50

A site of leaflets and plans needs no bigger file, and a 200 MB one made a
publish take 657 MB of memory: such a file belongs on a file server, linked.
`make check` and the build read the same file, so they agree. MB as
Windows counts them (1 MB = 1,048,576 bytes), so the size
a clerk sees in Explorer is the size compared.
"""

from __future__ import annotations

import math
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode

from ..problems import Problem
from .mkdocs_settings import CONFIG, composed_config

SETTING = "max_attachment_mb"
DEFAULT_MB = 20
MEGABYTE = 1024 * 1024


def megabytes(size: int) -> str:
    """A size in MB the Vietnamese way, rounded up to a tenth so that a file over
    the limit never reads as equal to it: 20 MB and one byte -> "20,1"."""
    tenths = math.ceil(size * 10 / MEGABYTE)
    return f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths // 10},{tenths % 10}"


def _setting(root: Path) -> tuple[Node, str] | None:
    """The node of extra.max_attachment_mb in mkdocs.yml and its text as written;
    None when it is not set, or when MkDocs cannot read the file (MkDocs reports it).
    """
    found = composed_config(root)
    if found is None:
        return None
    text, node = found
    for key in ("extra", SETTING):
        if not isinstance(node, MappingNode):
            return None
        node = next((value for name, value in node.value if isinstance(name, ScalarNode) and name.value == key), None)
    return (node, text[node.start_mark.index: node.end_mark.index]) if node is not None else None


def _megabytes_set(node: Node) -> float:
    """The number of MB a node holds ("2,5" too); NaN when it holds none."""
    try:
        return float(node.value.replace(",", ".")) if isinstance(node, ScalarNode) else math.nan
    except ValueError:
        return math.nan


def attachment_limit(root: Path) -> tuple[int, list[Problem]]:
    """The largest attachment allowed, in bytes, and a problem when the setting is not a size."""
    found = _setting(root)
    if found is None:
        return DEFAULT_MB * MEGABYTE, []
    node, written = found
    value = _megabytes_set(node)
    if not 0 < value <= 100_000:  # NaN too
        mark = node.start_mark
        return DEFAULT_MB * MEGABYTE, [Problem(CONFIG, mark.line + 1, mark.column + 1,
                                               f"Giới hạn tệp đính kèm “{written}” không phải một số MB",
                                               f"ghi một số lớn hơn 0, ví dụ {SETTING}: {DEFAULT_MB}")]
    return int(value * MEGABYTE), []
