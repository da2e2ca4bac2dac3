"""From raw text to numbered lines the parser can trust.

NFC everywhere; invisible characters out; lines broken in odd places joined
again ("Căn cứ Nghị định số⏎98/2017/NĐ-CP ngày …", a PDF's wrapped lines).
What law-text and news sites do to a copied letter is undone where it is
unambiguous: the header table's cells and rules ("|", "-------") become lines
or vanish, the fraction slash of "638⁄KH-SCT" becomes "/", and words the site
glued together are parted where a lower-case letter meets a capital
("tạiCông văn"), a kind meets its number ("THÔNG TƯ15/2017/TT-BCT") or a
number meets "ngày" ("1033/PTM-SMEngày"). Each line keeps the number of the
source line it starts on, so every fact can say where it came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .lost_marks import with_marks_from_the_body


@dataclass(frozen=True)
class Line:
    """A logical line: `number` is the 1-based line of the source it starts on; `breaks`, where in `text`
    each further source line joined to it starts."""

    number: int
    text: str
    breaks: tuple[int, ...] = field(default=(), compare=False)

    def source_parts(self) -> list[str]:
        """The text cut where its source lines were joined."""
        bounds = [0, *self.breaks, len(self.text)]
        return [self.text[start:end].strip() for start, end in zip(bounds, bounds[1:]) if self.text[start:end].strip()]

    def excerpt(self, around: str = "", width: int = 90) -> str:
        """The line, or the part of a long line around `around`, for a person to find it."""
        if len(self.text) <= width:
            return self.text
        start = max(0, self.text.find(around) - 20) if around and around in self.text else 0
        start = self.text.rfind(" ", 0, start) + 1 if start else 0  # whole words: "…thực hiện", not "…ực hiện"
        end = min(len(self.text), start + width)
        if end < len(self.text) and self.text.rfind(" ", start, end) > start:
            end = self.text.rfind(" ", start, end)
        return ("…" if start else "") + self.text[start:end].strip() + ("…" if end < len(self.text) else "")


# Capital letters of Vietnamese, for patterns ([A-Z] misses Ủ, Ở, Đ…).
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"

# Zero-width characters, the soft hyphen and the BOM vanish; other spaces,
# tabs and control characters become one plain space.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[^\S\n]+|[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]+")
_TERMINAL = (".", ";", ":", "!", "?", "…")
_PARAGRAPH = 140  # characters: a source line this long was not wrapped by a page, a PDF or OCR
# Slashes that are not "/" (a site's typography) in numbers and dates; the Icelandic eth, which OCR reads for
# the Vietnamese "Đ" it looks the same as (and adds after it: "QĐÐ-TTg").
_SLASHES = str.maketrans({"\u2044": "/", "\u2215": "/", "\uff0f": "/", "\u00d0": "Đ", "\u00f0": "đ"})
# (Only the eth OCR adds after a Đ goes: "ĐĐ" is a symbol's own, 6253/BNNMT-ĐĐ for "đê điều".)
_DOUBLED_D = re.compile("Đ(?=\u00d0)|\u00d0(?=Đ)|đ(?=\u00f0)|\u00f0(?=đ)")
# A table's cell borders and rules, which a site's copy leaves as text.
_CELL_BORDER = re.compile(r"\s*\|\s*|\s*[-_=]{3,}\s*")
_RULE_ONLY = re.compile(r"^[\s|*_=.–—-]*$")
_KIND_WORDS = ("THÔNG TƯ LIÊN TỊCH|THÔNG TƯ|QUYẾT ĐỊNH|NGHỊ ĐỊNH|NGHỊ QUYẾT|KẾ HOẠCH|CHỈ THỊ|HƯỚNG DẪN|CÔNG VĂN|"
               "THÔNG BÁO|CÔNG ĐIỆN|KẾT LUẬN|QUY ĐỊNH|CHƯƠNG TRÌNH|BÁO CÁO|TỜ TRÌNH")
_KIND_TITLE = re.compile(rf"^(?:{_KIND_WORDS})\s+\S")
# Vowels with a tone or a hat that only words hold (a symbol's letters are A-Z, Đ and Ư), and small letters.
_MARKED = "[ĂÂÊÔƠÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"
_LOWER = f"(?:(?![{UPPER}])[^\\W\\d_])"
_GLUED = [
    # "Trang 1THỦ TƯỚNG": a PDF's page mark glued to the header's first capitals.
    (re.compile(r"^Trang\s+\d{1,3}(?=[A-ZĐ]{2})"), ""),
    # "THÔNG TƯ15/2017/TT-BCT": a kind in capitals glued to its number.
    (re.compile(rf"\b({_KIND_WORDS})(?=\d)"), r"\1 "),
    # "Luật Thương mại số 36/2005/QHll": OCR's small l for the legislature's 1 in a law's symbol.
    (re.compile(r"(?<=\d/QH)([0-9lI]{2})\b"), lambda term: term.group(1).replace("l", "1").replace("I", "1")),
    # "của Chính phủquy định …", "Ủyban nhân dân", "Ủy bannhân dân": a site that glued the words across its line joins
    # (a syllable ends a Vietnamese word: "phủ", "hội", "Thương" never run on into letters).
    (re.compile(r"\b(Chính phủ|Quốc hội|Bộ Công Thương|Bộ Công thương)(?=[^\W\d_])"), r"\1 "),
    (re.compile(r"(?<=\bỦy|\bUỷ)(?=ban\b)|(?<=\b[Bb]an)(?=nhân dân\b)"), " "),
    # "Ủy ban nhân dântỉnh Lào Cai": the level glued to the committee's name.
    (re.compile(r"(?<=\bnhân dân)(?=(?:tỉnh|thành phố|huyện|quận|xã)\b)"), " "),
    # "Kết luận số64-KL/TW", "Ngày02 tháng 10 năm 2008": "số" or "ngày" glued to its number.
    (re.compile(r"\b([Ss]ố|[Nn]gày)(?=\d)"), r"\1 "),
    # "1033/PTM-SMEngày 15", "07/9/2009của", "20tháng 4": a number glued to the word after it.
    (re.compile(r"(?<=[0-9A-ZĐ])(?=(?:ngày|tháng|năm|của|về)\s)"), " "),
    # "Số: 13/2014/QĐ-UBNDNgày 08 tháng 8 năm 2014": a symbol glued to the date's word, written with its capital.
    # (and a site's table: "Số hiệu:13/2014/QĐ-UBNDNgày đăng công báo").
    # (A Party number too: "Số hiệu:02-KH/BCĐTWNgày đăng công báo".)
    (re.compile(r"(\d[-/][0-9A-ZĐ/-]{1,30}[A-ZĐ])(?=Ngày\s)"), r"\1 "),
    # "27/2010/QĐ .UBND": a space the site put inside a symbol.
    (re.compile(r"(?<=[A-ZĐ]) \.(?=[A-ZĐ])"), "."),
    # "88/2006/NĐ - CP": spaces a site put around the hyphen after the kind's code in a symbol (the issuer's code
    # follows it: a number ending in its kind's code is cut short).
    (re.compile(r"(?<=\d/)(NĐ|QĐ|TT|TTLT|NQ|CT|KH|HD|TB|CV|KL|BC)\s+[-–]\s+(?=[A-ZĐ][A-ZĐ0-9]*\b)"), r"\1-"),
    # "25/2016/QĐUBND": the hyphen between a kind's code and the issuer's lost (not a joint-stock company's "CTCP").
    (re.compile(r"(?<=\d/)(QĐ|NQ|CT|KH|HD|TB|TT|CV|KL|BC|NĐ)(?=(?:UBND|HĐND|TTg|CP|BCT|BTC|BYT)\b)(?!(?<=CT)CP)"), r"\1-"),
    # "Số: 120 1/TCHQ-TXNK", "Số:5 482 /TCHQ - GSQL": a serial OCR spaced inside, after the letter's own "Số:" (a serial is
    # one figure; a space before the slash stays for the patterns that allow it).
    (re.compile(r"(\bSố\s*:\s*)(\d{1,3}) (\d{1,3})(?=\s?/)"), r"\1\2\3"),
    # "Công văn số 655UBND-KTN": a slash OCR lost (a typographic one it cannot read) between a serial and its symbol.
    (re.compile(r"\b(số\s*)(\d{1,5})(?=[A-ZĐ]{2,}[-/])", re.IGNORECASE), r"\1\2/"),
    # "Công văn số 1458/SCT- NL": a space a site put after a hyphen inside a symbol, before its last capitals.
    # (A part may hold small letters: "118/TTr- STTTT".)
    (re.compile(r"(\d/(?:[A-ZĐƯ][A-Za-zĐƯ0-9]{0,11}[-/]){0,5}[A-ZĐƯ][A-Za-zĐƯ0-9]{0,11})-\s(?=[A-ZĐ][A-ZĐ0-9]{0,11}\b(?!\s[-–]))"),
     r"\1-"),
    # "495/SVHTTDL - QLVH": spaces around the hyphen between two codes of a symbol, both in capitals (not a body's
    # name starting a new clause: "Kế hoạch số 3/KH-UBND - UBND tỉnh giao …").
    (re.compile(r"(\d/(?:[A-ZĐƯ][A-Za-zĐƯ0-9]{0,11}[-/]){0,5}[A-ZĐƯ][A-Za-zĐƯ]{1,11})\s+[-–]\s+"
                r"(?=(?!(?:UBND|HĐND|MTTQ|BCH|BTV|BCĐ)\b)[A-ZĐ][A-ZĐ0-9]{1,11}\b(?!\s+(?:tỉnh|thành phố|huyện|quận|xã)\b))"),
     r"\1-"),
    # "Hướng dẫn số 70- HD/BTGTU", "01 - HD/BTGTW": a Party number's hyphen with a space after or around it.
    # ("Kế hoạch số 305 -KH/TU": the space before it.)
    (re.compile(r"\b(số\s*)(\d{1,5})(?:\s?[-–]\s|\s[-–])(?=(?:NQ|QĐ|CT|KH|HD|TB|CV|KL|BC|QĐi|CTr)/[A-ZĐ])", re.IGNORECASE),
     r"\1\2-"),
    # "Quyết định số 84 QĐ/TWĐTN": the hyphen of a Party symbol (serial-KIND/BODY) lost to a space.
    (re.compile(r"\b(số\s*)(\d{1,5})\s(?=(?:NQ|QĐ|CT|KH|HD|TB|CV|KL|BC|QĐi|CTr)/[A-ZĐ])", re.IGNORECASE), r"\1\2-"),
    # "367 - QĐ/TWĐTN-VPĐOÀN TNCS": a symbol glued to the capital word after it. No symbol holds a marked vowel,
    # so the word starts at the initial consonant of the syllable that has one (here "Đ").
    (re.compile(rf"(\d\s?[-/]\s?(?:[A-ZĐƯ0-9]{{1,12}}[-/]){{0,6}}[A-ZĐƯ0-9]{{1,10}}?)((?:NGH|NG|NH|CH|GH|GI|KH|PH|TH|TR|QU|[BCDĐGHKLMNPRSTVX])"
                rf"[AEIOUYĂÂÊÔƠ]?{_MARKED}[A-ZĐ]*\b)"), r"\1 \2"),
]
# A header a forum's copy glued into one long line with its body ("…TRUNG ƯƠNG***Số: 367 - QĐ/… Hà Nội, ngày 29
# tháng 10 năm 2013 QUYẾT ĐỊNHVề việc … - Căn cứ …"): its landmarks start lines again, as the letter had them. (A place
# starts after a space, or right after a figure or a mark; never inside a word: "Số: 982/QĐ-TTg Hà Nội, ngày …".)
_GLUED_HEADER = re.compile(rf"\bSố\s*:.{{0,300}}?[{UPPER}]{_LOWER}+,\s*ngày\s+\d")
_LANDMARK = re.compile(rf"\s*(?:\*{{3,}}\s*)?(?=\bSố\s*:|-\s*Căn cứ\b|Điều\s+\d+\s*\.|Nơi nhận\s*:)|"
                       rf"(?:(?<=[{UPPER}\d*.;:)])\s+|(?<=[\d*.;:)]))(?=(?:[{UPPER}]{_LOWER}+\s){{0,3}}[{UPPER}]{_LOWER}+,\s*ngày\s+\d)|\s*\b(?=(?:{_KIND_WORDS})\s*(?:Về việc|V/v|Điều\s))|"
                       rf"(?<=[{UPPER}])\s*(?=Về việc|V/v)")
# A line ending with one of these words or marks is cut in the middle of a citation or a date.
_OPEN_END = re.compile(r"(?:\b(?:số|ngày|tháng|năm|của|về|và|tại|theo|với|các)|\bsố\s*:|[/,-])$", re.IGNORECASE)
# The same, a word only: what a line cannot end with even before a blank line (a comma or a hyphen may end a
# paragraph or a list item).
_OPEN_WORD = re.compile(r"\b(?:số|ngày|tháng|năm|của|về|và|tại|theo|với|các)$", re.IGNORECASE)
# A line that starts a block of its own: never glued to the line above.
# A "Kính gửi" line naming its one addressee whole (no list going on after a comma, "và" or a dash).
_ONE_ADDRESSEE = re.compile(r"^Kính gửi\s*:\s*[^,;:]{3,80}(?<![,;:\-–])(?<!\svà)$")
_BLOCK_START = re.compile(
    r"^(?:[-+•*–]\s|[a-zđ]\)|\d+(?:\.\d+)*[.)]\s|[IVXLC]+\.\s|Căn cứ|Căn$|Thực hiện|Kính gửi|Nơi nhận|[Ss]ố\s*:|V/v|Về\s*:|"
    r"Độc lập|CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|\(Đã ký\)|\(Ký|[^\W\d_][\w ]*, ngày\b|Điều\s+\d+\s*[.:]|Chương\s+[IVXLC\d]+\b)")


# A web page's own stamp, not the document's: its date and time, view counter or publishing line ("Chủ nhật -
# 23/02/2020 23:59 135 490", "Ngày đăng 07/01/2019", "cms-publish-date 30/03/2019", "287 Lượt xem", "15:41 28/05/2024").
# It stands alone: nothing runs into it and it runs into nothing, so it never ends up in a title.
_WEEKDAY = (r"(?:Thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|Chủ\s+[Nn]hật|"
            r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
_TOOL = r"(?:Email|Print|Aa|Bản in|Gởi bài viết|Gửi bài viết|In bài viết|Chia sẻ|Facebook|Zalo|Twitter)"
PAGE_STAMP = re.compile(
    # (after a language link: "English Thứ Năm, 30-01-2020, 01:59 (GMT+7)")
    # (and a clock with its zone before, a language link after: "00:23 ICT Thứ bảy, 17/04/2021 English")
    rf"^(?:(?:English|Tiếng Việt)\s+)?(?:(?:{_WEEKDAY}|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*(?:ICT|GMT\s*\+\s*7))?)\s*[-,|]?\s*){{0,2}}"
    r"(?:ngày\s+)?\d{1,2}[/-]\d{1,2}[/-]\d{4}(?:\s*[,|/-]?\s*\d{1,2}:\d{2}\b.*|\s+(?:English|Tiếng Việt))?$|"
    r"^(?:cms-|Ngày đăng\b|Ngày cập nhật\b|Cập nhật(?:\s+(?:ngày|lúc))?\s*(?::|,?\s*(?=\d{1,2}[:/-]|Thứ\b))|Đăng ngày\b|Lượt xem\b|View count\b|"
    r"Ngày xuất bản\b|\d[\d.,]*\s+Lượt xem\b|Thời gian\s*:\s*\d{1,2}/\d{1,2}/\d{4}|date\s+\d{4}-\d{2}-\d{2}\b)|"
    # (a site's section and the day it posted the page: "Các Website khác - 04/11/2005")
    r"^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4}\s+-\s+\d{1,2}/\d{1,2}/\d{4}$|"
    # (its tools, "EmailPrintAa", "Bản in Gởi bài viết", alone on their line)
    rf"^(?:\s*{_TOOL})+\s*$",
    re.IGNORECASE)
# A law site's table of facts: each label starts a cell of its own, never the end of the title above it.
SITE_LABEL = re.compile(r"^(?:Số hiệu|Số kí hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Ngày ban hành|Người ký|"
                        r"Ngày hiệu lực|Ngày có hiệu lực|Ngày công báo|Số công báo|Tình trạng|Lĩnh vực)\b")


# "Số:" at a line's end: the number is on the next line.
_NUMBER_NEXT = re.compile(r"(?:^|\s)Số\s*[:.]?$")


# A person's name as signed: two to six words, each with a capital.
NAME = re.compile(r"^(?:[A-ZĐ][^\W\d_]*)(?:\s[A-ZĐ][^\W\d_]*){1,5}$")
_SIGN_NOTE = re.compile(r"^\((?:Đã ký|Ký|đã ký)[^)]*\)$")
# In a PDF's text the signature table's two columns share lines:
# "- Bộ Công Thương (để b/c); PHÓ GIÁM ĐỐC". Split after the left column's mark.
_COLUMN_GAP = re.compile(r"(?<=[;:.])\s+(?=\S)")


def _columns(line: str) -> list[str]:
    """A line of the Nơi nhận column with the signer's column split off, else the line."""
    if not line.startswith(("Nơi nhận", "-", "+", "•")):
        return [line]
    for gap in _COLUMN_GAP.finditer(line):
        right = line[gap.end():]
        position = is_upper(right) and "," not in right and " " in right  # not "Lưu: VT, VP."
        if position or _SIGN_NOTE.match(right) or NAME.match(right):
            return [line[:gap.start()], right]
    return [line]


# A copy of a page's source keeps its line-break tags ("… CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />"): they end the line.
_BREAK_TAG = re.compile(r"\s*<br\s*/?>\s*$", re.IGNORECASE)


# A page kept as Markdown marks its emphasis and headings ("**QUYẾT ĐỊNH**", "*Căn cứ …;*", "## Văn bản liên quan", a
# bold run opened at one line's end and closed at the next one's start): the marks go, not the words. A bullet's "* "
# and a footnote's "(*)" stay, and so do a blank's underscores ("Số: ____/SCT").
_EMPHASIS = re.compile(r"\*{2,}|(?<![\w*(])\*(?=[^\s*)])|(?<=[^\s*(])\*(?![\w*])"
                       r"|(?<![\w_])__(?=[^\W_])|(?<=[^\W_]|[./])__(?![\w_])")
_HEADING_MARK = re.compile(r"^\s*#{1,6}(?:\s+|$)")


def _clean(line: str) -> str:
    # (Three stars or more keep a space: a glued header's separator, "TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VP".)
    line = _EMPHASIS.sub(lambda mark: " " if mark.group().startswith("***") else "", _INVISIBLE.sub("", line))
    line = _HEADING_MARK.sub("", _BREAK_TAG.sub("", line))
    return _SPACES.sub(" ", line).strip()


_WORD = re.compile(r"[^\W\d_]{3,}")


def _parted(word: re.Match) -> str:
    """ "tạiCông", "BộCông": a lower-case letter glued to a capitalised word, parted; a name written in two capitals
    with no Vietnamese letter in it ("SeaBank", "PetroVietnam") is a brand's own spelling, kept."""
    text = word.group()
    if text.isascii():
        return text
    cuts = [index for index in range(1, len(text) - 1)
            if text[index - 1].islower() and text[index].isupper() and text[index + 1].islower()]
    return " ".join(text[begin:end] for begin, end in zip([0, *cuts], [*cuts, len(text)]))


# Cyrillic and Greek capitals that look like Latin ones, which a site's text may carry inside a document's symbol
# ("7713/CĐ-BCТ" with a Cyrillic "Т"): read as the letters they show, in a symbol only.
_LOOK_ALIKE = str.maketrans("АВЕКМНОРСТХІАΒΕΗΙΚΜΝΟΡΤΧ", "ABEKMHOPCTXIABEHIKMNOPTX")
_SYMBOL_WITH_LOOK_ALIKE = re.compile(r"\d+[/-][^\s,;]*[\u0370-\u03ff\u0400-\u04ff][^\s,;]*")


# A word a site spaced out letter by letter, as a header's capitals may be ("V Ă N PHÒNG⏎CHÍNH PHỦ").
_SPACED_CAPITALS = re.compile(rf"(?<!\S)(?:[{UPPER}] ){{2,}}[{UPPER}](?!\S)")


def _repaired(line: str) -> list[str]:
    """A source line as the text's own lines: table cells apart, rules gone, glued words parted, letters spaced out
    joined, a header glued into one line cut at its landmarks."""
    line = _SPACED_CAPITALS.sub(lambda word: word.group().replace(" ", ""), line)
    line = _SYMBOL_WITH_LOOK_ALIKE.sub(lambda symbol: symbol.group().translate(_LOOK_ALIKE), line)
    line = _WORD.sub(_parted, _DOUBLED_D.sub("", line).translate(_SLASHES))
    for pattern, replacement in _GLUED:
        line = pattern.sub(replacement, line)
    pieces = _LANDMARK.split(line) if _GLUED_HEADER.search(line, 0, 2000) else [line]
    return [cell for piece in pieces for cell in _CELL_BORDER.split(piece) if cell and not _RULE_ONLY.match(cell)]


def is_upper(text: str) -> bool:
    """True for a line written in capitals (titles, issuers, the signer's position)."""
    letters = 0
    for character in text:  # stops at the first small letter: most lines have one early
        if character.isalpha():
            if not character.isupper():
                return False
            letters += 1
    return letters >= 2


def _glued(previous: str, previous_alone: bool, following: str, blank_between: bool) -> bool:
    """Whether `following` continues the line ending with `previous` (its last source line;
    `previous_alone` when it is the whole logical line so far) as one sentence."""
    if _NUMBER_NEXT.search(previous):  # "Số:⏎07/2014/QĐ-UBND"
        return True
    if previous_alone and _KIND_TITLE.match(previous):  # "KẾ HOẠCH Tổ chức …": a title is a line of its own
        return False
    if previous_alone and _ONE_ADDRESSEE.match(previous) and following[:1].isupper():
        return False  # "Kính gửi: Công ty cổ phần Mông Sơn" over "Sở Công Thương tỉnh Lào Cai nhận được …": the letter starts
    if PAGE_STAMP.match(following) or (previous_alone and PAGE_STAMP.match(previous)) or SITE_LABEL.match(following):
        return False
    # (A line in brackets stands alone, "(Đã ký)"; one that only starts with a news agency's tag, "(BNP) - Phó Chủ
    # tịch … ban hành Kế hoạch số", goes on.)
    if _BLOCK_START.match(following) or is_upper(following) or (previous_alone and (
            is_upper(previous) or (previous.startswith("(") and previous.rstrip().endswith(")")))):
        return False
    if previous.endswith(_TERMINAL) and not _OPEN_END.search(previous[-12:]):
        return False
    starts_lower = following[:1].islower()
    if previous_alone and len(previous) >= _PARAGRAPH and not starts_lower and not _OPEN_END.search(previous[-12:]):
        # A web copy's paragraph is one line, longer than any page or PDF wraps: a headline with no full stop, and the
        # lead under it ("… Dịch tả lợn Châu Phi⏎Tại Việt Nam, tính đến …").
        return False
    if blank_between:  # a paragraph gap in the middle of a word ("Trung⏎⏎ương Đảng"), or after a word that
        # cannot end a line ("Quảng Ninh, ngày⏎⏎06 tháng 6 năm 2023", "… ngày 05/02/2022 của⏎⏎Ban Thường vụ …"),
        # as OCR and PDFs space their lines
        return starts_lower or bool(_OPEN_WORD.search(previous[-12:]))
    return True


# A law site's own lines around the document it shows: its copyright and loading notices, and its notice to members
# (thuvienphapluat.vn's "Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT …", "Thực hiện Nghị định 13/2023/NĐ-CP,
# chúng tôi cập nhật Quy chế …"). No document writes these words; the decree such a notice names is not the document's.
# (The last three are its colour legend.)
_SITE_CHROME = re.compile(r"THƯ VIỆN PHÁP LUẬT|^Bản dịch này thuộc quyền sở hữu của\b|\bQuý [Tt]hành viên\b|"
                          r"chúng tôi cập nhật Quy chế|phần bôi vàng để xem|^Đang tải văn bản|"
                          r"has the copyright on this translation|Law on Intellectual Property|"
                          r"^Các nội dung của VB này được VB khác|^CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN$|"
                          r"chưa cập nhật nội dung Tiếng Anh|^:\s*Sửa đổi, thay thế|các màu sắc:$|^hủy bỏ$")


# The text layer of a digital signature's stamp, which a signed PDF prints over its first page ("Ký bởi: CÔNG BÁO NƯỚC
# CỘNG HÒA …⏎Cơ quan: VĂN PHÒNG CHÍNH PHỦ⏎Ngày ký: 2026-04-23 10:42:36 +07:00", "Người ký: …⏎Email: …⏎Cơ quan: …⏎Thời
# gian ký: 05.01.2016 09:04:00 +07:00"): who signed the file, not the letter's facts; it runs into the date line above.
# The stamp ends on its signing time, a clock in it.
_SIGNATURE_STAMP = re.compile(r"^[^\S\n]*(?:Ký bởi|Người ký)\s*:[^\n]*(?:\n[^\n]*){0,5}?"
                              r"(?:Thời gian ký|Ngày ký)\s*:\s*[\d./-]+\s+\d{1,2}:\d{2}[^\n]*$", re.MULTILINE)


def _without_signature_stamps(text: str) -> str:
    """`text` with each signature stamp blanked, its lines kept as empty lines (every later line keeps its number)."""
    return _SIGNATURE_STAMP.sub(lambda stamp: "\n" * stamp.group().count("\n"), text)


# A symbol cut at a dash with a space before it, its next part in capitals opening the next line ("Tờ trình số 473/TTr -⏎
# NN&PTNT ngày …"); not a committee's name or a body of a place starting a new clause ("… số 3/KH-UBND -⏎UBND tỉnh giao").
_SYMBOL_CUT_AT_DASH = re.compile(r"\d/(?:[A-ZĐƯ][A-Za-zĐƯ0-9&]{0,11}[-/])*[A-ZĐƯ][A-Za-zĐƯ0-9&]{0,11}\s[-–]$")
_SYMBOL_PART_NEXT = re.compile(r"(?!(?:UBND|HĐND|MTTQ|BCH|BTV|BCĐ)\b)[A-ZĐ][A-ZĐ0-9&]{1,11}(?![\w&])"
                               r"(?!\s+(?:tỉnh|thành phố|huyện|quận|xã)\b)")


# A PDF's Vietnamese font read back with "ƣ" (Latin oi, no Vietnamese letter) for "ư": "Sở Công Thƣơng", "hƣớng dẫn".
_HORN_FROM_OI = str.maketrans({"ƣ": "ư", "Ƣ": "Ư"})


def logical_lines(text: str) -> list[Line]:
    """The non-blank lines of `text`, NFC, with broken lines joined.

    Each logical line is kept as its source parts until the end and every test looks at
    the last part only, so that a text of thousands of unpunctuated lines (one logical
    line) is read in linear time."""
    parts: list[tuple[int, list[str]]] = []  # (number of the first source line, its pieces)
    blank_between = False
    text = unicodedata.normalize("NFC", text.translate(_HORN_FROM_OI))
    for number, raw in enumerate(_without_signature_stamps(text).splitlines(), start=1):
        cleaned = _clean(raw)
        cells = _repaired(cleaned) if not _SITE_CHROME.search(cleaned) else []  # (a site's line joins no other)
        if not cells:
            blank_between = True
            continue
        for part in (column for cell in cells for column in _columns(cell)):
            pieces = parts[-1][1] if parts else None
            if pieces and _glued(pieces[-1], len(pieces) == 1, part, blank_between):
                if _SYMBOL_CUT_AT_DASH.search(pieces[-1][-40:]) and _SYMBOL_PART_NEXT.match(part):
                    pieces[-1] = pieces[-1].rstrip(" -–") + "-"  # "473/TTr -⏎NN&PTNT": one symbol, its dash spaced
                # A line cut inside a word at its hyphen or slash ("2416/BTTTT-⏎CATTT") joins without a space.
                if not re.search(r"\S[-/]$", pieces[-1][-2:]):
                    pieces.append(" ")
                pieces.append(part)
            else:
                parts.append((number, [part]))
            blank_between = False
    lines = [Line(number, "".join(pieces), _breaks(pieces)) for number, pieces in parts]
    lines = [line for line in lines if not _SITE_CHROME.search(line.text)]
    texts = with_marks_from_the_body([line.text for line in lines])  # ("TONG CUC HAI QUAN" over "… Tổng cục Hải quan")
    return [line if text is line.text else Line(line.number, text, line.breaks) for line, text in zip(lines, texts)]


def _breaks(pieces: list[str]) -> tuple[int, ...]:
    """Where each source line after the first starts in the joined text (the pieces alternate with the " " put
    between two of them, or follow one another directly)."""
    breaks, offset = [], 0
    for index, piece in enumerate(pieces):
        if index and piece != " ":
            breaks.append(offset)
        offset += len(piece)
    return tuple(breaks)
