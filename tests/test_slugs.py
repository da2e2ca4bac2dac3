import pytest
from sitegen.model.slugs import is_slug, slugify, toc_slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("lừa đảo", "lua-dao"),
        ("Lừa Đảo Trực Tuyến", "lua-dao-truc-tuyen"),
        ("Đảng ủy Khối", "dang-uy-khoi"),
        ("ĐĐđ", "ddd"),
        ("Hải Dương ngàn trái tim hồng", "hai-duong-ngan-trai-tim-hong"),
        ("2416/BTTTT-CATTT", "2416-btttt-cattt"),
        ("90/QĐ-TTg", "90-qd-ttg"),
        ("27/2022/NĐ-CP", "27-2022-nd-cp"),
        ("626-CV/ĐUK", "626-cv-duk"),
        ("  Giải   búa liềm vàng!  ", "giai-bua-liem-vang"),
        ("Tháng 7/2023", "thang-7-2023"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize("heading", ["Văn bản chỉ đạo", "Đảng ủy Khối 626-CV/ĐUK", "Ngày hội “Hải Dương ngàn trái tim hồng”",
                                     "Thông điệp chính", "  Lừa đảo — trực tuyến! ", "</title><b>đậm</b>"])
def test_toc_slugify_matches_slugify_for_vietnamese(heading: str) -> None:
    assert toc_slugify(heading, "-") == slugify(heading)


@pytest.mark.parametrize(
    ("text", "valid"),
    [("lua-dao", True), ("a1-b2", True), ("Lua-dao", False), ("lua--dao", False), ("-lua", False), ("lừa", False), ("", False)],
)
def test_is_slug(text: str, valid: bool) -> None:
    assert is_slug(text) is valid
