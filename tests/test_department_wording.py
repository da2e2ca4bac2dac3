"""The dispatch's number and place lines fall back on the department's identity (mkdocs.yml) only when the
registry gives none: a document keeps the number and place it was sent with."""

from __future__ import annotations

import pytest
from sitegen.model import wording
from sitegen.model.dates import parse_partial_date
from sitegen.model.site import Document


def _dispatch(number: str | None = None, place: str | None = None, date: str | None = "2023-07") -> Document:
    return Document("cong-van", "Công văn", number=number, place=place, date=parse_partial_date(date) if date else None)


@pytest.mark.parametrize(("document", "suffix", "expected"), [
    (_dispatch("…/SCT-VP"), "SCT-TH", "Số: __/SCT-VP"),  # the registry's own number wins
    (_dispatch("125/SCT-VP"), "SCT-TH", "Số: 125/SCT-VP"),
    (_dispatch(), "SCT-TH", "Số: __/SCT-TH"),  # not numbered yet: the department's suffix
    (_dispatch(), "", "Số: __"),
])
def test_number_line(document: Document, suffix: str, expected: str) -> None:
    assert wording.number_line(document, "__", suffix) == expected


@pytest.mark.parametrize(("document", "place", "expected"), [
    (_dispatch(place="Hải Dương"), "Hải Phòng", "Hải Dương, ngày … tháng 7 năm 2023"),  # the place of its own day
    (_dispatch(), "Thử Nghiệm", "Thử Nghiệm, ngày … tháng 7 năm 2023"),
    (_dispatch(), "", "ngày … tháng 7 năm 2023"),
    (_dispatch(date=None), "Thử Nghiệm", "Thử Nghiệm, ngày … tháng … năm …"),
])
def test_date_line(document: Document, place: str, expected: str) -> None:
    assert wording.date_line(document, place=place) == expected
