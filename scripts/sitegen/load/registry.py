"""The registries, one YAML file per record.

campaigns/registries/documents/2416-btttt-cattt.yml holds one document,
units/ one unit each, organizations/ one organisation each: two clerks who
add two documents touch two files, and their pull requests never conflict.
A file is named after its record (record_file_name); the name is a
convenience for people, never read: the record's own id or number is what
campaigns refer to, and what gives its page its address.

The checks across records (references.py and others) read a registry as one
list, as they did when each registry was one file: a Registry answers
`data[name][index]` and places a problem at the line of the record's own file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model.slugs import slugify
from ..problems import Problem
from .loader import JsonPath, LoadedFile
from .repo_files import is_hidden, regular_files

CAMPAIGNS_DIR = "campaigns"
REGISTRIES_DIR = "campaigns/registries"
REGISTRIES = ("documents", "units", "organizations")


def registry_folder(name: str) -> str:
    """The folder of a registry's records, from the repository's root."""
    return f"{REGISTRIES_DIR}/{name}"


def is_campaign_file(path: str) -> bool:
    """A file right inside campaigns/ named like YAML (x.yml, and x.yaml or x.YML, which get a line of their own)."""
    return path.count("/") == 1 and path.rpartition(".")[2].lower() in ("yml", "yaml")


def registry_of(path: str) -> str | None:
    """The registry a record file belongs to (campaigns/registries/units/x.yml -> units), else None."""
    folder, _, name = path.rpartition("/")
    registry = folder.removeprefix(f"{REGISTRIES_DIR}/")
    return registry if registry in REGISTRIES and folder == registry_folder(registry) and name.endswith(".yml") else None


def campaign_files(root: Path, tree: list[str] | None = None) -> list[Path]:
    """The campaign files, in a stable order: regular files only, among `tree`
    (the regular files of campaigns/) when the caller has walked it already."""
    tree = regular_files(root, CAMPAIGNS_DIR)[0] if tree is None else tree
    return [root / path for path in tree if is_campaign_file(path)]


def registry_files(root: Path, name: str, tree: list[str] | None = None) -> list[Path]:
    """The record files of registry `name`, in file-name order (regular files only)."""
    tree = regular_files(root, CAMPAIGNS_DIR)[0] if tree is None else tree
    return sorted((root / path for path in tree if not is_hidden(path) and registry_of(path) == name),
                  key=lambda path: path.stem)  # "a" before "a-2", as people number copies


def document_ref(record: dict[str, Any]) -> str:
    """How campaigns refer to a document: its id when it has one, else its number."""
    return record.get("id") or record["number"]


def record_key(name: str, record: dict[str, Any]) -> str:
    """How the site names a record: a document by document_ref, anything else by its id ("" when it has none)."""
    if name == "documents":
        return document_ref(record) if record.get("id") or record.get("number") else ""
    return record.get("id") or ""


def record_file_name(name: str, record: dict[str, Any]) -> str:
    """The file a new record gets: its key as a page address writes it ("2416/BTTTT-CATTT" -> 2416-btttt-cattt.yml)."""
    return f"{slugify(record_key(name, record))}.yml"


@dataclass
class Registry:
    """A registry read from its folder, seen as the one list the checks know: data[name] is
    every record, in file-name order; a path (name, index, …) points into record `index`'s file."""

    name: str
    files: list[LoadedFile] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.path = registry_folder(self.name) + "/"
        self.data = {self.name: [file.data for file in self.files]}

    def _split(self, path: JsonPath) -> tuple[LoadedFile | None, JsonPath]:
        if len(path) >= 2 and path[0] == self.name and isinstance(path[1], int) and 0 <= path[1] < len(self.files):
            return self.files[path[1]], path[2:]
        return None, path

    def file_of(self, index: int) -> str:
        """The file (from the root) holding record `index`."""
        return self.files[index].path

    def position(self, path: JsonPath, *, key: bool = False) -> tuple[int, int]:
        file, inside = self._split(path)
        return file.position(inside, key=key) if file else (1, 1)

    def problem(self, path: JsonPath, message: str, hint: str = "", *, key: bool = False, warning: bool = False) -> Problem:
        file, inside = self._split(path)
        if file is None:
            return Problem(self.path, 1, 1, message, hint, warning)
        return file.problem(inside, message, hint, key=key, warning=warning)

    def raw(self, path: JsonPath) -> Any:
        file, inside = self._split(path)
        return file.raw(inside) if file else None

    def forget_positions(self) -> None:
        for file in self.files:
            file.forget_positions()
