"""Schema validation of one loaded file, with every error said in Vietnamese.

jsonschema finds the errors; this module turns each one into a Problem that
names the line and says how to fix it, in words an office editor knows.
"""

from __future__ import annotations

import difflib
import re
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from ..model.dates import date_mistake, parse_iso_date, parse_partial_date
from ..problems import Problem
from .loader import SURPRISING_TAGS, JsonPath, LoadedFile
from .schema import ALL_SCHEMAS

SAFE_URL_SCHEMES = ("http", "https", "mailto", "tel")
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
_EMAIL = re.compile(EMAIL_PATTERN)

FORMATS = FormatChecker(formats=())


@FORMATS.checks("date")
def _is_date(value: object) -> bool:
    return not isinstance(value, str) or parse_iso_date(value) is not None


@FORMATS.checks("partial-date")
def _is_partial_date(value: object) -> bool:
    # A bare year (period: 2023) arrives from YAML as an integer.
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return not isinstance(value, str) or parse_partial_date(value) is not None


@FORMATS.checks("safe-url")
def _is_safe_url(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    if parts.scheme not in SAFE_URL_SCHEMES:
        return False
    return bool(parts.netloc) if parts.scheme in ("http", "https") else bool(parts.path)


@FORMATS.checks("email")
def _is_email(value: object) -> bool:
    return not isinstance(value, str) or bool(_EMAIL.match(value))


_VALIDATORS = {name: Draft202012Validator(schema, format_checker=FORMATS) for name, schema in ALL_SCHEMAS.items()}

_TYPE_NAMES = {
    "string": "chữ",
    "array": "danh sách, mỗi mục một dòng bắt đầu bằng “- ”",
    "object": "nhóm trường dạng “tên_trường: giá trị”",
    "integer": "số nguyên",
    "null": "để trống",
    "boolean": "đúng/sai",
    "number": "số",
}

# What to add when a required field is missing, by field name.
_REQUIRED_HINTS = {
    "title": "thêm dòng “title: Tên chiến dịch”",
    "summary": "thêm dòng “summary: Tóm tắt một hai câu”",
    "assignees": "thêm “assignees:” với ít nhất một mã đơn vị trong danh mục đơn vị",
}


# What a field with a pattern holds, and how to write it; codes (ids, units) by default.
_PATTERNS = {
    "id": ("Mã", "chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ cac-phong-thuoc-so"),
    "issuer_term": ("Khóa", "viết khóa bằng số La Mã, chữ in hoa, ví dụ XIII"),
    "dispatch_suffix": ("Ký hiệu", "viết chữ in hoa, chữ số, nối bằng gạch ngang, như sau dấu / của số công văn, ví dụ SCT-VP"),
    "phone": ("Số điện thoại", "chỉ dùng chữ số, dấu cách, dấu chấm, gạch ngang, dấu cộng và ngoặc đơn, ví dụ “0220 3852 123”"),
}


def _required_names(schema: object) -> set[str]:
    """Every field name that some record of some schema requires."""
    if isinstance(schema, dict):
        names = set(schema.get("required", [])) if isinstance(schema.get("required"), list) else set()
        return names.union(*(_required_names(value) for value in schema.values()))
    if isinstance(schema, list):
        return set().union(*(_required_names(value) for value in schema))
    return set()


_REQUIRED_NAMES = _required_names(ALL_SCHEMAS)


def _field(path: JsonPath) -> str:
    names = [part for part in path if isinstance(part, str)]
    return names[-1] if names else "tệp"


def _shown(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _fill_hint(field: str, wanted: str) -> str:
    if field in _REQUIRED_NAMES:
        return f"điền {wanted}: trường này bắt buộc"
    return f"điền {wanted}, hoặc xóa cả dòng nếu không cần"


def _whole_file_hint(schema_name: str) -> str:
    """How to start over a file that is empty or not a set of fields."""
    if schema_name == "campaign":
        return "xóa tệp rồi tạo lại bằng lệnh “make new”, hoặc chép nội dung một tệp có sẵn trong campaigns/ rồi sửa"
    example = "number: 2416/BTTTT-CATTT" if schema_name == "documents" else "id: ma-viet-lien"
    return (f"mỗi tệp trong sổ là một mục, mỗi trường một dòng, ví dụ “{example}”; lỡ xóa thì lấy lại bản cũ bằng "
            "git checkout, hoặc xóa tệp")


def _type_problem(loaded: LoadedFile, error: ValidationError, schema_name: str) -> Problem:
    path = tuple(error.absolute_path)
    expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
    wanted = " hoặc ".join(_TYPE_NAMES.get(name, name) for name in expected)
    node = loaded.raw(path)
    field = _field(path)
    if node is not None and not node.style and node.tag in SURPRISING_TAGS and "string" in expected:
        meaning = SURPRISING_TAGS[node.tag]
        value = error.instance
        understood = f" ({value})" if node.tag != "tag:yaml.org,2002:bool" else ""
        return loaded.problem(path, f"YAML hiểu “{node.value}” ở trường “{field}” là {meaning}{understood}, không phải chữ",
                              f"đặt trong ngoặc kép: \"{node.value}\"")
    if "array" in expected and isinstance(error.instance, str):
        return loaded.problem(path, f"Trường “{field}” phải là một danh sách",
                              f"xuống dòng và viết mỗi mục sau “- ”, ví dụ:  - {_shown(error.instance)}")
    if error.instance is None:
        return loaded.problem(path, f"Trường “{field}” đang để trống", _fill_hint(field, wanted))
    if not path:
        return loaded.problem(path, "Tệp phải gồm các trường dạng “tên_trường: giá trị”", _whole_file_hint(schema_name))
    return loaded.problem(path, f"Trường “{field}” phải là {wanted}",
                          "kiểm tra lại giá trị; chữ có ký tự đặc biệt nên đặt trong ngoặc kép")


def _format_problem(loaded: LoadedFile, error: ValidationError) -> Problem:
    path = tuple(error.absolute_path)
    value, field, kind = error.instance, _field(path), error.validator_value
    if kind == "date" or kind == "partial-date":
        example = "2023-06-24" if kind == "date" else "2023-06-24, 2023-07 hoặc 2023"
        what, how = date_mistake(str(value), example) or ("không đúng dạng", "")
        return loaded.problem(path, f"Ngày “{value}” ở trường “{field}” {what}", how)
    if kind == "safe-url":
        return loaded.problem(path, f"Địa chỉ “{_shown(value)}” không được phép",
                              "chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc tel:")
    if kind == "email":
        return loaded.problem(path, f"Địa chỉ thư “{_shown(value)}” không hợp lệ", "viết dạng ten@coquan.gov.vn")
    return loaded.problem(path, f"Giá trị “{_shown(value)}” không đúng dạng {kind}", "xem mẫu trong hướng dẫn biên tập")


def _additional_problems(loaded: LoadedFile, error: ValidationError) -> list[Problem]:
    path = tuple(error.absolute_path)
    allowed = sorted(error.schema.get("properties", {}))
    problems = []
    for key in sorted(set(error.instance) - set(allowed)):
        guess = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        hint = f"có phải ý bạn là “{guess[0]}”?" if guess else "các trường được phép: " + ", ".join(allowed)
        problems.append(loaded.problem(path + (key,), f"Trường “{key}” không có trong mẫu", hint, key=True))
    return problems


def _problem(loaded: LoadedFile, error: ValidationError, schema_name: str) -> list[Problem]:
    path = tuple(error.absolute_path)
    field, kind = _field(path), error.validator
    if kind == "additionalProperties":
        return _additional_problems(loaded, error)
    if kind == "required":
        missing = re.search(r"'([^']+)' is a required property", error.message)
        name = missing.group(1) if missing else "?"
        return [loaded.problem(path, f"Thiếu trường bắt buộc “{name}”",
                               _REQUIRED_HINTS.get(name, f"thêm dòng “{name}: …”"))]
    if kind == "type":
        return [_type_problem(loaded, error, schema_name)]
    if kind == "format":
        return [_format_problem(loaded, error)]
    if kind in ("minLength", "pattern") and isinstance(error.instance, str) and not error.instance.strip():
        return [loaded.problem(path, f"Trường “{field}” đang để trống", _fill_hint(field, "nội dung"))]
    if kind == "pattern":
        what, hint = _PATTERNS.get(field, _PATTERNS["id"])
        return [loaded.problem(path, f"{what} “{_shown(error.instance)}” ở trường “{field}” không hợp lệ", hint)]
    if kind == "maxLength":
        return [loaded.problem(path, f"Nội dung trường “{field}” quá dài: {len(error.instance)} ký tự, tối đa {error.validator_value}",
                               "rút gọn nội dung; tài liệu dài hãy đưa vào mục materials")]
    if kind == "enum":
        choices = ", ".join(str(choice) for choice in error.validator_value)
        return [loaded.problem(path, f"Giá trị “{_shown(error.instance)}” ở trường “{field}” không nằm trong danh sách cho phép",
                               f"chọn một trong: {choices}")]
    if kind == "minItems":
        return [loaded.problem(path, f"Danh sách “{field}” cần ít nhất {error.validator_value} mục", "thêm mục còn thiếu")]
    if kind == "uniqueItems":
        return [loaded.problem(path, f"Danh sách “{field}” có mục bị trùng", "xóa mục lặp lại")]
    if kind == "minimum":
        return [loaded.problem(path, f"Trường “{field}” phải từ {error.validator_value} trở lên", "sửa lại số")]
    if kind == "oneOf" and "url" in str(error.validator_value):
        return [loaded.problem(path, "Tài liệu cần đúng một trong hai: url hoặc file",
                               "giữ “url:” cho liên kết hoặc “file:” cho tệp trong kho, không dùng cả hai")]
    if kind == "anyOf" and "number" in str(error.validator_value):
        return [loaded.problem(path, "Văn bản cần có số ký hiệu “number” hoặc mã “id”",
                               "thêm “number: 2416/BTTTT-CATTT”, hoặc “id: …” nếu văn bản không có số")]
    return [loaded.problem(path, f"Giá trị ở trường “{field}” không hợp lệ: {error.message}", "xem mẫu trong hướng dẫn biên tập")]


def schema_problems(loaded: LoadedFile, schema_name: str) -> list[Problem]:
    """Every schema error in `loaded`, as Vietnamese problems with lines."""
    if loaded.data is None:
        return [loaded.problem((), "Tệp đang trống", _whole_file_hint(schema_name))]
    problems: list[Problem] = []
    for error in _VALIDATORS[schema_name].iter_errors(loaded.data):
        problems.extend(_problem(loaded, error, schema_name))
    return problems
