"""Every document the text cites, from "Căn cứ …", "Thực hiện …" and
"theo Công văn số … ngày … của … về …": kind, number, date, issuer and subject,
as far as the sentence gives them."""

from __future__ import annotations

import bisect
import re

from ..normalise import Line, is_upper
from .casing import KNOWN_BODIES, Body, issuer_form, known_form, sentence_case, spelled_out
from .cited_lists import Start, share_in_lists
from .dates import DATE, DATED_AFTER, parse_date
from .cited_issuer import ASIDE, BARE_BODY, DATED_AFTER_ISSUER, JOINT_SYMBOL, TERM, body_of, issuer_and_subject, joint_issuer
from .facts import Citation
from .naming import ASSIGNS, ISSUES, NAME_CHAR, ORGAN, department_alone, proposed_to
from .numbers import CITED_NUMBER, KIND_PATTERN, NUMBER, kind_from_symbol, number_key, tidy_number

# "Kế hoạch số 12/KH-UBND"; a law is named before its number: "Luật Bảo vệ … số 19/2023/QH15"
# (tried second, so that "Luật A và Nghị định số 98/…" stays a Nghị định).
_KIND_BEFORE = (re.compile(rf"(?P<kind>{KIND_PATTERN})(?:\s*:)?(?:\s+(?:liên tịch|số|số:|số hiệu))*\s*$", re.IGNORECASE),
                re.compile(r"(?P<kind>Luật)\s[^;.:\d]{1,120}?\s+số\s*$"),  # (a comma in its name: "Luật Thuế xuất khẩu, thuế …")
                re.compile(r"(?P<generic>văn bản)(?:\s+số)?\s*$", re.IGNORECASE))  # starts a citation, names no kind
# A kind, capitalised, and a word or two of what it is: "Thông báo làm việc số 2948/TT-ĐKT", "Kế hoạch thanh tra số
# 1505/KH-TTCP". It names the kind only: where the citation starts, for lists and nesting, stays the number.
_KIND_DESCRIBED = re.compile(rf"(?P<kind>(?:{KIND_PATTERN}))(?:\s+[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơ"
                             r"ờớởỡợùúủũụưừứửữựỳýỷỹỵ]+){1,2}\s+số\s*$")
# A law named right before its number without "số", which its symbol shows to be the Quốc hội's: "Căn cứ Luật Hóa chất
# 69/2025/QH15".
_LAW_BEFORE = re.compile(r"(?P<kind>Luật)\s[^;.:\d]{1,120}?\s+$")
_OF_THE_ASSEMBLY = re.compile(r"/QH\d*$", re.IGNORECASE)
# A date the copy garbled, which dates nothing but stands before the author: "Chỉ thị số 20/CT-TTg ngày 7-5-20220 của Thủ
# tướng Chính phủ".
_GARBLED_DATE = re.compile(r"^\s*,?\s*ngày\s+\d[\d\s/.-]*?(?=\s+của\s)")
# A law site's year after the number, which dates nothing to the day: "Công văn 2021/BYT-ATTP năm 2025 của Bộ Y tế".
_YEAR_AFTER = re.compile(r"^\s+năm\s+\d{4}\b(?=\s*(?:,|của\b|về\b|$))")
# A citation starts a new item of a list after these; one after "thực hiện …"
# with no mark between is part of the subject of the one before it.
_SEPARATED = re.compile(r"(?:[,;:.(]|\bvà|\bhoặc|^)\s*$")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZĐ])")
# How far the parser looks around a number, so that a line of thousands of numbers (a
# text without punctuation joins into one) is read in linear time: the kind stands just
# before the number ("Luật <name of up to 120 characters> số"), a separator a few
# characters before the next number, and what is said about a citation (date, issuer,
# subject, a nested citation or two) within the characters after it.
_KIND_REACH = 200
# An issuer named before the number: "chỉ đạo của Ủy ban nhân dân tỉnh tại Công văn số …", "đề nghị của Giám đốc
# Sở Công Thương tại Tờ trình số …", "báo cáo của Phòng Thương mại … (công văn số …)".
_POSITION = r"(?:Giám đốc|Chủ tịch|Bộ trưởng|Trưởng ban|Thủ trưởng|Chánh Văn phòng)"
# (The name never runs over an earlier "tại …": "ý kiến của Bộ Công Thương tại công văn số 9864/… và Tập đoàn tại công
# văn số 7092/…" names no issuer for the second letter.)
# ("đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số …": who approved it, in the passive.)
# ("chỉ đạo của Thủ tướng Chính phủ tại Điều 6 Quyết định 481/QĐ-TTg": the article the direction stands in.)
# ("Bộ Ngoại giao" ends on no verb: "đề nghị của Bộ trưởng Bộ Ngoại giao tại các văn bản số …".)
# (Nor over "với", which no body's name holds: "hồ sơ của Công ty và đối chiếu với các quy định tại Luật Hóa chất số
# 69/2025/QH15" is a law the company did not issue.)
_ARTICLE = r"(?:\s+(?:điểm\s+[a-zđ]\s+)?(?:khoản\s+\d+\s+)?Điều\s+\d+(?:\s+của)?)"
# The body's name, which never runs over "tại", "theo" or "với" (as the notes above say); an item of a list uses it too.
_NAME_BEFORE_TAI = rf"(?P<issuer>{ORGAN}\b(?:(?!\s(?:tại|theo|với)\s)[^,.;:()“”]){{0,80}}?)"
_ISSUER_BEFORE = re.compile(rf"(?:của|do|được)\s+(?:{_POSITION}\s+)?{_NAME_BEFORE_TAI}"
                            rf"(?:\s+(?:phê duyệt|ban hành|{ASSIGNS}|quy định|hướng dẫn|chỉ đạo|chuyển đến|gửi))?"
                            rf"(?:\s+(?:tại|theo)(?:\s+các|{_ARTICLE})?|\s*\()\s*$")
# A news sentence naming who issued a document, and when, before it: "Ngày 10 tháng 7 năm 2015, Thủ tướng Chính phủ
# đã ban hành Quyết định số 1035/QĐ-TTg".
_REPORTED_BEFORE = re.compile(rf"(?:\bNgày\s+(?P<date>{DATE})\s*,\s*)?(?:{_POSITION}\s+)?(?P<issuer>{ORGAN}\b(?:(?![()]){NAME_CHAR}){{0,80}}?)"
                              rf"(?:\s+cũng)?\s+{ISSUES}\s+$", re.IGNORECASE)  # ("… cũng đã ban hành …")
# An issuer named after the number, as the subject of the clause that tells what the letter said: "…, tại Công văn số
# 204/PCNA-AT ngày 15/01/2025, Công ty Điện lực Nghệ An đề nghị UBND tỉnh …".
_IN_IT = re.compile(r"(?:^|[\s,;])(?:tại|theo|trong)\s+$", re.IGNORECASE)
# (Not one who gave a task through it, "Tại công văn số 3366/VPCP-DK …, Thủ tướng Chính phủ đã giao …": an office wrote it.)
_WRITER_AFTER = re.compile(rf"^\s*,\s*(?P<issuer>{ORGAN}\b[^,.;:()]{{0,80}}?)\s+(?:đã\s+|vừa\s+)?(?:kính\s+)?(?:đề nghị|yêu cầu|"
                           r"đề xuất|kiến nghị|thông báo|báo cáo)\b")
# One issuer for a list: "Căn cứ các Quyết định của Thủ tướng Chính phủ: số …; số …; số …", "các văn bản của Bộ …:
# Công văn số …; Công văn số …".
_COLLECTIVE = re.compile(rf"\bcác\s+(?:{KIND_PATTERN}|văn bản)\s+của\s+(?:{_POSITION}\s+)?(?P<issuer>{ORGAN}\b[^:;.]{{0,80}}?)\s*:",
                         re.IGNORECASE)
# "các Chỉ thị, Công điện và ý kiến chỉ đạo của Thủ tướng Chính phủ về …, trong đó có Công điện số 65/CĐ-TTg": one of
# the body's documents named before.
_AMONG = re.compile(rf"\bcác\s+(?:{KIND_PATTERN})\b[^.;]{{0,60}}?\s+của\s+(?:{_POSITION}\s+)?(?P<issuer>{ORGAN}\b"
                    rf"(?:(?!\s(?:về|tại|theo)\s)[^,.;:()“”]){{0,60}}?)\s+về\s[^.;]*?,\s*trong đó có\s*$", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r"\b(?:Căn cứ|Thực hiện|Triển khai|Theo|Xét)\b")
# What a clause does with the documents it names: "Căn cứ" gives legal bases, "Thực hiện" or
# "Triển khai" says the document carries them out. Only an opener that starts a clause counts
# ("lồng ghép với các hoạt động triển khai Chỉ thị …" does not).
# ("Văn bản được ban hành nhằm triển khai thực hiện Công văn số …": a purpose that says the same, mid-sentence.)
_OPENER = re.compile(r"(?:(?:^|(?<=[.;:])\s+|(?<=[-–])\s+|(?<=,)\s+)(?P<opener>Căn cứ|Tiếp tục thực hiện|Thực hiện|Triển khai|"
                     r"Để triển khai|Để thi hành|Thi hành|Theo|Xét)|(?<=\s)(?P<purpose>nhằm (?:triển khai )?thực hiện|"
                     r"nhằm triển khai))\b", re.IGNORECASE)
_CARRIES_OUT = ("tiếp tục thực hiện", "thực hiện", "triển khai", "để triển khai", "để thi hành", "thi hành",
                "nhằm triển khai thực hiện", "nhằm thực hiện", "nhằm triển khai")
# A letter that asks its addressees to carry a document out carries it out (the corpus README): "đề nghị các sở, ban,
# ngành … triển khai thực hiện Chỉ thị số 20/CT-TTg …". Not rules to comply with ("yêu cầu … thực hiện nghiêm túc
# Quyết định số 68/2011/QĐ-TTg"), nor a task to watch others keep one ("giám sát việc triển khai thực hiện Chỉ thị …").
_ASKED_TO_CARRY_OUT = re.compile(r"\b(?:đề nghị|yêu cầu)\s[^.:]{0,300}?(?<!việc )(?<!giám sát )(?<!kiểm tra )"
                                 r"\b(?:tiếp tục\s+)?triển khai\s+(?:thực hiện\s+)?(?:nghiêm(?:\s+túc)?\s+)?"
                                 r"(?:(?:các|những)\s+(?:nội dung|nhiệm vụ|giải pháp)(?:\s+quy định)?\s+(?:tại|của|nêu tại)\s+)?$")
_ASK_REACH = 400
_SEPARATOR_REACH = 12
_TAIL_REACH = 1200


# A steering committee named by its number ("Ban Chỉ đạo (BCĐ) 389/ĐP"), a technical regulation's or standard's code
# ("QCVN 01:2019/BCT", "TCVN 6223:2017"), and a symbol the copy cut at its very end ("Căn cứ Nghị định số
# 169/2013/N"): no document to record.
_NOT_A_DOCUMENT = re.compile(r"(?:Ban Chỉ đạo|\bBCĐ\)?|\b(?:QCVN|TCVN)\s*[\d.-]+\s*:\s*)\s*$")
_CUT_AT_THE_END = re.compile(r".*[/-][A-ZĐ]")  # ("… Tờ trình số 1381/TTr-B", "… 2629/QĐ-T" too)
# A news site's own licence in its footer ("Giấy phép hoạt động báo chí số 681/GP-BTTT do Bộ TT-TT cấp …", a site's
# "Giấy phép thiết lập trang thông tin điện tử tổng hợp số …"): the page's furniture, not a document it cites.
_SITE_LICENCE = re.compile(r"\bGiấy phép\s+(?:hoạt động báo chí|xuất bản|thiết lập (?:trang|mạng)\D{0,40}?|"
                           r"cung cấp dịch vụ\D{0,40}?)\s*(?:điện tử\s*)?(?:số\s*)?:?\s*$", re.IGNORECASE)
_LICENCE_REACH = 90


def _starts(text: str) -> list[Start]:
    """(start of the citation, its number, its kind) for every number in a line."""
    starts = []
    for number in CITED_NUMBER.finditer(text):
        if (_NOT_A_DOCUMENT.search(text, max(0, number.start() - 20), number.start())
                or _SITE_LICENCE.search(text, max(0, number.start() - _LICENCE_REACH), number.start())
                or _CUT_AT_THE_END.fullmatch(number.group("number")) and number.end() == len(text.rstrip())):
            continue
        reach = max(0, number.start() - _KIND_REACH)
        kind = next(filter(None, (pattern.search(text, reach, number.start()) for pattern in _KIND_BEFORE)), None)
        if kind is None and _OF_THE_ASSEMBLY.search(number.group("number")):
            kind = _LAW_BEFORE.search(text, reach, number.start())
        described = None if kind else _KIND_DESCRIBED.search(text, reach, number.start())
        starts.append((kind.start() if kind else number.start(), number, kind or described))
    return starts


class _Clauses:
    """Where a line's clauses open ("Căn cứ", "Thực hiện" …) and where it names one issuer for a list, found once
    per line, so that each citation looks back in constant time."""

    def __init__(self, text: str):
        self.openers = list(_OPENER.finditer(text))
        self.opener_at = [found.start() for found in self.openers]
        self.collectives = list(_COLLECTIVE.finditer(text))
        self.collective_end = [found.end() for found in self.collectives]

    def opener(self, start: int) -> str | None:
        """The clause opener nearest before `start`, within reach."""
        index = bisect.bisect_right(self.opener_at, start - 1) - 1
        while index >= 0 and self.openers[index].end() > start:
            index -= 1
        if index < 0 or self.openers[index].start() < start - _TAIL_REACH:
            return None
        return self.openers[index].group("opener") or self.openers[index].group("purpose")

    def collective(self, start: int) -> re.Match | None:
        index = bisect.bisect_right(self.collective_end, start) - 1
        found = self.collectives[index] if index >= 0 else None
        return found if found and found.start() >= start - _TAIL_REACH else None


# "Thủ tướng Chính phủ công bố ngày 15 tháng 3 hàng năm là Ngày Quyền của người tiêu dùng Việt Nam tại Quyết định số
# 1035/QĐ-TTg": the body whose act the document holds, the subject of the clause.
_ACTS_IN = re.compile(rf"(?:^|[.;,]\s*|\s)(?P<issuer>{ORGAN}\b[^,.;:()“”]{{0,60}}?)\s+(?:đã\s+)?(?:công bố|phê duyệt)\s+"
                      r"[^.;()]{0,150}?\s+tại\s+$", re.IGNORECASE)

# An item of a list that names each writer before its letter: "Xét đề nghị của 19 đơn vị gồm: Công ty … tại Văn bản số
# 2416/HCMTBa-ATBV ngày 17/6/2026; Công ty TNHH VLXD Sơn Thạch tại Văn bản số 24/ST-PL ngày 18/6/2026; …".
_ITEM_BEFORE = re.compile(rf"[:;]\s*{_NAME_BEFORE_TAI}\s+tại\s+$")


def _issuer_before(text: str, start: int, clauses: _Clauses) -> str | None:
    """The issuer a sentence names before a citation's kind and number, for itself or for a list."""
    reach = max(0, start - _KIND_REACH)
    before = (_ISSUER_BEFORE.search(text, reach, start) or _ACTS_IN.search(text, reach, start)
              or _ITEM_BEFORE.search(text, reach, start))
    if before:
        return TERM.sub("", before.group("issuer")).strip()
    among = _AMONG.search(text, max(0, start - _KIND_REACH), start)
    if among:
        return TERM.sub("", among.group("issuer")).strip()
    collective = clauses.collective(start)
    if collective and not _NEW_CLAUSE.search(text, collective.end(), start):
        return TERM.sub("", collective.group("issuer")).strip()
    return None


# A symbol's part naming an office (Văn phòng Chính phủ, Trung ương, UBND…): "1740-CV/VPTW", "123/VPCP-KTTH".
_OFFICE_CODE = re.compile(r"(?:^|[/-])VP[A-ZĐ]*(?:[/-]|$)")


def _conveyed_by_an_office(number: str, issuer: str) -> bool:
    """ "ý kiến chỉ đạo của Ban Bí thư tại Công văn số 1740-CV/VPTW": the opinion is the named body's, the letter
    its office's (the symbol says so). The body named before the number is then not the letter's issuer."""
    return bool(_OFFICE_CODE.search(number.upper())) and not issuer.casefold().startswith("văn phòng")


def _citation(line: Line, text: str, start: int, number: re.Match, kind: re.Match | None, end: int,
              clauses: _Clauses) -> Citation:
    written = tidy_number(number.group("number"))
    citation = Citation(written, line)
    if kind and kind.groupdict().get("kind"):
        citation.kind = kind.group("kind")[:1].upper() + kind.group("kind")[1:].lower()
    else:
        citation.kind, citation.kind_from_symbol = kind_from_symbol(written), True
    tail = text[number.end():end]
    date = DATED_AFTER.match(tail)
    if date:
        citation.date = parse_date(date.group("date"))
        tail = tail[date.end():]
    elif garbled := _GARBLED_DATE.match(tail) or _YEAR_AFTER.match(tail):
        tail = tail[garbled.end():]
    if citation.date is not None or tail.lstrip(" ,").startswith(("của ", "về ")):
        citation.issuer, citation.subject = issuer_and_subject(tail.lstrip(" ,"))
    if citation.date is None and citation.issuer:
        # "Quyết định số 2941/QĐ-BCT của Bộ Công Thương ngày 8/11/2023": the date after the issuer.
        dated = DATED_AFTER_ISSUER.match(tail)
        if dated and dated.group("issuer").strip().rstrip(",") == citation.issuer:
            citation.date = parse_date(dated.group("date"))
    if citation.issuer is None or citation.date is None:
        reported = _REPORTED_BEFORE.search(text, max(0, start - _KIND_REACH), start)
        if reported and reported.end() == start:
            citation.issuer = citation.issuer or TERM.sub("", reported.group("issuer")).strip()
            if citation.date is None and reported.group("date"):
                citation.date = parse_date(reported.group("date"))
    if citation.issuer is None:
        citation.issuer = _issuer_before(text, start, clauses)
        if citation.issuer and _conveyed_by_an_office(written, citation.issuer):
            citation.issuer = None
    if citation.issuer is None and _IN_IT.search(text, max(0, start - 12), start):
        writer = _WRITER_AFTER.match(tail)
        citation.issuer = TERM.sub("", writer.group("issuer")).strip() if writer else None
    if citation.issuer:
        citation.issuer = known_form(spelled_out(department_alone(ASIDE.sub("", body_of(proposed_to(citation.issuer),
                                                                                          citation.kind)))))
    if JOINT_SYMBOL.search(written):
        citation.issuer = joint_issuer(tail.lstrip(" ,")) or citation.issuer
    if (citation.issuer and " " not in citation.issuer.strip() and citation.issuer not in BARE_BODY
            and not re.fullmatch(r"[A-ZĐ]{2,}", citation.issuer.strip())):
        citation.issuer = None  # one word that is no body's short name: a copy cut inside the name ("… của Chính")
    opener = clauses.opener(start)
    citation.implements = (bool(opener) and opener.casefold() in _CARRIES_OUT) or bool(
        _ASKED_TO_CARRY_OUT.search(text, max(0, start - _ASK_REACH), start))
    citation.in_citing_clause = bool(opener)
    # "Tổng Bí thư … ký ban hành Nghị quyết số 60-NQ/TƯ": a lone TƯ is the central TW when its issuer, or else its
    # sentence before it, names a central body.
    citation.number = tidy_number(number.group("number"), citation.issuer or _sentence_before(text, start))
    return citation


def _sentence_before(text: str, start: int) -> str:
    return re.split(r"[.;!?]\s", text[max(0, start - _KIND_REACH):start])[-1]


def line_citations(line: Line, own: str | None = None) -> list[Citation]:
    """The citations of one line, in order; a citation nested in another's subject is listed too. A title in capitals
    ("… NGHỊ QUYẾT SỐ 03/NQ-CP NGÀY 09/01/2025 CỦA CHÍNH PHỦ …") is read in small letters, symbols kept, and the
    names it gives are put back as the capitals write them. `own`: the document's own number's key, in whose subject
    what is nested is the document's own business."""
    if is_upper(line.text) and CITED_NUMBER.search(line.text):
        lowered = re.sub(r"[^\W\d_]+", lambda word: word.group().lower(), line.text)
        if len(lowered) == len(line.text):
            lowered = re.sub(rf"{NUMBER}", lambda n: line.text[n.start():n.end()], lowered, flags=re.IGNORECASE)
            found = _line_citations(line, lowered, own)
            for citation in found:
                for name in ("issuer", "subject"):
                    value = getattr(citation, name)
                    at = lowered.find(value) if value else -1
                    if at >= 0:
                        written = line.text[at:at + len(value)]
                        setattr(citation, name, _capitals_issuer(written) if name == "issuer"
                                else sentence_case(written, _NO_BODY))
            return found
    return _line_citations(line, line.text, own)


_NO_BODY = Body([])


_NO_PLACE = re.compile(r"(?:UBND|HĐND|(?:Ủy|Uỷ) ban nhân dân|Hội đồng nhân dân)(?: (?:tỉnh|thành phố|huyện|quận|xã))?",
                       re.IGNORECASE)


def _capitals_issuer(written: str) -> str | None:
    """A cited issuer read from capitals, in the registry's form; a known body is not run on into the next words
    ("BỘ CHÍNH TRỊ VÀ CHƯƠNG TRÌNH"), and a level with no place ("UBND TỈNH") names no one."""
    name = re.sub(r"\b(?:Ubnd|Hđnd)\b", lambda short: short.group().upper(), issuer_form(written, _NO_BODY))
    if _NO_PLACE.fullmatch(name):
        return None
    known = next((body for body in KNOWN_BODIES if name.casefold().startswith(body.casefold() + " và ")), None)
    return known or name


def _line_citations(line: Line, text: str, own: str | None = None) -> list[Citation]:
    starts = _starts(text)
    # A citation runs to the next one that starts a new item of a list (after a comma, "và"…),
    # found from the right in one pass.
    ends, end, separated = [], len(text), []
    for start, _, _ in reversed(starts):
        ends.append(end)
        separated.append(bool(_SEPARATED.search(text, max(0, start - _SEPARATOR_REACH), start)))
        if separated[-1]:
            end = start
    ends.reverse()
    separated.reverse()
    clauses = _Clauses(text)
    found = [_citation(line, text, start, number, kind, min(end, number.end() + _TAIL_REACH), clauses)
             for (start, number, kind), end in zip(starts, ends)]
    for index, citation in enumerate(found):
        if index and not separated[index]:  # nested in the subject of the one before: it is that one's business
            citation.implements, citation.in_citing_clause = False, True
            # (Unless it is nested in what the document itself asks, "… ban hành văn bản 857/SCT-QLNL đề nghị … triển khai
            # thực hiện Chỉ thị số 20/CT-TTg", or a sentence ends between and the new one asks it: "… văn bản số
            # 3674/UBND-KT ngày 14/12/2017. Theo đó UBND tỉnh yêu cầu … triển khai thực hiện … Chỉ thị số 34/CT-TTg".)
            start, parent_end = starts[index][0], starts[index - 1][1].end()
            ended = _SENTENCE_END.search(text, parent_end, start)
            asked_from = ended.end() if ended else parent_end if _is_own(number_key(found[index - 1].number), own) else None
            citation.implements = asked_from is not None and bool(
                _ASKED_TO_CARRY_OUT.search(text, max(asked_from, start - _ASK_REACH), start))
    # (whose issuer is named before it, "đề nghị của … tại Tờ trình số …", may propose the next ones too)
    share_in_lists(text, starts, found,
                   lambda index: bool(_ISSUER_BEFORE.search(text, max(0, starts[index][0] - _KIND_REACH), starts[index][0])))
    return found


def _without_year(key: str) -> str:
    """A number without its year: "41/2022/nq/hdnd" -> "41/nq/hdnd"."""
    return re.sub(r"^([^/]+)/\d{4}/", r"\1/", key)


def _is_own(key: str, own: str | None) -> bool:
    """The document's own number, however written: "16/NT" for "16-NT", and the start of a number a site
    wrote with a space ("1213/2010/HDLN /STC-SCT" reads as 1213/2010/HDLN)."""
    if not own:
        return False
    # ("505/QĐ-TTg" beside the own "505/2022/QĐ-TTg": one page writing the same number with and without its year.)
    return key == own or own.startswith(key + "/") or key == _without_year(own)


_ANNEX = re.compile(r"^\(?\s*(?:Ban hành\s+)?kèm theo\s+(?:Quyết định|Thông tư|Nghị định|Chỉ thị|Kế hoạch|Công văn)\s+số\b",
                    re.IGNORECASE)


# A law site's title of the page's document, under the letter: "Công văn 37999/CHQ-GSQL năm 2025 khai bổ sung … do Cục
# Hải quan ban hành" below "Số: 3799/CHQ-GSQL". Of the same symbol, it is the document itself, misprint and all.
_SITE_TITLE = re.compile(rf"^(?:{KIND_PATTERN})\s+(?P<number>{NUMBER})\s+(?:năm\s+\d{{4}}|ngày\s+{DATE})\b.*\sdo\s.+\sban hành\s*$")


def _site_title_of_own(line: Line, own: str | None) -> bool:
    title = _SITE_TITLE.match(line.text) if own else None
    return bool(title) and number_key(title.group("number")).partition("/")[2] == own.partition("/")[2]


_SITE_NOTE = re.compile(r"(?:^|(?<=\s))Thông tin áp dụng\b\s*:?\s*(?P<note>.*)$", re.IGNORECASE)


def _written_before(key: str, citation: Citation, by_number: dict[str, Citation], by_serial: dict[str, list[str]]) -> str:
    """The key of a document already cited that this one is: written with or without its year ("41/NQ-HĐND" beside
    "41/2022/NQ-HĐND", the same date or none), or cut by a line break ("72/2013/NĐ" after "72/2013/NĐ-CP"). One document,
    not two. (`by_serial`: the keys cited so far by their serial.)"""
    if key in by_number:
        return key
    serial = key.split("/", 1)[0]
    bare = _without_year(key)
    for known in by_serial.get(serial, ()):
        earlier = by_number[known]
        if known.startswith(key + "/"):
            return known
        if (_without_year(known) == bare and (known == bare) != (key == bare)
                and (earlier.date is None or citation.date is None or earlier.date == citation.date)):
            return known
    by_serial.setdefault(serial, []).append(key)
    return key


def citations(lines: list[Line], own_number: str | None = None) -> list[Citation]:
    """Every document cited, once each (the first mention, completed by later ones)."""
    by_number: dict[str, Citation] = {}
    by_serial: dict[str, list[str]] = {}
    own = number_key(own_number) if own_number else None
    site_note = False
    for line in lines:
        # A law database's note under "Thông tin áp dụng" ("Thông tư này thay thế Quyết định 758/VT-QĐ …") is the
        # site's account of the document, not the document citing.
        heading = _SITE_NOTE.search(line.text)
        if heading:  # the copy may have joined the heading to the lines around it
            line = Line(line.number, line.text[:heading.start()], tuple(at for at in line.breaks if at < heading.start()))
        found = [] if site_note else line_citations(line, own)
        site_note = bool(heading and not heading.group("note"))
        if _ANNEX.match(line.text) or _site_title_of_own(line, own):
            # "(Ban hành kèm theo Quyết định số 1322/QĐ-BCT …)": the document itself, misprint and all
            found = found[1:]
        for citation in found:
            key = number_key(citation.number)
            if _is_own(key, own):
                continue
            key = _written_before(key, citation, by_number, by_serial)
            first = by_number.setdefault(key, citation)
            for name in ("kind", "date", "issuer", "subject"):
                if getattr(first, name) is None and getattr(citation, name) is not None:
                    setattr(first, name, getattr(citation, name))
            # "của UBND tỉnh" first, "của UBND tỉnh Nghệ An" later: the name with its place is the same body's.
            if (first.issuer and citation.issuer and _NO_PLACE.fullmatch(first.issuer)
                    and citation.issuer.casefold().startswith(first.issuer.casefold() + " ")):
                first.issuer = citation.issuer
            first.implements = first.implements or citation.implements
            first.in_citing_clause = first.in_citing_clause or citation.in_citing_clause
    return _without_footnote_marks(by_number)


def _without_footnote_marks(by_number: dict[str, Citation]) -> list[Citation]:
    """ "Luật … số 42/2024/QH151 ngày 29/6/2024" where a PDF glued its footnote's mark to the symbol, the footnote itself
    ("1 Luật … số 42/2024/QH15 …") or another sentence writing the number whole: one document, the number as written
    without the mark, where the marked one stood."""
    merged: dict[str, Citation] = {}
    for key, citation in by_number.items():
        whole = next((key[:-size] for size in (1, 2) if key[-size:].isdigit() and key[:-size] in by_number
                      and not key[:-size].endswith("/")), None)
        if whole is None:
            merged.setdefault(key, citation)
            continue
        kept = by_number[whole]
        for name in ("kind", "date", "issuer", "subject"):
            if getattr(kept, name) is None and getattr(citation, name) is not None:
                setattr(kept, name, getattr(citation, name))
        kept.implements = kept.implements or citation.implements
        merged.setdefault(whole, kept)
    return list(merged.values())
