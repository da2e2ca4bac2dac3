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

from ..normalise import Line
from .dates import DATE
from .naming import (BEFORE, DATE_FIRST, ISSUER, ISSUES, LEAD_LINES, ORGAN, POSITION, Lead, clean_issuer, clean_subject,
                     full_date, sentences)
from .numbers import KIND_PATTERN, NUMBER, kind_from_symbol, kind_named_by_symbol, number_key, tidy_number
from . import told
from .signed import signed_for, signed_passive
from .pointers import carried_out_below, pointed_to, source_line, title_line

# The issuing verbs; besides, a site "đăng tải" (posts) or "giới thiệu" another body's document, named after it ("…
# số 35-HD/BTG ngày … của Ban Tuyên giáo Quận ủy").
# ("EVN đã công bố Quyết định 599/QĐ-EVN …": its own decision, made known on a day that need not be the decision's.)
_ISSUES = rf"(?:{ISSUES}|(?P<posts>đăng tải|giới thiệu)(?:\s+toàn văn)?|(?P<announces>(?:vừa|đã)\s+công bố))"
# ("về việc: Thông báo …"; a headline's "… Quyết định số 46/2017/QĐ-TTg: Ban hành Quy chế …"; "… hàng giả; đồng thời bảo
# đảm …": one trích yếu goes on past its semicolon.)
_SUBJECT = r"(?:\s*,?\s*(?:về việc\s*:?|về|V/v\s*:?)\s+|(?<=\w):\s+|\s+)(?P<subject>(?:[^.;:!?]|(?<=\bTP)\.|;\s(?=đồng thời\b))+?)"
# (Not "đối với 3 dự án …", which is what it is about.)
_SUBJECT_END = (r"(?=\s*(?:(?<!\bTP)\.|[:!?]|;(?!\s*đồng thời\b)|,\s*với\b|(?<!\bđối)\s+với\s+(?:yêu cầu|mục tiêu|mục đích|\d+\s)|"
                r"\s+như sau\b|\s+với (?:các|những) nội dung\b|\s+nhằm\b|\s+với chủ đề\b|"
                r",\s*trong đó\b|$))")
# "X ban hành Kế hoạch số N ngày D về việc S" (each part after the kind optional, the kind written).
# ("văn bản số …" names no kind: the number's symbol may.)
# ("công văn 2833 về việc …": a bare serial after the kind, never a year; "Công văn 2223/ATTP-PCTTR năm 2025 về việc …":
# a law site's year after the number, no part of the subject.)
# ("Ủy ban nhân dân tỉnh Quảng Trị cho biết, vừa ban hành …"; "… có công điện khẩn số 12/CĐ.UBND …".)
# ("Phó Chủ tịch UBND tỉnh Nghệ An, ông Lê Hồng Vinh vừa ký, ban hành …": the signer named between.)
_ISSUED = re.compile(rf"{BEFORE}{DATE_FIRST}(?:{POSITION}\s+|Phó\s+)?{ISSUER}(?:\s*,\s*(?:ông|bà)\s+[^,.;]{{3,40}}?)?"
                     r"(?:\s*\([^()]{1,20}\))?"  # (its short name in brackets: "… tỉnh Tiền Giang (BCĐ 389/TG) vừa ban hành …")
                     rf"\s+(?:cho biết\s*,?\s*)?{_ISSUES}\s+"
                     rf"(?P<quote>[“\"](?=(?:{KIND_PATTERN})\s+[^”\"]{{10,300}}[”\"]))?"  # ("ban hành “Đề án Phát triển …”")
                     rf"(?P<kind>{KIND_PATTERN}|văn bản)\b(?:\s+(?:thượng khẩn|hỏa tốc|hoả tốc|khẩn))?"
                     rf"(?:\s+số\s*(?P<number>{NUMBER}|\d{{1,6}}\b)|\s+(?P<bare>{NUMBER}|(?!(?:19|20)\d\d\b)\d{{1,6}}\b(?![/-]))|"
                     rf"\s*\(\s*số\s*(?P<paren>{NUMBER})\s*\))?"  # ("đã có Công văn (số 73/TTg-CN) chỉ đạo …")
                     rf"(?:\s*,\s*{NUMBER})*(?:\s+năm\s+\d{{4}}\b)?(?:\s*,?\s*ngày\s+(?P<date>{DATE}))?"
                     rf"(?:\s*,?\s*của\s+(?P<of>{ORGAN}\b[^,.;:!?“”\"]{{0,80}}?)(?=\s*(?:[.,;:]|về\b|V/v|$)))?"
                     rf"(?:{_SUBJECT}{_SUBJECT_END})?", re.IGNORECASE)
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
_WRITES = re.compile(rf"{BEFORE}{ISSUER}\s+(?:(?:đã\s+)?(?:ban hành|lập|xây dựng|hướng dẫn|triển khai|đề nghị|yêu cầu|"
                     r"thông báo)\b"
                     r"[^.;]*?\b(?:như sau|(?:các|những) nội dung sau)\s*:|kính gửi\b|(?:xin )?thông báo (?:đến|tới|cho)\b|xin thông báo\b|"
                     r"nhận được\b|(?P<letter>(?:vừa|đã)\s+có\s+văn bản(?:\s+(?:thượng khẩn|hỏa tốc|hoả tốc|khẩn))?)\s+"
                     r"(?:đề nghị|yêu cầu|chỉ đạo|gửi|về việc|truyền đạt)\b|"
                     r"có ý kiến như sau\b|(?:vừa|đã)\s+có\s+ý kiến chỉ đạo\b|"  # ("… vừa có ý kiến chỉ đạo về việc …")
                     rf"(?P<asks>(?P<fresh>vừa\s+)?(?:đề nghị|yêu cầu|chỉ đạo))\s+(?:(?:các|Quý)\s|(?=(?:{ORGAN}|(?i:{POSITION}))\b))|"
                     # ("UBND tỉnh vừa phê duyệt Đề án khuyến công …": an approval just given, in a decision not named)
                     r"(?P<approves>vừa\s+phê duyệt)\s+(?=[A-ZĐ]))")
_CITING = re.compile(r"^\W*(?:Căn cứ|Thực hiện|Triển khai|Theo|Xét|Để thi hành)\b", re.IGNORECASE)
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
    titled = title_line(lines)
    issued = _issued(lines[:LEAD_LINES], _headline_kind(lines[:5]))
    # (A headline "Tỉnh ủy … ban hành Kế hoạch …" then "… thay mặt Ban Thường vụ Tỉnh ủy … ký ban hành Kế hoạch số …": the
    # signing names the same plan with its number, and who it was signed for. Looked for only when it can matter.)
    signed = signed_for(lines[:LEAD_LINES]) if issued is None or issued.number is None else None
    if issued is None or (signed and (issued.kind or "").casefold() == (signed.kind or "").casefold()):
        issued = signed or issued
    issued = issued or signed_passive(lines[:LEAD_LINES])
    issued = issued or told.by_its_province(lines[:LEAD_LINES])
    if titled:
        # The title line names the document; a later sentence may give its date ("Ngày 12 tháng 2 năm 2009, Thủ tướng
        # Chính phủ đã ban hành quyết định số 21/2009/QĐ-TTg …").
        same = issued and issued.number and titled.number and number_key(issued.number) == number_key(titled.number)
        if same and titled.date is None:
            return dataclasses.replace(titled, date=issued.date, issuer=titled.issuer or issued.issuer)
        return titled
    sourced = source_line(lines)
    if issued and issued.number is None and sourced and (issued.kind or "").casefold() == sourced.kind.casefold():
        return Lead(issued.line, issued.issuer, issued.kind, sourced.number, issued.date, issued.subject)
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
    reported = told.opening_on_it(lines[:LEAD_LINES], lambda sentence, at: bool(_ISSUED.search(sentence, at)
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
               for found in _ISSUED.finditer(sentence))


def _by_its_writer(found: Lead, lines: list[Line]) -> Lead:
    """`found`, its issuer, if it names none, the one the page's sentences say writes."""
    if found.issuer is not None:
        return found
    writer = _writer(lines)
    return dataclasses.replace(found, issuer=writer.issuer) if writer else found


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
            if not _CITING.match(before or line.text) or re.search(r"[,;.]\s*$", before):
                # "UBND tỉnh Lạng Sơn vừa yêu cầu các đơn vị …", a headline "Bộ Công thương đề nghị các tỉnh …": what it
                # just asked in writing
                if writes.group("asks") and (writes.group("fresh") or line is lines[0]):
                    return Lead(line, clean_issuer(writes.group("issuer")), letter=True)
                if writes.group("approves"):
                    return Lead(line, clean_issuer(writes.group("issuer")), letter=True)
                if writes.group("letter"):  # "… vừa có văn bản (gửi …) về việc …": a letter named without its number
                    return Lead(line, clean_issuer(writes.group("issuer")), subject=_letters_subject(line.text, writes.end()),
                                letter=True)
                return Lead(line, clean_issuer(writes.group("issuer")))
    return None


# What a letter asks follows its verb; whom it asks has a plural's word or a capital ("đề nghị các Sở …", "Quý …").
_NOT_WHOM = r"(?!(?:các|những|Quý)\b)(?=[a-zđà-ỹ])"
# What a letter named without its number is about: "… về việc thực hiện …", or what it asks after whom it is sent to
# ("… gửi UBND các địa phương, Công ty Điện lực BR-VT… đề nghị tăng cường …").
_LETTER_ABOUT = re.compile(r"(?:[^.!?]|\.\.\.|(?<=TP)\.){0,300}?(?:\b(?:về việc|V/v)\s+(?P<about>[^.!?]{10,300})|"
                           r"\s(?P<asks>(?:đề nghị|yêu cầu)\s[^.!?]{10,300}))")


def _letters_subject(text: str, start: int) -> str | None:
    about = _LETTER_ABOUT.match(text, max(0, start - 20))
    if about is None:
        return None
    if about.group("about"):
        return clean_subject(about.group("about").strip(" ,"))
    # (What it asks is its gist: no "về việc" to look for after it; "yêu cầu tiếp tục tăng cường …" asks that, "đề nghị
    # các phòng … tiếp tục …" asks it of them.)
    return re.sub(rf"^(?:đề nghị|yêu cầu)\s+{_NOT_WHOM}", "", about.group("asks").strip(" ,"))


# A lead's words after the number that say whom it is sent to, and the trích yếu after them.
_ADDRESSED = re.compile(r"(?:gửi|kính gửi)\s", re.IGNORECASE)
# (Or, with no "về việc", what it asks of them: "… số 5995 gửi Chủ tịch ủy ban nhân dân các tỉnh … đề nghị tăng cường
# công tác phòng, chống cúm gia cầm." — not whom it asks next, "đề nghị các Sở …".)
_ABOUT_AFTER_RECIPIENTS = re.compile(rf"[^.!?]{{0,400}}?\s(?:(?:về việc|V/v)|(?:đề nghị|yêu cầu)(?=\s+{_NOT_WHOM}))"
                                     r"\s+(?P<about>[^.!?]+)")
# A ministry's or committee's letter: serial, body, department ("271/BCT-KHTC", "455/UBND-KTTH"), no year, no kind.
_ORGAN_SYMBOL = re.compile(r"^\d+/[A-ZĐ][A-ZĐa-z]*-[A-ZĐ][A-ZĐa-z.]*$")
# The decision a plan or rules were issued by, named after them.
_CARRIED_BY = re.compile(rf"\s+(?:tại|bằng|theo|kèm theo)\s+Quyết định\s+số\s*(?P<number>{NUMBER})\s*$", re.IGNORECASE)


def _named_by_its_symbol(number: str, before: str) -> str | None:
    """A body the sentence names before the one it makes the subject, whose initials the number's symbol ends with: "Bộ
    trưởng Bộ Công Thương …, Chủ tịch Hội đồng Thương hiệu quốc gia … vừa ban hành Quyết định số 2534/QĐ-BCT" is the
    ministry's decision, signed by its minister who chairs the council too."""
    code = re.split(r"[/-]", number)[-1]
    for body in re.finditer(rf"\b{ORGAN}\b(?:\s+[A-ZĐ][^\W\d_]*)+", before):
        words = body.group().split()
        for end in range(2, len(words) + 1):
            if "".join(word[0] for word in words[:end]).upper() == code:
                return " ".join(words[:end])
    return None


def _reported(line: Line, issued: re.Match) -> Lead | None:
    number = issued.group("number") or issued.group("bare") or issued.group("paren")
    number = tidy_number(number) if number else None
    if issued.group("has") and number is None:
        return None
    kind = issued.group("kind")
    named = kind_named_by_symbol(number) if number else None
    if named and kind.casefold() not in ("văn bản", named.casefold()):
        kind = named  # "ban hành quyết định số 120/KH-UBND về Kế hoạch …": the symbol's KH is right, the report is not
    elif number and named is None and _ORGAN_SYMBOL.match(number) and kind.casefold() not in ("văn bản", "công văn"):
        # "Bộ Công Thương vừa ban hành Chỉ thị số 271/BCT-KHTC": every kind but a công văn writes its letters in its
        # symbol (Nghị định 30/2020/NĐ-CP); a paper's word for a letter is not its kind.
        kind = "Công văn"
    if kind.casefold() == "văn bản":  # "văn bản số 4300/SNN-VP": the symbol's kind, a công văn's when it names none
        # ("văn bản hỏa tốc số 1415": a letter with no kind's name is a công văn, Nghị định 30/2020/NĐ-CP.)
        kind = (kind_from_symbol(number) if "/" in number else "Công văn") if number else None
        if kind is None:
            return None
    subject = issued.group("subject")
    if issued.group("quote") and subject:
        subject = re.split(r"[”\"]", subject)[0]  # the name in quotes, not what the page says after them
    subject = clean_subject(subject)
    if subject is None and issued.group("subject") and _ADDRESSED.match(issued.group("subject")):
        # "… Công văn số 141/UBND-VX gửi Thủ trưởng các Sở, …; Chủ tịch UBND các huyện …; Giám đốc … về việc triển
        # khai …": the recipients' list runs past semicolons to the trích yếu.
        at = line.text.find(issued.string)  # (the sentence ends at a semicolon; the line goes on)
        about = _ABOUT_AFTER_RECIPIENTS.match(line.text, at + issued.start("subject")) if at >= 0 else None
        subject = clean_subject(about.group("about")) if about else None
    carrier = _CARRIED_BY.search(subject) if subject and number is None else None
    if carrier:
        # "ban hành Kế hoạch sử dụng … tại Quyết định số 1616/QĐ-UBND": the decision is the document, the plan its content.
        return Lead(line, clean_issuer(issued.group("of") or issued.group("issuer")), "Quyết định",
                    tidy_number(carrier.group("number")), issued.group("date") or full_date(issued.group("day")),
                    f"{kind} {subject[:carrier.start()]}")
    if subject and re.match(r"\s*(?:\.\.\.|…)", issued.string[issued.end("subject"):]):
        subject = None  # "… về việc tăng cường ...": cut by the page; its headline says it whole
    if subject and kind and subject.casefold().startswith(kind.casefold() + " "):
        subject = subject[len(kind) + 1:]  # "Hướng dẫn số 98-HD/BTGTU hướng dẫn tuyên truyền …": the kind said twice
    # ("Sở Nội vụ giới thiệu toàn văn Văn bản số 3582/BNV-CQĐP": the site posts another body's letter, whose author only
    # "của …" names.)
    writer = issued.group("of") or (None if issued.group("posts") else issued.group("issuer"))
    if writer and number and not issued.group("of"):
        writer = _named_by_its_symbol(number, issued.string[:issued.start("issuer")]) or writer
    # (A news day before "đã công bố" is the announcement's, not the decision's.)
    date = issued.group("date") or (None if issued.group("announces") else full_date(issued.group("day")))
    return Lead(line, clean_issuer(writer), kind, number, date, subject)


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
        for sentence in sentences(line):
            for found in _ISSUED.finditer(sentence):
                # In "Thực hiện Công văn số …, Sở … xây dựng Kế hoạch …" only the main clause names the document.
                if _CITING.match(sentence) and found.start() == 0:
                    continue
                if re.search(r"\scũng$", found.group("issuer")):
                    continue  # "… Bộ Khoa học và Công nghệ cũng đã ban hành văn bản số 1620/TB-BKHCN …": what it did before
                reported = _reported(line, found)
                if reported is None and found.group("kind").casefold() == "văn bản" and not found.group("has"):
                    # "UBND tỉnh vừa có văn bản chỉ đạo … (Công văn số 455/UBND-KTTH ngày 21/5/2019).": the kind in brackets.
                    reported = _bracketed(Lead(line, clean_issuer(found.group("of") or found.group("issuer")), "văn bản",
                                               None, found.group("date") or full_date(found.group("day")),
                                               clean_subject(found.group("subject"))), sentence[found.start("kind"):])
                    reported = reported if reported.number else _signed_letter(sentence, found, line)
                if reported is not None:
                    leads.append(reported if reported.number else _bracketed(reported, sentence[found.start("kind"):]))
    # "… ban hành Quyết định số 1597/QĐ-BCT … về việc điều chỉnh … (Quyết định kèm theo).": the page sends that one on,
    # whatever it told of before.
    attached = [lead for lead in leads if lead.number and re.search(
        rf"{re.escape(lead.number)}[^()]*\(\s*(?:{KIND_PATTERN}|văn bản)\s+kèm theo\s*\)", lead.line.text, re.IGNORECASE)]
    if attached:
        return attached[0]
    # A list page: one body issuing documents of one kind in several items, each its own ("Sở Công Thương ban hành văn bản
    # số 2804/SCT-QLCN …", then "… ban hành văn bản số 1830/SCT-QLCN …"): none is the page's.
    numbered = [lead for lead in leads if lead.number and lead.issuer]
    if len({lead.number for lead in numbered}) >= 2 and len({lead.line.number for lead in numbered}) >= 2 and len(
            {(lead.issuer.casefold(), (lead.kind or "").casefold()) for lead in numbered}) == 1:
        return None
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
        elif _carries(reported, first.kind):
            # "UBND tỉnh ban hành kế hoạch …" over "UBND tỉnh ban hành Quyết định số 2212/QĐ-UBND kèm theo kế hoạch …",
            # or over "… vừa ban hành Quyết định về kế hoạch phát triển …" (the decision is the document, README).
            subject = re.sub(r"^kèm theo\s+", "", reported.subject or "", flags=re.IGNORECASE) or first.subject
            # (Told again without its number, the first telling's issuer: "Phó Chủ tịch UBND TP Đà Nẵng … vừa cho biết
            # UBND TP Đà Nẵng vừa ban hành Quyết định về …" runs its names together.)
            issuer = reported.issuer or first.issuer if reported.number else first.issuer or reported.issuer
            return Lead(reported.line, issuer, reported.kind, reported.number, reported.date, subject)
        elif reported.number and reported.kind.casefold() == first.kind.casefold():
            # (The headline's words are whole; the sentence's may run on or be cut where the copy stops.)
            return Lead(reported.line, reported.issuer or first.issuer, first.kind, reported.number,
                        reported.date, first.subject or reported.subject)
    return first


_SIGNS = re.compile(r"\s(?:vừa|đã)\s+ký\b")


def _signed_letter(sentence: str, found: re.Match, line: Line) -> Lead | None:
    """ "Phó Chủ tịch UBND thành phố Hồ Kỳ Minh vừa ký ban hành văn bản yêu cầu …", "Giám đốc Sở … Lê Thị Hương đã ký
    văn bản hỏa tốc đề nghị …": a person who holds a post signs a letter named without its kind or number (a page telling
    that a body "đã ban hành văn bản" may only recall one)."""
    if (not re.search(rf"(?:^|\s){POSITION}\s+$", sentence[:found.start("issuer")])
            or not _SIGNS.search(sentence, found.end("issuer") - 1, found.start("kind"))):
        return None
    # (What it asks is its gist, when it says nothing of what it is about: "… văn bản đề nghị các phòng … tiếp tục …".)
    subject = clean_subject(found.group("subject"))
    gist = None if subject else _letters_subject(sentence, found.start("subject"))
    return Lead(line, clean_issuer(found.group("issuer")), None, None, found.group("date") or full_date(found.group("day")),
                subject, letter=True, gist=gist)


def _carries(reported: Lead, kind: str | None) -> bool:
    """A decision that issues a document of the kind named before: "Quyết định số … kèm theo kế hoạch …", "Quyết định
    về kế hoạch …"."""
    return bool(kind and reported.kind and reported.kind.casefold() == "quyết định" and reported.subject
                and re.match(rf"(?:(?:(?:ban hành\s+)?kèm theo|(?:về\s+)?(?:việc\s+)?ban hành)\s+)?{re.escape(kind)}\b",
                             reported.subject, re.IGNORECASE))


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
