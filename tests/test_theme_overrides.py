"""Copies of Material's templates in docs/overrides stay copies of the Material installed.

Each copy names the file it was made from and that file's SHA-256; when an
upgrade of Material changes the file, the copy must be made again with our
changes (marked "cd:") redone, or the site would mix two versions of the theme.
"""

from __future__ import annotations

import hashlib
import re
from importlib.metadata import version
from pathlib import Path

import material
import pytest
from conftest import ROOT

OVERRIDES = ROOT / "docs" / "overrides"
MATERIAL = Path(material.__file__).parent / "templates"
COPY = re.compile(r"\{#- Copy of Material for MkDocs' (?P<name>\S+) \((?P<version>[\d.]+), sha256 (?P<sha256>[0-9a-f]{64})\)")
COPIES = sorted(path.relative_to(OVERRIDES).as_posix() for path in OVERRIDES.rglob("*.html")
                if COPY.match(path.read_text(encoding="utf-8")))


def test_the_copies_are_found() -> None:
    assert COPIES == ["base.html", "partials/nav-item.html", "partials/search.html", "partials/toc.html"]


@pytest.mark.parametrize("name", COPIES)
def test_a_copy_matches_the_material_installed(name: str) -> None:
    header = COPY.match((OVERRIDES / name).read_text(encoding="utf-8"))
    assert header["name"] == name
    installed = hashlib.sha256((MATERIAL / name).read_bytes()).hexdigest()
    assert (header["version"], header["sha256"]) == (version("mkdocs-material"), installed), (
        f"Material's {name} changed: copy it again into docs/overrides/{name} and redo the changes marked \"cd:\"")


@pytest.mark.parametrize("name", COPIES)
def test_a_copy_marks_each_change(name: str) -> None:
    """Every line not in Material's file sits in a "cd:" change or the header that explains them."""
    ours = (OVERRIDES / name).read_text(encoding="utf-8")
    theirs = set((MATERIAL / name).read_text(encoding="utf-8").splitlines())
    body = ours.split(" -#}\n", 1)[1].splitlines()  # after the header comment
    changed = [line for line in body if line not in theirs]
    marks = [line for line in changed if "{#- cd:" in line]
    assert marks, f"{name}: no change marked \"cd:\""
    unmarked = [line for index, line in enumerate(body) if line in changed and "{#- cd:" not in line
                and not any("{#- cd:" in earlier for earlier in body[max(0, index - 3):index])]
    assert unmarked == [], f"{name}: changed lines without a \"cd:\" mark just above them"
