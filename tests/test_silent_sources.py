"""What the pages say where the documents are silent: what the editors' guide
promises, “văn bản không nêu”, and never a bare “Không ghi”."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TEST_TODAY
from sitegen.load.sources import load_sources
from sitegen.model.site import build_site
from sitegen.render.pages import render_pages

# A campaign that gives a start and nothing else: no end, no directing document, no dispatch, no deadline, no place.
SILENT = """\
title: Chiến dịch im lặng
summary: Văn bản chỉ nêu ngày bắt đầu.
start: 2023-07-01
end:
tasks:
  - action: Tuyên truyền.
    assignees: [cac-phong-thuoc-so]
events:
  - title: Lễ phát động
    date: 2023-07-02
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    from conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("silent") / "project")
    (project / "campaigns" / "chien-dich-im-lang.yml").write_text(SILENT, encoding="utf-8")
    (project / "campaigns" / "chi-ngay-ket-thuc.yml").write_text(
        SILENT.replace("Chiến dịch im lặng", "Chỉ ngày kết thúc").replace("start: 2023-07-01\nend:", "start:\nend: 2023-07-31"),
        encoding="utf-8")
    return render_pages(build_site(load_sources(project), TEST_TODAY))


@pytest.mark.parametrize("page, said", [
    ("chien-dich/chien-dich-im-lang.md", '<dt>Thời gian</dt>\n<dd markdown="span">Từ 01/7/2023, văn bản không nêu ngày kết thúc</dd>'),
    ("chien-dich/chi-ngay-ket-thuc.md", '<dt>Thời gian</dt>\n<dd markdown="span">Đến 31/7/2023, văn bản không nêu ngày bắt đầu</dd>'),
    ("chien-dich/chien-dich-im-lang.md", '<dt>Cơ quan chỉ đạo</dt>\n<dd markdown="span">Văn bản không nêu</dd>'),
    ("chien-dich/chien-dich-im-lang.md", '<dt>Văn bản triển khai của Sở</dt>\n<dd markdown="span">Chiến dịch chưa ghi văn bản triển khai</dd>'),
    ("chien-dich/chien-dich-im-lang.md", '<td data-label="Thời hạn" markdown="span">Văn bản không nêu thời hạn</td>'),
    ("chien-dich/chien-dich-im-lang.md", '<td data-label="Địa điểm" markdown="span">Văn bản không nêu</td>'),
    ("don-vi/cac-phong-thuoc-so.md", '<td data-label="Thời hạn" markdown="span">Văn bản không nêu thời hạn</td>'),
    ("chien-dich/index.md", '<td data-label="Cơ quan chỉ đạo" markdown="span">Văn bản không nêu</td>'),
])
def test_silence_is_said_as_the_guide_promises(page: str, said: str, pages: dict[str, str]) -> None:
    assert said in pages[page]


@pytest.mark.parametrize("page", ["chien-dich/chien-dich-im-lang.md", "chien-dich/chi-ngay-ket-thuc.md", "don-vi/cac-phong-thuoc-so.md"])
def test_a_silent_campaign_never_says_khong_ghi(page: str, pages: dict[str, str]) -> None:
    assert "Không ghi" not in pages[page]
