"""The footer names the department, with what mkdocs.yml's extra.department gives and nothing else."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from jinja2 import Environment, FileSystemLoader


def footer(department: dict | None) -> str:
    """The theme's copyright partial, as MkDocs renders it (no autoescape)."""
    environment = Environment(loader=FileSystemLoader(ROOT / "docs" / "overrides"))
    return environment.get_template("partials/copyright.html").render(config={"extra": {"department": department}})


def test_the_built_footer_names_the_department_and_invents_no_contact(built_site: Path) -> None:
    page = (built_site / "chien-dich" / "giam-ngheo-ben-vung" / "index.html").read_text(encoding="utf-8")
    block = page[page.index('<div class="md-copyright">'):page.index("</footer>")]
    assert "<strong>Sở Công Thương tỉnh Hải Dương</strong>" in block
    assert "Cơ quan chủ quản: UBND tỉnh Hải Dương" in block  # mkdocs.yml's extra.department, as every field
    # The department's documents give no address, telephone or e-mail: none is shown.
    assert not any(label in block for label in ("Địa chỉ", "Điện thoại", "Thư điện tử", "Trang thông tin"))


def test_each_configured_field_shows_and_none_is_markup() -> None:
    html = footer({"name": "Sở <b>Công</b> Thương", "governing_body": "UBND <i>tỉnh</i>", "address": "Số 1, đường A",
                   "phone": "0220 3.123.456",
                   "email": "so@example.gov.vn", "website": "https://example.gov.vn/"})
    assert "<strong>Sở &lt;b&gt;Công&lt;/b&gt; Thương</strong>" in html
    assert "Cơ quan chủ quản: UBND &lt;i&gt;tỉnh&lt;/i&gt;" in html
    assert "Địa chỉ: Số 1, đường A" in html
    assert 'Điện thoại: <a href="tel:02203123456">0220 3.123.456</a>' in html
    assert 'Thư điện tử: <a href="mailto:so@example.gov.vn">so@example.gov.vn</a>' in html
    assert 'Trang thông tin: <a href="https://example.gov.vn/">https://example.gov.vn/</a>' in html


def test_a_field_left_out_is_not_shown() -> None:
    html = footer({"name": "Sở Công Thương tỉnh Hải Dương", "phone": "0220 3.123.456"})
    assert "Điện thoại" in html and "Địa chỉ" not in html and "Thư điện tử" not in html and "Cơ quan chủ quản" not in html
    assert "<address>" not in footer(None)
