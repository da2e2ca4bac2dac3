"""No file is silently left out, and no file name breaks the build later: a
file of campaigns/ that nothing reads, or a name a web address cannot carry,
gets a line at `make check` (issue 21)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TEST_TODAY
from sitegen.build.pipeline import build
from sitegen.load.repo_files import name_problem
from sitegen.load.sources import load_sources, stray_file_problems
from test_published_files import PDF, problems_of
from test_validation import GOOD, F

SUB_FOLDER = "Tệp nằm trong thư mục con của campaigns/ nên không được đọc"
NOT_A_REGISTRY_HINT = ("mỗi bản ghi là một tệp .yml đặt thẳng trong campaigns/registries/documents/, campaigns/registries/units/, "
                      "campaigns/registries/organizations/; chiến dịch thì đặt thẳng trong campaigns/")
NOT_A_RECORD = "không thuộc sổ danh mục nào nên không được đọc"
OLD_LAYOUT = ("Sổ danh mục nay là thư mục campaigns/registries/units/, mỗi bản ghi một tệp; tệp “units.yml” kiểu cũ không được "
              "đọc nữa (chạy make fmt: lệnh tách mỗi bản ghi thành một tệp trong thư mục đó, nội dung không đổi)")
NOT_YAML_HINT = "campaigns/ chỉ chứa tệp chiến dịch .yml; tài liệu đính kèm đặt ở docs/tai-lieu/"

# a file of campaigns/ -> its line (None: read, or left alone)
STRAY = {
    "campaigns/sub/x.yml": f"campaigns/sub/x.yml:1:1: {SUB_FOLDER} (chuyển tệp lên thẳng campaigns/, ví dụ campaigns/x.yml)",
    "campaigns/2023/a/b.yml": f"campaigns/2023/a/b.yml:1:1: {SUB_FOLDER} (chuyển tệp lên thẳng campaigns/, ví dụ campaigns/b.yml)",
    "campaigns/registries/khac.yml": f"campaigns/registries/khac.yml:1:1: Tệp “khac.yml” {NOT_A_RECORD} ({NOT_A_REGISTRY_HINT})",
    "campaigns/registries/cu/units.yml": f"campaigns/registries/cu/units.yml:1:1: Tệp “units.yml” {NOT_A_RECORD} ({NOT_A_REGISTRY_HINT})",
    "campaigns/registries/units/con/x.yml": f"campaigns/registries/units/con/x.yml:1:1: Tệp “x.yml” {NOT_A_RECORD} ({NOT_A_REGISTRY_HINT})",
    "campaigns/registries/units/x.yaml": f"campaigns/registries/units/x.yaml:1:1: Tệp “x.yaml” {NOT_A_RECORD} ({NOT_A_REGISTRY_HINT})",
    "campaigns/registries/units.yml": f"campaigns/registries/units.yml:1:1: {OLD_LAYOUT}",
    "campaigns/ghi-chu.txt": f"campaigns/ghi-chu.txt:1:1: Tệp “ghi-chu.txt” không phải tệp chiến dịch .yml nên không được đọc ({NOT_YAML_HINT})",
    "campaigns/README": f"campaigns/README:1:1: Tệp “README” không phải tệp chiến dịch .yml nên không được đọc ({NOT_YAML_HINT})",
    # Read as campaigns, where the name gets its own line (sources._file_name_problems).
    "campaigns/x.yml": None,
    "campaigns/x.YML": None,
    "campaigns/x.yaml": None,
    "campaigns/registries/units/website-so.yml": None,
    # Hidden files are the system's or git's, never published.
    "campaigns/.DS_Store": None,
    "campaigns/sub/.gitkeep": None,
}


@pytest.mark.parametrize("path", STRAY)
def test_a_file_of_campaigns_is_read_or_refused_never_ignored(path: str) -> None:
    expected = STRAY[path]
    assert [str(problem) for problem in stray_file_problems([path])] == ([expected] if expected else [])


# What `make check` says of a campaign put where it was once silently ignored.
CAMPAIGNS = {
    "campaigns/sub/thu.yml": f"campaigns/sub/thu.yml:1:1: {SUB_FOLDER} (chuyển tệp lên thẳng campaigns/, ví dụ campaigns/thu.yml)",
    "campaigns/thu.YML": "campaigns/thu.YML:1:1: Tệp chiến dịch phải có đuôi .yml, không phải .YML (đổi tên tệp thành thu.yml)",
}


@pytest.mark.parametrize("path", CAMPAIGNS)
def test_a_campaign_out_of_place_gets_a_line(path: str, project: Path) -> None:
    (project / path).parent.mkdir(parents=True, exist_ok=True)
    (project / path).write_text(GOOD, encoding="utf-8")
    assert problems_of(project) == [CAMPAIGNS[path]]


def _unsafe(name: str, characters: str, safe: str) -> str:
    these = "ký tự này" if len(characters.split(", ")) == 1 else "các ký tự này"
    return (f"Tên “{name}” có ký tự {characters}: địa chỉ trang web hoặc máy Windows không mang được {these} "
            f"(đổi tên, ví dụ thành “{safe}”; tên chỉ nên có chữ, số, dấu cách và gạch ngang)")


# A name -> its problem (None: allowed). "#", "?" and "%" broke the build in MkDocs (a link
# to "a#b.txt" is a link to "a" at anchor "b"); the others Windows cannot hold.
NAMES = {
    "a b#c?.txt": _unsafe("a b#c?.txt", "“#”, “?”", "a-b-c.txt"),
    "Kế hoạch #3.pdf": _unsafe("Kế hoạch #3.pdf", "“#”", "ke-hoach-3.pdf"),
    "50%.pdf": _unsafe("50%.pdf", "“%”", "50.pdf"),
    "a%20b.pdf": _unsafe("a%20b.pdf", "“%”", "a-20b.pdf"),
    "hoi-dap?.txt": _unsafe("hoi-dap?.txt", "“?”", "hoi-dap.txt"),
    "C:\\tai-lieu.txt": _unsafe("C:\\tai-lieu.txt", "“\\”, “:”", "c-tai-lieu.txt"),
    'trich "dan".txt': _unsafe('trich "dan".txt', "“\"”", "trich-dan.txt"),
    "a*b<c>|d.txt": _unsafe("a*b<c>|d.txt", "“*”, “<”, “>”, “|”", "a-b-c-d.txt"),
    "thư mục #2": _unsafe("thư mục #2", "“#”", "thu-muc-2"),
    "?.pdf": _unsafe("?.pdf", "“?”", "tep.pdf"),
    # Spaces, Vietnamese letters and other punctuation: MkDocs links them percent-encoded.
    "Kế hoạch tuyên truyền 2023.pdf": None,
    "bao-cao_(ban-1)+phu-luc;ky,2&3!@$~=.pdf": None,
    ".#khoa": None,  # hidden: never published
}


@pytest.mark.parametrize("name", NAMES)
def test_names_a_web_address_cannot_carry_are_refused_with_a_safe_name(name: str) -> None:
    found = name_problem(name)
    assert (f"{found[0]} ({found[1]})" if found else None) == NAMES[name]


def test_make_check_refuses_the_name_that_failed_the_build(project: Path) -> None:
    """The issue's `a b#c?.txt` passed make check, then failed MkDocs in English."""
    (project / "docs" / "tai-lieu").mkdir()
    (project / "docs" / "tai-lieu" / "a b#c?.txt").write_text("Ghi chú\n", encoding="utf-8")
    (project / "docs" / "thu muc #2").mkdir()
    (project / "docs" / "thu muc #2" / "x.txt").write_text("Ghi chú\n", encoding="utf-8")
    assert problems_of(project) == [f"docs/tai-lieu/a b#c?.txt:1:1: {NAMES['a b#c?.txt']}",
                                    f"docs/thu muc #2:1:1: {NAMES['thư mục #2'].replace('thư mục', 'thu muc')}"]


def test_a_file_attached_from_yaml_is_held_to_the_same_names(project: Path) -> None:
    (project / "tai-lieu").mkdir()
    (project / "tai-lieu" / "50%.pdf").write_bytes(PDF)
    (project / F).write_text(GOOD + 'materials:\n  - title: Tài liệu\n    file: "tai-lieu/50%.pdf"\n', encoding="utf-8")
    assert problems_of(project) == [f"{F}:12:11: {NAMES['50%.pdf']}"]


def test_names_with_spaces_and_vietnamese_letters_build_and_are_published(project: Path) -> None:
    """Clerks name files as Word does: what the names check lets through, MkDocs builds (strict)."""
    name = "Kế hoạch tuyên truyền 2023 (bản 2).pdf"
    (project / "docs" / "tai-lieu").mkdir()
    (project / "docs" / "tai-lieu" / name).write_bytes(PDF)
    (project / F).write_text(GOOD + f'materials:\n  - title: Kế hoạch\n    file: "docs/tai-lieu/{name}"\n', encoding="utf-8")
    (project / "docs" / "huong-dan" / "mau.md").write_text(
        "# Mẫu\n\n[Kế hoạch](<../tai-lieu/Kế hoạch tuyên truyền 2023 (bản 2).pdf>)\n", encoding="utf-8")
    build(project, TEST_TODAY)
    assert (project / "site" / "tai-lieu" / name).read_bytes() == PDF
    assert (project / "site" / "tep" / "docs" / "tai-lieu" / name).read_bytes() == PDF
    load_sources(project)
