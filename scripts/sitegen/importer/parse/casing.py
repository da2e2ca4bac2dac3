"""Capitals as Vietnamese official writing uses them.

A title (trích yếu) set in capitals becomes sentence case, and the capitals of
proper names are kept as the document's own body writes them: the body says
"Chương trình khuyến công quốc gia", "Cuộc vận động “Người Việt Nam …”",
"Chỉ thị số 19/CT-TTg", so the title does too. An issuer set in capitals takes
the form the registry uses: "BỘ CÔNG THƯƠNG" is "Bộ Công Thương", "ỦY BAN NHÂN
DÂN TỈNH QUẢNG BÌNH" is "UBND tỉnh Quảng Bình". Where the body is silent, a
short list of names that are always capitalised decides.
"""

from __future__ import annotations

import re
import unicodedata

from ..normalise import is_upper
from ..tone_marks import new_placement, without_marks
from .local_bodies import local_form
from .places import CITIES, PROVINCES, by_letters

# The running text read for casing: proper names appear early (the legal bases, the first sections).
BODY_CHARACTERS = 20_000
_TOKEN = re.compile(r"\S+")
_WORD_CHARS = re.compile(r"[\w/-]+")
_ROMAN = re.compile(r"^\(?[IVXLC]{2,}\)?[.,;:]?$")
# Names always written with capitals, whatever the body does (longest first when matched).
PROPER = ("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Trung ương Đảng", "Trung ương", "Chính phủ",
          "Thủ tướng", "Quốc hội", "Nhà nước", "Việt Nam", "Đảng", "Công Thương", "Hồ Chí Minh", "Mặt trận Tổ quốc",
          "Ủy ban nhân dân", "Hội đồng nhân dân")
_PLACE_LEVELS = ("thành phố", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường", "thị trấn")
# Words that end a place name in a title ("tỉnh Quảng Ninh đến năm 2025").
_PLACE_STOP = {"đến", "năm", "giai", "đoạn", "trên", "và", "về", "của", "trong", "theo", "tại", "với", "nhằm", "để",
               "từ", "cho", "khóa", "khoá", "lần", "thứ", "nhiệm", "kỳ", "các", "những", "hằng", "đợt"}
# Central bodies as the registry writes them, for an issuer the body never names in lower case.
KNOWN_BODIES = ("Bộ Công Thương", "Văn phòng Chính phủ", "Thủ tướng Chính phủ", "Chính phủ", "Quốc hội",
                "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Ban Tuyên giáo Trung ương",
                "Văn phòng Trung ương Đảng", "Bộ Thông tin và Truyền thông", "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính",
                "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Nội thương", "Hội đồng Bộ trưởng", "Hội đồng Thi đua - Khen thưởng Trung ương",
                "Bộ Y tế", "Bộ Khoa học và Công nghệ", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường",
                "Bộ Xây dựng", "Bộ Giao thông vận tải", "Bộ Tài nguyên và Môi trường", "Bộ Giáo dục và Đào tạo",
                "Bộ Lao động - Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Quốc phòng", "Bộ Công an",
                "Bộ Ngoại giao", "Bộ Dân tộc và Tôn giáo", "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ",
                "Bảo hiểm xã hội Việt Nam", "Kiểm toán Nhà nước", "Hội Nông dân Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam",
                "Tổng Liên đoàn Lao động Việt Nam", "Hội Cựu chiến binh Việt Nam", "Tổng cục Thuế",
                "Tổng cục Hải quan")
_ORGAN = re.compile(r"^(?P<organ>(?:ỦY|UỶ) BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\s+"
                    r"(?P<level>THÀNH PHỐ|THỊ XÃ|TỈNH|HUYỆN|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN)\s+"
                    r"(?P<place>.+)$")
# Words that name a body: the word after them starts the body's own name ("Sở Tài chính", "Cục Quản lý thị trường").
_BODY_WORDS = ("liên ngành", "văn phòng", "tiểu ban", "ban", "bộ", "sở", "cục", "chi cục", "tổng cục", "phòng", "trung tâm",
               "tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy", "hội đồng", "ủy ban", "bảo hiểm xã hội")
# Bodies named by their place alone ("Tỉnh ủy Thừa Thiên Huế", "Bảo hiểm xã hội Thành phố Hồ Chí Minh").
_PLACED_BODIES = ("tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy", "bảo hiểm xã hội")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().replace("uỷ", "ủy").replace("hoà", "hòa")


def _name_fold(text: str) -> str:
    """A body's name as compared with the known ones: case and where a tone mark sits aside ("Bộ Văn hoá, …")."""
    return new_placement(text).casefold()


# The known bodies by their folded names, folded once (the first of two that fold alike wins, as a search in order would).
_KNOWN_BY_FOLD: dict[str, str] = {}
for _body in KNOWN_BODIES:
    _KNOWN_BY_FOLD.setdefault(_name_fold(_body), _body)


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def _key(token: str) -> str:
    return _fold(token.strip("“”\"'()[]{},.;:!?"))


class Body:
    """The words of a document's running text (lines not in capitals), for their casing."""

    def __init__(self, lines: list[str]):
        text = " ".join(line for line in lines if not is_upper(line))[:BODY_CHARACTERS]
        self.words: list[str] = []
        self.sentence_start: list[bool] = []
        previous = "."
        for token in _TOKEN.findall(text):
            self.words.append(token.strip("“”\"'()[]{},.;:!?"))
            self.sentence_start.append(previous.endswith((".", ":", ";", "!", "?")) or not previous)
            previous = token
        self.keys = [_fold(word) for word in self.words]
        self.bare = [without_marks(word) for word in self.words]
        self.at: dict[str, list[int]] = {}
        self.bare_at: dict[str, list[int]] = {}
        for index, (key, bare) in enumerate(zip(self.keys, self.bare)):
            self.at.setdefault(key, []).append(index)
            self.bare_at.setdefault(bare, []).append(index)

    def longest_span(self, keys: list[str], start: int, bare: bool = False) -> tuple[int, int]:
        """(length, body position) of the longest run of `keys` from `start` that the body has
        (`bare`: letters compared without their marks, `keys` given bare too)."""
        best = (0, -1)
        mine, index = (self.bare, self.bare_at) if bare else (self.keys, self.at)
        for position in index.get(keys[start], []):
            length = 0
            while (start + length < len(keys) and position + length < len(mine)
                   and mine[position + length] == keys[start + length]):
                length += 1
            if length > best[0]:
                best = (length, position)
        return best

    def _in_a_longer_name(self, index: int) -> bool:
        capital = self.words[index][:1].isupper()
        before = index > 0 and not self.sentence_start[index] and self.words[index - 1][:1].isupper()
        after = index + 1 < len(self.words) and not self.sentence_start[index + 1] and self.words[index + 1][:1].isupper()
        return capital and (before or after)

    def single_word_form(self, key: str) -> str | None:
        """How the body writes a word in mid-sentence, when it always writes it the same way."""
        # (Not a word of a longer name: "Nội" of "Hà Nội" gives no capital to "NỘI DUNG".)
        forms = {self.words[index] for index in self.at.get(key, []) if not self.sentence_start[index]
                 and not self._in_a_longer_name(index)}
        form = forms.pop() if len(forms) == 1 else None
        return form if form and not form.islower() else None


def _proper(words: list[str]) -> list[str]:
    """Capitals from PROPER and from place names after "tỉnh", "thành phố"…, on lower-case words."""
    keys = [_fold(word) for word in words]
    out = list(words)
    for name in sorted(PROPER, key=len, reverse=True):
        parts = name.split()
        folded = [_fold(part) for part in parts]
        for index in range(len(words) - len(parts) + 1):
            if [key.strip("“”\"'(),.;:") for key in keys[index:index + len(parts)]] == folded:
                for offset, part in enumerate(parts):
                    word = out[index + offset]
                    lead = len(word) - len(word.lstrip("“”\"'("))
                    out[index + offset] = word[:lead] + part + word[lead + len(part):]
    for index, key in enumerate(keys):
        for level in _PLACE_LEVELS:
            level_words = level.split()
            if keys[index:index + len(level_words)] != level_words:
                continue
            following = index + len(level_words)
            taken = 0
            limit = 3
            while following < len(words) and taken < limit:
                if keys[following] in ("-", "–") and taken and following + 1 < len(words):  # "Phan Rang - Tháp Chàm"
                    following, limit = following + 1, taken + 2
                    continue
                if not keys[following].isalpha() or keys[following] in _PLACE_STOP:
                    break
                out[following] = _capitalised(out[following])
                following, taken = following + 1, taken + 1
    return out


def _capitals_then_small(title: str) -> tuple[str, str]:
    """A title whose first words are in capitals and the rest in small letters ("HỘI NGHỊ LẦN THỨ BẢY … về xây
    dựng …"): the two parts; else ("", title)."""
    tokens = title.split()
    count = 0
    while count < len(tokens) and (is_upper(tokens[count]) or not any(c.isalpha() for c in tokens[count])
                                   or all(c.isupper() for c in tokens[count] if c.isalpha())):
        count += 1
    if count < 2 or count == len(tokens) or not tokens[count][:1].islower():
        return "", title
    return " ".join(tokens[:count]), " ".join(tokens[count:])


def sentence_case(title: str, body: Body) -> str:
    """`title` in sentence case when it is set in capitals, proper names kept; else as it is,
    with its first letter a capital."""
    if not is_upper(title):
        head, rest = _capitals_then_small(title)
        return _capitalised(f"{sentence_case(head, body)} {rest}" if head else title)
    tokens = title.split()
    keys = [_key(token) for token in tokens]
    out: list[str | None] = [None] * len(tokens)
    index = 0
    while index < len(tokens):
        length, position = body.longest_span(keys, index) if keys[index] else (0, -1)
        if length >= 2:
            for offset in range(length):
                word = body.words[position + offset]
                # A capital that starts the match may belong to a longer name the title does not hold
                # ("Luật Ban hành văn bản …" for "ban hành quy chế"): trusted only when the match is long
                # or the next word has a capital too ("Việt Nam").
                short = length < 3 and not body.words[position + 1][:1].isupper()
                weak = offset == 0 and (body.sentence_start[position] or short)
                if weak and word[:1].isupper():
                    word = word.lower() if not word.isupper() else word
                out[index + offset] = _replace_word(tokens[index + offset], word)
            index += length
            continue
        form = body.single_word_form(keys[index]) if keys[index] else None
        out[index] = _replace_word(tokens[index], form) if form else None
        index += 1
    words = [written if written is not None else _lowered(token) for token, written in zip(tokens, out)]
    words = _proper_where_lowered(words, out)
    return _capitalised(" ".join(words))


def _replace_word(token: str, word: str) -> str:
    """`token` (with its quotes and punctuation) carrying `word`'s letters."""
    key = _key(token)
    start = _fold(token).find(key) if key else -1
    return token if start < 0 else token[:start] + word + token[start + len(word):]


def _lowered(token: str) -> str:
    if _ROMAN.match(token) or any(character.isdigit() for character in token):
        return token  # "XIII", "19/CT-TTG", "2026-2030"
    return token.lower()


def _proper_where_lowered(words: list[str], from_body: list[str | None]) -> list[str]:
    """PROPER and place capitals on the words the body did not decide."""
    capitalised = _proper(words)
    return [word if decided is not None else proper for word, proper, decided in zip(words, capitalised, from_body)]


# A Sở's or a ministry's field as news pages shorten it ("Sở Nông nghiệp và PTNT"), written out as its name is.
_FIELDS = {"PTNT": "Phát triển nông thôn", "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
           "NNPTNT": "Nông nghiệp và Phát triển nông thôn", "VHTTDL": "Văn hóa, Thể thao và Du lịch",
           "VHTT&DL": "Văn hóa, Thể thao và Du lịch", "VH,TT&DL": "Văn hóa, Thể thao và Du lịch",
           "VH-TT-DL": "Văn hóa, Thể thao và Du lịch", "VH-TT&DL": "Văn hóa, Thể thao và Du lịch",
           "TT&TT": "Thông tin và Truyền thông", "TTTT": "Thông tin và Truyền thông", "KH&CN": "Khoa học và Công nghệ",
           "KHCN": "Khoa học và Công nghệ", "KH&ĐT": "Kế hoạch và Đầu tư", "KHĐT": "Kế hoạch và Đầu tư",
           "TN&MT": "Tài nguyên và Môi trường", "TNMT": "Tài nguyên và Môi trường", "GD&ĐT": "Giáo dục và Đào tạo",
           "GDĐT": "Giáo dục và Đào tạo", "LĐTBXH": "Lao động - Thương binh và Xã hội",
           "LĐ-TB&XH": "Lao động - Thương binh và Xã hội", "GTVT": "Giao thông vận tải", "NN-PTNT": "Nông nghiệp và Phát triển nông thôn"}
_FIELD = re.compile(r"(?<=\s)(?:" + "|".join(re.escape(short) for short in sorted(_FIELDS, key=len, reverse=True)) + r")(?=\s|$)")


def spelled_out(name: str) -> str:
    """A name's short forms written out: a Sở's or ministry's field ("Sở Nông nghiệp và PTNT"), a board ("BTV Tỉnh
    Đoàn", "T.Ư Đoàn"), a city ("Văn phòng UBND TP Hà Nội"); a known body cut after "và" ("Bộ Tài nguyên và") completed."""
    if re.match(r"(?:Sở|Bộ)\s", name):
        name = _FIELD.sub(lambda short: _FIELDS[short.group()], name)
        name = re.sub(r"(?<=[^\W\d_]) & (?=[A-ZĐ][^\W\d_])", " và ", name)  # "Sở Nông nghiệp & Phát triển nông thôn"
    name = re.sub(r"^((?:Tổng cục|Cục|Chi cục)\s+)QLTT\b", r"\1Quản lý thị trường", name)  # "Tổng cục QLTT", "Cục QLTT tỉnh …"
    name = re.sub(r"(?<=\s)PBGDPL\b", "phổ biến, giáo dục pháp luật", name)  # "Hội đồng phối hợp PBGDPL trung ương"
    name = re.sub(r"\s*\((?:[A-ZĐ]{2,10}|Ban Chỉ huy|Ban Chỉ đạo)\)", "", name)  # "Ủy ban nhân dân (UBND) tỉnh"
    if not (re.search(r"\s(?:và|VÀ)$", name) and len(name.split()) <= 6):  # (a short name cut at "và" is completed below)
        name = re.sub(r"\s+(?:về|và)$", "", name)  # "… giai đoạn 2016 - 2020 về": the next words lost
    name = re.sub(r"^BTV\b", "Ban Thường vụ", name)
    name = re.sub(r"^BHXH(?=\s)", "Bảo hiểm xã hội", name)  # "BHXH Việt Nam", "BHXH tỉnh …"
    name = re.sub(r"^LĐLĐ(?=\s)", "Liên đoàn Lao động", name)  # "LĐLĐ Quận Hai Bà Trưng"
    name = re.sub(r"^BCĐ(?=\s)", "Ban Chỉ đạo", name)  # "BCĐ 389 tỉnh Gia Lai"
    name = re.sub(r"\bT\.Ư\b", "Trung ương", name)  # "Ban Bí thư T.Ư Đoàn"
    name = {"Thủ tướng": "Thủ tướng Chính phủ", "THỦ TƯỚNG": "THỦ TƯỚNG CHÍNH PHỦ"}.get(name, name)  # "… của Thủ tướng"
    name = re.sub(r"\bTP\.?\s?HCM\b", "thành phố Hồ Chí Minh", name)  # "UBND TPHCM", "Sở Công Thương TP.HCM"
    name = re.sub(r"\bTP\.?(?=\s+[A-ZĐ])", "thành phố", name)
    # "TP.HỒ CHÍ MINH", "TP.Hồ Chí Minh": the place glued to the short form
    name = re.sub(r"\bTP\.(?=(?P<word>[^\W\d_]{2,})\s)",
                  lambda short: "THÀNH PHỐ " if is_upper(short.group("word")) else "thành phố ", name)
    if re.search(r"\s(?:và|VÀ)$", name):
        start = _name_fold(name) + " "
        known = [body for folded, body in _KNOWN_BY_FOLD.items() if folded.startswith(start)]
        name = known[0] if len(known) == 1 else name
    return name


def known_form(name: str) -> str:
    """A known central body's name as the registry writes it, its marks, capitals and commas aside ("Bộ Văn hóa thể thao
    và du lịch"); any other name as it is."""
    return next((body_name for body_name in KNOWN_BODIES if without_marks(body_name) == without_marks(name)), name)


# A Sở named with its province but not the province's level: "Sở Công Thương Phú Thọ" is "Sở Công Thương tỉnh Phú Thọ".
_PLACE_NAMES = "|".join(map(re.escape, (*(city for city in CITIES if not city.startswith(("Thành phố ", "TP. "))), *PROVINCES)))
# (The place in any case: "SỞ CÔNG THƯƠNG LÀO CAI" was written small by the generic casing, "Sở Công Thương lào cai".)
_SO_AND_PLACE = re.compile(rf"^(?P<so>Sở\s.+?)(?<!\btỉnh)(?<!\bphố)\s+(?P<place>(?i:{_PLACE_NAMES}))$")
_PLACE_BY_KEY = {place.casefold(): place for place in (*CITIES, *PROVINCES)}


def with_the_level(name: str) -> str:
    """A Sở named with its province but not the province's level, with the level ("Sở Công Thương tỉnh Lào Cai")."""
    found = _SO_AND_PLACE.match(name)
    if found is None:
        return name
    place = _PLACE_BY_KEY[found.group("place").casefold()]
    level = "thành phố" if place in CITIES else "tỉnh"
    return f"{found.group('so')} {level} {place}"


def issuer_form(name: str, body: Body) -> str:
    """An issuer's name as the registry writes it: as the body writes it, else "UBND tỉnh …",
    a known central body, or the body word and the first word of the name capitalised; a Sở's province with its level."""
    return with_the_level(_issuer_form(name, body))


def _issuer_form(name: str, body: Body) -> str:
    central = re.match(r"BAN CHẤP HÀNH TRUNG ƯƠNG\s+(?=HỘI|TỔNG|CÔNG|ĐOÀN)", name)
    if central:  # a union's central committee: the union's name as the registry writes it
        return f"Ban Chấp hành Trung ương {_issuer_form(name[central.end():], body)}"
    name = " ".join(re.sub(r"\s*\((?:khóa|khoá)[^)]*\)\s*$", "", name, flags=re.IGNORECASE).split()).strip(" -,.;")
    name = spelled_out(re.sub(r"\s+–\s+", " - ", name))  # "BỘ CÔNG THƯƠNG – CÔNG ĐOÀN …": two bodies, as joint ones are
    organ = _ORGAN.match(name.upper())
    short = "HĐND" if organ and organ.group("organ") in ("HỘI ĐỒNG NHÂN DÂN", "HĐND") else "UBND"
    if organ and not is_upper(name):  # "Ủy ban nhân dân tỉnh Hậu Giang" as the body writes it: the place kept as written
        place = name[organ.start('place'):]  # (but a province's own spelling: "Thừa Thiên – Huế" is Thừa Thiên Huế)
        return f"{short} {organ.group('level').lower()} {by_letters(place) or place}"
    if not is_upper(name):
        # A known central body as a site writes it ("Bộ Công thương"): the registry's capitals.
        return _KNOWN_BY_FOLD.get(_name_fold(name), name)
    if organ:
        place = " ".join(_capitalised(word.lower()) for word in organ.group("place").split())
        place = by_letters(place) or place  # "KON T⏎UM" is Kon Tum
        return f"{short} {organ.group('level').lower()} {_body_form(place, body) or place}"
    known = _KNOWN_BY_FOLD.get(_name_fold(name))
    # A known central body's name whose marks a font or OCR lost ("BỘ CƠNG THƯƠNG", the body's "Bộ Cơng Thương" once
    # among its "Bộ Công Thương") is that body, in the registry's spelling.
    misspelt = next((body_name for body_name in KNOWN_BODIES if without_marks(body_name) == without_marks(name)), None)
    # ("BỘ VĂN HOÁ - THÔNG TIN-BỘ Y TẾ": a joint circular's ministries, the first with a dash in its own name.)
    ministries = re.split(r"\s*-\s*(?=BỘ\s)", name)
    if len(ministries) > 1 and not known:
        return " - ".join(_issuer_form(part, body) for part in ministries)
    return ((_body_form(name, body) if not misspelt or known else None) or known or misspelt
            or local_form(_FIELD.sub(lambda short: _FIELDS[short.group()], name))
            or " - ".join(_generic(part) for part in re.split(r"\s+-\s+", name)))


def _body_form(name: str, body: Body) -> str | None:
    """The name as the body writes it; where only its marks differ, the body's spelling wins over the
    header's capitals (a misprint, or OCR, in "HÀNG GIA" for the body's "hàng giả")."""
    for bare in (False, True):
        keys = [without_marks(word) if bare else _fold(word) for word in name.split()]
        length, position = body.longest_span(keys, 0, bare)
        written = body.words[position:position + length]
        # (A span in capitals is the header or a title again, not how the body writes the name.)
        if length == len(keys) and written[0][:1].isupper() and not is_upper(" ".join(written)):
            return " ".join(_punctuated(token, word) for token, word in zip(name.split(), written))
    return None


def _punctuated(token: str, word: str) -> str:
    """`word` with the punctuation around `token` ("LẬU," and "lậu" give "lậu,")."""
    core = token.strip("“”\"'()[]{},.;:!?")
    start = token.find(core) if core else 0
    return token[:start] + word + token[start + len(core):]


def _generic(name: str) -> str:
    """ "SỞ TÀI CHÍNH" -> "Sở Tài chính", "TỈNH ỦY THỪA THIÊN HUẾ" -> "Tỉnh ủy Thừa Thiên Huế"."""
    # "BAN TUYÊN GIÁO TỈNH ỦY HÀ TĨNH": a board, then the Party committee it belongs to, each written as its own name.
    board = re.match(r"^(BAN\s.+?)\s+((?:TỈNH|THÀNH|HUYỆN|QUẬN) (?:ỦY|UỶ)(?:\s.*)?)$", name)
    if board:
        return f"{_generic(board.group(1))} {_generic(board.group(2))}"
    words = name.lower().split()
    for body_word in sorted(_BODY_WORDS, key=len, reverse=True):
        size = len(body_word.split())
        if " ".join(words[:size]).replace("uỷ", "ủy") == body_word:
            if body_word == "liên ngành" and len(words) > size:  # a joint letter: each body its own name
                return "Liên ngành " + _generic(" ".join(words[size:]).upper())
            if body_word in _PLACED_BODIES:  # a Party committee: the place follows
                # (its level as the registry writes it: "Đảng ủy xã Nông Thượng", "… thành phố Hồ Chí Minh")
                level = re.match(r"(?:thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường)\b", " ".join(words[size:]))
                skip = len(level.group().split()) if level else 0
                rest = words[size:size + skip] + [_capitalised(word) for word in words[size + skip:]]
            else:
                rest = [_capitalised(words[size])] + words[size + 1:] if len(words) > size else []
            return " ".join([_capitalised(" ".join(words[:size]))] + _proper(rest))
    return _capitalised(" ".join(_proper(words)))
