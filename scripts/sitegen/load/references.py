"""Checks across files: every reference points at something that exists.

Runs only on files that passed their schema, so shapes can be trusted here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model.dates import parse_iso_date, parse_partial_date
from ..problems import Problem
from .attachments import content_problem
from .loader import JsonPath, LoadedFile
from .organization_times import organization_time_problems
from .registry import document_ref
from .repo_files import repo_file_problem
from .suggestions import closest

if TYPE_CHECKING:
    from .registry import Registry
    from .inputs import Sources

__all__ = ["document_ref", "reference_problems"]


# What an unknown reference names, how a new one is declared, and where.
_REGISTRIES = {
    "văn bản": ("số mới", "campaigns/registries/documents/, mỗi văn bản một tệp"),
    "báo cáo": ("báo cáo mới (loại “Báo cáo”)", "campaigns/registries/documents/, hoặc ghi liên kết https://… tới báo cáo"),
    "đơn vị": ("đơn vị mới", "campaigns/registries/units/, mỗi đơn vị một tệp"),
    "cơ quan": ("cơ quan mới", "campaigns/registries/organizations/, mỗi cơ quan một tệp"),
}


def _unknown(loaded: LoadedFile | Registry, path: JsonPath, value: str, known: Iterable[str], what: str) -> Problem:
    """An unknown reference: a close match if there is one (suggestions.py), and always where to declare a new one."""
    new, registry = _REGISTRIES[what]
    guess = closest(value, known)
    declare = f"khai báo {new} trong {registry}"
    hint = f"có phải ý bạn là “{guess}”? Nếu không phải, {declare}" if guess else f"chưa có trong sổ: {declare}"
    return loaded.problem(path, f"Không tìm thấy {what} “{value}”", hint)


def _duplicates(registry: Registry, key, what: str) -> tuple[set[str], list[Problem]]:
    seen: dict[str, int] = {}
    problems = []
    for index, item in enumerate(registry.data[registry.name]):
        value = key(item)
        if value in seen:
            problems.append(registry.problem((registry.name, index), f"{what} “{value}” bị khai báo hai lần",
                                             f"đã có ở tệp {registry.file_of(seen[value])}: mỗi mục chỉ khai báo một lần; "
                                             "xóa tệp này hoặc đổi mã của nó"))
        seen.setdefault(value, index)
    return set(seen), problems


def _file_problem(sources: Sources, loaded: LoadedFile | Registry, path: JsonPath, value: str) -> Problem | None:
    """An attached file must be a regular file of the repository, and a document within the size limit."""
    found = (repo_file_problem(sources.root, value)
             or content_problem(sources.root / value, value, sources.max_attachment_bytes))
    return loaded.problem(path, *found) if found else None


# "khóa XIII", "(khoá XII)": a Party body's term, which changes every five years
# while the body stays; one body, one code, one page, whatever the term.
_TERM = re.compile(r"\bkh(?:óa|oá)\s+([IVXLC]+|\d+)\b", re.IGNORECASE)


def _term_problems(orgs_file: Registry) -> list[Problem]:
    """An organisation's name that carries a term, which belongs to each document instead."""
    problems = []
    for index, record in enumerate(orgs_file.data["organizations"]):
        for field in ("name", "full_name"):
            found = _TERM.search(record.get(field, ""))
            if found:
                problems.append(orgs_file.problem(
                    ("organizations", index, field), f"Tên cơ quan “{record[field]}” có ghi khóa",
                    f"khóa thuộc về từng văn bản, không thuộc cơ quan: bỏ khóa khỏi tên, rồi ghi “issuer_term: {found.group(1).upper()}” "
                    "ở các văn bản của khóa đó trong sổ văn bản"))
    return problems


_SELF = {"parent": ("Cơ quan không thể là cơ quan chủ quản của chính nó", "ghi mã cơ quan cấp trên, hoặc xóa trường parent"),
         "successor": ("Cơ quan không thể là cơ quan kế tục của chính nó",
                       "ghi mã cơ quan mới sau khi sắp xếp, hoặc xóa trường successor")}


def _parent_problems(orgs_file: Registry, org_ids: set[str]) -> list[Problem]:
    """A governing body (parent) and a successor must be another organisation of the registry."""
    problems = []
    for index, record in enumerate(orgs_file.data["organizations"]):
        for role, (message, hint) in _SELF.items():
            other = record.get(role)
            if other is None:
                continue
            if other not in org_ids:
                problems.append(_unknown(orgs_file, ("organizations", index, role), other, org_ids, "cơ quan"))
            elif other == record["id"]:
                problems.append(orgs_file.problem(("organizations", index, role), message, hint))
    return problems


def _decision_problems(orgs_file: Registry, doc_refs: set[str]) -> list[Problem]:
    """The document that decided a body's change must be in the documents registry."""
    return [_unknown(orgs_file, ("organizations", index, "decided_by"), record["decided_by"], doc_refs, "văn bản")
            for index, record in enumerate(orgs_file.data["organizations"])
            if "decided_by" in record and record["decided_by"] not in doc_refs]


def _registry_problems(sources: Sources) -> tuple[dict[str, set[str]], list[Problem]]:
    units_file, orgs_file, docs_file = sources.units, sources.organizations, sources.documents
    unit_ids, problems = _duplicates(units_file, lambda u: u["id"], "Mã đơn vị")
    org_ids, found = _duplicates(orgs_file, lambda o: o["id"], "Mã cơ quan")
    problems += found
    problems += _term_problems(orgs_file)
    problems += _parent_problems(orgs_file, org_ids)
    documents = docs_file.data["documents"]
    doc_refs, found = _duplicates(docs_file, document_ref, "Văn bản")
    problems += found + _decision_problems(orgs_file, doc_refs) + organization_time_problems(orgs_file, docs_file)
    for index, record in enumerate(documents):
        path = ("documents", index)
        if "issuer" in record and record["issuer"] not in org_ids:
            problems.append(_unknown(docs_file, path + ("issuer",), record["issuer"], org_ids, "cơ quan"))
        for position, cited in enumerate(record.get("cites", [])):
            if cited not in doc_refs:
                problems.append(_unknown(docs_file, path + ("cites", position), cited, doc_refs, "văn bản"))
            elif cited == document_ref(record):
                problems.append(docs_file.problem(path + ("cites", position), "Văn bản không thể dẫn chiếu chính nó", "xóa mục này"))
        for role in ("recipients", "copies_to", "archived_at"):
            for position, unit in enumerate(record.get(role, [])):
                if unit not in unit_ids:
                    problems.append(_unknown(docs_file, path + (role, position), unit, unit_ids, "đơn vị"))
        if "file" in record:
            problems += filter(None, [_file_problem(sources, docs_file, path + ("file",), record["file"])])
    return {"units": unit_ids, "organizations": org_ids, "documents": doc_refs}, problems


def _normalised_title(title: str) -> str:
    return " ".join(unicodedata.normalize("NFC", title).casefold().split())


def _campaign_first_day(data: dict) -> dt.date | None:
    """The campaign's start, or the first day of the month or year it names."""
    if data.get("start"):
        return parse_iso_date(data["start"])
    return parse_partial_date(str(data["period"])).first_day if data.get("period") else None


def _report_problem(loaded: LoadedFile, path: JsonPath, report: str, known: dict[str, set[str]]) -> Problem | None:
    """A report is a link, or a document the registry declares (a unit's report is a document like any other)."""
    if report.startswith(("http://", "https://")) or report in known["documents"]:
        return None
    return _unknown(loaded, path, report, known["documents"], "báo cáo")


def _outcome_problems(loaded: LoadedFile, path: JsonPath, task: dict, known: dict[str, set[str]],
                      first_day: dt.date | None, today: dt.date | None) -> list[Problem]:
    """A task's recorded result: said once, by units that were assigned it, on days
    that have come and that are not before the campaign began; reports that resolve."""
    problems = []
    if task.get("done") and task.get("done_by"):
        problems.append(loaded.problem(path + ("done_by",), "Đã ghi “Ngày hoàn thành” chung cho mọi đơn vị thì không ghi thêm kết quả từng đơn vị",
                                       "giữ một trong hai: ngày chung khi mọi đơn vị xong cùng ngày, hoặc mỗi đơn vị một dòng"))
    if task.get("cancelled") and (task.get("done") or task.get("done_by")):
        problems.append(loaded.problem(path + ("cancelled",), "Nhiệm vụ đã hủy thì không ghi ngày hoàn thành",
                                       "xóa lý do hủy nếu nhiệm vụ đã làm xong, hoặc xóa ngày hoàn thành"))
    if task.get("report") and not task.get("done"):
        problems.append(loaded.problem(path + ("report",), "Có báo cáo kết quả mà chưa ghi ngày hoàn thành",
                                       "ghi “done” (ngày hoàn thành), hoặc ghi báo cáo vào dòng của từng đơn vị trong “done_by”"))
    dated = [(path + ("done",), task["done"], task.get("report"), path + ("report",))] if task.get("done") else []
    seen: set[str] = set()
    for position, result in enumerate(task.get("done_by", [])):
        where = path + ("done_by", position)
        dated.append((where + ("date",), result["date"], result.get("report"), where + ("report",)))
        if result["unit"] not in task.get("assignees", []):
            problems.append(loaded.problem(where + ("unit",), f"Đơn vị “{result['unit']}” không có trong các đơn vị thực hiện nhiệm vụ này",
                                           "chỉ ghi kết quả cho đơn vị thực hiện (assignees)"))
        elif result["unit"] in seen:
            problems.append(loaded.problem(where + ("unit",), f"Đơn vị “{result['unit']}” đã có kết quả ở dòng trên", "mỗi đơn vị một dòng"))
        seen.add(result["unit"])
    for date_path, value, report, report_path in dated:
        day = parse_iso_date(value)
        if first_day and day < first_day:
            problems.append(loaded.problem(date_path, f"Ngày hoàn thành {value} ở trước khi chiến dịch bắt đầu ({first_day.isoformat()})",
                                           "kiểm tra lại ngày; có thể đã đảo ngày và tháng"))
        if today and day > today:
            problems.append(loaded.problem(date_path, f"Ngày hoàn thành {value} chưa tới (hôm nay là {today.isoformat()})",
                                           "chỉ ghi kết quả khi việc đã làm xong"))
        if report:
            problems += filter(None, [_report_problem(loaded, report_path, report, known)])
    return problems


def _campaign_problems(sources: Sources, loaded: LoadedFile, known: dict[str, set[str]],
                       documents: dict[str, dict], today: dt.date | None) -> list[Problem]:
    data, problems = loaded.data, []
    for index, ref in enumerate(data.get("documents", [])):
        if ref not in known["documents"]:
            problems.append(_unknown(loaded, ("documents", index), ref, known["documents"], "văn bản"))
    if "issuer" in data and data["issuer"] not in known["organizations"]:
        problems.append(_unknown(loaded, ("issuer",), data["issuer"], known["organizations"], "cơ quan"))
    dispatch = data.get("dispatch")
    if dispatch:
        record = documents.get(dispatch["document"])
        if record is None:
            problems.append(_unknown(loaded, ("dispatch", "document"), dispatch["document"], known["documents"], "văn bản"))
        elif "section" in dispatch and dispatch["section"] > len(record.get("sections", [])):
            problems.append(loaded.problem(("dispatch", "section"), f"Công văn “{dispatch['document']}” không có mục {dispatch['section']}",
                                          f"chọn mục từ 1 đến {len(record.get('sections', []))}, hoặc khai báo các mục của công văn trong “sections”"))
    start, end = (parse_iso_date(data[key]) if data.get(key) else None for key in ("start", "end"))
    if start and end and end < start:
        problems.append(loaded.problem(("end",), f"Ngày kết thúc {data['end']} ở trước ngày bắt đầu {data['start']}",
                                      "kiểm tra lại hai ngày; có thể đã đảo ngày và tháng"))
    if "period" in data and (data.get("start") or data.get("end")):
        problems.append(loaded.problem(("period",), "Đã có ngày bắt đầu/kết thúc thì không ghi thêm period",
                                      "giữ start/end khi văn bản nêu ngày cụ thể, hoặc để trống start/end và chỉ ghi period"))
    for index, task in enumerate(data.get("tasks", [])):
        for role in ("assignees", "partners"):
            for position, unit in enumerate(task.get(role, [])):
                if unit not in known["units"]:
                    problems.append(_unknown(loaded, ("tasks", index, role, position), unit, known["units"], "đơn vị"))
        problems += _outcome_problems(loaded, ("tasks", index), task, known, _campaign_first_day(data), today)
    for index, event in enumerate(data.get("events", [])):
        if event.get("end_date") and event["end_date"] < event["date"]:
            problems.append(loaded.problem(("events", index, "end_date"), "Ngày kết thúc sự kiện ở trước ngày bắt đầu", "kiểm tra lại hai ngày"))
    for index, contact in enumerate(data.get("contacts", [])):
        if "unit" in contact and contact["unit"] not in known["units"]:
            problems.append(_unknown(loaded, ("contacts", index, "unit"), contact["unit"], known["units"], "đơn vị"))
    for index, material in enumerate(data.get("materials", [])):
        if "file" in material:
            problems += filter(None, [_file_problem(sources, loaded, ("materials", index, "file"), material["file"])])
    return problems


def reference_problems(sources: Sources, today: dt.date | None = None) -> list[Problem]:
    """Every broken reference between the files, and every duplicate campaign title;
    with `today`, every result recorded for a day still to come."""
    known, problems = _registry_problems(sources)
    documents = {document_ref(record): record for record in sources.documents.data["documents"]}
    titles: dict[str, str] = {}
    for slug, loaded in sources.campaigns.items():
        problems += _campaign_problems(sources, loaded, known, documents, today)
        title = _normalised_title(loaded.data["title"])
        if title in titles:
            problems.append(loaded.problem(("title",), f"Tên chiến dịch trùng với tệp campaigns/{titles[title]}.yml",
                                          "mỗi chiến dịch một tệp; nếu là đợt mới, thêm năm hoặc đợt vào tên"))
        else:
            titles[title] = slug
    return problems
