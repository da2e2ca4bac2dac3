"""What a copy without a header still says about its own document, in the
lead sentence a web page or the body puts first:

- "Ngày 31/3/2022, Sở Công Thương ban hành Kế hoạch số 638/KH-SCT về việc …"
- "Sở Công Thương ban hành kế hoạch số 73/KH-SCT ngày 18 tháng 8 năm 2022 về việc …"
- "Hướng dẫn số 12-HD/BTGTW, ngày 7 tháng 12 năm 2011 của Ban Tuyên giáo Trung ương."
- "Sở Công Thương lập kế hoạch …", "Ban Tuyên giáo Trung ương hướng dẫn … như sau:" (the issuer alone).

Only the first lines are read, and the opening clause of a sentence that cites
("Căn cứ", "Thực hiện", "theo") never names the document itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..normalise import UPPER, Line
from .dates import DATE
from .numbers import CITED_NUMBER, KIND_PATTERN, NUMBER, kind_from_symbol, kind_named_by_symbol, number_key, tidy_number

LEAD_LINES = 12
_POSITION = (r"(?:(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Bộ trưởng|Trưởng ban|Trưởng(?=\s+Ban\b)|Tổng cục trưởng|Cục trưởng|Chi cục trưởng)|"
             r"Thứ trưởng|Thường trực)")
# The words a body's name starts with ("Sở Công Thương", "Ủy ban nhân dân tỉnh Hậu Giang", "Ban Thường vụ Tỉnh ủy …").
ORGAN = (r"(?:Sở|Bộ|Ban|(?:Ủy|Uỷ) ban|UBND|Tỉnh (?:ủy|uỷ)|Thành (?:ủy|uỷ)|Huyện (?:ủy|uỷ)|Đảng (?:ủy|uỷ)|Văn phòng|"
         r"Tổng cục|Chi cục|Cục|Hội đồng|Thủ tướng|Chính phủ|Liên ngành|Liên đoàn Lao động|Trung tâm|Phòng|Ngân hàng Nhà nước|"
         r"Tập đoàn|Tổng công ty)")
# A body's name: its first word, then up to 80 characters without a clause's punctuation. A comma belongs to a name
# only before the second of a pair of fields ("Sở Văn hóa, Thể thao và Du lịch", "Ban Tổ chức Hội chợ Thương mại, Du
# lịch vùng Đông Bắc …", "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả"); "Cục An toàn thực phẩm,
# Bộ Y tế" names a department, then its ministry.
NAME_CHAR = r"(?:[^,.;:!?“”\"]|,\s(?=(?:Thể thao|Du lịch|gian lận)\b)|(?<=[A-ZĐ])\.(?=[A-ZĐƯ]))"  # and "TP.HCM", "T.Ư"
_ISSUER = (rf"(?P<issuer>(?:(?:Tổng cục|Cục|Vụ|Chi cục)\b[^,.;:!?“”\"]{{0,60}}?,\s+Bộ\b|{ORGAN}\b){NAME_CHAR}{{0,80}}?)")
# Where a lead sentence starts: a line, a sentence or a clause; or after a web page's date and time, which a copy
# runs into it ("Thứ hai - 04/07/2022 04:34 288 0 Ban Tuyên giáo Trung ương ban hành …").
_BEFORE = r"(?:^|(?<=[.;:!?])\s+|(?<=,)\s+|(?<=[\s)][-–])\s+|(?<=\s)(?=Ngày\s+\d)|(?<=\d)\s+)"
_DATE_FIRST = rf"(?:Ngày\s+(?P<day>{DATE}|\d{{1,2}}\s*/\s*\d{{1,2}})\s*(?:vừa qua|mới đây)?\s*,?\s*)?"  # "Ngày 17/7/2020 vừa qua,"
# "đã ban hành", "vừa ký, ban hành", "mới đây đã ban hành", "vừa có Công văn số …"; a site "đăng tải" (posts) another
# body's document, named after it ("… số 35-HD/BTG ngày … của Ban Tuyên giáo Quận ủy").
# "… có văn bản số 11554/VPCP-V.I …", "UBND tỉnh … ra Chỉ thị số 15/CT-UBND": "có" and "ra" name the document only
# with its number.
_ISSUES = (r"(?:(?:(?:đã|vừa|mới đây(?:\s+đã)?)\s+)?(?:ký\s*,?\s*)?(?:(?:xây dựng\s+và\s+)?ban hành|lập|xây dựng)|(?:vừa|đã)\s+(?:có|gửi)|"
           r"(?P<has>(?:(?:vừa|đã)\s+)?ra|có)|(?:(?:vừa|đã)\s+)?ký|đăng tải|giới thiệu)")
# ("về việc: Thông báo …"; "… hàng giả; đồng thời bảo đảm …": one trích yếu goes on past its semicolon.)
_SUBJECT = r"(?:\s*,?\s*(?:về việc\s*:?|về|V/v\s*:?)\s+|\s+)(?P<subject>(?:[^.;:!?]|;\s(?=đồng thời\b))+?)"
_SUBJECT_END = (r"(?=\s*(?:[.:!?]|;(?!\s*đồng thời\b)|,\s*với\b|\s+như sau\b|\s+với (?:các|những) nội dung\b|\s+nhằm\b|\s+với chủ đề\b|"
                r",\s*trong đó\b|$))")
# "X ban hành Kế hoạch số N ngày D về việc S" (each part after the kind optional, the kind written).
# ("văn bản số …" names no kind: the number's symbol may.)
# ("công văn 2833 về việc …": a bare serial after the kind, never a year.)
# ("Ủy ban nhân dân tỉnh Quảng Trị cho biết, vừa ban hành …"; "… có công điện khẩn số 12/CĐ.UBND …".)
# ("Phó Chủ tịch UBND tỉnh Nghệ An, ông Lê Hồng Vinh vừa ký, ban hành …": the signer named between.)
_ISSUED = re.compile(rf"{_BEFORE}{_DATE_FIRST}(?:{_POSITION}\s+|Phó\s+)?{_ISSUER}(?:\s*,\s*(?:ông|bà)\s+[^,.;]{{3,40}}?)?"
                     rf"\s+(?:cho biết\s*,?\s*)?{_ISSUES}\s+"
                     rf"(?P<kind>{KIND_PATTERN}|văn bản)\b(?:\s+(?:thượng khẩn|hỏa tốc|hoả tốc|khẩn))?"
                     rf"(?:\s+số\s*(?P<number>{NUMBER}|\d{{1,6}}\b)|\s+(?P<bare>{NUMBER}|(?!(?:19|20)\d\d\b)\d{{1,6}}\b(?![/-]))|"
                     rf"\s*\(\s*số\s*(?P<paren>{NUMBER})\s*\))?"  # ("đã có Công văn (số 73/TTg-CN) chỉ đạo …")
                     rf"(?:\s*,\s*{NUMBER})*(?:\s*,?\s*ngày\s+(?P<date>{DATE}))?"
                     rf"(?:\s*,?\s*của\s+(?P<of>{ORGAN}\b[^,.;:!?“”\"]{{0,80}}?)(?=\s*(?:[.,;:]|về\b|V/v|$)))?"
                     rf"(?:{_SUBJECT}{_SUBJECT_END})?", re.IGNORECASE)
# "Hướng dẫn số 12-HD/BTGTW, ngày 7 tháng 12 năm 2011 của Ban Tuyên giáo Trung ương." at a line's start.
# (The whole line: "Công văn số 7876-CV/VPTW ngày … của … Về việc …," in a list of legal bases names another document.)
# (Not a list's line: "Quyết định số 490/QĐ-TTg ngày … của Thủ tướng chính phủ phê duyệt chương trình …" goes on with
# what it does, in a name's room.)
_NAMED = re.compile(rf"^(?P<kind>{KIND_PATTERN})\s+số\s*(?P<number>{NUMBER})\s*,?\s*(?:ngày\s+(?P<date>{DATE}))?"
                    rf"\s*(?:của\s+(?![^.;]*?\s(?:về|phê duyệt|ban hành|sửa đổi|quy định|hướng dẫn|V/v)\s){_ISSUER})?"
                    rf"\s*[.;]?\s*$", re.IGNORECASE)
# A web page naming, in brackets under its title, the document it reproduces: "(Theo Kế hoạch số 8/KH-UBND ngày
# 11/01/2021 của UBND tỉnh)". The whole line, so that a bracket in a sentence is still a citation.
_SOURCE = re.compile(rf"^\(\s*(?:Theo|Trích|Nguồn\s*:)\s+(?P<kind>{KIND_PATTERN})\s+số\s*(?P<number>{NUMBER})\s*,?\s*"
                     rf"(?:ngày\s+(?P<date>{DATE}))?\s*(?:của\s+{_ISSUER})?\s*\)\s*\.?$", re.IGNORECASE)
# A law site's title in capitals: "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008 (…)".
_TITLED = re.compile(rf"^(?P<kind>{KIND_PATTERN})\s+của\s+(?P<issuer>{ORGAN}\b[^,.;:!?“”\"]{{0,80}}?)\s+số\s*(?P<number>{NUMBER})"
                     rf"\s*(?:ngày\s+(?P<date>{DATE}))?\s*(?:\([^)]*\))?\s*$", re.IGNORECASE)
# A page that is one sentence naming a document without its number: "Chỉ thị của Chủ tịch Uỷ ban nhân dân tỉnh về việc
# tiếp tục …". The issuer as written, a position included (a Chủ tịch's directive is his).
_NAMED_OF = re.compile(rf"^(?P<kind>{KIND_PATTERN})\s+của\s+(?P<issuer>(?:{_POSITION}\s+)?{ORGAN}\b[^,.;:!?“”\"]{{0,80}}?)"
                       rf"\s+(?:về việc|về|V/v)\s+(?P<subject>[^;:!?]+?)\s*\.?$", re.IGNORECASE)
# "Ban Tuyên giáo Trung ương hướng dẫn tuyên truyền … như sau:" or "… các nội dung sau:": who writes, when nothing else
# says; and "Sở Công Thương kính gửi các sở, ngành …": only the sender writes "kính gửi".
# "Sở Công Thương xin thông báo đến …", "Bộ Công Thương đề nghị các Sở Công Thương …": the same.
_WRITES = re.compile(rf"{_BEFORE}{_ISSUER}\s+(?:(?:đã\s+)?(?:ban hành|lập|xây dựng|hướng dẫn|triển khai|đề nghị|yêu cầu|"
                     r"thông báo)\b"
                     r"[^.;]*?\b(?:như sau|(?:các|những) nội dung sau)\s*:|kính gửi\b|(?:xin )?thông báo (?:đến|tới|cho)\b|xin thông báo\b|"
                     r"nhận được\b|"
                     r"(?:đề nghị|yêu cầu|chỉ đạo)\s+(?:các|Quý)\s)")
_CITING = re.compile(r"^\W*(?:Căn cứ|Thực hiện|Triển khai|Theo|Xét|Để thi hành)\b", re.IGNORECASE)


_NOT_A_NAME = re.compile(r"\s(?:có|đã|vừa|sẽ|được|văn bản)\s")


@dataclass(frozen=True)
class Lead:
    """What the lead says: every part may be missing, each comes from `line`."""

    line: Line
    issuer: str | None = None
    kind: str | None = None
    number: str | None = None
    date: str | None = None
    subject: str | None = None


# A person named after the body whose post precedes it ("Phó Chủ tịch UBND tỉnh Đào Quang Khải"): a name starts
# with a family name and has three or four words; a place after "tỉnh" has at most three ("Bà Rịa - Vũng Tàu").
_FAMILY = ("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đoàn|Vương|Trịnh|Trương|Lâm|"
           "Mai|Hà|Cao|Lương|Tạ|Đinh|Chu|Lưu|Quách|Tô|Tống|Thái|Hứa|Lại|Kiều|Nông|Triệu|Văn|Đàm|Lò|Giàng|Y")
_PERSON_AFTER = re.compile(rf"\s+(?:{_FAMILY})(?:\s+[{UPPER}][^\W\d_]*){{2,3}}$")
# Words of time a news sentence puts between the body and its verb ("UBND tỉnh Hà Nam mới đây đã ban hành").
_TIME_AFTER = re.compile(r"(?:\s+(?:mới đây|vừa qua|hôm nay|gần đây|đã|vừa|khẩn trương|kịp thời))+$")


def _clean_issuer(issuer: str | None) -> str | None:
    if not issuer:
        return None
    issuer = re.sub(rf"^{_POSITION}\s+", "", issuer.strip())
    issuer = re.sub(r"^((?:Tổng cục|Cục|Vụ|Chi cục)\b[^,]*),\s+Bộ\b.*$", r"\1", issuer)  # the department issues it
    issuer = _TIME_AFTER.sub("", issuer)
    issuer = re.sub(r"\s*\([A-ZĐ]{2,10}(?:\s+và\s+[A-ZĐ]{2,10})?\)$", "", issuer)  # "… (EVN)", "… (TMĐT và CNTT)"
    issuer = re.sub(r"\s+(?:có|được|là|sẽ)\s.*$", "", issuer)  # "UBND tỉnh Cao Bằng có 2 làng nghề …"
    issuer = re.sub(r"\s+thuộc\s+(?:Bộ|Sở|UBND|Ủy ban)\b.*$", "", issuer)  # "Cục Thủy lợi thuộc Bộ …"
    issuer = _PERSON_AFTER.sub("", issuer)
    issuer = re.sub(r"(?<=\w) [-–](?=\w)", " - ", issuer)  # "vùng Đông Bắc -Tuyên Quang": a dash spaced on one side
    if re.fullmatch(r"(?:Phó\s+)?Thủ tướng", issuer.strip(" ,-")):
        return None  # "Phó Thủ tướng Trịnh Đình Dũng vừa ký …": a person who signed, not the body
    return issuer.strip(" ,-") or None


# Words after a number that say what the letter asks of whom, not what it is about: "… số 1319/SCT-KTATMT ngày
# 22/5/2024 đề nghị UBND các huyện …", "… gửi các phòng, ban …". No trích yếu starts so.
_ADDRESSING = re.compile(r"^(?:gửi|đề nghị|yêu cầu|kính gửi|giao)\b", re.IGNORECASE)


def _clean_subject(subject: str | None) -> str | None:
    if subject:
        subject = re.sub(r"^ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?\s*,?\s*", "", subject, flags=re.IGNORECASE)  # "ngày 25/4 truyền đạt …"
        subject = re.sub(r"^(?:thượng khẩn|hỏa tốc|hoả tốc|khẩn)\s+", "", subject)  # "Công điện thượng khẩn gửi …"
        # "văn bản … chỉ đạo triển khai …", "công văn số … chỉ đạo các Sở, ban, ngành và UBND các quận … thực hiện ngay …"
        subject = re.sub(r"^chỉ đạo\s+(?:(?:các|UBND|Ủy ban|Uỷ ban|Sở)\s[^.;]{0,120}?\s)?(?=(?:triển khai|thực hiện|tăng cường)\b)",
                         "", subject)
        subject = re.sub(rf"\s*\([^()]*{NUMBER}[^()]*\)\s*$", "", subject)  # "(Công điện 6048/EVN-AT ngày …)"
        subject = re.sub(rf"^(?:,?\s*{NUMBER})+\s*", "", subject)  # "Quyết định 3136/QĐ-UBND, 3137/QĐ-UBND, … công nhận …"
        subject = re.sub(r"\s*\(sau đây[^)]*\)?$", "", subject)  # "(sau đây gọi tắt là …)", as a cited subject loses it
        subject = re.sub(r"\s+[A-ZĐ]{2,8}\s+[-–]\s+.*$", "", subject)  # a headline run into its lead: "… Đoàn TPO - Kỷ niệm …"
    if subject and _ADDRESSING.match(subject):
        # "… số 2211/UBND-CN gửi các Sở, ban, ngành … về việc thực hiện …": the trích yếu after whom it is sent to.
        about = re.search(r"\s(?:về việc|V/v)\s+(?P<about>.+)$", subject)
        subject = about.group("about") if about else None
    # ("ban hành Kế hoạch triển khai như sau:": a verb alone is no trích yếu.)
    if not subject or subject.casefold() in ("như sau", "cụ thể như sau", "các nội dung sau", "triển khai", "thực hiện",
                                             "triển khai thực hiện"):
        return None
    subject = re.sub(r"\s+(?:với các nội dung|như sau)\b.*$", "", subject.strip()).strip(" ,")
    return subject or None


def _sentences(line: Line) -> list[str]:
    """The line's sentences; a web page's headline run into its lead with no mark between ("… tại Quảng Ninh⏎Cục An
    toàn thực phẩm, Bộ Y tế ban hành …") also gives the sentence that starts on the next source line, tried first."""
    sentences = []
    for part in (part for part in re.split(r"(?<=[.!?])\s+|(?<=;)\s+(?!đồng thời\b)", line.text) if part):
        start = line.text.find(part)
        sentences += [line.text[at:start + len(part)] for at in line.breaks
                      if start < at < start + len(part) and line.text[at:at + 1].isupper()]
        sentences.append(part)
    return sentences


def lead(lines: list[Line]) -> Lead | None:
    """The first lead sentence that names the document (kind and number, or kind and subject), else the
    first that names only who wrote it."""
    for line in lines[:LEAD_LINES]:
        named = _NAMED.match(line.text) or _SOURCE.match(line.text) or _TITLED.match(line.text)
        if named and not _carried_out_below(lines[lines.index(line) + 1:], named.group("number")):
            return Lead(line, _clean_issuer(named.group("issuer")), named.group("kind"), tidy_number(named.group("number")),
                        named.group("date"))
    titled = _title_line(lines)
    if titled:
        return titled
    issued = _issued(lines[:LEAD_LINES], _headline_kind(lines[:5]))
    sourced = _source_line(lines)
    if issued and issued.number is None and sourced and (issued.kind or "").casefold() == sourced.kind.casefold():
        return Lead(issued.line, issued.issuer, issued.kind, sourced.number, issued.date, issued.subject)
    if issued:
        return issued
    found = _pointed_to(lines) or sourced
    if found:
        # "Ủy ban nhân dân huyện Châu Thành thông báo như sau: …" over "BBT(Nguồn: 132/TB-UBND)".
        writer = _writer(lines) if found.issuer is None else None
        return Lead(found.line, found.issuer or (writer.issuer if writer else None), found.kind, found.number, found.date,
                    found.subject)
    reported = _reported_by_theo(lines[:LEAD_LINES])
    if reported:
        return reported
    if len(lines) == 1:
        named = _NAMED_OF.match(lines[0].text)
        if named:
            return Lead(lines[0], named.group("issuer").strip(), named.group("kind"), None, None,
                        _clean_subject(named.group("subject")))
    return _writer(lines)


def _writer(lines: list[Line]) -> Lead | None:
    """The first sentence that says only who writes."""
    for line in lines[:LEAD_LINES]:
        for writes in _WRITES.finditer(line.text):
            if _NOT_A_NAME.search(writes.group("issuer")):  # "Sở Văn hóa có văn bản yêu cầu các …": a clause, no name
                continue
            # "Thực hiện Kế hoạch số …; Sở … triển khai như sau:": the main clause, after the citing one, names the writer.
            before = line.text[:writes.start("issuer")]
            if not _CITING.match(before or line.text) or re.search(r"[,;.]\s*$", before):
                return Lead(line, _clean_issuer(writes.group("issuer")))
    return None


# A page whose title names its document: "Thông tư 38/2016/TT-BCT Quy định định mức …", "Quyết định số 163/QĐ-UBND
# của Chủ tịch UBND tỉnh tặng Bằng khen cho …", "Quyết định số 105/2009/QĐ-TTg, ngày … của Thủ tướng Chính phủ về …".
_TITLE_VERB = (r"(?:về việc|về|V/v|tặng|phê duyệt|ban hành|quy định|hướng dẫn|sửa đổi|thành lập|công bố|giao|phân bổ|"
               r"kiện toàn|điều chỉnh|bãi bỏ)")
_TITLE_LINE = re.compile(rf"^(?P<kind>{KIND_PATTERN})\s+(?:số\s*)?(?P<number>{NUMBER})(?:\s*,?\s*ngày\s+(?P<date>{DATE}))?"
                         rf"(?:\s*,?\s*(?:của|ban hành bởi)\s+(?P<issuer>(?:{_POSITION}\s+)?{ORGAN}\b{NAME_CHAR}{{0,80}}?)(?=\s+{_TITLE_VERB}\b))?"
                         rf"\s*,?\s+(?:(?:về việc|về|V/v)\s+)?(?P<subject>[^\W\d_]\S*(?:\s+\S+){{2,}}?)\s*\.?$", re.IGNORECASE)
_TITLE_LINES = 3


def _title_line(lines: list[Line]) -> Lead | None:
    """The title line at the top of a page without a header, when it is the only line there that opens on a kind and
    a number (a page listing several decisions has no document of its own) and the page does not go on to tell of
    something done about that document (as _carried_out_below)."""
    opening = [line for line in lines[:LEAD_LINES] if re.match(rf"^(?:{KIND_PATTERN})\s+(?:số\s*)?{NUMBER}", line.text,
                                                               re.IGNORECASE)]
    if len(opening) != 1 or opening[0] not in lines[:_TITLE_LINES]:
        return None
    line = opening[0]
    found = _TITLE_LINE.match(line.text) if not line.text.rstrip().endswith((",", ";")) else None  # (a list's item)
    if found is None or _carried_out_below(lines[lines.index(line) + 1:], found.group("number")):
        return None
    # (A law site's title: "Kế hoạch 231/KH-UBND năm 2025 thực hiện … do tỉnh Hà Tĩnh ban hành": its year and its
    # "do … ban hành" are the site's.)
    subject = re.sub(r"^năm\s+\d{4}\s+", "", found.group("subject").rstrip(" ."), flags=re.IGNORECASE)
    subject = re.sub(r"\s+do\s+(?:(?!\bdo\b)[^.]){3,120}\s+ban hành$", "", subject)
    return Lead(line, _clean_issuer(found.group("issuer")), found.group("kind"), tidy_number(found.group("number")),
                found.group("date"), _clean_subject(subject))


# What a text says it does with a document it names: a page's own document is never one it carries out or reviews.
_CARRYING_OUT = re.compile(r"\b(?:thực hiện|triển khai|căn cứ|theo|quán triệt|sơ kết|tổng kết)\b[^.;]{0,40}$", re.IGNORECASE)


def _carried_out_below(lines: list[Line], number: str) -> bool:
    """A police paper's tag line "Chỉ thị số 47-CT/TW" over "… sơ kết 2 năm thực hiện Chỉ thị số 47-CT/TW của Ban Bí
    thư …": the page is about the directive, not the directive itself."""
    key = number_key(tidy_number(number))
    for line in lines:
        for cited in CITED_NUMBER.finditer(line.text):
            if number_key(tidy_number(cited.group("number"))) == key and _CARRYING_OUT.search(line.text[:cited.start()]):
                return True
    return False


# A page pointing at its own document: "(Chi tiết Thông báo số 65/TB-SCT ngày 28/11/2018, xem tại đây)", "Xem chi tiết
# nội dung Thông báo số 359/TB-SCT của Sở Công thương tại đây", "Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch
# UBND tỉnh về việc …", "UBND tỉnh Phú Yên đã ban hành danh mục … (tại văn bản số 5323/UBND-ĐTXD)".
_POINTER = re.compile(rf"(?:^\W*(?:Chi tiết|Xem chi tiết(?: nội dung)?|Xem toàn văn|Toàn văn)\s+|(?:^|(?<=[.!?])\s+)(?:Đó|Đây) là "
                      rf"(?:những |các )?(?:nội dung|yêu cầu|chỉ đạo)(?: chính)? (?:tại|của|trong) )"
                      rf"(?P<kind>{KIND_PATTERN}|văn bản)\s+số\s*(?P<number>{NUMBER})\s*,?\s*(?:ngày\s+(?P<date>{DATE}))?"
                      rf"\s*(?:của\s+(?P<issuer>(?:{_POSITION}\s+)?{ORGAN}\b{NAME_CHAR}{{0,80}}?)(?=\s+(?:tại đây|về|V/v)\b|\s*[,.)]|$))?"
                      rf"(?:\s*,?\s*(?:về việc|về|V/v)\s+(?P<subject>[^.;()]+?)(?=\s*[.;()]|$))?", re.IGNORECASE)
_CONTENT_AT = re.compile(rf"{_BEFORE}{_DATE_FIRST}{_ISSUER}\s+(?:đã\s+)?ban hành\s+(?P<subject>[^.;()]{{10,250}}?)\s*\(\s*(?:tại|theo)\s+"
                         rf"(?P<kind>{KIND_PATTERN}|văn bản)\s+số\s*(?P<number>{NUMBER})\s*\)", re.IGNORECASE)


def _pointed_to(lines: list[Line]) -> Lead | None:
    for line in lines:
        for sentence in _sentences(line):
            found = _POINTER.search(sentence) or _CONTENT_AT.search(sentence)
            if found is None:
                continue
            number = tidy_number(found.group("number"))
            kind = found.group("kind")
            if kind.casefold() == "văn bản":
                kind = kind_from_symbol(number)
            date = found.group("date") if "date" in found.re.groupindex else None
            date = date or _full(found.groupdict().get("day"))
            return Lead(line, _clean_issuer(found.group("issuer")), kind, number, date, _clean_subject(found.group("subject")))
    return None


# A news page's last line naming the letter it was written from: "P.L-  Nguồn CV số: 3002/UBND-KTN".
# ("BBT(Nguồn: 132/TB-UBND)": the editors' initials, the source in brackets.)
_SOURCE_LINE = re.compile(rf"^(?:\S{{1,8}}?\s*)?\(?\s*Nguồn\s*(?P<kind>CV|công văn|văn bản|VB)?\s*(?:số)?\s*:?\s*(?P<number>{NUMBER})"
                          rf"\s*\)?\s*\.?$", re.IGNORECASE)


def _source_line(lines: list[Line]) -> Lead | None:
    for line in lines:
        found = _SOURCE_LINE.match(line.text.strip())
        if found:
            number = tidy_number(found.group("number"))
            kind = kind_from_symbol(number)
            return Lead(line, None, kind, number) if kind else None
    return None


# The decision a plan or rules were issued by, named after them.
_CARRIED_BY = re.compile(rf"\s+(?:tại|bằng|theo|kèm theo)\s+Quyết định\s+số\s*(?P<number>{NUMBER})\s*$", re.IGNORECASE)


def _reported(line: Line, issued: re.Match) -> Lead | None:
    number = issued.group("number") or issued.group("bare") or issued.group("paren")
    number = tidy_number(number) if number else None
    if issued.group("has") and number is None:
        return None
    kind = issued.group("kind")
    named = kind_named_by_symbol(number) if number else None
    if named and kind.casefold() not in ("văn bản", named.casefold()):
        kind = named  # "ban hành quyết định số 120/KH-UBND về Kế hoạch …": the symbol's KH is right, the report is not
    if kind.casefold() == "văn bản":  # "văn bản số 4300/SNN-VP": the symbol's kind, a công văn's when it names none
        # ("văn bản hỏa tốc số 1415": a letter with no kind's name is a công văn, Nghị định 30/2020/NĐ-CP.)
        kind = (kind_from_symbol(number) if "/" in number else "Công văn") if number else None
        if kind is None:
            return None
    subject = _clean_subject(issued.group("subject"))
    carrier = _CARRIED_BY.search(subject) if subject and number is None else None
    if carrier:
        # "ban hành Kế hoạch sử dụng … tại Quyết định số 1616/QĐ-UBND": the decision is the document, the plan its content.
        return Lead(line, _clean_issuer(issued.group("of") or issued.group("issuer")), "Quyết định",
                    tidy_number(carrier.group("number")), issued.group("date") or _full(issued.group("day")),
                    f"{kind} {subject[:carrier.start()]}")
    if subject and re.match(r"\s*(?:\.\.\.|…)", issued.string[issued.end("subject"):]):
        subject = None  # "… về việc tăng cường ...": cut by the page; its headline says it whole
    if subject and kind and subject.casefold().startswith(kind.casefold() + " "):
        subject = subject[len(kind) + 1:]  # "Hướng dẫn số 98-HD/BTGTU hướng dẫn tuyên truyền …": the kind said twice
    return Lead(line, _clean_issuer(issued.group("of") or issued.group("issuer")), kind, number,
                issued.group("date") or _full(issued.group("day")), subject)


# A web page's headline that starts with a kind ("Thông báo tạm hoãn tổ chức …", "Kế hoạch tổ chức các hoạt động …"),
# never a sentence about one ("Kế hoạch của chúng tôi …").
KIND_HEADLINE = re.compile(rf"^(?P<kind>{KIND_PATTERN})\s+(?!(?:của|số|này|đã|được|và|là|cho|thì|mà|sẽ|với)\b)"
                           rf"(?P<subject>[a-zđà-ỹ][^\n]{{10,250}}?)\.?$")


def _headline_kind(lines: list[Line]) -> str | None:
    """The kind a web page's headline starts with ("Kế hoạch tổ chức các hoạt động …"), if any."""
    found = next(filter(None, (KIND_HEADLINE.match(line.text) for line in lines)), None)
    return found.group("kind").casefold() if found else None


def _issued(lines: list[Line], headline_kind: str | None = None) -> Lead | None:
    """The first sentence that says a body issued a document. A news page often names it first without its number
    (its headline, "Bộ Công Thương ban hành Kế hoạch tổ chức …") and gives the number further on ("…, Bộ trưởng Bộ
    Công Thương đã ban hành Kế hoạch số 5763/KH-BCT …"): the first later sentence of the same kind that gives one
    completes it. When the page's headline names a kind ("Kế hoạch tổ chức …") and a sentence of that kind gives a
    number, that one wins over a background one before it ("Thủ tướng … ban hành Quyết định số 1035/…")."""
    leads = []
    for line in lines:
        for sentence in _sentences(line):
            for found in _ISSUED.finditer(sentence):
                # In "Thực hiện Công văn số …, Sở … xây dựng Kế hoạch …" only the main clause names the document.
                if _CITING.match(sentence) and found.start() == 0:
                    continue
                reported = _reported(line, found)
                if reported is None and found.group("kind").casefold() == "văn bản" and not found.group("has"):
                    # "UBND tỉnh vừa có văn bản chỉ đạo … (Công văn số 455/UBND-KTTH ngày 21/5/2019).": the kind in brackets.
                    reported = _bracketed(Lead(line, _clean_issuer(found.group("of") or found.group("issuer")), "văn bản",
                                               None, found.group("date") or _full(found.group("day")),
                                               _clean_subject(found.group("subject"))), sentence[found.start("kind"):])
                    reported = reported if reported.number else None
                if reported is not None:
                    leads.append(reported if reported.number else _bracketed(reported, sentence[found.start("kind"):]))
    if headline_kind:
        of_kind = [lead for lead in leads if lead.kind and lead.kind.casefold() == headline_kind]
        if any(lead.number for lead in of_kind):
            leads = of_kind
    first = None
    for reported in leads:
        if first is None:
            if reported.number:
                return reported
            first = reported
        elif reported.number and _carries(reported, first.kind):
            # "UBND tỉnh ban hành kế hoạch …" over "UBND tỉnh ban hành Quyết định số 2212/QĐ-UBND kèm theo kế hoạch …".
            subject = re.sub(r"^kèm theo\s+", "", reported.subject or "", flags=re.IGNORECASE) or first.subject
            return Lead(reported.line, reported.issuer or first.issuer, reported.kind, reported.number, reported.date,
                        subject)
        elif reported.number and reported.kind.casefold() == first.kind.casefold():
            # (The headline's words are whole; the sentence's may run on or be cut where the copy stops.)
            return Lead(reported.line, reported.issuer or first.issuer, first.kind, reported.number,
                        reported.date, first.subject or reported.subject)
    return first


def _carries(reported: Lead, kind: str | None) -> bool:
    """A decision that issues a document of the kind named before: "Quyết định số … kèm theo kế hoạch …"."""
    return bool(kind and reported.kind and reported.kind.casefold() == "quyết định" and reported.subject
                and re.match(rf"(?:(?:ban hành\s+)?kèm theo|(?:về\s+)?(?:việc\s+)?ban hành)\s+{re.escape(kind)}\b", reported.subject,
                             re.IGNORECASE))


# "… vừa ban hành Công điện thượng khẩn … (Công điện 6048/EVN-AT ngày 23/11/2018).": the report gives the number it
# left out in brackets at the end of its sentence.
_BRACKETED = re.compile(rf"\(\s*(?P<kind>{KIND_PATTERN})\s+(?:số\s*)?(?P<number>{NUMBER})(?:\s*,?\s*ngày\s+(?P<date>{DATE}))?\s*\)",
                        re.IGNORECASE)


def _bracketed(reported: Lead, rest: str) -> Lead:
    found = _BRACKETED.search(rest)
    if found is None or (reported.kind or "").casefold() not in (found.group("kind").casefold(), "văn bản"):
        return reported
    kind = found.group("kind") if reported.kind == "văn bản" else reported.kind
    return Lead(reported.line, reported.issuer, kind, tidy_number(found.group("number")),
                reported.date or found.group("date"), reported.subject)


# A news lead that opens on the document it reports: "Theo Kế hoạch số 263/KH-BCĐ, ngày 25/12/2025 của Ban Chỉ đạo 389
# tỉnh Thanh Hóa, cao điểm chống buôn lậu … được triển khai …". A letter citing so goes on with its own writer and verb
# ("Theo Kế hoạch số 12/KH-UBND của UBND tỉnh, Sở Công Thương xây dựng …"), which this leaves alone.
_THEO = re.compile(rf"^\W*Theo\s+(?P<kind>{KIND_PATTERN})\s+số\s*(?P<number>{NUMBER})\s*,?\s*(?:ngày\s+(?P<date>{DATE}))?\s*"
                   rf"của\s+(?P<issuer>{ORGAN}\b[^,.;:!?“”\"]{{0,80}}?)\s*(?:,|\s(?=có\b|đã\b|thì\b))", re.IGNORECASE)


def _reported_by_theo(lines: list[Line]) -> Lead | None:
    for line in lines:
        for sentence in _sentences(line):
            found = _THEO.match(sentence)
            if found and not _ISSUED.search(sentence, found.end()) and not _WRITES.search(sentence, found.end()):
                return Lead(line, _clean_issuer(found.group("issuer")), found.group("kind"),
                            tidy_number(found.group("number")), found.group("date"))
    return None


def _full(day: str | None) -> str | None:
    """A date with its year; "Ngày 6/8" says no year and so no date."""
    return day if day and re.search(r"\d{4}", day) else None
