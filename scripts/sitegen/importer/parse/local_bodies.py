"""The bodies every province has under the same name ("Sở Giáo dục và Đào tạo", "Ban Thi đua - Khen thưởng"): their
capitals as the law writes them, for a header in capitals, and a bare one, named without its province, known as a body
of a province (the importer adds the province the document sits in, as it does for a body the registry knows)."""

from __future__ import annotations

import re

from ..tone_marks import new_placement
from .places import by_letters

# The provincial departments and boards by the names the decrees on their organisation give, past and present
# (Nghị định 24/2014/NĐ-CP, 107/2020/NĐ-CP, 45/2025/NĐ-CP).
LOCAL_BODIES = (
    "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường", "Sở Giao thông vận tải", "Sở Xây dựng",
    "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa và Thể thao", "Sở Du lịch", "Sở Khoa học và Công nghệ",
    "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Ngoại vụ", "Sở Dân tộc và Tôn giáo", "Sở Quy hoạch - Kiến trúc",
    "Ban Thi đua - Khen thưởng", "Ban Dân tộc")
_LEVELS = ("thành phố", "tỉnh")


def _words(name: str) -> list[str]:
    """A name's words, a dash standing alone ("THI ĐUA-KHEN THƯỞNG" is "THI ĐUA - KHEN THƯỞNG") and commas apart."""
    return re.sub(r"\s*[-–]\s*", " - ", name).replace(",", " ").split()


def _key(words: list[str]) -> str:
    return new_placement(" ".join(words)).casefold()


_BY_KEY = {_key(_words(name)): name for name in LOCAL_BODIES}
_LONGEST = max(len(_words(name)) for name in LOCAL_BODIES)


def _body_and_rest(name: str) -> tuple[str, list[str]] | None:
    words = _words(name)
    for size in range(min(len(words), _LONGEST), 1, -1):
        body = _BY_KEY.get(_key(words[:size]))
        if body:
            return body, words[size:]
    return None


def bare_local_body(name: str) -> tuple[str, str | None] | None:
    """ "Sở Giáo dục và Đào tạo" with no province after it, or with its level alone ("Sở Nội vụ tỉnh"): the name as
    written without that level, and the level ("tỉnh", "thành phố" or None); None for any other name."""
    found = _body_and_rest(name)
    if found is None:
        return None
    level = " ".join(found[1]).lower()
    if level and level not in _LEVELS:
        return None
    written = " ".join(name.split())
    return (written[:len(written) - len(level)].rstrip() if level else written), level or None


def local_form(name: str) -> str | None:
    """A province's body in capitals as the law writes it, its place after it with the place's capitals ("SỞ GIÁO DỤC
    VÀ ĐÀO TẠO TỈNH SƠN LA" -> "Sở Giáo dục và Đào tạo tỉnh Sơn La"); None for any other name."""
    found = _body_and_rest(name)
    if found is None:
        return None
    body, rest = found
    if len(rest) > 6 or not all(word.isalpha() or word == "-" for word in rest):
        return None  # not a place after the body's name
    place = " ".join(rest).lower()
    level = next((level for level in _LEVELS if place == level or place.startswith(level + " ")), "")
    named = place[len(level):].strip()
    named = by_letters(named) or " ".join(word[:1].upper() + word[1:] for word in named.split())  # ("Bà Rịa - Vũng Tàu")
    return " ".join(filter(None, (body, level, named)))
