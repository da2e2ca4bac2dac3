"""The provinces and the cities under the central government, as letters write them: a bare committee's place,
and a place a site broke inside a word ("KON T⏎UM")."""

from __future__ import annotations

import re

from ..tone_marks import new_placement

# Before and after the 2025 mergers: a header cut to "ỦY BAN NHÂN DÂN" over "Ninh Bình, ngày …" is the province's.
CITIES = ("Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh")
PROVINCES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương",
    "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp",
    "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa",
    "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
    "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
    "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang",
    "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái")

# A place by its letters alone: "kontum" -> "Kon Tum", "Thừa Thiên – Huế" -> "Thừa Thiên Huế".
UNSPACED = {re.sub(r"[\s–-]", "", name).casefold(): name for name in (*PROVINCES, *CITIES)}


def by_letters(written: str) -> str | None:
    """The province or city `written` spells, spaces, dashes and case aside (marks placed the old way or not)."""
    return UNSPACED.get(re.sub(r"[\s–-]", "", new_placement(written)).casefold())
