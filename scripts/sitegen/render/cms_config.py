"""The form editor's collections (Decap CMS), generated from the JSON Schemas.

`load/schema.py` stays the one source of truth: every property becomes a form
field in the schema's order, its `title` the label, its `description` the
hint; required fields, choice lists (`enum`), patterns and date forms carry
over, with a Vietnamese message for each pattern. A value pointing into a
registry (`x-registry`) becomes a choice among that registry's records, so an
unknown unit or document cannot be typed. tests/test_cms_config.py holds the
two to the same rules.
"""

from __future__ import annotations

from typing import Any

from ..load.attachments import ALLOWED_HINT, DOCUMENT_TYPES
from ..load.schema import SCHEMAS, SLUG
from ..load.registry import CAMPAIGNS_DIR, REGISTRIES, registry_folder
from ..load.validate import EMAIL_PATTERN, SAFE_URL_SCHEMES

# Where files uploaded through the form go: docs/ is published, and `make check`
# accepts a `file:` there when it is a document (load/attachments.py).
MEDIA_FOLDER = "docs/tai-lieu"

# A schema pattern, and what the form says after the field's label when a value breaks it.
PATTERN_MESSAGES = {
    r"\S": "chưa có nội dung (chỉ có dấu cách)",
    SLUG: "chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ cac-phong-thuoc-so",
    r"^[0-9 +().-]{3,30}$": "chỉ gồm chữ số, dấu cách và các dấu + ( ) . -, từ 3 đến 30 ký tự",
    r"^[IVXLC]+$": "viết khóa bằng số La Mã in hoa, ví dụ XIII",
}

# Formats, checked in the browser by a pattern (the build checks them fully).
_SCHEMES = "|".join(f"{scheme}://[^/\\s]+" if scheme.startswith("http") else f"{scheme}:\\S+"
                    for scheme in SAFE_URL_SCHEMES)
FORMAT_PATTERNS = {
    "safe-url": (f"^({_SCHEMES})\\S*$", "chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc tel:"),
    "email": (EMAIL_PATTERN, "viết dạng ten@coquan.gov.vn"),
    # Decap writes uploaded names in lower case.
    "repo-file": (f"\\.({'|'.join(DOCUMENT_TYPES)})$", ALLOWED_HINT),
}

# Dates: our date box (editor/date-widget.js) takes 01/07/2023 whatever the
# browser's language and writes 2023-07-01; Decap's own is the browser's, which
# on an English browser reads mm/dd/yyyy. Where the schema allows a partial date,
# it also takes 07/2023 or 2023 and writes 2023-07 or 2023. It checks the date
# itself, with a Vietnamese message naming what is wrong: no pattern is needed.
DATE_WIDGETS = {"date": {"widget": "ngay"}, "partial-date": {"widget": "ngay", "partial": True}}

# What the form says under a field instead of the schema's description, where the
# form is not the file: an attachment is chosen or uploaded, not typed as a path.
FORM_HINTS = {"repo-file": f"Tải tệp lên từ máy, hoặc chọn một tệp đã tải lên. {ALLOWED_HINT[0].upper()}{ALLOWED_HINT[1:]}."}

# How a value names a record of each registry, and how the form shows the records.
RELATIONS = {
    "units": {"value": "id", "display": ["name"], "search": ["name", "id"]},
    "organizations": {"value": "id", "display": ["name"], "search": ["name", "full_name", "id"]},
    "documents": {"value": "number", "display": ["number", "subject"], "search": ["number", "subject", "title"]},
}

# Longer texts get a text area; short ones a one-line box.
_ONE_LINE_MAX = 300


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type", [])
    return kind if isinstance(kind, list) else [kind]


def value_required(schema: dict[str, Any], name: str) -> bool:
    """Whether the record described by `schema` needs a value for `name`: a
    required key that may be left empty (null) is not required in the form."""
    return name in schema.get("required", []) and "null" not in _types(schema["properties"][name])


def _pattern(schema: dict[str, Any]) -> list[str] | None:
    if schema.get("format") in DATE_WIDGETS:
        return None
    if schema.get("format") in FORMAT_PATTERNS:
        return list(FORMAT_PATTERNS[schema["format"]])
    if "pattern" in schema:
        return [schema["pattern"], PATTERN_MESSAGES[schema["pattern"]]]
    return None


def _relation(schema: dict[str, Any], multiple: bool) -> dict[str, Any]:
    registry = schema["x-registry"]
    rule = RELATIONS[registry]
    return {"widget": "relation", "collection": registry, "value_field": rule["value"],
            "display_fields": list(rule["display"]), "search_fields": list(rule["search"]),
            "multiple": multiple, "options_length": 100}


def _widget(schema: dict[str, Any], label: str, required: bool) -> dict[str, Any]:
    """The Decap widget and options for one value of `schema`."""
    if "x-widget" in schema:  # one of ours (render/editor/): the import's review list
        return {"widget": schema["x-widget"]}
    if "x-registry" in schema:
        return _relation(schema, multiple=False)
    if "enum" in schema:
        return {"widget": "select", "options": list(schema["enum"])}
    if schema.get("format") in DATE_WIDGETS:
        return dict(DATE_WIDGETS[schema["format"]])
    if schema.get("format") == "repo-file":
        return {"widget": "file", "media_library": {"allow_multiple": False}}
    types = _types(schema)
    if "integer" in types and "string" not in types:
        return {"widget": "number", "value_type": "int", **({"min": schema["minimum"]} if "minimum" in schema else {})}
    if "object" in types:
        # Decap checks the fields of an object even when it is left empty: the
        # parts of an optional group are checked by `make check` only.
        return {"widget": "object", "collapsed": False, "fields": fields(schema, optional=not required)}
    if "array" in types:
        items = schema["items"]
        if "x-registry" in items:
            return {**_relation(items, multiple=True), **({"min": schema["minItems"]} if "minItems" in schema else {})}
        if "object" in _types(items):
            first = next(iter(items["properties"]))
            return {"widget": "list", "collapsed": False, "summary": f"{{{{fields.{first}}}}}", "fields": fields(items)}
        return {"widget": "list", "field": {"name": "muc", "label": label, **_widget(items, label, True), **_checks(items)}}
    long = schema.get("maxLength", 0) > _ONE_LINE_MAX and "format" not in schema
    return {"widget": "text" if long else "string"}


def _checks(schema: dict[str, Any]) -> dict[str, Any]:
    pattern = _pattern(schema)
    return {"pattern": pattern} if pattern else {}


def field(name: str, schema: dict[str, Any], required: bool) -> dict[str, Any]:
    """One form field for the property `name` of a record."""
    label = schema.get("title", name)
    hint = FORM_HINTS.get(schema.get("format", ""), schema.get("description", ""))
    return {"name": name, "label": label, **_widget(schema, label, required), "required": required,
            **({"hint": hint} if hint else {}), **_checks(schema)}


def fields(record: dict[str, Any], optional: bool = False) -> list[dict[str, Any]]:
    """The fields of a record, in the schema's order (none required in an `optional` group)."""
    return [field(name, schema, value_required(record, name) and not optional)
            for name, schema in record["properties"].items()]


def campaign_collection() -> dict[str, Any]:
    """Campaigns: one YAML file each in campaigns/, named from the title as `make new` names it."""
    return {"name": "campaigns", "label": "Chiến dịch", "label_singular": "chiến dịch", "folder": CAMPAIGNS_DIR,
            "extension": "yml", "format": "yml", "create": True, "delete": False,  # see under_review
            "identifier_field": "title", "slug": "{{title}}", "summary": "{{title}}",
            "preview_path": "chien-dich/{{slug}}/",  # "Xem bản hoàn chỉnh" opens the campaign's page
            "sortable_fields": ["title", "start"], "fields": fields(SCHEMAS["campaign"])}


# How each registry's records are named, listed and sorted in the form. A new record's file
# is named from its number or id, as make import and make fmt name it (load/registry.py).
REGISTRY_LISTS = {
    # A document without a number has a title; " · " only before a subject there is.
    "documents": {"identifier_field": "number", "slug": "{{number}}",
                  "summary": "{{number}}{{title}}{{subject | ternary(' · ', '')}}{{subject}}",
                  "sortable_fields": [{"field": "date", "default_sort": "desc"}, "number", "subject"],
                  "preview_path": "van-ban/{{slug}}/"},
    "units": {"identifier_field": "id", "slug": "{{id}}", "summary": "{{name}}",
              "sortable_fields": [{"field": "name", "default_sort": "asc"}, "id"], "preview_path": "don-vi/{{slug}}/"},
    "organizations": {"identifier_field": "id", "slug": "{{id}}", "summary": "{{name}}",
                      "sortable_fields": [{"field": "name", "default_sort": "asc"}, "id"],
                      "preview_path": "luu-tru/co-quan/{{slug}}/"},
}


def registry_collection(name: str) -> dict[str, Any]:
    """A registry: one file per record in its folder, each with its own page in the form."""
    schema = SCHEMAS[name]
    record = schema["x-record-title"]
    return {"name": name, "label": schema["title"], "label_singular": record[:1].lower() + record[1:],
            "folder": registry_folder(name), "extension": "yml", "format": "yml", "create": True, "delete": False,
            **REGISTRY_LISTS[name], "fields": fields(schema)}


def collections() -> list[dict[str, Any]]:
    return [campaign_collection(), *(registry_collection(name) for name in REGISTRIES)]


def under_review(collection_list: list[dict[str, Any]], *, local: bool, editorial: bool) -> list[dict[str, Any]]:
    """The collections, with what the form may do to the branch the site is built from.

    Decap's "delete" of a saved entry commits the removal straight to that branch, with
    every git host and in both modes (backend.deleteEntry, then each host's deleteFiles):
    it would skip review. Only the local workflow (`make serve`) writes into the working
    tree, where a deletion goes to review with the rest of the change, so campaigns are
    deleted in the form there only. On a host, a draft can still be discarded (that closes
    its pull request), and a published campaign is deleted by a pull request made on the
    host (docs/huong-dan/quan-tri.md, "Lưu, duyệt và xóa").
    With the editorial workflow, Decap's "publish" merges the pull request from the form,
    before the host's review and checks: merging is left to the host.
    """
    changed = []
    for collection in collection_list:
        rules = {"publish": False} if editorial else {}
        if collection["name"] == "campaigns":
            rules["delete"] = local
        changed.append({**collection, **rules})
    return changed
