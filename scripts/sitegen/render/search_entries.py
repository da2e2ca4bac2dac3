"""What search knows of each page: built from the model, not from HTML, so
the index does not depend on the site engine."""

from __future__ import annotations

from ..model.dates import format_partial_date
from ..model.organizations import Organization
from ..model.page_paths import archive_issuer_page, campaign_page, document_page, unit_page, url
from ..model.site import Campaign, Document, Site, Unit
from .search_index import SearchEntry


def _numbers(documents: list[Document]) -> list[str]:
    """Each number once, in order: a page naming a document twice still counts it once."""
    return list(dict.fromkeys(document.number for document in documents if document.number))


def _campaign(campaign: Campaign) -> SearchEntry:
    documents = campaign.documents + campaign.related_documents + ([campaign.dispatch] if campaign.dispatch else [])
    body = [campaign.summary, *campaign.key_messages, *(task.action for task in campaign.tasks),
            *(event.title for event in campaign.events), campaign.issuer.name if campaign.issuer else "",
            *campaign.tags, *(document.subject or "" for document in documents),
            *(unit.name for task in campaign.tasks for unit in task.assignees + task.partners)]
    return SearchEntry(url(campaign_page(campaign.slug)), campaign.title, "Chiến dịch", _numbers(documents),
                       " ".join(filter(None, body)))


def _letter_campaigns(document: Document) -> list[Campaign]:
    """The campaigns a dispatch passes on in its numbered sections, where its page quotes their summaries."""
    return [campaign for number in range(1, len(document.sections) + 1)
            for campaign in document.campaigns_in_section(number)]


def _document(document: Document) -> SearchEntry:
    # A number finds every page that names it: the document's own, the documents it cites and
    # that cite it (its "Dẫn chiếu" tables), and for the department's dispatch the documents its
    # sections pass on, which the letter cites ("theo Công văn số 2416/BTTTT-CATTT").
    passed_on = _letter_campaigns(document)
    cited = [document, *document.cites, *document.cited_by,
             *(source for campaign in passed_on for source in campaign.documents)]
    body = [document.kind, f"ngày {format_partial_date(document.date)}" if document.date else "",
            document.issuer_name or "", document.subject or "",
            *(campaign.title for campaign in document.resting_campaigns),
            *(campaign.summary for campaign in passed_on),
            *(unit.name for unit in document.recipients + document.copies_to),
            *([document.signer.position, document.signer.name] if document.signer else [])]
    return SearchEntry(url(document_page(document.slug)), document.name, "Văn bản", _numbers(cited),
                       " ".join(filter(None, body)))


def _unit(unit: Unit) -> SearchEntry:
    return SearchEntry(url(unit_page(unit.slug)), unit.name, "Đơn vị", [], unit.description or "")


def _organization(body: Organization) -> SearchEntry:
    # A body is found by the names before and after it too: "Hải Dương" finds the page of the body that succeeded it.
    return SearchEntry(url(archive_issuer_page(body.id)), body.name, "Cơ quan", [],
                       " ".join(filter(None, [body.full_name, *body.other_names()])))


def search_entries(site: Site) -> list[SearchEntry]:
    """Every campaign, document and unit page, and the page of each body merged or renamed and of its successor."""
    return ([_campaign(c) for c in site.campaigns] + [_document(d) for d in site.documents]
            + [_unit(u) for u in site.units] + [_organization(o) for o in site.organizations if o.in_succession])
