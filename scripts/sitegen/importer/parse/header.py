"""The parts of an official document laid out by Nghị định 30/2020/NĐ-CP:
issuer and "Số: …" top left, "Địa danh, ngày … tháng … năm …" top right,
the kind and the subject, "Kính gửi", the numbered sections, "Nơi nhận" and
the signer."""

from __future__ import annotations

import re
import unicodedata

from ..normalise import NAME, PAGE_STAMP, UPPER, Line, is_upper
from .casing import KNOWN_BODIES
from .dates import NUMERIC_DATE
from .facts import Found, Signer
from .naming import SITE_ISSUED_BY
from .numbers import KIND_PATTERN, KINDS, NUMBER, OWN_NUMBER, tidy_number
from .places import CITIES as _CITIES, PROVINCES as _PROVINCES
from .site_facts import site_facts

# Lines of the national and Party mottos, which share the header with the issuer
# (a PDF's text layer often puts both columns on one line).
# A PDF whose font lost a letter writes "CỘNG HỊA" ("ò" gone, its mark left on another vowel): the words around it
# are whole, so any one or two letters stand for "OÀ" there.
# (OCR misreads its marks: "CỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NAM".)
_MOTTOS = re.compile(r"C[^\W\d_]NG H(?:[^\W\d_]A|O[^\W\d_]) X[^\W\d_] H[^\W\d_]I CH[^\W\d_] NGH[^\W\d_]A "
                     r"VI[^\W\d_]T NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|"
                     r"ĐẢNG CỘNG SẢN VIỆT NAM", re.IGNORECASE)
# A site's copy breaks the motto over lines ("CỘNG HÒA XÃ HỘI⏎CHỦ NGHĨA VIỆT NAM"): any run of two
# words or more of a motto, alone on its line, is one of its pieces.
_MOTTO_WORDS = [motto.split() for motto in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM",
                                            "ĐỘC LẬP TỰ DO HẠNH PHÚC")]
# A word of a place name: letters, with a dot or a hyphen inside ("TP. Hồ Chí Minh", "Rang-Tháp"), no slash or digit.
_PLACE_WORD = r"[A-ZĐ][^\W\d_]*(?:[.-][^\W\d_]*)?"
# (vbpl.vn writes its own "Toàn quốc" for the place of a central body's document: the date is the document's, the
# place the site's. A district of a city may be numbered: "Quận 2, ngày …".)
_SITE_SCOPE = "Toàn quốc"
_PLACE_DATE = re.compile(rf"(?P<place>{_SITE_SCOPE}|(?:Quận|Phường)\s+\d{{1,2}}|(?:{_PLACE_WORD}\s){{0,3}}{_PLACE_WORD})\s*,\s*"
                         rf"(?P<date>ngày\s*\d{{0,2}}\s*tháng\s*\d{{0,2}}\s*năm\s*\d{{4}}|(?:ngày\s+)?{NUMERIC_DATE})")
# A date alone on its line under the kind and number ("THÔNG TƯ 15/2017/TT-BCT⏎ngày⏎31 tháng 8 năm 2017").
_DATE_LINE = re.compile(rf"^(?P<date>ngày\s+(?:\d{{1,2}}\s*tháng\s*\d{{1,2}}\s*năm\s*\d{{4}}|{NUMERIC_DATE}))\s*[.,;]?$",
                        re.IGNORECASE)
# ("Về việc trên, UBND thành phố giao …" is a sentence about what was said above, not a trích yếu.)
# (A Sở may write "Về: tham gia ý kiến …" for its V/v line; "Về" without the colon opens a body's sentence.)
_SUBJECT_LINE = re.compile(r"^(?:(?:V/v|V/V|Về việc)(?!\s+(?:trên|này|đó|nêu trên)\b)\s*[:.]?|Về\s*:)\s*(?P<subject>.+)$")
_LIST_ITEM = re.compile(r"^[-+•*–]\s*(?P<item>.+)$")
_ARCHIVE = re.compile(r"^Lưu\s*:?\s*(?P<places>.+)$", re.IGNORECASE)
_SECTION = {"roman": re.compile(r"^(?P<mark>[IVXLC]+)\.\s+(?P<title>.+)$"),
            "arabic": re.compile(r"^(?P<mark>\d{1,2})\.\s+(?P<title>.+)$")}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}
# Header lines: the issuer, the number, the place and date, the kind, the title come first.
HEADER_LINES = 15
# Where an issuer's name starts, in the capitals of the header ("UBND TỈNH HẢI DƯƠNG⏎SỞ CÔNG THƯƠNG": the Sở).
_BODY_START = re.compile(r"(?:ỦY|UỶ|UY) BAN NH[ÂA]N D[ÂA]N|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|LIÊN NGÀNH|TỈNH (?:ỦY|UỶ)|THÀNH (?:ỦY|UỶ)|"
                         r"HUYỆN (?:ỦY|UỶ)|QUẬN (?:ỦY|UỶ)|ĐẢNG (?:ỦY|UỶ)|ĐẢNG ĐOÀN|BAN CÁN SỰ|BCH|TIỂU BAN|BAN|BỘ|SỞ|TỔNG CỤC|"
                         r"CHI CỤC|CỤC|VĂN PHÒNG|THỦ TƯỚNG|CHÍNH PHỦ|QUỐC HỘI|TRUNG TÂM|PHÒNG|HỘI|ỦY BAN|"
                         r"BẢO HIỂM XÃ HỘI|NGÂN HÀNG NHÀ NƯỚC|"
                         r"KIỂM TOÁN NHÀ NƯỚC|THANH TRA CHÍNH PHỦ")
# The line under a title that says who decides: the signer's authority, never part of the title
# ("BỘ TRƯỞNG BỘ CÔNG THƯƠNG", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …").
_AUTHORITY = re.compile(r"^(?:(?:KT|TM|TL|TUQ|Q)\.\s*)?(?:PHÓ\s+)?(?:BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|CHỦ TỊCH|GIÁM ĐỐC|"
                        r"TRƯỞNG BAN|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|CHÁNH VĂN PHÒNG|CHỦ NHIỆM|(?:ỦY|UỶ) BAN NHÂN DÂN|UBND|"
                        r"HỘI ĐỒNG NHÂN DÂN|BAN THƯỜNG VỤ|BỘ CHÍNH TRỊ|BAN BÍ THƯ|CHÍNH PHỦ$)\b")
_KIND_LINE_PARTS = 3  # "THÔNG⏎TƯ": a kind broken over lines


def _without_mottos(text: str) -> str:
    return " ".join(_MOTTOS.sub(" ", text).split())


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
        found = _PLACE_DATE.search(text)
        if found and len(text) - found.end() <= 2 and not text[:found.start()].strip(" -–").count(" ") > 4:
            place = _trim_place(found.group("place"))
            return (Found(place, line) if place != _SITE_SCOPE else None), Found(" ".join(found.group("date").split()), line)
    return None, None


def date_line(lines: list[Line], after: Line) -> Found[str] | None:
    """A date alone on the line or two under `after` (the kind and number of a copied law text)."""
    index = lines.index(after)
    for line in lines[index + 1:index + 3]:
        found = _DATE_LINE.match(line.text)
        if found:
            return Found(" ".join(found.group("date").split()), line)
    return None


def _trim_place(place: str) -> str:
    """A place without the issuer's capitals that a PDF put on the same line ("SỞ CÔNG THƯƠNG Hải Dương")."""
    words = place.split()
    while len(words) > 1 and is_upper(words[0]) and not all(is_upper(word) for word in words):
        words.pop(0)
    return " ".join(words)


def issuer(lines: list[Line], stop: int, above: list[Line] = ()) -> Found[str] | None:
    """The issuer: the capitals above the number, without the mottos, from where the last body's
    name starts (under its superior body: "UBND TỈNH HẢI DƯƠNG⏎SỞ CÔNG THƯƠNG" is the Sở; "ỦY BAN NHÂN⏎
    DÂN⏎TỈNH TUYÊN QUANG" is one name broken over lines)."""
    block: list[tuple[str, Line]] = []
    for index, line in enumerate(lines[:stop]):
        if block and is_upper(line.text) and _KIND_START.match(line.text) and not _kind_of(line.text):
            break  # "QUY CHẾ LÀM⏎VIỆC": the kind and its title, with no "Số:" line to end the issuer's cell above
        text = _without_mottos(OWN_NUMBER.sub(" ", line.text))
        text = _PLACE_DATE.sub(" ", text).strip(" _|").lstrip("-– ")  # a trailing dash joins two bodies
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        # ("NGÂN HÀNG NHÀ⏎NƯỚC⏎VIỆT NAM": the name's last words, not a piece of the motto, right under the name.)
        names_end = text == "VIỆT NAM" and bool(block) and block[-1][1] is lines[index - 1]
        if (text and is_upper(text) and (names_end or not is_motto(text)) and not is_motto(f"{text} {following}")
                and not _kind_of(text) and not text.startswith("SỐ")):
            block.append((text, line))
    if not block:
        return None
    joined, bounds = "", {}
    for text, line in block:
        bounds[len(joined)] = line
        joined += text + " "
    # ("THỦ TƯỚNG⏎CHÍNH PHỦ" is one name over two lines, not the Government under the Prime Minister.)
    starts = [found for found in _BODY_START.finditer(joined)
              if (found.start() in bounds or (found.group() == "SỞ" and not joined[:found.start()].endswith("CƠ ")))
              and not (found.group() == "CHÍNH PHỦ" and joined[:found.start()].rstrip().endswith("THỦ TƯỚNG"))]
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


def is_subject_line(text: str) -> bool:
    """A "V/v …" or "Về việc …" line standing alone, as a công văn writes its trích yếu."""
    return bool(_SUBJECT_LINE.match(text))


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


def _bare(text: str) -> str:
    """Letters only, without their marks: OCR's "K ÉT LUẬN" and "KẾT LUẬN" agree."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(character for character in decomposed if character.isalpha() and not unicodedata.combining(character))


_BARE_KINDS = {_bare(kind): kind for kind in KINDS}


def _kind_of(text: str) -> str | None:
    """The kind a line names, as a title: exactly, or in capitals with OCR's stray spaces and marks."""
    folded = " ".join(text.split()).casefold()
    exact = next((kind for kind in KINDS if kind.casefold() == folded), None)
    if exact or not is_upper(text) or len(text.split()) > 4 or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", text.strip()):
        return exact
    return _BARE_KINDS.get(_bare(text))


_KIND_START = re.compile(rf"^(?P<kind>{KIND_PATTERN})(?:\s+(?P<own>{NUMBER}))?(?:\s+(?P<title>\S.*))?$", re.IGNORECASE)


def kind_and_title(lines: list[Line], number: Found[str] | None = None) -> tuple[Found[str] | None, Found[str] | None]:
    """The kind written as a title ("KẾ HOẠCH", or "THÔNG⏎TƯ" broken over lines) and the title under it;
    the kind and its title on one line ("KẾ HOẠCH Tổ chức …"); or the "V/v" line. Without a kind line,
    the line in capitals under the number and date of a header (a site that dropped "QUYẾT ĐỊNH")."""
    # A kind in capitals is the letter's own; one in small letters may be a web page's section or headline
    # ("Thông báo" over "Thông báo di chuyển chợ", then the letter's "THÔNG BÁO"), taken only when no other is.
    for capitals_only in (True, False):
        for index, line in enumerate(lines[:HEADER_LINES + 5]):
            subject = _SUBJECT_LINE.match(line.text)
            if subject:
                return None, _wrapped_on(Found(subject.group("subject").strip(), line), lines[index + 1:index + 4])
            kind = _kind_at(lines, index)
            if kind and (is_upper(kind[0].line.text.split()[0]) or not capitals_only):
                found, last, title = kind
                # A web headline naming a kind, then the letter's own V/v line: the V/v line is the subject.
                below = next((_SUBJECT_LINE.match(other.text) for other in lines[last + 1:last + 4]
                              if _SUBJECT_LINE.match(other.text)), None)
                if below and not is_upper(line.text.split()[0]):
                    continue
                if title:
                    return found, _wrapped_on(title, lines[last + 1:last + 4])
                return found, _title_under(lines[last + 1:last + 8], number)
    if number is not None and number.line in lines:
        index = lines.index(number.line)
        under = [line for line in lines[index + 1:index + 4] if not _DATE_LINE.match(line.text)
                 and not _PLACE_DATE.search(line.text) and not is_motto(line.text)]
        if under and is_upper(under[0].text) and not _AUTHORITY.match(under[0].text):
            return None, _title_under(under, number)
    return None, None


# The first part of the body under a title in capitals: "A. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH".
_PART_MARK = re.compile(r"^(?:[A-ZĐ]|[IVXLC]+|\d+)\s*[.)]\s")
_YEAR_ONLY = re.compile(r"^\d{4}(?:\s*[-–]\s*\d{4})?\s*[”\"»)]?$")  # (and the title's closing quote: "2023 - 2027”")


def _wrapped_on(title: Found[str], below: list[Line]) -> Found[str]:
    """A title in capitals on its kind's line goes on in capitals on the lines under it, as a PDF wraps a long line
    ("HƯỚNG DẪN TUYÊN TRUYỀN KỶ NIỆM … LỊCH SỬ⏎QUAN TRỌNG TRONG NĂM 2020"); never into the authority's line, a
    motto, a place and date, or a line naming a kind again (a page that repeats its title)."""
    text = title.value
    for line in below:
        if is_upper(text) and _YEAR_ONLY.match(line.text):  # "… AN TOÀN THỰC PHẨM” NĂM⏎2021": a year wrapped alone
            text = f"{text} {line.text}"
            continue
        if (not is_upper(text) or not is_upper(line.text) or _AUTHORITY.match(line.text) or _kind_of(line.text)
                or _KIND_START.match(line.text) or is_motto(line.text) or _PLACE_DATE.search(line.text)
                or OWN_NUMBER.search(line.text) or _above_the_motto(line, below)):
            break
        text = f"{text} {line.text}"
    return Found(text, title.line)


_WHOSE = re.compile(rf"^(?:(?:thượng khẩn|hỏa tốc|hoả tốc|khẩn)\s+)?của\s+(?:{'|'.join(map(re.escape, KNOWN_BODIES))})\s+"
                    r"(?=[a-zđà-ỹ])")


def _above_the_motto(line: Line, below: list[Line]) -> bool:
    """A header's issuer cell, which a site put under its own title line: "BỘ KHOA HỌC VÀ" over "CỘNG HÒA XÃ HỘI …"."""
    at = below.index(line)
    return at + 1 < len(below) and is_motto(below[at + 1].text)


def _kind_at(lines: list[Line], index: int) -> tuple[Found[str], int, Found[str] | None] | None:
    """(kind, index of its last line, the title on its line if any) when a kind is written as a title at `index`."""
    line = lines[index]
    for parts in range(1, _KIND_LINE_PARTS + 1):
        span = lines[index:index + parts]
        kind = _kind_of(" ".join(part.text for part in span))
        # (A kind in small letters alone on a line deep in a page is an item of a list of attachments: "Quy chế".)
        if (kind and len(span) == parts and (parts == 1 or all(is_upper(part.text) for part in span))
                and (is_upper(span[0].text) or index < 4)):
            return Found(kind, line), index + parts - 1, None
    start = _KIND_START.match(line.text)
    if start and re.fullmatch(r"liên tịch", (start.group("title") or "").strip(), re.IGNORECASE) and not start.group("own"):
        return Found(_kind_of(start.group("kind")), line), index, None  # "THÔNG TƯ LIÊN TỊCH": a joint one, titled below
    if start and _titled(line.text, start, index):
        # ("THÔNG TƯ 04/2019/TT-BKHCN QUY ĐỊNH … DO BỘ TRƯỞNG BỘ KHOA HỌC CÔNG NGHỆ BAN HÀNH": a law site's title.)
        title = re.sub(rf"{SITE_ISSUED_BY}$", "", start.group("title") or "", flags=re.IGNORECASE)
        title = _WHOSE.sub("", title) or None  # ("Công điện khẩn của Thủ tướng Chính phủ ứng phó với …": after whose it is)
        return Found(_kind_of(start.group("kind")), line), index, Found(title.strip(), line) if title else None
    return None


def _titled(text: str, start: re.Match, index: int) -> bool:
    """Whether a line starting with a kind is the document's title: the kind in capitals with its
    number or its title ("THÔNG TƯ 15/2017/TT-BCT", "KẾ HOẠCH Tổ chức …", "HƯỚNG DẪN TUYÊN TRUYỀN …"), or a
    web page's first line naming it ("Kế hoạch tổ chức …"); never a sentence citing one ("Kế hoạch số 12/…")."""
    title = start.group("title") or ""
    if not title and not start.group("own"):
        return False
    if start.group("own") and not is_upper(start.group("kind")):
        return False  # "Kế hoạch 4080/KH-UBND năm 2025 …": a site's page title, the document's own comes later
    if re.match(r"(?:số|của|này|đã|được|và)\b", title, re.IGNORECASE) or text.rstrip().endswith((".", ";", ":")):
        return False
    return is_upper(start.group("kind")) or index < 2


_YEAR_FIRST = re.compile(r"^(?P<year>\d{4}(?:\s*[-–]\s*\d{4})?)\s+\S")
_YEAR_DUE = re.compile(r"\b(?:NĂM|GIAI ĐOẠN)$")


# A law site's line under the kind that names the document's author, number and date in place of a header: "QUYẾT
# ĐỊNH⏎CỦA BỘ CÔNG THƯƠNG SỐ 07/2008/QĐ-BCT NGÀY 07 THÁNG 05 NĂM 2008⏎BAN HÀNH …".
_WHOSE_LINE = re.compile(rf"^CỦA\s+(?P<issuer>(?:{_BODY_START.pattern})\b[^,.;:]{{0,80}}?)\s+SỐ\s*:?\s*(?P<number>{NUMBER})"
                         r"(?:\s+NGÀY\s+(?P<date>\d{1,2}\s*(?:THÁNG|/)\s*\d{1,2}\s*(?:NĂM|/)\s*\d{4}))?\s*$")


def self_named(lines: list[Line]) -> tuple[Found[str], Found[str]] | None:
    """The author and number a law site's "CỦA … SỐ … NGÀY …" line gives under the kind line."""
    for line in lines[:HEADER_LINES + 5]:
        found = _WHOSE_LINE.match(" ".join(line.text.split()))
        if found:
            return Found(found.group("issuer"), line), Found(tidy_number(found.group("number")), line)
    return None


def _title_under(lines: list[Line], number: Found[str] | None = None) -> Found[str] | None:
    """The title under a kind: one line, or more while they are in capitals, the first in capitals too;
    past a date alone on its line, a line restating the number and a law site's "CỦA … SỐ …" line; never the
    authority's line."""
    own = re.sub(r"\W", "", number.value).casefold() if number else None
    lines = [line for line in lines if not _DATE_LINE.match(line.text) and not _WHOSE_LINE.match(" ".join(line.text.split()))
             and not (own and own in re.sub(r"\W", "", line.text).casefold())]
    if not lines:
        return None
    first = lines[0]
    subject = _SUBJECT_LINE.match(first.text)
    if subject:  # "V/V BAN HÀNH KẾ HOẠCH … VỀ SỬ⏎DỤNG NĂNG LƯỢNG …"
        return _wrapped_on(Found(subject.group("subject").strip(), first), lines[1:4])
    # (A paragraph is no title; a title in capitals may be long: one naming three resolutions runs past 300 letters.)
    # (Nor is an article: "QUYẾT ĐỊNH:" over "Điều 1. Phê duyệt …" is the decision's enacting word, its title not copied.)
    # (Nor a sentence about the document itself, as its last article says: "Quyết định này có hiệu lực …".)
    if (first.text.startswith(("Căn cứ", "Thực hiện", "Kính gửi", "Điều 1"))
            or re.match(rf"(?:{KIND_PATTERN}) này\b", first.text)
            or len(first.text) > (800 if is_upper(first.text) else 300)
            or _AUTHORITY.match(first.text)):
        return None
    text = first.text
    for line in lines[1:]:
        if is_upper(text) and _YEAR_ONLY.match(line.text):  # "… GIAI ĐOẠN⏎2017-2021"
            text = f"{text} {line.text}"
            continue
        if is_upper(text) and _LOWER_PART.match(line.text):
            text = f"{text} {_lower_part(line)}"
            break
        year = _YEAR_FIRST.match(line.text)
        if year and _YEAR_DUE.search(text):  # "… OCOP TỈNH THỪA THIÊN HUẾ NĂM⏎2020 Thực⏎hiện …", the body joined to the year
            text = f"{text} {year.group('year')}"
            break
        if (not is_upper(line.text) or not is_upper(text) or line.text.startswith(("Căn cứ", "Thực hiện"))
                or _AUTHORITY.match(line.text) or _kind_of(line.text) or _PART_MARK.match(line.text)):
            break
        text = f"{text} {line.text}"
    return Found(text, first)


# The second part of a title in capitals, set in small letters on the lines under it (a Party document's
# "KẾT LUẬN⏎HỘI NGHỊ LẦN THỨ BẢY …⏎về xây dựng hệ thống kết cấu hạ tầng …,⏎định hướng đến năm 2030").
_LOWER_PART = re.compile(r"^về\s")


def _lower_part(line: Line) -> str:
    """The lines of the title's part in small letters: its source lines while each starts with a small letter
    (the body's first sentence, which a copy without full stops joins to it, starts with a capital)."""
    parts = line.source_parts()
    taken = [parts[0]]
    for part in parts[1:]:
        if not part[:1].islower():
            break
        taken.append(part)
    return " ".join(taken).rstrip(" ,;")


# Items on the "Kính gửi:" line itself: after a semicolon, or a dash before the next body ("- Sở A - UBND huyện B"); a
# dash inside a name stays ("Sở Thương mại - Du lịch Ninh Thuận", "UBND tỉnh Bà Rịa - Vũng Tàu").
_INLINE_ITEM = re.compile(r";\s*|\s+[-–]\s+(?=(?:Các|các|Sở|Bộ|UBND|(?:Ủy|Uỷ) ban|Ban|Cục|Chi cục|Phòng|Trung tâm|Văn phòng|"
                          r"Công an|Hội|Đoàn|Liên đoàn|Công ty|Tổng|Viện|Trường|Bệnh viện|Đài|Báo|Chủ tịch|Giám đốc|"
                          r"Thủ trưởng|Đồng chí|Đ/c|Ông|Quận|Huyện|Thị xã|Thành phố|Thành ủy|Tỉnh|Đảng|Mặt trận|Ngân hàng|"
                          r"Kho bạc|Tập đoàn|Lãnh đạo|Cơ quan|Đơn vị|Doanh nghiệp)\b)")


def _items(lines: list[Line], start: int, inline: str, passing=lambda text: False) -> list[Found[str]]:
    """The list after "Kính gửi:" or "Nơi nhận:": the dashed lines, or what follows the colon;
    lines for which `passing` is true are stepped over."""
    items = [Found(part, lines[start]) for part in _INLINE_ITEM.split(inline) if part.strip(" -–;.,")]
    for line in lines[start + 1:]:
        item = _LIST_ITEM.match(line.text)
        if not item and passing(line.text):
            continue
        if not item:
            break
        items.append(Found(item.group("item"), line))
    # "Bộ Công Thương (để b/c);": what the copy is for is not part of the name.
    cleaned = [Found(re.sub(r"\s*\(để [^)]*\)", "", found.value).strip(" ;.,").lstrip("-– "), found.line) for found in items]
    return [found for found in cleaned if found.value]


def recipients(lines: list[Line]) -> list[Found[str]]:
    """Kính gửi: each recipient as written."""
    for index, line in enumerate(lines):
        found = re.match(r"^Kính gửi\s*:?\s*(?P<rest>.*)$", line.text)
        if found:
            return _items(lines, index, found.group("rest"))
    return []


def copies(lines: list[Line]) -> tuple[list[Found[str]], list[Found[str]]]:
    """Nơi nhận: the other recipients (without “Như trên”) and the places of archive (“Lưu: VT, VP”)."""
    for index, line in enumerate(lines):
        found = re.match(r"^Nơi nhận\s*:?\s*(?P<rest>.*)$", line.text)
        if not found:
            continue
        copies_to, archived = [], []
        for item in _items(lines, index, found.group("rest"), _signer_column):
            archive = _ARCHIVE.match(item.value)
            if archive:
                archived += [Found(place.strip(" .;"), item.line) for place in archive.group("places").split(",")
                             if place.strip(" .;")]
            elif not re.fullmatch(r"như (?:trên|kính gửi|điều \d+)", item.value.casefold()):
                copies_to.append(item)
        return copies_to, archived
    return [], []


def _position_case(text: str) -> str:
    """ "PHÓ GIÁM ĐỐC" -> "Phó Giám đốc", "GIÁM ĐỐC" -> "Giám đốc" (a title, then common words)."""
    words = text.lower().split()
    titled = 2 if words[:1] == ["phó"] else 1
    return " ".join(word.capitalize() if index < titled else word for index, word in enumerate(words))


def _signer_column(text: str) -> bool:
    """A line of the signature block's right column, which a PDF interleaves with Nơi nhận."""
    return is_upper(text) or text.startswith("(") or bool(NAME.match(text))


def signer(lines: list[Line]) -> Signer:
    """The signer's name (the last name-like line) and position (the nearest line in capitals above it,
    past the Nơi nhận items a PDF may put between them)."""
    tail = lines[-14:]
    for index in range(len(tail) - 1, 0, -1):
        if not NAME.match(tail[index].text) or is_upper(tail[index].text):
            continue
        for above in reversed(tail[:index]):
            if above.text.startswith("(") or _LIST_ITEM.match(above.text):  # (Đã ký); "- Lưu: VT, VP."
                continue
            position = re.sub(r"^(?:KT|TM|TL|TUQ|Q)\.\s*", "", above.text)
            if is_upper(position) and not _MOTTOS.search(position):
                return Signer(Found(_position_case(position), above), Found(tail[index].text, tail[index]))
            break
    return Signer(None, None)


def sections(lines: list[Line]) -> list[Found[str]]:
    """The titles of the top-level sections: I., II., … when there are any, else 1., 2., …"""
    for style in ("roman", "arabic"):
        found: list[Found[str]] = []
        for line in lines:
            match = _SECTION[style].match(line.text)
            if not match:
                continue
            value = _ROMAN.get(match.group("mark")) if style == "roman" else int(match.group("mark"))
            if value != len(found) + 1:
                if found and value == 1:
                    break  # numbering starts again: a list inside the last section
                continue
            title = match.group("title").split(":", 1)[0] if ":" in match.group("title") else match.group("title")
            found.append(Found(title.strip().rstrip("."), line))
        if found:
            return found
    return []


# The article of a decision that names who carries it out ("Điều 3. Chánh Văn phòng …, Giám đốc Sở … chịu trách
# nhiệm thi hành Quyết định này").
_EXECUTORS = re.compile(r"^Điều\s+\d+\s*[.:]\s*(?P<units>.+?)\s+(?:chịu|có)\s+trách nhiệm\s+(?:thi hành|tổ chức thực hiện|"
                        r"triển khai|thực hiện)", re.IGNORECASE)


def executors(lines: list[Line]) -> Found[str] | None:
    """Who a decision's last article makes responsible for carrying it out, as written."""
    found = None
    for line in lines:
        article = _EXECUTORS.match(line.text)
        if article:
            found = Found(article.group("units"), line)
    return found
