"""The header of an official document laid out by Nghị định 30/2020/NĐ-CP: the issuer and "Số: …" top left, the
mottos and "Địa danh, ngày … tháng … năm …" top right. The kind and title under it are read by kind_title, the
parts after them ("Kính gửi", sections, "Nơi nhận", the signer) by letter_parts."""

from __future__ import annotations

import re

from ..normalise import PAGE_STAMP, UPPER, Line, is_upper
from ..tone_marks import without_marks
from .dates import NUMERIC_DATE
from .facts import Found
from .numbers import KIND_START, OWN_NUMBER, kind_of, tidy_number
from .places import CITIES as _CITIES, PROVINCES as _PROVINCES
from .site_facts import site_facts

# Lines of the national and Party mottos, which share the header with the issuer
# (a PDF's text layer often puts both columns on one line).
# A PDF whose font lost a letter writes "CỘNG HỊA" ("ò" gone, its mark left on another vowel): the words around it
# are whole, so any one or two letters stand for "OÀ" there.
# (OCR misreads its marks: "CỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NAM".)
MOTTOS = re.compile(r"C[^\W\d_]NG H(?:[^\W\d_]A|O[^\W\d_]) X[^\W\d_] H[^\W\d_]I CH[^\W\d_] NGH[^\W\d_]A "
                    r"VI[^\W\d_]T NAM|Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*H[aạ]nh phúc|"
                    r"ĐẢNG CỘNG SẢN VIỆT NAM", re.IGNORECASE)
# OCR garbles the national motto where it runs on from the issuer's cell ("BỘ TÀI CHÍNH - CONG HOA XÃ HỘI CHỦ NGA VIET
# NAM", "BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI É", "CONG E 1ÔI CHỦ NGHĨA"): from a "CỘNG" that a motto's word or a scrap
# follows, and two of the motto's words, marks aside, in all ("CÔNG THƯƠNG", "CÔNG NGHIỆP VIỆT NAM" are names).
_GARBLED_MOTTO = re.compile(r"(?:^|\s+)(?:[-–]\s*)?C[OÔỘƠ]NG\s+(?=\S)")
_MOTTO_BARE_WORDS = {"hoa", "xa", "hoi", "chu", "nghia", "viet", "nam"}
# A site's copy breaks the motto over lines ("CỘNG HÒA XÃ HỘI⏎CHỦ NGHĨA VIỆT NAM"): any run of two
# words or more of a motto, alone on its line, is one of its pieces.
_MOTTO_WORDS = [motto.split() for motto in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM",
                                            "ĐỘC LẬP TỰ DO HẠNH PHÚC")]
# A word of a place name: letters, with a dot or a hyphen inside ("TP. Hồ Chí Minh", "Rang-Tháp"), no slash or digit.
_PLACE_WORD = r"[A-ZĐ][^\W\d_]*(?:[.-][^\W\d_]*)?"
# (vbpl.vn writes its own "Toàn quốc" for the place of a central body's document: the date is the document's, the
# place the site's. A district of a city may be numbered: "Quận 2, ngày …".)
_SITE_SCOPE = "Toàn quốc"
# (OCR may read the comma as a full stop: "Hà Nội. ngày 09 tháng 11 năm 2023".)
PLACE_DATE = re.compile(rf"(?P<place>{_SITE_SCOPE}|(?:Quận|Phường)\s+\d{{1,2}}|(?:{_PLACE_WORD}\s){{0,3}}{_PLACE_WORD})"
                        rf"\s*(?:,|\.(?=\s*ngày\s))\s*"
                        rf"(?P<date>ngày\s*\d{{0,2}}\s*tháng\s*\d{{0,2}}\s*năm\s*\d{{4}}|(?:ngày\s+)?{NUMERIC_DATE})")
# A date alone on its line under the kind and number ("THÔNG TƯ 15/2017/TT-BCT⏎ngày⏎31 tháng 8 năm 2017").
DATE_LINE = re.compile(rf"^(?P<date>ngày\s+(?:\d{{1,2}}\s*tháng\s*\d{{1,2}}\s*năm\s*\d{{4}}|{NUMERIC_DATE}))\s*[.,;]?$",
                       re.IGNORECASE)
# Header lines: the issuer, the number, the place and date, the kind, the title come first.
HEADER_LINES = 15
# Where an issuer's name starts, in the capitals of the header ("UBND TỈNH HẢI DƯƠNG⏎SỞ CÔNG THƯƠNG": the Sở).
BODY_START = re.compile(r"(?:ỦY|UỶ|UY) BAN NH[ÂA]N D[ÂA]N|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|LIÊN NGÀNH|TỈNH (?:ỦY|UỶ)|THÀNH (?:ỦY|UỶ)|"
                        r"HUYỆN (?:ỦY|UỶ)|QUẬN (?:ỦY|UỶ)|ĐẢNG (?:ỦY|UỶ)|ĐẢNG ĐOÀN|BAN CÁN SỰ|BCH|TIỂU BAN|BAN|BỘ|SỞ|T[ÔỔOỎÓÒ]NG C[ỤUÚ]C|"
                        r"CHI CỤC|CỤC|VĂN PHÒNG|THỦ TƯỚNG|CHÍNH PHỦ|QUỐC HỘI|TRUNG TÂM|PHÒNG|HỘI|ỦY BAN|"
                        r"BẢO HIỂM XÃ HỘI|NGÂN HÀNG NHÀ NƯỚC|"
                        r"KIỂM TOÁN NHÀ NƯỚC|THANH TRA CHÍNH PHỦ")


def _without_mottos(text: str) -> str:
    text = MOTTOS.sub(" ", text)
    for garbled in _GARBLED_MOTTO.finditer(text):
        words = [without_marks(word) for word in text[garbled.end():].split()[:6]]
        if (is_upper(garbled.group()) and (words[0] in _MOTTO_BARE_WORDS or len(words[0]) <= 2)
                and sum(word in _MOTTO_BARE_WORDS for word in words) >= 2):
            text = text[:garbled.start()]
            break
    return " ".join(text.split())


def is_motto(text: str) -> bool:
    """A motto, or a piece of one alone on its line."""
    words = text.upper().replace("HOÀ", "HÒA").replace("-", " ").replace("–", " ").split()
    if not _without_mottos(text):
        return True
    return len(words) >= 2 and any(words == motto[index:index + len(words)]
                                   for motto in _MOTTO_WORDS for index in range(len(motto)))


def own_number(lines: list[Line]) -> Found[str] | None:
    """The document's own "Số: …", blank serial and all. A header's cell ("Số: 12/2021/QĐ-TTg", at a line's start or
    with its colon) over a site's headline above it that names the number in passing ("Quyết định Số 12/2021/QĐ-TTg
    Quyết định Ban hành …"), whose line is not the header's."""
    found = [(line, match) for line in lines[:HEADER_LINES] for match in [OWN_NUMBER.search(line.text)] if match]
    cells = [(line, match) for line, match in found
             if not line.text[:match.start()].strip(" |") or ":" in match.group()[:match.start("number") - match.start()]]
    for line, match in cells[:1] or found[:1]:
        return Found(tidy_number(match.group("number")), line)
    return None


def place_and_date(lines: list[Line]) -> tuple[Found[str] | None, Found[str] | None]:
    """The place and the date as written ("Hải Dương", "ngày   tháng 7 năm 2023"), on a line of their own
    (or beside the number and the mottos, as a PDF puts them)."""
    for line in lines[:HEADER_LINES]:
        if PAGE_STAMP.match(line.text):  # "Thứ Bảy, 20/04/2024": the web page's clock, not a place and date
            continue
        text = _without_mottos(OWN_NUMBER.sub(" ", line.text)).strip(" |")
        found = PLACE_DATE.search(text)
        if found and len(text) - found.end() <= 2 and not text[:found.start()].strip(" -–").count(" ") > 4:
            place = _trim_place(found.group("place"))
            return (Found(place, line) if place != _SITE_SCOPE else None), Found(" ".join(found.group("date").split()), line)
    return None, None


def date_line(lines: list[Line], after: Line) -> Found[str] | None:
    """A date alone on the line or two under `after` (the kind and number of a copied law text)."""
    index = lines.index(after)
    for line in lines[index + 1:index + 3]:
        found = DATE_LINE.match(line.text)
        if found:
            return Found(" ".join(found.group("date").split()), line)
    return None


def _trim_place(place: str) -> str:
    """A place without the issuer's capitals that a PDF put on the same line ("SỞ CÔNG THƯƠNG Hải Dương")."""
    words = place.split()
    while len(words) > 1 and is_upper(words[0]) and not all(is_upper(word) for word in words):
        words.pop(0)
    return " ".join(words)


# A team a body sets up for a task, in the header's cell under that body ("SỞ CÔNG THƯƠNG LÀO CAI⏎ĐOÀN KIỂM TRA"): it
# writes for the body, which is the issuer the registry knows (a team lasts as long as its task).
_TEAM = re.compile(r"ĐOÀN (?:KIỂM TRA|THANH TRA|CÔNG TÁC|GIÁM SÁT|LIÊN NGÀNH)\b")


def issuer(lines: list[Line], stop: int, above: list[Line] = ()) -> Found[str] | None:
    """The issuer: the capitals above the number, without the mottos, from where the last body's
    name starts (under its superior body: "UBND TỈNH HẢI DƯƠNG⏎SỞ CÔNG THƯƠNG" is the Sở; "ỦY BAN NHÂN⏎
    DÂN⏎TỈNH TUYÊN QUANG" is one name broken over lines)."""
    block: list[tuple[str, Line]] = []
    for index, line in enumerate(lines[:stop]):
        if block and is_upper(line.text) and KIND_START.match(line.text) and not kind_of(line.text):
            break  # "QUY CHẾ LÀM⏎VIỆC": the kind and its title, with no "Số:" line to end the issuer's cell above
        text = _without_mottos(OWN_NUMBER.sub(" ", line.text))
        text = PLACE_DATE.sub(" ", text).strip(" _|").lstrip("-– ")  # a trailing dash joins two bodies
        if block and _TEAM.match(text):
            break  # the team and what set it up ("THEO QUYẾT ĐỊNH⏎SỐ 1050/QĐ-SCT") write for the body above
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        # ("NGÂN HÀNG NHÀ⏎NƯỚC⏎VIỆT NAM": the name's last words, not a piece of the motto, right under the name.)
        names_end = text == "VIỆT NAM" and bool(block) and block[-1][1] is lines[index - 1]
        # ("SỞ CÔNG THƯƠNG LÀO CAI⏎ĐOÀN KIỂM TRA THEO QĐ SỐ 2872/QĐ-SCT": a team named by the decision that set it up
        # writes for the body above it, and is no part of its name.)
        if (text and is_upper(text) and (names_end or not is_motto(text)) and not is_motto(f"{text} {following}")
                and not kind_of(text) and not text.startswith("SỐ") and not re.search(r"\bSỐ\s*:?\s*\d", text)):
            block.append((text, line))
    if not block:
        return None
    joined, bounds = "", {}
    for text, line in block:
        bounds[len(joined)] = line
        joined += text + " "
    # ("THỦ TƯỚNG⏎CHÍNH PHỦ" is one name over two lines, not the Government under the Prime Minister; so is "VĂN PHÒNG⏎CHÍNH
    # PHỦ", an office named by whose it is.)
    starts = [found for found in BODY_START.finditer(joined)
              if (found.start() in bounds or (found.group() == "SỞ" and not joined[:found.start()].endswith("CƠ ")))
              and not (found.group() == "CHÍNH PHỦ" and joined[:found.start()].rstrip().endswith("THỦ TƯỚNG"))
              and not joined[:found.start()].rstrip().endswith("VĂN PHÒNG")]
    if not starts:
        return None
    joint = next((found for found in starts if found.group() == "LIÊN NGÀNH"), None)
    chosen = joint or starts[-1]
    # "SỞ TÀI CHÍNH -⏎SỞ CÔNG THƯƠNG": a body after a dash is the second of a joint letter.
    while chosen is not joint and joined[:chosen.start()].rstrip().endswith(("-", "–")):
        earlier = [found for found in starts if found.start() < chosen.start()]
        if not earlier:
            break
        chosen = earlier[-1]
    line = max((position, line) for position, line in bounds.items() if position <= chosen.start())[1]
    name = _UNMARKED_ORGAN.sub("ỦY BAN NHÂN DÂN", joined[chosen.start():].strip(" -–"))
    name = re.sub(r"^BCH\b", "BAN CHẤP HÀNH", name)  # "BCH ĐOÀN TỈNH PHÚ YÊN"
    if (name.startswith("BAN ") and "TRUNG ƯƠNG" not in name
            and re.search(r"BAN CHẤP HÀNH TRUNG ƯƠNG\s*(?:ĐẢNG\s*)?$", joined[:chosen.start()])):
        name += " TRUNG ƯƠNG"  # "BAN CHẤP HÀNH TRUNG ƯƠNG⏎BAN TUYÊN GIÁO": the Central Committee's board
    # "TỈNH ỦY HÀ TĨNH⏎BAN TUYÊN GIÁO": the board of the Party committee above it, named with it.
    committee = re.search(r"(?:^|\s)((?:TỈNH|THÀNH|HUYỆN|QUẬN) (?:ỦY|UỶ)(?: [^|]+?)?)\s*$", joined[:chosen.start()])
    if name.startswith("BAN ") and not re.search(r"\b(?:ỦY|UỶ)\b", name) and committee:
        name += f" {committee.group(1).replace('UỶ', 'ỦY')}"
    union = re.search(r"(?:^|\s)((?:HỘI|TỔNG LIÊN ĐOÀN|CÔNG ĐOÀN|ĐOÀN)\s[^|]+?)\s*$", joined[:chosen.start()])
    if name == "BAN CHẤP HÀNH TRUNG ƯƠNG" and union:
        name += f" {union.group(1)}"  # "HỘI NÔNG DÂN VIỆT NAM⏎BAN CHẤP HÀNH TRUNG ƯƠNG": the union's central committee
    return (_completed(name, lines[stop:stop + 8]) or _completed_by_site(name, line, [*above, *lines[:stop]])
            or _completed_by_place(name, line, lines[:stop + 2]) or Found(name, line))


# "UY BAN NHAN DAN": OCR lost the marks of the header's bold capitals; the organ's name is known, so put back.
_UNMARKED_ORGAN = re.compile(r"^UY BAN NH[ÂA]N D[ÂA]N\b|^(?:ỦY|UỶ) BAN NHAN DAN\b")
_BARE_ORGAN = re.compile(r"^(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)$")
# The place a law site's table of facts gives as the issuer ("| Cơ quan ban hành | Tỉnh Cao Bằng |", "Nơi ban hành: Tỉnh
# Lâm Đồng Người ký: …"), read by site_facts.
_SITE_PLACE = re.compile(r"(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã)(?:\s+[" + UPPER + r"][^\W\d_]*(?:-[^\W\d_]+)?){1,4}")


def _completed(name: str, below: list[Line]) -> Found[str] | None:
    """ "ỦY BAN NHÂN DÂN" with no place, completed by the authority's line under the title
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG")."""
    if not _BARE_ORGAN.match(name) and not re.search(r"\s(?:VÀ|-|,)$", name):  # "BỘ KHOA HỌC VÀ": a cell cut short
        return None
    # (Not "ỦY BAN NHÂN DÂN TỈNH", which names no place either.)
    return next((Found(line.text, line) for line in below
                 if is_upper(line.text) and line.text.startswith(name + " ") and len(line.text) > len(name) + 4
                 and not re.fullmatch(r"(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)", line.text[len(name):].strip())), None)


def _completed_by_site(name: str, line: Line, above: list[Line]) -> Found[str] | None:
    """ "ỦY BAN NHÂN DÂN" with no place and no authority's line, completed by the place a law site's table of facts
    gives as the issuer ("Cơ quan ban hành: Tỉnh Cao Bằng" -> "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG")."""
    if not _BARE_ORGAN.match(name):
        return None
    table = site_facts(above).issuer
    place = " ".join(table.value.split()) if table else ""
    return Found(f"{name} {place.upper()}", line) if _SITE_PLACE.fullmatch(place) else None




def _completed_by_place(name: str, line: Line, header: list[Line]) -> Found[str] | None:
    """ "ỦY BAN NHÂN DÂN" with no place, completed by the letter's place line when it names a province or a city
    ("Ninh Bình, ngày 15 tháng 12 năm 2022" -> "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH")."""
    if not _BARE_ORGAN.match(name):
        return None
    place, _ = place_and_date(header)
    if place is None:
        return None
    written = " ".join(place.value.replace("–", "-").split())
    level = "THÀNH PHỐ" if written in _CITIES else "TỈNH" if written in _PROVINCES else None
    if level is None:
        return None
    return Found(f"ỦY BAN NHÂN DÂN {level} {written.removeprefix('Thành phố ').removeprefix('TP. ').upper()}", line)


# A consolidated text's authentication at its end: "BỘ CÔNG THƯƠNG⏎Số: 38/VBHN-BCT⏎XÁC THỰC VĂN BẢN HỢP NHẤT⏎Hà Nội, ngày 26
# tháng 5 năm 2026⏎KT. BỘ TRƯỞNG …" (Pháp lệnh hợp nhất văn bản quy phạm pháp luật): its number, place, date and body.
_AUTHENTICATION = re.compile(r"^XÁC THỰC VĂN BẢN HỢP NHẤT\b")
_AUTHENTICATION_REACH = 3  # lines around the authentication's own line its cells stand in


def authentication(lines: list[Line]) -> tuple[Found[str], Found[str] | None, Found[str] | None, Found[str] | None] | None:
    """(number, place, date, issuer) of a consolidated text's closing authentication, if the text has one."""
    at = next((index for index, line in enumerate(lines) if _AUTHENTICATION.match(line.text.strip())), None)
    if at is None:
        return None
    around = lines[max(0, at - _AUTHENTICATION_REACH):at + _AUTHENTICATION_REACH + 1]
    number = own_number(around)
    if number is None or "/VBHN-" not in number.value.upper():
        return None
    place, date = place_and_date(around[around.index(number.line):])
    return number, place, date, issuer(around, around.index(number.line) + 1)

