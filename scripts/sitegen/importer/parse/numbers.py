"""Số ký hiệu (document numbers) and kinds of documents.

A number is a serial, sometimes a year, then the symbol: 2416/BTTTT-CATTT,
855-CV/BTGTU (the Party's order), 27/2022/NĐ-CP, 90/QĐ-TTg. A document's own
number may be left blank for the clerk who files it: "Số: /SCT-VP",
"Số: …/SCT-VP".
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ...load.schema import DOCUMENT
from ..normalise import is_upper

# The kinds the registry takes (the schema's list), then others a text may cite.
SCHEMA_KINDS: tuple[str, ...] = tuple(DOCUMENT["properties"]["kind"]["enum"])
KINDS: tuple[str, ...] = SCHEMA_KINDS + tuple(kind for kind in ("Quy định", "Quy chế", "Tờ trình", "Văn bản hợp nhất")
                                               if kind not in SCHEMA_KINDS)
# Longest first, so that "Thông tư liên tịch" is not read as "Thông tư".
KIND_PATTERN = "|".join(sorted((re.escape(kind) for kind in KINDS), key=len, reverse=True))

# The abbreviation of the kind in a symbol (Nghị định 30/2020/NĐ-CP, appendix III;
# Hướng dẫn 36-HD/VPTW for the Party's). A symbol with none is a công văn's.
SYMBOL_KINDS = {"KH": "Kế hoạch", "HD": "Hướng dẫn", "QĐ": "Quyết định", "CT": "Chỉ thị", "NQ": "Nghị quyết",
                "NĐ": "Nghị định", "TT": "Thông tư", "TB": "Thông báo", "CV": "Công văn", "CĐ": "Công điện",
                "KL": "Kết luận", "QĐi": "Quy định", "CTr": "Chương trình", "BC": "Báo cáo", "TTr": "Tờ trình", "ĐA": "Đề án",
                # a joint circular or resolution (the registry has no such kind), and a consolidated text
                "TTLT": "Thông tư", "NQLT": "Nghị quyết", "VBHN": "Văn bản hợp nhất"}

# Ư belongs to a symbol that abbreviates "Trung ương" inside a longer code ("09/CT-BCĐTƯVSATTP",
# "1751/KH-BCĐTƯATTP"). A part that is "TƯ" alone is either OCR's reading of a Tỉnh ủy's "TU" ("445-KL/TƯ") or a
# copy's spelling of the central bodies' "TW" ("Nghị quyết số 60-NQ/TƯ" of the Central Committee): tidy_number reads
# it as the body named with it says, and as TU when none is named. A ministry's name may hold "&",
# a site putting a space before it ("31/2012/TTLT-BCT-BKH &ĐT") or after it, before a part in capitals
# ("15972/SXD-QLN& TTBĐS"; not "… & Đầu tư").
_SYMBOL_PART = r"[A-ZĐƯ][A-Za-zĐđƯ0-9]*(?: ?&[A-ZĐ][A-Za-zĐđ0-9]*|& [A-ZĐ][A-ZĐ0-9]+(?![\w&]))?"
# (A copy may put a space after a hyphen, or before it: "13/CT- TTg", "71/NQ -CP".)
# (A firm's symbol may end on figures: "Văn bản số 93/CT-05".)
SYMBOL = (rf"{_SYMBOL_PART}(?:(?:[/.]|-\s?|\s-(?=\S)){_SYMBOL_PART})*"  # (not " - ", which parts two clauses)
          r"(?:-\d{1,3}(?![\w/]))?")  # (not a year: "28-Apr-2023")
# After "Số:", a site may put a space inside the symbol ("1213/2010/HDLN /STC-SCT"), or an en dash for its hyphen
# ("2865/GDĐT –KT&KĐCL").
_SPACED_SYMBOL = rf"{_SYMBOL_PART}(?:\s?[-–/.]\s?{_SYMBOL_PART})*"
# A serial of two figures parted by a dot, with its year: the Government's resolutions under a special mechanism,
# "Nghị quyết số 66.13/2026/NQ-CP" (no symbol writes a thousands separator in its serial).
# A firm may number a letter by its day and month after "số": "văn bản số 24.6/GĐN", "số 02.06/GĐN-HT" (two figures at
# most on each side, so that no thousands separator is read as one; not a section, "mục 2.13/NQ-CP").
_DOTTED = r"(?:\.\d{1,3}(?=/\d{4}/)|(?:(?<=số \d)|(?<=số \d\d))\.\d{1,2}(?=\s?/\s?[A-ZĐ]))?"
# A cited number: its serial is always written.
# (Not a year and a word: "2021-Vietnam", "2024/Festival", "55/Huong" in a title or an address.)
# A firm's serial of two figures joined by a hyphen, after "số": "công văn số 25-2303/PBHC-KD", "số 01-10/2025/CV-TKV".
_HYPHENED = r"(?:(?<=số )\d{1,4}-(?=\d{1,4}\s?/))?"
NUMBER = rf"{_HYPHENED}\d{{1,6}}{_DOTTED}[a-z]?(?:\s?/\s?\d{{4}})?\s?[/-]\s?(?!(?-i:[A-ZĐƯ][a-zđ]{{3}})){SYMBOL}"
# (Not a national technical standard's year and ministry: "QCVN 05A:2020/BCT", "QCVN 01:2019/BCT".)
# (Nor a steering board named by its founding document: "Ban Chỉ đạo 127/TW", "BCĐ 389/TG".)
CITED_NUMBER = re.compile(rf"(?<![\w/.+-])(?<![0-9A-Z]:)(?<!Ban Chỉ đạo )(?<!Ban chỉ đạo )(?<!BAN CHỈ ĐẠO )(?<!BCĐ )"
                          rf"(?P<number>{NUMBER})(?![\w/-])")
# The document's own number, serial possibly blank.
# (A copy may have lost its slash for a space: "Số: 2593 TM-CSTNTN", a symbol of two parts or more.)
# (A font may lose the "ố": "S: 5157/QĐ-UBND".)
# (OCR may lose the capital of a letter's own "Số:" at its line's start: "số: 4222 /TCT -PC".)
OWN_NUMBER = re.compile(rf"(?:\bSố\s*[:.]?|\bS\s*:|^số\s*:)\s*(?P<number>(?:\d{{1,6}}{_DOTTED}[a-z]?|…|\.{{2,}}|_+)?\s*(?:/\s?\d{{4}})?"
                        rf"(?:\s?[/-]\s?|(?<=\d)\s(?=[A-ZĐƯ]{{2,}}-[A-ZĐƯ]))"
                        rf"{_SPACED_SYMBOL})(?!\w)")


# The Party's central bodies, and the posts that sign for them, whose symbols end in TW.
CENTRAL_PARTY = re.compile(r"\b(?:Trung ương|Bộ Chính trị|Ban Bí thư|Tổng Bí thư)\b", re.IGNORECASE)


def tidy_number(number: str, named_with: str | None = None) -> str:
    """A number as written, without the spaces that OCR and copying put around its marks; a lone "TƯ" as the
    body named with it (`named_with`: its issuer or its sentence) says, TW for a central one."""
    number = re.sub(r"\s*([/.&-])\s*", r"\1", number.strip().replace("–", "-"))
    number = re.sub(r"^(\d+)\s+(?=[A-ZĐƯ])", r"\1/", number)  # "2593 TM-CSTNTN": the slash the copy lost
    # "06/2019/TTBTTTT", "17/2017/NĐCP": a PDF's text lost the hyphen between the kind and the body
    number = re.sub(r"^(\d+/\d{4}/)(TTLT|TT|NĐ|QĐ|NQ|CT)(?=(?:B[A-ZĐ]{2,}|CP|VPCP|TTg|UBND|HĐND)$)", r"\1\2-", number)
    # ("30c/NQCP": a Government's resolution without its year; not a firm's "CTCP", a joint-stock company.)
    number = re.sub(r"^(\d+[a-z]?/)(NQ|QĐ)(?=(?:CP|TTg)$)", r"\1\2-", number)
    central = bool(named_with and CENTRAL_PARTY.search(named_with))
    return re.sub(r"(?<=[/-])TƯ(?![^/-])", "TW" if central else "TU", number)


def kind_from_symbol(number: str) -> str | None:
    """The kind a number's symbol names: 1192/KH-SVHTTDL is a Kế hoạch, 855-CV/BTGTU a Công văn,
    1009/STTTT-TTBCXB (no kind in it) a Công văn; None when the symbol cannot tell."""
    symbol = re.sub(r"^[^A-ZĐ]*", "", number)
    if not symbol:
        return None
    serial = re.match(r"^[\d…._]*(?:/\d{4})?([/-])", number)
    parts = re.split(r"[-/]", symbol)
    if serial and serial.group(1) == "-":  # the Party's order: 855-CV/BTGTU
        return SYMBOL_KINDS.get(parts[0])
    return SYMBOL_KINDS.get(parts[0], "Công văn" if len(parts) >= 2 else None)


def kind_named_by_symbol(number: str) -> str | None:
    """The kind a symbol spells out (KH, QĐ, CT…), and none for a công văn's symbol, which names no kind."""
    kind = kind_from_symbol(number)
    symbol = re.sub(r"^[^A-ZĐ]*", "", number)
    return kind if kind and symbol and re.split(r"[-/]", symbol)[0] in SYMBOL_KINDS else None


@functools.lru_cache(maxsize=8192)  # called for every citation against every registry number
def number_key(number: str) -> str:
    """What two spellings of one number share: 855-CV/BTGTU, 855/cv-btgtu and 855-CV-BTGTU agree,
    and so do 90/QĐ-TTg and 90/QD-TTG, and BCĐTƯ and BCĐTU; a blank serial (…/SCT-VP) becomes empty."""
    text = unicodedata.normalize("NFC", number).casefold().replace("đ", "d").replace("ư", "u")
    text = re.sub(r"\s+", "", text).replace("-", "/")
    return re.sub(r"^[….,_]+", "", text)


def _bare(text: str) -> str:
    """Letters only, without their marks: OCR's "K ÉT LUẬN" and "KẾT LUẬN" agree."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(character for character in decomposed if character.isalpha() and not unicodedata.combining(character))


_BARE_KINDS = {_bare(kind): kind for kind in KINDS}


def kind_of(text: str) -> str | None:
    """The kind a line names, as a title: exactly, or in capitals with OCR's stray spaces and marks."""
    folded = " ".join(text.split()).casefold()
    exact = next((kind for kind in KINDS if kind.casefold() == folded), None)
    if exact or not is_upper(text) or len(text.split()) > 4 or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", text.strip()):
        return exact
    return _BARE_KINDS.get(_bare(text))


KIND_START = re.compile(rf"^(?P<kind>{KIND_PATTERN})(?:\s+(?P<own>{NUMBER}))?(?:\s+(?P<title>\S.*))?$", re.IGNORECASE)
