"""Checks of the bodies' times (`from`, `until`, `successor`: model/organizations.py).

A document issued by a body outside its time names the wrong record: after a
merger the new documents belong to the successor, and the old ones keep the body
of their own date. A successor chain that comes back to itself has no end.
Dates given only as a month or a year are compared generously: a document of
"2025" is not refused by a body that ended in June 2025.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.dates import PartialDate, format_partial_date, parse_partial_date
from ..problems import Problem

if TYPE_CHECKING:
    from .registry import Registry


def _date(value: object) -> PartialDate | None:
    return parse_partial_date(str(value)) if value is not None else None


def outside_time(issued: PartialDate, start: PartialDate | None, end: PartialDate | None) -> str | None:
    """"trước"/"sau" when a document of `issued` cannot come from a body of [start, end]; None when it can."""
    if end is not None and issued.first_day > end.last_day:
        return "sau"
    if start is not None and issued.last_day < start.first_day:
        return "trước"
    return None


def _span_problems(orgs_file: Registry) -> list[Problem]:
    problems = []
    for index, record in enumerate(orgs_file.data["organizations"]):
        start, end = _date(record.get("from")), _date(record.get("until"))
        if start and end and start.first_day > end.last_day:
            problems.append(orgs_file.problem(("organizations", index, "until"),
                                              f"Ngày thôi hoạt động {format_partial_date(end)} ở trước ngày bắt đầu "
                                              f"{format_partial_date(start)}",
                                              "kiểm tra lại hai ngày theo văn bản quyết định; có thể đã đảo ngày và tháng"))
    return problems


def _loop_problems(orgs_file: Registry) -> list[Problem]:
    successors = {record["id"]: record.get("successor") for record in orgs_file.data["organizations"]}
    problems = []
    for index, record in enumerate(orgs_file.data["organizations"]):
        seen, current = {record["id"]}, successors.get(record["id"])
        while current in successors and current not in seen:
            seen.add(current)
            current = successors[current]
        if current == record["id"]:
            problems.append(orgs_file.problem(("organizations", index, "successor"),
                                              f"Cơ quan kế tục của “{record['id']}” quay vòng về chính nó",
                                              "cơ quan kế tục là cơ quan mới sau khi sắp xếp: xóa trường successor "
                                              "ở cơ quan mới"))
    return problems


def _issuer_problems(orgs_file: Registry, docs_file: Registry) -> list[Problem]:
    bodies = {record["id"]: record for record in orgs_file.data["organizations"]}
    problems = []
    for index, record in enumerate(docs_file.data["documents"]):
        body, issued = bodies.get(record.get("issuer", "")), _date(record.get("date"))
        if body is None or issued is None:
            continue
        side = outside_time(issued, _date(body.get("from")), _date(body.get("until")))
        if side is None:
            continue
        bound = body.get("until") if side == "sau" else body.get("from")
        successor = f"; văn bản mới ghi cơ quan kế tục “{body['successor']}”" if side == "sau" and body.get("successor") else ""
        what = "thôi hoạt động" if side == "sau" else "bắt đầu hoạt động"
        problems.append(docs_file.problem(("documents", index, "issuer"),
                                          f"Văn bản ngày {format_partial_date(issued)} ghi cơ quan ban hành “{body['id']}”, "
                                          f"nhưng cơ quan này {what} ngày {format_partial_date(_date(bound))}",
                                          f"kiểm tra ngày ban hành và cơ quan theo bản gốc{successor}"))
    return problems


def organization_time_problems(orgs_file: Registry, docs_file: Registry) -> list[Problem]:
    """Every body whose time is upside down or whose successors loop, and every document outside its issuer's time."""
    return _span_problems(orgs_file) + _loop_problems(orgs_file) + _issuer_problems(orgs_file, docs_file)
