"""Every mistake an editor can make: its exact message and line, and site/ untouched.

Each case adds one file, campaigns/thu.yml, to a copy of the real project,
runs `sitegen build` and compares what it prints.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sitegen.cli import main

GOOD = """\
title: Chiến dịch thử
summary: Tóm tắt.
start: 2023-07-01
end: 2023-07-31
documents:
  - 2416/BTTTT-CATTT
tasks:
  - action: Tuyên truyền.
    assignees: [cac-phong-thuoc-so]
"""

F = "campaigns/thu.yml"
START_OVER = "xóa tệp rồi tạo lại bằng lệnh “make new”, hoặc chép nội dung một tệp có sẵn trong campaigns/ rồi sửa"

CASES = {
    "tab": (GOOD.replace("  - 2416", "\t- 2416"), [
        f"{F}:6:1: Có ký tự Tab trong tệp (YAML chỉ cho phép thụt lề bằng dấu cách: thay Tab bằng hai dấu cách)"]),
    "bad indentation": (GOOD.replace("summary:", "   summary:"), [
        f"{F}:2:1: Dòng này thụt lề không thẳng hàng với các trường cùng cấp (xóa hoặc thêm dấu cách ở đầu dòng cho thẳng hàng với dòng trên)"]),
    "unclosed quote": (GOOD.replace("title: Chiến dịch thử", 'title: "Chiến dịch thử'), [
        f'{F}:1:8: Dấu ngoặc " mở ở đây chưa được đóng (thêm dấu " ở cuối nội dung, trên cùng dòng)']),
    "unclosed bracket": (GOOD.replace("[cac-phong-thuoc-so]", "[cac-phong-thuoc-so"), [
        f"{F}:9:16: Dấu ngoặc vuông “[” mở ở đây chưa được đóng (danh sách viết trên một dòng phải đóng bằng “]”, ví dụ: [an toàn thông tin, báo chí])"]),
    "colon in a value": (GOOD.replace("summary: Tóm tắt.", "summary: Lưu: VT, VP"), [
        f'{F}:2:13: Nội dung có dấu hai chấm “: ” mà không đặt trong ngoặc kép (đặt cả nội dung trong ngoặc kép: summary: "Lưu: VT, VP")']),
    "unknown key with a typo": (GOOD.replace("title:", "tittle:"), [
        f"{F}:1:1: Thiếu trường bắt buộc “title” (thêm dòng “title: Tên chiến dịch”)",
        f"{F}:1:1: Trường “tittle” không có trong mẫu (có phải ý bạn là “title”?)"]),
    "unknown key": (GOOD + "ghi_chu_rieng: x\n", [
        f"{F}:10:1: Trường “ghi_chu_rieng” không có trong mẫu (các trường được phép: contacts, dispatch, documents, end, events, issuer, key_messages, materials, period, review, start, summary, tags, tasks, title)"]),
    "missing required key": (GOOD.replace("summary: Tóm tắt.\n", ""), [
        f"{F}:1:1: Thiếu trường bắt buộc “summary” (thêm dòng “summary: Tóm tắt một hai câu”)"]),
    "empty required text": (GOOD.replace("summary: Tóm tắt.", "summary:"), [
        f"{F}:2:9: Trường “summary” đang để trống (điền chữ: trường này bắt buộc)"]),
    "text where a list is expected": (GOOD.replace("documents:\n  - 2416/BTTTT-CATTT", "documents: 2416/BTTTT-CATTT"), [
        f"{F}:5:12: Trường “documents” phải là một danh sách (xuống dòng và viết mỗi mục sau “- ”, ví dụ:  - 2416/BTTTT-CATTT)"]),
    "impossible date": (GOOD.replace("2023-07-01", "2023-02-31"), [
        f"{F}:3:8: Ngày “2023-02-31” ở trường “start” không có thật (kiểm tra lại ngày và tháng, ví dụ tháng 2 chỉ có 28 hoặc 29 ngày)"]),
    "date in the wrong form": (GOOD.replace("2023-07-01", "1/7/2023"), [
        f"{F}:3:8: Ngày “1/7/2023” ở trường “start” không đúng dạng (viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2023-06-24)"]),
    "end before start": (GOOD.replace("2023-07-31", "2023-06-30"), [
        f"{F}:4:6: Ngày kết thúc 2023-06-30 ở trước ngày bắt đầu 2023-07-01 (kiểm tra lại hai ngày; có thể đã đảo ngày và tháng)"]),
    "bare true": (GOOD.replace("title: Chiến dịch thử", "title: true"), [
        f'{F}:1:8: YAML hiểu “true” ở trường “title” là đúng/sai (true/false), không phải chữ (đặt trong ngoặc kép: "true")']),
    "leading zero number": (GOOD.replace("2416/BTTTT-CATTT", "0123"), [
        f'{F}:6:5: YAML hiểu “0123” ở trường “documents” là một số nguyên (123), không phải chữ (đặt trong ngoặc kép: "0123")']),
    "number with an exponent": (GOOD.replace("summary: Tóm tắt.", "summary: 1e3"), [
        f'{F}:2:10: YAML hiểu “1e3” ở trường “summary” là một số thực (1000.0), không phải chữ (đặt trong ngoặc kép: "1e3")']),
    "duplicate key": (GOOD + "title: Tên khác\n", [
        f"{F}:10:1: Trường “title” bị lặp lại, đã có ở dòng 1 (xóa một trong hai dòng hoặc gộp nội dung lại)"]),
    "duplicate title": (GOOD.replace("Chiến dịch thử", "Triển khai các hoạt động  đảm bảo an toàn thực phẩm năm 2023"), [
        f"{F}:1:8: Tên chiến dịch trùng với tệp campaigns/an-toan-thuc-pham-nam-2023.yml (mỗi chiến dịch một tệp; nếu là đợt mới, thêm năm hoặc đợt vào tên)"]),
    "unknown document": (GOOD.replace("2416/BTTTT-CATTT", "2416/BTTTT-CATT"), [
        f"{F}:6:5: Không tìm thấy văn bản “2416/BTTTT-CATT” (có phải ý bạn là “2416/BTTTT-CATTT”? "
        "Nếu không phải, khai báo số mới trong campaigns/registries/documents/, mỗi văn bản một tệp)"]),
    "new document, unlike any known": (GOOD.replace("2416/BTTTT-CATTT", "6022/KH-BCT"), [
        f"{F}:6:5: Không tìm thấy văn bản “6022/KH-BCT” (chưa có trong sổ: khai báo số mới trong campaigns/registries/documents/, mỗi văn bản một tệp)"]),
    "unknown unit": (GOOD.replace("[cac-phong-thuoc-so]", "[phong-ke-hoach]"), [
        f"{F}:9:17: Không tìm thấy đơn vị “phong-ke-hoach” (chưa có trong sổ: khai báo đơn vị mới trong campaigns/registries/units/, mỗi đơn vị một tệp)"]),
    "phone with letters": (GOOD + 'contacts:\n  - name: Văn phòng Sở\n    phone: "máy lẻ 12"\n', [
        f"{F}:12:12: Số điện thoại “máy lẻ 12” ở trường “phone” không hợp lệ "
        "(chỉ dùng chữ số, dấu cách, dấu chấm, gạch ngang, dấu cộng và ngoặc đơn, ví dụ “0220 3852 123”)"]),
    "missing attachment": (GOOD + "materials:\n  - title: Tờ rơi\n    file: docs/khong-co.pdf\n", [
        f"{F}:12:11: Không tìm thấy tệp “docs/khong-co.pdf” (kiểm tra tên tệp, hoa thường, và thêm tệp vào kho)"]),
    "attachment outside the repository": (GOOD + "materials:\n  - title: Mật khẩu\n    file: ../../../etc/passwd\n", [
        f"{F}:12:11: Đường dẫn “../../../etc/passwd” trỏ ra ngoài kho (đặt tệp trong kho, ví dụ docs/tai-lieu/)"]),
    "javascript url": (GOOD + "materials:\n  - title: Bấm vào đây\n    url: javascript:alert(1)\n", [
        f"{F}:12:10: Địa chỉ “javascript:alert(1)” không được phép (chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc tel:)"]),
    "data url": (GOOD + "materials:\n  - title: Ảnh\n    url: data:text/html,<b>x</b>\n", [
        f"{F}:12:10: Địa chỉ “data:text/html,<b>x</b>” không được phép (chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc tel:)"]),
    "alias bomb": ('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
                   + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)), [
        f"{F}:2:8: Tệp dùng bí danh YAML (*tên) — tính năng này không được phép (viết lại nội dung đầy đủ thay cho *tên và bỏ neo &tên)"]),
    "not a mapping": ("- title: a\n", [
        f"{F}:1:1: Tệp phải gồm các trường dạng “tên_trường: giá trị” ({START_OVER})"]),
    "empty file": ("", [f"{F}:1:1: Tệp đang trống ({START_OVER})"]),
}


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with a hash of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def published(project: Path) -> Path:
    """A project with a last good site/ (a stand-in: validation fails before MkDocs runs)."""
    site = project / "site"
    (site / "chien-dich").mkdir(parents=True)
    (site / "index.html").write_text("bản cũ", encoding="utf-8")
    (site / "chien-dich" / "index.html").write_text("bản cũ", encoding="utf-8")
    return project


def run(project: Path, command: str, capsys: pytest.CaptureFixture) -> tuple[int, list[str]]:
    status = main(["--root", str(project), command])
    return status, capsys.readouterr().err.splitlines()


@pytest.mark.parametrize("case", CASES)
def test_mistake_is_reported_exactly_and_nothing_is_published(case: str, published: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    text, expected = CASES[case]
    (published / F).write_text(text, encoding="utf-8")
    before = snapshot(published / "site")
    status, lines = run(published, "build", capsys)
    assert status == 1
    assert lines == expected + [f"Có {len(expected)} lỗi cần sửa; trang chưa được cập nhật."]
    assert snapshot(published / "site") == before
    assert not (published / "build" / "docs").exists()


def test_file_that_is_not_utf8(project: Path, capsys) -> None:
    (project / F).write_bytes(GOOD.replace("Tóm tắt.", "Tóm tắt đây.").encode("cp1258", errors="replace"))
    status, lines = run(project, "check", capsys)
    assert status == 1
    assert lines[0] == f"{F}:2:11: Tệp không phải mã UTF-8 (mở tệp bằng VS Code hoặc Notepad và lưu lại với mã hóa UTF-8)"


def test_file_over_one_megabyte(project: Path, capsys) -> None:
    (project / F).write_text(GOOD + "# " + "x" * 1_000_001 + "\n", encoding="utf-8")
    status, lines = run(project, "check", capsys)
    assert status == 1
    assert lines[0] == (f"{F}:1:1: Tệp quá lớn: 1.000.191 byte, tối đa 1.000.000 byte "
                        "(tách nội dung thành nhiều tệp, hoặc đưa tài liệu dài vào mục materials dưới dạng liên kết)")


def test_every_problem_of_every_file_is_reported_at_once(project: Path, capsys) -> None:
    (project / F).write_text(GOOD.replace("2023-07-01", "2023-02-31").replace("title:", "tittle:"), encoding="utf-8")
    (project / "campaigns" / "hai.yml").write_text(GOOD.replace("summary: Tóm tắt.", "summary: true"), encoding="utf-8")
    status, lines = run(project, "check", capsys)
    assert status == 1
    assert [line.split(":")[0] for line in lines[:-1]] == ["campaigns/hai.yml"] + [F] * 3
    assert lines[-1] == "Có 4 lỗi cần sửa; trang chưa được cập nhật."


def test_file_name_must_be_a_slug(project: Path, capsys) -> None:
    (project / "campaigns" / "Chiến dịch mới.yml").write_text(GOOD, encoding="utf-8")
    status, lines = run(project, "check", capsys)
    assert lines[0] == ("campaigns/Chiến dịch mới.yml:1:1: Tên tệp “Chiến dịch mới.yml” không hợp lệ "
                        "(tên tệp viết thường, không dấu, nối bằng gạch ngang, ví dụ chien-dich-moi.yml)")


def test_decomposed_text_is_normalised_to_nfc(project: Path) -> None:
    import unicodedata

    from sitegen.load.sources import load_sources

    decomposed = unicodedata.normalize("NFD", "Chiến dịch thử nghiệm")
    (project / F).write_text(GOOD.replace("Chiến dịch thử", decomposed), encoding="utf-8")
    title = load_sources(project).campaigns["thu"].data["title"]
    assert title == "Chiến dịch thử nghiệm" and unicodedata.is_normalized("NFC", title)


def test_github_actions_annotations(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    (project / F).write_text(GOOD.replace("2023-07-01", "2023-02-31"), encoding="utf-8")
    status, lines = run(project, "check", capsys)
    assert f"::error file={F},line=3,col=8::Ngày “2023-02-31” ở trường “start” không có thật (kiểm tra lại ngày và tháng, ví dụ tháng 2 chỉ có 28 hoặc 29 ngày)" in lines


def test_valid_file_passes(project: Path, capsys) -> None:
    (project / F).write_text(GOOD, encoding="utf-8")
    assert main(["--root", str(project), "fmt"]) == 0  # check wants the form the web editor writes, too
    status, _ = run(project, "check", capsys)
    assert status == 0


@pytest.mark.parametrize("text, expected", [
    ("", "Tệp đang trống"),
    ("- id: a\n", "Tệp phải gồm các trường dạng “tên_trường: giá trị”"),
])
def test_an_empty_or_shapeless_registry_says_how_it_starts(text: str, expected: str, project: Path, capsys) -> None:
    (project / "campaigns" / "registries" / "units" / "website-so.yml").write_text(text, encoding="utf-8")
    status, lines = run(project, "check", capsys)
    assert status == 1
    assert lines[0] == (f"campaigns/registries/units/website-so.yml:1:1: {expected} (mỗi tệp trong sổ là một mục, mỗi trường "
                        "một dòng, ví dụ “id: ma-viet-lien”; lỡ xóa thì lấy lại bản cũ bằng git checkout, hoặc xóa tệp)")


def test_a_malformed_build_date_is_one_line_without_a_location(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "hôm nay")
    status, lines = run(project, "generate", capsys)
    assert (status, lines) == (1, ["Biến môi trường SOURCE_DATE_EPOCH không phải số giây: đặt một số nguyên, "
                                   "ví dụ SOURCE_DATE_EPOCH=1688169600, hoặc bỏ biến này; chưa thay đổi gì."])


@pytest.mark.parametrize("text", ["no", "yes", "on", "Off", "1:30", "1_000", "0b101", "2023-07-01"])
def test_words_yaml_1_1_took_for_values_are_text(text: str, project: Path, capsys) -> None:
    """YAML 1.2, as the web editor and VS Code read files: what they show as text is text."""
    (project / F).write_text(GOOD.replace("summary: Tóm tắt.", f"summary: {text}"), encoding="utf-8")
    from sitegen.load.sources import load_sources

    assert load_sources(project).campaigns["thu"].data["summary"] == text


ORGANIZATIONS = "campaigns/registries/organizations/so-cong-thuong.yml"


@pytest.mark.parametrize("parent, expected", [
    ("ubnd-tinh-hai-duon", "Không tìm thấy cơ quan “ubnd-tinh-hai-duon” (có phải ý bạn là “ubnd-tinh-hai-duong”? "
                           "Nếu không phải, khai báo cơ quan mới trong campaigns/registries/organizations/, mỗi cơ quan một tệp)"),
    ("so-cong-thuong", "Cơ quan không thể là cơ quan chủ quản của chính nó (ghi mã cơ quan cấp trên, hoặc xóa trường parent)"),
])
def test_a_governing_body_is_another_organisation_of_the_registry(parent: str, expected: str, project: Path, capsys) -> None:
    registry = project / ORGANIZATIONS
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("parent: ubnd-tinh-hai-duong\n", f"parent: {parent}\n"), encoding="utf-8")
    status, lines = run(project, "check", capsys)
    assert status == 1
    assert lines[0] == f"{ORGANIZATIONS}:4:9: {expected}"
