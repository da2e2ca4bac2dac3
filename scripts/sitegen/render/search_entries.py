"""What search knows of each page: built from the model, not from HTML, so
the index does not depend on the site engine."""

from __future__ import annotations

from ..model.dates import format_partial_date
from ..model.page_paths import campaign_page, document_page, unit_page, url
from ..model.site import Campaign, Document, Site, Unit
from .search_index import SearchEntry


def _campaign(campaign: Campaign) -> SearchEntry:
    documents = campaign.documents + campaign.related_documents + ([campaign.dispatch] if campaign.dispatch else [])
    body = [campaign.summary, *campaign.key_messages, *(task.action for task in campaign.tasks),
            *(event.title for event in campaign.events), campaign.issuer.name if campaign.issuer else "",
            *campaign.tags, *(document.subject or "" for document in documents),
            *(unit.name for task in campaign.tasks for unit in task.assignees + task.partners)]
    return SearchEntry(url(campaign_page(campaign.slug)), campaign.title, "Chiến dịch",
                       [document.number for document in documents if document.number], " ".join(filter(None, body)))


def _document(document: Document) -> SearchEntry:
    body = [document.kind, f"ngày {format_partial_date(document.date)}" if document.date else "",
            document.issuer.name if document.issuer else "", document.subject or "",
            *(campaign.title for campaign in document.resting_campaigns),
            *(unit.name for unit in document.recipients + document.copies_to),
            *([document.signer.position, document.signer.name] if document.signer else [])]
    return SearchEntry(url(document_page(document.slug)), document.name, "Văn bản",
                       [document.number] if document.number else [], " ".join(filter(None, body)))


def _unit(unit: Unit) -> SearchEntry:
    return SearchEntry(url(unit_page(unit.slug)), unit.name, "Đơn vị", [], unit.description or "")


def search_entries(site: Site) -> list[SearchEntry]:
    """Every campaign, document and unit page."""
    return ([_campaign(c) for c in site.campaigns] + [_document(d) for d in site.documents]
            + [_unit(u) for u in site.units])
