"""A sentence that tells a body issued a document ("Sở Công Thương ban hành Kế hoạch số 638/KH-SCT về việc …"), and
what it says of it: the lead a news page or a Sở's page opens on when its copy has no header."""

from __future__ import annotations

import re

from ..normalise import Line
from .dates import DATE
from .naming import (BEFORE, DATE_FIRST, ISSUER, ISSUES, ORGAN, POSITION, Lead, clean_issuer, clean_subject, full_date,
                     sentences)
from .numbers import KIND_PATTERN, NUMBER, kind_from_symbol, kind_named_by_symbol, tidy_number

# The issuing verbs; besides, a site "đăng tải" (posts) or "giới thiệu" another body's document, named after it ("…
# số 35-HD/BTG ngày … của Ban Tuyên giáo Quận ủy").
# ("EVN đã công bố Quyết định 599/QĐ-EVN …": its own decision, made known on a day that need not be the decision's.)
_ISSUES = rf"(?:{ISSUES}|(?P<posts>đăng tải|giới thiệu)(?:\s+toàn văn)?|(?P<announces>(?:vừa|đã)\s+công bố))"
# ("về việc: Thông báo …"; a headline's "… Quyết định số 46/2017/QĐ-TTg: Ban hành Quy chế …"; "… hàng giả; đồng thời bảo
# đảm …": one trích yếu goes on past its semicolon.)
_SUBJECT = (r"(?:\s*,?\s*(?:về việc\s*:?|về|V/v\s*:?)\s+|(?<=\w):\s+|\s+)"
            r"(?P<subject>(?:[^.;:!?]|(?<=\bTP)\.|(?<=\d)\.(?=\d)|;\s(?=đồng thời\b))+?)")  # (and a day "từ 2.2 - 13.2")
# (Not "đối với 3 dự án …", which is what it is about.)
_SUBJECT_END = (r"(?=\s*(?:(?<!\bTP)\.(?!(?<=\d\.)\d)|[:!?]|;(?!\s*đồng thời\b)|,\s*với\b|(?<!\bđối)\s+với\s+(?:yêu cầu|mục tiêu|mục đích|\d+\s)|"
                r"\s+như sau\b|\s+với (?:các|những) nội dung\b|\s+nhằm\b|\s+với chủ đề\b|"
                r",\s*trong đó\b|$))")
# "X ban hành Kế hoạch số N ngày D về việc S" (each part after the kind optional, the kind written).
# ("văn bản số …" names no kind: the number's symbol may.)
# ("công văn 2833 về việc …": a bare serial after the kind, never a year; "Công văn 2223/ATTP-PCTTR năm 2025 về việc …":
# a law site's year after the number, no part of the subject.)
# ("Ủy ban nhân dân tỉnh Quảng Trị cho biết, vừa ban hành …"; "… có công điện khẩn số 12/CĐ.UBND …".)
# ("Phó Chủ tịch UBND tỉnh Nghệ An, ông Lê Hồng Vinh vừa ký, ban hành …": the signer named between.)
# ("Ngày 9-3, ông Mai Xuân Liêm, Phó Chủ tịch Thường trực UBND tỉnh Thanh Hóa, đã ký văn bản số …": named before his post.)
ISSUED = re.compile(rf"{BEFORE}{DATE_FIRST}(?P<signer>(?:ông|bà)\s+[^,.;]{{3,40}}?,\s+(?={POSITION}\s))?"
                     rf"(?P<post>{POSITION}\s+|Phó\s+)?{ISSUER}(?:\s*,\s*(?:ông|bà)\s+[^,.;]{{3,40}}?)?"
                     # (its short name in brackets: "… tỉnh Tiền Giang (BCĐ 389/TG) vừa ban hành …"; or its ministry:
                     # "Tổng cục Biển và Hải đảo Việt Nam (Bộ Tài nguyên và Môi trường) phát đi …")
                     r"(?:\s*\((?:[^()]{1,20}|Bộ\s[^()]{2,60})\))?"
                     rf"(?(signer),?)\s+(?:cho biết\s*,?\s*)?{_ISSUES}\s+"
                     rf"(?P<quote>[“\"](?=(?:{KIND_PATTERN})\s+[^”\"]{{10,300}}[”\"]))?"  # ("ban hành “Đề án Phát triển …”")
                     rf"(?P<kind>{KIND_PATTERN}|văn bản)\b(?:\s+(?:thượng khẩn|hỏa tốc|hoả tốc|khẩn))?"
                     rf"(?:\s+số\s*(?P<number>{NUMBER}|\d{{1,6}}\b)|\s+(?P<bare>{NUMBER}|(?!(?:19|20)\d\d\b)\d{{1,6}}\b(?![/-]))|"
                     rf"\s*\(\s*số\s*(?P<paren>{NUMBER})\s*\))?"  # ("đã có Công văn (số 73/TTg-CN) chỉ đạo …")
                     rf"(?:\s*,\s*{NUMBER})*(?:\s+năm\s+\d{{4}}\b)?(?:\s*,?\s*ngày\s+(?P<date>{DATE}))?"
                     rf"(?:\s*,?\s*của\s+(?P<of>{ORGAN}\b[^,.;:!?“”\"]{{0,80}}?)(?=\s*(?:[.,;:]|về\b|V/v|$)))?"
                     rf"(?:{_SUBJECT}{_SUBJECT_END})?", re.IGNORECASE)
# A sentence that opens on what it carries out or rests on: its first clause names another document, not its own.
CITING = re.compile(r"^\W*(?:Căn cứ|Thực hiện|Triển khai|Theo|Xét|Để thi hành)\b", re.IGNORECASE)

# What a letter asks follows its verb; whom it asks has a plural's word or a capital ("đề nghị các Sở …", "Quý …").
_NOT_WHOM = r"(?!(?:các|những|Quý)\b)(?=[a-zđà-ỹ])"
# What a letter named without its number is about: "… về việc thực hiện …", or what it asks after whom it is sent to
# ("… gửi UBND các địa phương, Công ty Điện lực BR-VT… đề nghị tăng cường …").
_LETTER_ABOUT = re.compile(r"(?:[^.!?]|\.\.\.|(?<=TP)\.){0,300}?(?:\b(?:về việc|V/v)\s+(?P<about>[^.!?]{10,300})|"
                           r"\s(?P<asks>(?:đề nghị|yêu cầu)\s[^.!?]{10,300}))")


def letters_subject(text: str, start: int) -> str | None:
    about = _LETTER_ABOUT.match(text, max(0, start - 20))
    if about is None:
        return None
    if about.group("about"):
        # ("… về việc kinh doanh và mua bán vàng gửi tới các đơn vị …": whom it is sent to follows the trích yếu.)
        return clean_subject(re.split(r"\s+gửi (?:tới|đến)\s", about.group("about"))[0].strip(" ,"))
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
    if kind.casefold() == "văn bản":
        kind = _letters_kind(number) if number else None
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
    writer = clean_issuer(writer)
    if writer and _CHAIRMAN_POST.fullmatch(issued.group("post") or "") and _COMMITTEE.match(writer) and (
            number is None or _CHAIRMANS_SYMBOL.search(number)) and not issued.group("of"):
        writer = f"Chủ tịch {writer}"
    return Lead(line, writer, kind, number, date, subject)


# "Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải vừa ký quyết định …", "Chủ tịch UBND tỉnh đã có Công điện số 1543/CĐ-CTUBND":
# a document the chairman issues in his own name, with no number or under his own symbol, is his (the corpus README);
# one under the committee's symbol ("… Quyết định số 12/QĐ-UBND") is the committee's, which he signs for.
_CHAIRMAN_POST = re.compile(r"[Cc]hủ tịch\s+")
_COMMITTEE = re.compile(r"(?:UBND|(?:Ủy|Uỷ) ban nhân dân|HĐND|Hội đồng nhân dân)\b", re.IGNORECASE)
_CHAIRMANS_SYMBOL = re.compile(r"[-/]CT\.?(?:UBND|HĐND)\b")


def _letters_kind(number: str) -> str | None:
    """The kind of a "văn bản số …": its symbol's ("4300/SNN-VP" a công văn's, "12/KH-UBND" a plan's); a công văn's
    when it names none, a letter with no kind's name being one (Nghị định 30/2020/NĐ-CP): "văn bản hỏa tốc số 1415", a
    symbol of the body's letters alone ("290/SCTQLNL"). None for a serial and year alone."""
    if "/" not in number:
        return "Công văn"
    return kind_from_symbol(number) or ("Công văn" if re.search(r"/[A-ZĐ]", number) else None)


# A web page's headline that starts with a kind ("Thông báo tạm hoãn tổ chức …", "Kế hoạch tổ chức các hoạt động …"),
# never a sentence about one ("Kế hoạch của chúng tôi …").
KIND_HEADLINE = re.compile(rf"^(?P<kind>{KIND_PATTERN})\s+(?!(?:của|số|này|đã|được|và|là|cho|thì|mà|sẽ|với)\b)"
                           rf"(?P<subject>[a-zđà-ỹ][^\n]{{10,250}}?)\.?$")


def headline_kind(lines: list[Line]) -> str | None:
    """The kind a web page's headline starts with ("Kế hoạch tổ chức các hoạt động …"), if any."""
    found = next(filter(None, (KIND_HEADLINE.match(line.text) for line in lines)), None)
    return found.group("kind").casefold() if found else None


def first_issued(lines: list[Line], headline_kind: str | None = None) -> Lead | None:
    """The first sentence that says a body issued a document. A news page often names it first without its number
    (its headline, "Bộ Công Thương ban hành Kế hoạch tổ chức …") and gives the number further on ("…, Bộ trưởng Bộ
    Công Thương đã ban hành Kế hoạch số 5763/KH-BCT …"): the first later sentence of the same kind that gives one
    completes it. When the page's headline names a kind ("Kế hoạch tổ chức …") and a sentence of that kind gives a
    number, that one wins over a background one before it ("Thủ tướng … ban hành Quyết định số 1035/…")."""
    leads = []
    for line in lines:
        for sentence in sentences(line):
            for found in ISSUED.finditer(sentence):
                # In "Thực hiện Công văn số …, Sở … xây dựng Kế hoạch …" only the main clause names the document.
                if CITING.match(sentence) and found.start() == 0:
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


# ("ông Nguyễn Thành Nghĩa, Chủ tịch UBND xã Tân Hào (tỉnh Vĩnh Long) vừa ban hành văn bản đề nghị …": a post's holder
# issuing one signs it.)
_SIGNS = re.compile(r"\s(?:vừa|đã)\s+(?:ký|ban hành)\b")


def _signed_letter(sentence: str, found: re.Match, line: Line) -> Lead | None:
    """ "Phó Chủ tịch UBND thành phố Hồ Kỳ Minh vừa ký ban hành văn bản yêu cầu …", "Giám đốc Sở … Lê Thị Hương đã ký
    văn bản hỏa tốc đề nghị …": a person who holds a post signs a letter named without its kind or number (a page telling
    that a body "đã ban hành văn bản" may only recall one)."""
    if (not re.search(rf"(?:^|\s){POSITION}\s+$", sentence[:found.start("issuer")])
            or not _SIGNS.search(sentence, found.end("issuer") - 1, found.start("kind"))):
        return None
    # (What it asks is its gist, when it says nothing of what it is about: "… văn bản đề nghị các phòng … tiếp tục …".)
    subject = clean_subject(found.group("subject"))
    gist = None if subject else letters_subject(sentence, found.start("subject"))
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
