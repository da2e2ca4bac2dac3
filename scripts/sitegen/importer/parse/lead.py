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

import dataclasses
import re

from ..normalise import PAGE_STAMP, Line
from .dates import DATE
from .naming import BEFORE, ISSUER, LEAD_LINES, ORGAN, POSITION, Lead, clean_issuer, clean_subject, sentences
from .numbers import KIND_PATTERN, NUMBER, kind_from_symbol, number_key, tidy_number
from . import told
from .signed import signed_for, signed_passive
from .pointers import carried_out_below, pointed_to, source_line, title_line
from .issued import CITING, ISSUED, first_issued, headline_kind, letters_subject

# "Hướng dẫn số 12-HD/BTGTW, ngày 7 tháng 12 năm 2011 của Ban Tuyên giáo Trung ương." at a line's start.
# (The whole line: "Công văn số 7876-CV/VPTW ngày … của … Về việc …," in a list of legal bases names another document.)
# (Not a list's line: "Quyết định số 490/QĐ-TTg ngày … của Thủ tướng chính phủ phê duyệt chương trình …" goes on with
# what it does, in a name's room.)
# (Also a site's line holding kind and number alone, or with the date: "• Thông tư 36/2025/TT-BCT", "Thông tư
# 21/2019/TT-BCT ngày 08/11/2019" over the title. Not a "văn bản" line, which is a
# link's as often: "Văn bản số 578/SCT-QLTM ngày … của Sở Công Thương xem tại đây.")
_NAMED = re.compile(rf"^(?:[•·]\s*)?(?P<kind>{KIND_PATTERN})\s+(?:số\s*(?P<number>{NUMBER})\s*,?\s*"
                    rf"(?:ngày\s+(?P<date>{DATE}))?"
                    rf"\s*(?:của\s+(?![^.;]*?\s(?:về|phê duyệt|ban hành|sửa đổi|quy định|hướng dẫn|V/v)\s){ISSUER})?"
                    rf"\s*[.;]?|(?P<alone>{NUMBER})(?:\s+ngày\s+(?P<alone_date>{DATE}))?)\s*$", re.IGNORECASE)
# A web page naming, in brackets under its title, the document it reproduces: "(Theo Kế hoạch số 8/KH-UBND ngày
# 11/01/2021 của UBND tỉnh)". The whole line, so that a bracket in a sentence is still a citation.
_SOURCE = re.compile(rf"^\(\s*(?:Theo|Trích|Nguồn\s*:)\s+(?P<kind>{KIND_PATTERN})\s+số\s*(?P<number>{NUMBER})\s*,?\s*"
                     rf"(?:ngày\s+(?P<date>{DATE}))?\s*(?:của\s+{ISSUER})?\s*\)\s*\.?$", re.IGNORECASE)
# A law site's title in capitals: "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008 (…)".
_TITLED = re.compile(rf"^(?P<kind>{KIND_PATTERN})\s+của\s+(?P<issuer>{ORGAN}\b[^,.;:!?“”\"]{{0,80}}?)\s+số\s*(?P<number>{NUMBER})"
                     rf"\s*(?:ngày\s+(?P<date>{DATE}))?\s*(?:\([^)]*\))?\s*$", re.IGNORECASE)
# A page that is one sentence naming a document without its number: "Chỉ thị của Chủ tịch Uỷ ban nhân dân tỉnh về việc
# tiếp tục …". The issuer as written, a position included (a Chủ tịch's directive is his).
_NAMED_OF = re.compile(rf"^(?P<kind>{KIND_PATTERN})\s+của\s+(?P<issuer>(?:{POSITION}\s+)?{ORGAN}\b[^,.;:!?“”\"]{{0,80}}?)"
                       rf"\s+(?:về việc|về|V/v)\s+(?P<subject>[^;:!?]+?)\s*\.?$", re.IGNORECASE)
# "Ban Tuyên giáo Trung ương hướng dẫn tuyên truyền … như sau:" or "… các nội dung sau:": who writes, when nothing else
# says; and "Sở Công Thương kính gửi các sở, ngành …": only the sender writes "kính gửi".
# "Sở Công Thương xin thông báo đến …", "Bộ Công Thương đề nghị các Sở Công Thương …": the same; and "Cục … vừa có văn
# bản đề nghị Sở Công Thương các tỉnh …", a letter named without its number.
# What a letter named without its number is told to do: "… có văn bản đề nghị / gửi / về việc …".
_LETTER_VERBS = r"(?:đề nghị|yêu cầu|chỉ đạo|gửi|về việc|truyền đạt)"
_WRITES = re.compile(rf"{BEFORE}{ISSUER}\s+(?:(?:đã\s+)?(?:ban hành|lập|xây dựng|hướng dẫn|triển khai|đề nghị|yêu cầu|"
                     r"thông báo)\b"
                     r"[^.;]*?\b(?:như sau|(?:các|những) nội dung sau)\s*:|kính gửi\b|(?:xin )?thông báo (?:đến|tới|cho)\b|xin thông báo\b|"
                     r"thông báo\s*:|"  # ("…, Sở Công Thương thông báo: - Yêu cầu …")
                     r"nhận được\b|(?P<letter>(?:(?:vừa|đã)\s+)?có\s+văn bản(?:\s+(?:thượng khẩn|hỏa tốc|hoả tốc|khẩn))?)\s+"
                     # ("UBND huyện Lấp Vò có văn bản tạm dừng hoạt động các chợ tự phát …": what it does, said at once)
                     rf"(?:{_LETTER_VERBS}\b|(?!(?:số|này|đó|trên|nào)\b)(?=[^\W\d_A-ZĐ]))|"
                     r"có ý kiến như sau\b|(?:vừa|đã)\s+có\s+ý kiến chỉ đạo\b|"  # ("… vừa có ý kiến chỉ đạo về việc …")
                     r"(?P<consults>(?:vừa|đã)\s+xin ý kiến)\s+(?=[A-ZĐ])|"  # ("Bộ Công Thương vừa xin ý kiến Bộ Tài chính …")
                     # ("UBND tỉnh Cà Mau cho biết, đã yêu cầu các đơn vị …": the body telling what it asked)
                     rf"(?P<asks>(?P<fresh>vừa\s+|cho biết\s*,\s*(?:đã|vừa)\s+)?(?:đề nghị|yêu cầu|chỉ đạo))\s+(?:(?:các|Quý)\s|(?=(?:{ORGAN}|(?i:{POSITION}))\b))|"
                     # ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc hướng dẫn việc tổ chức …": its guidance)
                     r"(?P<guides>hướng dẫn)\s+(?=(?:việc|công tác)\s)|"
                     # ("UBND tỉnh vừa phê duyệt Đề án khuyến công …": an approval just given, in a decision not named)
                     r"(?P<approves>vừa\s+phê duyệt)\s+(?=[A-ZĐ]))")
# (Opening its clause: "Xét đề nghị của Sở … tại Công văn số …, UBND tỉnh … có ý kiến" names the letter's writer before it.)
_TOLD_IN = re.compile(rf"(?:^|[,;])\s*[Tt]ại\s+(?:{KIND_PATTERN}|văn bản)\s+số\s*{NUMBER}[^.;]*,\s*$", re.IGNORECASE)


_NOT_A_NAME = re.compile(r"\s(?:có|đã|vừa|sẽ|được|văn bản)\s")


# A later sentence that dates the document the lead named without a date: "Ngày 24/11/2017, Thủ tướng Chính phủ ban
# hành Quy chế … tại Quyết định số 46/2017/QĐ-TTg." (the verb before the number: not the day it takes effect).
_DATED_AGAIN = re.compile(rf"^\W*Ngày\s+(?P<date>{DATE})\s*,\s*[^.;]{{0,200}}?\b(?:ban hành|ký)\b[^.;]{{0,300}}?"
                          rf"\b(?:{KIND_PATTERN})\s+(?:số\s*)?(?P<number>{NUMBER})", re.IGNORECASE)


def _dated_later(found: Lead, lines: list[Line]) -> Lead:
    if found.date or not found.number:
        return found
    for line in lines:
        for sentence in sentences(line):
            dated = _DATED_AGAIN.match(sentence)
            if dated and number_key(tidy_number(dated.group("number"))) == number_key(found.number):
                return dataclasses.replace(found, date=dated.group("date"))
    return found


def lead(lines: list[Line]) -> Lead | None:
    """The first lead sentence that names the document (kind and number, or kind and subject), else the
    first that names only who wrote it."""
    for line in lines[:LEAD_LINES]:
        named = _NAMED.match(line.text) or _SOURCE.match(line.text) or _TITLED.match(line.text)
        number = named and (named.group("number") or named.groupdict().get("alone"))
        if named and named.groupdict().get("alone") and _tagged_below(lines, line):
            break  # "Quyết định 1903/QĐ-BCT" under a page whose sentence issued one: the page's tag, not its document
        if named and not carried_out_below(lines[lines.index(line) + 1:], number):
            # ("UBND tỉnh có ý kiến như sau: …⏎(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)": the bracket names the
            # letter, its first sentence who wrote it.)
            writer = _writer(lines) if named.group("issuer") is None else None
            number = tidy_number(number)
            return Lead(line, clean_issuer(named.group("issuer")) or (writer.issuer if writer else None),
                        named.group("kind") or kind_from_symbol(number), number,
                        named.group("date") or named.groupdict().get("alone_date"))
    conveyed = told.conveyed(lines[:LEAD_LINES]) or told.this_body(lines[:LEAD_LINES]) or told.restated(lines[:LEAD_LINES])
    if conveyed:  # ("Tại Văn bản số 8594/VPCP-KTTH …, Phó Thủ tướng … có ý kiến về đề nghị xây dựng Nghị định …")
        return conveyed
    first = _first_paragraph(lines)
    headlined = told.under_its_headline(first, lines[0]) if first else None
    if headlined:
        return headlined
    titled = title_line(lines)
    issued = first_issued(lines[:LEAD_LINES], headline_kind(lines[:5]))
    # (A headline "Tỉnh ủy … ban hành Kế hoạch …" then "… thay mặt Ban Thường vụ Tỉnh ủy … ký ban hành Kế hoạch số …": the
    # signing names the same plan with its number, and who it was signed for. Looked for only when it can matter.)
    signed = signed_for(lines[:LEAD_LINES]) if issued is None or issued.number is None else None
    if issued is None or (signed and (issued.kind or "").casefold() == (signed.kind or "").casefold()):
        issued = signed or issued
    issued = issued or signed_passive(lines[:LEAD_LINES])
    issued = issued or told.by_its_province(lines[:LEAD_LINES]) or told.set_up(lines[:LEAD_LINES])
    if titled:
        # The title line names the document; a later sentence may give its date ("Ngày 12 tháng 2 năm 2009, Thủ tướng
        # Chính phủ đã ban hành quyết định số 21/2009/QĐ-TTg …").
        same = issued and issued.number and titled.number and number_key(issued.number) == number_key(titled.number)
        if same and titled.date is None:
            return dataclasses.replace(titled, date=issued.date, issuer=titled.issuer or issued.issuer)
        return titled
    sourced = source_line(lines)
    # ("… vừa ký quyết định công nhận …" then "Xem chi tiết Quyết định số 944/QĐ-UBND … tại đây!": the number the page
    # gives last, by its source line or its link, of the kind it told of.)
    named_later = sourced or (pointed_to(lines) if issued and issued.number is None else None)
    if (issued and issued.number is None and named_later and named_later.kind
            and (issued.kind or "").casefold() == named_later.kind.casefold()):
        return Lead(issued.line, issued.issuer, issued.kind, named_later.number, issued.date, issued.subject)
    if issued:  # (a site that posts a letter without its author: the page's writer, if it names one)
        return _dated_later(_by_its_writer(issued, lines), lines[:LEAD_LINES])
    found = pointed_to(lines) or sourced
    if found:
        # "Ủy ban nhân dân huyện Châu Thành thông báo như sau: …" over "BBT(Nguồn: 132/TB-UBND)".
        return _by_its_writer(found, lines)
    headlined = told.headlined_by_serial(lines)
    if headlined:
        return _by_its_writer(headlined, lines)
    # (A sentence that opens on the document and goes on to issue or write another is a citing one.)
    reported = told.opening_on_it(lines[:LEAD_LINES], lambda sentence, at: bool(ISSUED.search(sentence, at)
                                                                                or _WRITES.search(sentence, at)))
    if reported:
        return reported
    attached = told.attached(lines)
    if attached:
        return _by_its_writer(attached, lines)
    proposed = told.proposed(lines[:LEAD_LINES])
    if proposed:
        return proposed
    if len(lines) == 1:
        named = _NAMED_OF.match(lines[0].text)
        if named:
            return Lead(lines[0], named.group("issuer").strip(), named.group("kind"), None, None,
                        clean_subject(named.group("subject")))
    # (Who writes, or the chairman who gives the tasks: whichever the page names first.)
    found = [lead for lead in (_writer(lines), told.chairman(lines[:LEAD_LINES])) if lead]
    return min(found, key=lambda lead: lines.index(lead.line)) if found else None


def _tagged_below(lines: list[Line], line: Line) -> bool:
    """Whether a line holding a kind and number alone stands below a sentence that issued a numbered document."""
    above = lines[:lines.index(line)]
    return any(found.group("number") or found.group("bare") for earlier in above for sentence in sentences(earlier)
               for found in ISSUED.finditer(sentence))


def _by_its_writer(found: Lead, lines: list[Line]) -> Lead:
    """`found`, its issuer, if it names none, the one the page's sentences say writes."""
    if found.issuer is not None:
        return found
    writer = _writer(lines)
    return dataclasses.replace(found, issuer=writer.issuer) if writer else found


_HEADLINE_LENGTH = 200


# A writer's name or initials alone on a line under a headline: "V.Mạnh", "Hồng Nhung".
_BYLINE = re.compile(r"^(?:[A-ZĐ]\.\s?)?[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}$")


def _first_paragraph(lines: list[Line]) -> Line | None:
    """A page's first paragraph under a headline ("Ngành công thương ứng phó với bão số 8 …⏎Ban Chỉ huy … Bộ Công Thương
    yêu cầu các đơn vị …"): what it says a body asks is the news, as a headline's would be. None under no headline."""
    # (the page's clock may stand between: "08:13 - 30/11/2021"; or the writer's byline, "V.Mạnh")
    below = [paragraph for paragraph in lines[1:3] if not PAGE_STAMP.match(paragraph.text)
             and not (len(paragraph.text) <= 30 and _BYLINE.match(paragraph.text))]
    if not below or len(lines[0].text) > _HEADLINE_LENGTH or re.search(r"[.:;,]\s*$", lines[0].text):
        return None
    return below[0]


# "… có văn bản tạm dừng hoạt động các chợ tự phát …": what the letter does, said at once, is its gist; "… đã có văn bản
# hướng dẫn tuyên truyền kỷ niệm …" is a guidance on that.
_DONE_AT_ONCE = re.compile(rf"\s+(?!{_LETTER_VERBS}\b)(?P<guides>hướng dẫn\s+)?"
                           r"(?P<gist>[^\W\d_A-ZĐ][^.!?;]{9,300})")


def _done_at_once(text: str, end: int) -> tuple[str | None, str | None]:
    """The kind ("Hướng dẫn" or none) and trích yếu of a letter told by what it does, from just after "có văn bản"."""
    done = _DONE_AT_ONCE.match(text, end)
    if done is None:
        return None, None
    return ("Hướng dẫn" if done.group("guides") else None), clean_subject(re.split(r"\s+gửi (?:tới|đến)\s", done.group("gist"))[0])


def _writer(lines: list[Line]) -> Lead | None:
    """The first sentence that says only who writes."""
    for line in lines[:LEAD_LINES]:
        for writes in _WRITES.finditer(line.text):
            if _NOT_A_NAME.search(writes.group("issuer")):  # "Sở Văn hóa có văn bản yêu cầu các …": a clause, no name
                continue
            if writes.group("asks") and writes.group("issuer").endswith(" đã"):
                continue  # "…, Đảng ủy xã đã chỉ đạo các chi bộ …": what it did, told by another, not what it writes
            # "Thực hiện Kế hoạch số …; Sở … triển khai như sau:": the main clause, after the citing one, names the writer.
            before = line.text[:writes.start("issuer")]
            if _TOLD_IN.search(before):
                continue  # "…, tại Công văn số 204/PCNA-AT ngày …, Công ty Điện lực Nghệ An đề nghị …": that letter's writer
            if not CITING.match(before or line.text) or re.search(r"[,;.]\s*$", before):
                # "UBND tỉnh Lạng Sơn vừa yêu cầu các đơn vị …", a headline "Bộ Công thương đề nghị các tỉnh …": what it
                # just asked in writing
                if ((writes.group("asks") or writes.group("guides"))
                        and (writes.group("fresh") or line is lines[0] or line is _first_paragraph(lines))):
                    return Lead(line, clean_issuer(writes.group("issuer")), letter=True)
                if writes.group("approves") or writes.group("consults"):  # (an approval given, an opinion asked for)
                    return Lead(line, clean_issuer(writes.group("issuer")), letter=True)
                if writes.group("letter"):  # "… vừa có văn bản (gửi …) về việc …": a letter named without its number
                    kind, subject = _done_at_once(line.text, writes.end("letter"))
                    return Lead(line, clean_issuer(writes.group("issuer")), kind,
                                subject=letters_subject(line.text, writes.end()) or subject, letter=True)
                return Lead(line, clean_issuer(writes.group("issuer")))
    return None
