"""The parts of an official document laid out by Nghị định 30/2020/NĐ-CP:
issuer and "Số: …" top left, "Địa danh, ngày … tháng … năm …" top right,
the kind and the subject, "Kính gửi", the numbered sections, "Nơi nhận" and
the signer."""

from __future__ import annotations

import re

from ..normalise import NAME, Line, is_upper
from .dates import NUMERIC_DATE
from .facts import Found, Signer
from .numbers import KINDS, OWN_NUMBER, tidy_number

# Lines of the national and Party mottos, which share the header with the issuer
# (a PDF's text layer often puts both columns on one line).
_MOTTOS = re.compile(r"CỘNG HO?[ÀÒ]A XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|"
                     r"ĐẢNG CỘNG SẢN VIỆT NAM", re.IGNORECASE)
_PLACE_DATE = re.compile(rf"(?P<place>(?:[A-ZĐ][^\s,:;0-9]*\s){{0,3}}[A-ZĐ][^\s,:;0-9]*)\s*,\s*"
                         rf"(?P<date>ngày\s*\d{{0,2}}\s*tháng\s*\d{{0,2}}\s*năm\s*\d{{4}}|(?:ngày\s+)?{NUMERIC_DATE})")
_SUBJECT_LINE = re.compile(r"^(?:V/v|V/V|Về việc)\s*[:.]?\s*(?P<subject>.+)$")
_LIST_ITEM = re.compile(r"^[-+•*–]\s*(?P<item>.+)$")
_ARCHIVE = re.compile(r"^Lưu\s*:?\s*(?P<places>.+)$", re.IGNORECASE)
_SECTION = {"roman": re.compile(r"^(?P<mark>[IVXLC]+)\.\s+(?P<title>.+)$"),
            "arabic": re.compile(r"^(?P<mark>\d{1,2})\.\s+(?P<title>.+)$")}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}
# Header lines: the issuer, the number, the place and date, the kind, the title come first.
HEADER_LINES = 15


def _without_mottos(text: str) -> str:
    return " ".join(_MOTTOS.sub(" ", text).split())


def own_number(lines: list[Line]) -> Found[str] | None:
    """The document's own "Số: …", blank serial and all."""
    for line in lines[:HEADER_LINES]:
        found = OWN_NUMBER.search(line.text)
        if found:
            return Found(tidy_number(found.group("number")), line)
    return None


def place_and_date(lines: list[Line]) -> tuple[Found[str] | None, Found[str] | None]:
    """The place and the date as written ("Hải Dương", "ngày   tháng 7 năm 2023")."""
    for line in lines[:HEADER_LINES]:
        text = _without_mottos(OWN_NUMBER.sub(" ", line.text))
        found = _PLACE_DATE.search(text)
        if found:
            return Found(_trim_place(found.group("place")), line), Found(" ".join(found.group("date").split()), line)
    return None, None


def _trim_place(place: str) -> str:
    """A place without the issuer's capitals that a PDF put on the same line ("SỞ CÔNG THƯƠNG Hải Dương")."""
    words = place.split()
    while len(words) > 1 and is_upper(words[0]) and not all(is_upper(word) for word in words):
        words.pop(0)
    return " ".join(words)


def issuer(lines: list[Line], stop: int) -> Found[str] | None:
    """The last line in capitals above the number (the issuer under its superior body)."""
    found = None
    for line in lines[:stop]:
        text = _without_mottos(OWN_NUMBER.sub(" ", line.text))
        text = _PLACE_DATE.sub(" ", text).strip(" -–_")
        if is_upper(text) and not _kind_of(text):
            found = Found(text, line)
    return found


def _kind_of(text: str) -> str | None:
    folded = " ".join(text.split()).casefold()
    return next((kind for kind in KINDS if kind.casefold() == folded), None)


def kind_and_title(lines: list[Line]) -> tuple[Found[str] | None, Found[str] | None]:
    """The kind written as a title ("KẾ HOẠCH") and the title under it; or the "V/v" line."""
    for index, line in enumerate(lines[:HEADER_LINES + 5]):
        subject = _SUBJECT_LINE.match(line.text)
        if subject:
            return None, Found(subject.group("subject").strip(), line)
        kind = _kind_of(line.text)
        if kind:
            return Found(kind, line), _title_under(lines[index + 1:index + 4])
    return None, None


def _title_under(lines: list[Line]) -> Found[str] | None:
    """The title under a kind: one line, or two when the first is in capitals and the second too."""
    if not lines:
        return None
    first = lines[0]
    subject = _SUBJECT_LINE.match(first.text)
    if subject:
        return Found(subject.group("subject").strip(), first)
    if first.text.startswith(("Căn cứ", "Thực hiện", "Kính gửi")) or len(first.text) > 300:
        return None
    text = first.text
    for line in lines[1:]:
        if not is_upper(line.text) or not is_upper(text) or line.text.startswith(("Căn cứ", "Thực hiện")):
            break
        text = f"{text} {line.text}"
    return Found(text, first)


def _items(lines: list[Line], start: int, inline: str, passing=lambda text: False) -> list[Found[str]]:
    """The list after "Kính gửi:" or "Nơi nhận:": the dashed lines, or what follows the colon;
    lines for which `passing` is true are stepped over."""
    items = [Found(part, lines[start]) for part in re.split(r"\s+[-–]\s+|;\s*", inline) if part.strip(" -–;.,")]
    for line in lines[start + 1:]:
        item = _LIST_ITEM.match(line.text)
        if not item and passing(line.text):
            continue
        if not item:
            break
        items.append(Found(item.group("item"), line))
    # "Bộ Công Thương (để b/c);": what the copy is for is not part of the name.
    cleaned = [Found(re.sub(r"\s*\(để [^)]*\)", "", found.value).strip(" ;.,"), found.line) for found in items]
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
            elif item.value.casefold() not in ("như trên", "như kính gửi"):
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


def signer(lines: list[Line]) -> Signer:
    """The signer's name (the last name-like line) and position (the nearest line in capitals above it,
    past the Nơi nhận items a PDF may put between them)."""
    tail = lines[-14:]
    for index in range(len(tail) - 1, 0, -1):
        if not NAME.match(tail[index].text) or is_upper(tail[index].text):
            continue
        for above in reversed(tail[:index]):
            if above.text.startswith("(") or _LIST_ITEM.match(above.text):  # (Đã ký); "- Lưu: VT, VP."
                continue
            position = re.sub(r"^(?:KT|TM|TL|TUQ|Q)\.\s*", "", above.text)
            if is_upper(position) and not _MOTTOS.search(position):
                return Signer(Found(_position_case(position), above), Found(tail[index].text, tail[index]))
            break
    return Signer(None, None)


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
            title = match.group("title").split(":", 1)[0] if ":" in match.group("title") else match.group("title")
            found.append(Found(title.strip().rstrip("."), line))
        if found:
            return found
    return []
