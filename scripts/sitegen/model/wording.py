"""The wording of the department's dispatch, shared by its web page and its Word file.

Both say the same thing because both call these functions: a document is
named as the dispatch names it ("Kế hoạch số 1192/KH-SVHTTDL ngày 26/6/2023 của
Sở Văn hóa, Thể thao và Du lịch về …"), each campaign of a section by its title
and the documents behind it, and what the registry leaves blank (the number,
the day) stays a blank to fill by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from .dates import format_partial_date, official_day, official_month
from .site import Campaign, Document

# How the site shows a blank of the registry ("…/SCT-VP", "ngày … tháng 7").
BLANK = "…"
# A section no campaign points to yet: the editor still has one to mark.
EMPTY_SECTION = "Chưa có chiến dịch nào ghi thuộc mục này."


@dataclass(frozen=True)
class Reference:
    """A document named in a sentence, in three parts so that the site can link
    its number: lead "Công văn số", name "2416/BTTTT-CATTT", tail "ngày … về việc …"."""

    document: Document
    lead: str
    name: str
    tail: str

    @property
    def text(self) -> str:
        return " ".join(part for part in (self.lead, self.name, self.tail) if part)


def reference(document: Document) -> Reference:
    """How a letter names `document`: kind and number, date, issuer and subject, as far as the registry knows them.

    A công văn's subject is its "V/v" line, so it follows "về việc"; the subject
    of a plan, a decision or a decree is its name, and follows "về".
    """
    tail = []
    if document.date:
        tail.append(f"ngày {format_partial_date(document.date)}")
    if document.issuer:
        tail.append(f"của {document.issuer_name}")
    if document.subject:
        tail.append(f"{'về việc' if document.kind == 'Công văn' else 'về'} {document.subject}")
    lead = f"{document.kind} số" if document.number else ""
    return Reference(document, lead, document.number or document.title or document.ref, " ".join(tail))


@dataclass(frozen=True)
class Item:
    """One campaign in a section of the dispatch: "{title} theo {its documents}, trong đó dẫn chiếu {what they cite}."."""

    campaign: Campaign
    references: list[Reference]
    related: list[Reference]

    @property
    def text(self) -> str:
        text = self.campaign.title
        if self.references:
            text += " theo " + "; ".join(found.text for found in self.references)
        if self.related:
            text += ", trong đó dẫn chiếu " + "; ".join(found.text for found in self.related)
        return text + "."


def section_items(document: Document, number: int) -> list[Item]:
    """The campaigns of section `number` (from 1), in the dispatch's order, with their documents and what those cite."""
    return [Item(campaign, [reference(d) for d in campaign.documents], [reference(d) for d in campaign.related_documents])
            for campaign in document.campaigns_in_section(number)]


def citations_line(document: Document) -> str:
    """"Căn cứ: Công văn số … ngày … của … về việc …." for the documents the dispatch answers."""
    return "Căn cứ: " + "; ".join(reference(cited).text for cited in document.cites) + "."


def section_heading(number: int, heading: str) -> str:
    """"1. Tuyên truyền nội dung các văn bản của Bộ TTTT"."""
    return f"{number}. {heading}"


def number_line(document: Document, blank: str = BLANK) -> str:
    """"Số: …/SCT-VP": the number as the registry gives it, its blank (…) written as `blank`."""
    return f"Số: {(document.number or BLANK).replace(BLANK, blank)}"


def date_line(document: Document, blank: str = BLANK) -> str:
    """"Hải Dương, ngày … tháng 7 năm 2023": place and date, what is not known left as `blank`."""
    date = document.date
    if date is None:
        when = f"ngày {blank} tháng {blank} năm {blank}"
    else:
        day = official_day(date.day) if date.day else blank
        month = official_month(date.month) if date.month else blank
        when = f"ngày {day} tháng {month} năm {date.year}"
    return f"{document.place}, {when}" if document.place else when


def copies_lines(document: Document) -> list[str]:
    """Nơi nhận, one line each: "Như trên" for the recipients, the other copies, then "Lưu: VT, VP"."""
    lines = ["Như trên", *(unit.name for unit in document.copies_to)]
    if document.archived_at:
        lines.append("Lưu: " + ", ".join(unit.name for unit in document.archived_at))
    return lines


def letter_gaps(document: Document) -> list[str]:
    """What the dispatch lacks to be written as a letter, in Vietnamese; [] when it has everything."""
    wanted = [("sections", "các mục"), ("recipients", "nơi nhận Kính gửi"), ("signer", "người ký"),
              ("issuer", "cơ quan ban hành")]
    return [f"{label} ({name})" for name, label in wanted if not getattr(document, name)]

