"""Reading editors' YAML files safely, remembering where every value stands.

PyYAML alone is not safe enough for office staff: it reads YAML 1.1, where
`no` is False, `0123` is 83 and `1:30` is 90, fails on 2023-02-31 with a bare
ValueError, keeps the last of two duplicate keys and expands alias bombs. This
loader reads YAML 1.2 (its core schema, as the Decap CMS editor and VS Code
read the same files: `no` and `1:30` are text), keeps the raw text of every
scalar and its line, refuses aliases and duplicate keys, refuses invisible
control characters (control_chars.py), look-alike spaces where YAML needs a
plain one (invisible_spaces.py) and nesting deeper than any record needs, and
normalises all text to NFC.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

from ..control_chars import FORBIDDEN_IN_FILE, FORBIDDEN_IN_VALUE, describe
from ..problems import Problem
from .invisible_spaces import invisible_space_problems

# A campaign file over 1 MB is a mistake (a pasted document, a generated
# bomb); a registry grows with the department's history: 10,000 documents
# take about 2 MB.
MAX_FILE_BYTES = 1_000_000

_NULL, _BOOL, _INT, _FLOAT = (f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float"))

# Tags that YAML gives to unquoted scalars which an editor most likely meant as text.
SURPRISING_TAGS = {
    _BOOL: "đúng/sai (true/false)",
    _INT: "một số nguyên",
    _FLOAT: "một số thực",
}


class _Yaml12Resolver(BaseResolver):
    """YAML 1.2's core schema: what the `yaml` package inside Decap CMS and VS Code's
    YAML extension read; anything else unquoted is text (dates too: the schema checks them)."""


for _tag, _pattern, _first in (
    (_NULL, r"(?:~|null|Null|NULL|)\Z", ["~", "n", "N", ""]),
    (_BOOL, r"(?:true|True|TRUE|false|False|FALSE)\Z", list("tTfF")),
    (_INT, r"(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\Z", list("-+0123456789")),
    (_FLOAT, (r"(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)"
              r"|(?i:[-+]?\.inf|\.nan))\Z"), list("-+.0123456789")),
):
    _Yaml12Resolver.add_implicit_resolver(_tag, re.compile(_pattern), _first)

# The deepest record is four levels down (documents > record > signer >
# name); twenty leaves room and stops a pasted or generated bomb before
# Python's recursion limit (libyaml's own limit is 1,000 levels).
MAX_DEPTH = 20
_TOO_DEEP = (f"Tệp lồng nhau quá sâu, quá {MAX_DEPTH} cấp",
             "mỗi trường chỉ cần vài cấp thụt lề: kiểm tra các dấu ngoặc [ { và thụt lề từ dòng này")

JsonPath = tuple[str | int, ...]


@dataclass
class LoadedFile:
    """A YAML file turned into plain data, with the node of every value."""

    path: str
    data: Any
    nodes: dict[JsonPath, Node] = field(default_factory=dict)
    key_nodes: dict[JsonPath, Node] = field(default_factory=dict)

    def position(self, path: JsonPath, *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at `path`, or of its key.

        Falls back to the nearest enclosing value that has a node.
        """
        table = self.key_nodes if key else self.nodes
        if path in table:
            mark = table[path].start_mark
            return mark.line + 1, mark.column + 1
        while path:
            path = path[:-1]
            if path in self.nodes:
                mark = self.nodes[path].start_mark
                return mark.line + 1, mark.column + 1
        return 1, 1

    def problem(self, path: JsonPath, message: str, hint: str = "", *, key: bool = False, warning: bool = False) -> Problem:
        line, column = self.position(path, key=key)
        return Problem(self.path, line, column, message, hint, warning)

    def forget_positions(self) -> None:
        """Drop the YAML nodes once the file is known to be valid."""
        self.nodes.clear()
        self.key_nodes.clear()

    def raw(self, path: JsonPath) -> ScalarNode | None:
        node = self.nodes.get(path)
        return node if isinstance(node, ScalarNode) else None


class LoadError(Exception):
    """The file cannot be read as YAML; carries its problems, the first as `problem`."""

    def __init__(self, problem: Problem, *more: Problem):
        super().__init__(str(problem))
        self.problem = problem
        self.problems = [problem, *more]


# libyaml's parser when PyYAML has it: ten times faster than pure Python at
# thousands of files. Both share alias nodes instead of copying them, which is
# how _to_data spots an alias before anything is expanded. Either reads YAML 1.2.
class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    yaml_implicit_resolvers = _Yaml12Resolver.yaml_implicit_resolvers


_FAST_LOADER = _FastLoader


class _AliasFound(Exception):
    pass


class _TooDeep(Exception):
    def __init__(self, node: Node):
        super().__init__()
        self.node = node


def _core_value(tag: str, text: str) -> Any:
    """A null, boolean or number as YAML 1.2's core schema reads it (PyYAML's
    constructors would read 0123 as octal); anything else stays text."""
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return text.lower() == "true"
    try:  # an explicit tag (!!int abc) may hold anything: then it stays text
        if tag == _INT:
            return int(text, 8) if text.startswith("0o") else int(text, 16) if text.startswith("0x") else int(text)
        if tag == _FLOAT:
            return math.nan if text.lower().endswith(".nan") else float(text.lower().replace(".inf", "inf"))
    except ValueError:
        pass
    return text


def _scalar_value(node: ScalarNode, normalize: bool) -> Any:
    # Dates stay text: the schema checks them, with a clear message for 2023-02-31.
    value = _core_value(node.tag, node.value)
    return unicodedata.normalize("NFC", value) if normalize and isinstance(value, str) else value


def _escaped_control(loaded: LoadedFile, node: ScalarNode, problems: list[Problem]) -> None:
    """Only a double-quoted scalar can hold a character the file itself does not
    (written as an escape, "\\e" or "\\x1b"); the raw text was checked before parsing."""
    found = FORBIDDEN_IN_VALUE.search(node.value) if node.style == '"' else None
    if found:
        problems.append(Problem(loaded.path, node.start_mark.line + 1, node.start_mark.column + 1,
                                f"Có ký tự điều khiển {describe(found.group())} trong nội dung",
                                "xóa mã thoát dạng \\x.., \\u.., \\e khỏi ngoặc kép; muốn xuống dòng thì dùng “|” rồi viết nhiều dòng"))


def _to_data(loaded: LoadedFile, node: Node, path: JsonPath, problems: list[Problem], seen: set[int],
             normalize: bool) -> Any:
    if id(node) in seen:
        raise _AliasFound()
    if len(path) > MAX_DEPTH:
        raise _TooDeep(node)
    seen.add(id(node))
    loaded.nodes[path] = node
    if isinstance(node, ScalarNode):
        _escaped_control(loaded, node, problems)
        return _scalar_value(node, normalize)
    if isinstance(node, SequenceNode):
        return [_to_data(loaded, item, path + (index,), problems, seen, normalize) for index, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                problems.append(Problem(loaded.path, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                        "Tên trường phải là chữ đơn giản",
                                        "viết tên trường rồi dấu hai chấm, ví dụ: title:"))
                continue
            _escaped_control(loaded, key_node, problems)
            key = unicodedata.normalize("NFC", key_node.value) if normalize else key_node.value
            if key in result:
                first = loaded.key_nodes[path + (key,)].start_mark.line + 1
                problems.append(Problem(loaded.path, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                        f"Trường “{key}” bị lặp lại, đã có ở dòng {first}",
                                        "xóa một trong hai dòng hoặc gộp nội dung lại"))
                continue
            loaded.key_nodes[path + (key,)] = key_node
            result[key] = _to_data(loaded, value_node, path + (key,), problems, seen, normalize)
        return result
    return None


_YAML_MESSAGES = [
    ("did not find expected key", "Thụt lề không đúng",
     "các trường cùng cấp phải thẳng hàng, thụt lề bằng cùng số dấu cách"),
    ("did not find expected '-' indicator", "Thụt lề không đúng trong danh sách",
     "các mục “- ” của cùng một danh sách phải thẳng hàng"),
    ("expected <block end>, but found", "Thụt lề không đúng",
     "các trường cùng cấp phải thẳng hàng, thụt lề bằng cùng số dấu cách"),
    ("could not find expected ':'", "Thiếu dấu hai chấm sau tên trường",
     "viết “tên_trường: giá trị”, có dấu cách sau dấu hai chấm"),
    ("exceeded maximum nesting depth", *_TOO_DEEP),
]


def _line(text: str, index: int) -> str:
    lines = text.splitlines()
    return lines[index] if 0 <= index < len(lines) else ""


def _misplaced_colon(path: str, text: str, mark: yaml.Mark) -> Problem:
    """A colon PyYAML did not expect: either inside a value, or on a line indented too far."""
    line = _line(text, mark.line)
    first = line.find(": ")
    if 0 <= first < mark.column - 1 and not line[:first].strip().startswith("-"):
        key = line[:first].strip()
        value = line[first + 2:].strip().replace('"', '\\"')
        return Problem(path, mark.line + 1, mark.column + 1, "Nội dung có dấu hai chấm “: ” mà không đặt trong ngoặc kép",
                       f'đặt cả nội dung trong ngoặc kép: {key}: "{value}"')
    return Problem(path, mark.line + 1, 1, "Dòng này thụt lề không thẳng hàng với các trường cùng cấp",
                   "xóa hoặc thêm dấu cách ở đầu dòng cho thẳng hàng với dòng trên")


def _yaml_problem(path: str, text: str, error: yaml.YAMLError) -> Problem:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    opened = getattr(error, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    context, problem = getattr(error, "context", None) or "", getattr(error, "problem", None) or ""
    if "while scanning a quoted scalar" in context and opened:
        quote = _line(text, opened.line)[opened.column: opened.column + 1] or '"'
        return Problem(path, opened.line + 1, opened.column + 1, f"Dấu ngoặc {quote} mở ở đây chưa được đóng",
                       f"thêm dấu {quote} ở cuối nội dung, trên cùng dòng")
    if "flow sequence" in context and opened:
        return Problem(path, opened.line + 1, opened.column + 1, "Dấu ngoặc vuông “[” mở ở đây chưa được đóng",
                       "danh sách viết trên một dòng phải đóng bằng “]”, ví dụ: [an toàn thông tin, báo chí]")
    if "flow mapping" in context and opened:
        return Problem(path, opened.line + 1, opened.column + 1, "Dấu ngoặc nhọn “{” mở ở đây chưa được đóng",
                       "đóng bằng “}”, hoặc đặt cả nội dung trong ngoặc kép")
    if mark and _line(text, mark.line)[mark.column: mark.column + 1] == "\t":
        return Problem(path, line, column, "Có ký tự Tab trong tệp",
                       "YAML chỉ cho phép thụt lề bằng dấu cách: thay Tab bằng hai dấu cách")
    if "mapping values are not allowed" in problem and mark:
        return _misplaced_colon(path, text, mark)
    for needle, message, hint in _YAML_MESSAGES:
        if needle in f"{context} {problem}":
            return Problem(path, line, column, message, hint)
    return Problem(path, line, column, f"Lỗi cú pháp YAML: {context} {problem}".strip(),
                   "kiểm tra dấu hai chấm, ngoặc kép và thụt lề ở dòng này")


def decode_utf8(path: str, raw: bytes) -> str:
    """Decode UTF-8 (a BOM is tolerated) or raise LoadError naming the line."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise LoadError(Problem(path, line, column, "Tệp không phải mã UTF-8",
                                "mở tệp bằng VS Code hoặc Notepad và lưu lại với mã hóa UTF-8")) from None


def _control_problem(path: str, text: str) -> Problem | None:
    """The first invisible control character of the file, with how many there are."""
    found = FORBIDDEN_IN_FILE.search(text)
    if not found:
        return None
    start = found.start()
    line, column = text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)
    count = len(FORBIDDEN_IN_FILE.findall(text))
    more = f"; cả tệp có {count} ký tự như vậy" if count > 1 else ""
    return Problem(path, line, column, f"Có ký tự điều khiển {describe(found.group())} trong tệp{more}",
                   "ký tự này không hiện trên màn hình, thường lẫn vào khi chép từ phần mềm khác: xóa nó hoặc gõ lại đoạn chữ này")


def load_yaml_text(path: str, text: str, *, normalize: bool = True) -> tuple[LoadedFile, list[Problem]]:
    """Parse YAML text into a LoadedFile; syntax errors raise LoadError.

    `normalize=False` keeps text as written, not in NFC: the form `make fmt` keeps.
    """
    problem = _control_problem(path, text)
    if problem:
        raise LoadError(problem)
    spaces = invisible_space_problems(path, text)
    if spaces:
        raise LoadError(*spaces)
    loaded = LoadedFile(path=path, data=None)
    try:
        root = yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError as error:
        raise LoadError(_yaml_problem(path, text, error)) from None
    except RecursionError:  # PyYAML's pure-Python composer, when libyaml is missing
        raise LoadError(Problem(path, 1, 1, *_TOO_DEEP)) from None
    problems: list[Problem] = []
    if root is not None:
        try:
            loaded.data = _to_data(loaded, root, (), problems, set(), normalize)
        except _AliasFound:
            raise LoadError(_alias_problem(path, text)) from None
        except _TooDeep as deep:
            mark = deep.node.start_mark
            raise LoadError(Problem(path, mark.line + 1, mark.column + 1, *_TOO_DEEP)) from None
    return loaded, problems


def _alias_problem(path: str, text: str) -> Problem:
    """Aliases (*name) are refused: they repeat content out of sight, and a few
    nested ones expand to billions of values."""
    mark = next((token.start_mark for token in yaml.scan(text, Loader=_FAST_LOADER)
                 if isinstance(token, yaml.AliasToken)), None)
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return Problem(path, line, column, "Tệp dùng bí danh YAML (*tên) — tính năng này không được phép",
                   "viết lại nội dung đầy đủ thay cho *tên và bỏ neo &tên")


def _thousands(number: int) -> str:
    """1000000 -> "1.000.000", the Vietnamese way."""
    return f"{number:,}".replace(",", ".")


def load_yaml_file(file: Path, display_path: str, max_bytes: int = MAX_FILE_BYTES, *,
                   normalize: bool = True) -> tuple[LoadedFile, list[Problem]]:
    """Read one editor's file: size limit, UTF-8, then YAML."""
    size = file.stat().st_size
    if size > max_bytes:
        raise LoadError(Problem(display_path, 1, 1, f"Tệp quá lớn: {_thousands(size)} byte, tối đa {_thousands(max_bytes)} byte",
                                "tách nội dung thành nhiều tệp, hoặc đưa tài liệu dài vào mục materials dưới dạng liên kết"))
    text = decode_utf8(display_path, file.read_bytes())
    return load_yaml_text(display_path, text, normalize=normalize)
