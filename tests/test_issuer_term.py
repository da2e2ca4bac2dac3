"""A Party body's term (khóa XIII) belongs to each document, not to the body:
a 2019 directive of the same Ban Bí thư must not be given the term of 2021 (issue #13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TEST_TODAY, append_records
from sitegen.cli import main
from sitegen.load.sources import load_sources
from sitegen.model.from_sources import build_site
from sitegen.render.pages import render_pages

# Test data: a directive of the same body from before the XIIIth term, its term not given.
EARLIER = """\
  - number: 35-CT/TW
    kind: Chỉ thị
    date: 2019-06-13
    issuer: ban-bi-thu-trung-uong-dang
"""


def _issuer(page: str) -> str:
    return page.split("<dt>Cơ quan ban hành</dt>\n", 1)[1].split("\n", 1)[0]


def test_the_term_is_the_documents_own(project: Path) -> None:
    append_records(project, "documents", EARLIER)
    pages = render_pages(build_site(load_sources(project), TEST_TODAY))
    assert _issuer(pages["van-ban/05-ct-tw.md"]) == '<dd markdown="span">Ban Bí thư Trung ương Đảng khóa XIII</dd>'
    assert _issuer(pages["van-ban/35-ct-tw.md"]) == '<dd markdown="span">Ban Bí thư Trung ương Đảng</dd>'
    # Where 149-HD/BTGTU lists what it cites, and in the register.
    assert '<td data-label="Cơ quan ban hành" markdown="span">Ban Bí thư Trung ương Đảng khóa XIII</td>' in pages["van-ban/149-hd-btgtu.md"]
    assert "khóa" not in pages["van-ban/35-ct-tw.md"]


@pytest.mark.parametrize("name, term", [
    ("Ban Bí thư Trung ương Đảng (khóa XIII)", "XIII"),
    ("Ban Chấp hành Trung ương Đảng khoá XII", "XII"),  # the older spelling, khoá
    ("Ban Chấp hành Đảng bộ tỉnh Khóa 17", "17"),
    ("Ban Thường vụ Tỉnh ủy khóa xvii", "XVII"),
])
def test_a_term_in_an_organisation_name_is_refused(name: str, term: str, project: Path, capsys) -> None:
    append_records(project, "organizations", f"  - id: co-quan-thu\n    name: {name}\n")
    assert main(["--root", str(project), "check"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"campaigns/registries/organizations/co-quan-thu.yml:2:7: Tên cơ quan “{name}” có ghi khóa (khóa thuộc về từng văn bản, "
        f"không thuộc cơ quan: bỏ khóa khỏi tên, rồi ghi “issuer_term: {term}” ở các văn bản của khóa đó trong sổ văn bản)",
        "Có 1 lỗi cần sửa; trang chưa được cập nhật."]


@pytest.mark.parametrize("name", ["Ban Khoa giáo Trung ương", "Ban chỉ đạo 138 tỉnh Hải Dương", "Trường Đại học Bách khoa"])
def test_names_without_a_term_pass(name: str, project: Path) -> None:
    append_records(project, "organizations", f"  - id: co-quan-thu\n    name: {name}\n")
    assert main(["--root", str(project), "check"]) == 0


@pytest.mark.parametrize("value, message", [
    ('"13"', "Khóa “13” ở trường “issuer_term” không hợp lệ (viết khóa bằng số La Mã, chữ in hoa, ví dụ XIII)"),
    ("xiii", "Khóa “xiii” ở trường “issuer_term” không hợp lệ (viết khóa bằng số La Mã, chữ in hoa, ví dụ XIII)"),
])
def test_a_term_is_written_in_roman_numerals(value: str, message: str, project: Path, capsys) -> None:
    [path] = append_records(project, "documents", EARLIER + f"    issuer_term: {value}\n")
    assert main(["--root", str(project), "check"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == f"campaigns/registries/documents/35-ct-tw.yml:5:14: {message}"
