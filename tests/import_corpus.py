"""The corpus of real documents (tests/fixtures/import-corpus): loading it, the facts the
importer draws from each text, and their precision and recall against the facts read by
hand. Used by scripts/import_bench.py (BENCHMARKS.md) and tests/test_import_corpus.py.

Facts are compared as a clerk would check them: numbers regardless of case, Đ/D and hyphen
or slash; names regardless of case, spacing and "UBND"/"Ủy ban nhân dân"; subjects
regardless of case, spacing, quotes, a leading "V/v"/"Về việc" or a news site's place or body heading
("Hà Tĩnh: …", "Chính phủ: …"), and a final full stop.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from sitegen.importer.match import Registries, match, name_key, number_key
from sitegen.importer.normalise import logical_lines
from sitegen.importer.parse import parse
from sitegen.importer.parse.casing import spelled_out
from sitegen.importer.parse.chosen import choices, choose
from sitegen.importer.parse.naming import ORGAN
from sitegen.importer.parse.province import level_and_name, named, without_place_heading

CORPUS = Path(__file__).resolve().parent / "fixtures" / "import-corpus"
SETS = ("development", "held-out")
OWN_FACTS = ("kind", "number", "date", "issuer", "subject")
REFERENCE_FACTS = ("number", "date", "issuer")


@dataclass(frozen=True)
class Case:
    """One document of the corpus: its text and the facts read from it by hand."""

    set: str
    name: str
    text: str
    expected: dict[str, Any]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def cases(which: str) -> list[Case]:
    """The documents of one set, in file order; none when its folder is empty or missing (a held-out set
    not gathered yet)."""
    found = []
    for path in sorted((CORPUS / which).glob("*.yml")):
        expected = yaml.safe_load(path.read_text(encoding="utf-8"))
        expected = {key: _plain(value) for key, value in expected.items()}
        expected["cites"] = [{key: _plain(value) for key, value in cite.items()} for cite in expected["cites"]]
        found.append(Case(which, path.stem, path.with_suffix(".txt").read_text(encoding="utf-8"), expected))
    return found


def facts(text: str, registries: Registries, clerk_picks: str | None = None) -> dict[str, Any]:
    """What the import would write about `text`: its own facts and each reference's. `clerk_picks`: the number a clerk
    says the document has when the import asks (a copy without its header); chosen only if it is among those offered."""
    lines = logical_lines(text)
    parsed = parse(lines)
    if not parsed.is_document:  # refused: the import writes nothing, so it found nothing
        return {"kind": None, "number": None, "date": None, "issuer": None, "subject": None, "cites": [],
                "is_document": False}
    offered = {number_key(citation.number) for citation in choices(parsed)}
    if clerk_picks and number_key(clerk_picks) in offered:
        choose(parsed, lines, clerk_picks)
    matched = match(parsed, registries, lines)
    issuer = matched.document.issuer
    cites = [{"number": d.citation.number, "date": d.citation.date.iso if d.citation.date else None,
              "issuer": _names(d.issuer, registries)} for d in matched.cited]
    return {"kind": parsed.kind.value if parsed.kind else None, "number": _filled_number(parsed),
            "date": _filled_date(parsed), "issuer": _names(issuer, registries),
            "subject": parsed.subject.value if parsed.subject else None, "cites": cites,
            "is_document": parsed.is_document}


# A letter not yet numbered or dated ("Số:         /SCT-CN", "Lào Cai, ngày       tháng 6 năm 2026") keeps its symbol and
# month for the clerk to fill, as the registry records the seed dispatch ("…/SCT-VP", July 2023); what it leaves blank is
# scored as not given, as the expectations write it (README).
_BLANK_SERIAL = re.compile(r"^\D*[/-]")
_BLANK_DAY = re.compile(r"\bngày\s*(?:[.…_]+\s*)?tháng\b", re.IGNORECASE)


def _filled_number(parsed) -> str | None:
    return parsed.number.value if parsed.number and not _BLANK_SERIAL.match(parsed.number.value) else None


def _filled_date(parsed) -> str | None:
    if parsed.date is None or parsed.date.value.day is None and _BLANK_DAY.search(parsed.date.line.text):
        return None
    return parsed.date.value.iso


def _names(organization, registries: Registries) -> str | None:
    """An issuer's name; one known to the registry by its short name and its full name ("Bộ TTTT|Bộ Thông tin và …")."""
    if organization is None:
        return None
    record = next((record for record in registries.organizations if record.get("id") == organization.id), {})
    return "|".join(dict.fromkeys(filter(None, [organization.name, record.get("full_name") if not organization.new else None])))


# One body written two ways: the committees' short forms, the Party's Secretariat with or without "Trung ương Đảng"
# (the Youth Union's is "Ban Bí thư Trung ương Đoàn", which stays apart), a Sở's province with or without its level.
_ABBREVIATIONS = [(re.compile(r"\b(?:ủy|uỷ) ban nhân dân\b"), "ubnd"), (re.compile(r"\bhội đồng nhân dân\b"), "hđnd"),
                  (re.compile(r"^ban bí thư trung ương đảng$"), "ban bí thư"),
                  # a Sở named with its province, with or without the province's level ("Sở Công Thương (tỉnh) Lào Cai")
                  (re.compile(r"^(sở .+?) (?:tỉnh|thành phố) (?=\S)"), r"\1 "),
                  # the anti-smuggling boards by their founding decision's number (389/QĐ-TTg), as papers and readers call them
                  (re.compile(r"^ban chỉ đạo (quốc gia )?chống buôn lậu,? gian lận thương mại và hàng giả\b"),
                   lambda board: "ban chỉ đạo 389" + (" quốc gia" if board.group(1) else ""))]


def same_name(expected: str, found: str) -> bool:
    def key(name: str) -> str:  # (a field abbreviated, "Bộ Nông nghiệp và PTNT", is the field spelled out)
        text = re.sub(r"[“”]", '"', name_key(spelled_out(name)).replace("uỷ", "ủy").replace("–", "-"))
        for pattern, short in _ABBREVIATIONS:
            text = pattern.sub(short, text)
        return text
    if key(expected) == key(found):
        return True
    # Another province's bare "Sở Công Thương" is written by the importer with the province the document gives, so
    # that it is not taken for this department: the bare name the expectations write is met by it (README).
    # So is a bare "UBND tỉnh" or "Tỉnh ủy" the document cites ("UBND tỉnh Quảng Nam", "Tỉnh ủy Quảng Trị").
    place = named(found)
    if place is None or named(expected) is not None:
        return False
    return any(found.endswith(f" {suffix}") and key(expected) == key(found.removesuffix(f" {suffix}"))
               for suffix in (place, level_and_name(place)[1]))


def subject_key(subject: str) -> str:
    # (A news site's place before its headline, "Hà Tĩnh: Công nhận …", is the site's: readers wrote it both ways; so is
    # the body it heads one with, "Chính phủ: Đẩy mạnh phân quyền …".)
    text = without_place_heading(unicodedata.normalize("NFC", subject))
    text = re.sub(rf"^(?:{ORGAN})\b[^:.;,“”\"]{{0,80}}:\s+(?=\S)", "", text, flags=re.IGNORECASE)
    text = text.casefold().replace("\u2044", "/")
    text = re.sub(r"[“”\"‘’']", " ", text)
    text = re.sub(r"\s*[-–]\s*", " - ", text)
    text = " ".join(text.split()).rstrip(" .")
    # (and the request verb a letter's gist opens with: "đề nghị tăng cường …" is read as "tăng cường …" by some readers)
    return re.sub(r"^(?:(?:v/v|về việc|về)\s*[:.]?|(?:đề nghị|yêu cầu)(?=\s+(?!các\b|những\b|quý\b)))\s*", "", text)


def same(fact: str, expected: Any, found: Any) -> bool:
    if fact == "number":
        return number_key(expected) == number_key(found)
    if fact == "issuer":  # a registry's short name or its full name
        return any(same_name(expected, name) for name in found.split("|"))
    if fact == "subject":
        accepted = expected if isinstance(expected, list) else [expected]
        return any(subject_key(one) == subject_key(found) for one in accepted)
    if fact == "kind":
        return name_key(expected) == name_key(found)
    return expected == found


@dataclass
class Tally:
    """How many facts were expected, found, and found right; and what was found wrong."""

    expected: int = 0
    found: int = 0
    right: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    def add(self, expected: Any, found: Any, right: bool, where: str) -> None:
        self.expected += expected is not None
        self.found += found is not None
        self.right += right
        if found is not None and not right:
            self.wrong.append(f"{where}: {found!r} (expected {expected!r})")
        elif expected is not None and found is None:
            self.missed.append(f"{where} ({expected!r})")


def score(case: Case, found: dict[str, Any], tallies: dict[str, Tally]) -> None:
    """Add one document's facts to `tallies` (keys: "kind"… and "reference number"…)."""
    expected = case.expected
    for fact in OWN_FACTS:
        want, got = expected.get(fact), found[fact]
        right = want is not None and got is not None and same(fact, want, got)
        tallies.setdefault(fact, Tally()).add(want, got, right, case.name)
    wanted = {number_key(cite["number"]): cite for cite in expected["cites"]}
    got_by_key = {}
    for cite in found["cites"]:
        got_by_key.setdefault(number_key(cite["number"]), cite)
    for fact in REFERENCE_FACTS:
        tally = tallies.setdefault(f"reference {fact}", Tally())
        for key in [*wanted, *(key for key in got_by_key if key not in wanted)]:  # the document's order, every run
            want, got = wanted.get(key, {}).get(fact), got_by_key.get(key, {}).get(fact)
            right = want is not None and got is not None and same(fact, want, got)
            tally.add(want, got, right, f"{case.name} {key}")


def measure(found_by_case: list[tuple[Case, dict[str, Any]]]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for case, found in found_by_case:
        score(case, found, tallies)
    return tallies


# Renderings made at run time: the text as a Word file, as a PDF with a text layer, as a scan of that PDF.

# Characters an XML document cannot hold (the C0 controls but tab, line feed and carriage return).
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def write_docx(text: str, path: Path) -> Path:
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        # A PDF's text layer marks its pages with a form feed, which Word keeps as a page break and XML cannot hold.
        for at, page in enumerate(line.split("\f")):
            if at:
                document.add_page_break()
            document.add_paragraph(_NOT_IN_XML.sub("", page))
    document.save(str(path))
    return path


def write_pdf(text: str, path: Path) -> Path:
    from fpdf import FPDF
    from official_letter import FONT_DIR

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.add_page()
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.set_font("Serif", "", 11)
    for line in text.split("\n"):
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path
