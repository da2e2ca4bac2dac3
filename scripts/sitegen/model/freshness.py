"""How fresh the data is, as the home page and unit pages say it: the newest
document (by its date in the register), and the day the data was last changed.

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

from .dates import VIETNAM_TZ

if TYPE_CHECKING:
    from ..load.git_history import FileHistory
    from .site import Document, Unit


def newest_document(documents: Iterable[Document | None]) -> Document | None:
    """The newest dated document, in the register's order (a month or a year counts as its last day)."""
    from .site import document_order  # site.py imports the ageing rules, which this module serves

    return max((document for document in documents if document and document.date), key=document_order, default=None)


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
