"""What a news page says of its own document in other words than "X ban hành Kế hoạch số …" (lead.py's form):

- "Theo Kế hoạch số 263/KH-BCĐ, ngày … của Ban Chỉ đạo 389 tỉnh Thanh Hóa, …";
- "Trong nội dung Công văn số 4913/VP-KT, ban hành ngày 15/6, UBND thành phố Hà Nội yêu cầu …";
- "Đây là (một trong) những nội dung (chính) (nêu trong|của) Hướng dẫn số … về …";
- "…, Ban Thường vụ Huyện ủy Gia Lâm đã quán triệt …, đồng thời ban hành Chỉ thị số 08/CT-HU …";
- a page's attachment named as a file, "- Công văn số 3062/BKHCN-ĐP ngày 09/10/2020 (.pdf)";
- a proposal sent in a letter, "đề xuất của … gửi … tại công văn số …";
- a question page headed by the document's kind and bare serial, "Công điện 41: Xử lý … như thế nào?";
- a province named as the one that issued, "tỉnh Lai Châu đã ban hành kế hoạch số 773/KH-UBND".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..normalise import Line
from .dates import DATE
from .issued import letters_subject
from .naming import (ASSIGNS, BEFORE, DATE_FIRST, ISSUER, NAME_CHAR, ORGAN, POSITION, Lead, clean_issuer, clean_subject,
                     full_date, sentence_matches, sentences)
from .numbers import CITED_NUMBER, KIND_PATTERN, NUMBER, kind_from_symbol, tidy_number

# A news lead that opens on the document it reports: "Theo Kế hoạch số 263/KH-BCĐ, ngày 25/12/2025 của Ban Chỉ đạo 389
# tỉnh Thanh Hóa, cao điểm chống buôn lậu … được triển khai …". A letter citing so goes on with its own writer and verb
# ("Theo Kế hoạch số 12/KH-UBND của UBND tỉnh, Sở Công Thương xây dựng …"), which this leaves alone.
_THEO = re.compile(rf"^\W*Theo\s+(?P<kind>{KIND_PATTERN})\s+số\s*(?P<number>{NUMBER})\s*,?\s*(?:ngày\s+(?P<date>{DATE}))?\s*"
                   rf"của\s+(?P<issuer>{ORGAN}\b[^,.;:!?“”\"]{{0,80}}?)\s*(?:,|\s(?=có\b|đã\b|thì\b))", re.IGNORECASE)


# "Trong nội dung Công văn số 4913/VP-KT, ban hành ngày 15/6, UBND thành phố Hà Nội yêu cầu …": a news lead opening on
# the letter, its writer the subject of the sentence. (A day and month without the year date nothing.)
_IN_CONTENT = re.compile(rf"^\W*(?:Trong|Theo)\s+nội dung\s+(?:của\s+)?(?P<kind>{KIND_PATTERN})\s+số\s*(?P<number>{NUMBER})"
                         rf"\s*,?\s*(?:(?:được\s+)?(?:ban hành|ký)\s+)?(?:ngày\s+(?:(?P<date>{DATE})|\d{{1,2}}\s*/\s*\d{{1,2}}\b))?"
                         rf"\s*,\s*(?P<issuer>{ORGAN}\b[^,.;:!?“”\"]{{0,80}}?)\s+(?:yêu cầu|đề nghị|chỉ đạo|{ASSIGNS})\b", re.IGNORECASE)


# "Đây là những nội dung nêu trong Hướng dẫn số 71-HD/BTGTU ngày (10-10-2022) của Ban Tuyên giáo Thành ủy Hà Nội về tuyên
# truyền …": a news page that tells what a document says.
# ("Đây là một trong những nội dung chính của Thông báo số 27/TB-VPCP ngày 14/1/2026 về kết luận … vừa được Văn phòng
# Chính phủ ban hành.": its author after what it is about.)
# ("Đây là một trong những nội dung chính tại Kế hoạch số 93/KH-UBND được Ủy ban nhân dân (UBND) tỉnh Lạng Sơn ban hành
# ngày 17/4/2021 về việc …": its author and date in the passive.)
# ("Hà Nội đẩy mạnh truyền thông … - Đó là nội dung được nhấn mạnh trong Kế hoạch số 79-KH/BTGTU vừa được Ban Tuyên giáo
# Thành ủy Hà Nội ban hành.": after the headline the lead repeats, its author in the passive.)
_CONTENTS_OF = re.compile(rf"(?:^\W*|(?<=\s[-–])\s*)(?:(?:Đây|Đó)\s*là\s+(?:một trong\s+)?(?:(?:những|các)\s+)?|"
                          rf"(?:một trong\s+)?(?:những|các)\s+)nội dung\s+(?:chính\s+)?"
                          rf"(?:(?:được\s+)?(?:nêu|nhấn mạnh|đề cập)\s+(?:trong|tại)|của|tại|trong)\s+"
                          rf"(?P<kind>{KIND_PATTERN})\s+số\s*(?P<number>{NUMBER})\s*,?\s*(?:ngày\s+\(?(?P<date>{DATE})\)?)?\s*"
                          rf"(?:của\s+(?P<issuer>{ORGAN}\b[^,.;:!?“”\"]{{0,80}}?)|"
                          rf"(?:(?:vừa|đã|mới)\s+)?được\s+(?P<passive>{ORGAN}\b[^,.;:!?“”\"]{{0,80}}?)"
                          rf"\s+ban hành(?:\s+ngày\s+(?P<issued>{DATE}))?)?"
                          rf"(?:\s+(?:về việc|về)\s+(?P<subject>[^.;!?]+?)(?:\s+vừa được\s+(?P<by>{ORGAN}\b[^,.;:!?“”\"]{{0,80}}?)\s+ban hành)?"
                          rf"\s*(?=[.;!?]|$)|\s*(?=[.,;]|$))",
                          re.IGNORECASE)


# A page's attachment, named as a file: "- Công văn số 3062/BKHCN-ĐP ngày 09/10/2020 (.pdf)".
_ATTACHED = re.compile(rf"^[-•·]?\s*(?P<kind>{KIND_PATTERN})\s+số\s*(?P<number>{NUMBER})\s*,?\s*(?:ngày\s+(?P<date>{DATE}))?"
                       r"\s*\(\.(?:pdf|docx?|rar|zip)\)\s*$", re.IGNORECASE)
# "Đó là đề xuất của Bộ trưởng Bộ Xây dựng Nguyễn Hồng Quân gửi Thủ tướng Chính phủ tại công văn số 2014 /BXD-PTĐT ngày
# 8/10/2008.": a proposal sent in a letter the news names.
# ("Đây là ý kiến chỉ đạo của UBND tỉnh Điện Biên tại văn bản số 3674/UBND-KT ngày 14/12/2017.": a direction the same way;
# not "Thực hiện ý kiến chỉ đạo của UBND tỉnh tại văn bản số …", which cites it.)
_PROPOSED = re.compile(rf"(?:\b(?:đề xuất|kiến nghị)|\b(?:Đây|Đó) là\s+ý kiến chỉ đạo)\s+của\s+"
                       rf"(?P<issuer>(?:{POSITION}\s+)?{ORGAN}\b[^,.;:]{{0,80}}?)"
                       rf"(?:\s+gửi\s+[^.;]{{0,80}}?)?\s+tại\s+(?P<kind>{KIND_PATTERN}|văn bản)\s+số\s*(?P<number>{NUMBER})"
                       rf"(?:\s*,?\s*ngày\s+(?P<date>{DATE}))?", re.IGNORECASE)
# "VOV.VN - Tại Văn bản số 8594/VPCP-KTTH ngày 24/11/202 của Văn phòng Chính phủ, Phó Thủ tướng Lê Minh Khái có ý kiến về
# …": an opinion conveyed in a letter the news opens on (its date may be garbled: "24/11/202").
_CONVEYED = re.compile(rf"(?:^|[-–]\s)\s*Tại\s+(?P<kind>{KIND_PATTERN}|văn bản)\s+số\s*(?P<number>{NUMBER})"
                       rf"(?:\s*,?\s*ngày\s+(?P<date>{DATE})(?![\d/]))?[^,.;]{{0,20}}?"
                       rf"(?:\s+của\s+(?P<issuer>{ORGAN}\b[^,.;:]{{0,80}}?))?\s*,\s*[^,.;]{{0,80}}?\bcó ý kiến"
                       rf"(?:\s+chỉ đạo)?(?:\s+(?:về việc|về)\s+(?P<subject>[^.;]{{10,300}}))?", re.IGNORECASE)
# "Sở Công Thương đã tham mưu UBND tỉnh phê duyệt kế hoạch … và được UBND tỉnh ban hành Quyết định số 1151/QĐ-UBND ngày
# 18/3/2019 Phê duyệt …": the decision a Sở advised, issued by the body it advised.
_ADVISED = re.compile(rf"\bđã tham mưu\s+[^.;]{{0,300}}?\bđược\s+{ISSUER}\s+ban hành\s+(?P<kind>{KIND_PATTERN})\s+"
                      rf"số\s*(?P<number>{NUMBER})(?:\s*,?\s*ngày\s+(?P<date>{DATE}))?", re.IGNORECASE)
# "…, Ban Thường vụ Huyện ủy Gia Lâm đã quán triệt tới toàn bộ hệ thống chính trị …, đồng thời ban hành Chỉ thị số 08/CT-HU
# về …": the body did one thing and issued the document besides.
_ALSO_ISSUED = re.compile(rf"{BEFORE}{ISSUER}\s+(?:đã|vừa)\s+[^.;]{{3,200}}?,\s*đồng thời\s+(?:đã\s+)?(?:ký\s+)?ban hành\s+"
                          rf"(?P<kind>{KIND_PATTERN})\s+số\s*(?P<number>{NUMBER})(?:\s*,?\s*ngày\s+(?P<date>{DATE}))?"
                          rf"(?:\s*,?\s*(?:về việc|về|V/v)\s+(?P<subject>[^.;:!?]+))?")

# "Chủ tịch UBND tỉnh Lê Hồng Vinh giao Chủ tịch UBND các huyện …", "…, Chủ tịch UBND tỉnh Cà Mau chỉ đạo Sở Công Thương
# …": a chairman's tasks given in his own name, under no number, are the chairman's (the corpus README); not his deputy's
# ("Phó Chủ tịch …", no clause starts there).
_CHAIRMAN = re.compile(rf"{BEFORE}(?P<post>[Cc]hủ tịch)\s+(?P<committee>(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\s+(?:tỉnh|thành phố)\b"
                       rf"[^,.;:()]{{0,60}}?)\s+(?:đã\s+|vừa\s+)?(?:chỉ đạo|{ASSIGNS}|yêu cầu)\s")


def opening_on_it(lines: list[Line], goes_on: Callable[[str, int], bool]) -> Lead | None:
    """The first sentence that opens on the page's document, as news tells it; `goes_on(sentence, at)` says whether the
    sentence, after that opening, issues or writes another (then it only cites)."""
    for line in lines:
        for sentence in sentences(line):
            also = _ALSO_ISSUED.search(sentence)
            if also:
                return Lead(line, clean_issuer(also.group("issuer")), also.group("kind"), tidy_number(also.group("number")),
                            also.group("date"), clean_subject(also.group("subject")))
            found = _THEO.match(sentence) or _IN_CONTENT.match(sentence) or _CONTENTS_OF.search(sentence)
            if found and not goes_on(sentence, found.end()):
                told = found.groupdict()
                return Lead(line, clean_issuer(told["issuer"] or told.get("by") or told.get("passive")), told["kind"],
                            tidy_number(told["number"]), told["date"] or told.get("issued"), clean_subject(told.get("subject")))
    return None


def attached(lines: list[Line]) -> Lead | None:
    """The document a page attaches as a file; its author is left to the page's writer."""
    for line in lines:
        found = _ATTACHED.match(line.text)
        if found:
            return Lead(line, None, found.group("kind"), tidy_number(found.group("number")), found.group("date"))
    return None


# "Giám đốc Sở Công Thương tỉnh Lạng Sơn Nguyễn Đình Đại cho biết, đơn vị này vừa thông báo tới …", "Thông tin từ Sở Công
# Thương TP.HCM cho biết ngày 2-4 sở này có công văn gửi …": a body that tells of its own letter, "this unit" naming it.
_THIS_BODY = re.compile(rf"(?:{POSITION}\s+)?(?P<issuer>{ORGAN}\b{NAME_CHAR}{{0,60}}?)\s+cho biết\s*,?\s*"
                        rf"(?:ngày\s+\d{{1,2}}[-/]\d{{1,2}}(?:[-/]\d{{4}})?\s*,?\s+)?(?:sở|đơn vị|cơ quan) này\s+"
                        rf"(?:(?:vừa|đã)\s+)?(?:có\s+(?P<kind>công văn|văn bản)|(?P<notice>thông báo))\b")


def this_body(lines: list[Line]) -> Lead | None:
    """The letter a body tells of as "this unit's", drafted with that body for its writer."""
    for line in lines:
        found = _THIS_BODY.search(line.text)
        if found:
            kind = "Công văn" if (found.group("kind") or "").casefold() == "công văn" else None
            return Lead(line, clean_issuer(found.group("issuer")), kind, subject=letters_subject(line.text, found.end()),
                        letter=True)
    return None


def conveyed(lines: list[Line]) -> Lead | None:
    """The letter a news page opens on, in which a leader's opinion was conveyed: its writer, number and what it is about."""
    for line in lines:
        found = _CONVEYED.search(line.text)
        if found:
            # (What the opinion is about, as written: "đề nghị xây dựng Nghị định …" is its matter, not a request.)
            subject = found.group("subject").strip() if found.group("subject") else None
            return _numbered_letter(line, found, subject)
    return None


# "Quyền Bộ trưởng Bộ Công thương vừa ban hành văn bản mới nhất, yêu cầu …" then "Theo Công văn số 1488/BCT-TTTN ngày
# 9-3-2026, Bộ Công thương yêu cầu …": the letter a lead told of without its number, named by a later sentence whose
# subject is the same writer. (Another writer there, "Theo Công văn số … , UBND tỉnh yêu cầu …", only cites.)
_UNNUMBERED = re.compile(rf"{BEFORE}(?:{POSITION}\s+)?{ISSUER}\s+(?:(?:đã|vừa|mới đây)\s+)*(?:ban hành|có|gửi)\s+"
                         r"(?:văn bản|công văn)\b(?!\s+số)")
_NAMED_AGAIN = re.compile(rf"^\W*(?:Theo|Tại)\s+(?P<kind>{KIND_PATTERN}|văn bản)\s+số\s*(?P<number>{NUMBER})\s*,?\s*"
                          rf"(?:ngày\s+(?P<date>{DATE}))?\s*,\s*(?P<issuer>{ORGAN}\b{NAME_CHAR}{{0,80}}?)\s+(?:cũng\s+)?"
                          rf"(?:tiếp tục\s+)?(?:yêu cầu|đề nghị|chỉ đạo|{ASSIGNS})\b", re.IGNORECASE)


def restated(lines: list[Line]) -> Lead | None:
    """The letter a lead told of without its number, as a later sentence names it with the same writer."""
    first = next(sentence_matches(lines, _UNNUMBERED), None)
    if first is None:
        return None
    told_on, told = first
    writer = _name_key(clean_issuer(told.group("issuer")))
    for line, found in sentence_matches(lines[lines.index(told_on):], _NAMED_AGAIN):
        if writer and _name_key(clean_issuer(found.group("issuer"))) == writer:
            return _numbered_letter(line, found)
    return None


def _name_key(name: str | None) -> str:
    return " ".join((name or "").casefold().split())


# A news agency's tag before a lead: "(BNP) - ", "VOV.VN - ".
_AGENCY = re.compile(r"^\W*(?:\(?[A-ZĐ][A-Za-zĐ.]{1,12}\)?\s*[-–]\s*)?")


def under_its_headline(line: Line, headline: Line) -> Lead | None:
    """The letter a news page's first paragraph opens on, its writer the clause's subject, when the headline names that
    writer: "Sở Nông nghiệp và PTNT: Triển khai …" over "(BNP) - Tại văn bản số 232/SNN-CCTL, Sở Nông nghiệp và PTNT đề
    nghị …" is that letter's page. (Another writer there, "Theo Công văn số …, UBND tỉnh yêu cầu …", only cites it.)"""
    found = _NAMED_AGAIN.match(line.text[_AGENCY.match(line.text).end():])
    writer = _name_key(clean_issuer(found.group("issuer"))) if found else ""
    return _numbered_letter(line, found) if writer and writer in _name_key(headline.text) else None


def proposed(lines: list[Line]) -> Lead | None:
    """The letter a proposal or a direction was given in, and whose it is; or the decision a Sở advised."""
    for line in lines:
        found = _PROPOSED.search(line.text) or _ADVISED.search(line.text)
        if found:
            return _numbered_letter(line, found)
    return None


def _numbered_letter(line: Line, found: re.Match[str], subject: str | None = None) -> Lead:
    """The letter a match names by kind, number, date and issuer; "văn bản số 3674/UBND-KT" is of the kind its symbol
    names, a công văn's when it names none."""
    number = tidy_number(found.group("number"))
    kind = found.group("kind")
    if kind.casefold() == "văn bản":
        kind = kind_from_symbol(number) or "Công văn"
    return Lead(line, clean_issuer(found.group("issuer")), kind, number, found.group("date"), subject)


def chairman(lines: list[Line]) -> Lead | None:
    """The chairman who gives the page's tasks in his own name, as "Chủ tịch UBND tỉnh …"."""
    for line, found in sentence_matches(lines, _CHAIRMAN):
        committee = clean_issuer(found.group("committee"))
        if committee:  # (his tasks were given in a letter the page does not name: drafted, marked, not refused)
            return Lead(line, f"Chủ tịch {committee}", letter=True)
    return None


# A law site's question page headed by the document's kind and serial alone ("# Công điện 41: Xử lý vụ việc … như thế
# nào?"), whose body names it whole ("Theo Công điện 41/CĐ-TTg năm 2025 quy định …"): the page is that document's.
_SERIAL_HEADLINE = re.compile(rf"^(?P<kind>{KIND_PATTERN})\s+(?:số\s+)?(?P<serial>\d{{1,6}})\s*:", re.IGNORECASE)


def headlined_by_serial(lines: list[Line]) -> Lead | None:
    """The document a page's headline names by kind and serial, as its body names it whole."""
    headline = _SERIAL_HEADLINE.match(lines[0].text) if lines else None
    if headline is None:
        return None
    kind = headline.group("kind")
    for line in lines[1:]:
        for cited in CITED_NUMBER.finditer(line.text):
            before = line.text[:cited.start()].rstrip()
            if (re.match(rf"{headline.group('serial')}\s?/", cited.group("number"))
                    and re.search(rf"\b{re.escape(kind)}(?:\s+số)?$", before, re.IGNORECASE)):
                return Lead(line, None, kind, tidy_number(cited.group("number")), None)
    return None


# "…, ngày 31 tháng 3 năm 2021, tỉnh Lai Châu đã ban hành kế hoạch số 773/KH-UBND, trong đó …": a province named as the
# one that issued, its committee's document.
_PROVINCE_ISSUED = re.compile(rf"{BEFORE}(?:[Nn]gày\s+(?P<date>{DATE})\s*,\s*)?(?P<level>[Tt]ỉnh|[Tt]hành phố)\s+"
                              r"(?P<place>[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})\s+(?:cũng\s+)?(?:đã|vừa)\s+ban hành\s+"
                              rf"(?P<kind>(?i:{KIND_PATTERN}))\s+số\s*(?P<number>{NUMBER})")


# "UBND xã Phú Xuân đã thành lập Đoàn kiểm tra liên ngành số 301/QĐ-UBND ngày 23/9/2025 về công tác bảo đảm …": the body
# set something up by the decision numbered after it (its symbol says so).
_SET_UP = re.compile(rf"{BEFORE}{DATE_FIRST}{ISSUER}\s+(?:đã\s+|vừa\s+)?thành lập\s+[^.;,]{{3,80}}?\s+(?:(?:theo|tại)\s+"
                     rf"Quyết định\s+)?số\s*(?P<number>{NUMBER})(?:\s*,?\s*ngày\s+(?P<date>{DATE}))?"
                     r"(?:\s+(?:về việc|về)\s+(?P<subject>[^.;!?]+))?")


def set_up(lines: list[Line]) -> Lead | None:
    """The decision a body set up a team or board by, named by its number after what it set up."""
    for line, found in sentence_matches(lines, _SET_UP):
        number = tidy_number(found.group("number"))
        if kind_from_symbol(number) == "Quyết định":
            return Lead(line, clean_issuer(found.group("issuer")), "Quyết định", number,
                        found.group("date") or full_date(found.group("day")), clean_subject(found.group("subject")))
    return None


def by_its_province(lines: list[Line]) -> Lead | None:
    """The document a sentence says a province issued, as its committee's."""
    for line, found in sentence_matches(lines, _PROVINCE_ISSUED):
        issuer = f"UBND {found.group('level').lower()} {found.group('place')}"
        return Lead(line, issuer, found.group("kind"), tidy_number(found.group("number")), found.group("date"))
    return None
