"""Sources: every valid input file of the site, by role, as load_sources hands them on.

A plain record: the checks across files (references.py, page_clashes.py,
quoted_titles.py) and the model read it, and none of them imports the loader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..model.ageing import AgeingRules
from ..problems import Problem
from .attachment_limit import DEFAULT_MB, MEGABYTE
from .department import Department
from .loader import LoadedFile
from .registry import Registry


@dataclass
class Sources:
    """Every valid input file of the site, by role."""

    root: Path
    campaigns: dict[str, LoadedFile]  # by slug (the file name)
    documents: Registry
    units: Registry
    organizations: Registry
    warnings: list[Problem] = field(default_factory=list)  # likely slips that do not stop the build
    max_attachment_bytes: int = DEFAULT_MB * MEGABYTE  # mkdocs.yml's extra.max_attachment_mb
    ageing: AgeingRules = field(default_factory=AgeingRules)  # mkdocs.yml's extra.ageing
    department: Department | None = None  # mkdocs.yml's extra.department: who runs the site
