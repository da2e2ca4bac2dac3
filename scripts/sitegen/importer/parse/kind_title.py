"""The kind a document names itself by, written as a title ("KẾ HOẠCH", "THÔNG⏎TƯ"), and the title under it (the
trích yếu), or a công văn's "V/v …" line: a header's second part, which a web or law-site copy may keep alone."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..normalise import Line, is_upper
from .casing import KNOWN_BODIES
from .facts import Found
from .header import BODY_START, DATE_LINE, HEADER_LINES, PLACE_DATE, is_motto
from .naming import SITE_ISSUED_BY
from .numbers import KIND_PATTERN, KIND_START, NUMBER, OWN_NUMBER, kind_of, tidy_number

# ("Về việc trên, UBND thành phố giao …" is a sentence about what was said above, not a trích yếu.)
# (A Sở may write "Về: tham gia ý kiến …" for its V/v line; "Về" without the colon opens a body's sentence.)
_SUBJECT_LINE = re.compile(r"^(?:(?:V/v|V/V|Về việc)(?!\s+(?:trên|này|đó|nêu trên)\b)\s*[:.]?|Về\s*:)\s*(?P<subject>.+)$")

# The line under a title that says who decides: the signer's authority, never part of the title
# ("BỘ TRƯỞNG BỘ CÔNG THƯƠNG", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …").
_AUTHORITY = re.compile(r"^(?:(?:KT|TM|TL|TUQ|Q)\.\s*)?(?:PHÓ\s+)?(?:BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|CHỦ TỊCH|GIÁM ĐỐC|"
                        r"TRƯỞNG BAN|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|CHÁNH VĂN PHÒNG|CHỦ NHIỆM|(?:ỦY|UỶ) BAN NHÂN DÂN|UBND|"
                        r"HỘI ĐỒNG NHÂN DÂN|BAN THƯỜNG VỤ|BỘ CHÍNH TRỊ|BAN BÍ THƯ|CHÍNH PHỦ$)\b")

# A title's line that cannot end it ("… NGÀY 15 THÁNG 8 NĂM 2024 CỦA⏎THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC …"): the next line goes on
# with it, even one that opens on an authority's name.
_GOES_ON = re.compile(r"\s(?:CỦA|VÀ|VỀ|CHO|VỚI|TẠI|TRONG|ĐỐI VỚI)$")  # (not "… NHỮNG NĂM TIẾP THEO")

_KIND_LINE_PARTS = 3  # "THÔNG⏎TƯ": a kind broken over lines


def is_subject_line(text: str) -> bool:
    """A "V/v …" or "Về việc …" line standing alone, as a công văn writes its trích yếu."""
    return bool(_SUBJECT_LINE.match(text))



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
        under = [line for line in lines[index + 1:index + 4] if not DATE_LINE.match(line.text)
                 and not PLACE_DATE.search(line.text) and not is_motto(line.text)]
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
        if (not is_upper(text) or not is_upper(line.text) or (_AUTHORITY.match(line.text) and not _GOES_ON.search(text))
                or kind_of(line.text)
                or KIND_START.match(line.text) or is_motto(line.text) or PLACE_DATE.search(line.text)
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
        kind = kind_of(" ".join(part.text for part in span))
        # (A kind in small letters alone on a line deep in a page is an item of a list of attachments: "Quy chế".)
        if (kind and len(span) == parts and (parts == 1 or all(is_upper(part.text) for part in span))
                and (is_upper(span[0].text) or index < 4)):
            return Found(kind, line), index + parts - 1, None
    start = KIND_START.match(line.text)
    if start and re.fullmatch(r"liên tịch", (start.group("title") or "").strip(), re.IGNORECASE) and not start.group("own"):
        return Found(kind_of(start.group("kind")), line), index, None  # "THÔNG TƯ LIÊN TỊCH": a joint one, titled below
    if start and _titled(line.text, start, index):
        # ("THÔNG TƯ 04/2019/TT-BKHCN QUY ĐỊNH … DO BỘ TRƯỞNG BỘ KHOA HỌC CÔNG NGHỆ BAN HÀNH": a law site's title.)
        title = re.sub(rf"{SITE_ISSUED_BY}$", "", start.group("title") or "", flags=re.IGNORECASE)
        title = _WHOSE.sub("", title) or None  # ("Công điện khẩn của Thủ tướng Chính phủ ứng phó với …": after whose it is)
        return Found(kind_of(start.group("kind")), line), index, Found(title.strip(), line) if title else None
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
    if text.rstrip().endswith("?") or re.match(r"\d{1,6}\s*:", title):
        return False  # "Công điện 41: Xử lý … như thế nào?": a question page's headline, not the document's title
    return is_upper(start.group("kind")) or index < 2


_YEAR_FIRST = re.compile(r"^(?P<year>\d{4}(?:\s*[-–]\s*\d{4})?)\s+\S")
_YEAR_DUE = re.compile(r"\b(?:NĂM|GIAI ĐOẠN)$")


# A law site's line under the kind that names the document's author, number and date in place of a header: "QUYẾT
# ĐỊNH⏎CỦA BỘ CÔNG THƯƠNG SỐ 07/2008/QĐ-BCT NGÀY 07 THÁNG 05 NĂM 2008⏎BAN HÀNH …".
# (The Gazette's older titles go on with the trích yếu, and a site may break them anywhere: "CHỈ THỊ⏎CỦA THỦ⏎TƯỚNG CHÍNH
# PHỦ SỐ 16/2001/CT-TTG⏎NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH⏎PHÁT TRIỂN …".)
_WHOSE_LINE = re.compile(rf"^CỦA\s+(?P<issuer>(?:{BODY_START.pattern})\b[^,.;:]{{0,80}}?)\s+SỐ\s*:?\s*(?P<number>{NUMBER})"
                         r"(?:\s+NGÀY\s+(?P<date>\d{1,2}\s*(?:THÁNG|/)\s*\d{1,2}\s*(?:NĂM|/)\s*\d{4}))?"
                         r"(?:\s+(?:VỀ VIỆC|V/V|VỀ)\s+(?P<subject>\S.*?))?\s*$")
_WHOSE_LINES = 8


class SelfNamed(NamedTuple):
    """What a law site's "CỦA … SỐ … NGÀY … VỀ VIỆC …" title under the kind line says of its document."""

    issuer: Found[str]
    number: Found[str]
    date: Found[str] | None
    subject: Found[str] | None


def _in_capitals(text: str) -> bool:
    """A line in capitals, one letter a site's encoding turned small aside ("PHÁT TRIỂN KINH TẾ - Xà HỘI", its Ã an à)."""
    letters = [character for character in text if character.isalpha()]
    return len(letters) >= 2 and sum(not character.isupper() for character in letters) <= (len(letters) >= 10)


def self_named(lines: list[Line]) -> SelfNamed | None:
    """The author, number, date and trích yếu a law site's "CỦA … SỐ … NGÀY … VỀ VIỆC …" title gives under the kind
    line, its capitals read on over the lines they were broken on (not into the authority's line under it)."""
    for at, line in enumerate(lines[:HEADER_LINES + 5]):
        if not line.text.lstrip().startswith("CỦA ") or not is_upper(line.text):
            continue
        # (the longest run of lines that reads as one: "… NGÀY 07 THÁNG 05 NĂM 2008" alone, not with "BAN HÀNH …" under it)
        text, found = line.text, _WHOSE_LINE.match(" ".join(line.text.split()))
        for below in lines[at + 1:at + _WHOSE_LINES]:
            if not _in_capitals(below.text) or _AUTHORITY.match(below.text) or kind_of(below.text):
                break
            text = f"{text} {below.text}"
            found = _WHOSE_LINE.match(" ".join(text.split())) or found
        if found:
            return SelfNamed(Found(found.group("issuer"), line), Found(tidy_number(found.group("number")), line),
                             Found(found.group("date"), line) if found.group("date") else None,
                             Found(found.group("subject"), line) if found.group("subject") else None)
    return None


def _title_under(lines: list[Line], number: Found[str] | None = None) -> Found[str] | None:
    """The title under a kind: one line, or more while they are in capitals, the first in capitals too;
    past a date alone on its line, a line restating the number and a law site's "CỦA … SỐ …" line; never the
    authority's line."""
    own = re.sub(r"\W", "", number.value).casefold() if number else None
    lines = [line for line in lines if not DATE_LINE.match(line.text) and not _WHOSE_LINE.match(" ".join(line.text.split()))
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
    for at, line in enumerate(lines[1:], start=1):
        if is_upper(text) and _YEAR_ONLY.match(line.text):  # "… GIAI ĐOẠN⏎2017-2021"
            text = f"{text} {line.text}"
            continue
        if is_upper(text) and _LOWER_PART.match(line.text):
            text = f"{text} {_lower_part(line)}"
            break
        year = _YEAR_FIRST.match(line.text)
        # "… OCOP TỈNH THỪA THIÊN HUẾ NĂM⏎2020 Thực⏎hiện …", the body joined to the year; not "… GIAI ĐOẠN⏎2017-2020 VÀ ĐỊNH
        # HƯỚNG …", the title going on in capitals.
        if year and _YEAR_DUE.search(text) and not is_upper(line.text):
            text = f"{text} {year.group('year')}"
            break
        # (A title may open on a word of one letter: "Ý⏎KIẾN CHỈ ĐẠO CỦA PHÓ THỦ TƯỚNG …".)
        if (not is_upper(line.text) or not (is_upper(text) or (len(text) == 1 and text.isupper()))
                or line.text.startswith(("Căn cứ", "Thực hiện")) or (_AUTHORITY.match(line.text) and not _GOES_ON.search(text))
                or kind_of(line.text)
                or _PART_MARK.match(line.text) or _authority_broken(line, lines[at + 1:at + 2])):
            break
        text = f"{text} {line.text}"
    return Found(text, first)


def _authority_broken(line: Line, below: list[Line]) -> bool:
    """The authority's line a copy broke after its first word: "BỘ⏎TRƯỞNG BỘ CÔNG THƯƠNG", "CHỦ⏎TỊCH UBND TỈNH …"."""
    return len(line.text.split()) == 1 and bool(below) and bool(_AUTHORITY.match(f"{line.text} {below[0].text}"))


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
