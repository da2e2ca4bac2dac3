"""The wording of the department's dispatch, shared by its web page and its Word file.

Both say the same thing because both call these functions: a document is
named as the dispatch names it ("Kế hoạch số 1192/KH-SVHTTDL ngày 26/6/2023 của
Sở Văn hóa, Thể thao và Du lịch về …"), each campaign of a section by its title
and the documents behind it, and what the registry leaves blank (the number,
the day) stays a blank to fill by hand. The sentences its author writes (the
request before the sections, the closing) come from the registry as written,
or are left out: none is made up.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .dates import format_partial_date, official_day, official_month
from .site import Campaign, Document

# How the site shows a blank of the registry ("…/SCT-VP", "ngày … tháng 7").
BLANK = "…"
# A section no campaign points to yet: the editor still has one to mark.
EMPTY_SECTION = "Chưa có chiến dịch nào ghi thuộc mục này."
# The end of the letter's body (Nghị định 30/2020/NĐ-CP, Phụ lục I).
END_MARK = "./."


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


@dataclass(frozen=True)
class Opening:
    """The letter's first sentence, as the seed writes it: lead "Sở Công Thương nhận được", the documents the
    dispatch answers, and its end: ";" when the author's request follows, the two one sentence; "." otherwise."""

    lead: str
    references: list[Reference]
    end: str

    @property
    def text(self) -> str:
        return f"{self.lead} " + "; ".join(found.text for found in self.references) + self.end


def opening(document: Document) -> Opening | None:
    """"Sở Công Thương nhận được công văn số 1009/STTTT-TTBCXB ngày 04/7/2023 của … về việc …;", from the
    dispatch's issuer and what it cites; None when it cites nothing. Inside the sentence the kind is in lower
    case ("nhận được công văn số"), as in the seed; an issuer the registry lacks is a blank (…)."""
    if not document.cites:
        return None
    found = [replace(named, lead=named.lead[:1].lower() + named.lead[1:])
             for named in (reference(cited) for cited in document.cites)]
    return Opening(f"{document.issuer_name or BLANK} nhận được", found, ";" if document.request else ".")


def ended(text: str) -> str:
    """`text` with the end mark of the letter's body, "./.", in place of its final full stop."""
    return text.rstrip().removesuffix(END_MARK).removesuffix(".") + END_MARK


def closing_line(document: Document) -> str | None:
    """The author's closing sentence, ended with "./." ("Đề nghị các phòng, đơn vị … thực hiện./."); None when
    the registry has none: the letter then ends with its last section, and no sentence is made up for it."""
    return ended(document.closing) if document.closing else None


def section_heading(number: int, heading: str) -> str:
    """"1. Tuyên truyền nội dung các văn bản của Bộ TTTT"."""
    return f"{number}. {heading}"


def number_line(document: Document, blank: str = BLANK, suffix: str = "") -> str:
    """"Số: …/SCT-VP": the number as the registry gives it, its blank (…) written as `blank`; a dispatch
    registered without a number gets the blank and the department's `suffix` (mkdocs.yml, extra.department)."""
    number = document.number or (f"{BLANK}/{suffix}" if suffix else BLANK)
    return f"Số: {number.replace(BLANK, blank)}"


def date_line(document: Document, blank: str = BLANK, place: str = "") -> str:
    """"Hải Dương, ngày … tháng 7 năm 2023": place and date, what is not known left as `blank`. The place is
    the document's own (the place of its day); `place`, the department's, when the registry gives none."""
    date = document.date
    if date is None:
        when = f"ngày {blank} tháng {blank} năm {blank}"
    else:
        day = official_day(date.day) if date.day else blank
        month = official_month(date.month) if date.month else blank
        when = f"ngày {day} tháng {month} năm {date.year}"
    place = document.place or place
    return f"{place}, {when}" if place else when


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

