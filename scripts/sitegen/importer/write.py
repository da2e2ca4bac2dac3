"""Writing an import: new records appended to the registries, one draft
campaign created. Never overwrites: the registries only grow at their end,
the campaign file must not exist, and nothing is written unless everything
can be."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..failures import RunFailed
from ..load.loader import LoadError, load_yaml_text
from ..load.sources import CAMPAIGNS_DIR, REGISTRIES_DIR
from ..render.pages import TEMPLATES_DIR
from .entries import Field


class _IndentedDumper(yaml.SafeDumper):
    """Lists indented under their key, as the project's files write them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)

    def represent_none(self, data: None) -> yaml.ScalarNode:
        return self.represent_scalar("tag:yaml.org,2002:null", "")


_IndentedDumper.add_representer(type(None), _IndentedDumper.represent_none)


def yaml_lines(key: str, value: object) -> list[str]:
    """`key: value` as YAML lines, quoted where YAML would misread the text."""
    text = yaml.dump({key: value}, Dumper=_IndentedDumper, allow_unicode=True, sort_keys=False, width=110)
    return [line.rstrip() for line in text.splitlines()]  # "start:" empty, as `make new` writes it


@dataclass(frozen=True)
class RenderedField:
    """A field ready for a template: its comments and its YAML lines."""

    notes: list[str]
    marks: list[str]
    lines: list[str]
    first: bool = False


def _rendered(fields: list[Field]) -> list[RenderedField]:
    return [RenderedField(item.notes, item.marks, yaml_lines(item.key, item.value), index == 0)
            for index, item in enumerate(fields)]


def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES_DIR), undefined=StrictUndefined, keep_trailing_newline=True)


def campaign_text(fields: list[Field], source: str, today: dt.date) -> str:
    """The draft campaign file."""
    return _environment().get_template("imported_campaign.yml.j2").render(
        fields=_rendered(fields), source=source, today=today.isoformat()).rstrip("\n") + "\n"


def entry_text(fields: list[Field], indent: str, source: str, today: dt.date) -> str:
    """One record, as an item of a registry's list indented by `indent`."""
    return _environment().get_template("imported_entry.yml.j2").render(
        fields=_rendered(fields), indent=indent, source=source, today=today.isoformat()).strip("\n") + "\n"


def list_indent(text: str, name: str, display: str) -> str:
    """The indentation of the items of the registry's list, which must be the file's last block."""
    lines = text.splitlines()
    key = next((index for index, line in enumerate(lines) if re.match(rf"^{name}\s*:", line)), None)
    if key is None or re.match(rf"^{name}\s*:\s*\S", lines[key]):
        raise RunFailed(f"{display}: không tìm thấy danh sách “{name}:” viết theo dạng từng dòng “- …” để nối thêm; "
                        "sửa tệp (hoặc thêm mục đầu tiên bằng tay) rồi nhập lại; chưa ghi gì.")
    if any(re.match(r"^[^\s#-]", line) for line in lines[key + 1:]):
        raise RunFailed(f"{display}: danh sách “{name}:” không nằm ở cuối tệp; chưa ghi gì.")
    item = next((re.match(r"^(\s*)- ", line) for line in lines[key + 1:] if re.match(r"^\s*- ", line)), None)
    return item.group(1) if item else "  "


@dataclass
class Writes:
    """Everything an import will write: additions to registries, and one new campaign file."""

    additions: dict[str, str]  # registry path (from the root) -> text to append
    counts: dict[str, int]  # registry name -> records added
    campaign: str  # its path from the root
    campaign_text: str


def plan_writes(root: Path, records: dict[str, list[list[Field]]], campaign_slug: str, campaign: list[Field],
                source: str, today: dt.date) -> Writes:
    """Texts to write, checked to be YAML, or RunFailed before anything is written."""
    path = f"{CAMPAIGNS_DIR}/{campaign_slug}.yml"
    if (root / path).exists():
        raise RunFailed(f"Đã có tệp {path} (văn bản này đã được nhập, hoặc có chiến dịch cùng tên): mở tệp đó để sửa; "
                        "chưa ghi gì.")
    additions = {}
    for name, entries in records.items():
        if not entries:
            continue
        display = f"{REGISTRIES_DIR}/{name}.yml"
        text = (root / display).read_text(encoding="utf-8")
        indent = list_indent(text, name, display)
        addition = ("" if text.endswith("\n") else "\n") + "\n" + "\n".join(entry_text(fields, indent, source, today)
                                                                           for fields in entries)
        _must_be_yaml(display, text + addition)
        additions[display] = addition
    text = campaign_text(campaign, source, today)
    _must_be_yaml(path, text)
    return Writes(additions, {name: len(entries) for name, entries in records.items()}, path, text)


def _must_be_yaml(display: str, text: str) -> None:
    try:
        load_yaml_text(display, text)
    except LoadError as error:  # a bug of ours, never the editor's: say so, write nothing
        raise RunFailed(f"make import lập ra YAML lỗi ({error.problem}); đây là lỗi của chương trình, xin báo lại; "
                        "chưa ghi gì.") from None


def apply(root: Path, writes: Writes) -> None:
    """Create the campaign file (refusing one that appeared meanwhile), then append to the registries."""
    try:
        with open(root / writes.campaign, "x", encoding="utf-8") as file:
            file.write(writes.campaign_text)
    except FileExistsError:
        raise RunFailed(f"Đã có tệp {writes.campaign}: mở tệp đó để sửa; chưa ghi gì.") from None
    for display, addition in writes.additions.items():
        with open(root / display, "a", encoding="utf-8") as file:
            file.write(addition)
