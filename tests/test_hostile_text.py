"""Hostile text stays inert: control characters are refused where editors write
them and escaped wherever a message prints them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitegen.cli import main
from sitegen.loader import LoadError, load_yaml_text
from sitegen.problems import Problem
from test_validation import GOOD, F, run

HINT = "ký tự này không hiện trên màn hình, thường lẫn vào khi chép từ phần mềm khác: xóa nó hoặc gõ lại đoạn chữ này"
ESCAPE_HINT = "xóa mã thoát (dạng \\x.., \\u.., \\e) khỏi ngoặc kép; muốn xuống dòng thì dùng “|” rồi viết nhiều dòng"

# Raw characters in the file: refused before YAML reads it, at their own line and column.
RAW = {
    "ESC": ("title: Chiến\x1b[31m dịch\n", f"{F}:1:13: Có ký tự điều khiển U+001B (ESC) trong tệp ({HINT})"),
    "BEL twice": ("title: A\nsummary: B\x07\x07\n", f"{F}:2:11: Có ký tự điều khiển U+0007 (BEL) trong tệp; cả tệp có 2 ký tự như vậy ({HINT})"),
    "NUL": ("title: A\x00\n", f"{F}:1:9: Có ký tự điều khiển U+0000 (NUL) trong tệp ({HINT})"),
    "C1 (CSI)": ("title: A\x9b31m\n", f"{F}:1:9: Có ký tự điều khiển U+009B (CSI) trong tệp ({HINT})"),
    "NEL": ("title: A\x85B\n", f"{F}:1:9: Có ký tự điều khiển U+0085 (NEL) trong tệp ({HINT})"),
    "bidi override": ("title: A\u202eB\n", f"{F}:1:9: Có ký tự điều khiển U+202E (RIGHT-TO-LEFT OVERRIDE) trong tệp ({HINT})"),
    "bidi isolate": ("title: A\u2066B\n", f"{F}:1:9: Có ký tự điều khiển U+2066 (LEFT-TO-RIGHT ISOLATE) trong tệp ({HINT})"),
    "line separator": ("title: A\u2028B\n", f"{F}:1:9: Có ký tự điều khiển U+2028 (LINE SEPARATOR) trong tệp ({HINT})"),
    "in a comment": ("# ghi chú\x1b\ntitle: A\n", f"{F}:1:10: Có ký tự điều khiển U+001B (ESC) trong tệp ({HINT})"),
}

# Escapes inside double quotes: the file is clean, the value is not.
ESCAPED = {
    "\\e": ('title: "A\\eB"\n', f"{F}:1:8: Nội dung có ký tự điều khiển U+001B (ESC) ({ESCAPE_HINT})"),
    "\\x07": ('summary: "B\\x07"\n', f"{F}:1:10: Nội dung có ký tự điều khiển U+0007 (BEL) ({ESCAPE_HINT})"),
    "\\r": ('title: "A\\rB"\n', f"{F}:1:8: Nội dung có ký tự điều khiển U+000D (CR) ({ESCAPE_HINT})"),
    "\\u202e": ('title: "A\\u202eB"\n', f"{F}:1:8: Nội dung có ký tự điều khiển U+202E (RIGHT-TO-LEFT OVERRIDE) ({ESCAPE_HINT})"),
    "in a key": ('"ti\\etle": A\n', f"{F}:1:1: Nội dung có ký tự điều khiển U+001B (ESC) ({ESCAPE_HINT})"),
}

# What editors legitimately write: tab inside text, line breaks, Windows line ends.
ALLOWED = {
    "multi-line summary": ("summary: |\n  Dòng một.\n  Dòng hai.\n", {"summary": "Dòng một.\nDòng hai.\n"}),
    "escaped newline": ('summary: "Dòng một.\\nDòng hai."\n', {"summary": "Dòng một.\nDòng hai."}),
    "escaped tab": ('summary: "A\\tB"\n', {"summary": "A\tB"}),
    "Windows line ends": ("title: A\r\nsummary: |\r\n  B\r\n  C\r\n", {"title": "A", "summary": "B\nC\n"}),
}


@pytest.mark.parametrize("case", RAW)
def test_raw_control_character_is_refused_where_it_stands(case: str) -> None:
    text, expected = RAW[case]
    with pytest.raises(LoadError) as error:
        load_yaml_text(F, text)
    assert str(error.value.problem) == expected


@pytest.mark.parametrize("case", ESCAPED)
def test_escaped_control_character_is_refused_at_its_value(case: str) -> None:
    text, expected = ESCAPED[case]
    _, problems = load_yaml_text(F, text)
    assert [str(problem) for problem in problems] == [expected]


@pytest.mark.parametrize("case", ALLOWED)
def test_tabs_and_line_breaks_stay_allowed(case: str) -> None:
    text, data = ALLOWED[case]
    loaded, problems = load_yaml_text(F, text)
    assert (loaded.data, problems) == (data, [])


FORGED = "2416\n::error file=README.md,line=1::x"

# Whatever reaches a message (a file name, a quoted value) is shown escaped.
SHOWN = {
    "newline and annotation": (Problem("campaigns/a.yml", 3, 5, f"Không tìm thấy văn bản “{FORGED}”"),
                               "campaigns/a.yml:3:5: Không tìm thấy văn bản “2416\\n::error file=README.md,line=1::x”",
                               "::error file=campaigns/a.yml,line=3,col=5::Không tìm thấy văn bản “2416\\n::error file=README.md,line=1::x”"),
    "ESC and BEL in the hint": (Problem("a.yml", 1, 1, "Lỗi", "sửa\x1b[2J\x07"),
                                "a.yml:1:1: Lỗi (sửa\\x1b[2J\\x07)", "::error file=a.yml,line=1,col=1::Lỗi (sửa\\x1b[2J\\x07)"),
    "CR, C1 and bidi": (Problem("a.yml", 1, 1, "A\rB\x9bC\u202eD"),
                        "a.yml:1:1: A\\rB\\x9bC\\u202eD", "::error file=a.yml,line=1,col=1::A\\rB\\x9bC\\u202eD"),
    "forged file name": (Problem("campaigns/x\n::error file=README.md,line=1::y.yml", 1, 1, "Tên tệp sai"),
                         "campaigns/x\\n::error file=README.md,line=1::y.yml:1:1: Tên tệp sai",
                         "::error file=campaigns/x\\n%3A%3Aerror file=README.md%2Cline=1%3A%3Ay.yml,line=1,col=1::Tên tệp sai"),
    "percent sign": (Problem("a,b.yml", 1, 1, "50% xong"), "a,b.yml:1:1: 50% xong", "::error file=a%2Cb.yml,line=1,col=1::50%25 xong"),
}


@pytest.mark.parametrize("case", SHOWN)
def test_messages_show_control_characters_escaped(case: str) -> None:
    problem, terminal, annotation = SHOWN[case]
    assert (str(problem), problem.github_annotation()) == (terminal, annotation)


def test_forged_annotation_in_a_reference_is_refused_and_shown_inert(project: Path, capsys, monkeypatch) -> None:
    """The reproduction of issue #11: a reference with a line break, an annotation, ESC and BEL."""
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    (project / F).write_text(GOOD.replace("- 2416/BTTTT-CATTT", '- "2416\\n::error file=README.md,line=1::x\\e[31m\\a"'),
                             encoding="utf-8")
    status, lines = run(project, "check", capsys)
    assert status == 1
    assert lines == [f"{F}:6:5: Nội dung có ký tự điều khiển U+001B (ESC) ({ESCAPE_HINT})",
                     f"::error file={F},line=6,col=5::Nội dung có ký tự điều khiển U+001B (ESC) ({ESCAPE_HINT})",
                     "Có 1 lỗi cần sửa; trang chưa được cập nhật."]


def test_a_line_break_alone_passes_the_loader_and_is_shown_escaped(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    (project / F).write_text(GOOD.replace("- 2416/BTTTT-CATTT", '- "2416\\n::error file=README.md,line=1::x"'), encoding="utf-8")
    status = main(["--root", str(project), "check"])
    output = capsys.readouterr().err
    message = ("Không tìm thấy văn bản “2416\\n::error file=README.md,line=1::x” "
               "(khai báo văn bản này trong campaigns/registries/documents.yml trước)")
    assert status == 1
    assert output.splitlines() == [f"{F}:6:5: {message}", f"::error file={F},line=6,col=5::{message}",
                                   "Có 1 lỗi cần sửa; trang chưa được cập nhật."]
