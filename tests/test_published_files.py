"""Only regular files inside the repository are read or published: no symlink is followed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from sitegen.docs_files import copied_files
from sitegen.problems import ProblemsFound
from sitegen.sources import load_sources
from test_validation import GOOD, F, run, snapshot

LINK = "Đây là liên kết tượng trưng (symlink), không được phép"
LINK_HINT = "chép tệp thật vào kho thay cho liên kết: bộ sinh trang chỉ đọc tệp thật nằm trong kho"


def problems_of(project: Path) -> list[str]:
    with pytest.raises(ProblemsFound) as found:
        load_sources(project)
    return [str(problem) for problem in found.value.problems]


def link(project: Path, name: str, target: str | Path) -> None:
    """A symlink at `name` (inside the project) to `target`, making its folder."""
    (project / name).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, project / name)


def outside_yaml(project: Path) -> Path:
    """A valid campaign file outside the repository."""
    outside = project.parent / "ngoai-kho.yml"
    outside.write_text(GOOD, encoding="utf-8")
    return outside


def moved_out(folder: str) -> Callable[[Path], None]:
    """Move a folder of the project out of it, leaving a symlink in its place."""
    def move(project: Path) -> None:
        elsewhere = project.parent / "ngoai-kho"
        (project / folder).rename(elsewhere)
        link(project, folder, elsewhere)
    return move


SYMLINKS: dict[str, tuple[Callable[[Path], None], list[str]]] = {
    "a file of docs to /etc/passwd": (lambda p: link(p, "docs/tai-lieu/ghi-chu.txt", "/etc/passwd"),
                                      [f"docs/tai-lieu/ghi-chu.txt:1:1: {LINK} ({LINK_HINT})"]),
    "a folder of docs to /etc": (lambda p: link(p, "docs/tai-lieu", "/etc"), [f"docs/tai-lieu:1:1: {LINK} ({LINK_HINT})"]),
    "deep inside docs": (lambda p: link(p, "docs/huong-dan/a/b/c/d.md", "/etc/hostname"),
                         [f"docs/huong-dan/a/b/c/d.md:1:1: {LINK} ({LINK_HINT})"]),
    "in docs/overrides": (lambda p: link(p, "docs/overrides/partials/ghi-chu.html", "/etc/passwd"),
                          [f"docs/overrides/partials/ghi-chu.html:1:1: {LINK} ({LINK_HINT})"]),
    "in docs/assets, to a file of the repository": (lambda p: link(p, "docs/assets/site.css", "stylesheets/site.css"),
                                                    [f"docs/assets/site.css:1:1: {LINK} ({LINK_HINT})"]),
    "a hidden one": (lambda p: link(p, "docs/.an", "/etc/passwd"), [f"docs/.an:1:1: {LINK} ({LINK_HINT})"]),
    "dangling": (lambda p: link(p, "docs/tai-lieu/mat.pdf", "/khong/co"), [f"docs/tai-lieu/mat.pdf:1:1: {LINK} ({LINK_HINT})"]),
    "docs itself": (moved_out("docs"), [f"docs:1:1: {LINK} ({LINK_HINT})"]),
    "a campaign to YAML outside the repository": (lambda p: link(p, "campaigns/ngoai-kho.yml", outside_yaml(p)),
                                                  [f"campaigns/ngoai-kho.yml:1:1: {LINK} ({LINK_HINT})"]),
    "a registry": (lambda p: link(p, "campaigns/registries/khac.yml", "units.yml"),
                   [f"campaigns/registries/khac.yml:1:1: {LINK} ({LINK_HINT})"]),
    "the registries folder": (moved_out("campaigns/registries"), [f"campaigns/registries:1:1: {LINK} ({LINK_HINT})"]),
    "a folder of campaigns": (lambda p: link(p, "campaigns/cu", "/tmp"), [f"campaigns/cu:1:1: {LINK} ({LINK_HINT})"]),
    "a FIFO in docs": (lambda p: os.mkfifo(p / "docs" / "ong.txt"),
                       ["docs/ong.txt:1:1: Đây không phải tệp thường (xóa mục này khỏi thư mục)"]),
}


@pytest.mark.parametrize("case", SYMLINKS)
def test_symlinks_and_special_files_are_refused_with_their_path(case: str, project: Path) -> None:
    make, expected = SYMLINKS[case]
    make(project)
    assert problems_of(project) == expected


def test_the_password_file_never_reaches_the_site(project: Path, capsys) -> None:
    """Issue #11's reproduction, through `sitegen build`: refused before anything is written."""
    link(project, "docs/tai-lieu/ghi-chu.txt", "/etc/passwd")
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("bản cũ", encoding="utf-8")
    before = snapshot(project / "site")
    status, lines = run(project, "build", capsys)
    assert (status, lines) == (1, [f"docs/tai-lieu/ghi-chu.txt:1:1: {LINK} ({LINK_HINT})",
                                   "Có 1 lỗi cần sửa; trang chưa được cập nhật."])
    assert snapshot(project / "site") == before
    assert not (project / "build" / "docs").exists()


def test_the_copy_into_build_docs_follows_no_link_either(project: Path) -> None:
    """Defence in depth: were validation skipped, the copy still reads regular files only."""
    link(project, "docs/tai-lieu/ghi-chu.txt", "/etc/passwd")
    link(project, "docs/lien-ket", "/etc")
    (project / "docs" / ".gitkeep").write_text("", encoding="utf-8")
    assert sorted(copied_files(project)) == ["assets/javascripts/md-base.js", "assets/javascripts/search-worker.js",
                                             "assets/javascripts/status.js", "assets/stylesheets/site.css",
                                             "huong-dan/bien-tap.md", "huong-dan/quan-tri.md"]


PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"


def _through_a_link(project: Path) -> None:
    (project / "tai-lieu").mkdir()
    (project / "tai-lieu" / "that.pdf").write_bytes(PDF)
    os.symlink("that.pdf", project / "tai-lieu" / "lien-ket.pdf")
    os.symlink("tai-lieu", project / "thu-muc-lien-ket")


# file: value -> its problem at the YAML line, after _through_a_link
PATHS = {
    "tai-lieu/that.pdf": None,
    "tai-lieu/lien-ket.pdf": ("Đường dẫn “tai-lieu/lien-ket.pdf” đi qua liên kết tượng trưng (symlink) “tai-lieu/lien-ket.pdf” "
                              f"({LINK_HINT})"),
    "thu-muc-lien-ket/that.pdf": ("Đường dẫn “thu-muc-lien-ket/that.pdf” đi qua liên kết tượng trưng (symlink) “thu-muc-lien-ket” "
                                  f"({LINK_HINT})"),
    "/etc/passwd": "Đường dẫn “/etc/passwd” trỏ ra ngoài kho (đặt tệp trong kho, ví dụ docs/tai-lieu/)",
    "tai-lieu/../../ngoai.pdf": "Đường dẫn “tai-lieu/../../ngoai.pdf” trỏ ra ngoài kho (đặt tệp trong kho, ví dụ docs/tai-lieu/)",
    "tai-lieu/../tai-lieu/that.pdf": ("Đường dẫn “tai-lieu/../tai-lieu/that.pdf” phải viết thẳng từ thư mục gốc của kho "
                                      "(viết tai-lieu/that.pdf (dấu “/”, không có “..”, “./” hay “//”))"),
    "tai-lieu\\that.pdf": ("Đường dẫn “tai-lieu\\that.pdf” phải viết thẳng từ thư mục gốc của kho "
                           "(viết tai-lieu/that.pdf (dấu “/”, không có “..”, “./” hay “//”))"),
    ".an/that.pdf": ("Đường dẫn “.an/that.pdf” đi qua tệp hoặc thư mục ẩn (tên bắt đầu bằng dấu chấm) "
                     "(đặt tệp vào docs/tai-lieu/)"),
    "tai-lieu": "“tai-lieu” không phải một tệp (ghi đường dẫn tới một tệp, ví dụ docs/tai-lieu/ke-hoach.pdf)",
    "tai-lieu/that.pdf/x.pdf": ("Không tìm thấy tệp “tai-lieu/that.pdf/x.pdf” "
                                "(kiểm tra tên tệp, hoa thường, và thêm tệp vào kho)"),
}


@pytest.mark.parametrize("value", PATHS)
def test_attachment_paths_are_regular_files_reached_without_a_link(value: str, project: Path) -> None:
    _through_a_link(project)
    quoted = value.replace("\\", "\\\\")
    (project / F).write_text(GOOD + f'materials:\n  - title: Tài liệu\n    file: "{quoted}"\n', encoding="utf-8")
    if PATHS[value] is None:
        load_sources(project)
    else:
        assert problems_of(project) == [f"{F}:12:11: {PATHS[value]}"]
