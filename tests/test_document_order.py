"""Documents "mới nhất trước": a month or a year counts as its last day; ties by number."""

from __future__ import annotations

import pytest
from conftest import ROOT, TEST_TODAY
from sitegen.load.sources import load_sources
from sitegen.model.dates import parse_partial_date
from sitegen.model.site import Document
from sitegen.model.from_sources import build_site
from sitegen.model.freshness import document_order
from sitegen.render.pages import render_pages


def document(ref: str, date: str | None, number: str | None = None) -> Document:
    return Document(ref=ref, kind="Công văn", number=number or ref, date=parse_partial_date(date) if date else None)


@pytest.mark.parametrize(("documents", "newest_first"), [
    # The department's dispatch of tháng 7/2023 answers 1009 of 04/7/2023.
    ([("1009/STTTT-TTBCXB", "2023-07-04"), ("…/SCT-VP", "2023-07")], ["…/SCT-VP", "1009/STTTT-TTBCXB"]),
    ([("A", "2023-07-31"), ("B", "2023-08")], ["B", "A"]),
    ([("A", "2023-07"), ("B", "2023-08-01")], ["B", "A"]),
    ([("A", "2023"), ("B", "2023-12-30")], ["A", "B"]),  # a year counts as 31/12
    ([("A", "2023-12"), ("B", "2023")], ["B", "A"]),  # both 31/12: by number, the larger first
    ([("539/TTCS-TTTQ", "2023-06-27"), ("2254/KH-BCĐ", "2023-06-27")], ["2254/KH-BCĐ", "539/TTCS-TTTQ"]),
    ([("không số", None), ("A", "2021-06-23")], ["A", "không số"]),  # undated last
])
def test_newest_first(documents: list[tuple[str, str | None]], newest_first: list[str]) -> None:
    for ordering in (documents, documents[::-1]):  # the same whatever order the register lists them in
        ordered = sorted((document(ref, date) for ref, date in ordering), key=document_order, reverse=True)
        assert [d.ref for d in ordered] == newest_first


def test_the_register_puts_the_dispatch_above_the_letter_it_answers_and_says_why() -> None:
    site = build_site(load_sources(ROOT), TEST_TODAY)
    # Newest first: the Quốc hội's 2025 resolution (recorded for the province's merger), then the July 2023 letters.
    assert [d.ref for d in site.documents[::-1][:3]] == ["202/2025/QH15", "cong-van-so-cong-thuong-thang-7-2023",
                                                         "1009/STTTT-TTBCXB"]
    years = dict(site.documents_by_year())
    assert years[2023][0].ref == "cong-van-so-cong-thuong-thang-7-2023"
    pages = render_pages(site)
    rule = "Văn bản chỉ ghi tháng hoặc năm ban hành được xếp như ban hành ngày cuối tháng, cuối năm đó."
    assert rule in pages["van-ban/index.md"] and rule in pages["van-ban/nam-2023.md"]
    register = pages["van-ban/index.md"]
    assert register.index("(../van-ban/cong-van-so-cong-thuong-thang-7-2023.md)") < register.index("(../van-ban/1009-stttt-ttbcxb.md)")
