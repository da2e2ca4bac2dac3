"""Who runs the site: the department's identity, read from mkdocs.yml.

One place holds it, beside the site's other settings, so that another department
(or this one, renamed) starts its own site by editing data, not code:

    site_name: Chiến dịch tuyên truyền – Sở …          # the site's title (feed, calendars, <title>)
    site_author: Sở …                                  # how the site signs (feed author, calendar PRODID)
    extra:
      department:                                      # load/schema.py, DEPARTMENT
        id: chien-dich-sct-…                           # feed and calendar ids: set once
        id_year: 2023
        name: Sở Công Thương tỉnh …                    # footer, print header
        short_name: Sở Công Thương                     # in sentences
        governing_body: Ủy ban nhân dân tỉnh …
        place: …                                       # "…, ngày … tháng …" of a dispatch the registry gives no place
        dispatch_suffix: SCT-VP                        # "Số: …/SCT-VP" of a dispatch not yet numbered

The theme reads the same keys (overrides/partials/copyright.html, main.html), so the
footer and the generated pages cannot disagree. mkdocs.yml is composed, not
constructed (load_yaml_text): its !ENV and !!python/name tags stay text here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..problems import Problem
from .loader import LoadedFile, LoadError, load_yaml_text
from .validate import schema_problems

CONFIG = "mkdocs.yml"
SETTING = ("extra", "department")


@dataclass(frozen=True)
class Department:
    """The department's identity, as validated."""

    id: str
    id_year: int
    name: str
    short_name: str
    governing_body: str
    place: str
    dispatch_suffix: str
    site_title: str
    author: str
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None

    @property
    def tag_authority(self) -> str:
        """The authority of the feed's tag: URIs (RFC 4151): "chien-dich-sct-…,2023"."""
        return f"{self.id},{self.id_year}"


def _subtree(loaded: LoadedFile, prefix: tuple[str, ...]) -> LoadedFile:
    """The part of `loaded` under `prefix`, its values still at their lines in the file."""
    def cut(table: dict) -> dict:
        return {path[len(prefix):]: node for path, node in table.items() if path[:len(prefix)] == prefix}
    data = loaded.data
    for key in prefix:
        data = data.get(key) if isinstance(data, dict) else None
    return LoadedFile(loaded.path, data, cut(loaded.nodes), cut(loaded.key_nodes))


def _missing(loaded: LoadedFile, key: str, example: str) -> Problem:
    return loaded.problem((), f"Thiếu “{key}” trong {CONFIG}", f"thêm dòng “{key}: {example}” ở đầu tệp")


def department_from_text(text: str) -> tuple[Department | None, list[Problem]]:
    """The department that mkdocs.yml's `text` describes, or None and every problem, in Vietnamese, naming the field."""
    try:
        loaded, problems = load_yaml_text(CONFIG, text)
    except LoadError as error:
        return None, error.problems
    if not isinstance(loaded.data, dict):
        return None, [loaded.problem((), f"{CONFIG} phải gồm các trường dạng “tên_trường: giá trị”",
                                     "lấy lại tệp mkdocs.yml của kho rồi sửa phần extra.department")]
    department = _subtree(loaded, SETTING)
    if department.data is None:
        problems.append(loaded.problem(("extra",), f"Thiếu phần “extra: department:” trong {CONFIG}",
                                       "chép phần extra.department của kho rồi điền thông tin của Sở "
                                       "(Hướng dẫn quản trị website, mục “Một Sở khác dùng trang này”)"))
    else:
        problems += schema_problems(department, "department")
    for key, example in (("site_name", "Chiến dịch tuyên truyền – Sở …"), ("site_author", "Sở …")):
        if not isinstance(loaded.data.get(key), str) or not loaded.data[key].strip():
            problems.append(_missing(loaded, key, example))
    if problems:
        return None, problems
    return Department(site_title=loaded.data["site_name"], author=loaded.data["site_author"], **department.data), []


def load_department(root: Path) -> tuple[Department | None, list[Problem]]:
    """The department of the project at `root` (its mkdocs.yml), or None and the problems; None and
    no problem when there is no mkdocs.yml (MkDocs itself then refuses to build)."""
    try:
        text = (root / CONFIG).read_text(encoding="utf-8")
    except FileNotFoundError:  # a project of registries only (tests, make import's scratch copies): nothing to name
        return None, []
    except (OSError, UnicodeDecodeError):
        return None, [Problem(CONFIG, 1, 1, f"Không đọc được {CONFIG}", "lấy lại tệp mkdocs.yml của kho, lưu với mã hóa UTF-8")]
    return department_from_text(text)
