"""The province or centrally-run city a document belongs to, so that a local body it names bare ("Sở Công Thương",
"Sở Tư pháp") is known as that place's, and never taken for the registry's body of the same name (this department's).

A Bắc Ninh letter under "UBND TỈNH BẮC NINH⏎SỞ CÔNG THƯƠNG", and a Quảng Ngãi decision citing "Tờ trình số … của Sở
Công Thương", are not the Sở Công Thương tỉnh Hải Dương's."""

from __future__ import annotations

import re

from ...model.folding import fold
from ..normalise import Line, is_upper
from ..tone_marks import new_placement
from .facts import Found, Parsed
from .places import CITIES, PROVINCES

_CITY_NAMES = tuple(dict.fromkeys(city.removeprefix("Thành phố ").removeprefix("TP. ") for city in CITIES))


def _spelt(name: str) -> str:
    """A place as a pattern: any dash spacing ("Bà Rịa-Vũng Tàu")."""
    return r"\s*[-–]\s*".join(r"\s+".join(map(re.escape, part.split())) for part in name.split(" - "))


_BY_KEY = {name.casefold(): name for name in (*PROVINCES, *_CITY_NAMES)}
# The longest first: "tỉnh Thừa Thiên Huế" is not the city of Huế.
_PLACE_NAMES = "|".join(_spelt(name) for name in sorted(_BY_KEY.values(), key=len, reverse=True))
_NAMED = re.compile(rf"\b(?:(?:tỉnh|thành)\s+(?:ủy|uỷ)|tỉnh|thành phố|TP\.?)\s*(?P<place>{_PLACE_NAMES})(?!\w)", re.IGNORECASE)
# Bodies of the whole country: a bare "Sở …" they cite is of no province the document tells.
_NATIONAL = re.compile(r"^(?:Bộ|Chính phủ|Thủ tướng|Quốc hội|(?:Ủy|Uỷ) ban Thường vụ Quốc hội|Văn phòng (?:Chính phủ|Trung "
                       r"ương|Quốc hội|Chủ tịch nước)|Tổng cục|Cục|Ban Bí thư|Bộ Chính trị|Ban Chấp hành Trung ương|"
                       r"Ban\b.*\bTrung ương|Ngân hàng Nhà nước|Kiểm toán Nhà nước|Tổng Liên đoàn|Trung ương)\b", re.IGNORECASE)


def _canonical(written: str) -> str:
    name = _BY_KEY[" ".join(re.sub(r"\s*[-–]\s*", " - ", written).split()).casefold()]
    return f"{'tỉnh' if name in PROVINCES else 'thành phố'} {name}"


def level_and_name(place: str) -> tuple[str, str]:
    """ "tỉnh Bắc Ninh" -> ("tỉnh", "Bắc Ninh"); "thành phố Hà Nội" -> ("thành phố", "Hà Nội")."""
    level = "tỉnh" if place.startswith("tỉnh ") else "thành phố"
    return level, place.removeprefix(level).strip()


def named(text: str) -> str | None:
    """The first province or city `text` names with its level, as "tỉnh Bắc Ninh" or "thành phố Hải Phòng"."""
    found = _NAMED.search(new_placement(text))
    return _canonical(found.group("place")) if found else None


# Where a page says the work is, or a portal's heading: not a body it names in passing ("Công văn số 3086/UBND-KT của
# Ủy ban nhân dân thành phố Hồ Chí Minh" on a Hải Phòng Sở's page).
_AREA = re.compile(r"\bđịa bàn\s+(?=(?:tỉnh|thành phố|TP)\b)|^\s*(?=(?:Tỉnh|Thành phố)\s)")


# A headline that opens on a province's name as its subject: "Thanh Hóa ban hành Kế hoạch …", "Lạng Sơn: Kiểm soát …"
# (after a stored copy's "date 2026-01-21").
_PLACE_OPENS = re.compile(r"^\s*(?:date\s+\S+\s+)?(?P<place>"
                          + "|".join(_spelt(name) for name in sorted(_BY_KEY.values(), key=len, reverse=True))
                          + r")(?=\s*:|\s+[a-zđà-ỹ])")
# A news site's heading of its headline by the place the news is from: "Điện Biên - tăng cường tiết kiệm điện …", "Hà
# Tĩnh: Công nhận thêm nghề …". The site's words, not the document's.
_PLACE_HEADING = re.compile(r"^\s*(?:" + "|".join(_spelt(name) for name in sorted(_BY_KEY.values(), key=len, reverse=True))
                            + r")\s*(?::|\s[-–])\s+(?=\S)")


def without_place_heading(headline: str) -> str:
    """A headline without the place a news site heads it with."""
    found = _PLACE_HEADING.match(new_placement(headline))  # (new_placement keeps every index: it swaps marks within two letters)
    return headline[found.end():] if found else headline


_HEADLINE_LINES = 3


def _areas(lines: list[Line]) -> set[str]:
    """The provinces "trên địa bàn …" names, to the clause's end ("… tỉnh Quảng Nam và tỉnh Gia Lai": two), and the one
    a line starts with ("Tỉnh Lạng Sơn" heading a portal)."""
    places = set()
    for line in lines:
        text = new_placement(line.text)
        for found in _AREA.finditer(text):
            rest = text[found.end():]
            if found.group().strip():
                places |= {_canonical(place.group("place")) for place in _NAMED.finditer(re.split(r"[.;:]", rest)[0])}
            elif heading := _NAMED.match(rest):
                places.add(_canonical(heading.group("place")))
        opening = _PLACE_OPENS.match(text) if line in lines[:_HEADLINE_LINES] else None
        if opening:
            places.add(_canonical(opening.group("place")))
    return places


# A body's name before a place in the same clause: the place is that body's ("của Ủy ban nhân dân thành phố Hồ Chí Minh"),
# which says nothing of where the page's own issuer sits. (Capitalised: "Đảng bộ tỉnh" is no body's name.)
_BODY_BEFORE = re.compile(r"\b(?:UBND|(?:Ủy|Uỷ) ban|HĐND|Hội đồng|Sở|Cục|Chi cục|Ban|Bộ|Công an|Tỉnh (?:ủy|uỷ)|Thành (?:ủy|uỷ)|"
                          r"Văn phòng|Trung tâm|Công ty|Đài|Báo)\b(?:[^,.;:()]|(?<=TP)\.)*$")


# Where something takes place, which need not be where its writer sits ("… tại Khu B-Công viên 23 tháng 9, quận 1,
# thành phố Hồ Chí Minh" on a Hải Phòng Sở's page).
# ("ở TP. Đà Nẵng và TP.Cần Thơ": the short form's full stop ends no clause.)
_VENUE_BEFORE = re.compile(r"\b(?:tại|ở|đến|tới|từ)\b(?:[^.;:()]|(?<=TP)\.){0,80}$")


def _free_mentions(lines: list[Line]) -> set[str]:
    """The provinces a page names for themselves ("… 25 năm tái lập tỉnh Hưng Yên"), not as part of a body's name nor as
    a venue."""
    places = set()
    for line in lines:
        text = new_placement(line.text)
        for found in _NAMED.finditer(text):
            start = found.start()
            if not (_BODY_BEFORE.search(text, max(0, start - 60), start)
                    or _VENUE_BEFORE.search(text, max(0, start - 80), start)):
                places.add(_canonical(found.group("place")))
    return places


def _named_with_its_place(issuer: str, lines: list[Line]) -> Found[str] | None:
    """The province a page names the bare issuer with elsewhere, its level left out or not: "Sở Công Thương ban hành …"
    under the headline "Sở Công Thương Lai Châu chỉ đạo …"."""
    written = r"\s+".join(map(re.escape, issuer.split()))
    pattern = re.compile(rf"\b{written}\s+(?:(?:tỉnh|thành phố|TP\.?)\s*)?(?P<place>{_PLACE_NAMES})(?!\w)", re.IGNORECASE)
    for line in lines:
        found = pattern.search(new_placement(line.text))
        if found:
            return Found(_canonical(found.group("place")), line)
    return None


# A province's portal or mail by its address: "sct@bentre.gov.vn", "socongthuong.binhduong.gov.vn", the Sở's own
# "congthuongbentre.gov.vn".
# (Found by its ending, then its last label read back a few letters: linear on a line of any length.)
_GOV_ENDING = re.compile(r"\.gov\.vn\b", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"(?<![\w-])[a-z-]{2,30}$", re.IGNORECASE)
_BY_LETTERS = {re.sub(r"[^a-z]", "", fold(name)): name for name in _BY_KEY.values()}
_OFFICE_PREFIX = re.compile(r"^(?:so)?(?:congthuong|sct)")


def _addresses(lines: list[Line]) -> set[str]:
    """The provinces the .gov.vn addresses on a page name: a portal's footer is often all that tells whose it is."""
    places = set()
    for line in lines:
        for ending in _GOV_ENDING.finditer(line.text):
            found = _LABEL_BEFORE.search(line.text, max(0, ending.start() - 31), ending.start())
            if not found:
                continue
            label = found.group().casefold().replace("-", "")
            name = _BY_LETTERS.get(label) or _BY_LETTERS.get(_OFFICE_PREFIX.sub("", label))
            if name:
                places.add(_canonical(name))
    return places


def of_document(parsed: Parsed, head: list[Line], lines: list[Line]) -> Found[str] | None:
    """Where the document's issuer sits: its own name ("UBND tỉnh Quảng Ngãi"), the header's cell above it ("UBND
    TỈNH BẮC NINH⏎SỞ CÔNG THƯƠNG"), its place line ("Bắc Ninh, ngày …") or, on a page that puts the work in one
    province only ("trên địa bàn tỉnh Quảng Nam", a portal's heading "Tỉnh Lạng Sơn") or names one only for itself
    ("tái lập tỉnh Hưng Yên", not "của Ủy ban nhân dân thành phố Hồ Chí Minh"), that province, or else the one its
    .gov.vn addresses name ("sct@bentre.gov.vn"). None for a body of the whole country, or when the text does not tell."""
    if parsed.issuer:
        own = named(parsed.issuer.value)
        if own:
            return Found(own, parsed.issuer.line)
        if _NATIONAL.match(parsed.issuer.value):
            return None
        placed = _named_with_its_place(parsed.issuer.value, lines)
        if placed:
            return placed
    if parsed.number and parsed.number.line in head:
        for line in head[:head.index(parsed.number.line)]:
            place = named(line.text) if is_upper(line.text) else None
            if place:
                return Found(place, line)
    if parsed.place:
        written = new_placement(" ".join(parsed.place.value.split())).removeprefix("Thành phố ").removeprefix("TP. ")
        if written.casefold() in _BY_KEY:
            return Found(_canonical(written), parsed.place.line)
    for read in (_areas, _free_mentions, _addresses):
        places = read(lines)
        if len(places) == 1:
            place = places.pop()
            return Found(place, next(line for line in lines if place in read([line])))
        if places:
            return None  # two provinces: the page does not tell which is the issuer's
    return None
