"""mkdocs.yml as YAML nodes, for the settings the check reads from it (attachment_limit.py,
ageing_settings.py). Composed, not loaded: mkdocs.yml holds MkDocs' own tags (!ENV,
!!python/name), which only MkDocs constructs. A file MkDocs cannot read, MkDocs reports.

PyYAML composes it in pure Python, about 10 ms each time: every load_sources read it twice,
and the preview loads on every save (checking the import corpus's drafts, 800 times). One
tree is kept for each text of the file, compared by content, not by time: an edit is a new
text, even two saves of the same size within the file system's clock tick. The nodes are
shared by every caller, which only read them.
"""

from __future__ import annotations

import functools
from pathlib import Path

import yaml
from yaml.nodes import Node

CONFIG = "mkdocs.yml"


def composed_config(root: Path) -> tuple[str, Node | None] | None:
    """The text of `root`/mkdocs.yml and its root node (None when it is empty or not YAML);
    None when the file cannot be read as UTF-8 text."""
    try:
        text = (root / CONFIG).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return text, _composed(text)


@functools.lru_cache(maxsize=4)
def _composed(text: str) -> Node | None:
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
