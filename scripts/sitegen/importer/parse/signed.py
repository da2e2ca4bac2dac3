"""A document a news page tells by who signed it: for a body ("Thay mặt Bộ Chính trị, Tổng Bí thư … đã ký ban hành Nghị
quyết số …"), as a post of two ("…, Phó Bí thư Thường trực Huyện ủy … đã ký ban hành Công văn số …"), or in the passive,
its kind first ("Một công văn hỏa tốc vừa được Thứ trưởng … ký …")."""

from __future__ import annotations

import re

from ..normalise import Line
from .dates import DATE
from .naming import (BEFORE, DATE_FIRST, ORGAN, POSITION, Lead, clean_issuer, clean_subject, full_date, sentence_matches,
                     sentences)
from .numbers import KIND_PATTERN, NUMBER, kind_from_symbol, tidy_number

# "Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 70-NQ/TW ngày 20/8/2025 về …", "thừa lệnh Chủ
# tịch UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng … đã ký ban hành văn bản số 3653/UBND-TNMT, V/v …": a person signs
# for the body, which issues the document.
_SIGNED_FOR = re.compile(rf"{DATE_FIRST}(?:Thay mặt|[Tt]hừa lệnh)\s+(?:{POSITION}\s+)?"
                         rf"(?P<issuer>{ORGAN}\b[^,.;:]{{0,80}}?)\s*,\s*"
                         rf"[^,.;:]{{3,120}}?\s+(?:đã\s+|vừa\s+)?ký(?:\s*,?\s*ban hành)?\s+(?P<kind>{KIND_PATTERN}|văn bản)\s+"
                         rf"số\s*(?P<number>{NUMBER})(?:\s*,?\s*ngày\s+(?P<date>{DATE}))?"
                         rf"(?:\s*,?\s*(?:về việc|về|V/v)\s+(?P<subject>[^.;:!?]+))?")

# "Đồng chí …, Phó Bí thư Thường trực Tỉnh ủy, vừa thay mặt Ban Thường vụ Tỉnh ủy Nghệ An ký ban hành Kế hoạch số
# 305-KH/TU ngày 20/2/2025 triển khai …": the signer first, then whom he signs for.
_SIGNS_FOR = re.compile(rf"\b(?:vừa\s+|đã\s+)?thay mặt\s+(?:{POSITION}\s+)?(?P<issuer>{ORGAN}\b[^,.;:]{{0,80}}?)\s+"
                        rf"(?:đã\s+|vừa\s+)?ký(?:\s*,?\s*ban hành)?\s+(?P<kind>{KIND_PATTERN}|văn bản)\s+"
                        rf"số\s*(?P<number>{NUMBER})(?:\s*,?\s*ngày\s+(?P<date>{DATE}))?"
                        rf"(?:\s*,?\s*(?:(?:về việc|về|V/v)\s+)?(?P<subject>[^\W\d_][^.;:!?]+))?")


# "Một công văn hỏa tốc vừa được Thứ trưởng Bộ Công Thương Trần Quốc Khánh ký trong ngày 15/4/2020 gửi tới … về việc
# xuất khẩu gạo nếp": a document told in the passive, its kind first.
_PASSIVE = re.compile(rf"{BEFORE}(?:Một\s+)?(?P<kind>{KIND_PATTERN})\s+(?:(?:thượng khẩn|hỏa tốc|hoả tốc|khẩn)\s+)?"
                      rf"(?:vừa|đã|mới)\s+được\s+(?:{POSITION}\s+|Bộ trưởng\s+)?(?P<issuer>{ORGAN}\b[^,.;:]{{0,80}}?)\s+ký"
                      rf"(?:\s+(?:trong\s+)?ngày\s+(?P<date>{DATE}))?"
                      rf"(?:[^.;:]*?\s(?:về việc|V/v)\s+(?P<subject>[^.;:!?]+))?", re.IGNORECASE)
# "Kế hoạch phát động “Tháng hành động …” vừa được Bộ Y tế thông tin tại Hà Nội": the kind and what it is, then who
# issued or announced it.
_NAMED_PASSIVE = re.compile(rf"{BEFORE}(?P<kind>{KIND_PATTERN})\s+(?!(?:số|này|đó|của)\b)(?P<subject>[a-zđà-ỹ“\"][^.;!?]{{5,250}}?)"
                            rf"\s+(?:vừa|đã|mới)\s+được\s+(?:{POSITION}\s+)?(?P<issuer>{ORGAN}\b[^,.;:]{{0,80}}?)\s+"
                            r"(?:ký(?:\s+ban hành)?|ban hành|thông tin|công bố|phê duyệt)\b")


def signed_passive(lines: list[Line]) -> Lead | None:
    """The first sentence that tells a document in the passive, kind first."""
    for line, told in sentence_matches(lines, _PASSIVE, _NAMED_PASSIVE):
        return Lead(line, clean_issuer(told.group("issuer")), told.group("kind"), None, told.groupdict().get("date"),
                    clean_subject(told.group("subject")))
    return None


# "Chủ tịch Quốc hội Trần Thanh Mẫn, Chủ tịch Hội đồng Bầu cử quốc gia, đã ký ban hành Nghị quyết số 85/NQ-HĐBCQG về …":
# a person of two posts signs as the one named last, beside the verb.
# ("Ngày 27 tháng 5 năm 2022, đồng chí Lê Văn Ngoan, Phó Bí thư Thường trực Huyện ủy Càng Long đã ký ban hành Công văn số
# 1127-CV/HU “về việc …”": a Party committee's secretary signs for its standing board, "T/M BAN THƯỜNG VỤ".)
_PARTY_POST = r"(?P<party>(?:Phó\s+)?Bí thư(?:\s+Thường trực)?)"
_SIGNED_AS = re.compile(rf"{DATE_FIRST}[^,.;]{{3,80}},\s*(?:{POSITION}|{_PARTY_POST})\s+"
                        rf"(?P<issuer>{ORGAN}\b[^,.;:]{{0,80}}?)\s*,?\s*"
                        rf"(?:đã\s+|vừa\s+)ký(?:\s*,?\s*ban hành)?\s+(?P<kind>{KIND_PATTERN})\s+"
                        rf"số\s*(?P<number>{NUMBER})(?:\s*,?\s*ngày\s+(?P<date>{DATE}))?"
                        rf"(?:\s*,?\s*[“\"]?(?:về việc|về|V/v)\s+(?P<subject>[^.;:!?”\"]+))?")
_PARTY_COMMITTEE = re.compile(r"^(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+(?:ủy|uỷ)\b")


def signed_for(lines: list[Line]) -> Lead | None:
    """The first sentence that says a person signed a numbered document for a body."""
    for line in lines:
        signed = (_SIGNED_FOR.search(line.text) or _SIGNS_FOR.search(line.text)
                  or next(filter(None, map(_SIGNED_AS.match, sentences(line))), None))
        if signed:
            number = tidy_number(signed.group("number"))
            kind = signed.group("kind")
            if kind.casefold() == "văn bản":  # "văn bản số 3653/UBND-TNMT": the symbol's kind, else a công văn
                kind = kind_from_symbol(number) or "Công văn"
            issuer = clean_issuer(signed.group("issuer"))
            if signed.groupdict().get("party") and issuer and _PARTY_COMMITTEE.match(issuer):
                issuer = f"Ban Thường vụ {issuer}"
            return Lead(line, issuer, kind, number,
                        signed.group("date") or full_date(signed.groupdict().get("day")), clean_subject(signed.group("subject")))
    return None
