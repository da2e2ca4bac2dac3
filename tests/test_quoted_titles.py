"""A title wrapped whole in quotation marks is a warning: shown where it stands, and the build goes on."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitegen.cli import main
from sitegen.fmt.files import decap_text
from sitegen.load.loader import load_yaml_text
from sitegen.load.quoted_titles import HINT, wrapped_in_quotes
from test_validation import GOOD, F


@pytest.mark.parametrize("text, wrapped", [
    ("“Tháng hành động phòng chống lừa đảo”", True),
    ("”Tháng hành động”", True),  # Word's closing mark on both sides
    ('"Tháng hành động"', True),  # straight quotes kept by YAML single quotes: '"…"'
    ("«Tháng hành động»", True),
    ("‘Tháng hành động’", True),
    ("  “Tháng hành động”  ", True),
    ("Tháng hành động", False),
    ("Chiến dịch “Tháng hành động”", False),
    ("“Hải Dương” ngàn trái tim “hồng”", False),  # two quoted parts, not one whole
    ("“A” và “B”", False),
    ("“”", False),
])
def test_wrapped_in_quotes(text: str, wrapped: bool) -> None:
    assert wrapped_in_quotes(text) is wrapped


def _in_form(text: str) -> str:
    """`text` as the web editor writes it, which make check also asks of a file."""
    return decap_text(load_yaml_text(F, text, normalize=False)[0].data, "campaign")


def _line(text: str, part: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if part in line)


def _check(project: Path, text: str, capsys) -> tuple[int, list[str], str]:
    (project / F).write_text(_in_form(text), encoding="utf-8")
    status = main(["--root", str(project), "check"])
    captured = capsys.readouterr()
    return status, captured.err.splitlines(), captured.out


def test_quoted_titles_are_warned_about_and_the_check_passes(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    registry = project / "campaigns" / "registries" / "documents" / "nghi-quyet-dai-hoi-xiii.yml"
    registry_lines = registry.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(number for number, text in enumerate(registry_lines, 1) if "title: Nghị quyết Đại hội XIII" in text)
    registry_lines[line - 1] = registry_lines[line - 1].replace("title: Nghị quyết Đại hội XIII của Đảng", "title: “Nghị quyết Đại hội XIII của Đảng”")
    registry.write_text("".join(registry_lines), encoding="utf-8")
    text = GOOD.replace("title: Chiến dịch thử", "title: “Chiến dịch thử”") + (
        "events:\n  - title: Lễ phát động\n    date: 2023-07-02\n"
        "materials:\n  - title: ”Tờ rơi”\n    url: https://example.gov.vn/to-roi.pdf\n")
    status, lines, out = _check(project, text, capsys)
    assert status == 0 and out == "Hợp lệ: 10 chiến dịch.\n"
    assert lines == [f"campaigns/registries/documents/nghi-quyet-dai-hoi-xiii.yml:{line}:8: Cảnh báo: Tên văn bản nằm trọn trong dấu ngoặc kép: "
                     f"“Nghị quyết Đại hội XIII của Đảng” ({HINT})",
                     f"{F}:1:8: Cảnh báo: Tên chiến dịch nằm trọn trong dấu ngoặc kép: “Chiến dịch thử” ({HINT})",
                     f"{F}:{_line(_in_form(text), 'title: ”Tờ rơi”')}:12: Cảnh báo: Tên tài liệu nằm trọn trong dấu ngoặc kép: ”Tờ rơi” ({HINT})",
                     "Có 3 cảnh báo nên xem lại; cảnh báo không chặn việc dựng trang."]


def test_a_quoted_title_is_a_warning_annotation_on_github(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    status, lines, _ = _check(project, GOOD.replace("title: Chiến dịch thử", "title: “Chiến dịch thử”"), capsys)
    assert status == 0
    assert f"::warning file={F},line=1,col=8::Cảnh báo: Tên chiến dịch nằm trọn trong dấu ngoặc kép: “Chiến dịch thử” ({HINT})" in lines


def test_titles_without_wrapping_quotes_give_no_warning(project: Path, capsys) -> None:
    status, lines, _ = _check(project, GOOD.replace("Chiến dịch thử", "Chiến dịch “Thử”"), capsys)
    assert (status, lines) == (0, [])


def test_generate_and_the_preview_show_warnings_too(project: Path, capsys, monkeypatch) -> None:
    from conftest import TEST_TODAY
    from sitegen.build.pipeline import Reuse
    from sitegen.build.serve import _regenerate
    from sitegen.render.cms_backend import local_backend

    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795651200")
    (project / F).write_text(GOOD.replace("title: Chiến dịch thử", "title: “Chiến dịch thử”"), encoding="utf-8")
    warning = f"{F}:1:8: Cảnh báo: Tên chiến dịch nằm trọn trong dấu ngoặc kép: “Chiến dịch thử” ({HINT})"
    assert main(["--root", str(project), "generate"]) == 0
    assert capsys.readouterr().err.splitlines()[0] == warning
    _regenerate(project, lambda: TEST_TODAY, set(), Reuse(), local_backend("http://127.0.0.1:9/api/v1"))
    assert capsys.readouterr().err.splitlines() == [warning, "Có 1 cảnh báo nên xem lại; cảnh báo không chặn việc dựng trang.",
                                                    "Đã cập nhật trang."]
