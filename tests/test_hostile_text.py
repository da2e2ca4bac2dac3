"""Hostile text stays inert: control characters are refused where editors write
them and escaped wherever a message prints them; any nesting depth is a clear error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from sitegen.cli import main
from sitegen.load import loader
from sitegen.load.loader import LoadError, load_yaml_text
from sitegen.problems import Problem
from test_validation import GOOD, F, run

HINT = "ký tự này không hiện trên màn hình, thường lẫn vào khi chép từ phần mềm khác: xóa nó hoặc gõ lại đoạn chữ này"
ESCAPE_HINT = "xóa mã thoát dạng \\x.., \\u.., \\e khỏi ngoặc kép; muốn xuống dòng thì dùng “|” rồi viết nhiều dòng"


def in_file(position: str, character: str, count: int = 1) -> str:
    more = f"; cả tệp có {count} ký tự như vậy" if count > 1 else ""
    return f"{F}:{position}: Có ký tự điều khiển {character} trong tệp{more} ({HINT})"


def in_value(position: str, character: str) -> str:
    return f"{F}:{position}: Có ký tự điều khiển {character} trong nội dung ({ESCAPE_HINT})"


# Raw characters in the file: refused before YAML reads it, at their own line and column.
RAW = {
    "ESC": ("title: Chiến\x1b[31m dịch\n", in_file("1:13", "U+001B (ESC)")),
    "BEL twice": ("title: A\nsummary: B\x07\x07\n", in_file("2:11", "U+0007 (BEL)", count=2)),
    "NUL": ("title: A\x00\n", in_file("1:9", "U+0000 (NUL)")),
    "C1 (CSI)": ("title: A\x9b31m\n", in_file("1:9", "U+009B (CSI)")),
    "NEL": ("title: A\x85B\n", in_file("1:9", "U+0085 (NEL)")),
    "bidi override": ("title: A\u202eB\n", in_file("1:9", "U+202E (RIGHT-TO-LEFT OVERRIDE)")),
    "bidi isolate": ("title: A\u2066B\n", in_file("1:9", "U+2066 (LEFT-TO-RIGHT ISOLATE)")),
    "line separator": ("title: A\u2028B\n", in_file("1:9", "U+2028 (LINE SEPARATOR)")),
    "in a comment": ("# ghi chú\x1b\ntitle: A\n", in_file("1:10", "U+001B (ESC)")),
}

# Escapes inside double quotes: the file is clean, the value is not.
ESCAPED = {
    "\\e": ('title: "A\\eB"\n', in_value("1:8", "U+001B (ESC)")),
    "\\x07": ('summary: "B\\x07"\n', in_value("1:10", "U+0007 (BEL)")),
    "\\r": ('title: "A\\rB"\n', in_value("1:8", "U+000D (CR)")),
    "\\u202e": ('title: "A\\u202eB"\n', in_value("1:8", "U+202E (RIGHT-TO-LEFT OVERRIDE)")),
    "in a key": ('"ti\\etle": A\n', in_value("1:1", "U+001B (ESC)")),
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


SPACE_HINT = "ký tự này trông như dấu cách, thường lẫn vào khi chép từ Word: xóa nó rồi gõ lại dấu cách bằng bàn phím"
NBSP = "U+00A0 (NO-BREAK SPACE)"

# Look-alike spaces where YAML needs a plain one: named at their own line and
# column, not as a missing colon on the next line (issue #13).
LOOK_ALIKE_SPACES = {
    "after start:": (GOOD.replace("start: ", "start:\u00a0"),
                     [f"{F}:3:7: Sau dấu hai chấm của “start” là ký tự {NBSP}, không phải dấu cách thường"]),
    "after a plain space": (GOOD.replace("start: ", "start: \u00a0"),
                            [f"{F}:3:8: Sau dấu hai chấm của “start” là ký tự {NBSP}, không phải dấu cách thường"]),
    "in an indent": (GOOD.replace("  - 2416", "\u00a0\u00a0- 2416"),
                     [f"{F}:6:1: Thụt lề có ký tự {NBSP}, không phải dấu cách thường"]),
    "after an indent of plain spaces": (GOOD.replace("    assignees", "  \u00a0 assignees"),
                                        [f"{F}:9:3: Thụt lề có ký tự {NBSP}, không phải dấu cách thường"]),
    "after a list dash": (GOOD.replace("  - 2416", "  -\u00a02416"),
                          [f"{F}:6:4: Sau dấu “-” là ký tự {NBSP}, không phải dấu cách thường"]),
    "after a key in a list item": (GOOD.replace("- action: ", "- action:\u202f"),
                                   [f"{F}:8:12: Sau dấu hai chấm của “action” là ký tự U+202F (NARROW NO-BREAK SPACE), không phải dấu cách thường"]),
    "zero width, on two lines": (GOOD.replace("summary:", "\u200bsummary:").replace("end: ", "end:\u200b"),
                                 [f"{F}:2:1: Thụt lề có ký tự U+200B (ZERO WIDTH SPACE), không phải dấu cách thường",
                                  f"{F}:4:5: Sau dấu hai chấm của “end” là ký tự U+200B (ZERO WIDTH SPACE), không phải dấu cách thường"]),
}


@pytest.mark.parametrize("case", LOOK_ALIKE_SPACES)
def test_look_alike_space_is_named_where_it_stands(case: str, project: Path, capsys) -> None:
    text, expected = LOOK_ALIKE_SPACES[case]
    (project / F).write_text(text, encoding="utf-8")
    status, lines = run(project, "check", capsys)
    assert status == 1
    assert lines == [f"{line} ({SPACE_HINT})" for line in expected] + [f"Có {len(expected)} lỗi cần sửa; trang chưa được cập nhật."]


@pytest.mark.parametrize("text, value", [
    ("title: Hải Dương\u00a0ngàn trái tim hồng\n", "Hải Dương\u00a0ngàn trái tim hồng"),
    ("summary: |\n  Lưu ý:\u00a0văn bản.\n", "Lưu ý:\u00a0văn bản.\n"),
    ("title: \"A\u00a0B\"\n", "A\u00a0B"),
])
def test_no_break_space_inside_a_value_is_kept(text: str, value: str) -> None:
    loaded, problems = load_yaml_text(F, text)
    assert (list(loaded.data.values()), problems) == ([value], [])


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
    assert lines == [f"{F}:6:5: Có ký tự điều khiển U+001B (ESC) trong nội dung ({ESCAPE_HINT})",
                     f"::error file={F},line=6,col=5::Có ký tự điều khiển U+001B (ESC) trong nội dung ({ESCAPE_HINT})",
                     "Có 1 lỗi cần sửa; trang chưa được cập nhật."]


def test_a_line_break_alone_passes_the_loader_and_is_shown_escaped(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    (project / F).write_text(GOOD.replace("- 2416/BTTTT-CATTT", '- "2416\\n::error file=README.md,line=1::x"'), encoding="utf-8")
    status = main(["--root", str(project), "check"])
    output = capsys.readouterr().err
    message = ("Không tìm thấy văn bản “2416\\n::error file=README.md,line=1::x” "
               "(chưa có trong sổ: khai báo số mới trong campaigns/registries/documents/, mỗi văn bản một tệp)")
    assert status == 1
    assert output.splitlines() == [f"{F}:6:5: {message}", f"::error file={F},line=6,col=5::{message}",
                                   "Có 1 lỗi cần sửa; trang chưa được cập nhật."]


TOO_DEEP = "Tệp lồng nhau quá sâu, quá 20 cấp (mỗi trường chỉ cần vài cấp thụt lề: kiểm tra các dấu ngoặc [ { và thụt lề từ dòng này)"


def _nested(style: str, depth: int) -> str:
    if style == "flow list":
        return "tasks: " + "[" * depth + "]" * depth + "\n"
    if style == "flow mapping":
        return "tasks: " + "{a: " * depth + "1" + "}" * depth + "\n"
    if style == "block list":  # compact block sequences: "- - - x", one level per "- "
        return "tasks:\n" + "- " * depth + "x\n"
    return "tasks:\n" + "".join("  " * level + "a:\n" for level in range(1, depth)) + "  " * depth + "a: 1\n"


# Where the error points: the first value below 20 levels, or where libyaml stops at 1,000.
NESTING = {
    ("flow list", 50): "1:28", ("flow list", 500): "1:28", ("flow list", 990): "1:28", ("flow list", 100_000): "1:1007",
    ("flow mapping", 50): "1:88", ("flow mapping", 990): "1:88", ("flow mapping", 100_000): "1:4004",
    ("block list", 50): "2:41", ("block list", 500): "2:41", ("block list", 990): "2:41", ("block list", 100_000): "2:1999",
    ("block mapping", 50): "22:43", ("block mapping", 990): "22:43", ("block mapping", 1_500): "1000:2000",
}


@pytest.mark.parametrize("style, depth", NESTING)
def test_any_nesting_depth_is_a_clear_error(style: str, depth: int) -> None:
    with pytest.raises(LoadError) as error:
        load_yaml_text(F, _nested(style, depth))
    assert str(error.value.problem) == f"{F}:{NESTING[style, depth]}: {TOO_DEEP}"


@pytest.mark.parametrize("style", ["flow list", "block list", "block mapping"])
def test_nesting_without_libyaml_is_a_clear_error_too(style: str, monkeypatch) -> None:
    """PyYAML's pure-Python composer recurses, and hits Python's limit before ours."""
    monkeypatch.setattr(loader, "_FAST_LOADER", yaml.SafeLoader)
    with pytest.raises(LoadError) as error:
        load_yaml_text(F, _nested(style, 990))
    assert str(error.value.problem) == f"{F}:1:1: {TOO_DEEP}"


def test_records_as_deep_as_the_schema_allows_still_load() -> None:
    text = "documents:\n  - signer:\n      name: A\n"
    assert load_yaml_text(F, text)[0].data == {"documents": [{"signer": {"name": "A"}}]}


def test_make_check_reports_deep_nesting_and_exits_1(project: Path) -> None:
    (project / F).write_text(_nested("flow list", 100_000), encoding="utf-8")
    environment = {key: value for key, value in os.environ.items() if key != "GITHUB_ACTIONS"}
    environment["PYTHONPATH"] = str(ROOT / "scripts")
    result = subprocess.run([sys.executable, "-m", "sitegen", "--root", str(project), "check"],
                            check=False, capture_output=True, text=True, env=environment, timeout=120)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"{F}:1:1007: {TOO_DEEP}", "Có 1 lỗi cần sửa; trang chưa được cập nhật."]
