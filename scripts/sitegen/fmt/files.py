"""`make fmt` and the form check of `make check`.

A file is in form when it is byte for byte what the web editor would write if
it saved the file's data unchanged: no comments, every record's fields in the
schema's order, strings folded and quoted as Decap does. Only the layout
changes: the data read back must equal the data before, or nothing is written.

A file out of form is a warning, never an error: a clerk who edits a file by
hand (in the git host's web editor, say) cannot run `make fmt`, and the layout
changes nothing on the site. CI writes the formatted file back to the pull
request's branch (.github/workflows/ci.yml, job fmt), and the form writes the
layout on its next save of that file. A `# KIỂM TRA` mark stays an error.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import Any

from ..load.loader import MAX_FILE_BYTES, JsonPath, LoadError, load_yaml_file, load_yaml_text
from ..load.schema import SCHEMAS
from ..load.registry import REGISTRIES, campaign_files, registry_files
from ..problems import Problem, ProblemsFound
from .emitter import dump
from .key_order import in_schema_order
from .split_registries import split_registries

# make import marks each field a person must check in the file's `review` list (load/schema.py
# REVIEW), which the form shows and keeps: check reports each item until a person removes it.
# Drafts made before that carry such comment lines instead, which the web editor would drop on its
# first save, and make fmt would too: check reports each of those as well.
REVIEW_MARK = "# KIỂM TRA"
REVIEW_ITEM = "Còn chỗ cần kiểm tra của make import"
REVIEW_ITEM_HINT = ("đối chiếu với bản gốc, sửa ô đó nếu cần, rồi xóa mục này khỏi “Cần kiểm tra”; "
                    "trong biểu mẫu thì bấm “Đã kiểm tra”")
REVIEW_PENDING = ("Còn dòng đánh dấu “# KIỂM TRA” của make import",
                  "đối chiếu trường ngay dưới dòng này với văn bản gốc, sửa nếu cần, rồi xóa dòng đánh dấu")
NOT_IN_FORM = ("Tệp chưa viết theo dạng chuẩn của trình biên tập web (khác từ dòng này)",
               "không cần sửa tay: kiểm tra tự động của yêu cầu hợp nhất viết lại tệp theo dạng chuẩn, "
               "trên máy thì chạy make fmt; nội dung không đổi")
WINDOWS_LINES = ("Tệp xuống dòng kiểu Windows, mỗi dòng kết thúc bằng CR LF", NOT_IN_FORM[1])


def decap_text(data: Any, schema_name: str) -> str:
    """The text the web editor writes for `data` in a file of `schema_name`: every
    record's fields in the schema's order (load/schema.py, the form's order too)."""
    return dump(in_schema_order(data, SCHEMAS[schema_name]))


@dataclass
class EditorFile:
    """One YAML file editors keep, and its text in Decap's form (None: it does not parse)."""

    path: Path
    display: str
    text: str
    formatted: str | None
    review: list[Problem] = dataclass_field(default_factory=list)  # each item of its `review` list, at its line


def editor_files(root: Path) -> list[tuple[Path, str]]:
    """Every campaign and registry file, with the schema it follows."""
    files = [(path, "campaign") for path in campaign_files(root)]
    for name in REGISTRIES:
        files += [(path, name) for path in registry_files(root, name)]
    return files


def _read(root: Path, path: Path, schema_name: str, *, guard: bool) -> tuple[EditorFile | None, list[Problem]]:
    """The file and its text in form; with `guard`, a problem if that text would change its data."""
    display = path.relative_to(root).as_posix()
    try:
        loaded, problems = load_yaml_file(path, display, MAX_FILE_BYTES, normalize=False)
    except LoadError as error:
        return None, [error.problem]
    text = path.read_bytes().decode("utf-8-sig")
    if problems or not isinstance(loaded.data, dict):
        return EditorFile(path, display, text, None), problems
    formatted = decap_text(loaded.data, schema_name)
    changed = _changed_value(display, text, formatted) if guard and formatted != text else None
    return EditorFile(path, display, text, formatted, _review_items(loaded, schema_name)), [changed] if changed else []


def _review_items(loaded: Any, schema_name: str) -> list[Problem]:
    """A problem per item of the file's review list: what make import was unsure of, and which field it is."""
    items = loaded.data.get("review")
    if not isinstance(items, list):
        return []
    properties = SCHEMAS[schema_name]["properties"]
    problems = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        label = properties.get(str(item.get("field", "")), {}).get("title")
        note = " ".join(str(item.get("note", "")).split())
        problems.append(loaded.problem(("review", index), f"{REVIEW_ITEM}: {label + ': ' if label else ''}{note}",
                                       REVIEW_ITEM_HINT))
    return problems


def _is_review_mark(line: str) -> bool:
    return line.lstrip().startswith(REVIEW_MARK)


def _review_marks(file: EditorFile) -> list[Problem]:
    return [Problem(file.display, number, 1, *REVIEW_PENDING)
            for number, line in enumerate(file.text.split("\n"), 1) if _is_review_mark(line)]


def _without_review_marks(text: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if not _is_review_mark(line))


def _first_difference(before: Any, after: Any, path: JsonPath = ()) -> JsonPath | None:
    if isinstance(before, dict) and isinstance(after, dict) and before.keys() == after.keys():
        return next((found for key in before if (found := _first_difference(before[key], after[key], path + (key,))) is not None), None)
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        return next((found for index, (one, other) in enumerate(zip(before, after))
                     if (found := _first_difference(one, other, path + (index,))) is not None), None)
    return None if type(before) is type(after) and before == after else path


def _changed_value(display: str, text: str, formatted: str) -> Problem | None:
    """A problem when the new text would not read back as the same data: a
    number too long for JavaScript, or text yaml 1.10 misquotes (a line of
    spaces in text that ends in spaces). Decap would change it too; nothing is written."""
    before = load_yaml_text(display, text, normalize=False)[0]
    after = load_yaml_text(display, formatted, normalize=False)[0].data
    where = _first_difference(before.data, after)
    if where is None:
        return None
    field = next((part for part in reversed(where) if isinstance(part, str)), "tệp")
    return before.problem(where, f"Trình biên tập web không ghi lại được đúng giá trị trường “{field}”",
                          "bỏ các dấu cách thừa ở cuối dòng và các dòng chỉ có dấu cách, số quá dài thì đặt trong "
                          "ngoặc kép, rồi chạy lại make fmt")


def _line_of_first_difference(text: str, formatted: str) -> int:
    lines, wanted = text.split("\n"), formatted.split("\n")
    return next((number for number, (line, other) in enumerate(zip(lines, wanted), 1) if line != other),
                min(len(lines), len(wanted)))


def form_problems(root: Path) -> list[Problem]:
    """Each item of a file's review list and each `# KIỂM TRA` line (errors), and a warning per file
    that is not in Decap's form, at its first different line. Files that do not parse are left to the validator's messages."""
    problems = []
    for path, schema_name in editor_files(root):
        found, _ = _read(root, path, schema_name, guard=False)
        if not found or found.formatted is None:
            continue
        problems.extend(_review_marks(found))
        problems.extend(found.review)
        problems.extend(_layout_warnings(found))
    return problems


def _layout_warnings(found: EditorFile) -> list[Problem]:
    text = _without_review_marks(found.text)
    if found.formatted == text:
        return []
    unix = text.replace("\r\n", "\n")
    if unix != text and unix == found.formatted:  # a web editor on Windows: every line differs, by its end
        return [Problem(found.display, 1, 1, *WINDOWS_LINES, warning=True)]
    line = _line_of_first_difference(unix, found.formatted or "")
    return [Problem(found.display, _original_line(found.text, line), 1, *NOT_IN_FORM, warning=True)]


def _original_line(text: str, line: int) -> int:
    """The line of `text` that is line `line` once the review marks are left out."""
    kept = 0
    for number, original in enumerate(text.split("\n"), 1):
        if not _is_review_mark(original):
            kept += 1
            if kept == line:
                return number
    return line


def _write(path: Path, text: str) -> None:
    """Replace (or create) the file in one step: an interrupted run leaves the old text, not half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".fmt-", suffix=".yml")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def format_files(root: Path) -> list[str]:
    """Rewrite every editor's file in Decap's form; return the ones changed.

    Any file that does not parse, or whose data would change, stops the run
    before anything is written (ProblemsFound). A registry of the old layout,
    one file for all its records, is split into a file per record first."""
    split = split_registries(root, REVIEW_MARK, decap_text, _write)
    found: list[EditorFile] = []
    problems: list[Problem] = []
    for path, schema_name in editor_files(root):
        editor_file, file_problems = _read(root, path, schema_name, guard=True)
        problems.extend(file_problems)
        if editor_file is not None:  # rewriting would drop a person's checklist
            problems.extend(_review_marks(editor_file))
        if editor_file is not None:
            found.append(editor_file)
    if problems:
        raise ProblemsFound(problems)
    changed = [file for file in found if file.formatted is not None and file.formatted != file.text]
    for file in changed:
        _write(file.path, file.formatted or "")
    return split + [file.display for file in changed if file.display not in split]
