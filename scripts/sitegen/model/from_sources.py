"""The linked model of the whole site (site.py's objects), built once from validated sources:
records become objects, references become links both ways, campaigns get their status and age."""

from __future__ import annotations

import datetime as dt

from ..load.references import document_ref
from ..load.sources import Sources
from .ageing import campaign_age
from .collation import name_key
from .dates import PartialDate, parse_iso_date, parse_partial_date
from .freshness import document_order, newest_document
from .organizations import Organization, build_organizations, link_decisions
from .site import Campaign, Contact, Document, Event, Material, Result, Signer, Site, Task, Unit
from .status import Status, campaign_status, is_current


def _optional_date(value: str | None) -> dt.date | None:
    return parse_iso_date(value) if value else None


def _partial(value: str | int | None) -> PartialDate | None:
    return parse_partial_date(str(value)) if value is not None else None


def _campaign_order(campaign: Campaign) -> tuple:
    """Running: ending soonest first; upcoming: starting soonest; ended: most recent first."""
    far = dt.date.max
    if is_current(campaign.status):
        return (0, campaign.last_day or far, name_key(campaign.title))
    if campaign.status is Status.UPCOMING:
        return (1, campaign.first_day or far, name_key(campaign.title))
    if campaign.status is Status.ENDED:
        return (2, -(campaign.last_day or far).toordinal(), name_key(campaign.title))
    return (3, *_dispatch_order(campaign))


def _dispatch_order(campaign: Campaign) -> tuple:
    """The order in which the department's dispatch lists its campaigns."""
    return (campaign.dispatch.ref if campaign.dispatch else "", campaign.dispatch_section or 0,
            campaign.dispatch_item or 0, name_key(campaign.title))


def _documents(sources: Sources, orgs: dict[str, Organization], units: dict[str, Unit]) -> dict[str, Document]:
    records = sources.documents.data["documents"]
    documents: dict[str, Document] = {}
    for record in records:
        signer = record.get("signer")
        documents[document_ref(record)] = Document(
            ref=document_ref(record), kind=record["kind"], number=record.get("number"), title=record.get("title"),
            date=_partial(record.get("date")), issuer=orgs.get(record.get("issuer", "")), issuer_term=record.get("issuer_term"),
            subject=record.get("subject"), url=record.get("url"), file=record.get("file"),
            place=record.get("place"), note=record.get("note"),
            signer=Signer(signer["name"], signer["position"]) if signer else None,
            request=record.get("request"), sections=record.get("sections", []), closing=record.get("closing"),
            recipients=[units[u] for u in record.get("recipients", [])],
            copies_to=[units[u] for u in record.get("copies_to", [])],
            archived_at=[units[u] for u in record.get("archived_at", [])],
        )
    for record in records:
        document = documents[document_ref(record)]
        document.cites = [documents[ref] for ref in record.get("cites", [])]
        for cited in document.cites:
            cited.cited_by.append(document)
    return documents


def _result(day: str, report: str | None, documents: dict[str, Document]) -> Result:
    if report and report in documents:
        return Result(parse_iso_date(day), report=documents[report])
    return Result(parse_iso_date(day), report_url=report)


def _task(record: dict, units: dict[str, Unit], documents: dict[str, Document]) -> Task:
    assignees = [units[u] for u in record["assignees"]]
    if record.get("done"):
        results = {unit.id: _result(record["done"], record.get("report"), documents) for unit in assignees}
    else:
        results = {r["unit"]: _result(r["date"], r.get("report"), documents) for r in record.get("done_by", [])}
    return Task(record["action"], assignees, [units[u] for u in record.get("partners", [])], _optional_date(record.get("due")),
                results, record.get("cancelled"))


def _campaign(slug: str, sources: Sources, today: dt.date, documents: dict[str, Document],
              orgs: dict[str, Organization], units: dict[str, Unit]) -> Campaign:
    loaded = sources.campaigns[slug]
    data = loaded.data
    directing = [documents[ref] for ref in data.get("documents", [])]
    issuer = orgs[data["issuer"]] if "issuer" in data else next((d.issuer for d in directing if d.issuer), None)
    start, end, period = _optional_date(data.get("start")), _optional_date(data.get("end")), _partial(data.get("period"))
    dispatch = data.get("dispatch") or {}
    campaign = Campaign(
        slug=slug, source_path=loaded.path, title=data["title"], summary=data["summary"],
        start=start, end=end, period=period, status=Status.UNKNOWN,
        issuer=issuer, documents=directing,
        dispatch=documents.get(dispatch.get("document", "")), dispatch_section=dispatch.get("section"),
        dispatch_item=dispatch.get("item"), dispatch_text=dispatch.get("text", []),
        key_messages=data.get("key_messages", []),
        tasks=[_task(t, units, documents) for t in data.get("tasks", [])],
        events=[Event(e["title"], parse_iso_date(e["date"]), _optional_date(e.get("end_date")), e.get("place"), e.get("note"))
                for e in data.get("events", [])],
        materials=[Material(m["title"], m.get("url"), m.get("file")) for m in data.get("materials", [])],
        contacts=[Contact(c["name"], units.get(c.get("unit", "")), c.get("phone"), c.get("email"))
                  for c in data.get("contacts", [])],
        tags=data.get("tags", []),
    )
    for task in campaign.tasks:
        task.campaign = campaign
    campaign.status = campaign_status(start, end, period, today, campaign.event_days + campaign.deadline_days)
    return campaign


def build_site(sources: Sources, today: dt.date) -> Site:
    """Turn validated sources into the linked model of the whole site."""
    records = sources.organizations.data["organizations"]
    orgs = build_organizations(records)  # model/organizations.py: bodies, their time and successors
    units = {u["id"]: Unit(u["id"], u["name"], u.get("description"), u.get("letter_name")) for u in sources.units.data["units"]}
    documents = _documents(sources, orgs, units)
    link_decisions(orgs, records, documents)
    campaigns = sorted((_campaign(slug, sources, today, documents, orgs, units) for slug in sources.campaigns),
                       key=_campaign_order)
    for campaign in campaigns:
        for document in campaign.documents:
            document.campaigns.append(campaign)
        if campaign.dispatch:
            campaign.dispatch.dispatched_campaigns.append(campaign)
        for task in campaign.tasks:
            for unit in {id(u): u for u in task.assignees + task.partners}.values():
                unit.tasks.append(task)
        for contact in campaign.contacts:
            if contact.unit:
                contact.unit.contacts.append(contact)
        campaign.age = campaign_age(campaign, newest_document([*campaign.documents, campaign.dispatch]), sources.ageing, today)
    for document in documents.values():
        document.dispatched_campaigns.sort(key=_dispatch_order)
    ordered_documents = sorted(documents.values(), key=document_order)
    by_name = sorted(units.values(), key=lambda unit: name_key(unit.name))
    return Site(today, campaigns, ordered_documents, [u for u in by_name if u.has_page],
                sorted(orgs.values(), key=lambda org: name_key(org.name)), [u for u in by_name if not u.has_page],
                sources.warnings, sources.ageing, department=sources.department)
