"""Who issued a cited document, from the words after its number and date: "của <issuer> về <subject>", "của Bộ
Công nghiệp và Bộ Nội vụ hướng dẫn …" (a joint document's authors), "của Bộ trưởng Bộ Công Thương" (the minister's
ministry). The name ends where the document's own business starts: a verb, "về", a quote, a new sentence's subject."""

from __future__ import annotations

import re

from ..normalise import UPPER
from .casing import spelled_out
from .dates import DATE
from .naming import ASSIGNS, ORGAN

# Where what is said about a citation ends.
_CLAUSE_END = re.compile(r"[;:]|\.{3}|…|\.(?=\s+[A-ZĐ“\"]|\s*$)|\s+trong đó\b|\s*\(sau đây")
# After an issuer, a comma then a new sentence's subject: "của Ban Tuyên giáo Tỉnh ủy, Sở Công Thương xây dựng …",
# "của Bộ Giao thông vận tải, Chủ tịch UBND tỉnh giao Giám đốc Sở …"
# (a comma inside a name, "Sở Văn hóa, Thể thao và Du lịch", is followed by no verb).
# (The new subject is a name, with its capital: ", quyền hạn và cơ cấu tổ chức của Bộ" is no new sentence; nor is the
# rest of a name whose document's subject holds the verb: "của Bộ Văn hóa, Thể thao và Du lịch về việc công bố thủ tục
# hành chính mới ban hành".)
_NEXT_SUBJECT = re.compile(rf"(?<!^Bộ trưởng),\s+(?=[{UPPER}](?:(?!\bvề\b)[^,])*\b(?:xây dựng|ban hành|triển khai|đề nghị|"
                           rf"yêu cầu|thông báo|tổ chức|thực hiện|hướng dẫn|{ASSIGNS}|bố trí|phối hợp)\b)")
# What a document does or is about, which ends its issuer's name ("của Bộ Nội vụ hướng dẫn …"); the first few are
# written with a capital too.
_DOES_CAPITALISED = ("về việc", "về", "quy định", "hướng dẫn", "phê duyệt", "sửa đổi", "bãi bỏ", "ban hành")
_DOES = _DOES_CAPITALISED + ("triển khai", "thực hiện", "nhằm", "đề nghị", "yêu cầu", "phân cấp", "phân công",
                             "giao", "thành lập", "công bố", "chỉ đạo", "kiện toàn", "điều chỉnh", "bổ sung", "ủy quyền",
                             "tổ chức", "tuyên truyền", "cung cấp", "ý kiến", "giải thích", "hỏi")


def _loosely(words: str) -> str:
    spaced = re.escape(words).replace(r"\ ", " ?")
    return f"[{words[0].upper()}{words[0]}]{spaced[1:]}" if words in _DOES_CAPITALISED else spaced


# Words that follow an issuer when no "về" stands between it and the subject.
# (A verb may be followed by a comma: "của Chính phủ sửa đổi, bổ sung …" keeps "sửa đổi" in the subject.)
# A site that glued lines may have lost the space inside the verb ("… Bộ Kế hoạch và Đầu tư hướngdẫn xử lý"), and
# a subject may start with a capital ("của Bộ Công Thương Quy định thực hiện …"): no body's name holds these words.
_ISSUER_END = re.compile(rf"\s+(?:V/v|v/v|{'|'.join(_loosely(words) for words in _DOES)}|"
                         r"trình(?= (?:Thủ tướng|Chính phủ|Bộ|UBND|Ủy ban|HĐND|Hội đồng|Quốc hội))|"
                         r"khi|nếu|thì|để|đối với|đã|không|sẽ|phải|cần)(?=[\s,]|$)|"
                         # (but a board's name may list its fields: "Ban Chỉ đạo Trung ương về phát triển khoa học, công
                         # nghệ, đổi mới sáng tạo và chuyển đổi số")
                         r",\s+(?=[a-zđ])(?!(?:công nghệ|đổi mới sáng tạo)\b)|"
                         r"\s+(?:nêu trên|nói trên|trên đây)\b|"  # ("… của Bộ Văn hóa, Thể thao và Du lịch nêu trên")
                         # ("… của Thanh tra Chính phủ tại bộ, cơ quan, địa phương mình": where, not a name's part; "…
                         # của Thanh tra Chính phủ[3], UBND …": a footnote's mark; "… của Văn phòng Chính phủ, Phó Thủ
                         # tướng … giao": a leader after a comma, the next clause's subject)
                         r"\s+tại\s+(?=[a-zđ])|\s*\[\d{1,3}\]|"
                         r",\s+(?=(?:Phó\s+)?(?:Thủ tướng|Bộ trưởng|Chủ tịch|Giám đốc|Tổng Bí thư)\b)|"
                         # ("… của Thủ tướng Chính phủ và các văn bản chỉ đạo …": other documents, not a second author)
                         # ("… của Bộ Công thương và văn thư đề ngày … của các doanh nghiệp": a second document)
                         r"\s+và\s+(?:(?:các|những)\s+(?:văn bản|quy định|chỉ thị|nghị quyết|kế hoạch|hướng dẫn)|"
                         r"(?:văn bản|văn thư|công văn|tờ trình|báo cáo))\b|"
                         r"\s*[“\"]|,?\s+ngày\s+(?=\d)")
# (Those of the ends above that start no subject: a conjunction or a purpose ("… của Bộ Tài chính để thực hiện thu …",
# "… của Bộ Xây dựng đối với kho cố định …"), a
# place, a footnote's mark, the next clause's leader.)
_ENDS_WITHOUT_SUBJECT = re.compile(r"\s+(?:khi|nếu|thì|để|đối với)\s|\s+tại\s+(?=[a-zđ])|\s*\[\d{1,3}\]|"
                                   r",\s+(?=(?:Phó\s+)?(?:Thủ tướng|Bộ trưởng|Chủ tịch|Giám đốc|Tổng Bí thư)\b)")
# A copy cut in the middle of what the document does: "… của Bộ Nội vụ hướng d", "… của Bộ Công Thương s".
_CUT_SHORT = re.compile(r"(?:\s+[^\W\d_]+){1,2}$")


def _without_a_cut_verb(issuer: str) -> str:
    cut = _CUT_SHORT.search(issuer)
    while cut:
        fragment = cut.group().strip()
        # (cut inside a word: "Tỉnh ủy" ends with the whole first word of "ủy quyền", and is a name; a capital starts
        # only the words written with one: "… của Chính phủ Quy đị")
        if any((fragment.startswith(words[:1]) or words in _DOES_CAPITALISED and fragment.startswith(words[:1].upper()))
               and words.startswith(fragment[:1].lower() + fragment[1:])
               and not f"{words} ".startswith(f"{fragment[:1].lower() + fragment[1:]} ") for words in _DOES):
            return issuer[:cut.start()]
        cut = _CUT_SHORT.search(issuer, cut.start() + 1) if " " in fragment else None
    return issuer


# A steering committee is named by its field: "Ban Chỉ đạo liên ngành Trung ương về vệ sinh an toàn thực phẩm"
# (its "về" starts no subject; a subject after it is cut at the next "về" or verb).
_FIELD_NAMED = re.compile(r"^Ban Chỉ đạo\b(?!\s+\d)")  # (a numbered one, "Ban Chỉ đạo 389 tỉnh về tăng cường …", is not)
DATED_AFTER_ISSUER = re.compile(rf"^\s*,?\s*của\s+(?P<issuer>[^;:.()]{{1,100}}?),?\s+ngày\s+(?P<date>{DATE})")
# The term of a Party body is not part of its name: "Tỉnh ủy (khóa XIV)" is "Tỉnh ủy".
TERM = re.compile(r"\s*\((?:khóa|khoá)[^)]*\)|(?:\s+[-–,])?\s+(?:khóa|khoá)\s+[IVXLC]+(?:\s*[-–,]?\s*kỳ họp thứ\s+\S+)?$",
                  re.IGNORECASE)
# An aside after a name, or what it belongs to: "Bộ Nông nghiệp và Phát triển nông thôn (nay là Bộ …) để …", "Cục
# Thủy lợi thuộc Bộ …".
# (And the National Assembly Standing Committee after its board: "Ban Dân nguyện - Ủy ban Thường vụ Quốc hội".)
ASIDE = re.compile(r"\s*\((?:nay là|sau đây)\b.*$|\s+thuộc\s+(?:Bộ|Sở|UBND|Ủy ban)\b.*$|"
                   r"(?<=\S)\s+[-–]\s+(?:Ủy|Uỷ) ban Thường vụ Quốc hội$")
_SUBJECT_START = re.compile(r"^\s*(?:về việc|về|V/v|v/v)\s+", re.IGNORECASE)


_AUTHOR_WITHOUT_OF = re.compile(rf"(?:{ORGAN})\b[^,.;:]{{0,60}}?\s+(?:về việc|về|V/v)\s")


def issuer_and_subject(tail: str) -> tuple[str | None, str | None]:
    """What follows a number and its date: "của <issuer> về <subject>", or "về <subject>"."""
    tail = _CLAUSE_END.split(tail, maxsplit=1)[0].strip().rstrip(",").strip()
    issuer = None
    # "… ngày 17 tháng 5 năm 2025 Thủ tướng Chính phủ về tăng cường …": the author without its "của"
    bare = _AUTHOR_WITHOUT_OF.match(tail)
    if bare:
        tail = f"của {tail}"
    if tail.startswith("của "):
        rest = _NEXT_SUBJECT.split(tail[4:], maxsplit=1)[0]
        rest = re.sub(r"^Ban chỉ đạo\b", "Ban Chỉ đạo", rest)  # the body, not the verb "chỉ đạo"
        cut = _ISSUER_END.search(rest)
        if cut and _FIELD_NAMED.match(rest) and re.match(r"\s+về\s(?!việc\b)", rest[cut.start():]):
            cut = _ISSUER_END.search(rest, cut.end())
        if cut and _CAMPAIGN.search(rest, 0, cut.start()):
            rest, cut = _with_the_campaigns_name(rest, cut)
        issuer, tail = (rest[:cut.start()], rest[cut.start():]) if cut else (_without_a_cut_verb(rest), "")
        if cut and _ENDS_WITHOUT_SUBJECT.match(rest, cut.start()):
            tail = ""
        issuer = re.sub(r"\s+(?:và|hoặc)$", "", TERM.sub("", issuer).strip().rstrip(",")) or None  # "… của Chính phủ và⏎Nghị quyết"
        if issuer and issuer.endswith(")") and "(" not in issuer:  # "(… Quyết định 2818/QĐ-UBND … của UBND tỉnh)": the aside's end
            issuer = issuer.rstrip(") ") or None
    subject = _SUBJECT_START.sub("", tail, count=1).strip() if _SUBJECT_START.match(tail) or (tail and issuer) else ""
    return issuer, subject.rstrip(",.").strip() or None


# A campaign's quoted name belongs to the body that leads it: "của Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên
# dùng hàng Việt Nam” (Cuộc vận động) thành phố Hà Nội" (its short name in brackets aside).
_CAMPAIGN = re.compile(r"\b(?:Cuộc vận động|Phong trào)\s*$")
_QUOTED = re.compile(r"\s*[“\"](?P<name>[^“”\"]{3,120})[”\"](?:\s*\([^()]{1,40}\))?")


def _with_the_campaigns_name(rest: str, cut: re.Match) -> tuple[str, re.Match | None]:
    """`rest` with the quoted name after "Cuộc vận động" written “…” and its short name left out, and where the
    issuer's name now ends."""
    quoted = _QUOTED.match(rest, cut.start())
    if quoted is None:
        return rest, cut
    rest = f"{rest[:cut.start()]} “{quoted.group('name').strip()}”{rest[quoted.end():]}"
    return rest, _ISSUER_END.search(rest, rest.index("”") + 1)


# A joint document's symbol (TTLT, CTLT, NQLT…) and its authors as sentences name them: "của Bộ Công nghiệp và Bộ Nội
# vụ", "của Bộ Tài chính, Bộ Công thương", "của liên Bộ: Y tế, Nông nghiệp và Phát triển nông thôn, Công Thương".
JOINT_SYMBOL = re.compile(r"(?:^|[/-])[A-ZĐ]{1,3}LT(?:[/-]|$)")
_JOINT_AUTHORS = re.compile(r"^của\s+(?P<all>liên\s+Bộ\s*:?\s*)?(?P<names>[^;:.()“”\"]{3,200})", re.IGNORECASE)
_AUTHOR_SEPARATOR = re.compile(r"\s*,\s*|\s+và\s+(?=Bộ\b)|\s+[-–]\s+")


def joint_issuer(tail: str) -> str | None:
    """A joint document's authors, each a body, joined as the registry joins them: "Bộ Công nghiệp - Bộ Nội vụ"."""
    found = _JOINT_AUTHORS.match(tail)
    if found is None:
        return None
    names = found.group("names").replace(",", " ,")  # (a comma separates authors here, not a clause)
    cut = _ISSUER_END.search(names)
    names = (names[:cut.start()] if cut else _without_a_cut_verb(names)).replace(" ,", ",")
    parts = [part.strip() for part in _AUTHOR_SEPARATOR.split(names) if part.strip()]
    if found.group("all"):
        parts = [part if part.startswith("Bộ ") else f"Bộ {part}" for part in parts]
    if len(parts) < 2 or not all(re.match(ORGAN, part) and len(part) <= 70 for part in parts):
        return None
    return " - ".join(spelled_out(part) for part in parts)


# "của Bộ trưởng Bộ Công Thương": a minister signs for his ministry, which is the issuer; a directive is the chairman's
# own when the text calls it so ("Chỉ thị … của Chủ tịch UBND tỉnh").
# (The post in any case: "của Bộ Trưởng Bộ Công Thương".)
_HEAD_OF = re.compile(r"^(?i:Bộ trưởng,\s*Chủ nhiệm|Bộ trưởng|Thứ trưởng|Giám đốc|Phó Giám đốc|Cục trưởng|Tổng cục trưởng|"
                      r"Chánh Văn phòng|Thống đốc|(?P<chair>(?:Phó\s+)?Chủ tịch))\s+"
                      r"(?=(?:Bộ|Sở|Cục|Tổng cục|Văn phòng|Ủy ban|Uỷ ban|UBND|Ngân hàng)\b)")


def body_of(issuer: str, kind: str | None) -> str:
    head = _HEAD_OF.match(issuer)
    if head is None or (head.group("chair") and kind == "Chỉ thị"):
        return issuer
    return issuer[head.end():]


# A body named by its kind alone, as a letter speaks of itself or of whom it writes to: "Bộ đã ban hành Thông tư số
# 15/1999/TT-BTM" in the Bộ Thương mại's letter, "Sở có công văn số 74/TMDL" in its reply to the Sở it writes to.
BARE_BODY = ("Bộ", "Sở", "Cục", "Tổng cục", "Ban", "Văn phòng")


def bare_bodies_named(cited: list, own_issuer: str | None, recipients: list[str]) -> None:
    """Give a citation whose issuer is a bare "Bộ" or "Sở" the body that word means in the letter: its own issuer, or
    its one recipient of that kind; with neither, no issuer (the word names no body)."""
    for citation in cited:
        if citation.issuer not in BARE_BODY:
            continue
        word = citation.issuer
        candidates = [name for name in [own_issuer, *recipients] if name and re.match(rf"{word}\s", name)]
        citation.issuer = candidates[0] if len(set(candidates)) == 1 else None
