"""The words a copy without a header names its own document with, shared by the lead sentence (lead.py) and the
other places a page points at it (pointers.py): a body's name and the post before it, where a sentence starts, a
date opening it, and the Lead they make, with the cleaning of its issuer and trích yếu."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..normalise import UPPER, Line
from .dates import DATE
from .numbers import NUMBER

LEAD_LINES = 12
# ("Phó Chủ tịch Thường trực UBND tỉnh …": the first deputy.)
POSITION = (r"(?:(?:Phó\s+|Quyền\s+)?(?:Giám đốc|Chủ tịch|Bộ trưởng|Trưởng ban|Trưởng(?=\s+Ban\b)|Tổng cục trưởng|Cục trưởng|Chi cục trưởng)"
            r"(?:\s+Thường trực)?|Thứ trưởng|Thường trực)")
# The words a body's name starts with ("Sở Công Thương", "Ủy ban nhân dân tỉnh Hậu Giang", "Ban Thường vụ Tỉnh ủy …").
# ("Vụ Thị trường trong nước", a ministry's department, only in capitals: "vụ việc", "mùa vụ" are no bodies.)
# The verb "giao" (assigns), never the end of "Bộ Ngoại giao": "của Bộ trưởng Bộ Ngoại giao tại các văn bản số …".
ASSIGNS = r"(?<!Ngoại )giao"
ORGAN = (r"(?:Sở|Bộ|Ban|(?:Ủy|Uỷ) ban|UBND|Tỉnh (?:ủy|uỷ)|Thành (?:ủy|uỷ)|Huyện (?:ủy|uỷ)|Đảng (?:ủy|uỷ)|Văn phòng|"
         r"Tổng cục|Chi cục|Cục|(?-i:Vụ)(?=\s+(?-i:[A-ZĐ]))|Hội đồng|Thủ tướng|Chính phủ|Liên ngành|(?:Tổng\s+)?Liên đoàn Lao động|(?-i:LĐLĐ)|(?-i:BCĐ)(?=\s+(?-i:[A-ZĐ\d]))|"
         r"Trung tâm|Phòng|Ngân hàng Nhà nước|"
         r"Tập đoàn|Tổng công ty|Công ty|Liên hiệp|Quốc hội|Mặt trận|Hội (?:Liên hiệp|Nông dân|Cựu chiến binh|Chữ thập đỏ)|"
         r"Đoàn Thanh niên|Tỉnh đoàn|Thành đoàn|Công đoàn|Liên minh Hợp tác xã)")
# A body's name: its first word, then up to 80 characters without a clause's punctuation. A comma belongs to a name
# only before the second of a pair of fields ("Sở Văn hóa, Thể thao và Du lịch", "Ban Tổ chức Hội chợ Thương mại, Du
# lịch vùng Đông Bắc …", "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả"); "Cục An toàn thực phẩm,
# Bộ Y tế" names a department, then its ministry.
# (A campaign's quoted name is part of its board's: "Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt
# Nam” tỉnh Hà Tĩnh".)
NAME_CHAR = (r"(?:[^,.;:!?“”\"]|,\s(?=(?:Thể thao|Du lịch|Thương mại(?= và Du lịch)|gian lận|chống)\b)|(?<=[A-ZĐ])\.(?=[A-ZĐƯ])"  # and "TP.HCM", "T.Ư"
             r"|(?<=\bTP)\.(?=\s[A-ZĐ])"  # and "UBND TP. Cam Ranh"
             r"|(?<=Cuộc vận động )[“\"](?=[^“”\"]{3,80}[”\"])"
             r"|(?<=[^\W\d_])[”\"](?=\s+(?:tỉnh|thành phố|huyện|quận|Trung ương)\b))")
ISSUER = (rf"(?P<issuer>(?:(?:Tổng cục|Cục|Vụ|Chi cục)\b[^,.;:!?“”\"]{{0,60}}?,\s+Bộ\b|{ORGAN}\b){NAME_CHAR}{{0,80}}?)")
# The verbs a sentence issues a document with, just before its kind: "đã ban hành", "vừa ký, ban hành", "mới đây đã
# ban hành", "vừa có Công văn số …"; "có" and "ra" name it only with its number ("… có văn bản số 11554/VPCP-V.I …",
# "UBND tỉnh … ra Chỉ thị số 15/CT-UBND"), which the group `has` tells; but "ra chỉ thị", "ra công điện" issue one
# by themselves ("Bộ Thương mại ra chỉ thị về việc phục vụ Tết Bính Tuất").
ISSUES = (r"(?:(?:(?:đã|vừa|mới đây(?:\s+đã)?)\s+)?(?:ký\s*,?\s*)?(?:(?:xây dựng\s+và\s+)?ban hành|lập|xây dựng)|"
          r"(?:vừa|đã)\s+(?:có|gửi)|(?:(?:vừa|đã)\s+)?ra(?=\s+(?:chỉ thị|công điện)\b)|(?P<has>(?:(?:vừa|đã)\s+)?ra|có)|"
          r"(?:(?:vừa|đã)\s+)?(?:ký(?:\s+kết)?|thông qua|phát đi))")
# Where a lead sentence starts: a line, a sentence or a clause; or after a web page's date and time, which a copy
# runs into it ("Thứ hai - 04/07/2022 04:34 288 0 Ban Tuyên giáo Trung ương ban hành …").
BEFORE = r"(?:^|(?<=[.;:!?])\s+|(?<=,)\s+|(?<=[\s)][-–])\s+|(?<=\))\s+|(?<=\s)(?=Ngày\s+\d)|(?<=\d)\s+)"
# "Ngày 17/7/2020 vừa qua,", "chiều hôm nay 18 tháng 8 năm 2016,"
DATE_FIRST = (rf"(?:(?:Ngày|(?:sáng|chiều|tối|trưa)(?:\s+hôm)?\s+(?:nay|qua)(?:\s+ngày)?)\s+"
              rf"(?P<day>{DATE}|\d{{1,2}}\s*/\s*\d{{1,2}})\s*(?:vừa qua|mới đây)?\s*,?\s*)?")

# What a law site adds to a document's title in its own page title: "Kế hoạch 231/KH-UBND năm 2025 thực hiện … do tỉnh
# Hà Tĩnh ban hành" (the year after the number, and who issued it at the end).
SITE_YEAR = r"(?:năm\s+)?\d{4}"
SITE_ISSUED_BY = r"\s+do\s+(?:(?!\bdo\b)[^.]){3,120}\s+ban hành"


@dataclass(frozen=True)
class Lead:
    """What the lead says: every part may be missing, each comes from `line`."""

    line: Line
    issuer: str | None = None
    kind: str | None = None
    number: str | None = None
    date: str | None = None
    subject: str | None = None
    letter: bool = False  # the lead names a letter without its number or kind ("… vừa có văn bản về việc …")
    gist: str | None = None  # what such a letter asks, when it says nothing of what it is about ("… đề nghị các …")


# A person named after the body whose post precedes it ("Phó Chủ tịch UBND tỉnh Đào Quang Khải"): a name starts
# with a family name and has three or four words; a place after "tỉnh" has at most three ("Bà Rịa - Vũng Tàu").
_FAMILY = ("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đoàn|Vương|Trịnh|Trương|Lâm|"
           "Mai|Hà|Cao|Lương|Tạ|Đinh|Chu|Lưu|Quách|Tô|Tống|Thái|Hứa|Lại|Kiều|Nông|Triệu|Văn|Đàm|Lò|Giàng|Y")
# (Not the Youth Union's "Tỉnh Đoàn Ninh Bình", whose "Đoàn" is no family name.)
_PERSON_AFTER = re.compile(rf"(?<!\bTỉnh)(?<!\bThành)\s+(?:{_FAMILY})(?:\s+[{UPPER}][^\W\d_]*){{2,3}}$")
# Words of time a news sentence puts between the body and its verb ("UBND tỉnh Hà Nam mới đây đã ban hành").
# (And a verb the copy typed twice: "UBND tỉnh Nghệ An vừa có có công điện …".)
_TIME_AFTER = re.compile(r"(?:\s+(?:mới đây|vừa qua|hôm nay|gần đây|đã|vừa|khẩn trương|kịp thời|(?:vừa|đã) có))+$")


def department_alone(issuer: str) -> str:
    """ "Cục Kỹ thuật an toàn và Môi trường công nghiệp, Bộ Công Thương", "Bộ Giáo dục và Đào tạo – Cục Khảo thí …": the
    department issues it, not its ministry."""
    issuer = re.sub(r"^Bộ\b[^,–-]*?\s+[-–]\s+(?=(?:Tổng cục|Cục|Vụ)\b)", "", issuer)
    return re.sub(r"^((?:Tổng cục|Cục|Vụ|Chi cục)\b[^,–-]*?)(?:,|\s+[-–])\s+Bộ\b.*$", r"\1", issuer)


# Two bodies that issue one document together, joined as the registry joins them: "Bộ Thương mại và Bộ Tài chính".
_SECOND_AUTHOR = re.compile(r"\s+và\s+(?=(?:Bộ|Ban|(?:Ủy|Uỷ) ban|UBND|Sở|Công đoàn|Mặt trận|Hội|Đoàn|Tổng|"
                            r"Tỉnh [Đđ]oàn|Thành [Đđ]oàn)\b)")


def joint_authors(name: str) -> str:
    parts = _SECOND_AUTHOR.split(name)
    return " - ".join(parts) if len(parts) > 1 and all(re.match(ORGAN, part, re.IGNORECASE) for part in parts) else name


def proposed_to(issuer: str) -> str:
    """ "Cục Xúc tiến thương mại đã báo cáo Bộ Công Thương (ban hành …)", "Bộ Y tế đã tham mưu Chính phủ (ban hành …)":
    the body proposed to issues it."""
    return re.sub(rf"^.*?\s(?:đã\s+)?(?:báo cáo|trình|tham mưu(?:\s+cho)?)\s+(?={ORGAN}\b)", "", issuer)


def clean_issuer(issuer: str | None) -> str | None:
    if not issuer:
        return None
    # "Bộ trưởng Nông nghiệp và Môi trường Trần Đức Thắng ký …": the minister named by his field is his ministry's
    # "Phó Thủ tướng Thường trực Trương Hòa Bình- Trưởng Ban chỉ đạo 389 quốc gia vừa ký …": he signs as the board's head
    heads = re.search(r"\s*[-–]\s*(?:Phó\s+)?Trưởng\s+(Ban\s.+)$", issuer)
    issuer = re.sub(r"^Ban chỉ đạo\b", "Ban Chỉ đạo", heads.group(1)) if heads else issuer
    issuer = re.sub(r"^Bộ trưởng\s+(?!Bộ\b)(?=[A-ZĐ])", "Bộ ", issuer.strip())
    issuer = re.sub(rf"^{POSITION}\s+", "", issuer)
    issuer = department_alone(issuer)
    issuer = _TIME_AFTER.sub("", issuer)
    issuer = re.sub(r"\s+(?:khóa|khoá)\s+[IVXLC]+$", "", issuer)  # "Ban Chấp hành Đảng bộ tỉnh khóa XIII": its term
    issuer = re.sub(r"\s*\((?:sau đây|nay là)\b.*$", "", issuer)  # "Hội đồng … trung ương (sau đây gọi tắt là …"
    issuer = re.sub(r"\s+(?:vào\s+)?ngày\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?$", "", issuer)  # "… Trần Sỹ Thanh ngày 13/2"
    issuer = re.sub(r",?\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}$", "", issuer)  # "Bộ Nội vụ ngày 13 tháng 9 năm 2018"
    issuer = _PERSON_AFTER.sub("", issuer)  # (first: "Cục … (Bộ Công Thương) Trần Hữu Linh" loses its bracket below)
    issuer = re.sub(r"\s*\([A-ZĐ]{2,10}(?:\s+và\s+[A-ZĐ]{2,10})?\)$", "", issuer)  # "… (EVN)", "… (TMĐT và CNTT)"
    # "Cục … (Bộ Công Thương)", "Cục … (Cục Bộ Công Thương)": its ministry in brackets
    issuer = re.sub(r"^((?:Tổng cục|Cục|Vụ|Chi cục)\b.*?)\s*\((?:Cục\s+)?Bộ\b[^()]*\)$", r"\1", issuer)
    issuer = re.sub(r"\s+(?:có|được|là|sẽ)\s.*$", "", issuer)  # "UBND tỉnh Cao Bằng có 2 làng nghề …"
    # "UBND tỉnh Quảng Bình giao trách nhiệm cho …" (not "Ban An toàn giao thông")
    issuer = re.sub(r"\s+(?:giao|phân công)\s+(?=trách nhiệm|nhiệm vụ|cho\b|các\b|[A-ZĐ]).*$", "", issuer)
    issuer = proposed_to(issuer)
    issuer = re.sub(r"\s+thuộc\s+(?:Bộ|Sở|UBND|Ủy ban)\b.*$", "", issuer)  # "Cục Thủy lợi thuộc Bộ …"
    issuer = _PERSON_AFTER.sub("", issuer)
    issuer = re.sub(r"(?<=\w) [-–](?=\w)", " - ", issuer)  # "vùng Đông Bắc -Tuyên Quang": a dash spaced on one side
    # "Sở Công Thương Thành phố Hà Nội": a place's level inside a name is written small, as the registry writes it
    issuer = re.sub(r"(?<=\S )(Tỉnh|Thành phố|Huyện|Quận|Thị xã)(?= [A-ZĐ])(?! Đoàn\b)", lambda level: level.group().lower(), issuer)
    if re.fullmatch(r"(?:Phó\s+)?Thủ tướng(?:\s+Thường trực)?", issuer.strip(" ,-")):
        # "Thủ tướng Phạm Minh Chính vừa ký …", "Phó Thủ tướng Trịnh Đình Dũng vừa ký …": the (Deputy) Prime Minister
        # signs for the Prime Minister ("KT. THỦ TƯỚNG"), whose documents these are.
        return "Thủ tướng Chính phủ"
    return issuer.strip(" ,-") or None


# Words after a number that say what the letter asks of whom, not what it is about: "… số 1319/SCT-KTATMT ngày
# 22/5/2024 đề nghị UBND các huyện …", "… gửi các phòng, ban …". No trích yếu starts so.
_ADDRESSING = re.compile(r"^(?:gửi|đề nghị|yêu cầu|kính gửi|giao)\b", re.IGNORECASE)
# ("gửi bài viết quan trọng của …": what is sent, not to whom; recipients have a capital or a plural's word.)
_SENDS_A_THING = re.compile(r"^gửi\s+(?!(?:các|những|toàn|tới|đến|cho|cơ quan|đơn vị|địa phương)\b)(?=[a-zđ])")


def clean_subject(subject: str | None) -> str | None:
    if subject:
        subject = re.sub(r"^ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?\s*,?\s*", "", subject, flags=re.IGNORECASE)  # "ngày 25/4 truyền đạt …"
        # "… số 49/CĐ-TTg ngày về việc …", "… ngày 10/4/2020 của về báo chí …": a date or an issuer the writer left blank
        subject = re.sub(r"^(?:ngày|của)\s+(?:về việc|về|V/v)\s*:?\s+", "", subject, flags=re.IGNORECASE)
        # "phát động phát động thi đua": a word the writer typed twice
        subject = re.sub(r"\b([^\W\d_]+ [^\W\d_]+) \1\b", r"\1", subject)
        subject = re.sub(r"^(?:thượng khẩn|hỏa tốc|hoả tốc|khẩn)\s+", "", subject)  # "Công điện thượng khẩn gửi …"
        # "văn bản … chỉ đạo triển khai …", "công văn số … chỉ đạo các Sở, ban, ngành và UBND các quận … thực hiện ngay …"
        subject = re.sub(r"^chỉ đạo\s+(?:(?:các|UBND|Ủy ban|Uỷ ban|Sở)\s[^.;]{0,120}?\s)?(?=(?:triển khai|thực hiện|tăng cường)\b)",
                         "", subject)
        subject = re.sub(rf"\s*\([^()]*{NUMBER}[^()]*\)\s*$", "", subject)  # "(Công điện 6048/EVN-AT ngày …)"
        subject = re.sub(r"\s*\([^()]*\bkèm theo\)\s*$", "", subject)  # "(Quyết định kèm theo)"
        subject = re.sub(rf"^(?:,?\s*{NUMBER})+\s*", "", subject)  # "Quyết định 3136/QĐ-UBND, 3137/QĐ-UBND, … công nhận …"
        subject = re.sub(r"\s*\(sau đây[^)]*\)?$", "", subject)  # "(sau đây gọi tắt là …)", as a cited subject loses it
        subject = re.sub(r"\s+[A-ZĐ]{2,8}\s+[-–]\s+.*$", "", subject)  # a headline run into its lead: "… Đoàn TPO - Kỷ niệm …"
        subject = re.sub(rf"\s+do\s+{ORGAN}\b[^.;]{{0,80}}?\s+ban hành$", "", subject)  # "… Bính Ngọ 2026 do Tổng Liên đoàn … ban hành"
    if subject and _ADDRESSING.match(subject) and not _SENDS_A_THING.match(subject):
        # "… số 2211/UBND-CN gửi các Sở, ban, ngành … về việc thực hiện …": the trích yếu after whom it is sent to.
        about = re.search(r"\s(?:về việc|V/v)\s+(?P<about>.+)$", subject)
        subject = about.group("about") if about else None
    # ("ban hành Kế hoạch triển khai như sau:": a verb alone is no trích yếu.)
    if not subject or subject.casefold() in ("như sau", "cụ thể như sau", "các nội dung sau", "triển khai", "thực hiện",
                                             "triển khai thực hiện"):
        return None
    subject = re.sub(r"\s+(?:với các nội dung|như sau)\b.*$", "", subject.strip()).strip(" ,")
    subject = re.sub(r"\s+gồm$", "", subject)  # "… cho 6 cá nhân tỉnh Tiền Giang gồm: bà …": the list is no trích yếu
    # "… về an toàn thực phẩm, có hiệu lực thi hành từ ngày 20 tháng 10 năm 2018, bao gồm 39 điều": the news, not the title
    subject = re.sub(r",\s+(?:và\s+)?(?:có hiệu lực|bao gồm \d+ (?:điều|chương))\b.*$", "", subject)
    if re.fullmatch(r"[“\"][^“”\"]+[”\"]", subject):
        subject = subject[1:-1]  # "Đề án “Xây dựng Bạc Liêu trở thành …”": the name the page quotes
    return subject or None


def sentences(line: Line) -> list[str]:
    """The line's sentences; a web page's headline run into its lead with no mark between ("… tại Quảng Ninh⏎Cục An
    toàn thực phẩm, Bộ Y tế ban hành …") also gives the sentence that starts on the next source line, tried first."""
    sentences = []
    # ("… tỉnh Hải Dương và TP. Hải Phòng": a city's short form ends no sentence.)
    for part in (part for part in re.split(r"(?<=[.!?])(?<!\bTP\.)(?<!\bTp\.)\s+|(?<=;)\s+(?!đồng thời\b)", line.text) if part):
        start = line.text.find(part)
        sentences += [line.text[at:start + len(part)] for at in line.breaks
                      if start < at < start + len(part) and line.text[at:at + 1].isupper()]
        sentences.append(part)
    return sentences


def sentence_matches(lines: list[Line], *patterns: re.Pattern[str]) -> Iterator[tuple[Line, re.Match[str]]]:
    """Each sentence's first match among `patterns`, tried in the order given, sentence after sentence."""
    for line in lines:
        for sentence in sentences(line):
            found = next(filter(None, (pattern.search(sentence) for pattern in patterns)), None)
            if found:
                yield line, found


def full_date(day: str | None) -> str | None:
    """A date with its year; "Ngày 6/8" says no year and so no date."""
    return day if day and re.search(r"\d{4}", day) else None
