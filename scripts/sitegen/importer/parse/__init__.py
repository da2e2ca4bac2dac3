"""Pure functions from the lines of a document to what it says (parse.Parsed).

The header laid out by Nghị định 30/2020/NĐ-CP comes first; where a copy has
none (a web page, a law-text site), the kind's own line and the lead sentence
give what they can, and each such fact is noted as inferred, for the clerk to
check."""

from __future__ import annotations

import dataclasses
import re

from ..normalise import Line, is_upper
from . import header, kind_title, letter_parts
from .casing import Body, issuer_form, sentence_case, with_the_level
from .cited_issuer import bare_bodies_named
from .carried_out import carried_out_by_title
from .citations import citations
from .dates import DATE, date_spans, deadlines, parse_date
from .facts import Found, Parsed
from .headline import HEADLINE_LINES, from_headline
from .language import is_vietnamese
from .lead import lead
from .naming import LEAD_LINES, ORGAN, SITE_ISSUED_BY, SITE_YEAR, joint_authors
from .numbers import KIND_PATTERN, NUMBER, kind_from_symbol, kind_named_by_symbol, kind_of, number_key, tidy_number
from .province import of_document
from .own_issuer import (committee_of_its_province, completed_by_site, completed_by_text, council_by_its_authority,
                         enacted_by, party_board_by_its_symbol)
from .reasons import (FROM_ANNEX, FROM_ARTICLE_1, FROM_AUTHENTICATION, FROM_HEADLINE, FROM_KIND_LINE, FROM_LEAD, FROM_SITE,
                      FROM_SUBJECT_LINE, RECASED_ISSUER, RECASED_TITLE)
from .site_facts import SiteFacts, site_facts

_KIND_NUMBER = re.compile(rf"^\s*(?:{KIND_PATTERN})\s+(?P<number>{NUMBER})", re.IGNORECASE)


def parse(lines: list[Line]) -> Parsed:
    """Every fact of the document, each with its source line."""
    parsed = Parsed()
    if not is_vietnamese(lines):  # (an English translation: refused, its facts not guessed)
        parsed.in_vietnamese = False
        return parsed
    body = Body([line.text for line in lines])
    head = _header_window(lines)
    parsed.number = header.own_number(head)
    parsed.place, parsed.date_written = header.place_and_date(head)
    parsed.kind, parsed.subject = kind_title.kind_and_title(head, parsed.number)
    self_named = kind_title.self_named(head)
    _from_self_named(self_named, parsed)
    _verb_not_kind(parsed)
    _from_kind_line(head, parsed)
    _from_annex_line(head, parsed)
    _from_lead(lines, parsed)
    _verb_not_kind(parsed)  # (again: the number a copy's first line gives, "Thông tư 21/2019/TT-BCT ngày …")
    site = _from_site(lines, parsed, site_facts(lines))
    from_headline(lines, parsed)
    if parsed.subject is None and parsed.lead_gist:
        parsed.subject, parsed.inferred["subject"] = parsed.lead_gist, FROM_LEAD
    _from_article_1(lines, parsed)
    authenticated = _from_authentication(lines, parsed)
    if parsed.date_written:
        date = parse_date(parsed.date_written.value)
        parsed.date = Found(date, parsed.date_written.line) if date else None
    if parsed.number and kind_from_symbol(parsed.number.value) == CONSOLIDATED:
        # "Số: 55/VBHN-BCT" over "THÔNG TƯ": a consolidated text repeats the kind of the document it consolidates.
        parsed.kind, parsed.kind_from_symbol = Found(CONSOLIDATED, parsed.number.line), True
    if parsed.kind is None and parsed.number:
        kind = kind_from_symbol(parsed.number.value)
        if kind:
            parsed.kind, parsed.kind_from_symbol = Found(kind, parsed.number.line), True
    if parsed.kind is None and parsed.subject and kind_title.is_subject_line(parsed.subject.line.text):
        # Only a công văn carries a "V/v" line (Nghị định 30/2020/NĐ-CP, Phụ lục I).
        parsed.kind = Found("Công văn", parsed.subject.line)
        parsed.inferred["kind"] = FROM_SUBJECT_LINE
    found_issuer = (authenticated or header.issuer(head, _top_of_body(head, parsed), lines[:len(lines) - len(head)])
                    or _issuer_above_the_number(head, parsed, lines) or _self_named(self_named, parsed) or parsed.lead_issuer
                    or enacted_by(lines, parsed))
    if parsed.lead_issuer and parsed.inferred.get("number") == FROM_LEAD:
        # A copy whose number only its lead sentence gives has no header: capitals above it are the site's banner
        # ("BỘ NỘI VỤ⏎MINISTRY OF HOME AFFAIRS …"), and the lead names who issued the document.
        found_issuer = parsed.lead_issuer
    found_issuer = completed_by_site(found_issuer, site, parsed)
    found_issuer = completed_by_text(found_issuer, lines, parsed)
    found_issuer = council_by_its_authority(found_issuer, head, parsed)
    if found_issuer:
        parsed.issuer = Found(joint_authors(issuer_form(found_issuer.value, body)), found_issuer.line)
        if parsed.issuer.value != found_issuer.value:
            parsed.inferred["issuer"] = RECASED_ISSUER
    if parsed.subject:
        # "VỀ VIỆC BAN HÀNH …" is filed as "Ban hành …", as a "V/v" line is; no full stop ends a trích yếu.
        # ("Thông báo về việc nộp phiếu …" under the kind line "Thông báo": the kind said again before the trích yếu.)
        bare = parsed.subject.value
        if parsed.kind:
            bare = re.sub(rf"^{re.escape(parsed.kind.value)}\s+(?=(?:V/v|về việc)\b)", "", bare, flags=re.IGNORECASE)
        bare = re.sub(r"^(?:V/v|về việc)\s*[:.]?\s*", "", bare, flags=re.IGNORECASE).rstrip(" .")
        bare = bare or parsed.subject.value
        if parsed.kind and parsed.kind.value in ("Chương trình", "Kế hoạch"):
            # "CHƯƠNG TRÌNH⏎HÀNH ĐỘNG THỰC HIỆN …": "hành động" belongs to the kind's name, not to the trích yếu.
            bare = re.sub(r"^hành động\s+(?=\S)(?!của\b)", "", bare, flags=re.IGNORECASE)
        parsed.subject = Found(bare, parsed.subject.line)
        cased = sentence_case(parsed.subject.value, body)
        if cased != parsed.subject.value and cased.lower() != parsed.subject.value.lower()[:1] + parsed.subject.value[1:]:
            parsed.inferred.setdefault("subject", RECASED_TITLE)
        parsed.subject = Found(cased, parsed.subject.line)
    parsed.recipients = letter_parts.recipients(lines)
    parsed.copies_to, parsed.archived_at = letter_parts.copies(lines)
    parsed.signer = letter_parts.signer(lines)
    parsed.sections = letter_parts.sections(lines)
    parsed.executors = letter_parts.executors(lines)
    parsed.citations = citations(lines[_top_of_letter(lines, parsed):], parsed.number.value if parsed.number else None)
    carried_out_by_title(parsed.citations, parsed.subject.value if parsed.subject else None)
    bare_bodies_named(parsed.citations, parsed.issuer.value if parsed.issuer else None,
                      [recipient.value for recipient in parsed.recipients])
    for citation in parsed.citations:  # one body, cited or issuing: "Sở Công Thương Lào Cai" is "… tỉnh Lào Cai"
        citation.issuer = with_the_level(citation.issuer) if citation.issuer else None
    parsed.spans = date_spans(lines)
    parsed.deadlines = deadlines(lines)
    parsed.province = of_document(parsed, head, lines)
    committee_of_its_province(parsed)
    party_board_by_its_symbol(parsed)
    return parsed


# Where a law site's table of facts and its list of links push the letter's header down: the header is read from a
# few lines above its motto on, so that it is not cut by the number of lines a header is looked for in.
# (A site may break the motto after its second or third word: "CỘNG HÒA XÃ⏎HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA⏎XÃ HỘI …".)
_MOTTO_LINE = re.compile(r"(?:CỘNG\s+)?H(?:[^\W\d_]A|O[^\W\d_]) XÃ(?: HỘI|\s*$)|^CỘNG\s+H(?:[^\W\d_]A|O[^\W\d_])\s*$|"
                         r"ĐẢNG CỘNG SẢN VIỆT NAM", re.IGNORECASE)
_ABOVE_MOTTO = 4
HEADER_SEARCH = 60  # (a law site may print its table of facts twice, a cell a line, above the header)


# Kinds that are verbs too: "QUY ĐỊNH CHƯƠNG TRÌNH, NỘI DUNG …" under "Số: 53/2018/TT-BCT" is a circular's title (a site
# dropped its "THÔNG TƯ"), not a Quy định titled "Chương trình …".
_VERB_KINDS = ("Quy định", "Hướng dẫn")


def _from_authentication(lines: list[Line], parsed: Parsed) -> Found[str] | None:
    """A consolidated text whose number, date and body only its closing authentication gives (a gazette's copy puts
    no header above it): those, marked; the body is returned for the issuer."""
    if parsed.number:
        return None
    found = header.authentication(lines)
    if found is None:
        return None
    number, place, date, body = found
    parsed.number = number
    parsed.inferred["number"] = FROM_AUTHENTICATION
    if date and parsed.date_written is None:
        parsed.place, parsed.date_written = place, date
        parsed.inferred["date"] = FROM_AUTHENTICATION
    if body:
        parsed.inferred["issuer"] = FROM_AUTHENTICATION
    return body


def _verb_not_kind(parsed: Parsed) -> None:
    if not (parsed.kind and parsed.number and parsed.subject and parsed.kind.value in _VERB_KINDS
            and parsed.subject.line is parsed.kind.line):
        return
    named = kind_named_by_symbol(parsed.number.value)
    if named and named != parsed.kind.value:
        parsed.subject = Found(" ".join(parsed.kind.line.text.split()), parsed.kind.line)
        parsed.kind, parsed.kind_from_symbol = Found(named, parsed.number.line), True


def _is_motto_line(text: str) -> bool:
    """A line holding the motto, not a sentence naming the country ("… Chính phủ nước Cộng hòa xã hội Chủ nghĩa Việt Nam")."""
    found = _MOTTO_LINE.search(text)
    return bool(found) and not re.search(r"[a-zđà-ỹ]\s*$", text[:found.start()])


def _header_window(lines: list[Line]) -> list[Line]:
    motto = next((index for index, line in enumerate(lines[:HEADER_SEARCH]) if _is_motto_line(line.text)), None)
    if motto is None or motto + 6 <= header.HEADER_LINES:
        return lines
    return lines[motto - _ABOVE_MOTTO:]


def _from_site(lines: list[Line], parsed: Parsed, site: SiteFacts) -> SiteFacts:
    """What the letter does not say, from the site's table of facts above it, marked: a site that shows a circular's
    summary instead of its text still names its number, kind and date. The table, with the issuer its title line
    names ("… do Ủy ban nhân dân tỉnh Trà Vinh ban hành") where the table names none by a body's name."""
    if site.number and parsed.number is None:
        parsed.number = site.number
        parsed.inferred["number"] = FROM_SITE
    # (The site's "Loại văn bản Thông tư" before a page's headline "Quy định tỷ lệ …" and a "V/V …" line, which may be
    # the site's "Trích yếu:", are read as kinds.)
    if site.kind and parsed.kind is None and kind_of(site.kind.value):
        parsed.kind = Found(kind_of(site.kind.value), site.kind.line)
        parsed.inferred["kind"] = FROM_SITE
    if site.date and parsed.date_written is None:
        parsed.date_written = site.date
        parsed.inferred["date"] = FROM_SITE
    if parsed.subject is None and site.title:
        parsed.subject = site.title
        parsed.inferred["subject"] = FROM_SITE
        return site
    if parsed.subject is None and parsed.number:
        # The site's page title: "Thông tư 01/2022/TT-BCT sửa đổi Thông tư 47/2014/TT-BCT …".
        for line in lines[:HEADLINE_LINES + 3]:
            start = _KIND_NUMBER_TITLE.match(line.text)
            if start and number_key(tidy_number(start.group("number"))) == number_key(parsed.number.value):
                parsed.subject = Found(start.group("title").strip(), line)
                parsed.inferred["subject"] = FROM_HEADLINE
                issued_by = _ISSUED_BY.match(line.text, start.end("title"))
                if issued_by and not (site.issuer and re.match(ORGAN, site.issuer.value)):
                    return dataclasses.replace(site, issuer=Found(issued_by.group("issuer"), line))
                return site
    return site


# ("Kế hoạch 231/KH-UBND năm 2025 thực hiện … do tỉnh Hà Tĩnh ban hành": the site's year and its "do … ban hành" are not
# the title's.)
_ISSUED_BY = re.compile(rf"\s+do\s+(?P<issuer>{ORGAN}\b[^.()]{{0,100}}?)\s+ban hành", re.IGNORECASE)
# ("• Quyết định số 16/2009/QĐ-UBND ngày 21/12/2009 Về mức thu phí … do Ủy ban nhân dân tỉnh Trà Vinh ban hành (Văn bản
# hết hiệu lực)": a database's bullet, the date, and its note on the document's validity.)
_KIND_NUMBER_TITLE = re.compile(rf"^(?:[•*-]\s*)?(?:{KIND_PATTERN})\s+(?:số\s*)?(?P<number>{NUMBER})(?:\s+{SITE_YEAR})?"
                                rf"(?:\s+ngày\s+{DATE})?\s+(?:về\s+)?(?!ngày\b|của\b|{SITE_YEAR}\s+của\b)"
                                rf"(?P<title>\S.{{10,250}}?)"
                                rf"(?:{SITE_ISSUED_BY})?(?:\s*\((?:Văn bản\s+)?(?:còn|hết|chưa có)\s+hiệu lực[^)]*\))?$",
                                re.IGNORECASE)


def _from_kind_line(lines: list[Line], parsed: Parsed) -> None:
    """A copied law text's "THÔNG TƯ 15/2017/TT-BCT⏎ngày 31 tháng 8 năm 2017": number and date under the kind."""
    if parsed.kind is None:
        return
    if parsed.number is None:
        found = _KIND_NUMBER.match(parsed.kind.line.text)
        if found:
            parsed.number = Found(tidy_number(found.group("number")), parsed.kind.line)
            parsed.inferred["number"] = FROM_KIND_LINE
    if parsed.date_written is None:
        parsed.date_written = header.date_line(lines, parsed.kind.line)
        if parsed.date_written:
            parsed.inferred["date"] = FROM_KIND_LINE


# "(Ban hành kèm theo Quyết định số 809/QĐ-BQL ngày 14 tháng 10 năm 2021 của Ban Quản lý các Khu công nghiệp tỉnh Sơn La)"
# under the title of rules or a plan whose copy has no header of its own.
_ANNEX_OF = re.compile(rf"^\(\s*(?:Ban hành\s+)?kèm theo\s+(?P<kind>Quyết định|Nghị quyết|Thông tư)\s+số\s*:?\s*"
                       rf"(?P<number>{NUMBER})"
                       rf"\s*,?\s*(?:ngày\s+(?P<date>{DATE}))?\s*(?:của\s+(?P<issuer>{ORGAN}\b[^()]{{0,120}}?))?\s*\)?\s*$",
                       re.IGNORECASE)


def _from_annex_line(lines: list[Line], parsed: Parsed) -> None:
    """Rules or a plan copied without the decision that issued them, their title over "(Ban hành kèm theo Quyết định
    số …)": the document is that decision (the corpus README's convention), and its trích yếu names what it issues
    ("Quy chế cung cấp thông tin cho công dân"), marked."""
    if parsed.number:
        return
    annex = next(filter(None, (_ANNEX_OF.match(line.text) for line in lines[:header.HEADER_LINES + 5])), None)
    if annex is None:
        return
    line = next(line for line in lines if line.text is annex.string)
    parsed.number = Found(tidy_number(annex.group("number")), line)
    parsed.inferred["number"] = FROM_ANNEX
    if annex.group("date") and parsed.date_written is None:
        parsed.date_written = Found(annex.group("date"), line)
        parsed.inferred["date"] = FROM_ANNEX
    if annex.group("issuer"):
        parsed.lead_issuer = Found(" ".join(annex.group("issuer").split()), line)
    if parsed.kind and parsed.subject and parsed.kind.value.casefold() != annex.group("kind").casefold():
        title = parsed.subject.value
        kind = parsed.kind.value
        named = f"{kind.upper()} {title}" if is_upper(title) else f"{kind} {title[:1].lower()}{title[1:]}"
        parsed.subject = Found(named, parsed.subject.line)
    parsed.kind = Found(kind_of(annex.group("kind")) or annex.group("kind"), line)
    parsed.inferred["kind"] = FROM_ANNEX


def _self_named(named: kind_title.SelfNamed | None, parsed: Parsed) -> Found[str] | None:
    """The author a law site's "CỦA BỘ CÔNG THƯƠNG SỐ 07/2008/QĐ-BCT …" line gives, when the number is the document's:
    the document names itself, over the site's table ("Bộ Kế hoạch và Đầu tư, Bộ Công Thương")."""
    if named is None or parsed.number is None or number_key(named.number.value) != number_key(parsed.number.value):
        return None
    return named.issuer


def _from_self_named(named: kind_title.SelfNamed | None, parsed: Parsed) -> None:
    """A law site's "CỦA … SỐ … NGÀY … VỀ VIỆC …" title under the kind line, in place of a header (the Gazette's older
    documents have no "Số:" line): the number, date and trích yếu it gives, where nothing else gave them."""
    if named is None or parsed.number is not None and number_key(named.number.value) != number_key(parsed.number.value):
        return
    parsed.number = parsed.number or named.number
    if parsed.date_written is None and named.date:
        parsed.date_written = named.date
    if named.subject and (parsed.subject is None or parsed.subject.value.upper().startswith("CỦA ")):
        parsed.subject = named.subject


# A news lead opens on its paper's mark ("(HDDTVN) – Tập đoàn Điện lực Việt Nam vừa có văn bản số …"), which a copy may
# have put last, after the article, its writer's name and a "read more" link ("Uyển Như more(HDDTVN) – …").
_MARKED_LEAD = re.compile(r"(?:^|(?<=\s))(?:[a-z]+)?\(\s*[A-ZĐ][A-ZĐa-z.]{1,20}\s*\)\s*[-–]")


def _marked_lead_first(lines: list[Line]) -> list[Line]:
    """`lines` with a paper-marked lead found only past the lines a lead is looked for in put right under the headline,
    from its mark on."""
    if any(_MARKED_LEAD.search(line.text) for line in lines[:LEAD_LINES]):
        return lines
    for line in lines[LEAD_LINES:]:
        mark = _MARKED_LEAD.search(line.text)
        if mark:
            return [lines[0], Line(line.number, line.text[mark.start():]), *lines[1:]]
    return lines


def _from_lead(lines: list[Line], parsed: Parsed) -> None:
    """Whatever the header did not give, from the lead sentence of a copy without one."""
    if parsed.number and parsed.date_written and parsed.kind and parsed.subject:
        return
    found = lead(_marked_lead_first(lines))
    if found is None:
        return
    if found.number and parsed.number and number_key(found.number) != number_key(parsed.number.value):
        return  # the letter's header gives its number: a lead naming another document is about that one
    line = found.line
    # A web page's headline naming the kind ("Hướng dẫn tuyên truyền …") gave the title; the lead sentence that gives
    # the document's number gives its own words for it.
    if (found.number and found.subject and parsed.number is None and parsed.subject
            and not is_upper(parsed.subject.line.text.split()[0])):
        parsed.subject = None
    for name, value in (("number", found.number), ("date_written", found.date), ("kind", found.kind),
                        ("subject", found.subject)):
        if value and getattr(parsed, name) is None:
            if name == "kind":
                value = kind_of(value) or value
            setattr(parsed, name, Found(value, line))
            parsed.inferred["date" if name == "date_written" else name] = FROM_LEAD
    if (found.number and found.kind and parsed.kind and parsed.inferred.get("number") == FROM_LEAD
            and parsed.kind.value not in _VERB_KINDS  # (a title opening on "Quy định …": _verb_not_kind's)
            and kind_of(found.kind) == kind_named_by_symbol(found.number) != parsed.kind.value):
        # A headline opening on another kind's word ("Chương trình Cuộc vận động …") over "… ban hành Kế hoạch số
        # 03/KH-XTĐTTMDL": the lead's kind, which its number's symbol names too.
        parsed.kind = Found(kind_of(found.kind), line)
        parsed.inferred["kind"] = FROM_LEAD
    if found.issuer:
        parsed.lead_issuer = Found(found.issuer, line)
    parsed.letter_reported = found.letter
    parsed.lead_gist = Found(found.gist, line) if found.gist else None


# "Điều 1. Phê duyệt Kế hoạch … (sau đây gọi tắt là Kế hoạch) với nội dung như sau", "Điều 1. Ban hành kèm theo Quyết
# định này Quy chế …": what a decision does, its trích yếu when the copy left out the title lines.
_ARTICLE_1 = re.compile(r"^Điều\s+1\s*[.:]\s*(?:(?P<issues>Ban hành kèm theo (?:Quyết định|Nghị quyết|Thông tư|Chỉ thị) này)\s+"
                        r"|(?=(?:Phê duyệt|Ban hành|Quy định|Thành lập|Công bố|Giao|Sửa đổi|Bãi bỏ|Điều chỉnh|Phân bổ|Tặng|"
                        r"Công nhận)\b))(?P<subject>[^:]{10,300}?)\s*"
                        r"(?:\(sau đây|,?\s*với (?:các |những )?nội dung|,?\s*như sau|[.:;])", re.IGNORECASE)  # (not cut)


def _from_article_1(lines: list[Line], parsed: Parsed) -> None:
    """A decision or resolution whose copy has no title lines: its trích yếu is what its Điều 1 does, marked (the
    corpus README's convention)."""
    if parsed.subject or (parsed.kind and parsed.kind.value not in ("Quyết định", "Nghị quyết", "Thông tư")):
        return
    article = next(filter(None, (_ARTICLE_1.match(line.text) for line in lines)), None)
    if article:
        line = next(line for line in lines if line.text is article.string)
        subject = re.sub(r"\s*\(có [^()]*kèm theo\)$", "", article.group("subject").strip(" ,"))  # "(có Đề án kèm theo)"
        if re.fullmatch(r"[“\"][^“”\"]+[”\"]", subject):  # "Ban hành kèm theo Quyết định này "Quy chế …""
            subject = subject[1:-1]
        parsed.subject = Found(subject, line)
        parsed.inferred["subject"] = FROM_ARTICLE_1


CONSOLIDATED = "Văn bản hợp nhất"
def _top_of_letter(lines: list[Line], parsed: Parsed) -> int:
    """Where a letter with a header starts: a law site puts its own list of related documents above it ("- 3Nghị
    định 15/2018/NĐ-CP hướng dẫn …"), which the letter does not cite. A copy without a header starts at the top."""
    if parsed.number is None or "number" in parsed.inferred or parsed.number.line not in lines:
        return 0
    marks = [found.line for found in (parsed.number, parsed.issuer) if found and found.line in lines]
    top = min(lines.index(line) for line in marks)
    if any(_GROUNDS_OR_ARTICLE.match(line.text) for line in lines[:top]):
        return 0  # a PDF's text layer that put the header after the first page's body: its grounds are above it
    return top


# What only a letter's own body holds: its grounds and its first article (no site's list of related documents).
_GROUNDS_OR_ARTICLE = re.compile(r"^(?:Căn cứ\b|Điều\s+1\s*[.:])")


def _issuer_above_the_number(head: list[Line], parsed: Parsed, lines: list[Line]) -> Found[str] | None:
    """A page that shows the title above the letter ("THÔNG BÁO⏎V/v Tạm dừng …⏎ỦY BAN NHÂN DÂN⏎XÃ SƠN VĨ⏎Số: 07/TB-UBND"):
    the kind and title read from the top leave no room above them, so the issuer is looked for above the number."""
    if parsed.number is None or "number" in parsed.inferred or parsed.number.line not in head:
        return None
    return header.issuer(head, head.index(parsed.number.line) + 1, lines[:len(lines) - len(head)])


def _top_of_body(lines: list[Line], parsed: Parsed) -> int:
    """How many lines the issuer may be among: those above the number, or above the date or kind."""
    # (not the site's table; nor a web page's headline, "UBND XÃ PHÚ XUÂN TĂNG CƯỜNG KIỂM TRA …", which no cell is above)
    marks = [found.line for name, found in (("number", parsed.number), ("date", parsed.date_written),
                                             ("kind", parsed.kind), ("subject", parsed.subject))
             if found and found.line in lines and parsed.inferred.get(name) not in (FROM_SITE, FROM_HEADLINE)]
    if not marks and parsed.inferred.get("subject") == FROM_HEADLINE:
        return 0
    first = min((lines.index(line) for line in marks), default=0)
    # The number's own line counts: a PDF may print "SỞ CÔNG THƯƠNG Số: 12/KH-SCT" on one line.
    return first + 1
