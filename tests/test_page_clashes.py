"""Every generated path is unique: each clash is refused at the value that causes it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, TEST_TODAY, append_records
from sitegen.load.page_clashes import claims
from sitegen.load.sources import load_sources
from sitegen.model import page_paths as paths
from sitegen.model.from_sources import build_site
from sitegen.problems import ProblemsFound
from sitegen.render.calendar_files import calendar_files
from sitegen.render.report_files import report_files
from sitegen.model.reports import campaign_reports, month_reports, report_rows, reports_by_year
from sitegen.render.pages import render_pages
from sitegen.synthetic import write_corpus
from test_validation import GOOD, F, run, snapshot

DOCUMENTS = "campaigns/registries/documents"
FILE_2416 = f"{DOCUMENTS}/2416-btttt-cattt.yml"
DOCUMENT_HINT = "nếu là hai văn bản khác nhau, thêm “id: ma-rieng” cho văn bản này; trang của nó sẽ mang tên theo id"
CAMPAIGN_HINT = "đổi tên tệp chiến dịch, ví dụ thêm năm hoặc đợt"
TAG_HINT = "nếu là cùng một chủ đề, viết giống hệt nhau ở mọi chiến dịch; nếu không, đặt tên khác"
DOCS_HINT = "đổi tên tệp, hoặc chuyển nó sang thư mục khác, ví dụ docs/huong-dan/ như các trang viết tay khác"


def _line(relative: str, text: str) -> int:
    """The line of a repository file that holds `text`: messages name it, and make fmt may move it."""
    lines = (ROOT / relative).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


LINE_2416 = _line(FILE_2416, "number: 2416/BTTTT-CATTT")
LINE_FOOD_SAFETY_TAG = _line("campaigns/an-toan-thuc-pham-nam-2023.yml", "- an toàn thực phẩm")


def append(project: Path, registry: str, text: str) -> int:
    """Add records to a registry, each in its own file; the line of their key there (the first)."""
    append_records(project, registry, text)
    return 1


def documents(*numbers: str) -> Callable[[Path], int]:
    return lambda project: append(project, "documents", "".join(f'  - number: "{n}"\n    kind: Công văn\n' for n in numbers))


def campaign(name: str, tags: str = "[an toàn thông tin]") -> Callable[[Path], int]:
    def write(project: Path) -> int:
        (project / "campaigns" / name).write_text(GOOD + f"tags: {tags}\n", encoding="utf-8")
        return 10  # the line of tags:
    return write


def hand_written(name: str) -> Callable[[Path], int]:
    def write(project: Path) -> int:
        (project / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (project / "docs" / name).write_text("# Trang viết tay\n", encoding="utf-8")
        return 1
    return write


# case -> (what to add, returning the line it starts at; the problems, with {line} filled in)
CASES: dict[str, tuple[Callable[[Path], int], list[str]]] = {
    "a campaign file index.yml": (campaign("index.yml"), [
        (f"campaigns/index.yml:1:1: Tệp chiến dịch campaigns/index.yml trùng trang với trang danh sách chiến dịch ở địa chỉ /chien-dich/ "
        f"({CAMPAIGN_HINT})")]),
    "a campaign file chien-dich.yml": (campaign("chien-dich.yml"), [
        ("campaigns/chien-dich.yml:1:1: Tệp chiến dịch campaigns/chien-dich.yml trùng đường dẫn với tệp lịch chung của cả trang "
        f"ở địa chỉ /lich/chien-dich.ics ({CAMPAIGN_HINT})")]),
    "a document numbered INDEX": (documents("INDEX"), [
        f"{DOCUMENTS}/index.yml:{{line}}:9: Văn bản “INDEX” trùng trang với trang sổ văn bản ở địa chỉ /van-ban/ ({DOCUMENT_HINT})"]),
    "documents 12/ABC and 12-ABC": (documents("12/ABC", "12-ABC"), [
        (f"{DOCUMENTS}/12-abc-2.yml:{{line}}:9: Văn bản “12-ABC” trùng trang với văn bản “12/ABC” ở {DOCUMENTS}/12-abc.yml, "
         f"dòng {{line}} ({DOCUMENT_HINT})")]),
    "a document Nam 2023 and the year page": (documents("Nam 2023"), [
        (f"{DOCUMENTS}/nam-2023.yml:{{line}}:9: Văn bản “Nam 2023” trùng trang với trang văn bản năm 2023 ở địa chỉ "
         f"/van-ban/nam-2023/ ({DOCUMENT_HINT})")]),
    "a document of the undated page": (lambda p: append(p, "documents", "  - id: nam-chua-ro\n    kind: Công văn\n"), [
        (f"{DOCUMENTS}/nam-chua-ro.yml:{{line}}:5: Văn bản “nam-chua-ro” trùng trang với trang văn bản chưa rõ năm ở địa chỉ /van-ban/nam-chua-ro/ "
        f"({DOCUMENT_HINT})")]),
    "a document and a real one": (documents("2416-BTTTT-CATTT"), [
        (f"{DOCUMENTS}/2416-btttt-cattt-2.yml:{{line}}:9: Văn bản “2416-BTTTT-CATTT” trùng trang với văn bản “2416/BTTTT-CATTT” "
         f"ở {FILE_2416}, dòng {LINE_2416} ({DOCUMENT_HINT})")]),
    "a number ///": (documents("///"), [
        (f"{DOCUMENTS}/ban-ghi.yml:{{line}}:9: Văn bản “///” không có chữ hay số nào để đặt tên trang "
        "(viết số ký hiệu đúng như văn bản, hoặc thêm “id: ma-van-ban” cho văn bản này)")]),
    "a unit id index": (lambda p: append(p, "units", "  - id: index\n    name: Chỉ mục\n"), [
        ("campaigns/registries/units/index.yml:{line}:5: Đơn vị “index” trùng trang với trang danh sách đơn vị ở địa chỉ /don-vi/ "
        "(đổi mã đơn vị, và sửa mã ở mọi chỗ dùng nó)")]),
    "an organisation id chua-ro": (lambda p: append(p, "organizations", "  - id: chua-ro\n    name: Chưa rõ\n"), [
        ("campaigns/registries/organizations/chua-ro.yml:{line}:5: Cơ quan “chua-ro” trùng trang với trang chiến dịch chưa rõ cơ quan ban hành "
        "ở địa chỉ /luu-tru/co-quan/chua-ro/ (đổi mã cơ quan, và sửa mã ở mọi chỗ dùng nó)")]),
    "a tag Index": (campaign("thu.yml", "[an toàn thông tin, Index]"), [
        f"{F}:{{line}}:27: Chủ đề “Index” trùng trang với trang danh sách chủ đề ở địa chỉ /chu-de/ ({TAG_HINT})"]),
    "a tag !!!": (campaign("thu.yml", '["!!!"]'), [
        f"{F}:{{line}}:8: Chủ đề “!!!” không có chữ hay số nào để đặt tên trang (viết chủ đề bằng chữ, ví dụ: an toàn thông tin)"]),
    "tags spelt two ways": (campaign("thu.yml", "[An toàn thực phẩm]"), [
        (f"{F}:{{line}}:8: Chủ đề “An toàn thực phẩm” trùng trang với chủ đề “an toàn thực phẩm” "
        f"ở campaigns/an-toan-thuc-pham-nam-2023.yml, dòng {LINE_FOOD_SAFETY_TAG} ({TAG_HINT})")]),
    "the same tag in two campaigns": (campaign("thu.yml", "[an toàn thực phẩm]"), []),
    "a hand-written page of a list": (hand_written("chien-dich.md"), [
        (f"docs/chien-dich.md:1:1: Tệp viết tay docs/chien-dich.md trùng trang với trang danh sách chiến dịch ở địa chỉ /chien-dich/ "
        f"({DOCS_HINT})")]),
    "a hand-written home page": (hand_written("README.md"), [
        f"docs/README.md:1:1: Tệp viết tay docs/README.md trùng trang với trang chủ ở địa chỉ / ({DOCS_HINT})"]),
    "a hand-written page in another case": (hand_written("Lich/index.md"), [
        f"docs/Lich/index.md:1:1: Tệp viết tay docs/Lich/index.md trùng trang với trang lịch ở địa chỉ /lich/ ({DOCS_HINT})"]),
    "a hand-written page of a document": (hand_written("van-ban/2416-btttt-cattt/index.md"), [
        ("docs/van-ban/2416-btttt-cattt/index.md:1:1: Tệp viết tay docs/van-ban/2416-btttt-cattt/index.md trùng trang với "
        f"văn bản “2416/BTTTT-CATTT” ở {FILE_2416}, dòng {LINE_2416} ({DOCS_HINT})")]),
    "a hand-written page in a generated folder": (hand_written("don-vi/gioi-thieu.md"), [
        ("docs/don-vi/gioi-thieu.md:1:1: Tệp viết tay ra địa chỉ /don-vi/gioi-thieu/, trong thư mục /don-vi/ "
        f"mà bộ sinh trang quản lý ({DOCS_HINT})")]),
    "two hand-written pages at one address": (hand_written("huong-dan/bien-tap/index.md"), [
        ("docs/huong-dan/bien-tap/index.md:1:1: Tệp viết tay docs/huong-dan/bien-tap/index.md trùng trang với "
        f"tệp viết tay docs/huong-dan/bien-tap.md ({DOCS_HINT})")]),
}


@pytest.mark.parametrize("case", CASES)
def test_every_clash_is_refused_at_its_value(case: str, project: Path) -> None:
    add, expected = CASES[case]
    line = add(project)
    expected = [message.replace("{line+2}", str(line + 2)).replace("{line}", str(line)) for message in expected]
    if not expected:
        load_sources(project)
        return
    with pytest.raises(ProblemsFound) as found:
        load_sources(project)
    assert [str(problem) for problem in found.value.problems] == expected


def test_a_clash_stops_the_build_and_publishes_nothing(project: Path, capsys) -> None:
    """Issue #11: campaigns/index.yml replaced the campaign list with exit 0, even under --strict."""
    campaign("index.yml")(project)
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("bản cũ", encoding="utf-8")
    before = snapshot(project / "site")
    status, lines = run(project, "build", capsys)
    assert (status, len(lines)) == (1, 2)
    assert lines[0].startswith("campaigns/index.yml:1:1: Tệp chiến dịch campaigns/index.yml trùng trang với")
    assert snapshot(project / "site") == before


def _synthetic(project: Path) -> None:
    write_corpus(project, 40)


@pytest.mark.parametrize("corpus", [lambda project: None, _synthetic], ids=["real", "synthetic"])
def test_the_check_claims_every_path_that_is_written(corpus: Callable[[Path], None], project: Path) -> None:
    """Drift guard: the paths the pages are written at are the paths the check claims,
    but for the year and month pages of the archive and the reports, which only the generator names."""
    corpus(project)
    sources = load_sources(project)
    site = build_site(sources, TEST_TODAY)
    written = (set(render_pages(site)) | set(calendar_files(site, "https://example.gov.vn/"))
               | set(report_files(site, "https://example.gov.vn/")))
    unclaimed = written - {claim.path for claim in claims(sources)}
    months = {report.page for report in month_reports(report_rows(site))}
    years = {paths.report_year_page(year) for year, _ in reports_by_year(campaign_reports(site, report_rows(site)))}
    assert months and years
    assert unclaimed == ({paths.archive_year_page(year) for year, _ in site.campaigns_by_year() if year}
                         | months | {paths.spreadsheet(page) for page in months} | years)
