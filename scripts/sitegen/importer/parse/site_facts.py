"""What a law-text site's own table of facts says about the document it shows, above the letter:

- "Số hiệu: 01/2022/TT-BCT Loại văn bản: Thông tư" (one line, or its cells split by pipes onto lines),
- "Nơi ban hành: Bộ Công thương", "Cơ quan ban hành Tỉnh Đoàn Phú Yên", "Ngày ban hành: 18/01/2022",
- "Trích yếu: …", or "Tên văn bản: Thông tư số … của Bộ Tài chính : Hướng dẫn …" (the title, and its issuer).

The table is the site's, not the letter's: its facts are used only where the letter's own header says
nothing, and each is marked for the clerk to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..normalise import Line
from .dates import DATE
from .facts import Found
from .naming import ORGAN
from .numbers import KIND_PATTERN, NUMBER, tidy_number

TABLE_LINES = 24
_LABELS = (r"Cơ quan ban hành\s*/\s*Chức danh\s*/\s*Người ký|Số hiệu|Số kí hiệu(?: văn bản)?|Số ký hiệu(?: văn bản)?|Số văn bản|"
           r"Loại văn bản|"
           r"Phân loại|Tên văn bản|Trích yếu|Nơi ban hành|"
           r"Cơ quan ban hành|Ngày ban hành|Người ký|"
           r"Ngày hiệu lực|Ngày có hiệu lực|Ngày bắt đầu hiệu lực|Ngày công báo|Số công báo|Tình trạng|Lĩnh vực|"
           r"Ngày hết hiệu lực|Thể loại|Tình trạng hiệu lực|Hiệu lực(?=\s*:)")
_LABEL = re.compile(rf"(?:^|(?<=[\s|]))(?P<label>{_LABELS})\s*:?\s*(?:\|\s*)?", re.IGNORECASE)


@dataclass(frozen=True)
class SiteFacts:
    """The table's number, kind, issuer and date as written, each with its line; any may be missing."""

    number: Found[str] | None = None
    kind: Found[str] | None = None
    issuer: Found[str] | None = None
    date: Found[str] | None = None
    title: Found[str] | None = None


# "Tên văn bản: Thông tư số 104/2021/TT-BTC của Bộ Tài chính : Hướng dẫn phương pháp …": the kind, number and issuer
# before the title.
_NAMED_TITLE = re.compile(rf"^(?:{KIND_PATTERN})\s+(?:số\s*)?{NUMBER}(?:\s+của\s+(?P<issuer>{ORGAN}\b[^:]{{0,80}}?))?"
                          rf"\s*:\s*(?P<title>\S.*)$", re.IGNORECASE)


_OWN_NAMED = re.compile(rf"^(?:{KIND_PATTERN})\s+(?:số\s*)?{NUMBER}(?:\s+ngày\s+{DATE})?\s+(?=\S)", re.IGNORECASE)


def site_facts(lines: list[Line]) -> SiteFacts:
    """The site's table of facts among the first lines, read label by label."""
    joined, owners = "", []
    for line in lines[:TABLE_LINES]:
        owners.append((len(joined), line))
        joined += line.text + " | "
    labels = list(_LABEL.finditer(joined))
    if not labels:
        return SiteFacts()
    found: dict[str, Found[str]] = {}
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(joined)
        # (the value on the label's line, or, a site's table set as a list, on the next: "Cơ quan ban hành⏎  • Bộ Xây dựng")
        value = next((cell.strip(" |:•") for cell in joined[label.end():end].split(" | ") if cell.strip(" |:•")), "")
        line = max((start, line) for start, line in owners if start <= label.start())[1]
        name = label.group("label").casefold()
        if not value or name in found:
            continue
        if name.startswith("số") and name != "số công báo":
            number = re.search(NUMBER, value)
            if number:
                found["number"] = Found(tidy_number(number.group()), line)
        elif name in ("loại văn bản", "phân loại"):
            found["kind"] = Found(value, line)
        elif name == "trích yếu":  # ("Trích yếu Chỉ thị số 05/2008/CT-BXD ngày 29/04/2008 Về việc …": the title after them)
            found["title"] = Found(_OWN_NAMED.sub("", value) or value, line)
        elif name == "tên văn bản":
            named = _NAMED_TITLE.match(value)
            if named and named.group("issuer"):
                found.setdefault("issuer", Found(named.group("issuer"), line))
            found["title"] = Found(named.group("title") if named else value, line)
        elif name in ("nơi ban hành", "cơ quan ban hành"):
            found["issuer"] = Found(value, line)
        elif name.startswith("cơ quan ban hành"):  # vbpl.vn: "… / Người ký Bộ Công Thương. Thứ trưởng Cao Quốc Hưng"
            found["issuer"] = Found(value.split(". ")[0], line)
        elif name == "ngày ban hành":
            date = re.match(rf"{DATE}", value)
            if date:
                found["date"] = Found(date.group(), line)
    return SiteFacts(found.get("number"), found.get("kind"), found.get("issuer"), found.get("date"), found.get("title"))
