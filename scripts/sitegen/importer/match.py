"""Facts against the registries: which cited documents and issuers are
already there, which are new, and which of the Sở's units the text names.

Numbers are compared regardless of case, of Đ/D and of hyphen or slash
(855-CV/BTGTU is 855/cv-btgtu); names regardless of case, spacing and
brackets. Nothing is ever entered twice.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..failures import RunFailed
from ..load.loader import LoadError, load_yaml_file
from ..load.registry import CAMPAIGNS_DIR, REGISTRIES, document_ref, registry_files
from ..load.repo_files import regular_files
from ..model.slugs import slugify
from .parse.facts import Citation, Found, Parsed
from .parse.local_bodies import bare_local_body
from .parse.numbers import number_key
from .parse.province import level_and_name, named
from .tone_marks import new_placement


@functools.lru_cache(maxsize=8192)  # called for every citation against every registry name
def name_key(name: str) -> str:
    """What two spellings of one name share: case, spaces, brackets, “Các đ/c” and where a tone mark sits aside."""
    text = new_placement(name).casefold().replace("(", " ").replace(")", " ")
    text = re.sub(r"^(?:các\s+)?(?:đ/c|đồng chí)\s+", "", " ".join(text.split()))
    return " ".join(text.split())


@dataclass
class Registries:
    """The three registries as plain data, read with the project's own loader."""

    documents: list[dict[str, Any]]
    units: list[dict[str, Any]]
    organizations: list[dict[str, Any]]


def read_registries(root: Path) -> Registries:
    """The registries under `root` (one file per record), or RunFailed when a record cannot be read."""
    data = {}
    tree = regular_files(root, CAMPAIGNS_DIR)[0]  # walked once for the three registries
    for name in REGISTRIES:
        records = []
        for path in registry_files(root, name, tree):
            display = path.relative_to(root).as_posix()
            try:
                loaded, problems = load_yaml_file(path, display)
            except LoadError as error:
                problems, loaded = [error.problem], None
            if problems or loaded is None or not isinstance(loaded.data, dict):
                first = str(problems[0]) if problems else f"{display}: không phải một bản ghi"
                raise RunFailed(f"{first}. Sửa tệp này (chạy make check) rồi nhập lại; chưa ghi gì.")
            records.append(loaded.data)
        data[name] = records
    return Registries(**data)


@dataclass
class Organization:
    """An issuer: one already in organizations.yml, or a new one to add."""

    id: str
    name: str
    new: bool
    source: Found[str] | None = None
    why: str | None = None  # what the clerk should check beyond the name as written


@dataclass
class Document:
    """A document of the import (the one read, or one it cites): known, or new."""

    ref: str  # how campaigns refer to it (id or number)
    new: bool
    issuer: Organization | None = None
    citation: Citation | None = None
    # What the registry says where the text says otherwise: (field, registry, text).
    differences: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Matched:
    """The import against the registries."""

    document: Document
    cited: list[Document]
    organizations: list[Organization]  # the new ones, to add
    recipients: list[tuple[Found[str], str | None]]  # each with its unit id, None when unknown
    copies_to: list[tuple[Found[str], str | None]]
    archived_at: list[tuple[Found[str], str | None]]
    units_named: list[Found[str]]  # ids of units named in the text, with the first line naming each


def _places_named(record: dict[str, Any]) -> set[str]:
    return {place for name in (record.get("name"), record.get("full_name")) if name for place in [named(name)] if place}


def _rest_place(written: str, words: int) -> str | None:
    """The place the words after a known name give: "… tỉnh Bà Rịa - Vũng Tàu", "… Phú Thọ", "… Tỉnh ủy Trà Vinh" (as
    "tỉnh Trà Vinh"); "" for capitals that are no province or city the importer knows; None when they name no place."""
    rest = " ".join(written.replace("(", " ").replace(")", " ").split()).split(" ")[words:]
    text = " ".join(rest)
    if re.match(r"(?:tỉnh|thành phố|TP)\b", text, re.IGNORECASE):
        return named(text) or ""
    capitalised = []
    for word in rest:
        if not word[:1].isupper():
            break
        capitalised.append(word.strip(",;:."))
    if not capitalised:
        return None
    return named(f"tỉnh {' '.join(capitalised)}") or named(f"thành phố {' '.join(capitalised)}") or ""


# A body of one province by its name: a Sở, a provincial board or Party committee ("… Tỉnh ủy", "… tình nguyện tỉnh").
_LOCAL = re.compile(r"^Sở\b|\b(?:tỉnh|Tỉnh (?:ủy|uỷ)|Thành (?:ủy|uỷ))\b", re.IGNORECASE)


class _Organizations:
    """Finding issuers by name, adding each unknown one once. A local body of the registry ("Sở Công Thương", this
    department) is known only where the text puts it in the body's own province: another province's "Sở Công
    Thương" is another body."""

    def __init__(self, records: list[dict[str, Any]]):
        self.records = records
        self.by_id = {record.get("id"): record for record in records}
        # The registry's own places ("tỉnh Hải Dương"): the home of a body whose names and parents name none.
        self.places = {place for record in records for place in _places_named(record)}
        self.ids = {record.get("id") for record in records}
        self.added: list[Organization] = []

    def home(self, record: dict[str, Any]) -> set[str]:
        """The places a registry body belongs to: named in its names, else in its parent's; for a local body named
        after none ("Sở Y tế", "Ban Tuyên giáo Tỉnh ủy"), the registry's. None for a body of the whole country."""
        first, seen = record, set()
        while record and record.get("id") not in seen:
            seen.add(record.get("id"))
            places = _places_named(record)
            if places:
                return places
            record = self.by_id.get(record.get("parent"))
        return self.places if _LOCAL.search(first.get("name", "")) else set()

    def _known(self, key: str, written: str = "") -> dict[str, Any] | None:
        prefix: tuple[str, dict[str, Any]] | None = None
        for record in self.records:
            for name in filter(None, (record.get("name"), record.get("full_name"))):
                known = name_key(name)
                if key == known:
                    return record
                # The parser may take words too many after a name ("Ban Tuyên giáo Tỉnh ủy, Sở … xây dựng"):
                # the longest known name that starts the text, at a word's end, is that organisation.
                if key.startswith(known) and key[len(known)] in " ,;:(" and (prefix is None or len(known) > len(prefix[0])):
                    prefix = (known, record)
        if prefix and key[len(prefix[0])] == " ":
            # "Ban Tuyên giáo Tỉnh ủy Trà Vinh", "Sở Công Thương tỉnh Bà Rịa - Vũng Tàu" after a known name: the same
            # body of another place, unless the place is the known body's own ("… Tỉnh ủy Hải Dương").
            place = _rest_place(written, len(prefix[0].split()))
            if place is not None and place not in (self.home(prefix[1]) or self.places):
                return None
        return prefix[1] if prefix else None

    def find(self, written: str, source: Found[str], province: Found[str] | None = None) -> Organization:
        """The body `written` names; `province`, where the document sits, tells whose a bare local name is."""
        reason = None
        placed = _placed(written, province)
        known = self._known(name_key(written)) if placed else None
        if known and province.value in self.home(known):
            placed = None  # "Ban Tuyên giáo Tỉnh ủy" in a Hải Dương letter: the registry's own, nothing to add
        if placed:  # "UBND tỉnh", "Tỉnh ủy" in a Quảng Nam decision: Quảng Nam's
            reason = f"văn bản chỉ ghi “{written}”; {_where(province)}"
            written = placed
        key = name_key(written)
        record = self._known(key, written)
        home = self.home(record) if record else set()
        if home and province and not named(written) and province.value not in home:
            # "Sở Công Thương" in a Quảng Ngãi decision is the Sở Công Thương tỉnh Quảng Ngãi, not this department.
            reason = (f"văn bản chỉ ghi “{written}”; {_where(province)}, vì “{record.get('full_name') or record['name']}” "
                      "trong danh mục là cơ quan của nơi khác")
            # ("Ban Tuyên giáo Tỉnh ủy" takes the place's name alone: "… Tỉnh ủy Hưng Yên".)
            written = f"{written} {level_and_name(province.value)[1] if re.search(r'(?:ủy|uỷ)$', written) else province.value}"
            key = name_key(written)
            record = self._known(key, written)
        if record:
            if reason is None and home and province is None and not named(written):
                reason = (f"văn bản không nêu “{written}” của tỉnh, thành phố nào: đã hiểu là "
                          f"“{record.get('full_name') or record['name']}” trong danh mục; nếu là cơ quan nơi khác, sửa")
            return Organization(record["id"], record["name"], False, why=reason)
        bare = bare_local_body(written) if province else None
        if bare and bare[1] in (None, level_and_name(province.value)[0]):
            # "Sở Giáo dục và Đào tạo" under "UBND TỈNH SƠN LA", or cited in a Sơn La letter ("… Sở Nội vụ tỉnh"): Sơn
            # La's, as a known one is.
            reason = f"văn bản chỉ ghi “{written}”; {_where(province)}"
            written = f"{bare[0]} {province.value}"
            key = name_key(written)
        for organization in self.added:
            if name_key(organization.name) == key:
                return organization
        identifier = _short_id(slugify(written)) or "co-quan"
        base, counter = identifier, 2
        while identifier in self.ids:
            identifier, counter = f"{base}-{counter}", counter + 1
        self.ids.add(identifier)
        organization = Organization(identifier, written, True, source, reason)
        self.added.append(organization)
        return organization


def _where(province: Found[str]) -> str:
    """Where the document's province was read, for the clerk: the line that names it, else the issuer's name (a header
    broken over lines, "ỦY BAN NHÂN DÂN⏎TỈNH QUẢNG NINH", names it on the next)."""
    if named(province.line.text) == province.value:
        return f"thêm “{province.value}” theo dòng {province.line.number}: “{province.line.excerpt(province.value, 60)}”"
    return f"thêm “{province.value}”, nơi của cơ quan ban hành văn bản này (từ dòng {province.line.number})"


# A committee, a council or a Party committee named by its level alone ("UBND tỉnh", "Tỉnh ủy"): the province's.
# (A Party committee's board too: "Ban Thường vụ Tỉnh ủy" on a Ninh Bình page is "Ban Thường vụ Tỉnh ủy Ninh Bình".)
_BARE_LOCAL = re.compile(r"^(?:(?P<organ>UBND|(?:Ủy|Uỷ) ban nhân dân|HĐND|Hội đồng nhân dân)\s+(?P<level>tỉnh|thành phố)"
                         r"|(?:(?:Ban|Văn phòng|Ủy ban|Uỷ ban)\s+[^,;()]{1,40}?\s+)?(?P<party>Tỉnh|Thành) (?:ủy|uỷ))$",
                         re.IGNORECASE)


def _placed(written: str, province: Found[str] | None) -> str | None:
    """ "UBND tỉnh" in a document of tỉnh Quảng Nam: "UBND tỉnh Quảng Nam"; "Tỉnh ủy": "Tỉnh ủy Quảng Nam"."""
    bare = _BARE_LOCAL.match(" ".join(written.split())) if province else None
    if bare is None:
        return None
    level, place = level_and_name(province.value)
    if bare.group("organ"):
        if bare.group("level").lower() != level:
            return None
        return f"{'HĐND' if bare.group('organ').upper().startswith(('HĐND', 'HỘI')) else 'UBND'} {province.value}"
    if (bare.group("party").lower() == "tỉnh") != (level == "tỉnh"):
        return None
    return f"{' '.join(written.split())} {place}"


ID_LENGTH = 90  # the schema's ids hold 100 characters; room is left for a "-2" that tells two bodies apart


def _short_id(slug: str) -> str:
    """A body's id from its name, cut at a whole word when the name is long ("ban-chi-dao-chuong-trinh-muc-tieu-…")."""
    return slug if len(slug) <= ID_LENGTH else slug[:ID_LENGTH].rsplit("-", 1)[0]


def _differences(record: dict[str, Any], citation: Citation) -> list[tuple[str, str, str]]:
    found = []
    if citation.date is not None and record.get("date") is not None and str(record["date"]) != citation.date.iso:
        found.append(("date", str(record["date"]), citation.date.iso))
    if citation.kind and not citation.kind_from_symbol and record.get("kind") and record["kind"] != citation.kind:
        found.append(("kind", record["kind"], citation.kind))
    return found


def _find_document(records: list[dict[str, Any]], number: str, kind: str | None, date: str | None,
                   subject: str | None = None) -> dict[str, Any] | None:
    key = number_key(number)
    for record in records:
        if record.get("id") and number_key(record["id"]) == key:
            return record
        if "number" not in record or number_key(record["number"]) != key:
            continue
        # A blank serial (…/SCT-VP) is shared by every unfiled letter of that office:
        # the same kind, date and subject are needed too.
        if key.startswith("/") and (record.get("kind") != kind or str(record.get("date")) != str(date)
                                    or name_key(record.get("subject", "")) != name_key(subject or "")):
            continue
        return record
    return None


def _units(records: list[dict[str, Any]], items: list[Found[str]]) -> list[tuple[Found[str], str | None]]:
    by_name = {name_key(record["name"]): record["id"] for record in records if "name" in record and "id" in record}
    by_id = {record["id"] for record in records if "id" in record}
    return [(item, by_name.get(name_key(item.value)) or (item.value if item.value in by_id else None)) for item in items]


def units_named(records: list[dict[str, Any]], lines: list) -> list[Found[str]]:
    """The units of the registry that the text names (names of two words or more, so "VP" in
    a symbol is not one), in the order the text first names them."""
    found: dict[str, Found[str]] = {}
    for line in lines:
        text = name_key(line.text)
        for record in records:
            name = name_key(record.get("name", ""))
            if record.get("id") not in found and " " in name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                found[record["id"]] = Found(record["id"], line)
    return sorted(found.values(), key=lambda item: item.line.number)


def own_document_id(parsed: Parsed) -> str | None:
    """An id for a document whose serial is blank (…/SCT-VP): its number cannot name it."""
    number = parsed.number.value if parsed.number else ""
    if number and number[0].isdigit():
        return None
    date = parsed.date.value.iso if parsed.date else ""
    kind = parsed.kind.value if parsed.kind else "van-ban"
    return slugify(f"{kind} {number} {date}") or "van-ban-nhap"


def _unused(identifier: str | None, registries: Registries) -> str | None:
    """`identifier`, or with -2, -3… when another document of the registry has it."""
    taken = {document_ref(record) for record in registries.documents if "id" in record or "number" in record}
    candidate, counter = identifier, 2
    while candidate and candidate in taken:
        candidate, counter = f"{identifier}-{counter}", counter + 1
    return candidate


def match(parsed: Parsed, registries: Registries, lines: list) -> Matched:
    """Look every document, issuer and unit of `parsed` up in `registries`."""
    organizations = _Organizations(registries.organizations)
    own_number = parsed.number.value if parsed.number else ""
    kind = parsed.kind.value if parsed.kind else None
    date = parsed.date.value.iso if parsed.date else None
    subject = parsed.subject.value if parsed.subject else None
    record = _find_document(registries.documents, own_number, kind, date, subject) if own_number else None
    issuer = organizations.find(parsed.issuer.value, parsed.issuer, parsed.province) if parsed.issuer else None
    if record:
        document = Document(document_ref(record), False, issuer)
    else:
        document = Document(_unused(own_document_id(parsed), registries) or own_number, True, issuer)
    cited, seen = [], set()
    for citation in parsed.citations:
        if number_key(citation.number) in seen:  # 855-CV/BTGTU and 855/CV-BTGTU in one text
            continue
        seen.add(number_key(citation.number))
        known = _find_document(registries.documents, citation.number, citation.kind,
                               citation.date.iso if citation.date else None)
        # A known document keeps the registry's issuer: no organisation is made from its sentence.
        if known:
            cited_issuer = next((Organization(record["id"], record.get("name", record["id"]), False)
                                 for record in registries.organizations if record.get("id") == known.get("issuer")), None)
        else:
            cited_issuer = (organizations.find(citation.issuer, Found(citation.issuer, citation.line), parsed.province)
                            if citation.issuer else None)
        cited.append(Document(document_ref(known) if known else citation.number, known is None, cited_issuer, citation,
                              _differences(known, citation) if known else []))
    return Matched(document, cited, organizations.added, _units(registries.units, parsed.recipients),
                   _units(registries.units, parsed.copies_to), _units(registries.units, parsed.archived_at),
                   units_named(registries.units, lines))
