"""Organisations change (issue 24): a body is one record per name and governing body; a merged body names its
successor and the document that decided it; documents keep the body of their own date."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TEST_TODAY, write_record
from sitegen.load.organization_times import outside_time
from sitegen.load.sources import load_sources
from sitegen.model.dates import parse_partial_date
from sitegen.model.organizations import build_organizations
from sitegen.model.from_sources import build_site
from sitegen.problems import ProblemsFound
from sitegen.render.pages import render_pages
from sitegen.render.search_entries import search_entries


def _date(text: str | None):
    return parse_partial_date(text) if text else None


@pytest.mark.parametrize(("issued", "start", "end", "expected"), [
    ("2023-07-04", None, None, None),
    ("2025-06-30", None, "2025-06-30", None),
    ("2025-07-01", None, "2025-06-30", "sau"),
    ("2025-07", None, "2025-06-30", "sau"),
    ("2025", None, "2025-06-30", None),  # a year that holds the last day: not refused
    ("2025-06", None, "2025-06-15", None),
    ("2025-06-30", "2025-07-01", None, "trước"),
    ("2025-06", "2025-07-01", None, "trước"),
    ("2025-07", "2025-07-01", None, None),
    ("2026-01-01", "2025-07-01", "2025-12-31", "sau"),
])
def test_a_document_outside_its_issuers_time(issued: str, start: str | None, end: str | None, expected: str | None) -> None:
    assert outside_time(_date(issued), _date(start), _date(end)) == expected


CHAIN = [
    {"id": "a", "name": "UBND tỉnh A", "full_name": "Ủy ban nhân dân tỉnh A", "successor": "c"},
    {"id": "b", "name": "UBND tỉnh B", "successor": "c"},
    {"id": "c", "name": "UBND tỉnh C", "successor": "d"},
    {"id": "d", "name": "UBND tỉnh D"},
    {"id": "e", "name": "Sở E", "parent": "a"},
]


@pytest.mark.parametrize(("body", "ended", "in_succession", "names"), [
    ("a", True, True, ["UBND tỉnh C", "UBND tỉnh D"]),
    ("c", True, True, ["UBND tỉnh A", "Ủy ban nhân dân tỉnh A", "UBND tỉnh B", "UBND tỉnh D"]),
    ("d", False, True, ["UBND tỉnh C", "UBND tỉnh A", "Ủy ban nhân dân tỉnh A", "UBND tỉnh B"]),
    ("e", False, False, []),
])
def test_a_body_knows_the_names_before_and_after_it(body: str, ended: bool, in_succession: bool, names: list[str]) -> None:
    bodies = build_organizations(CHAIN)
    assert (bodies[body].ended, bodies[body].in_succession, bodies[body].other_names()) == (ended, in_succession, names)
    assert bodies["e"].parent is bodies["a"]


def _problems(project: Path) -> list[str]:
    with pytest.raises(ProblemsFound) as raised:
        load_sources(project)
    return [str(problem) for problem in raised.value.problems]


UBND = "campaigns/registries/organizations/ubnd-tinh-hai-duong.yml"


@pytest.mark.parametrize(("changes", "expected"), [
    ({"successor": "ubnd-thanh-pho-hai-phongg"},
     f"{UBND}:4:12: Không tìm thấy cơ quan “ubnd-thanh-pho-hai-phongg” (có phải ý bạn là “ubnd-thanh-pho-hai-phong”? "
     "Nếu không phải, khai báo cơ quan mới trong campaigns/registries/organizations/, mỗi cơ quan một tệp)"),
    ({"successor": "ubnd-tinh-hai-duong"},
     f"{UBND}:4:12: Cơ quan không thể là cơ quan kế tục của chính nó (ghi mã cơ quan mới sau khi sắp xếp, "
     "hoặc xóa trường successor)"),
    ({"decided_by": "202/2025/QH16"},
     f"{UBND}:4:13: Không tìm thấy văn bản “202/2025/QH16” (có phải ý bạn là “202/2025/QH15”? Nếu không phải, "
     "khai báo số mới trong campaigns/registries/documents/, mỗi văn bản một tệp)"),
    ({"from": "2025-07-01", "until": "2025-06-30"},
     f"{UBND}:5:8: Ngày thôi hoạt động 30/6/2025 ở trước ngày bắt đầu 01/7/2025 (kiểm tra lại hai ngày theo văn bản "
     "quyết định; có thể đã đảo ngày và tháng)"),
])
def test_a_wrong_change_is_named_by_file_line_and_field(project: Path, changes: dict, expected: str) -> None:
    record = {"id": "ubnd-tinh-hai-duong", "name": "UBND tỉnh Hải Dương", "full_name": "Ủy ban nhân dân tỉnh Hải Dương",
              **changes}
    write_record(project, "organizations", record)
    assert expected in _problems(project)


def test_a_successor_chain_must_end(project: Path) -> None:
    write_record(project, "organizations", {"id": "ubnd-thanh-pho-hai-phong", "name": "UBND thành phố Hải Phòng",
                                            "successor": "ubnd-tinh-hai-duong"})
    assert ("campaigns/registries/organizations/ubnd-thanh-pho-hai-phong.yml:3:12: Cơ quan kế tục của "
            "“ubnd-thanh-pho-hai-phong” quay vòng về chính nó (cơ quan kế tục là cơ quan mới sau khi sắp xếp: "
            "xóa trường successor ở cơ quan mới)") in _problems(project)


def test_a_document_after_its_issuer_ended_is_refused(project: Path) -> None:
    write_record(project, "organizations", {"id": "so-cong-thuong", "name": "Sở Công Thương", "parent": "ubnd-tinh-hai-duong",
                                            "until": "2023-06-30", "successor": "ubnd-thanh-pho-hai-phong"})
    assert ("campaigns/registries/documents/cong-van-so-cong-thuong-thang-7-2023.yml:5:9: Văn bản ngày tháng 7/2023 ghi "
            "cơ quan ban hành “so-cong-thuong”, nhưng cơ quan này thôi hoạt động ngày 30/6/2023 (kiểm tra ngày ban hành và "
            "cơ quan theo bản gốc; văn bản mới ghi cơ quan kế tục “ubnd-thanh-pho-hai-phong”)") in _problems(project)


@pytest.fixture(scope="module")
def seed_site():
    from conftest import ROOT
    return build_site(load_sources(ROOT), TEST_TODAY)


def test_the_july_2023_dispatch_keeps_its_governing_body(seed_site) -> None:
    page = render_pages(seed_site)["van-ban/cong-van-so-cong-thuong-thang-7-2023.md"]
    assert "UBND TỈNH HẢI DƯƠNG" in page


def test_the_merged_body_says_so_and_links_its_successor(seed_site) -> None:
    pages = render_pages(seed_site)
    assert ("**Cơ quan không còn hoạt động với tên gọi này**, theo [Nghị quyết số 202/2025/QH15](../../van-ban/202-2025-qh15.md) "
            "ngày 12/6/2025 của Quốc hội. Cơ quan kế tục: [UBND thành phố Hải Phòng](ubnd-thanh-pho-hai-phong.md).") \
        in pages["luu-tru/co-quan/ubnd-tinh-hai-duong.md"]
    assert "Là cơ quan kế tục của [UBND tỉnh Hải Dương](ubnd-tinh-hai-duong.md)." in pages["luu-tru/co-quan/ubnd-thanh-pho-hai-phong.md"]


@pytest.mark.parametrize(("page", "finds"), [
    ("luu-tru/co-quan/ubnd-thanh-pho-hai-phong/", "UBND tỉnh Hải Dương"),
    ("luu-tru/co-quan/ubnd-tinh-hai-duong/", "UBND thành phố Hải Phòng"),
])
def test_search_finds_a_body_by_its_old_and_new_names(seed_site, page: str, finds: str) -> None:
    entry = next(entry for entry in search_entries(seed_site) if entry.url == page)
    assert entry.kind == "Cơ quan"
    assert finds in entry.body
