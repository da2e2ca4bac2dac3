"""The site's domain objects: units, documents, tasks, campaigns, the site.

Everything a page needs is computed on them once (links between documents and
campaigns, statuses, sort orders), so templates only lay it out. from_sources.py
builds them from the validated sources.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from ..load.department import Department
from ..problems import Problem
from .ageing import Age, AgeingRules
from .collation import name_key
from .dates import PartialDate
from .organizations import Organization
from .page_paths import document_slug
from .status import Status, fact_span, is_current, status_basis
from .task_state import TaskState, task_state


@dataclass(eq=False)
class Unit:
    id: str
    name: str
    description: str | None = None
    letter_name: str | None = None  # how the department's letters write it ("Các đ/c Lãnh đạo sở"); None: its name
    # Back-references (here and below) stay out of repr: the objects refer to each other
    # in loops, and a failing test that prints one would print the whole site, for ever.
    tasks: list[Task] = field(default_factory=list, repr=False)
    contacts: list[Contact] = field(default_factory=list, repr=False)

    @property
    def slug(self) -> str:
        return self.id

    @property
    def has_page(self) -> bool:
        """Units with work or a contact person get a page; the other recipients
        and filing codes of a letter ("Lãnh đạo Sở", "VT") stay names on it."""
        return bool(self.tasks or self.contacts)

    @functools.cached_property
    def current_tasks(self) -> list[Task]:
        """Open tasks of running and upcoming campaigns, nearest deadline first."""
        return sorted((t for t in self.tasks if t.campaign.status in _ACTIVE and not t.closed_for(self)),
                      key=lambda t: (t.due or dt.date.max, name_key(t.campaign.title)))

    @functools.cached_property
    def other_tasks(self) -> list[Task]:
        """Open tasks of ended or undated campaigns, the latest deadlines first."""
        return sorted((t for t in self.tasks if t.campaign.status not in _ACTIVE and not t.closed_for(self)),
                      key=lambda t: (-(t.due or dt.date.min).toordinal(), name_key(t.campaign.title)))

    @functools.cached_property
    def closed_tasks(self) -> list[Task]:
        """Tasks done (for this unit) or cancelled, the latest first: by the day done, else the deadline."""
        return sorted((t for t in self.tasks if t.closed_for(self)),
                      key=lambda t: (-(t.done_for(self) or t.due or dt.date.min).toordinal(), name_key(t.campaign.title)))

    @functools.cached_property
    def open_deadlines(self) -> list[Task]:
        """Tasks with a deadline that this unit has still to do (not done by it, not
        cancelled), soonest first: what its calendar reminds it of."""
        return sorted((t for t in self.tasks if t.due and not t.closed_for(self)),
                      key=lambda t: (t.due, name_key(t.campaign.title), name_key(t.action)))


@dataclass(eq=False)
class Signer:
    name: str
    position: str


@dataclass(eq=False)
class Document:
    ref: str
    kind: str
    number: str | None = None
    title: str | None = None
    date: PartialDate | None = None
    issuer: Organization | None = None
    issuer_term: str | None = None  # "XIII": the term belongs to the document, not to the body
    subject: str | None = None
    url: str | None = None
    file: str | None = None
    place: str | None = None
    note: str | None = None
    signer: Signer | None = None
    request: str | None = None  # the author's sentence before the sections ("Lãnh đạo Sở yêu cầu …:")
    sections: list[str] = field(default_factory=list)
    closing: str | None = None  # the author's sentence after them ("Đề nghị các phòng, đơn vị …")
    recipients: list[Unit] = field(default_factory=list)
    copies_to: list[Unit] = field(default_factory=list)
    archived_at: list[Unit] = field(default_factory=list)
    cites: list[Document] = field(default_factory=list)
    cited_by: list[Document] = field(default_factory=list, repr=False)
    campaigns: list[Campaign] = field(default_factory=list, repr=False)
    dispatched_campaigns: list[Campaign] = field(default_factory=list, repr=False)

    @functools.cached_property
    def slug(self) -> str:
        return document_slug(self.ref)

    @property
    def name(self) -> str:
        """How the document is named in text: "Công văn số 2416/BTTTT-CATTT"."""
        if self.title:
            return self.title
        return f"{self.kind} số {self.number}"

    @property
    def issuer_name(self) -> str | None:
        """The issuing body as the document names it: "Ban Bí thư Trung ương Đảng khóa XIII"."""
        if self.issuer is None:
            return None
        return f"{self.issuer.name} khóa {self.issuer_term}" if self.issuer_term else self.issuer.name

    @property
    def is_dispatch(self) -> bool:
        """The department's own dispatch, shown in the layout of an official letter."""
        return bool(self.sections or self.recipients or self.signer)

    @property
    def mentioned_by(self) -> list[Document]:
        """The documents this one is known from: those that cite it, then the
        dispatches that pass on the campaigns it directs. What they leave out
        (a date, an issuer, a subject) is what its page says they do not give."""
        found = {id(document): document for document in self.cited_by}
        for campaign in self.campaigns:
            if campaign.dispatch is not None and campaign.dispatch is not self:
                found.setdefault(id(campaign.dispatch), campaign.dispatch)
        return list(found.values())

    @property
    def resting_campaigns(self) -> list[Campaign]:
        """Campaigns that rest on this document: directed by it, or passed on by it."""
        return self.campaigns + self.dispatched_campaigns

    def campaigns_in_section(self, number: int) -> list[Campaign]:
        return [campaign for campaign in self.dispatched_campaigns if campaign.dispatch_section == number]


@dataclass(eq=False)
class Result:
    """A unit's recorded result: the day it was done, and the report that says so
    (a document of the registry, or a link), when one is given."""

    date: dt.date
    report: Document | None = None
    report_url: str | None = None


@dataclass(eq=False)
class Task:
    action: str
    assignees: list[Unit]
    partners: list[Unit]
    due: dt.date | None
    results: dict[str, Result] = field(default_factory=dict)  # by assignee's id: done: gives one to each
    cancelled: str | None = None  # the reason
    campaign: Campaign | None = field(default=None, repr=False)

    def result(self, unit: Unit) -> Result | None:
        return self.results.get(unit.id)

    @property
    def open(self) -> bool:
        """Still to do for some assignee: neither done by all nor cancelled. Only open
        deadlines stay in the calendars (render/calendar_files.py) and the calendar page."""
        return not self.closed_for()

    @property
    def done(self) -> dt.date | None:
        """The day the last assignee finished; None while any has not."""
        if any(unit.id not in self.results for unit in self.assignees):
            return None
        return max(result.date for result in self.results.values())

    def done_for(self, unit: Unit | None) -> dt.date | None:
        """The day `unit` finished, if it is an assignee; for a partner or for
        the task as a whole (None), the day the last assignee finished."""
        if unit is not None and unit in self.assignees:
            result = self.results.get(unit.id)
            return result.date if result else None
        return self.done

    def state(self, today: dt.date, unit: Unit | None = None) -> TaskState:
        """Where the task stands on `today` for `unit` (an assignee or a partner), or as a whole."""
        return task_state(self.due, self.done_for(unit), self.cancelled is not None,
                          self.campaign.last_day, self.campaign.records_results, today)

    def closed_for(self, unit: Unit | None = None) -> bool:
        """Done (by `unit`, or by every assignee) or cancelled: nothing left to do, whatever the day."""
        return self.cancelled is not None or self.done_for(unit) is not None

    def outcome(self, unit: Unit | None = None) -> list[tuple[list[Unit], Result]]:
        """The results to show beside the task: `unit`'s own when it is an assignee, otherwise
        every assignee's, those of one day and one report together, in the assignees' order."""
        units = [unit] if unit is not None and unit in self.assignees else self.assignees
        groups: dict[tuple, tuple[list[Unit], Result]] = {}
        for assignee in units:
            result = self.results.get(assignee.id)
            if result is not None:
                key = (result.date, id(result.report), result.report_url)
                groups.setdefault(key, ([], result))[0].append(assignee)
        return list(groups.values())


@dataclass(eq=False)
class Event:
    title: str
    date: dt.date
    end_date: dt.date | None = None
    place: str | None = None
    note: str | None = None


@dataclass(eq=False)
class Material:
    title: str
    url: str | None = None
    file: str | None = None


@dataclass(eq=False)
class Contact:
    name: str
    unit: Unit | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(eq=False)
class Campaign:
    slug: str
    source_path: str
    title: str
    summary: str
    start: dt.date | None
    end: dt.date | None
    period: PartialDate | None
    status: Status
    issuer: Organization | None
    documents: list[Document]
    dispatch: Document | None
    dispatch_section: int | None
    dispatch_item: int | None
    dispatch_text: list[str]  # the item's own paragraphs as the dispatch writes them; [] when not given
    key_messages: list[str]
    tasks: list[Task]
    events: list[Event]
    materials: list[Material]
    contacts: list[Contact]
    tags: list[str]
    age: Age | None = field(default=None, repr=False)  # where the ageing rules list it (model/ageing.py)

    @property
    def related_documents(self) -> list[Document]:
        """Documents cited by the directing ones, each once, not already listed."""
        seen = set(map(id, self.documents))
        related = []
        for document in self.documents:
            for cited in document.cites:
                if id(cited) not in seen:
                    seen.add(id(cited))
                    related.append(cited)
        return related

    @property
    def event_days(self) -> list[dt.date]:
        return [day for event in self.events for day in (event.date, event.end_date) if day]

    @property
    def deadline_days(self) -> list[dt.date]:
        return [task.due for task in self.tasks if task.due]

    @functools.cached_property
    def _span(self) -> tuple[dt.date, dt.date] | None:
        # Events and deadlines stand in only when the documents give neither start nor end.
        facts = self.event_days + self.deadline_days if self.start is None and self.end is None else ()
        return fact_span(self.period, facts)

    @property
    def status_basis(self) -> str | None:
        """What the status rests on when no start or end is given: "ngày sự kiện 09/7/2023"."""
        return status_basis(self.start, self.end, self.period, self.event_days, self.deadline_days)

    @functools.cached_property
    def records_results(self) -> bool:
        """Whether the department follows this campaign up: some task has a result or was cancelled."""
        return any(task.results or task.cancelled for task in self.tasks)

    @functools.cached_property
    def progress(self) -> list[UnitProgress]:
        """Each assignee of its tasks, by name, with the tasks it has done and those still open."""
        units = {unit.id: unit for task in self.tasks for unit in task.assignees}
        rows = []
        for unit in sorted(units.values(), key=lambda unit: name_key(unit.name)):
            assigned = [task for task in self.tasks if unit in task.assignees and task.cancelled is None]
            rows.append(UnitProgress(unit, [t for t in assigned if t.done_for(unit)], [t for t in assigned if not t.done_for(unit)]))
        return rows

    @property
    def cancelled_tasks(self) -> int:
        return sum(task.cancelled is not None for task in self.tasks)

    @property
    def has_calendar(self) -> bool:
        """Whether the campaign has any exact date to put in a calendar: a deadline
        counts while the task is open (done and cancelled ones leave the calendars)."""
        return bool(self.start or self.events
                    or any(task.due and task.open for task in self.tasks))

    @property
    def archive_year(self) -> int:
        """The year it belongs to: its start, its period, or its dispatch's; 0 when unknown."""
        if self.start or self.period:
            return (self.start or self.period.first_day).year
        return self.dispatch.date.year if self.dispatch and self.dispatch.date else 0

    @property
    def issuer_name(self) -> str:
        return self.issuer.name if self.issuer else "Chưa rõ cơ quan"

    @property
    def first_day(self) -> dt.date | None:
        """The first day the status counts from: the start, or the first of the period and the dated facts."""
        return self.start or (self._span[0] if self._span else None)

    @property
    def last_day(self) -> dt.date | None:
        """The last day the status counts to: the end, or the last of the period and the dated facts."""
        return self.end or (self._span[1] if self._span else None)


@dataclass(eq=False)
class UnitProgress:
    """How far one unit is with the tasks a campaign gave it (cancelled tasks left out)."""

    unit: Unit
    done: list[Task]
    open: list[Task]

    def overdue(self, today: dt.date) -> list[Task]:
        return [task for task in self.open if task.state(today, self.unit) is TaskState.OVERDUE]


@dataclass(eq=False)
class CalendarEntry:
    """An event or a deadline, as the calendar page and the .ics files show it."""

    date: dt.date
    end_date: dt.date | None
    title: str
    kind: str  # "Sự kiện" or "Hạn nhiệm vụ"
    campaign: Campaign
    place: str | None
    task: Task | None = None  # a deadline's task, whose state the calendar page shows

    @property
    def month(self) -> tuple[int, int]:
        return (self.date.year, self.date.month)


@dataclass
class Site:
    today: dt.date
    campaigns: list[Campaign]
    documents: list[Document]
    units: list[Unit]  # those with a page, by name
    organizations: list[Organization]
    letter_only_units: list[Unit] = field(default_factory=list)  # recipients and filing codes without work, by name
    warnings: list[Problem] = field(default_factory=list)  # the sources' likely slips, for the editor's terminal
    ageing: AgeingRules = field(default_factory=AgeingRules)  # the department's rules (mkdocs.yml extra.ageing)
    changed: dt.date | None = None  # the day the data was last committed (load/git_history.py); None: not known
    department: Department | None = None  # who runs the site (load/department.py)

    def deadlines(self, *, upcoming: bool) -> list[Task]:
        """Tasks with a deadline: from today on, soonest first; or past ones, latest first."""
        dated = [task for campaign in self.campaigns for task in campaign.tasks if task.due]
        if upcoming:
            return sorted((t for t in dated if t.due >= self.today), key=lambda t: (t.due, name_key(t.action)))
        return sorted((t for t in dated if t.due < self.today), key=lambda t: (-t.due.toordinal(), name_key(t.action)))

    def open_deadlines(self) -> list[Task]:
        """Deadlines from today on of the tasks not yet done by every assignee nor cancelled, soonest first."""
        return [task for task in self.deadlines(upcoming=True) if task.open]

    def calendar(self) -> list[CalendarEntry]:
        """Every dated event and open deadline, in date order: as in the .ics files, a task
        done or cancelled is no longer a deadline to keep."""
        entries = [CalendarEntry(e.date, e.end_date, e.title, "Sự kiện", c, e.place)
                   for c in self.campaigns for e in c.events]
        entries += [CalendarEntry(t.due, None, t.action, "Hạn nhiệm vụ", c, None, t)
                    for c in self.campaigns for t in c.tasks if t.due and t.open]
        return sorted(entries, key=lambda entry: (entry.date, name_key(entry.campaign.title), name_key(entry.title)))

    def campaigns_by_year(self) -> list[tuple[int, list[Campaign]]]:
        """(year, campaigns by title), newest year first; year 0 holds those with no known year."""
        years: dict[int, list[Campaign]] = {}
        for campaign in sorted(self.campaigns, key=lambda c: name_key(c.title)):
            years.setdefault(campaign.archive_year, []).append(campaign)
        return sorted(years.items(), key=lambda item: -item[0])

    def campaigns_by_issuer(self) -> list[tuple[Organization | None, list[Campaign]]]:
        """(issuing body, campaigns by title), bodies by name; None for campaigns with no known issuer."""
        groups: dict[str, tuple[Organization | None, list[Campaign]]] = {}
        for campaign in sorted(self.campaigns, key=lambda c: name_key(c.title)):
            key = campaign.issuer.id if campaign.issuer else ""
            groups.setdefault(key, (campaign.issuer, []))[1].append(campaign)
        return sorted(groups.values(), key=lambda item: (item[0] is None, name_key(item[0].name if item[0] else "")))

    def documents_by_year(self) -> list[tuple[int, list[Document]]]:
        """(year, documents newest first), newest year first; year 0 for undated documents."""
        years: dict[int, list[Document]] = {}
        for document in reversed(self.documents):
            years.setdefault(document.date.year if document.date else 0, []).append(document)
        return sorted(years.items(), key=lambda item: -item[0])

    def tags(self) -> dict[str, list[Campaign]]:
        """Every tag in Vietnamese alphabetical order, with its campaigns."""
        tagged: dict[str, list[Campaign]] = {}
        for campaign in sorted(self.campaigns, key=lambda c: name_key(c.title)):
            for tag in campaign.tags:
                tagged.setdefault(tag, []).append(campaign)
        return dict(sorted(tagged.items(), key=lambda item: name_key(item[0])))

    def by_status(self, status: Status) -> list[Campaign]:
        """Campaigns with this status; RUNNING includes those ending soon."""
        if status is Status.RUNNING:
            return [campaign for campaign in self.campaigns if is_current(campaign.status)]
        return [campaign for campaign in self.campaigns if campaign.status is status]


_ACTIVE = (Status.RUNNING, Status.ENDING_SOON, Status.UPCOMING)
