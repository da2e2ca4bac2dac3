"""What the parser finds: every fact with the line it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ...model.dates import PartialDate
from ..normalise import Line

T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    """A value and the source line it was read from."""

    value: T
    line: Line


@dataclass
class Citation:
    """A document cited in the text: as much as the sentence gives, nothing more."""

    number: str
    line: Line
    kind: str | None = None
    kind_from_symbol: bool = False  # the kind was read off the symbol (KH, QĐ…), not written out
    date: PartialDate | None = None
    issuer: str | None = None
    subject: str | None = None
    implements: bool = False  # cited by "Thực hiện …", "Triển khai …": the document carries it out
    # Named after a clause's opener ("Căn cứ", "Theo", "Thực hiện" …) or inside another citation's subject, at least once.
    in_citing_clause: bool = False


@dataclass(frozen=True)
class DateSpan:
    """A period named in the text ("từ ngày … đến ngày …")."""

    start: PartialDate
    end: PartialDate
    line: Line


@dataclass(frozen=True)
class Deadline:
    """A deadline ("trước ngày …", "hoàn thành trong tháng 7/2023") and the sentence holding it."""

    due: PartialDate
    sentence: str
    line: Line


@dataclass(frozen=True)
class Signer:
    position: Found[str] | None
    name: Found[str] | None


@dataclass
class Parsed:
    """Everything found in one document."""

    issuer: Found[str] | None = None
    number: Found[str] | None = None
    place: Found[str] | None = None
    province: Found[str] | None = None  # where the issuer sits ("tỉnh Bắc Ninh"), to tell its bare "Sở …" (province.py)
    date: Found[PartialDate] | None = None
    date_written: Found[str] | None = None  # the date as written, blanks and all
    kind: Found[str] | None = None
    kind_from_symbol: bool = False
    subject: Found[str] | None = None
    recipients: list[Found[str]] = field(default_factory=list)
    copies_to: list[Found[str]] = field(default_factory=list)
    archived_at: list[Found[str]] = field(default_factory=list)
    signer: Signer = field(default_factory=lambda: Signer(None, None))
    sections: list[Found[str]] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    spans: list[DateSpan] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    executors: Found[str] | None = None  # a decision's article naming who carries it out ("Điều 3. …")
    lead_issuer: Found[str] | None = None  # who the lead sentence says wrote it, when the header does not
    letter_reported: bool = False  # a news page tells of a letter without its number ("UBND tỉnh vừa có văn bản về …")
    lead_gist: Found[str] | None = None  # what that letter asks, its trích yếu when the page has no headline either
    inferred: dict[str, str] = field(default_factory=dict)  # fact -> why it needs a person's check
    in_vietnamese: bool = True  # False for a text in another language, which is not read (parse/language.py)

    @property
    def is_document(self) -> bool:
        """Whether the text carries a document at all: its own number, a document it cites by number, or
        its kind named with a date, an issuer or a title. A letter from a friend, an invoice or a novel
        has none of these; a web copy of a plan has them even without its header."""
        named_kind = self.kind is not None and not self.kind_from_symbol
        return (self.number is not None or bool(self.citations)
                or (named_kind and any((self.date, self.issuer, self.subject)))
                or (self.letter_reported and self.issuer is not None))
