"""Another department starts its own site from this repository by changing data only.

tests/fixtures/second-department/ holds a fictional Sở Công Thương tỉnh Thử Nghiệm: its
mkdocs.yml (the repository's, identity changed) and a small campaigns/ folder. Built with
the repository's docs/ and code, no output file names Hải Dương in any spelling: the
department's identity lives in mkdocs.yml (load/department.py), nowhere in code or templates.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, TEST_TODAY
from sitegen.load.department import department_from_text
from sitegen.model.folding import fold

FIXTURE = ROOT / "tests" / "fixtures" / "second-department"
IDENTITY_KEYS = ("site_name", "site_description", "site_author")
# Hải Dương however written: with or without tone marks and đ, any case, a space, a hyphen or nothing between.
OLD_NAME = re.compile(r"hai[\s_-]*duong")


class _Tags(yaml.SafeLoader):
    """mkdocs.yml's own tags (!ENV, !!python/name) read as plain values."""


_Tags.add_multi_constructor("!", lambda loader, suffix, node: loader.construct_sequence(node)
                            if isinstance(node, yaml.SequenceNode) else loader.construct_scalar(node))
_Tags.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: suffix)


def _settings(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Tags)


@pytest.fixture(scope="module")
def second_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sitegen.build.pipeline import build

    root = tmp_path_factory.mktemp("second") / "project"
    root.mkdir()
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copytree(FIXTURE / "campaigns", root / "campaigns")
    shutil.copy(FIXTURE / "mkdocs.yml", root / "mkdocs.yml")
    build(root, TEST_TODAY)
    return root / "site"


def _texts(site: Path):
    """(name, text) of every output file, and of every part of a Word file."""
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        name = path.relative_to(site).as_posix()
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as word:
                for part in word.namelist():
                    yield f"{name}:{part}", word.read(part).decode("utf-8", "replace")
        elif path.suffix == ".json":  # "H\u1ea3i D\u01b0\u01a1ng" too
            yield name, json.dumps(json.loads(path.read_bytes()), ensure_ascii=False)
        else:
            yield name, path.read_bytes().decode("utf-8", "replace").replace("\r\n ", "")  # unfolded, as in .ics


def test_fixture_changes_only_the_identity() -> None:
    ours, theirs = _settings(ROOT / "mkdocs.yml"), _settings(FIXTURE / "mkdocs.yml")
    for settings in (ours, theirs):
        for key in IDENTITY_KEYS:
            settings.pop(key)
        settings["extra"].pop("department")
    assert theirs == ours, "copy mkdocs.yml to the fixture again and put back its identity"


def test_the_old_name_matches_every_spelling() -> None:
    for written in ("Hải Dương", "HẢI DƯƠNG", "Hai Duong", "hai-duong", "haiduong", "HAI_DUONG"):
        assert OLD_NAME.search(fold(written).lower()), written
    assert not OLD_NAME.search(fold("Hải Phòng, Thử Nghiệm").lower())


def test_no_output_names_hai_duong(second_site: Path) -> None:
    found = [name for name, text in _texts(second_site) if OLD_NAME.search(fold(text).lower())]
    assert found == []


@pytest.mark.parametrize(("page", "expected"), [
    ("index.html", "Chiến dịch tuyên truyền của Sở Công Thương Thử Nghiệm"),
    ("index.html", "Các nhiệm vụ tuyên truyền mà Sở Công Thương triển khai"),
    ("index.html", "Sở Công Thương tỉnh Thử Nghiệm"),  # footer
    ("index.html", "Số 1 đường Mẫu, tỉnh Thử Nghiệm"),
    ("index.html", "Cơ quan chủ quản: UBND tỉnh Thử Nghiệm"),
    ("feed.xml", "<title>Chiến dịch tuyên truyền – Sở Công Thương Thử Nghiệm</title>"),
    ("feed.xml", "<author><name>Sở Công Thương Thử Nghiệm</name></author>"),
    ("feed.xml", "<id>tag:chien-dich-sct-thu-nghiem,2026:feed</id>"),
    ("lich/chien-dich.ics", "PRODID:-//Sở Công Thương Thử Nghiệm//Chiến dịch tuyên truyền//VI"),
    ("lich/chien-dich.ics", "@chien-dich-sct-thu-nghiem"),
    ("van-ban/cong-van-so-cong-thuong-thang-3-2026/index.html", "Số: …/SCT-TH"),
    ("van-ban/cong-van-so-cong-thuong-thang-3-2026/index.html", "Thử Nghiệm, ngày … tháng 3 năm 2026"),
    # The dispatch keeps the governing body of its own date, though that body has a successor since.
    ("van-ban/cong-van-so-cong-thuong-thang-3-2026/index.html", "UBND TỈNH THỬ NGHIỆM"),
    ("luu-tru/co-quan/ubnd-tinh-thu-nghiem/index.html", "Cơ quan không còn hoạt động với tên gọi này"),
    ("luu-tru/co-quan/ubnd-tinh-thu-nghiem/index.html", 'href="../ubnd-tinh-thu-nghiem-moi/"'),
    ("luu-tru/co-quan/ubnd-tinh-thu-nghiem-moi/index.html", "Bắt đầu hoạt động từ ngày 01/7/2026"),
])
def test_pages_name_the_second_department(second_site: Path, page: str, expected: str) -> None:
    text = (second_site / page).read_bytes().decode("utf-8").replace("\r\n ", "").replace("\u00a0", " ")
    assert expected in " ".join(text.split())


def test_the_dispatch_as_word_names_the_second_department(second_site: Path) -> None:
    from docx import Document

    letter = Document(second_site / "van-ban" / "cong-van-so-cong-thuong-thang-3-2026.docx")
    texts = [" ".join(p.text.replace("\u00a0", " ").split()) for t in letter.tables for c in t._cells for p in c.paragraphs]
    assert "Số: /SCT-TH" in texts
    assert "Thử Nghiệm, ngày tháng 3 năm 2026" in texts
    assert "UBND TỈNH THỬ NGHIỆM" in texts


MINIMAL = """site_name: Trang
site_author: Sở A
extra:
  department:
    id: chien-dich-a
    id_year: 2026
    name: Sở A tỉnh B
    short_name: Sở A
    governing_body: UBND tỉnh B
    place: B
    dispatch_suffix: SA-VP
"""


@pytest.mark.parametrize(("text", "expected"), [
    (MINIMAL.replace("    place: B\n", ""), ["mkdocs.yml:5:5: Thiếu trường bắt buộc “place” (thêm dòng “place: …”)"]),
    (MINIMAL.replace("SA-VP", "sa/vp"), ["mkdocs.yml:11:22: Ký hiệu “sa/vp” ở trường “dispatch_suffix” không hợp lệ "
                                          "(viết chữ in hoa, chữ số, nối bằng gạch ngang, như sau dấu / của số công văn, "
                                          "ví dụ SCT-VP)"]),
    (MINIMAL.replace("id_year: 2026", "id_year: năm nay"), ["mkdocs.yml:6:14: Trường “id_year” phải là số nguyên "
                                                             "(kiểm tra lại giá trị; chữ có ký tự đặc biệt nên đặt trong ngoặc kép)"]),
    (MINIMAL.replace("    name: Sở A tỉnh B\n", "    name: Sở A tỉnh B\n    phone: gọi tôi\n"),
     ["mkdocs.yml:8:12: Số điện thoại “gọi tôi” ở trường “phone” không hợp lệ (chỉ dùng chữ số, dấu cách, dấu chấm, "
      "gạch ngang, dấu cộng và ngoặc đơn, ví dụ “0220 3852 123”)"]),
    (MINIMAL.replace("site_author: Sở A\n", ""), ["mkdocs.yml:1:1: Thiếu “site_author” trong mkdocs.yml "
                                                  "(thêm dòng “site_author: Sở …” ở đầu tệp)"]),
    ("site_name: Trang\nsite_author: Sở A\nextra:\n  generator: false\n",
     ["mkdocs.yml:4:3: Thiếu phần “extra: department:” trong mkdocs.yml (chép phần extra.department của kho rồi điền "
      "thông tin của Sở (Hướng dẫn quản trị website, mục “Một Sở khác dùng trang này”))"]),
])
def test_a_wrong_identity_is_named_by_file_line_and_field(text: str, expected: list[str]) -> None:
    department, problems = department_from_text(text)
    assert department is None
    assert [str(problem) for problem in problems] == expected


def test_the_identity_is_read_with_mkdocs_own_tags() -> None:
    text = "site_url: !ENV [SITE_URL, \"http://127.0.0.1:8000/\"]\n" + MINIMAL.replace("Sở A tỉnh B", "Sở A tỉnh B")
    department, problems = department_from_text(text)
    assert problems == []
    assert (department.site_title, department.author, department.tag_authority) == ("Trang", "Sở A", "chien-dich-a,2026")
