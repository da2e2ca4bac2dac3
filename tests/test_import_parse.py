"""`make import`'s pure stages as tables: dates, numbers, broken lines, citations,
the header's parts, and matching numbers and names against the registries."""

from __future__ import annotations

import datetime as dt

import pytest
from sitegen.importer.match import name_key, number_key
from sitegen.importer.normalise import Line, logical_lines
from sitegen.importer.parse import header
from sitegen.importer.parse.citations import line_citations
from sitegen.importer.parse.dates import date_spans, deadlines, parse_date
from sitegen.importer.parse.numbers import kind_from_symbol


def lines(text: str) -> list[Line]:
    return logical_lines(text)


@pytest.mark.parametrize(("text", "iso"), [
    ("ngày 04 tháng 7 năm 2023", "2023-07-04"),
    ("ngày 4 tháng 07 năm 2023", "2023-07-04"),
    ("04/7/2023", "2023-07-04"),
    ("18/01/2022", "2022-01-18"),
    ("4-7-2023", "2023-07-04"),
    ("04.7.2023", "2023-07-04"),
    ("ngày   tháng 7 năm 2023", "2023-07"),  # the day left blank for the signer: kept blank
    ("ngày tháng năm 2023", "2023"),
    ("tháng 7/2023", "2023-07"),
    ("tháng 12 năm 2023", "2023-12"),
    ("31/02/2023", None),  # not a day: never corrected into one
    ("ngày 30 tháng 13 năm 2023", None),
    ("không có ngày", None),
])
def test_dates_are_read_to_the_level_written(text: str, iso: str | None) -> None:
    found = parse_date(text)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize(("text", "spans"), [
    ("Thời gian từ ngày 15/11/2023 đến ngày 29/02/2024.", [("2023-11-15", "2024-02-29")]),
    ("từ ngày 15 đến ngày 20/11/2023", [("2023-11-15", "2023-11-20")]),
    ("từ 01/7 đến hết ngày 31/7/2023", [("2023-07-01", "2023-07-31")]),
    ("từ tháng 7/2023 đến tháng 12/2023", [("2023-07", "2023-12")]),
    ("từ ngày 20/11/2023 đến ngày 15/11/2023", []),  # backwards: not a period
])
def test_periods(text: str, spans: list[tuple[str, str]]) -> None:
    assert [(span.start.iso, span.end.iso) for span in date_spans(lines(text))] == spans


@pytest.mark.parametrize(("text", "due", "sentence"), [
    ("Các đơn vị báo cáo trước ngày 10/3/2024.", "2024-03-10", "Các đơn vị báo cáo trước ngày 10/3/2024."),
    ("Xong việc A. Gửi báo cáo chậm nhất ngày 05/8/2023; việc B làm sau.", "2023-08-05",
     "Gửi báo cáo chậm nhất ngày 05/8/2023"),
    ("Các phòng hoàn thành trong tháng 7/2023.", "2023-07", "Các phòng hoàn thành trong tháng 7/2023."),
    ("Các phòng hoàn thành việc đăng tin trên Website Sở trong tháng 12/2023.", "2023-12",
     "Các phòng hoàn thành việc đăng tin trên Website Sở trong tháng 12/2023."),
    ("Tuyên truyền trong tháng 7/2023.", None, None),  # a period of work, not a deadline
])
def test_deadlines(text: str, due: str | None, sentence: str | None) -> None:
    found = deadlines(lines(text))
    assert [(item.due.iso, item.sentence) for item in found] == ([(due, sentence)] if due else [])


@pytest.mark.parametrize(("number", "kind"), [
    ("1192/KH-SVHTTDL", "Kế hoạch"), ("149-HD/BTGTU", "Hướng dẫn"), ("90/QĐ-TTg", "Quyết định"),
    ("05-CT/TW", "Chỉ thị"), ("160/NQ-CP", "Nghị quyết"), ("27/2022/NĐ-CP", "Nghị định"),
    ("855-CV/BTGTU", "Công văn"), ("1009/STTTT-TTBCXB", "Công văn"), ("…/SCT-VP", "Công văn"),
    ("12/UBND", None), ("19/2023/QH15", None),
])
def test_the_kind_a_symbol_names(number: str, kind: str | None) -> None:
    assert kind_from_symbol(number) == kind


@pytest.mark.parametrize(("written", "registry", "same"), [
    ("855-CV/BTGTU", "855-CV/BTGTU", True),
    ("855/CV-BTGTU", "855-CV/BTGTU", True),  # hyphen and slash swapped
    ("855-cv/btgtu", "855-CV/BTGTU", True),  # case
    ("90/QD-TTg", "90/QĐ-TTg", True),  # Đ typed as D
    ("27/2022/ND-CP", "27/2022/NĐ-CP", True),
    ("2254/KH-BCD", "2254/KH-BCĐ", True),
    ("626-CV/DUK", "626-CV/ĐUK", True),
    ("…/SCT-VP", "/SCT-VP", True),  # a blank serial, written with or without the ellipsis
    ("2416/BTTTT-CATTT", "2416/BTTTT-CATT", False),
    ("855-CV/BTGTU", "856-CV/BTGTU", False),
    ("27/2022/NĐ-CP", "27/2021/NĐ-CP", False),
])
def test_numbers_match_across_case_d_and_hyphen_or_slash(written: str, registry: str, same: bool) -> None:
    assert (number_key(written) == number_key(registry)) is same


@pytest.mark.parametrize(("written", "registry"), [
    ("SỞ CÔNG THƯƠNG", "Sở Công Thương"),
    ("Ban Bí thư Trung ương Đảng khóa XIII", "Ban Bí thư Trung ương Đảng (khóa XIII)"),
    ("Các đ/c Lãnh đạo sở", "Lãnh đạo Sở"),
    ("Website  sở", "Website Sở"),
])
def test_names_match_across_case_spaces_and_brackets(written: str, registry: str) -> None:
    assert name_key(written) == name_key(registry)


@pytest.mark.parametrize(("text", "joined"), [
    # Copied text cut in the middle of a citation.
    ("Căn cứ Nghị định số\n98/2017/NĐ-CP ngày 18/8/2017 của Chính phủ;",
     ["Căn cứ Nghị định số 98/2017/NĐ-CP ngày 18/8/2017 của Chính phủ;"]),
    ("theo Công văn số 855-CV/BTGTU ngày\n29/6/2023 của Ban Tuyên giáo\nTỉnh ủy.",
     ["theo Công văn số 855-CV/BTGTU ngày 29/6/2023 của Ban Tuyên giáo Tỉnh ủy."]),
    # The seed's paragraph gap in the middle of a name.
    ("của Ban Bí thư Trung\n\nương Đảng khóa XIII, Quyết định", ["của Ban Bí thư Trung ương Đảng khóa XIII, Quyết định"]),
    # Lists, headings and the signature stay lines of their own.
    ("Kính gửi:\n- Các phòng thuộc sở;\n- Các đơn vị trực thuộc sở;",
     ["Kính gửi:", "- Các phòng thuộc sở;", "- Các đơn vị trực thuộc sở;"]),
    ("GIÁM ĐỐC\n\nTrần Văn Hảo", ["GIÁM ĐỐC", "Trần Văn Hảo"]),
    ("(Đã ký)\nNguyễn Văn A", ["(Đã ký)", "Nguyễn Văn A"]),
    ("đến năm 2030.\n1. Tuyên truyền nội dung:", ["đến năm 2030.", "1. Tuyên truyền nội dung:"]),
    # A PDF puts the two columns of the signature table on one line.
    ("- Bộ Công Thương (để b/c); PHÓ GIÁM ĐỐC", ["- Bộ Công Thương (để b/c);", "PHÓ GIÁM ĐỐC"]),
    ("- Lưu: VT, VP. Nguyễn Thị Minh Hằng", ["- Lưu: VT, VP.", "Nguyễn Thị Minh Hằng"]),
    ("- Lưu: VT, VP.", ["- Lưu: VT, VP."]),
    # NFC, invisible characters and odd spaces.
    ("Ha\u0309i Dương,\u00a0ngày 04\u200b tháng 7 năm 2023", ["Hải Dương, ngày 04 tháng 7 năm 2023"]),
])
def test_broken_lines_are_joined_and_blocks_kept(text: str, joined: list[str]) -> None:
    assert [line.text for line in lines(text)] == joined


def test_each_line_keeps_the_number_it_starts_on() -> None:
    assert [(line.number, line.text[:12]) for line in lines("\nSố: 12/KH-SCT\n\nCăn cứ Luật\nsố 1/2020/QH14;")] == [
        (2, "Số: 12/KH-SC"), (4, "Căn cứ Luật ")]


CITATION_CASES = {
    "number, date, issuer, subject": (
        "Sở nhận được công văn số 1009/STTTT-TTBCXB ngày 04/7/2023 của Sở Thông tin và Truyền thông về việc tuyên truyền "
        "thực hiện các nhiệm vụ chính trị;",
        [("1009/STTTT-TTBCXB", "Công văn", "2023-07-04", "Sở Thông tin và Truyền thông",
          "tuyên truyền thực hiện các nhiệm vụ chính trị")]),
    "a date in words": (
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2024 của UBND tỉnh;",
        [("12/QĐ-UBND", "Quyết định", "2024-01-05", "UBND tỉnh", None)]),
    "a subject without về": (
        "Căn cứ Nghị định số 98/2020/NĐ-CP ngày 26/8/2020 của Chính phủ quy định xử phạt vi phạm hành chính;",
        [("98/2020/NĐ-CP", "Nghị định", "2020-08-26", "Chính phủ", "quy định xử phạt vi phạm hành chính")]),
    "a comma inside the issuer's name": (
        "Kế hoạch số 1192/KH-SVHTTDL ngày 26/6/2023 của Sở Văn hóa, Thể thao và Du lịch về Tổ chức hoạt động;",
        [("1192/KH-SVHTTDL", "Kế hoạch", "2023-06-26", "Sở Văn hóa, Thể thao và Du lịch", "Tổ chức hoạt động")]),
    "a new sentence after the issuer": (
        "Thực hiện Công văn số 855/CV-BTGTU ngày 29/6/2023 của Ban Tuyên giáo Tỉnh ủy, Sở Công Thương xây dựng Kế hoạch:",
        [("855/CV-BTGTU", "Công văn", "2023-06-29", "Ban Tuyên giáo Tỉnh ủy", None)]),
    "a law named before its number": (
        "Căn cứ Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15 ngày 20/6/2023 của Quốc hội;",
        [("19/2023/QH15", "Luật", "2023-06-20", "Quốc hội", None)]),
    "a citation nested in another's subject": (
        "Nghị quyết số 160/NQ-CP ngày 22/12/2021 của Chính phủ về Kế hoạch thực hiện Chỉ thị số 05-CT/TW ngày 23/6/2021 "
        "của Ban Bí thư, Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ về phê duyệt Chương trình...",
        [("160/NQ-CP", "Nghị quyết", "2021-12-22", "Chính phủ",
          "Kế hoạch thực hiện Chỉ thị số 05-CT/TW ngày 23/6/2021 của Ban Bí thư"),
         ("05-CT/TW", "Chỉ thị", "2021-06-23", "Ban Bí thư", None),
         ("90/QĐ-TTg", "Quyết định", "2022-01-18", "Thủ tướng Chính phủ", "phê duyệt Chương trình")]),
    "the kind from the symbol, no date": (
        "theo văn bản 2254/KH-BCĐ.",
        [("2254/KH-BCĐ", "Kế hoạch", None, None, None)]),
    "dates that are not numbers": (
        "kỷ niệm (09/7/1960 - 09/7/2023) và COVID-19", []),
}


@pytest.mark.parametrize(("text", "expected"), CITATION_CASES.values(), ids=CITATION_CASES.keys())
def test_citations(text: str, expected: list[tuple]) -> None:
    found = line_citations(Line(1, text))
    assert [(c.number, c.kind, c.date.iso if c.date else None, c.issuer, c.subject) for c in found] == expected


@pytest.mark.parametrize(("text", "place", "date"), [
    ("Hải Dương, ngày 04 tháng 7 năm 2023", "Hải Dương", "ngày 04 tháng 7 năm 2023"),
    ("Hải Dương, ngày   tháng 7 năm 2023", "Hải Dương", "ngày tháng 7 năm 2023"),
    ("Hà Nội, ngày 04/7/2023", "Hà Nội", "ngày 04/7/2023"),
    ("Số: 215/KH-SCT Hải Dương, ngày 15 tháng 11 năm 2023", "Hải Dương", "ngày 15 tháng 11 năm 2023"),
    ("SỞ CÔNG THƯƠNG Hải Dương, ngày 15 tháng 11 năm 2023", "Hải Dương", "ngày 15 tháng 11 năm 2023"),
    ("Tuyên truyền theo Kế hoạch", None, None),
])
def test_place_and_date(text: str, place: str | None, date: str | None) -> None:
    found_place, found_date = header.place_and_date([Line(1, text)])
    assert (found_place.value if found_place else None, found_date.value if found_date else None) == (place, date)


@pytest.mark.parametrize(("text", "number"), [
    ("Số: /SCT-VP", "/SCT-VP"), ("Số: …/SCT-VP", "…/SCT-VP"), ("Số:   855-CV/BTGTU", "855-CV/BTGTU"),
    ("Số: 27/2022/NĐ-CP", "27/2022/NĐ-CP"), ("Số: 215 / KH-SCT", "215/KH-SCT"), ("Số người tham gia: 20", None),
])
def test_own_number(text: str, number: str | None) -> None:
    found = header.own_number([Line(1, text)])
    assert (found.value if found else None) == number


@pytest.mark.parametrize(("text", "position", "name"), [
    ("Nơi nhận:\n- Như trên;\nGIÁM ĐỐC\n\nTrần Văn Hảo", "Giám đốc", "Trần Văn Hảo"),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nNguyễn Thị Minh Hằng", "Phó Giám đốc", "Nguyễn Thị Minh Hằng"),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn B", "Chủ tịch", "Lê Văn B"),
    ("Đề nghị các phòng thực hiện./.", None, None),
])
def test_signer(text: str, position: str | None, name: str | None) -> None:
    signer = header.signer(lines(text))
    assert (signer.position.value if signer.position else None, signer.name.value if signer.name else None) == (position, name)
