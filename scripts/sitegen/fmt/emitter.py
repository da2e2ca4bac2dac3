"""YAML text exactly as Decap CMS 3.16 writes it.

Decap saves an entry with `yaml.createNode(data)` and `Document.toString()` of
the `yaml` package 1.10 (decap-cms-core's formats/yaml.ts). This is a port of
that stringifier for the plain data Decap hands it: block mappings and
sequences (flow only when empty), strings, numbers, booleans and null; no
comments, tags or anchors. Long strings are folded at 80 columns as plain
multi-line scalars, strings YAML 1.2 would read as another type are quoted.

JavaScript counts string lengths in UTF-16 code units: text is handled as such
(a character beyond U+FFFF is two surrogates) and joined back at the end.
tests/test_fmt_emitter.py holds this port to the `yaml` package itself
(pinned in package.json) on a table of tricky values and on every repository
file.
"""

from __future__ import annotations

import math
import re
from typing import Any, NamedTuple

LINE_WIDTH = 80  # yaml's strOptions.fold
MIN_CONTENT_WIDTH = 20
MIN_MULTILINE_LENGTH = 40  # strOptions.doubleQuoted.minMultiLineLength
INDENT_STEP = "  "
MAX_IMPLICIT_KEY = 1024

# JavaScript's \s, and its line terminators (for ^ with /m and for ".").
_JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_NOT_LINE_END = "[^\n\r\u2028\u2029]"

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_DOCUMENT_MARKER = re.compile("(?:\\A|(?<=[\n\r\u2028\u2029]))(?:%|---|\\.\\.\\.)")
_KEY_NEEDS_QUOTES = re.compile(r"[\n\[\]{},]")
_FLOW_NEEDS_QUOTES = re.compile(r"[\[\]{},]")
_NOT_PLAIN = re.compile("\\A[\n\t ,\\[\\]{}#&*!|>'\"%@`]|\\A[?-]\\Z|\\A[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]\\Z")
# A plain scalar YAML 1.2's core schema reads as null, a boolean or a number
# (yaml's core tags, in their order).
_CORE_NOT_STRING = [re.compile(pattern) for pattern in (
    r"(?:~|[Nn]ull|NULL)?",
    r"(?:[Tt]rue|TRUE|[Ff]alse|FALSE)",
    r"0o[0-7]+",
    r"[-+]?[0-9]+",
    r"0x[0-9a-fA-F]+",
    r"(?i:[-+]?\.inf|\.nan)",
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+",
    r"[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)",
)]

_FLOW, _BLOCK, _QUOTED = "flow", "block", "quoted"


class _Context(NamedTuple):
    """yaml's stringify context, copied (never shared) at each level as yaml does."""

    indent: str = ""
    implicit_key: bool = False
    indent_at_start: int = 0  # 0: not set
    all_null_values: bool = False
    force_block_indent: bool = False


def dump(data: Any) -> str:
    """The text of a YAML document holding `data`, as Decap writes it."""
    return _from_utf16(_stringify(_to_utf16_data(data), _Context()) + "\n")


# --- UTF-16 ------------------------------------------------------------------

def _to_utf16(text: str) -> str:
    """`text` with each character beyond U+FFFF as its two surrogates, as JavaScript sees it."""
    if text.isascii() or max(text) < "\U00010000":
        return text
    units = []
    for char in text:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            units += [chr(0xD800 + (code >> 10)), chr(0xDC00 + (code & 0x3FF))]
        else:
            units.append(char)
    return "".join(units)


def _from_utf16(text: str) -> str:
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _to_utf16_data(data: Any) -> Any:
    if isinstance(data, str):
        return _to_utf16(data)
    if isinstance(data, dict):
        return {_to_utf16(str(key)): _to_utf16_data(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_to_utf16_data(item) for item in data]
    return data


# --- nodes -------------------------------------------------------------------

def _stringify(value: Any, context: _Context) -> str:
    if isinstance(value, dict):
        return _mapping(value, context)
    if isinstance(value, list):
        return _sequence(value, context)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _number(value)
    return _string(value, context)


def _join_block(items: list[str], indent: str) -> str:
    return f"\n{indent}".join(items)


def _sequence(items: list[Any], context: _Context) -> str:
    if not items:
        return "[]"
    inner = context._replace(indent=context.indent + "  ", all_null_values=False)
    return _join_block([f"- {_stringify(item, inner)}" for item in items], context.indent)


def _mapping(mapping: dict[str, Any], context: _Context) -> str:
    if not mapping:
        return "{}"
    inner = context._replace(all_null_values=all(value is None for value in mapping.values()))
    return _join_block([_pair(key, value, inner) for key, value in mapping.items()], context.indent)


def _pair(key: str, value: Any, context: _Context) -> str:
    inner = context._replace(implicit_key=True, indent=context.indent + INDENT_STEP)
    key_text = _string(key, inner)
    explicit = len(key_text) > MAX_IMPLICIT_KEY
    if context.all_null_values:
        return f"? {key_text}"
    head = f"? {key_text}\n{context.indent}:" if explicit else f"{key_text}:"
    collection = isinstance(value, (dict, list))
    inner = inner._replace(implicit_key=False,
                    indent_at_start=len(head) + 1 if not explicit and not collection else inner.indent_at_start)
    text = _stringify(value, inner)
    space = " "
    if not explicit and collection:
        if text[0] not in "[{" or "\n" in text:
            space = "\n" + inner.indent
    elif text.startswith("\n"):
        space = ""
    return head + space + text


def _number(value: float) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if math.isnan(value) else ("-.inf" if value < 0 else ".inf")
    return _js_number(value)


def _js_number(value: float) -> str:
    """JavaScript's String(number) (what JSON.stringify gives a number)."""
    number = float(value)
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    mantissa, _, exponent = repr(abs(number)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    point = len(whole) + int(exponent or 0) - (len(whole + fraction) - len((whole + fraction).lstrip("0")))
    digits = digits.rstrip("0")
    count = len(digits)
    if count <= point <= 21:
        text = digits + "0" * (point - count)
    elif 0 < point <= 21:
        text = f"{digits[:point]}.{digits[point:]}"
    elif -6 < point <= 0:
        text = "0." + "0" * -point + digits
    else:
        power = point - 1
        text = f"{digits[0]}{'.' + digits[1:] if count > 1 else ''}e{'+' if power >= 0 else '-'}{abs(power)}"
    return sign + text


# --- strings -----------------------------------------------------------------

def _contains_document_marker(text: str) -> bool:
    return bool(_DOCUMENT_MARKER.search(text))


def _fold_options(context: _Context) -> int | None:
    return context.indent_at_start or None


def _string(value: str, context: _Context) -> str:
    if _CONTROL.search(value):
        return _double_quoted(value, context)
    return _plain(value, context)


def _plain(value: str, context: _Context) -> str:
    if context.implicit_key and _KEY_NEEDS_QUOTES.search(value):
        return _double_quoted(value, context)
    if not value or _NOT_PLAIN.search(value):
        if context.implicit_key or "\n" not in value:
            if '"' in value and "'" not in value:
                return _single_quoted(value, context)
            return _double_quoted(value, context)
        return _block(value, context)
    if not context.implicit_key and "\n" in value:
        return _block(value, context)
    if context.indent == "" and _contains_document_marker(value):
        return _block(value, context._replace(force_block_indent=True))
    text = re.sub("\n+", lambda match: f"{match.group()}\n{context.indent}", value)
    if any(pattern.fullmatch(text) for pattern in _CORE_NOT_STRING):
        return _double_quoted(value, context)
    return text if context.implicit_key else _fold(text, context.indent, _FLOW, _fold_options(context))


def _json_string(value: str) -> str:
    """JSON.stringify of a string: quotes, backslashes and controls escaped, lone surrogates too."""
    escapes = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
    out = ['"']
    index = 0
    while index < len(value):
        char = value[index]
        code = ord(char)
        if char in escapes:
            out.append(escapes[char])
        elif code < 0x20:
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDBFF and index + 1 < len(value) and 0xDC00 <= ord(value[index + 1]) <= 0xDFFF:
            out.append(value[index:index + 2])
            index += 1
        elif 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
        index += 1
    out.append('"')
    return "".join(out)


_SHORT_ESCAPES = {"0000": "\\0", "0007": "\\a", "000b": "\\v", "001b": "\\e", "0085": "\\N",
                  "00a0": "\\_", "2028": "\\L", "2029": "\\P"}


def _double_quoted(value: str, context: _Context) -> str:
    json = _json_string(value)
    indent = context.indent or ("  " if _contains_document_marker(value) else "")
    text, start, index = "", 0, 0

    def at(position: int) -> str:
        return json[position] if position < len(json) else ""

    while index < len(json):
        char = json[index]
        if char == " " and at(index + 1) == "\\" and at(index + 2) == "n":
            # a space before a line break is escaped, or folding would eat it
            text += json[start:index] + "\\ "
            index += 1
            start = index
            char = "\\"
        if char == "\\":
            following = at(index + 1)
            if following == "u":
                text += json[start:index]
                code = json[index + 2:index + 6]
                if code in _SHORT_ESCAPES:
                    text += _SHORT_ESCAPES[code]
                elif code.startswith("00"):
                    text += "\\x" + code[2:]
                else:
                    text += json[index:index + 6]
                index += 5
                start = index + 1
            elif following == "n":
                if context.implicit_key or at(index + 2) == '"' or len(json) < MIN_MULTILINE_LENGTH:
                    index += 1
                else:
                    # folding eats the first line break
                    text += json[start:index] + "\n\n"
                    while at(index + 2) == "\\" and at(index + 3) == "n" and at(index + 4) != '"':
                        text += "\n"
                        index += 2
                    text += indent
                    if at(index + 2) == " ":
                        text += "\\"
                    index += 1
                    start = index + 1
            else:
                index += 1
        index += 1
    text = text + json[start:] if start else json
    return text if context.implicit_key else _fold(text, indent, _QUOTED, _fold_options(context))


def _single_quoted(value: str, context: _Context) -> str:
    if context.implicit_key:
        if "\n" in value:
            return _double_quoted(value, context)
    elif re.search("[ \t]\n|\n[ \t]", value):
        return _double_quoted(value, context)
    indent = context.indent or ("  " if _contains_document_marker(value) else "")
    quoted = "'" + re.sub("\n+", lambda match: f"{match.group()}\n{indent}", value.replace("'", "''")) + "'"
    return quoted if context.implicit_key else _fold(quoted, indent, _FLOW, _fold_options(context))


def _line_over_limit(text: str, indent_length: int) -> bool:
    limit = LINE_WIDTH - indent_length
    if len(text) <= limit:
        return False
    start = 0
    for index, char in enumerate(text):
        if char == "\n":
            if index - start > limit:
                return True
            start = index + 1
            if len(text) - start <= limit:
                return False
    return True


def _block(value: str, context: _Context) -> str:
    """A literal (|) or folded (>) block scalar, for multi-line text."""
    if re.search("\n[\t ]+\\Z", value) or re.fullmatch(f"[{_JS_SPACE}]*", value):
        return _double_quoted(value, context)
    indent = context.indent or ("  " if context.force_block_indent or _contains_document_marker(value) else "")
    indent_size = "2" if indent else "1"
    literal = not _line_over_limit(value, len(indent))
    header = "|" if literal else ">"
    trailing = re.search("[\n\t ]*\\Z", value)
    spaces = trailing.group()
    newline = spaces.find("\n")
    if newline == -1:
        header += "-"  # strip
    elif value == spaces or newline != len(spaces) - 1:
        header += "+"  # keep
    end_spaces = spaces.removesuffix("\n")
    value = value[:trailing.start()]
    leading = re.match("[\n ]*", value).group()
    if " " in leading:
        header += indent_size
    last_spaces = re.search(" +\\Z", leading)
    start_spaces = leading[:-len(last_spaces.group())] if last_spaces else leading
    value = (last_spaces.group() if last_spaces else "") + value[len(leading):]
    if end_spaces:
        end_spaces = re.sub("\n+(?!\n|\\Z)", lambda match: match.group() + indent, end_spaces)
    if start_spaces:
        start_spaces = re.sub("\n+", lambda match: match.group() + indent, start_spaces)
    if not value:
        return f"{header}{indent_size}\n{indent}{end_spaces}"
    if literal:
        value = re.sub("\n+", lambda match: match.group() + indent, value)
        return f"{header}\n{indent}{start_spaces}{value}{end_spaces}"
    value = re.sub("\n+", lambda match: "\n" + match.group(), value)
    # more-indented lines are not folded
    value = re.sub(f"(?:^|\n)([\t ]{_NOT_LINE_END}*)(?:([\n\t ]*)\n(?![\n\t ]))?", r"\1\2", value)
    value = re.sub("\n+", lambda match: match.group() + indent, value)
    body = _fold(f"{start_spaces}{value}{end_spaces}", indent, _BLOCK, None)
    return f"{header}\n{indent}{body}"


# --- folding -----------------------------------------------------------------

def _more_indented_end(text: str, index: int) -> int:
    """yaml's consumeMoreIndentedLines: index of the last line break of a more-indented run."""
    def at(position: int) -> str:
        return text[position] if 0 <= position < len(text) else ""

    char = at(index + 1)
    while char in (" ", "\t") and char:
        while True:
            index += 1
            char = at(index)
            if not char or char == "\n":
                break
        char = at(index + 1)
    return index


def _fold(text: str, indent: str, mode: str, indent_at_start: int | None) -> str:
    """yaml's foldFlowLines: break lines at single spaces to keep them within 80 columns."""
    end_step = max(1 + MIN_CONTENT_WIDTH, 1 + LINE_WIDTH - len(indent))
    if len(text) <= end_step:
        return text
    folds: list[int] = []
    escaped_folds: set[int] = set()
    end = LINE_WIDTH - len(indent)
    if indent_at_start is not None:
        if indent_at_start > LINE_WIDTH - max(2, MIN_CONTENT_WIDTH):
            folds.append(0)
        else:
            end = LINE_WIDTH - indent_at_start

    def at(position: int) -> str:
        return text[position] if 0 <= position < len(text) else ""

    split: int | None = None
    previous = ""
    index, escape_start, escape_end = -1, -1, -1
    if mode == _BLOCK:
        index = _more_indented_end(text, index)
        if index != -1:
            end = index + end_step
    while True:
        index += 1
        char = at(index)
        if not char:
            break
        if mode == _QUOTED and char == "\\":
            escape_start = index
            index += {"x": 3, "u": 5, "U": 9}.get(at(index + 1), 1)
            escape_end = index
        if char == "\n":
            if mode == _BLOCK:
                index = _more_indented_end(text, index)
            end = index + end_step
            split = None
        else:
            if char == " " and previous and previous not in " \n\t":
                following = at(index + 1)
                if following and following not in " \n\t":
                    split = index
            if index >= end:
                if split:
                    folds.append(split)
                    end = split + end_step
                    split = None
                elif mode == _QUOTED:
                    # white space at the end may stretch past the line width
                    while previous in (" ", "\t") and previous:
                        previous = char
                        index += 1
                        char = at(index)
                    fold = index - 2 if index > escape_end + 1 else escape_start - 1
                    if fold in escaped_folds:
                        return text
                    folds.append(fold)
                    escaped_folds.add(fold)
                    end = fold + end_step
                    split = None
        previous = char
    if not folds:
        return text
    result = text[:folds[0]]
    for number, fold in enumerate(folds):
        stop = (folds[number + 1] if number + 1 < len(folds) else 0) or len(text)
        if fold == 0:
            result = f"\n{indent}{text[:stop]}"
        else:
            if mode == _QUOTED and fold in escaped_folds:
                result += f"{text[fold]}\\"
            result += f"\n{indent}{text[fold + 1:stop]}"
    return result
