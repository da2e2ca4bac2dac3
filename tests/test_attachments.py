"""Attachments are checked by what they are, within a size the department sets,
without any check or copy holding a big file in memory (issue 21)."""

from __future__ import annotations

import io
import re
import tracemalloc
from pathlib import Path

import pytest
from conftest import TEST_TODAY
from sitegen.build.pipeline import assemble, write_changed
from sitegen.load.attachment_limit import megabytes
from sitegen.load.attachments import content_problem
from sitegen.load.sources import load_sources
from sitegen.load.svg_check import css_unescaped, svg_problem
from sitegen.load.text_encoding import sniffed_encoding
from sitegen.problems import ProblemsFound
from test_published_files import pdf, problems_of
from test_validation import GOOD, F

MB = 1024 * 1024
TOO_BIG_HINT = ("nén hoặc chia nhỏ tệp, với PDF thì xuất lại với ảnh chất lượng thấp hơn; hoặc đưa tệp lên nơi khác "
                "rồi ghi liên kết https://… thay cho tệp; quản trị website đặt giới hạn ở max_attachment_mb trong mkdocs.yml")
SETTING = re.compile(r"^  max_attachment_mb: .*\n", re.MULTILINE)


def set_limit(project: Path, value: str | None) -> int:
    """Write extra.max_attachment_mb into the project's mkdocs.yml (None: leave it out); return its line."""
    config = project / "mkdocs.yml"
    text = SETTING.sub("", config.read_text(encoding="utf-8"))
    if value is not None:
        text = text.replace("\nextra:\n", f"\nextra:\n  max_attachment_mb: {value}\n", 1)
    config.write_text(text, encoding="utf-8")
    return text[: text.index("\nextra:\n")].count("\n") + 3


def sparse(path: Path, size: int, head: bytes = b"", tail: bytes = b"") -> None:
    """A file of `size` bytes that takes no disk space: `head`, zeros, then `tail`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        file.write(head)
        file.truncate(size)
        file.seek(size - len(tail))
        file.write(tail)


# setting in mkdocs.yml (None: not set), size of docs/tai-lieu/bang.txt -> the problem (None: accepted)
SIZES = {
    "20 MB by default": (None, 20 * MB, None),
    "a byte over 20 MB by default": (None, 20 * MB + 1, "quá lớn: 20,1 MB, tối đa 20 MB mỗi tệp"),
    "the 200 MB of the issue": (None, 200 * MB, "quá lớn: 200 MB, tối đa 20 MB mỗi tệp"),
    "a smaller limit": ("1", MB + 1, "quá lớn: 1,1 MB, tối đa 1 MB mỗi tệp"),
    "a limit with a decimal comma": ("2,5", 3 * MB, "quá lớn: 3 MB, tối đa 2,5 MB mỗi tệp"),
    "a bigger limit": ("250", 200 * MB, None),
}


@pytest.mark.parametrize("case", SIZES)
def test_an_attachment_over_the_limit_is_refused_with_its_size(case: str, project: Path) -> None:
    setting, size, expected = SIZES[case]
    set_limit(project, setting)
    sparse(project / "docs" / "tai-lieu" / "bang.txt", size)
    if expected is None:
        load_sources(project)
    else:
        path = "docs/tai-lieu/bang.txt"
        assert problems_of(project) == [f"{path}:1:1: Tệp “{path}” {expected} ({TOO_BIG_HINT})"]


def test_the_limit_holds_for_a_file_attached_from_yaml(project: Path) -> None:
    set_limit(project, "1")
    sparse(project / "tai-lieu" / "ke-hoach.pdf", 2 * MB, pdf())
    (project / F).write_text(GOOD + "materials:\n  - title: Kế hoạch\n    file: tai-lieu/ke-hoach.pdf\n", encoding="utf-8")
    assert problems_of(project) == [f"{F}:12:11: Tệp “tai-lieu/ke-hoach.pdf” quá lớn: 2 MB, tối đa 1 MB mỗi tệp ({TOO_BIG_HINT})"]


def test_the_limit_holds_for_pages_too(project: Path) -> None:
    """The page check reads a page whole: not one bigger than the limit."""
    set_limit(project, "1")
    sparse(project / "docs" / "huong-dan" / "dai.md", 2 * MB, b"# Trang\n")
    assert problems_of(project) == [
        f"docs/huong-dan/dai.md:1:1: Tệp “docs/huong-dan/dai.md” quá lớn: 2 MB, tối đa 1 MB mỗi tệp ({TOO_BIG_HINT})"]


@pytest.mark.parametrize("value", ["hai mươi", "0", "-5", ".nan", "[20]"])
def test_a_limit_that_is_not_a_size_is_refused_where_it_is_written(value: str, project: Path) -> None:
    line = set_limit(project, value)
    assert problems_of(project) == [f"mkdocs.yml:{line}:22: Giới hạn tệp đính kèm “{value}” không phải một số MB "
                                    "(ghi một số lớn hơn 0, ví dụ max_attachment_mb: 20)"]


@pytest.mark.parametrize("size, shown", [(MB, "1"), (MB + 1, "1,1"), (20 * MB, "20"), (int(2.5 * MB), "2,5"), (1, "0,1")])
def test_sizes_read_in_mb_rounded_up_to_a_tenth(size: int, shown: str) -> None:
    assert megabytes(size) == shown


def _peak_bytes(action) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_checks_read_a_big_file_by_its_ends_only(tmp_path: Path) -> None:
    """The issue's 200 MB attachment once took 657 MB to publish: a check reads its head and tail."""
    big = tmp_path / "lon.pdf"
    sparse(big, 200 * MB, pdf(), b"\nstartxref\n15\n%%EOF\n")
    assert _peak_bytes(lambda: content_problem(big, "lon.pdf", 300 * MB)) < MB
    assert content_problem(big, "lon.pdf", 300 * MB) is None


def test_an_svg_is_parsed_in_pieces(tmp_path: Path) -> None:
    big = tmp_path / "lon.svg"
    big.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg"><desc>' + (b"x" * 1023 + b"\n") * 40 * 1024 + b"</desc><script/></svg>")
    with big.open("rb") as opened:
        assert _peak_bytes(lambda: svg_problem(opened)) < 10 * MB
        opened.seek(0)
        assert svg_problem(opened) == "thẻ <script>"


def test_the_build_copies_an_attachment_without_holding_it(project: Path, tmp_path: Path) -> None:
    set_limit(project, "300")
    sparse(project / "docs" / "tai-lieu" / "lon.pdf", 200 * MB, pdf(), b"\nstartxref\n15\n%%EOF\n")
    (project / F).write_text(GOOD + "materials:\n  - title: Lớn\n    file: docs/tai-lieu/lon.pdf\n", encoding="utf-8")
    # Generating the whole site takes under 10 MB; holding the file would take 200 MB, twice (docs/ and tep/).
    assert _peak_bytes(lambda: write_changed(tmp_path / "docs", assemble(project, TEST_TODAY)[1])) < 40 * MB
    assert (tmp_path / "docs" / "tep" / "docs" / "tai-lieu" / "lon.pdf").stat().st_size == 200 * MB


def test_checksums_of_a_release_are_taken_in_pieces(tmp_path: Path) -> None:
    """The hashes of SHA256SUMS: the last step of a build that held a whole attachment."""
    from sitegen.release import write_checksums

    sparse(tmp_path / "site" / "tep" / "lon.pdf", 200 * MB, pdf())
    assert _peak_bytes(lambda: write_checksums(tmp_path / "site")) < 10 * MB
    assert (tmp_path / "site" / "SHA256SUMS").read_text(encoding="utf-8").endswith("  tep/lon.pdf\n")


# What a browser's sniffer reads the first bytes as.
@pytest.mark.parametrize("head, codec", [
    ("<svg>".encode("utf-8-sig"), "utf-8-sig"),
    ("<svg>".encode("utf-16"), "utf-16"),
    ("<svg>".encode("utf-32"), "utf-32"),
    ("<svg>".encode("utf-16-le"), "utf-16-le"),
    ("<svg>".encode("utf-16-be"), "utf-16-be"),
    ("<svg>".encode("utf-32-le"), "utf-32-le"),
    ("<svg>".encode("utf-32-be"), "utf-32-be"),
    (b"<?xml version='1.0' encoding='UTF-16'?><svg>", "utf-8"),  # ASCII bytes: the declaration cannot be true
    (b"<?xml version='1.0' encoding='windows-1258'?><svg>", "utf-8"),  # ASCII stays ASCII: see text_encoding.py
    (b"%PDF-1.7", "utf-8"),
])
def test_text_is_decoded_as_a_browser_would_read_it(head: bytes, codec: str) -> None:
    assert sniffed_encoding(head) == codec


@pytest.mark.parametrize("css, read", [
    (r"\75 rl(x)", "url(x)"),
    (r"\000075rl(x)", "url(x)"),
    (r"u\rl(x)", "url(x)"),
    (r"\55 RL(x)", "URL(x)"),
    ("@\\69mport", "@import"),
    ("a\\\nb", "ab"),
    (r"\0 \110000 \d800 x", "\ufffd\ufffd\ufffdx"),
    ("fill: url(#g)", "fill: url(#g)"),
])
def test_css_escapes_are_undone_before_css_is_read(css: str, read: str) -> None:
    assert css_unescaped(css) == read


def test_an_svg_from_a_drawing_program_stays_allowed() -> None:
    from test_published_files import SAFE_SVG

    for encoding in ("utf-8", "utf-16", "utf-16-le", "utf-32"):
        data = SAFE_SVG.decode("utf-8").replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"').encode(encoding)
        assert svg_problem(io.BytesIO(data)) is None, encoding


def test_a_build_refuses_the_same_files_as_the_check(project: Path) -> None:
    """`sitegen build` runs load_sources first: nothing bigger than the limit reaches the copy."""
    set_limit(project, "1")
    sparse(project / "docs" / "tai-lieu" / "bang.txt", 2 * MB)
    with pytest.raises(ProblemsFound):
        assemble(project, TEST_TODAY)
