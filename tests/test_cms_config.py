"""The form editor's configuration agrees with the schema, and the form's checks
with `make check`: the same fields, required-ness, choices, patterns and
references; the same dates and links accepted (the browser's part run in node)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import ROOT
from sitegen.failures import RunFailed
from sitegen.load.attachments import DOCUMENT_TYPES
from sitegen.load.schema import SCHEMAS
from sitegen.load.validate import FORMATS
from sitegen.render.cms_backend import backend_from_settings, local_backend
from sitegen.render.cms_config import DATE_WIDGETS, FORM_HINTS, FORMAT_PATTERNS, collections
from sitegen.render.editor_files import SCRIPTS_DIR, editor_config, editor_csp

CONFIG = {collection["name"]: collection for collection in collections()}
REGISTRIES = ("documents", "units", "organizations")


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type", [])
    return kind if isinstance(kind, list) else [kind]


def _agree(record: dict[str, Any], fields: list[dict[str, Any]], where: str, group_required: bool = True) -> None:
    """Every property of `record` has a field of the same name, in the same order, with the same rules."""
    assert [field["name"] for field in fields] == list(record["properties"]), where
    for field in fields:
        name, schema = field["name"], record["properties"][field["name"]]
        at = f"{where}.{name}"
        needs_value = name in record["required"] and "null" not in _types(schema)
        assert field["required"] is (needs_value and group_required), at
        hint = FORM_HINTS.get(schema.get("format", ""), schema.get("description", ""))
        assert field["label"] == schema["title"] and hint in field.get("hint", ""), at
        _agree_value(schema, field, at, field["required"])


def _agree_value(schema: dict[str, Any], field: dict[str, Any], at: str, required: bool) -> None:
    if "x-widget" in schema:  # one of ours, which knows the shape of its value (the import's review list)
        assert field["widget"] == schema["x-widget"] and "fields" not in field, at
        return
    if "enum" in schema:
        assert field["widget"] == "select" and field["options"] == schema["enum"], at
    if schema.get("format") == "date":
        assert field["widget"] == "ngay" and "partial" not in field, at  # editor/date-widget.js: 01/07/2023 in, 2023-07-01 out
    if schema.get("format") == "partial-date":
        assert field["widget"] == "ngay" and field["partial"] is True and "pattern" not in field, at  # also 07/2023, 2023
    if "pattern" in schema and "x-registry" not in schema:
        assert field["pattern"][0] == schema["pattern"] and field["pattern"][1], at
    if schema.get("format") in FORMAT_PATTERNS:
        assert field["pattern"] == list(FORMAT_PATTERNS[schema["format"]]), at
    registry = schema.get("x-registry") or schema.get("items", {}).get("x-registry")
    if registry:
        _agree_relation(field, registry, at, multiple="items" in schema)
    elif "object" in _types(schema):
        _agree(schema, field["fields"], at, group_required=required)
    elif "array" in _types(schema) and "object" in _types(schema["items"]):
        _agree(schema["items"], field["fields"], at)
    elif "array" in _types(schema):
        assert field["widget"] == "list" and "field" in field, at


def _agree_relation(field: dict[str, Any], registry: str, at: str, multiple: bool) -> None:
    """A reference is chosen among the records of a registry that exists, by a key its records have."""
    assert field["widget"] == "relation" and field["collection"] == registry in CONFIG and field["multiple"] is multiple, at
    keys = SCHEMAS[registry]["properties"]
    for key in [field["value_field"], *field["display_fields"], *field["search_fields"]]:
        assert key in keys, f"{at}: {key}"


def test_the_campaign_form_has_every_field_of_the_schema_with_the_same_rules() -> None:
    _agree(SCHEMAS["campaign"], CONFIG["campaigns"]["fields"], "campaign")


@pytest.mark.parametrize("name", REGISTRIES)
def test_each_registry_is_a_folder_of_records_with_every_field_of_its_schema(name: str) -> None:
    """One file per record, each with its own page in the form, named as make import names it."""
    collection = CONFIG[name]
    assert (collection["folder"], collection["extension"], collection["create"]) == (f"campaigns/registries/{name}", "yml", True)
    assert collection["slug"] == ("{{number}}" if name == "documents" else "{{id}}")
    assert collection["identifier_field"] in SCHEMAS[name]["properties"]
    assert [field for field in collection["sortable_fields"] if isinstance(field, dict) and "default_sort" in field]
    _agree(SCHEMAS[name], collection["fields"], name)


def test_campaign_files_are_named_as_make_new_names_them() -> None:
    config = editor_config(local_backend("http://127.0.0.1:1/api/v1"), "http://127.0.0.1:8000/")
    assert config["locale"] == "vi"
    assert config["slug"] == {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"}
    assert (CONFIG["campaigns"]["folder"], CONFIG["campaigns"]["extension"], CONFIG["campaigns"]["slug"]) == \
        ("campaigns", "yml", "{{title}}")
    # Uploads land in docs/, and the value written is the repository path `file:` wants.
    assert config["media_folder"] == config["public_folder"] == "docs/tai-lieu"


def _file_fields(value: object) -> list[dict]:
    if isinstance(value, dict):
        return ([value] if value.get("widget") == "file" else []) + [f for item in value.values() for f in _file_fields(item)]
    return [f for item in value for f in _file_fields(item)] if isinstance(value, list) else []


def test_every_upload_field_refuses_a_file_over_the_departments_limit() -> None:
    config = editor_config(local_backend("http://127.0.0.1:1/api/v1"), "http://127.0.0.1:8000/", 5 * 2**20)
    fields = _file_fields(config["collections"])
    assert fields and all(field["media_library"] == {"allow_multiple": False, "max_file_size": 5 * 2**20} for field in fields)


# Values the form's patterns must judge as `make check` does (the browser uses
# JavaScript's RegExp; these patterns mean the same in Python's re).
FORMAT_CASES = [
    ("safe-url", "https://congthuong.haiduong.gov.vn/tin-tuc"), ("safe-url", "http://a.vn"),
    ("safe-url", "mailto:vp@haiduong.gov.vn"), ("safe-url", "tel:02203853111"),
    ("safe-url", "javascript:alert(1)"), ("safe-url", "ftp://a.vn/x"), ("safe-url", "https://"),
    ("safe-url", "congthuong.haiduong.gov.vn"), ("safe-url", "data:text/html,x"),
    ("email", "vp@haiduong.gov.vn"), ("email", "vp@haiduong"), ("email", "a b@c.vn"),
]


@pytest.mark.parametrize("kind, value", FORMAT_CASES)
def test_the_form_judges_links_mails_and_dates_as_make_check_does(kind: str, value: str) -> None:
    pattern, message = FORMAT_PATTERNS[kind]
    assert bool(re.search(pattern, value)) == FORMATS.conforms(value, kind), value
    assert message and not message.endswith(".")  # the form adds the full stop


@pytest.mark.parametrize("name, allowed", [("ke-hoach.pdf", True), ("bang.xlsx", True), ("anh.svg", True),
                                           ("trang.html", False), ("ma.js", False), ("tep", False), ("a.pdf.exe", False)])
def test_the_form_takes_attachments_of_the_types_make_check_takes(name: str, allowed: bool) -> None:
    pattern = FORMAT_PATTERNS["repo-file"][0]
    assert bool(re.search(pattern, name)) is allowed
    assert set(re.findall(r"[a-z]+", pattern.split("(")[1])) == set(DOCUMENT_TYPES)


BACKENDS = [
    ({"CMS_BACKEND": "gitlab", "CMS_REPO": "so-cong-thuong/chien-dich", "CMS_APP_ID": "abc",
      "CMS_BASE_URL": "https://git.haiduong.gov.vn"},
     {"name": "gitlab", "repo": "so-cong-thuong/chien-dich", "branch": "main", "app_id": "abc",
      "api_root": "https://git.haiduong.gov.vn/api/v4", "base_url": "https://git.haiduong.gov.vn",
      "auth_type": "pkce", "auth_endpoint": "oauth/authorize"},
     ("https://git.haiduong.gov.vn",), "editorial_workflow"),
    ({"CMS_BACKEND": "gitlab", "CMS_REPO": "so/kho", "CMS_APP_ID": "abc", "CMS_BRANCH": "xuat-ban"},
     {"name": "gitlab", "repo": "so/kho", "branch": "xuat-ban", "app_id": "abc", "api_root": "https://gitlab.com/api/v4",
      "base_url": "https://gitlab.com", "auth_type": "pkce", "auth_endpoint": "oauth/authorize"},
     ("https://gitlab.com",), "editorial_workflow"),
    ({"CMS_BACKEND": "github", "CMS_REPO": "so/kho", "CMS_AUTH_URL": "https://dang-nhap.haiduong.gov.vn"},
     {"name": "github", "repo": "so/kho", "branch": "main", "base_url": "https://dang-nhap.haiduong.gov.vn",
      "api_root": "https://api.github.com"},
     ("https://api.github.com", "https://github.com"), "editorial_workflow"),
    ({"CMS_BACKEND": "forgejo", "CMS_REPO": "so/kho", "CMS_APP_ID": "x", "CMS_BASE_URL": "https://git.so.vn/"},
     {"name": "forgejo", "repo": "so/kho", "branch": "main", "app_id": "x", "api_root": "https://git.so.vn/api/v1",
      "base_url": "https://git.so.vn"},
     ("https://git.so.vn",), "editorial_workflow"),
    ({"CMS_BACKEND": "gitea", "CMS_REPO": "so/kho", "CMS_APP_ID": "x", "CMS_BASE_URL": "https://git.so.vn"},
     {"name": "gitea", "repo": "so/kho", "branch": "main", "app_id": "x", "api_root": "https://git.so.vn/api/v1",
      "base_url": "https://git.so.vn"},
     ("https://git.so.vn",), ""),  # Decap's Gitea backend commits to the branch: no review step
]


@pytest.mark.parametrize("settings, config, origins, publish_mode", BACKENDS)
def test_the_git_host_comes_from_the_webmasters_settings(settings, config, origins, publish_mode) -> None:
    backend = backend_from_settings(settings)
    assert (backend.config, backend.origins, backend.publish_mode) == (config, origins, publish_mode)
    policy = editor_csp(backend)
    assert f"connect-src 'self' blob: {' '.join(origins)};" in policy and "'unsafe-inline'" not in policy.split("style-src")[0]


SEE = "; chưa thay đổi gì (xem “Kết nối trình biên tập” trong Hướng dẫn quản trị website)."


@pytest.mark.parametrize("settings, message", [
    ({"CMS_BACKEND": "bitbucket"}, "CMS_BACKEND=bitbucket không đúng: chọn github, gitlab, gitea hoặc forgejo" + SEE),
    ({"CMS_BACKEND": "gitlab"}, "CMS_BACKEND=gitlab cần CMS_REPO: kho chứa các tệp chiến dịch, dạng tổ-chức/tên-kho" + SEE),
    ({"CMS_BACKEND": "gitlab", "CMS_REPO": "chien-dich"},
     "CMS_REPO=chien-dich không đúng dạng tổ-chức/tên-kho, ví dụ so-cong-thuong/chien-dich" + SEE),
    ({"CMS_BACKEND": "gitlab", "CMS_REPO": "so/kho"},
     "CMS_BACKEND=gitlab cần CMS_APP_ID: mã ứng dụng (Client ID) của ứng dụng OAuth2 tạo trên máy chủ git" + SEE),
    ({"CMS_BACKEND": "gitea", "CMS_REPO": "so/kho", "CMS_APP_ID": "x"},
     "CMS_BACKEND=gitea cần CMS_BASE_URL: địa chỉ máy chủ gitea của Sở, ví dụ https://git.haiduong.gov.vn" + SEE),
    ({"CMS_BACKEND": "gitea", "CMS_REPO": "so/kho", "CMS_APP_ID": "x", "CMS_BASE_URL": "http://git.so.vn"},
     "CMS_BASE_URL=http://git.so.vn không phải địa chỉ https đầy đủ, ví dụ CMS_BASE_URL=https://git.haiduong.gov.vn" + SEE),
    ({"CMS_BACKEND": "github", "CMS_REPO": "so/kho"},
     "CMS_BACKEND=github cần CMS_AUTH_URL: địa chỉ máy chủ trung gian OAuth giữ khóa bí mật của ứng dụng GitHub" + SEE),
    ({"CMS_BACKEND": "gitlab", "CMS_REPO": "so/kho", "CMS_APP_ID": "x", "CMS_BRANCH": "a..b"},
     "CMS_BRANCH=a..b không phải tên nhánh git, ví dụ main" + SEE),
])
def test_a_wrong_setting_is_one_vietnamese_line(settings: dict[str, str], message: str) -> None:
    with pytest.raises(RunFailed) as failed:
        backend_from_settings(settings)
    assert str(failed.value) == message


def test_no_host_set_means_no_published_editor() -> None:
    assert backend_from_settings({}) is None


# The browser's checks, run by node on the same table as Python's.
NODE_CHECKS = """
const vm = require("vm");
for (const name of ["date-widget.js", "checks.js", "pickers.js"]) vm.runInThisContext(require("fs").readFileSync(process.argv[1] + "/" + name, "utf8"));
const bienTap = globalThis.BienTap;
bienTap.schemas = JSON.parse(process.argv[2]);
const cases = JSON.parse(process.argv[3]);
console.log(JSON.stringify(cases.map(([kind, value, partial]) => kind === "date"
  ? [bienTap.dateValue(value, partial), bienTap.dateProblem("Ngày", value, partial)]
  : kind === "shown" ? bienTap.shownDate(value)
  : kind === "term" ? bienTap.searchTerm(value)
  : kind === "problems" ? bienTap.problemsAt("campaigns", "x", value).map((problem) => [problem.path, problem.message])
  : bienTap.emptyFixes("campaigns", "x", value).map(([path, fixed]) => [path, fixed === undefined ? "drop" : fixed]))));
"""


def _node(cases: list) -> list:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is missing: install Debian's npm (it brings nodejs), as make does")
    result = subprocess.run([node, "-e", NODE_CHECKS, str(SCRIPTS_DIR), json.dumps(SCHEMAS), json.dumps(cases)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# What is typed in a date box, whether the field takes a month or a year (a partial date),
# what the file gets ("" for nothing) and what the field says.
DATES = [
    ("01/07/2023", False, "2023-07-01", ""), ("1/7/2023", False, "2023-07-01", ""), ("1-7-2023", False, "2023-07-01", ""),
    (" 1 / 7 / 2023 ", False, "2023-07-01", ""), ("2023-07-01", False, "2023-07-01", ""),
    ("29/02/2024", False, "2024-02-29", ""), ("", False, "", ""), ("", True, "", ""),
    ("29/02/2023", False, "", "Ngày: ngày 29/02/2023 không có thật (tháng 2 năm 2023 chỉ có 28 ngày)."),
    ("31/04/2024", False, "", "Ngày: ngày 31/04/2024 không có thật (tháng 4 chỉ có 30 ngày)."),
    ("31/04/2024", True, "", "Ngày: ngày 31/04/2024 không có thật (tháng 4 chỉ có 30 ngày)."),
    ("00/07/2023", False, "", "Ngày: ngày 00/07/2023 không có thật (tháng 7 chỉ có 31 ngày)."),
    ("07/13/2023", False, "", "Ngày: ngày 07/13/2023 không có thật (tháng chỉ từ 1 đến 12; ngày viết trước tháng)."),
    ("7/2023", False, "", "Ngày: “7/2023” chưa đủ ngày, tháng, năm; viết ví dụ 01/07/2023."),
    ("2023", False, "", "Ngày: “2023” chưa đủ ngày, tháng, năm; viết ví dụ 01/07/2023."),
    ("ngày 1", False, "", "Ngày: “ngày 1” không phải một ngày; viết ngày/tháng/năm, ví dụ 01/07/2023."),
    # Where the schema allows a partial date: a month or a year, as the document dates it.
    ("10/7/2023", True, "2023-07-10", ""), ("07/2023", True, "2023-07", ""), ("7/2023", True, "2023-07", ""),
    ("2023-07", True, "2023-07", ""), ("2023", True, 2023, ""),
    ("13/2023", True, "", "Ngày: tháng 13/2023 không có thật (tháng chỉ từ 1 đến 12)."),
    ("00/2023", True, "", "Ngày: tháng 00/2023 không có thật (tháng chỉ từ 1 đến 12)."),
    ("tháng 7", True, "", "Ngày: “tháng 7” không phải ngày, tháng hay năm; viết 01/07/2023, 07/2023 hoặc 2023."),
    ("23-07-10", True, "", "Ngày: “23-07-10” không phải ngày, tháng hay năm; viết 01/07/2023, 07/2023 hoặc 2023."),
]


def test_the_date_box_reads_dates_as_vietnamese_write_them_and_writes_what_make_check_accepts() -> None:
    answers = _node([["date", typed, partial] for typed, partial, _, _ in DATES])
    assert answers == [[value, problem] for _, _, value, problem in DATES]
    for typed, partial, value, problem in DATES:
        if value != "":  # what the file gets is what make check takes, as YAML reads it (a year is a number)
            assert FORMATS.conforms(value, "partial-date" if partial else "date"), typed
        assert (value == "") is (problem != "" or typed == ""), typed


def test_the_date_box_shows_the_files_dates_as_they_are_typed() -> None:
    values = ["2023-07-01", "2023-07", 2023, "2023", "", None, "1/7/2023"]
    assert _node([["shown", value] for value in values]) == ["01/07/2023", "07/2023", "2023", "2023", "", "", "1/7/2023"]


def test_the_checks_across_fields_refuse_what_make_check_refuses_each_at_its_field_and_write_empty_dates_as_it_wants() -> None:
    good = {"title": "T", "summary": "S", "start": "2023-07-01", "end": "2023-07-31"}
    task = {"action": "A", "assignees": ["x"]}
    done_by = [{"unit": "x", "date": "2023-07-18"}]
    cases = [
        ["problems", good],
        ["problems", {**good, "end": "2023-06-30"}],
        ["problems", {**good, "period": 2023}],
        ["problems", {**good, "events": [{"title": "Lễ", "date": "2023-07-10", "end_date": "2023-07-09"}]}],
        ["problems", {**good, "materials": [{"title": "Tờ rơi"}]}],
        ["problems", {**good, "tasks": [{**task, "done": "2023-07-18", "report": "1/BC"}, {**task, "done_by": done_by},
                                        {**task, "cancelled": "Dừng."}]}],
        ["problems", {**good, "tasks": [{**task, "done": "2023-07-18", "done_by": done_by, "cancelled": "Dừng."}]}],
        ["problems", {**good, "tasks": [{**task, "report": "1/BC",
                                         "done_by": [*done_by, done_by[0], {"unit": "doi-tac", "date": "2023-06-30"}]}]}],
        ["problems", {**good, "tasks": [{**task, "done": "2999-01-01"}]}],
        ["problems", {"title": "T", "summary": "S", "period": "2023-07", "tasks": [{**task, "done": "2023-06-30"}]}],
        # A date that is no date is the date box's to name: no check across fields reads it.
        ["problems", {**good, "start": "2023-02-31", "end": "2023-01-01", "tasks": [{**task, "done": "1/7/2023"}]}],
        ["fixes", {"title": "T", "summary": "S", "tasks": [{"action": "A", "assignees": ["x"], "due": ""}],
                   "events": [{"title": "L", "date": "2023-07-01", "note": ""}]}],
    ]
    done = ["tasks", 0, "done"]
    assert _node(cases) == [
        [],
        [[["end"], "Ngày kết thúc 30/06/2023 ở trước ngày bắt đầu 01/07/2023: kiểm tra lại hai ngày; có thể đã đảo ngày và tháng."]],
        [[["period"], "Đã có ngày bắt đầu/kết thúc thì để trống “Tháng hoặc năm”: chỉ ghi tháng hoặc năm khi văn bản không nêu ngày cụ thể."]],
        [[["events", 0, "end_date"], "Sự kiện 1 (Lễ): ngày kết thúc ở trước ngày diễn ra."]],
        [[["materials", 0, "url"], "Tài liệu 1 (Tờ rơi) cần đúng một trong hai: liên kết hoặc tệp đính kèm."]],
        [],
        [[done, "Nhiệm vụ 1: đã ghi “Ngày hoàn thành” chung cho mọi đơn vị thì không ghi thêm kết quả từng đơn vị; giữ một trong hai."],
         [done, "Nhiệm vụ 1: nhiệm vụ đã hủy thì không ghi ngày hoàn thành; xóa lý do hủy hoặc xóa ngày hoàn thành."]],
        [[done, "Nhiệm vụ 1: có báo cáo kết quả mà chưa ghi ngày hoàn thành."],
         [["tasks", 0, "done_by", 1, "date"], "Nhiệm vụ 1: đơn vị “x” đã có kết quả ở dòng trên; mỗi đơn vị một dòng."],
         [["tasks", 0, "done_by", 2, "date"],
          "Nhiệm vụ 1: đơn vị “doi-tac” không có trong các đơn vị thực hiện; chỉ ghi kết quả cho đơn vị thực hiện."],
         [["tasks", 0, "done_by", 2, "date"], "Nhiệm vụ 1: ngày hoàn thành 30/06/2023 ở trước khi chiến dịch bắt đầu (01/07/2023)."]],
        [[done, "Nhiệm vụ 1: ngày hoàn thành 01/01/2999 chưa tới; chỉ ghi kết quả khi việc đã làm xong."]],
        [[done, "Nhiệm vụ 1: ngày hoàn thành 30/06/2023 ở trước khi chiến dịch bắt đầu (01/07/2023)."]],
        [],
        # start and end are optional (a new entry from the form has none); an emptied due date is
        # written empty, an emptied note dropped.
        [[["tasks", 0, "due"], None], [["events", 0, "note"], "drop"]],
    ]


NODE_LOCALES = """
const fs = require("fs"), vm = require("vm");
const load = (code) => { const module = {}; vm.runInNewContext(code.replace(/^export default (\\w+);$/m, "module.exports = $1;"), {module}); return module.exports; };
const locales = process.argv[1] + "/decap-cms-locales/dist/esm/";
const en = load(fs.readFileSync(locales + "en/index.js", "utf8")), vi = load(fs.readFileSync(locales + "vi/index.js", "utf8"));
vm.runInThisContext(fs.readFileSync(process.argv[2] + "/locale-vi.js", "utf8"));
const keys = (tree, prefix = "") => Object.entries(tree).flatMap(([key, value]) =>
  value && typeof value === "object" ? keys(value, prefix + key + ".") : [[prefix + key, value]]);
const merged = new Map(keys(globalThis.BienTap.mergedLocale(vi)));
console.log(JSON.stringify({missing: keys(en).map(([key]) => key).filter((key) => !merged.has(key)),
                            english: keys(en).filter(([key, text]) => merged.get(key) === text && /[a-z]{3}/i.test(text)).map(([key]) => key),
                            merged: Object.fromEntries(merged)}));
"""


def _locale() -> dict:
    node = shutil.which("node")
    assert node, "node is missing: install Debian's npm (it brings nodejs), as make does"
    result = subprocess.run([node, "-e", NODE_LOCALES, str(ROOT / "node_modules"), str(SCRIPTS_DIR)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_every_string_of_decaps_interface_has_vietnamese() -> None:
    """Decap's own Vietnamese lacks 77 of its strings; ours fill every one (a new Decap adding more fails here)."""
    found = _locale()
    assert found["missing"] == []
    # Left as Decap has them: names and placeholders that read the same in Vietnamese.
    assert found["english"] == ["editor.editorWidgets.markdown.markdown",  # "Markdown", a name
                                "ui.toast.onFailToAuth", "workflow.workflowCard.lastChangeNoAuthor"]  # placeholders only


def test_the_buttons_say_luu_and_gui_duyet_never_cong_bo() -> None:
    """Decap's Vietnamese calls saving "Công bố" (publish): to a clerk, putting a page before the public."""
    merged = _locale()["merged"]
    assert [key for key, text in merged.items() if re.search("công bố", text, re.IGNORECASE)] == []
    toolbar = {key.rsplit(".", 1)[1]: text for key, text in merged.items() if key.startswith("editor.editorToolbar.")}
    # Without review (make serve, Gitea): a menu "Lưu"; with review: "Lưu", then "Gửi duyệt" as the state.
    assert (toolbar["publish"], toolbar["publishNow"], toolbar["save"], toolbar["published"]) == ("Lưu", "Lưu ngay", "Lưu", "Đã lưu")
    assert (toolbar["draft"], toolbar["inReview"], toolbar["ready"]) == ("Bản nháp", "Gửi duyệt", "Đã duyệt")
    assert (toolbar["deleteEntry"], toolbar["deleteUnpublishedChanges"]) == ("Xóa mục này", "Bỏ bản nháp này")


def _hints(value: object) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        if "hint" in value:
            yield value["name"], value["hint"]
        for item in value.values():
            yield from _hints(item)
    elif isinstance(value, list):
        for item in value:
            yield from _hints(item)


def _keys(schema: object) -> Iterator[str]:
    if isinstance(schema, dict):
        yield from schema.get("properties", {})
        for item in schema.values():
            yield from _keys(item)
    elif isinstance(schema, list):
        for item in schema:
            yield from _keys(item)


def test_no_hint_of_the_form_names_a_file_or_a_field_key() -> None:
    """A clerk reads field labels and registry names; organizations.yml or start/end mean nothing in the form."""
    keys = set(_keys(SCHEMAS)) | set(SCHEMAS)
    hints = list(_hints(collections()))
    assert len(hints) > 40
    named = {(field, word) for field, hint in hints for word in re.findall(r"[\w./-]+", hint, re.ASCII)
             if word.strip("./") in keys or word.endswith((".yml", ".json")) or "/" in word and word.startswith(("campaigns", "docs"))}
    assert named == set()


# What the form may do to the branch the site is built from, by host (cms_config.under_review).
REVIEW = [("proxy", True, None), ("gitea", False, None), ("gitlab", False, False), ("github", False, False),
          ("forgejo", False, False)]


@pytest.mark.parametrize("host, deletes, publishes", REVIEW)
def test_a_campaign_is_deleted_in_the_form_only_where_the_deletion_goes_to_review(host, deletes, publishes) -> None:
    """Decap's delete commits straight to the site's branch with every git host (editorial workflow
    or not); only under make serve does it write into the working tree, reviewed with the rest.
    With review, Decap's publish would merge the pull request from the form: merging is the host's."""
    backends = {"proxy": local_backend("http://127.0.0.1:1/api/v1")} | {
        settings["CMS_BACKEND"]: backend_from_settings(settings) for settings, _, _, _ in BACKENDS}
    config = editor_config(backends[host], "http://127.0.0.1:8000/")
    by_name = {collection["name"]: collection for collection in config["collections"]}
    assert by_name["campaigns"]["delete"] is deletes
    assert {collection.get("publish") for collection in config["collections"]} == {publishes}


def _in_order(pattern: str, text: str) -> bool:
    """Whether Decap's fuzzy search matches: every character of `pattern`, in order, in `text`, case aside."""
    found = iter(text.casefold())
    return all(character in found for character in pattern.casefold())


# A number as typed in a picker, and the registry's writing of it: they are one document for make check.
TYPED_NUMBERS = [
    ("2416/BTTTT-CATTT", "2416/BTTTT-CATTT"), ("2416-btttt-cattt", "2416/BTTTT-CATTT"),
    ("6022/KH-BCT", "6022/KH-BCT"), ("6022\u00a0/\u00a0KH-BCT", "6022/KH-BCT"), ("6022 KH BCT", "6022/KH-BCT"),
    ("2646/QD-BCT", "2646/QĐ-BCT"), ("2646/qđ-bct", "2646/QĐ-BCT"), ("855/CV-BTGTU", "855-CV/BTGTU"),
    ("19/2023/QH15", "19/2023/QH15"), ("05-CT/TW", "05-CT/TW"),
]


def test_a_number_is_found_in_a_picker_however_it_is_typed() -> None:
    folded = _node([["term", typed] for typed, _ in TYPED_NUMBERS])
    for (typed, number), term in zip(TYPED_NUMBERS, folded):
        assert _in_order(term, number), (typed, term, number)
    assert _node([["term", "Sở Công Thương"]]) == ["Sở Công Thương"]  # a name, as typed
