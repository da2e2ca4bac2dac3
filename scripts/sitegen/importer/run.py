"""The import as one call: read, normalise, parse, match, plan the files, summarise; then write them
(make import) or hand them to the form (in_form.py, in the browser)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..failures import RunFailed
from . import entries
from .match import match, read_registries
from .normalise import logical_lines
from .parse import parse
from .parse.chosen import choices, choose
from .read import SourceText, read_source
from .summary import findings, source_of, summary
from .write import Writes, apply, plan_writes

NOT_A_DOCUMENT = ("{name} không chứa văn bản hành chính nào: không thấy số ký hiệu, không thấy văn bản nào được dẫn chiếu "
                  "theo số, cũng không thấy tên loại văn bản (Kế hoạch, Quyết định…) kèm ngày, cơ quan ban hành hay trích "
                  "yếu. Kiểm tra lại tệp (có phải văn bản đến không); chưa ghi gì.")
NOT_VIETNAMESE = ("{name} không viết bằng tiếng Việt (có lẽ là một bản dịch): công cụ nhập chỉ đọc văn bản tiếng Việt. Hãy "
                  "nhập bản gốc tiếng Việt của văn bản; chưa ghi gì.")
NOT_NAMED = ("Không thấy số {own} trong {name}: {named}. Kiểm tra lại số (gõ như trong văn bản, ví dụ 65/TB-SCT); "
             "chưa ghi gì.")


@dataclass(frozen=True)
class Planned:
    """An import worked out, nothing written yet."""

    writes: Writes
    findings: list[str]  # what was read, found and not found, each fact with its source line
    choices: list[tuple[str, str]]  # (number, where) of each document the clerk may say the copy is; none when chosen


def plan_import(root: Path, path: Path, today: dt.date, by: str = "make import", ocr: bool = True,
                source: SourceText | None = None, own: str | None = None) -> Planned:
    """The files an import of the document at `path` into the project at `root` would write, or RunFailed.
    `source` is its text when read already (the form's page OCRs a scan itself); else it is read here, where,
    without `ocr`, a scan is a NeedsOcr (read.py). `own` is the number the clerk says the document has, for a copy
    without its header (parse/chosen.py)."""
    source = source or read_source(path, ocr)
    lines = logical_lines(source.text)
    parsed = parse(lines)
    offered = [] if own else [(citation.number, source_of(citation.line, citation.number)) for citation in choices(parsed)]
    if own and not choose(parsed, lines, own):
        named = (f"các số có trong tệp là {', '.join(citation.number for citation in parsed.citations)}" if parsed.citations
                 else "tệp không nêu số văn bản nào")
        raise RunFailed(NOT_NAMED.format(own=own, name=path.name, named=named))
    if not parsed.in_vietnamese:
        raise RunFailed(NOT_VIETNAMESE.format(name=path.name))
    if not parsed.is_document:
        raise RunFailed(NOT_A_DOCUMENT.format(name=path.name))
    registries = read_registries(root)
    matched = match(parsed, registries, lines)
    mark = entries.Marker(source.by_ocr)
    documents = [entries.own_fields(parsed, matched, mark)] if matched.document.new else []
    documents += [entries.cited_fields(document, mark) for document in matched.cited if document.new]
    organizations = [entries.organization_fields(organization, mark) for organization in matched.organizations]
    campaign = entries.campaign_fields(parsed, matched, mark, registries.units)
    slug = entries.campaign_slug(entries.campaign_title(parsed))
    writes = plan_writes(root, {"documents": documents, "organizations": organizations}, slug, campaign, path.name,
                         today, by)
    return Planned(writes, findings(path.name, source, lines, parsed, matched), offered)


def import_document(root: Path, path: Path, today: dt.date, own: str | None = None) -> str:
    """Import the document at `path` into the project at `root`; return the summary to print."""
    planned = plan_import(root, path, today, own=own)
    apply(root, planned.writes)
    return summary(planned.findings, planned.writes, planned.choices, path)
