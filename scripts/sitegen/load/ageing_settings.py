"""The department's ageing rules (model/ageing.py), read from mkdocs.yml, where
the webmaster keeps the site's other settings:

    extra:
      ageing:
        recent_days: 60      # days an ended campaign stays under "Đã kết thúc gần đây"
        horizon_months: 6    # months an undated campaign stays current after its newest document

A setting left out keeps its default; one that is not a whole number of days
or months stops `make check` with a message naming its line.
"""

from __future__ import annotations

from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode

from ..model.ageing import AgeingRules
from ..problems import Problem
from .mkdocs_settings import CONFIG, composed_config

SECTION = "ageing"
# (setting, what it counts, the largest value that still means something)
SETTINGS = {"recent_days": ("ngày", 3660), "horizon_months": ("tháng", 120)}


def _child(node: Node | None, key: str) -> Node | None:
    if not isinstance(node, MappingNode):
        return None
    return next((value for name, value in node.value if isinstance(name, ScalarNode) and name.value == key), None)


def _section(root: Path) -> Node | None:
    """The node of extra.ageing, composed (mkdocs.yml holds tags only MkDocs constructs); None when absent."""
    found = composed_config(root)  # None for a file MkDocs cannot read: MkDocs reports it
    return _child(_child(found[1], "extra"), SECTION) if found else None


def ageing_rules(root: Path) -> tuple[AgeingRules, list[Problem]]:
    """The rules mkdocs.yml sets, the defaults for what it leaves out, and a problem for each value that is not one."""
    section = _section(root)
    values: dict[str, int] = {}
    problems: list[Problem] = []
    for setting, (unit, largest) in SETTINGS.items():
        node = _child(section, setting)
        if node is None:
            continue
        text = node.value if isinstance(node, ScalarNode) else ""
        if text.isascii() and text.isdigit() and 0 < int(text) <= largest:
            values[setting] = int(text)
            continue
        default = getattr(AgeingRules(), setting)
        problems.append(Problem(CONFIG, node.start_mark.line + 1, node.start_mark.column + 1,
                                f"Thiết lập {SECTION}: {setting} “{text}” không phải một số {unit}",
                                f"ghi một số nguyên từ 1 đến {largest}, ví dụ {setting}: {default}"))
    return AgeingRules(**values), problems
