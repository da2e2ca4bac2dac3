"""The document's own issuer, completed from what else the text says: a site's table naming the whole body, the one
province a page names for a bare "UBND tỉnh", a council's authority line, the province the letter sits in, and the
Party's central boards by their symbol's code."""

from __future__ import annotations

import re

from ..normalise import Line
from .facts import Found, Parsed
from .naming import ORGAN
from .places import CITIES, PROVINCES
from .reasons import FROM_SITE, PLACE_FROM_TEXT
from .site_facts import SiteFacts

# The Central Committee's boards and office by their symbol's code ("Số: 21-HD/VPTW" under "BAN CHẤP HÀNH TRUNG
# ƯƠNG⏎VĂN PHÒNG": the office writes it, not the Central Committee).
_CENTRAL_BOARDS = {"VPTW": "Văn phòng Trung ương Đảng", "BTGTW": "Ban Tuyên giáo Trung ương",
                   "BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương", "BTCTW": "Ban Tổ chức Trung ương",
                   "BDVTW": "Ban Dân vận Trung ương", "UBKTTW": "Ủy ban Kiểm tra Trung ương",
                   "BKTTW": "Ban Kinh tế Trung ương", "BNCTW": "Ban Nội chính Trung ương", "BĐNTW": "Ban Đối ngoại Trung ương"}


def party_board_by_its_symbol(parsed: Parsed) -> None:
    if not (parsed.issuer and parsed.number) or not re.fullmatch(r"(?:Ban Chấp hành Trung ương(?: Đảng)?|Văn phòng)",
                                                                 parsed.issuer.value, re.IGNORECASE):
        return
    board = _CENTRAL_BOARDS.get(re.split(r"[/-]", parsed.number.value)[-1].upper())
    if board:
        parsed.issuer = Found(board, parsed.issuer.line)


_BARE_BODY_OF_PLACE = re.compile(r"^(?P<organ>UBND|(?:Ủy|Uỷ) ban nhân dân|HĐND|Hội đồng nhân dân)"
                                 r"(?:\s+(?P<level>tỉnh|thành phố))?$", re.IGNORECASE)


def committee_of_its_province(parsed: Parsed) -> None:
    """A committee or council named without its place ("Ủy ban nhân dân" over "Thanh Hoá, ngày …") is the one of
    the province the letter sits in, marked."""
    bare = _BARE_BODY_OF_PLACE.match(parsed.issuer.value) if parsed.issuer and parsed.province else None
    if bare is None or (bare.group("level") and not parsed.province.value.startswith(bare.group("level").lower())):
        return
    organ = "HĐND" if bare.group("organ").upper().startswith(("HĐND", "HỘI")) else "UBND"
    parsed.issuer = Found(f"{organ} {parsed.province.value}", parsed.issuer.line)
    parsed.inferred["issuer"] = PLACE_FROM_TEXT


def completed_by_site(found: Found[str] | None, site: SiteFacts, parsed: Parsed) -> Found[str] | None:
    """The header's "BAN TUYÊN GIÁO" under "BAN CHẤP HÀNH TRUNG ƯƠNG" is the site's "Ban Tuyên giáo Trung ương": a
    body the site names in full, of which the header wrote only the start. With no issuer at all, the site's. (A bare
    "ỦY BAN NHÂN DÂN" the header completes from the table's place itself.)"""
    if site.issuer is None:
        return found
    written = " ".join(site.issuer.value.split())
    if not re.match(ORGAN, written):
        return found
    if found is None:
        parsed.inferred["issuer"] = FROM_SITE
        return Found(written, site.issuer.line)
    head = " ".join(found.value.split()).casefold()
    if written.casefold().startswith(head + " ") and len(written) > len(head):
        parsed.inferred["issuer"] = FROM_SITE
        return Found(written, found.line)
    return found


# ("… tin từ Văn phòng UBND tỉnh Thừa Thiên Huế, UBND tỉnh này vừa ban hành …": "this province's", as bare.)
_BARE_COMMITTEE = re.compile(r"^(?P<post>Chủ tịch\s+)?(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\s+(?P<level>tỉnh|thành phố)(?:\s+này)?$",
                             re.IGNORECASE)
# ("Tỉnh Lạng Sơn" heading a portal, "… trên địa bàn Vĩnh Phúc".)
_PLACE_NAMED = {"tỉnh": re.compile(rf"\b(?:[Tt]ỉnh|địa bàn)\s+(?P<place>{'|'.join(map(re.escape, PROVINCES))})\b"),
                "thành phố": re.compile(rf"\b(?:thành phố|TP\.?)\s*(?P<place>{'|'.join(map(re.escape, CITIES))})\b")}
_PLACE_BARE = {level: re.compile(rf"(?<![\w-])(?P<place>{'|'.join(map(re.escape, places))})(?![\w-])")
               for level, places in (("tỉnh", PROVINCES), ("thành phố", CITIES))}
_PLACED_BY_SENTENCE = {
    level: re.compile(rf"(?:^|[.;]\s+|\)\s*-?\s*)Tại\s+(?:{level}\s+)?(?P<place>{'|'.join(map(re.escape, places))})\s*,"
                      rf"[^.;]{{0,40}}?(?:UBND|[ỦU][yỷ] ban nhân dân)\s+(?i:{level})\b")
    for level, places in (("tỉnh", PROVINCES), ("thành phố", CITIES))}


def completed_by_text(found: Found[str] | None, lines: list[Line], parsed: Parsed) -> Found[str] | None:
    """A news page's "Phó Chủ tịch UBND tỉnh vừa ký quyết định …" on a page that names one province only ("… tỉnh Gia
    Lai …"): that province's committee, marked. Two provinces named, or none, leave "UBND tỉnh" as written."""
    bare = _BARE_COMMITTEE.match(found.value.strip()) if found else None
    if bare is None:
        return found
    level = bare.group("level").lower()
    placed = _PLACED_BY_SENTENCE[level].search(found.line.text)
    if placed:  # "Tại Hà Nội, ngày 27/6, UBND Thành phố ban hành …": the sentence itself places it, whatever else is named
        parsed.inferred["issuer"] = PLACE_FROM_TEXT
        return Found(f"{bare.group('post') or ''}UBND {level} {placed.group('place')}", found.line)
    places = {named.group("place") for line in lines for named in _PLACE_NAMED[level].finditer(line.text)}
    if not places:
        # Named only in passing, the one place of the page: "Công ty Điện lực Vĩnh Phúc", "ngành thương mại Quảng Nam".
        places = {named.group("place") for line in lines for named in _PLACE_BARE[level].finditer(line.text)}
    if len(places) != 1:
        return found
    parsed.inferred["issuer"] = PLACE_FROM_TEXT
    return Found(f"{bare.group('post') or ''}UBND {level} {places.pop()}", found.line)


_COUNCIL_LINE = re.compile(r"^HỘI ĐỒNG NHÂN DÂN\s+(?:TỈNH|THÀNH PHỐ)\s+\S.*$")


def council_by_its_authority(found: Found[str] | None, head: list[Line], parsed: Parsed) -> Found[str] | None:
    """A council's resolution ("Số: 27/2017/NQ-HĐND") under a header cell a site filled with "ỦY BAN NHÂN DÂN": the
    council that its authority line names ("HỘI ĐỒNG NHÂN DÂN TỈNH THÁI BÌNH") issued it."""
    if not (found and parsed.number and "HĐND" in parsed.number.value.upper()
            and re.match(r"(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\b", found.value, re.IGNORECASE)):
        return found
    council = next((line for line in head if _COUNCIL_LINE.match(" ".join(line.text.split()))), None)
    return Found(" ".join(council.text.split()), council) if council else found


# A circular's or decision's enacting sentence names its author, which serves when the header's capitals cannot be read
# (an OCR that lost their marks: "BO CONG THUONG"): "Bộ trưởng Bộ Công Thương ban hành Thông tư quy định …", "Thủ tướng
# Chính phủ ban hành Quyết định …". A minister enacts for his ministry.
_ENACTS = re.compile(r"^(?:Bộ trưởng\s+(?P<ministry>Bộ\s[^,.;:]{3,60}?)|(?P<head>Thủ tướng Chính phủ))\s+ban hành\s+"
                     r"(?P<kind>Thông tư|Quyết định|Chỉ thị)\b")
_ENACTING_REACH = 60  # lines: past the grounds a long copy lists


def enacted_by(lines: list[Line], parsed: Parsed) -> Found[str] | None:
    """The author the enacting sentence of the document's own kind names."""
    for line in lines[:_ENACTING_REACH]:
        found = _ENACTS.match(line.text)
        if found and (parsed.kind is None or parsed.kind.value == found.group("kind")):
            return Found(found.group("ministry") or found.group("head"), line)
    return None
