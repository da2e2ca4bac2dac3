"""Issuing bodies, and how they change: merged, renamed, given another governing body.

The model: one record is one body under one name and one governing body, for
the time it held them (`from`, `until`). When that changes, the registry gets a
new record, and the old one names it as its `successor` and the document that
decided the change (`decided_by`). Nothing is rewritten: a document keeps
pointing at the record of its own date, so the July 2023 dispatch of the Sở
still reads "UBND TỈNH HẢI DƯƠNG" in its head after the province was merged.

Why records and not dated fields on one record (a list of names with dates):
a document's issuer is then a plain reference that cannot drift with later
edits, make check can refuse a document dated outside its issuer's time, and
each body keeps its own page, which says what became of it and links to its
successor; search finds either page by the other's name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .dates import PartialDate, parse_partial_date

if TYPE_CHECKING:
    from .site import Document


@dataclass(eq=False)
class Organization:
    id: str
    name: str
    full_name: str | None = None
    parent: Organization | None = None  # the governing body, above the name at the head of its letters
    start: PartialDate | None = None  # the registry's `from`: first day under this name and governing body
    end: PartialDate | None = None  # the registry's `until`: its last day
    successor: Organization | None = None
    decided_by: Document | None = field(default=None, repr=False)  # the document that decided the change
    note: str | None = None
    predecessors: list[Organization] = field(default_factory=list, repr=False)

    @property
    def ended(self) -> bool:
        """Whether the body no longer exists under this name: it has a last day, a successor or a deciding document."""
        return bool(self.end or self.successor or self.decided_by)

    @property
    def in_succession(self) -> bool:
        """Whether it has a place in a chain of bodies, so a page of its own to say so."""
        return self.ended or bool(self.predecessors)

    def other_names(self) -> list[str]:
        """The names of the bodies before and after it, nearest first, each once: what search finds it by."""
        names: dict[str, None] = {}
        for chain in (_before(self), _after(self)):
            for body in chain:
                for name in (body.name, body.full_name):
                    if name and name not in (self.name, self.full_name):
                        names.setdefault(name)
        return list(names)


def _before(body: Organization) -> list[Organization]:
    found, queue = [], list(body.predecessors)
    while queue:
        current = queue.pop(0)
        if current is not body and current not in found:
            found.append(current)
            queue += current.predecessors
    return found


def _after(body: Organization) -> list[Organization]:
    found, current = [], body.successor
    while current is not None and current is not body and current not in found:  # make check refuses a loop
        found.append(current)
        current = current.successor
    return found


def _partial(value: Any) -> PartialDate | None:
    return parse_partial_date(str(value)) if value is not None else None


def build_organizations(records: list[dict]) -> dict[str, Organization]:
    """Every body of the registry by id, with its governing body, its time and its successor linked."""
    bodies = {record["id"]: Organization(record["id"], record["name"], record.get("full_name"),
                                         start=_partial(record.get("from")), end=_partial(record.get("until")),
                                         note=record.get("note"))
              for record in records}
    for record in records:
        body = bodies[record["id"]]
        body.parent = bodies.get(record.get("parent", ""))
        body.successor = bodies.get(record.get("successor", ""))
        if body.successor is not None:
            body.successor.predecessors.append(body)
    return bodies


def link_decisions(bodies: dict[str, Organization], records: list[dict], documents: dict[str, Document]) -> None:
    """Each body's deciding document, once the documents exist (they name bodies as their issuers)."""
    for record in records:
        if "decided_by" in record:
            bodies[record["id"]].decided_by = documents.get(record["decided_by"])
