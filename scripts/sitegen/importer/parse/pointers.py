"""The other places a page without a header names its own document, beside its lead sentence: a title line ("Thông
tư 38/2016/TT-BCT Quy định …"), a pointer ("(Chi tiết Thông báo số 65/TB-SCT …, xem tại đây)", "Đó là nội dung tại
Chỉ thị số …"), a source line ("Nguồn CV số: 3002/UBND-KTN"); and the one sign that a number named at the top is not
the page's own: the page tells of something done about it ("sơ kết … thực hiện Chỉ thị số …")."""

from __future__ import annotations

import re

from ..normalise import Line
from .dates import DATE
from .naming import (BEFORE, DATE_FIRST, ISSUER, LEAD_LINES, NAME_CHAR, ORGAN, POSITION, SITE_ISSUED_BY, SITE_YEAR, Lead,
                     clean_issuer, clean_subject, full_date, sentence_matches)
from .numbers import CITED_NUMBER, KIND_PATTERN, NUMBER, kind_from_symbol, number_key, tidy_number
from .title_line import owner

# A page whose title names its document: "Thông tư 38/2016/TT-BCT Quy định định mức …", "Quyết định số 163/QĐ-UBND
# của Chủ tịch UBND tỉnh tặng Bằng khen cho …", "Quyết định số 105/2009/QĐ-TTg, ngày … của Thủ tướng Chính phủ về …".
_TITLE_VERB = (r"(?:về việc|về|V/v|tặng|phê duyệt|ban hành|quy định|hướng dẫn|sửa đổi|thành lập|công bố|giao|phân bổ|"
               r"kiện toàn|điều chỉnh|bãi bỏ)")
_TITLE_LINE = re.compile(rf"^(?P<kind>{KIND_PATTERN})\s+(?:số\s*)?(?P<number>{NUMBER})(?:\s*,?\s*ngày\s+(?P<date>{DATE}))?"
                         rf"(?:\s*,?\s*(?:của|ban hành bởi)\s+(?P<issuer>(?:{POSITION}\s+)?{ORGAN}\b{NAME_CHAR}{{0,80}}?)"
                         rf"(?:\s*,?\s*ngày\s+(?P<dated>{DATE}))?(?=\s+{_TITLE_VERB}\b))?"  # (or its date after its author)
                         rf"\s*,?\s+(?:(?:về việc|về|V/v)\s+)?(?P<subject>[^\W\d_]\S*(?:\s+\S+){{2,}}?)\s*\.?$", re.IGNORECASE)
_TITLE_LINES = 3


def title_line(lines: list[Line]) -> Lead | None:
    """The title line at the top of a page without a header, when it is the only line there that opens on a kind and
    a number (a page listing several decisions has no document of its own) and the page does not go on to tell of
    something done about that document (as carried_out_below)."""
    opening = [line for line in lines[:LEAD_LINES] if re.match(rf"^(?:{KIND_PATTERN})\s+(?:số\s*)?{NUMBER}", line.text,
                                                               re.IGNORECASE)]
    if len(opening) != 1 or opening[0] not in lines[:_TITLE_LINES]:
        return None
    line = opening[0]
    found = _TITLE_LINE.match(line.text) if not line.text.rstrip().endswith((",", ";")) else None  # (a list's item)
    if found is None or carried_out_below(lines[lines.index(line) + 1:], found.group("number")):
        return None
    # (A law site's title: "Kế hoạch 231/KH-UBND năm 2025 thực hiện … do tỉnh Hà Tĩnh ban hành": its year and its
    # "do … ban hành" are the site's.)
    # ("… 3109/QĐ-UBND của Bình Phước năm 2021 thủ tục …", "… 15/VBHN-BKHCN năm 2015 do Bộ … ban hành hợp nhất …": the
    # owner it names before the title, title_line.owner.)
    number = tidy_number(found.group("number"))
    by, subject = owner(found.group("subject").rstrip(" ."), number)
    subject = re.sub(rf"^{SITE_YEAR}\s+", "", subject, flags=re.IGNORECASE)
    subject = re.sub(rf"{SITE_ISSUED_BY}$", "", subject)
    return Lead(line, clean_issuer(found.group("issuer") or by), found.group("kind"), number,
                found.group("date") or found.group("dated"), clean_subject(subject))


# What a text says it does with a document it names: a page's own document is never one it carries out or reviews.
_CARRYING_OUT = re.compile(r"\b(?:thực hiện|triển khai|căn cứ|theo|quán triệt|sơ kết|tổng kết)\b[^.;]{0,40}$", re.IGNORECASE)


def carried_out_below(lines: list[Line], number: str) -> bool:
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
                      rf"\s*(?:của\s+(?P<issuer>(?:{POSITION}\s+)?{ORGAN}\b{NAME_CHAR}{{0,80}}?)(?=\s+(?:tại đây|về|V/v)\b|\s*[,.)]|$))?"
                      rf"(?:\s*,?\s*(?:về việc|về|V/v)\s+(?P<subject>[^.;()]+?)(?=\s*[.;()]|$))?", re.IGNORECASE)
_CONTENT_AT = re.compile(rf"{BEFORE}{DATE_FIRST}{ISSUER}\s+(?:đã\s+)?ban hành\s+(?P<subject>[^.;()]{{10,250}}?)\s*\(\s*(?:tại|theo)\s+"
                         rf"(?P<kind>{KIND_PATTERN}|văn bản)\s+số\s*(?P<number>{NUMBER})\s*\)", re.IGNORECASE)


def pointed_to(lines: list[Line]) -> Lead | None:
    for line, found in sentence_matches(lines, _POINTER, _CONTENT_AT):
        number = tidy_number(found.group("number"))
        kind = found.group("kind")
        if kind.casefold() == "văn bản":
            kind = kind_from_symbol(number)
        date = found.groupdict().get("date") or full_date(found.groupdict().get("day"))
        return Lead(line, clean_issuer(found.group("issuer")), kind, number, date, clean_subject(found.group("subject")))
    return None


# A news page's last line naming the letter it was written from: "P.L-  Nguồn CV số: 3002/UBND-KTN".
# ("BBT(Nguồn: 132/TB-UBND)": the editors' initials, the source in brackets.)
_SOURCE_LINE = re.compile(rf"^(?:\S{{1,8}}?\s*)?\(?\s*Nguồn\s*(?P<kind>CV|công văn|văn bản|VB)?\s*(?:số)?\s*:?\s*(?P<number>{NUMBER})"
                          rf"\s*\)?\s*\.?$", re.IGNORECASE)


def source_line(lines: list[Line]) -> Lead | None:
    for line in lines:
        found = _SOURCE_LINE.match(line.text.strip())
        if found:
            number = tidy_number(found.group("number"))
            kind = kind_from_symbol(number)
            return Lead(line, None, kind, number) if kind else None
    return None
