"""What the document's own trích yếu says it carries out, which no clause of its body opens with "Thực hiện …"."""

from __future__ import annotations

import re

from .facts import Citation
from .numbers import CITED_NUMBER, KIND_PATTERN, number_key

# A title that says what the document carries out: "Ban hành Chương trình hành động … thực hiện Nghị quyết 06/NQ-CP …",
# "Kế hoạch triển khai Chỉ thị số 15/CT-TTg …", and the next document joined to it by "và". No clause opens with "Thực
# hiện", but the document implements them. Not a report on how it is carried out ("tình hình thực hiện Nghị định …"),
# nor what a document the title names carries out itself ("Nghị quyết số 48-NQ/TU … thực hiện Nghị quyết số 57-NQ/TW").
_TITLE_CARRIES_OUT = re.compile(rf"(?P<account>\b(?:tình hình|kết quả|sơ kết|tổng kết|đánh giá)\s+(?:việc\s+)?)?"
                                rf"\b(?:triển khai(?:\s+thực hiện)?|thực hiện)\s+(?:{KIND_PATTERN})\s+(?:số\s+)?$", re.IGNORECASE)
_TITLE_AND = re.compile(rf"\s+và\s+(?:{KIND_PATTERN})\s+(?:số\s+)?$", re.IGNORECASE)


def carried_out_by_title(found: list[Citation], title: str | None) -> None:
    """Mark as implemented each cited document the document's own trích yếu says it carries out."""
    named, previous_end, previous_carried = set(), None, False
    for number in CITED_NUMBER.finditer(title or ""):
        before = title[previous_end or 0:number.start()]
        phrase = _TITLE_CARRIES_OUT.search(before)
        nested = phrase is not None and previous_end is not None and not re.search(r"[,;]", before[:phrase.start()])
        carried = (phrase is not None and not phrase.group("account") and not nested
                   or previous_carried and phrase is None and bool(_TITLE_AND.search(before)))
        if carried:
            named.add(number_key(number.group("number")))
        previous_end, previous_carried = number.end(), carried
    for citation in found:
        if number_key(citation.number) in named:
            citation.implements = True
