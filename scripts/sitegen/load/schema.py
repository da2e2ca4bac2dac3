"""One JSON Schema per kind of record: the single source of truth.

The validator uses these dictionaries directly; `python -m sitegen schemas`
exports them to `schemas/*.schema.json`, which editors' editors read: VS Code's
YAML extension through `.vscode/settings.json` (files carry no modeline: the
web editor drops comments). Descriptions are in Vietnamese because editors see
them as they type. The order of each record's properties is the order of the
fields in the web editor, and in the files (`make fmt`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .attachments import DOCUMENT_TYPES

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"

# Shared building blocks, copied into each schema so every exported file
# stands alone (not every YAML editor follows references across files).
_TEXT = {"type": "string", "minLength": 1, "maxLength": 2000, "pattern": r"\S"}
_SHORT_TEXT = {"type": "string", "minLength": 1, "maxLength": 300, "pattern": r"\S"}
# Descriptions are the form's hints too: they name fields by their titles and registries by their
# names, never by a key or a file, and say nothing of how a date is written (the form takes
# 01/07/2023, a file 2023-07-01: the form's date box and make check's messages say so).
_DATE = {"type": "string", "format": "date", "description": "Một ngày cụ thể."}
_OPTIONAL_DATE = {"type": ["string", "null"], "format": "date", "description": "Một ngày cụ thể; để trống nếu văn bản không nêu."}
_PARTIAL_DATE = {"type": ["string", "integer"], "format": "partial-date",
                 "description": "Ngày, tháng hoặc năm, đúng mức văn bản ghi: văn bản chỉ ghi tháng thì chỉ ghi tháng."}
_URL = {"type": "string", "format": "safe-url", "maxLength": 2000,
        "description": "Địa chỉ bắt đầu bằng http://, https://, mailto: hoặc tel:."}
_FILE = {"type": "string", "format": "repo-file", "maxLength": 500,
         "description": "Tệp đính kèm trong kho, ghi đường dẫn từ thư mục gốc, ví dụ docs/tai-lieu/ke-hoach.pdf. Chỉ nhận tài liệu: "
                        + ", ".join(f".{kind}" for kind in DOCUMENT_TYPES) + "; trang web thì in ra PDF rồi đính kèm."}
_ID = {"type": "string", "pattern": SLUG, "maxLength": 100,
       "description": "Mã viết thường, không dấu, nối bằng gạch ngang, ví dụ cac-phong-thuoc-so."}
# "x-registry" names the registry a value points into (campaigns/registries/<name>/):
# validators ignore it; the form editor offers the registry's records instead of a text box.
_UNIT = {**_ID, "x-registry": "units"}
_ORGANIZATION = {**_ID, "x-registry": "organizations"}
_UNIT_REFS = {"type": "array", "items": _UNIT, "uniqueItems": True,
              "description": "Các đơn vị hoặc nhóm nhận, theo danh mục Đơn vị và nhóm nhận."}
_STRINGS = {"type": "array", "items": _TEXT}
# A unit's report: its number in the documents registry, or a link. Not an x-registry
# choice, because a link is allowed too; `make check` resolves it (load/references.py).
_REPORT = {**_SHORT_TEXT, "description": "Số ký hiệu của báo cáo kết quả đã có trong Sổ văn bản, ví dụ 125/BC-SCT, "
                                         "hoặc liên kết https://… tới báo cáo."}


def _object(properties: dict[str, Any], required: list[str], description: str, title: str = "") -> dict[str, Any]:
    return {"type": "object", **({"title": title} if title else {}), "description": description, "properties": properties,
            "required": required, "additionalProperties": False}


TASK = _object({
    "action": {**_TEXT, "title": "Việc phải làm", "description": "Việc phải làm, viết như trong văn bản."},
    "assignees": {**_UNIT_REFS, "minItems": 1, "title": "Đơn vị thực hiện", "description": "Các đơn vị thực hiện, theo danh mục Đơn vị và nhóm nhận."},
    "partners": {**_UNIT_REFS, "title": "Đơn vị phối hợp", "description": "Các đơn vị phối hợp thực hiện, theo danh mục Đơn vị và nhóm nhận."},
    "due": {**_OPTIONAL_DATE, "title": "Hạn hoàn thành", "description": "Hạn hoàn thành; để trống nếu văn bản không nêu hạn."},
    "done": {**_OPTIONAL_DATE, "title": "Ngày hoàn thành",
             "description": "Ngày mọi đơn vị thực hiện đã làm xong; để trống khi chưa xong, hoặc khi mỗi đơn vị xong một ngày "
                            "(khi đó ghi ở “Kết quả từng đơn vị”). Không ghi ngày chưa tới."},
    "report": {**_REPORT, "title": "Báo cáo kết quả"},
    "done_by": {"type": "array", "uniqueItems": True, "title": "Kết quả từng đơn vị",
                "description": "Khi các đơn vị xong vào những ngày khác nhau: mỗi đơn vị một dòng, thay cho “Ngày hoàn thành”.",
                "items": _object({
                    "unit": {**_UNIT, "title": "Đơn vị", "description": "Đơn vị đã làm xong (một trong các đơn vị thực hiện)."},
                    "date": {**_DATE, "title": "Ngày hoàn thành", "description": "Ngày đơn vị làm xong."},
                    "report": {**_REPORT, "title": "Báo cáo kết quả"},
                }, ["unit", "date"], "Kết quả của một đơn vị.")},
    "cancelled": {**_TEXT, "title": "Lý do hủy",
                  "description": "Chỉ ghi khi nhiệm vụ được hủy hoặc không còn phải thực hiện: lý do, theo văn bản nào."},
}, ["action", "assignees"], "Một nhiệm vụ: việc gì, đơn vị nào, hạn khi nào, và kết quả khi đã làm xong.")

EVENT = _object({
    "title": {**_SHORT_TEXT, "title": "Tên sự kiện", "description": "Tên sự kiện."},
    "date": {**_DATE, "title": "Ngày", "description": "Ngày diễn ra sự kiện."},
    "end_date": {**_OPTIONAL_DATE, "title": "Ngày kết thúc", "description": "Ngày kết thúc nếu sự kiện kéo dài nhiều ngày."},
    "place": {"type": ["string", "null"], "maxLength": 300, "title": "Địa điểm", "description": "Địa điểm; để trống nếu văn bản không nêu."},
    "note": {**_TEXT, "title": "Ghi chú", "description": "Ghi chú thêm."},
}, ["title", "date"], "Một sự kiện có ngày cụ thể.")

MATERIAL = {**_object({
    "title": {**_SHORT_TEXT, "title": "Tên tài liệu", "description": "Tên tài liệu."},
    "url": {**_URL, "title": "Liên kết"},
    "file": {**_FILE, "title": "Tệp đính kèm"},
}, ["title"], "Tài liệu tuyên truyền: một Liên kết hoặc một Tệp đính kèm, không cả hai."),
    "oneOf": [{"required": ["url"]}, {"required": ["file"]}]}

CONTACT = _object({
    "name": {**_SHORT_TEXT, "title": "Họ tên", "description": "Họ tên hoặc tên bộ phận đầu mối."},
    "unit": {**_UNIT, "title": "Đơn vị", "description": "Đơn vị của đầu mối, theo danh mục Đơn vị và nhóm nhận."},
    "phone": {"type": "string", "pattern": r"^[0-9 +().-]{3,30}$", "title": "Điện thoại", "description": "Số điện thoại, ví dụ 0220 3853 111."},
    "email": {"type": "string", "format": "email", "title": "Thư điện tử", "description": "Địa chỉ thư điện tử."},
}, ["name"], "Đầu mối liên hệ.")

CAMPAIGN = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "campaign.schema.json",
    "title": "Chiến dịch tuyên truyền",
    **_object({
        "title": {**_SHORT_TEXT, "title": "Tên chiến dịch", "description": "Tên chiến dịch, viết đúng như văn bản."},
        "summary": {**_TEXT, "title": "Tóm tắt", "description": "Tóm tắt một hai câu: chiến dịch là gì, vì sao."},
        "start": {**_OPTIONAL_DATE, "title": "Ngày bắt đầu", "description": "Ngày bắt đầu; để trống nếu văn bản không nêu — không tự đặt ngày."},
        "end": {**_OPTIONAL_DATE, "title": "Ngày kết thúc", "description": "Ngày kết thúc; để trống nếu không có hạn hoặc văn bản không nêu."},
        "period": {**_PARTIAL_DATE, "title": "Tháng hoặc năm", "description": "Khi văn bản chỉ nêu tháng hoặc năm (“tháng 7/2023”, “năm 2023”): ghi ở đây, để trống Ngày bắt đầu và Ngày kết thúc."},
        "issuer": {**_ORGANIZATION, "title": "Cơ quan ban hành", "description": "Cơ quan chỉ đạo, theo danh mục Cơ quan ban hành; bỏ trống thì lấy cơ quan ban hành văn bản chỉ đạo đầu tiên."},
        "documents": {"type": "array", "items": {**_SHORT_TEXT, "x-registry": "documents",
                                                "description": "Số ký hiệu (2416/BTTTT-CATTT) hoặc mã của một văn bản trong Sổ văn bản."},
                      "uniqueItems": True, "title": "Văn bản chỉ đạo", "description": "Các văn bản chỉ đạo chiến dịch, văn bản chính đứng đầu."},
        "dispatch": _object({
            "document": {**_SHORT_TEXT, "title": "Công văn", "description": "Mã văn bản của công văn của Sở trong Sổ văn bản."},
            "section": {"type": "integer", "minimum": 1, "title": "Mục", "description": "Mục của công văn nói về chiến dịch này (1, 2, 3…)."},
            "item": {"type": "integer", "minimum": 1, "title": "Thứ tự trong mục", "description": "Thứ tự của chiến dịch trong mục đó."},
            "text": {**_STRINGS, "title": "Lời văn trong công văn",
                     "description": "Các đoạn công văn viết về chiến dịch này, chép đúng công văn, mỗi đoạn một dòng. Một đoạn kết thúc "
                                    "bằng dấu chấm phẩy (;) thì đoạn của chiến dịch tiếp theo trong mục viết liền sau nó, như công văn "
                                    "viết liền các kế hoạch. Bỏ trống thì công văn tự viết: tên chiến dịch theo các văn bản chỉ đạo."},
        }, ["document"], "Công văn của Sở chuyển tiếp chiến dịch đến các phòng, đơn vị.", "Công văn chuyển tiếp của Sở"),
        "key_messages": {**_STRINGS, "title": "Thông điệp chính", "description": "Thông điệp chính, trích đúng văn bản."},
        "tasks": {"type": "array", "items": TASK, "title": "Nhiệm vụ", "description": "Nhiệm vụ của các đơn vị."},
        "events": {"type": "array", "items": EVENT, "title": "Sự kiện", "description": "Sự kiện có ngày cụ thể."},
        "materials": {"type": "array", "items": MATERIAL, "title": "Tài liệu tuyên truyền", "description": "Tài liệu tuyên truyền."},
        "contacts": {"type": "array", "items": CONTACT, "title": "Đầu mối liên hệ", "description": "Đầu mối liên hệ."},
        "tags": {"type": "array", "items": {**_SHORT_TEXT, "maxLength": 60}, "uniqueItems": True, "title": "Chủ đề",
                 "description": "Chủ đề, ví dụ: an toàn thông tin."},
    }, ["title", "summary"], "Một chiến dịch tuyên truyền, mỗi tệp một chiến dịch."),
}

DOCUMENT = {**_object({
    "id": {**_ID, "title": "Mã văn bản", "description": "Mã văn bản, dùng khi văn bản không có số ký hiệu hoặc số chưa điền."},
    "number": {**_SHORT_TEXT, "title": "Số ký hiệu", "description": "Số ký hiệu, viết đúng như văn bản, ví dụ 2416/BTTTT-CATTT."},
    # (Công điện, Kết luận, Chương trình, Đề cương and Đề án: the telegrams, Party conclusions, programmes, propaganda
    # outlines and schemes the department receives as directives, which a clerk could not file as what they are.)
    "kind": {"enum": ["Công văn", "Hướng dẫn", "Kế hoạch", "Chỉ thị", "Nghị quyết", "Quyết định",
                      "Nghị định", "Thông tư", "Thông báo", "Luật", "Báo cáo", "Công điện", "Kết luận", "Chương trình",
                      "Đề cương", "Đề án"],
             "title": "Loại văn bản", "description": "Loại văn bản."},
    "title": {**_SHORT_TEXT, "title": "Tên gọi", "description": "Tên gọi văn bản khi không có số ký hiệu, ví dụ Nghị quyết Đại hội XIII của Đảng."},
    "date": {**_PARTIAL_DATE, "title": "Ngày ban hành"},
    "issuer": {**_ORGANIZATION, "title": "Cơ quan ban hành", "description": "Cơ quan ban hành văn bản, theo danh mục Cơ quan ban hành."},
    "issuer_term": {"type": "string", "pattern": "^[IVXLC]+$", "maxLength": 10, "title": "Khóa của cơ quan ban hành",
                    "description": "Khóa của cơ quan ban hành khi văn bản ghi, bằng số La Mã: XIII cho “Ban Bí thư Trung ương Đảng khóa XIII”. "
                                   "Khóa thuộc về văn bản, không ghi vào tên cơ quan; bỏ trống nếu văn bản không nêu."},
    "subject": {**_TEXT, "title": "Trích yếu", "description": "Trích yếu (V/v…), viết đúng như văn bản; bỏ trống nếu không biết."},
    "url": {**_URL, "title": "Liên kết"},
    "file": {**_FILE, "title": "Tệp đính kèm"},
    "cites": {"type": "array", "items": _SHORT_TEXT, "uniqueItems": True, "title": "Văn bản dẫn chiếu",
              "description": "Các văn bản mà văn bản này dẫn chiếu (số ký hiệu hoặc mã)."},
    "place": {**_SHORT_TEXT, "title": "Địa danh", "description": "Địa danh ghi ở đầu văn bản."},
    "recipients": {**_UNIT_REFS, "title": "Kính gửi", "description": "Kính gửi: các đơn vị nhận văn bản."},
    "copies_to": {**_UNIT_REFS, "title": "Nơi nhận khác", "description": "Nơi nhận khác (ngoài “Như trên”)."},
    "archived_at": {**_UNIT_REFS, "title": "Lưu", "description": "Lưu: các bộ phận lưu văn bản."},
    "request": {**_TEXT, "title": "Lời đề nghị, yêu cầu trước các mục",
                "description": "Câu của người soạn công văn, đứng trước mục 1, viết cả dấu hai chấm cuối câu, ví dụ “Lãnh đạo Sở "
                               "yêu cầu các phòng, đơn vị … thực hiện một số nội dung sau:”. Bỏ trống thì công văn không có câu này."},
    "sections": {**_STRINGS, "title": "Các mục", "description": "Tiêu đề các mục của văn bản (mục 1, 2, 3…)."},
    "closing": {**_TEXT, "title": "Câu kết",
                "description": "Câu kết sau mục cuối, ví dụ “Đề nghị các phòng, đơn vị triển khai và phối hợp thực hiện.”; "
                               "dấu ./. công văn tự thêm. Bỏ trống thì công văn kết thúc ở mục cuối."},
    "signer": _object({
        "name": {**_SHORT_TEXT, "title": "Họ tên", "description": "Họ tên người ký."},
        "position": {**_SHORT_TEXT, "title": "Chức vụ", "description": "Chức vụ người ký, ví dụ Giám đốc."},
    }, ["name", "position"], "Người ký văn bản.", "Người ký"),
    "note": {**_TEXT, "title": "Ghi chú", "description": "Ghi chú, ví dụ phần nào của bản gốc bị bỏ trống."},
}, ["kind"], "Một văn bản, khai báo một lần và được các chiến dịch dẫn chiếu."),
    "anyOf": [{"required": ["number"]}, {"required": ["id"]}]}

def _file_schema(name: str, title: str, body: dict[str, Any]) -> dict[str, Any]:
    """A schema for one kind of file, with the header editors' editors read."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"{name}.schema.json", "title": title, **body}


def _registry(name: str, title: str, record: dict[str, Any], description: str, record_title: str) -> dict[str, Any]:
    """A registry's file: one record (load/registry.py); `title` names the registry, `record_title` one record."""
    return _file_schema(name, title, {**record, "description": description, "x-record-title": record_title})


DOCUMENTS = _registry("documents", "Sổ văn bản", DOCUMENT, ("Một văn bản mà các chiến dịch dẫn chiếu, khai báo một lần: số, ngày, cơ quan, "
                       "trích yếu chép đúng văn bản, điều gì văn bản không nêu thì để trống."), "Văn bản")

UNITS = _registry("units", "Đơn vị và nhóm nhận", _object({
    "id": {**_ID, "title": "Mã"},
    "name": {**_SHORT_TEXT, "title": "Tên", "description": "Tên đơn vị hoặc nhóm, viết như văn bản."},
    "letter_name": {**_SHORT_TEXT, "title": "Tên trong công văn",
                    "description": "Tên mà công văn của Sở ghi ở Kính gửi và Nơi nhận, khi khác Tên, ví dụ “Các đ/c Lãnh đạo sở”; "
                                   "bỏ trống thì công văn ghi Tên."},
    "description": {**_TEXT, "title": "Mô tả", "description": "Mô tả ngắn."},
}, ["id", "name"], "Một đơn vị hoặc nhóm nhận văn bản."), ("Một đơn vị hoặc nhóm nhận văn bản của Sở, đúng như văn bản nêu (Kính gửi, Nơi nhận); "
                 "không thêm đơn vị mà văn bản không nêu."), "Đơn vị")

ORGANIZATIONS = _registry("organizations", "Cơ quan ban hành", _object({
    "id": {**_ID, "title": "Mã"},
    "name": {**_SHORT_TEXT, "title": "Tên", "description": "Tên cơ quan, viết như văn bản."},
    "full_name": {**_SHORT_TEXT, "title": "Tên đầy đủ", "description": "Tên đầy đủ nếu văn bản viết tắt."},
    "parent": {**_ORGANIZATION, "title": "Cơ quan chủ quản",
               "description": "Cơ quan chủ quản, theo danh mục Cơ quan ban hành: cơ quan ghi phía trên tên cơ quan ở đầu văn bản của cơ quan "
                              "(Nghị định 30/2020/NĐ-CP), ví dụ Ủy ban nhân dân tỉnh cho Sở Công Thương; bỏ trống nếu không có."},
    # A body that changes (is merged, renamed, given another governing body) is a new record from then on: the old
    # record keeps its name and parent, so a document keeps the issuer of its own date (model/organizations.py).
    "from": {**_PARTIAL_DATE, "title": "Bắt đầu hoạt động",
             "description": "Ngày cơ quan bắt đầu hoạt động với tên và cơ quan chủ quản này, đúng như văn bản quyết định ghi; "
                            "để trống nếu văn bản không nêu."},
    "until": {**_PARTIAL_DATE, "title": "Thôi hoạt động",
              "description": "Ngày cuối cùng cơ quan hoạt động với tên và cơ quan chủ quản này, đúng như văn bản quyết định ghi; "
                             "để trống nếu văn bản không nêu."},
    "successor": {**_ORGANIZATION, "title": "Cơ quan kế tục",
                  "description": "Cơ quan tiếp nhận nhiệm vụ khi cơ quan này được sắp xếp, hợp nhất hoặc đổi tên, theo danh mục "
                                 "Cơ quan ban hành; chỉ ghi khi có văn bản quyết định."},
    "decided_by": {**_SHORT_TEXT, "x-registry": "documents", "title": "Văn bản quyết định thay đổi",
                   "description": "Số ký hiệu hoặc mã của văn bản quyết định việc sắp xếp, hợp nhất, đổi tên, trong Sổ văn bản."},
    "note": {**_TEXT, "title": "Ghi chú", "description": "Ghi chú, ví dụ nguồn của văn bản quyết định hoặc điều văn bản chưa nêu."},
}, ["id", "name"], "Một cơ quan ban hành văn bản."), "Một cơ quan ban hành văn bản, tên viết đúng như văn bản.", "Cơ quan")

# The department that runs the site, in mkdocs.yml under extra.department (load/department.py): every page, the
# feed, the calendars and the dispatch read it from there. The site's title and author are MkDocs' own site_name and
# site_author, beside it in the same file. Not a form of the web editor: it would rewrite mkdocs.yml without its tags.
DEPARTMENT = _file_schema("department", "Thông tin của Sở", _object({
    "id": {**_ID, "title": "Mã trang",
           "description": "Mã của trang, viết thường không dấu, ví dụ chien-dich-sct-ten-tinh: định danh của nguồn tin Atom và "
                          "của lịch. Đặt một lần, không đổi: đổi thì ứng dụng của người theo dõi coi mọi mục là mới."},
    "id_year": {"type": "integer", "minimum": 2000, "maximum": 2100, "title": "Năm đặt mã",
                "description": "Năm đặt Mã trang, ví dụ 2023; không đổi cùng Mã trang."},
    "name": {**_SHORT_TEXT, "title": "Tên cơ quan", "description": "Tên đầy đủ của Sở, như ở chân trang và đầu bản in."},
    "short_name": {**_SHORT_TEXT, "title": "Tên gọi ngắn", "description": "Tên Sở tự gọi trong câu, ví dụ Sở Công Thương."},
    "governing_body": {**_SHORT_TEXT, "title": "Cơ quan chủ quản",
                       "description": "Cơ quan chủ quản hiện nay, ví dụ Ủy ban nhân dân tỉnh; văn bản cũ giữ cơ quan chủ quản "
                                      "của ngày ban hành (danh mục Cơ quan ban hành)."},
    "place": {**_SHORT_TEXT, "title": "Địa danh", "description": "Địa danh ghi trước ngày ở đầu công văn của Sở (“…, ngày … tháng …”) "
                                                                  "khi Sổ văn bản không ghi."},
    "dispatch_suffix": {"type": "string", "pattern": r"^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$", "maxLength": 40, "title": "Ký hiệu công văn",
                        "description": "Phần sau dấu / của số công văn của Sở, ví dụ SCT-VP: công văn chưa có số ghi “Số: …/SCT-VP”."},
    "address": {**_SHORT_TEXT, "title": "Địa chỉ", "description": "Địa chỉ trụ sở; bỏ trống nếu chưa xác nhận."},
    "phone": {"type": "string", "pattern": r"^[0-9 +().-]{3,30}$", "title": "Điện thoại", "description": "Số điện thoại."},
    "email": {"type": "string", "format": "email", "title": "Thư điện tử", "description": "Địa chỉ thư điện tử."},
    "website": {**_URL, "title": "Trang thông tin"},
}, ["id", "id_year", "name", "short_name", "governing_body", "place", "dispatch_suffix"],
   "Thông tin của Sở dùng trên mọi trang, nguồn tin, lịch và công văn."))

# What `make import` was unsure of, kept as data so that the form shows it and keeps it: each item names
# the field (its key) and says what to check, with the source's line. `make check` refuses a file that
# still has one (load/review_marks.py); the form shows them at the top and beside their fields
# (render/editor/review-widget.js), and a clerk removes each once checked.
REVIEW = {"type": "array", "title": "Cần kiểm tra", "x-widget": "kiem-tra",
          "description": "Những chỗ máy nhập văn bản chưa chắc: đối chiếu với bản gốc, sửa ô đó nếu cần, rồi bấm “Đã kiểm tra”.",
          "items": _object({
              "field": {"type": "string", "maxLength": 60, "title": "Ô cần xem", "description": "Tên trường của ô cần xem."},
              "note": {**_TEXT, "title": "Điều cần kiểm tra", "description": "Máy đoán gì, từ câu nào của văn bản."},
          }, ["note"], "Một chỗ cần đối chiếu với bản gốc.")}


def _reviewed(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with the import's review list as its first field (the top of the form and of the file)."""
    return {**schema, "properties": {"review": REVIEW, **schema["properties"]}}


SCHEMAS: dict[str, dict[str, Any]] = {
    "campaign": _reviewed(CAMPAIGN),
    "documents": _reviewed(DOCUMENTS),
    "units": _reviewed(UNITS),
    "organizations": _reviewed(ORGANIZATIONS),
}
# The site's settings, inside mkdocs.yml: validated and exported like the records, but no file of their own for
# VS Code to map and no form of the web editor (which would rewrite mkdocs.yml without its tags).
SETTINGS_SCHEMAS: dict[str, dict[str, Any]] = {"department": DEPARTMENT}
ALL_SCHEMAS = {**SCHEMAS, **SETTINGS_SCHEMAS}


def schema_json(name: str) -> str:
    """The exported text of one schema, stable for diffs."""
    return json.dumps(ALL_SCHEMAS[name], ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def export_schemas(directory: Path) -> list[Path]:
    """Write every schema to `directory/<name>.schema.json`; return the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in ALL_SCHEMAS:
        path = directory / f"{name}.schema.json"
        path.write_text(schema_json(name), encoding="utf-8")
        written.append(path)
    return written
