"""The wording of the department's dispatch, shared by its web page and its Word file.

Both say the same thing because both call these functions: a document is
named as the dispatch names it ("Kế hoạch số 1192/KH-SVHTTDL ngày 26/6/2023 của
Sở Văn hóa, Thể thao và Du lịch về …"), each campaign of a section by its title
and the documents behind it, and what the registry leaves blank (the number,
the day) stays a blank to fill by hand. The sentences its author writes (the
request before the sections, each item's own paragraphs, the closing) come
from the registry as written, or are left out: none is made up. An item whose
own text the registry lacks is drafted from its campaign and documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .dates import format_partial_date, official_day, official_month
from .site import Campaign, Document, Unit

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
    """One campaign in a section of the dispatch. Its own paragraphs when the registry gives them (`own`);
    otherwise drafted: "{title} theo {its documents}, trong đó dẫn chiếu {what they cite}.", or only its documents
    when the first one's subject already says the title ("Kế hoạch số 2254/KH-BCĐ … về Tổ chức Ngày hội hiến máu …")."""

    campaign: Campaign
    references: list[Reference]
    related: list[Reference]
    own: list[str] = field(default_factory=list)

    @property
    def titled(self) -> bool:
        """Whether the drafted item starts with its campaign's title: not when its first document's subject holds it."""
        subject = self.references[0].document.subject if self.references else None
        return not (subject and self.campaign.title.casefold() in subject.casefold())

    @property
    def text(self) -> str:
        """The item in one paragraph: its own paragraphs joined, or the drafted sentence."""
        if self.own:
            return " ".join(self.own)
        named = "; ".join(found.text for found in self.references)
        text = f"{self.campaign.title} theo {named}" if self.titled and named else named or self.campaign.title
        if self.related:
            text += ", trong đó dẫn chiếu " + "; ".join(found.text for found in self.related)
        return text + "."

    @property
    def runs_on(self) -> bool:
        """An own text ending with ";" goes on in the next item's paragraph, as the letter runs plans together."""
        return bool(self.own) and self.own[-1].rstrip().endswith(";")

    @property
    def named(self) -> list[Document]:
        """The documents the item names: its campaign's, and what they cite."""
        return [found.document for found in self.references + self.related]


def section_items(document: Document, number: int) -> list[Item]:
    """The campaigns of section `number` (from 1), in the dispatch's order, with their documents and what those cite."""
    return [Item(campaign, [reference(d) for d in campaign.documents], [reference(d) for d in campaign.related_documents],
                 list(campaign.dispatch_text))
            for campaign in document.campaigns_in_section(number)]


def section_body(items: list[Item]) -> list[list[tuple[Item, str]]]:
    """A section's paragraphs, each a list of (item, text) pieces: an item's own paragraphs one by one, a drafted
    item in one; an own text ending with ";" runs on into the next item's own first paragraph (the seed's
    section 3 names four plans in one paragraph)."""
    body: list[list[tuple[Item, str]]] = []
    for index, item in enumerate(items):
        runs_on = index > 0 and items[index - 1].runs_on and bool(item.own)
        for number, text in enumerate(item.own or [item.text]):
            if number == 0 and runs_on:
                body[-1].append((item, text))
            else:
                body.append([(item, text)])
    return body


def paragraph_texts(items: list[Item]) -> list[str]:
    """The text of each paragraph of a section, the pieces of one paragraph joined by a space."""
    return [" ".join(text for _, text in paragraph) for paragraph in section_body(items)]


def linked_parts(text: str, documents: list[Document]) -> list[tuple[str, Document | None]]:
    """`text` cut into runs, each document of `documents` it names by number (or by title, without one) apart,
    so that a page links it: [("Đẩy mạnh … Công văn số ", None), ("2416/BTTTT-CATTT", <2416>), (" ngày …", None)]."""
    names = {(d.number or d.title): d for d in documents if d.number or d.title}.items()
    parts: list[tuple[str, Document | None]] = []
    rest = text
    while rest:
        found = min(((rest.find(name), name, doc) for name, doc in names if name in rest), default=None,
                    key=lambda hit: (hit[0], -len(hit[1])))
        if found is None:
            parts.append((rest, None))
            break
        at, name, doc = found
        if at:
            parts.append((rest[:at], None))
        parts.append((name, doc))
        rest = rest[at + len(name):]
    return parts


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
    dispatch's issuer and the documents it answers; None when it answers none. Inside the sentence the kind is in
    lower case ("nhận được công văn số"), as in the seed; an issuer the registry lacks is a blank (…)."""
    documents = answered(document)
    if not documents:
        return None
    found = [replace(named, lead=named.lead[:1].lower() + named.lead[1:]) for named in map(reference, documents)]
    return Opening(f"{document.issuer_name or BLANK} nhận được", found, ";" if document.request else ".")


def answered(document: Document) -> list[Document]:
    """The documents the dispatch answers: those it cites that none of its items names (1009/STTTT-TTBCXB: the
    July 2023 dispatch cites fifteen, the other fourteen through its sections)."""
    named = {id(found) for number in range(1, len(document.sections) + 1)
             for item in section_items(document, number) for found in item.named}
    return [cited for cited in document.cites if id(cited) not in named]


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


def letter_name(unit: Unit) -> str:
    """A unit as the department's letters write it ("Các đ/c Lãnh đạo sở"), or its name."""
    return unit.letter_name or unit.name


def copies_lines(document: Document) -> list[str]:
    """Nơi nhận, one line each: "Như trên" for the recipients, the other copies, then "Lưu: VT, VP"."""
    lines = ["Như trên", *(letter_name(unit) for unit in document.copies_to)]
    if document.archived_at:
        lines.append("Lưu: " + ", ".join(unit.name for unit in document.archived_at))
    return lines


def letter_gaps(document: Document) -> list[str]:
    """What the dispatch lacks to be written as a letter, in Vietnamese; [] when it has everything."""
    wanted = [("sections", "các mục"), ("recipients", "nơi nhận Kính gửi"), ("signer", "người ký"),
              ("issuer", "cơ quan ban hành")]
    return [f"{label} ({name})" for name, label in wanted if not getattr(document, name)]

