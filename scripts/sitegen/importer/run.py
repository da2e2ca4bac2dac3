"""The import as one call: read, normalise, parse, match, write, summarise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..failures import RunFailed
from . import entries
from .match import match, read_registries
from .normalise import logical_lines
from .parse import parse
from .read import read_source
from .summary import summary
from .write import apply, plan_writes

NOT_A_DOCUMENT = ("{name} không chứa văn bản hành chính nào: không thấy số ký hiệu, không thấy văn bản nào được dẫn chiếu "
                  "theo số, cũng không thấy tên loại văn bản (Kế hoạch, Quyết định…) kèm ngày, cơ quan ban hành hay trích "
                  "yếu. Kiểm tra lại tệp (có phải văn bản đến không); chưa ghi gì.")


def import_document(root: Path, path: Path, today: dt.date) -> str:
    """Import the document at `path` into the project at `root`; return the summary to print."""
    source = read_source(path)
    lines = logical_lines(source.text)
    parsed = parse(lines)
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
    writes = plan_writes(root, {"documents": documents, "organizations": organizations}, slug, campaign, path.name, today)
    apply(root, writes)
    return summary(path.name, source, lines, parsed, matched, writes)
