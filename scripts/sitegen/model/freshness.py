"""How fresh the data is, as the home page and unit pages say it: the newest
document the campaigns rest on (in the register's order, document_order, which
every list of documents follows), and the day the data was last changed.

The day of the last change is the last commit that touched campaigns/ (the
campaigns and the registries), as load/git_history.py reads it: layout-only
commits do not count, and a shallow clone's boundary commit says nothing. Where
git cannot tell, the pages say so rather than give the build date, which is not
a change of the data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .collation import number_key
from .dates import VIETNAM_TZ

if TYPE_CHECKING:
    from ..load.git_history import FileHistory
    from .site import Campaign, Document, Unit


def document_order(document: Document) -> tuple:
    """Oldest first, so lists read newest first in reverse. A document dated
    only by month or year counts as issued on the last day of it: the
    department's dispatch of "tháng 7/2023" answers 1009 of 04/7/2023, so it
    comes after it. Undated documents come before all; ties go by number."""
    day = document.date.last_day if document.date else dt.date.min
    return (day, number_key(document.number or document.title or document.ref), document.ref)


def newest_document(documents: Iterable[Document | None]) -> Document | None:
    """The newest dated document, in the register's order (a month or a year counts as its last day)."""
    return max((document for document in documents if document and document.date), key=document_order, default=None)


def campaign_documents(campaigns: Iterable[Campaign]) -> list[Document]:
    """The documents the campaigns rest on (directing ones and dispatches): the home page's newest one says how
    current the campaigns are; a registry record of something else (a resolution merging provinces) does not."""
    found: dict[int, Document] = {}
    for campaign in campaigns:
        for document in [*campaign.documents, campaign.dispatch]:
            if document is not None:
                found.setdefault(id(document), document)
    return list(found.values())


def unit_documents(unit: Unit) -> list[Document]:
    """The documents a unit's work rests on: those that direct or pass on its campaigns, and its reports."""
    found: dict[int, Document] = {}
    for task in unit.tasks:
        for document in [*task.campaign.documents, task.campaign.dispatch]:
            if document is not None:
                found.setdefault(id(document), document)
        result = task.result(unit)
        if result is not None and result.report is not None:
            found.setdefault(id(result.report), result.report)
    return list(found.values())


def last_change(histories: dict[str, FileHistory]) -> dt.date | None:
    """The day in Vietnam of the last commit that changed any of the files; None when git cannot tell."""
    times = [history.last for history in histories.values() if history.last is not None]
    return max(times).astimezone(VIETNAM_TZ).date() if times else None
