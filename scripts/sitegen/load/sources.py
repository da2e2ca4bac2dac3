"""Finding, loading and validating every editor's file of a project.

`load_sources` either returns sources that are valid as a whole (no symlink
in campaigns/ or docs/, no file there left unread, each file against its
schema, every reference between files, no two inputs on one page), or raises
ProblemsFound with every problem of every file at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..model.slugs import is_slug, slugify
from ..problems import Problem, ProblemsFound
from .ageing_settings import ageing_rules
from .attachment_limit import attachment_limit
from .department import load_department
from .docs_files import copied, docs_files, docs_problems
from .empty_fields import drop_empty
from .inputs import Sources
from .loader import MAX_FILE_BYTES, LoadedFile, LoadError, load_yaml_file
from .page_clashes import page_clash_problems
from .quoted_titles import quoted_title_warnings
from .references import reference_problems
from .registry import (CAMPAIGNS_DIR, REGISTRIES, REGISTRIES_DIR, Registry, campaign_files, is_campaign_file,
                       record_file_name, registry_files, registry_folder, registry_of)
from .repo_files import is_hidden, regular_files
from .schema import SCHEMAS
from .validate import schema_problems

__all__ = ["CAMPAIGNS_DIR", "REGISTRIES", "REGISTRIES_DIR", "LoadCache", "Sources", "campaign_files", "load_sources",
           "registry_files"]


@dataclass
class LoadCache:
    """Files already parsed and checked against their schema, kept by `serve`
    between regenerations: after an edit only changed files are parsed again.

    Files are compared by content, not by time: two saves within the file
    system's clock tick would look alike.
    """

    entries: dict[Path, tuple[bytes, LoadedFile | None, list[Problem]]] = field(default_factory=dict)
    seen: set[Path] = field(default_factory=set)

    def get(self, path: Path, content: bytes) -> tuple[LoadedFile | None, list[Problem]] | None:
        self.seen.add(path)
        entry = self.entries.get(path)
        return entry[1:] if entry and entry[0] == content else None

    def put(self, path: Path, content: bytes, loaded: LoadedFile | None, problems: list[Problem]) -> None:
        self.entries[path] = (content, loaded, problems)

    def forget_unseen(self) -> None:
        """Drop deleted files; call after a whole load."""
        self.entries = {path: entry for path, entry in self.entries.items() if path in self.seen}
        self.seen = set()


def _load(root: Path, path: Path, schema: str, problems: list[Problem], cache: LoadCache | None) -> LoadedFile | None:
    limit = MAX_FILE_BYTES
    if cache is None:
        loaded, found = _parse_and_check(root, path, schema, limit)
    else:
        with path.open("rb") as file:
            content = file.read(limit + 1)  # enough to tell a file over the limit
        cached = cache.get(path, content)
        loaded, found = cached if cached is not None else _parse_and_check(root, path, schema, limit)
        cache.put(path, content, loaded, found)
    problems.extend(found)
    return loaded


def _parse_and_check(root: Path, path: Path, schema: str, limit: int) -> tuple[LoadedFile | None, list[Problem]]:
    display = path.relative_to(root).as_posix()
    try:
        loaded, found = load_yaml_file(path, display, limit)
    except LoadError as error:
        return None, error.problems
    drop_empty(loaded, SCHEMAS[schema])  # null, "" and blank list items: what the web editor writes for "nothing"
    return loaded, found + schema_problems(loaded, schema)


def _stray_problem(path: str) -> Problem:
    name = path.rpartition("/")[2]
    legacy = name.removesuffix(".yml")
    if path == f"{REGISTRIES_DIR}/{name}" and legacy in REGISTRIES:
        return Problem(path, 1, 1, f"Sổ danh mục nay là thư mục {registry_folder(legacy)}/, mỗi bản ghi một tệp; tệp "
                       f"“{name}” kiểu cũ không được đọc nữa",
                       "chạy make fmt: lệnh tách mỗi bản ghi thành một tệp trong thư mục đó, nội dung không đổi")
    if path.startswith(f"{REGISTRIES_DIR}/"):
        return Problem(path, 1, 1, f"Tệp “{name}” không thuộc sổ danh mục nào nên không được đọc",
                       f"mỗi bản ghi là một tệp .yml đặt thẳng trong "
                       f"{', '.join(registry_folder(registry) + '/' for registry in REGISTRIES)}; "
                       f"chiến dịch thì đặt thẳng trong {CAMPAIGNS_DIR}/")
    if path.count("/") > 1:
        return Problem(path, 1, 1, f"Tệp nằm trong thư mục con của {CAMPAIGNS_DIR}/ nên không được đọc",
                       f"chuyển tệp lên thẳng {CAMPAIGNS_DIR}/, ví dụ {CAMPAIGNS_DIR}/{name}")
    return Problem(path, 1, 1, f"Tệp “{name}” không phải tệp chiến dịch .yml nên không được đọc",
                   f"{CAMPAIGNS_DIR}/ chỉ chứa tệp chiến dịch .yml; tài liệu đính kèm đặt ở docs/tai-lieu/")


def stray_file_problems(tree: list[str]) -> list[Problem]:
    """A problem for each file of campaigns/ that nothing would read: in a
    sub-folder (other than a registry's), a file of registries/ that is not
    a record, or a file right inside campaigns/ that is not YAML.
    Hidden files (.gitkeep, .DS_Store) are left alone."""
    return [_stray_problem(path) for path in tree
            if not (is_hidden(path) or registry_of(path) or is_campaign_file(path))]


def _record_name_problems(root: Path, path: Path, name: str, loaded: LoadedFile | None) -> list[Problem]:
    """A record file's name must be one a web address and every system can carry; which one is free."""
    if is_slug(path.stem):
        return []
    record = loaded.data if loaded is not None and isinstance(loaded.data, dict) else {}
    better = record_file_name(name, record) if record_file_name(name, record) != ".yml" else f"{slugify(path.stem) or 'ban-ghi'}.yml"
    return [Problem(path.relative_to(root).as_posix(), 1, 1, f"Tên tệp “{path.name}” không hợp lệ",
                    f"tên tệp viết thường, không dấu, nối bằng gạch ngang, ví dụ {better}")]


def _file_name_problems(root: Path, path: Path) -> list[Problem]:
    display = path.relative_to(root).as_posix()
    if path.suffix != ".yml":
        return [Problem(display, 1, 1, f"Tệp chiến dịch phải có đuôi .yml, không phải {path.suffix}",
                        f"đổi tên tệp thành {path.stem}.yml")]
    if not is_slug(path.stem):
        return [Problem(display, 1, 1, f"Tên tệp “{path.name}” không hợp lệ",
                        f"tên tệp viết thường, không dấu, nối bằng gạch ngang, ví dụ {slugify(path.stem) or 'ten-chien-dich'}.yml")]
    return []


def load_sources(root: Path, cache: LoadCache | None = None, today: dt.date | None = None) -> Sources:
    """Load and validate the whole project under `root`, or raise ProblemsFound;
    with `today` (the build date), results recorded for days to come are refused too.

    With a `cache`, unchanged files are taken from it and keep their YAML
    positions, for the messages of later loads.
    """
    tree, problems = regular_files(root, CAMPAIGNS_DIR)  # symlinks are refused, not followed
    problems += stray_file_problems(tree)
    max_attachment_bytes, found = attachment_limit(root)
    problems += found
    ageing, found = ageing_rules(root)
    problems += found
    department, found = load_department(root)
    problems += found
    docs, found = docs_files(root)
    problems += found + docs_problems(root, docs, max_attachment_bytes)
    registries: dict[str, Registry] = {}
    for name in REGISTRIES:
        records = []
        for path in registry_files(root, name, tree):
            loaded = _load(root, path, name, problems, cache)
            problems.extend(_record_name_problems(root, path, name, loaded))
            if loaded is not None:
                records.append(loaded)
        registries[name] = Registry(name, records)
    campaigns: dict[str, LoadedFile] = {}
    for path in campaign_files(root, tree):
        name_problems = _file_name_problems(root, path)
        problems.extend(name_problems)
        loaded = _load(root, path, "campaign", problems, cache)
        if loaded is not None and not name_problems:
            campaigns[path.stem] = loaded
    if cache is not None:
        cache.forget_unseen()
    if problems:
        raise ProblemsFound(problems)
    sources = Sources(root, campaigns, registries["documents"], registries["units"], registries["organizations"],
                      max_attachment_bytes=max_attachment_bytes, ageing=ageing, department=department)
    problems.extend(reference_problems(sources, today))
    problems.extend(page_clash_problems(sources, copied(docs)))  # while YAML positions are known
    if problems:
        raise ProblemsFound(problems)
    sources.warnings = quoted_title_warnings(sources)
    for loaded in [*campaigns.values(), *registries.values()] if cache is None else []:  # a Registry forgets its files' positions
        loaded.forget_positions()  # only error messages need them: half the memory at 10,000 files
    return sources
