"""Whose "Sở Công Thương": a local body a document names bare belongs to the document's province, and is never taken
for this department's record of the same name unless the document is of the department's own province."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import review_notes
from sitegen.fmt.files import form_problems
from sitegen.importer.match import _Organizations
from sitegen.importer.normalise import Line, logical_lines
from sitegen.importer.parse import parse
from sitegen.importer.parse.facts import Found
from sitegen.importer.parse.province import named
from sitegen.importer.run import import_document
from sitegen.load.sources import load_sources

REGISTRIES = Path("campaigns") / "registries"


@pytest.mark.parametrize(("text", "place"), [
    ("UBND TỈNH BẮC NINH", "tỉnh Bắc Ninh"),
    ("Ủy ban nhân dân tỉnh Thanh Hoá", "tỉnh Thanh Hóa"),  # the mark placed the old way
    ("Sở Công Thương tỉnh Bà Rịa-Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu"),
    ("UBND TP. Hồ Chí Minh", "thành phố Hồ Chí Minh"),
    ("Sở Công Thương thành phố Hải Phòng", "thành phố Hải Phòng"),
    ("Ban Tuyên giáo Tỉnh ủy Trà Vinh", "tỉnh Trà Vinh"),
    ("Thành ủy Hà Nội", "thành phố Hà Nội"),
    ("HĐND tỉnh Thừa Thiên Huế", "tỉnh Thừa Thiên Huế"),  # the province, not the city of Huế
    ("UBND thành phố Vinh", None),  # a provincial city: no province of its own
    ("UBND tỉnh", None),
    ("Sở Công Thương", None),
])
def test_a_province_or_city_is_named_with_its_level(text: str, place: str | None) -> None:
    assert named(text) == place


def province(text: str) -> str | None:
    parsed = parse(logical_lines(text))
    return parsed.province.value if parsed.province else None


HEADER = ("{above}SỞ CÔNG THƯƠNG\nSố: 123/SCT-QLTM\nV/v tăng cường kiểm tra thị trường\n"
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{place}, ngày 5 tháng 3 năm 2024\n"
          "Kính gửi: Các phòng chuyên môn\nSở Công Thương đề nghị các phòng kiểm tra thị trường{body}.\n")


@pytest.mark.parametrize(("text", "place"), [
    (HEADER.format(above="UBND TỈNH BẮC NINH\n", place="Bắc Ninh", body=""), "tỉnh Bắc Ninh"),  # the header's cell
    (HEADER.format(above="", place="Hải Dương", body=""), "tỉnh Hải Dương"),  # the place line
    (HEADER.format(above="", place="Thanh Hoá", body=""), "tỉnh Thanh Hóa"),
    (HEADER.format(above="", place="Hà Nội", body=""), "thành phố Hà Nội"),
    (HEADER.format(above="", place="Vinh", body=""), None),  # a city that is no province: the text does not tell
    # A page without a header that names one province only ("trên địa bàn tỉnh Quảng Nam"); two leave it untold.
    ("Sở Công Thương ban hành Kế hoạch số 12/KH-SCT ngày 5/3/2024 về kiểm tra thị trường trên địa bàn tỉnh Quảng Nam.",
     "tỉnh Quảng Nam"),
    ("Sở Công Thương ban hành Kế hoạch số 12/KH-SCT ngày 5/3/2024 về chợ trên địa bàn tỉnh Quảng Nam và tỉnh Gia Lai.", None),
    ("Tỉnh Lạng Sơn\nSở Công Thương ban hành Kế hoạch số 12/KH-SCT ngày 5/3/2024 về chợ.", "tỉnh Lạng Sơn"),
    # A body a page names in passing puts nothing anywhere; nor does a venue.
    ("Sở Công Thương nhận được Công văn số 3086/UBND-KT ngày 31/8/2022 của Ủy ban nhân dân thành phố Hồ Chí Minh về lễ "
     "hội.", None),
    ("Sở Công Thương ban hành Kế hoạch số 12/KH-SCT ngày 5/3/2024 về lễ hội diễn ra tại Khu B-Công viên 23 tháng 9, quận 1, "
     "thành phố Hồ Chí Minh.", None),
    # A headline that opens on a province's name as its subject.
    (" date 2026-01-21 Thanh Hóa ban hành Kế hoạch hành động năm 2026\n\nChủ tịch UBND tỉnh vừa ký Quyết định số "
     "208/QĐ-UBND về việc ban hành Kế hoạch.", "tỉnh Thanh Hóa"),
    ("Lạng Sơn: Kiểm soát chặt chẽ hoạt động thương mại\n\n(CLO) UBND tỉnh vừa yêu cầu các đơn vị tăng cường kiểm tra.",
     "tỉnh Lạng Sơn"),
    # A province the page names for itself, not as a body's: "Đảng bộ tỉnh" is no body's name in capitals.
    ("Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL chào mừng 80 năm thành lập "
     "Đảng bộ tỉnh và 25 năm tái lập tỉnh Hưng Yên.", "tỉnh Hưng Yên"),
    # A portal's page that names no province but in its addresses: a mail box, a Sở's own site, a province's portal.
    ("• EMAIL:\n  sct@bentre.gov.vn\nGiám đốc Sở Công Thương đã ban hành quyết định kiểm tra kinh doanh LPG.", "tỉnh Bến Tre"),
    ("congthuongbentre.gov.vn\nSở Công Thương có công văn đề nghị các đơn vị kiểm tra thị trường.", "tỉnh Bến Tre"),
    ("Sở Công thương đề nghị góp ý qua địa chỉ: thachnn@binhduong.gov.vn trước ngày 03/5/2019.", "tỉnh Bình Dương"),
    ("Nguồn: http://socongthuong.baria-vungtau.gov.vn/tin-tuc\nSở Công Thương có công văn về chợ.", "tỉnh Bà Rịa - Vũng Tàu"),
    # (a ministry's, or two provinces', say nothing; an address comes after what the words tell)
    ("Theo moit.gov.vn, Sở Công Thương có công văn về chợ.", None),
    ("Liên hệ: sct@bentre.gov.vn, sct@travinh.gov.vn. Sở Công Thương có công văn về chợ.", None),
    ("sct@bentre.gov.vn\nSở Công Thương ban hành Kế hoạch về chợ trên địa bàn tỉnh Quảng Nam.", "tỉnh Quảng Nam"),
    # The bare issuer named elsewhere with its place, its level left out or not ("Sở Công Thương Lai Châu").
    ("Sở Công Thương Lai Châu chỉ đạo hưởng ứng Giờ Trái đất\n\nNgày 01/3/2021, Sở Công Thương ban hành văn bản số "
     "290/SCTQLNL đề nghị các phòng, đơn vị trực thuộc Sở triển khai.", "tỉnh Lai Châu"),
    ("Ngày 5/3/2024, Sở Công Thương ban hành Kế hoạch số 12/KH-SCT về chợ.\nSở Công Thương thành phố Cần Thơ thông tin.",
     "thành phố Cần Thơ"),
    # The issuer's own name.
    ("UBND tỉnh Quảng Ngãi ban hành Quyết định số 12/QĐ-UBND ngày 5/3/2024 về chợ, theo Tờ trình số 4/TTr-SCT của Sở Công"
     " Thương.", "tỉnh Quảng Ngãi"),
    # A body of the whole country: the capital's name on its place line is no province of the Sở it cites.
    ("BỘ CÔNG THƯƠNG\nSố: 12/BCT-TTTN\nV/v kiểm tra thị trường\nHà Nội, ngày 5 tháng 3 năm 2024\n"
     "Kính gửi: Sở Công Thương các tỉnh\nTheo Công văn số 4/SCT-QLTM của Sở Công Thương, Bộ đề nghị kiểm tra.\n", None),
])
def test_a_document_sits_where_its_header_place_line_or_page_puts_it(text: str, place: str | None) -> None:
    assert province(text) == place


REGISTRY = [{"id": "so-cong-thuong", "name": "Sở Công Thương", "full_name": "Sở Công Thương tỉnh Hải Dương",
             "parent": "ubnd-tinh-hai-duong"},
            {"id": "ban-tuyen-giao-tinh-uy", "name": "Ban Tuyên giáo Tỉnh ủy"},
            {"id": "ubnd-tinh-hai-duong", "name": "UBND tỉnh Hải Dương"},
            {"id": "ubnd-thanh-pho-hai-phong", "name": "UBND thành phố Hải Phòng"},
            {"id": "so-y-te", "name": "Sở Y tế"},  # named after no place, nor its parent: the registry's own places
            {"id": "bo-cong-thuong", "name": "Bộ Công Thương"}]


@pytest.mark.parametrize(("written", "where", "body"), [
    ("Sở Công Thương", None, "so-cong-thuong"),  # the text does not tell: this department, as before
    ("Sở Công Thương", "tỉnh Hải Dương", "so-cong-thuong"),
    ("Sở Công Thương", "tỉnh Bắc Ninh", "Sở Công Thương tỉnh Bắc Ninh"),  # another province's: a new body, named so
    ("Sở Công Thương", "thành phố Hải Phòng", "Sở Công Thương thành phố Hải Phòng"),  # the merged city's is another body
    ("Sở Công Thương tỉnh Hải Dương", "tỉnh Bắc Ninh", "so-cong-thuong"),  # the text names the place itself
    ("Sở Công Thương tỉnh Bà Rịa - Vũng Tàu", None, "Sở Công Thương tỉnh Bà Rịa - Vũng Tàu"),
    ("Sở Công thương tỉnh Yên Bái", None, "Sở Công thương tỉnh Yên Bái"),
    ("Sở Công Thương Phú Thọ", None, "Sở Công Thương Phú Thọ"),
    ("Sở Y tế", "tỉnh Quảng Nam", "Sở Y tế tỉnh Quảng Nam"),
    ("Sở Y tế", "tỉnh Hải Dương", "so-y-te"),
    ("Sở Y tế Quảng Nam", None, "Sở Y tế Quảng Nam"),
    ("Bộ Công Thương", "tỉnh Bắc Ninh", "bo-cong-thuong"),  # the registry puts it nowhere: one for the country
    ("Ban Tuyên giáo Tỉnh ủy", "tỉnh Quảng Bình", "Ban Tuyên giáo Tỉnh ủy Quảng Bình"),  # the place's name after "Tỉnh ủy"
    ("Ban Tuyên giáo Tỉnh ủy", "tỉnh Hải Dương", "ban-tuyen-giao-tinh-uy"),
    # A body every province has, unknown to the registry: the document's province's, as a known one is.
    ("Sở Giáo dục và Đào tạo", "tỉnh Sơn La", "Sở Giáo dục và Đào tạo tỉnh Sơn La"),
    ("Ban Thi đua - Khen thưởng", "tỉnh Vĩnh Long", "Ban Thi đua - Khen thưởng tỉnh Vĩnh Long"),
    ("Sở Tư pháp", "thành phố Hà Nội", "Sở Tư pháp thành phố Hà Nội"),
    ("Sở Tư pháp", None, "Sở Tư pháp"),  # the text tells no province: as written
    ("Sở Tư pháp tỉnh Nghệ An", "tỉnh Bắc Ninh", "Sở Tư pháp tỉnh Nghệ An"),  # the text names the place itself
    ("Ban Chỉ đạo 389", "tỉnh Bắc Ninh", "Ban Chỉ đạo 389"),  # not a body every province has under that name
    ("Sở Nội vụ tỉnh", "tỉnh Quảng Nam", "Sở Nội vụ tỉnh Quảng Nam"),  # its level alone: the document's province
    ("Sở Nội vụ thành phố", "tỉnh Quảng Nam", "Sở Nội vụ thành phố"),  # another level than the province's: as written
])
def test_a_bare_local_body_is_the_registrys_only_in_the_registrys_province(written: str, where: str | None,
                                                                            body: str) -> None:
    line = Line(1, "UBND TỈNH BẮC NINH")
    found = _Organizations(REGISTRY).find(written, Found(written, Line(2, written)), Found(where, line) if where else None)
    assert (found.name if found.new else found.id) == body
    if found.new:
        assert (found.why is not None) == (found.name != written)  # a name the import completed says where from

@pytest.mark.parametrize(("written", "where", "body"), [
    ("UBND tỉnh", "tỉnh Quảng Nam", "UBND tỉnh Quảng Nam"),  # a committee by its level alone: the document's province
    ("Ủy ban nhân dân tỉnh", "tỉnh Hải Dương", "ubnd-tinh-hai-duong"),  # … which may be the registry's
    ("Hội đồng nhân dân tỉnh", "tỉnh Tiền Giang", "HĐND tỉnh Tiền Giang"),
    ("Tỉnh ủy", "tỉnh Quảng Trị", "Tỉnh ủy Quảng Trị"),
    ("Thành ủy", "thành phố Hà Nội", "Thành ủy Hà Nội"),
    ("Ban Thường vụ Tỉnh ủy", "tỉnh Ninh Bình", "Ban Thường vụ Tỉnh ủy Ninh Bình"),  # a Party committee's board
    ("UBND thành phố", "tỉnh Quảng Nam", "UBND thành phố"),  # a city of the province, not the province: as written
    ("UBND tỉnh", None, "UBND tỉnh"),  # the text tells no province: as written
])
def test_a_committee_named_by_its_level_alone_is_its_documents_provinces(written: str, where: str | None,
                                                                         body: str) -> None:
    line = Line(1, f"trên địa bàn {where}" if where else "")
    found = _Organizations(REGISTRY).find(written, Found(written, Line(2, written)), Found(where, line) if where else None)
    assert (found.name if found.new else found.id) == body
    assert (found.why is not None) == (body != written)  # a completed name says where its place came from


def test_a_bare_local_body_in_a_text_that_tells_no_place_is_the_registrys_marked_for_a_check() -> None:
    organizations = _Organizations(REGISTRY)
    found = organizations.find("Sở Công Thương", Found("Sở Công Thương", Line(3, "Sở Công Thương thông báo …")))
    assert (found.id, found.why) == ("so-cong-thuong", "văn bản không nêu “Sở Công Thương” của tỉnh, thành phố nào: đã hiểu "
                                     "là “Sở Công Thương tỉnh Hải Dương” trong danh mục; nếu là cơ quan nơi khác, sửa")
    # A body of the whole country, a name with its place, and a text of the registry's province need no such check.
    assert organizations.find("Bộ Công Thương", Found("Bộ Công Thương", Line(3, "Bộ Công Thương"))).why is None
    assert organizations.find("Sở Công Thương tỉnh Hải Dương", Found("…", Line(3, "…"))).why is None
    assert organizations.find("Sở Y tế", Found("…", Line(3, "…")), Found("tỉnh Hải Dương", Line(1, "…"))).why is None


def test_another_provinces_sở_becomes_a_new_body_marked_with_where_its_province_came_from(project: Path,
                                                                                          tmp_path: Path) -> None:
    letter = tmp_path / "cong-van.txt"
    letter.write_text(HEADER.format(above="UBND TỈNH BẮC NINH\n", place="Bắc Ninh",
                                    body=" theo Công văn số 45/SCT-KH ngày 1/3/2024 của Sở Công Thương"), encoding="utf-8")
    own = (project / REGISTRIES / "organizations" / "so-cong-thuong.yml").read_bytes()
    summary = import_document(project, letter, dt.date(2026, 12, 7))
    assert '  Cơ quan ban hành: Sở Công Thương → Sở Công Thương tỉnh Bắc Ninh (mới) (dòng 2: "SỞ CÔNG THƯƠNG")' in summary
    assert (project / REGISTRIES / "organizations" / "so-cong-thuong.yml").read_bytes() == own
    added = project / REGISTRIES / "organizations" / "so-cong-thuong-tinh-bac-ninh.yml"
    text = added.read_text(encoding="utf-8")
    assert "name: Sở Công Thương tỉnh Bắc Ninh\n" in text
    assert review_notes(text)[1:] == [("name", "văn bản chỉ ghi “Sở Công Thương”; thêm “tỉnh Bắc Ninh” theo dòng 1: “UBND TỈNH "
                                           "BẮC NINH”, vì “Sở Công Thương tỉnh Hải Dương” trong danh mục là cơ quan của nơi "
                                           "khác, dòng 2: \"SỞ CÔNG THƯƠNG\"")]
    # The letter and the one it cites are both the Bắc Ninh Sở's.
    documents = {path.name: path.read_text(encoding="utf-8") for path in (project / REGISTRIES / "documents").glob("*.yml")}
    assert "issuer: so-cong-thuong-tinh-bac-ninh\n" in documents["123-sct-qltm.yml"]
    assert "issuer: so-cong-thuong-tinh-bac-ninh\n" in documents["45-sct-kh.yml"]
    load_sources(project)  # make check's content rules pass as written …
    # … and the form check holds the new body's mark until a person has looked.
    assert any(str(problem.path).endswith("organizations/so-cong-thuong-tinh-bac-ninh.yml")
               for problem in form_problems(project))


@pytest.mark.parametrize(("text", "issuer"), [
    # The sentence places its committee, though the page names four other cities.
    ("Tổng Bí thư dự lễ ở TP. Hồ Chí Minh, Thủ tướng dự lễ ở TP. Hải Phòng, lễ ở TP. Đà Nẵng và TP.Cần Thơ.\n"
     "Tại Hà Nội, ngày 27/6, UBND Thành phố ban hành Công văn số 3766/UBND-NC về việc tổ chức Lễ công bố.",
     "UBND thành phố Hà Nội"),
    # Placed nowhere, and four cities named: left as written.
    ("Tổng Bí thư dự lễ ở TP. Hồ Chí Minh, Thủ tướng dự lễ ở TP. Hải Phòng, lễ ở TP. Đà Nẵng và TP.Cần Thơ.\n"
     "Ngày 27/6, UBND Thành phố ban hành Công văn số 3766/UBND-NC về việc tổ chức Lễ công bố.", "UBND Thành phố"),
])
def test_a_bare_committee_the_sentence_places_is_that_citys(text: str, issuer: str) -> None:
    assert parse(logical_lines(text)).issuer.value == issuer


@pytest.mark.parametrize(("text", "issuer"), [
    # The one place the page names, if only in a company's name: that province's committee, marked.
    ("UBND tỉnh vừa ban hành Kế hoạch số 61/KH-UBND về Giờ Trái đất. Công ty Điện lực Vĩnh Phúc phối hợp thực hiện.",
     "UBND tỉnh Vĩnh Phúc"),
    # Two places named so: which is the committee's, the text does not tell.
    ("UBND tỉnh vừa ban hành Kế hoạch số 61/KH-UBND về Giờ Trái đất. Hàng hóa từ Lạng Sơn về Vĩnh Phúc được kiểm tra.",
     "UBND tỉnh"),
])
def test_a_bare_committee_takes_the_one_place_a_page_names_even_in_passing(text: str, issuer: str) -> None:
    parsed = parse(logical_lines(text))
    assert parsed.issuer.value == issuer
    assert ("issuer" in parsed.inferred) is (issuer != "UBND tỉnh")
