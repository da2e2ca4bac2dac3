"""What the pages say where the documents are silent: what the editors' guide
promises, “văn bản không nêu”, and never a bare “Không ghi”."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitegen.model.task_state import TaskState
from conftest import TEST_TODAY
from sitegen.load.sources import load_sources
from sitegen.model.from_sources import build_site
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


# Another body's plan that cites the Nghị quyết Đại hội XIII, and a document no one mentions: test data only.
MORE_DOCUMENTS = """\
  - number: 99/KH-THU
    kind: Kế hoạch
    date: 2023-07-03
    issuer: so-y-te
    subject: Kế hoạch thử
    cites:
      - nghi-quyet-dai-hoi-xiii
  - number: 98/CV-THU
    kind: Công văn
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    from conftest import append_records, copy_project

    project = copy_project(tmp_path_factory.mktemp("silent") / "project")
    (project / "campaigns" / "chien-dich-im-lang.yml").write_text(SILENT, encoding="utf-8")
    append_records(project, "documents", MORE_DOCUMENTS)
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


DISPATCH = "Công văn số […/SCT-VP](../van-ban/cong-van-so-cong-thuong-thang-7-2023.md)"
# The department's dispatch cites the Nghị quyết by its name too (section 2), and is as silent on it.
PLANS = ("Hướng dẫn số [149-HD/BTGTU](../van-ban/149-hd-btgtu.md), "
         f"Kế hoạch số [99/KH-THU](../van-ban/99-kh-thu.md) và {DISPATCH}")


# A document's page names the documents it is known from as the ones silent on a fact:
# another body's plan is not “Công văn của Sở” (issue #13).
@pytest.mark.parametrize("page, fact, said", [
    ("van-ban/nghi-quyet-dai-hoi-xiii.md", "Trích yếu", f"{PLANS} không nêu trích yếu"),
    ("van-ban/nghi-quyet-dai-hoi-xiii.md", "Ngày ban hành", f"{PLANS} không nêu ngày ban hành"),
    ("van-ban/nghi-quyet-dai-hoi-xiii.md", "Cơ quan ban hành", f"{PLANS} không nêu cơ quan ban hành"),
    ("van-ban/539-ttcs-tttq.md", "Trích yếu", f"{DISPATCH} không nêu trích yếu"),  # known from the department's dispatch
    ("van-ban/98-cv-thu.md", "Trích yếu", "Chưa rõ trích yếu"),  # known from no document
    ("van-ban/98-cv-thu.md", "Cơ quan ban hành", "Chưa rõ cơ quan ban hành"),
])
def test_a_document_page_names_who_is_silent(page: str, fact: str, said: str, pages: dict[str, str]) -> None:
    assert f'<dt>{fact}</dt>\n<dd markdown="span">{said}</dd>' in pages[page]


def test_lists_of_documents_say_not_given(pages: dict[str, str]) -> None:
    row = ('<tr markdown><th scope="row" markdown="span">[Nghị quyết Đại hội XIII của Đảng](../van-ban/nghi-quyet-dai-hoi-xiii.md)</th>'
           '<td data-label="Ngày ban hành" markdown="span">*Không nêu*</td><td data-label="Cơ quan ban hành" markdown="span">*Không nêu*</td>'
           '<td data-label="Trích yếu" markdown="span">*Không nêu*</td></tr>')
    assert row in pages["van-ban/index.md"]


def test_no_page_says_khong_ghi_or_blames_the_dispatch(pages: dict[str, str]) -> None:
    # The one exception is a task's state, named so by the department (issue 15): "Không ghi thời hạn".
    said = {path: text.replace(TaskState.NO_DEADLINE.label, "") for path, text in pages.items()}
    assert [path for path, text in said.items() if "Không ghi" in text or "Công văn của Sở không" in text] == []
