"""The parts of an official document after its title (Nghị định 30/2020/NĐ-CP): "Kính gửi", the numbered sections,
the article naming who carries a decision out, "Nơi nhận" and the signer."""

from __future__ import annotations

import re

from ..normalise import NAME, Line, is_upper
from .facts import Found, Signer
from .header import MOTTOS

_LIST_ITEM = re.compile(r"^[-+•*–]\s*(?P<item>.+)$")
_ARCHIVE = re.compile(r"^Lưu\s*:?\s*(?P<places>.+)$", re.IGNORECASE)
_SECTION = {"roman": re.compile(r"^(?P<mark>[IVXLC]+)\.\s+(?P<title>.+)$"),
            "arabic": re.compile(r"^(?P<mark>\d{1,2})\.\s+(?P<title>.+)$")}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}

# Items on the "Kính gửi:" line itself: after a semicolon, or a dash before the next body ("- Sở A - UBND huyện B"); a
# dash inside a name stays ("Sở Thương mại - Du lịch Ninh Thuận", "UBND tỉnh Bà Rịa - Vũng Tàu").
_INLINE_ITEM = re.compile(r";\s*|\s+[-–]\s+(?=(?:Các|các|Sở|Bộ|UBND|(?:Ủy|Uỷ) ban|Ban|Cục|Chi cục|Phòng|Trung tâm|Văn phòng|"
                          r"Công an|Hội|Đoàn|Liên đoàn|Công ty|Tổng|Viện|Trường|Bệnh viện|Đài|Báo|Chủ tịch|Giám đốc|"
                          r"Thủ trưởng|Đồng chí|Đ/c|Ông|Quận|Huyện|Thị xã|Thành phố|Thành ủy|Tỉnh|Đảng|Mặt trận|Ngân hàng|"
                          r"Kho bạc|Tập đoàn|Lãnh đạo|Cơ quan|Đơn vị|Doanh nghiệp)\b)")


def _items(lines: list[Line], start: int, inline: str, passing=lambda text: False) -> list[Found[str]]:
    """The list after "Kính gửi:" or "Nơi nhận:": the dashed lines, or what follows the colon;
    lines for which `passing` is true are stepped over."""
    items = [Found(part, lines[start]) for part in _INLINE_ITEM.split(inline) if part.strip(" -–;.,")]
    for line in lines[start + 1:]:
        item = _LIST_ITEM.match(line.text)
        if not item and passing(line.text):
            continue
        if not item:
            break
        items.append(Found(item.group("item"), line))
    # "Bộ Công Thương (để b/c);": what the copy is for is not part of the name.
    cleaned = [Found(re.sub(r"\s*\(để [^)]*\)", "", found.value).strip(" ;.,:").lstrip("-– "), found.line) for found in items]
    return [found for found in cleaned if found.value]


def recipients(lines: list[Line]) -> list[Found[str]]:
    """Kính gửi: each recipient as written."""
    for index, line in enumerate(lines):
        found = re.match(r"^Kính gửi\s*:?\s*(?P<rest>.*)$", line.text)
        if found:
            return _items(lines, index, found.group("rest"))
    return []


def copies(lines: list[Line]) -> tuple[list[Found[str]], list[Found[str]]]:
    """Nơi nhận: the other recipients (without “Như trên”) and the places of archive (“Lưu: VT, VP”)."""
    for index, line in enumerate(lines):
        found = re.match(r"^Nơi nhận\s*:?\s*(?P<rest>.*)$", line.text)
        if not found:
            continue
        copies_to, archived = [], []
        for item in _items(lines, index, found.group("rest"), _signer_column):
            archive = _ARCHIVE.match(item.value)
            if archive:
                archived += [Found(place.strip(" .;"), item.line) for place in archive.group("places").split(",")
                             if place.strip(" .;")]
            elif not re.fullmatch(r"như (?:trên|kính gửi|điều \d+)", item.value.casefold()):
                copies_to.append(item)
        return copies_to, archived
    return [], []


def _position_case(text: str) -> str:
    """ "PHÓ GIÁM ĐỐC" -> "Phó Giám đốc", "GIÁM ĐỐC" -> "Giám đốc" (a title, then common words)."""
    words = text.lower().split()
    titled = 2 if words[:1] == ["phó"] else 1
    return " ".join(word.capitalize() if index < titled else word for index, word in enumerate(words))


def _signer_column(text: str) -> bool:
    """A line of the signature block's right column, which a PDF interleaves with Nơi nhận."""
    return is_upper(text) or text.startswith("(") or bool(NAME.match(text))


_SIGNATURE_LINES = 14


def signer(lines: list[Line]) -> Signer:
    """The signer's name (the last name-like line) and position (the nearest line in capitals above it,
    past the Nơi nhận items a PDF may put between them): at the letter's end, or, where annexes or a site's pages follow
    it, beside its "Nơi nhận"."""
    found = _signer_in(lines[-_SIGNATURE_LINES:])
    copies_at = next((index for index, line in enumerate(lines) if re.match(r"^Nơi nhận\s*:?", line.text)), None)
    if found.name is None and copies_at is not None:
        found = _signer_in(lines[copies_at:copies_at + _SIGNATURE_LINES])
    return found


def _signer_in(tail: list[Line]) -> Signer:
    for index in range(len(tail) - 1, 0, -1):
        if not NAME.match(tail[index].text) or is_upper(tail[index].text):
            continue
        for above in reversed(tail[:index]):
            if above.text.startswith("(") or _LIST_ITEM.match(above.text):  # (Đã ký); "- Lưu: VT, VP."
                continue
            position = re.sub(r"^(?:KT|TM|TL|TUQ|Q)\.\s*", "", above.text)
            if is_upper(position) and not MOTTOS.search(position):
                return Signer(Found(_position_case(position), above), Found(tail[index].text, tail[index]))
            break
    return Signer(None, None)


# How a list of people names each one: "1. Ông: Hoàng Văn Thuân - Phó Giám đốc Sở Công Thương, Trưởng đoàn;".
_HONORIFIC = re.compile(r"Ông|Bà|Đồng chí|Đ/c|Anh|Chị", re.IGNORECASE)


def sections(lines: list[Line]) -> list[Found[str]]:
    """The titles of the top-level sections: I., II., … when there are any, else 1., 2., …"""
    for style in ("roman", "arabic"):
        found: list[Found[str]] = []
        for line in lines:
            match = _SECTION[style].match(line.text)
            if not match:
                continue
            value = _ROMAN.get(match.group("mark")) if style == "roman" else int(match.group("mark"))
            if value != len(found) + 1:
                if found and value == 1:
                    break  # numbering starts again: a list inside the last section
                continue
            title = match.group("title")
            head = title.split(":", 1)[0]
            if _HONORIFIC.fullmatch(head.strip()):  # a member's line, "1. Ông: Hoàng Văn Thuân - …;": whole
                title = title.rstrip(" ;")
            elif ":" in title:
                title = head
            found.append(Found(title.strip().rstrip("."), line))
        if found:
            return found
    return []


# The article of a decision that names who carries it out ("Điều 3. Chánh Văn phòng …, Giám đốc Sở … chịu trách
# nhiệm thi hành Quyết định này").
_EXECUTORS = re.compile(r"^Điều\s+\d+\s*[.:]\s*(?P<units>.+?)\s+(?:chịu|có)\s+trách nhiệm\s+(?:thi hành|tổ chức thực hiện|"
                        r"triển khai|thực hiện)", re.IGNORECASE)


def executors(lines: list[Line]) -> Found[str] | None:
    """Who a decision's last article makes responsible for carrying it out, as written."""
    found = None
    for line in lines:
        article = _EXECUTORS.match(line.text)
        if article:
            found = Found(article.group("units"), line)
    return found
