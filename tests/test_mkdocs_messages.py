"""MkDocs' own warnings and errors reach the webmaster in Vietnamese, one line
each, naming the file and the line, never as a traceback (issue 21)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitegen.build.mkdocs_messages import mkdocs_messages
from test_validation import run

PAGE = "# Trang\n\nĐoạn văn.\n\nXem [hướng dẫn](khong-co.md) và [mục](#khong-co).\n"
FIX_LINK = "sửa đường dẫn cho đúng tên tệp, kể cả chữ hoa, chữ thường và dấu, hoặc thêm tệp đó vào docs/"
FIX_ANCHOR = ("phần sau dấu # là tiêu đề của mục, viết thường, không dấu, nối bằng gạch ngang, "
              "ví dụ #cach-viet-trang: sửa cho khớp một tiêu đề, hoặc bỏ phần #…")
FIX_NAV = "sửa hoặc xóa dòng đó trong phần nav: của mkdocs.yml"
UNKNOWN = ("Các thông báo sau của MkDocs chưa có bản tiếng Việt: thường là một liên kết hoặc một trang "
           "trong docs/ cần sửa; nếu không rõ, gửi nguyên văn cho người phát triển.")

# What MkDocs 1.6 prints -> what the webmaster reads. huong-dan/trang.md is hand-written (PAGE above).
MESSAGES = {
    "WARNING -  Doc file 'huong-dan/trang.md' contains a link 'khong-co.md', but the target 'huong-dan/khong-co.md' "
    "is not found among documentation files.":
        f"docs/huong-dan/trang.md:5:1: Liên kết “khong-co.md” trỏ tới tệp không có ({FIX_LINK})",
    "WARNING -  Doc file 'huong-dan/trang.md' contains a link 'khong-co.md', but the target is not found among "
    "documentation files. Did you mean 'khong-co/index.md'?":
        f"docs/huong-dan/trang.md:5:1: Liên kết “khong-co.md” trỏ tới tệp không có ({FIX_LINK}; có phải ý bạn là “khong-co/index.md”?)",
    "WARNING -  Doc file 'huong-dan/trang.md' contains an unrecognized relative link 'thu-muc/', it was left as is.":
        ("docs/huong-dan/trang.md:1:1: Liên kết “thu-muc/” không trỏ tới trang hay tệp nào (liên kết tới một trang thì ghi "
         "tên tệp .md, ví dụ bien-tap.md; tới tài liệu thì ghi cả đuôi tệp, ví dụ ../tai-lieu/ke-hoach.pdf)"),
    "WARNING -  Doc file 'huong-dan/trang.md' contains an absolute link '/tai-lieu/a.pdf', it was left as is.":
        ("docs/huong-dan/trang.md:1:1: Liên kết “/tai-lieu/a.pdf” bắt đầu bằng “/”: khi trang web đặt dưới một địa chỉ con, "
         "liên kết này sẽ hỏng (viết đường dẫn tính từ trang này, ví dụ ../tai-lieu/ke-hoach.pdf)"),
    "WARNING -  Doc file 'huong-dan/trang.md' contains a link '#khong-co', but there is no such anchor on this page.":
        f"docs/huong-dan/trang.md:5:1: Liên kết “#khong-co” trỏ tới một mục không có trên trang này ({FIX_ANCHOR})",
    "WARNING -  Doc file 'huong-dan/trang.md' contains a link 'bien-tap.md#muc', but the doc 'huong-dan/bien-tap.md' "
    "does not contain an anchor '#muc'.":
        f"docs/huong-dan/trang.md:1:1: Liên kết “bien-tap.md#muc” trỏ tới mục #muc không có trong trang huong-dan/bien-tap.md ({FIX_ANCHOR})",
    "WARNING -  Excluding 'huong-dan/README.md' from the site because it conflicts with 'huong-dan/index.md'.":
        ("Trang “huong-dan/README.md” do bộ sinh trang tạo ra: Trang này bị bỏ vì trùng địa chỉ với huong-dan/index.md "
         "(gộp hai tệp làm một, hoặc đổi tên một tệp)"),
    "WARNING -  A reference to 'huong-dan/mat.md' is included in the 'nav' configuration, which is not found in the "
    "documentation files.":
        f"mkdocs.yml:1:1: Menu (nav) có mục trỏ tới trang “huong-dan/mat.md” không có ({FIX_NAV})",
    "WARNING -  Doc file 'chien-dich/thu.md' contains a link '../tep/a%20b#c?.txt', but the target is not found "
    "among documentation files.":
        ("Trang “chien-dich/thu.md” do bộ sinh trang tạo ra: Liên kết “../tep/a%20b#c?.txt” trỏ tới tệp không có "
         f"({FIX_LINK}; nếu liên kết lấy từ một tệp trong campaigns/, sửa ở tệp đó)"),
    "ERROR   -  Error reading page 'huong-dan/trang.md':":
        ("docs/huong-dan/trang.md:1:1: MkDocs không dựng được trang này (xem lại trang, nhất là đoạn vừa sửa; "
         "nếu không rõ nguyên nhân, gửi thông báo này cho người phát triển)"),
    "ERROR   -  Config value 'theme': Unrecognised theme name: 'materal'.":
        ("mkdocs.yml:1:1: Thiết lập “theme” sai: Unrecognised theme name: 'materal'. (sửa thiết lập đó trong mkdocs.yml, "
         "hoặc lấy lại bản cũ bằng git checkout mkdocs.yml)"),
    "Aborted with 2 warnings in strict mode!": "MkDocs dừng vì 2 cảnh báo ở trên: ở chế độ nghiêm ngặt, mỗi cảnh báo đều phải được sửa.",
    "Aborted with 1 warnings, 1 errors in strict mode!":
        "MkDocs dừng vì 1 cảnh báo, 1 lỗi ở trên: ở chế độ nghiêm ngặt, mỗi cảnh báo đều phải được sửa.",
    "Aborted with 1 configuration errors!": "MkDocs dừng vì 1 lỗi trong mkdocs.yml ở trên.",
    "INFO    -  Building documentation to directory: /tmp/site": None,
}


@pytest.mark.parametrize("line", MESSAGES)
def test_each_known_mkdocs_message_is_one_vietnamese_line_naming_the_file(line: str, tmp_path: Path) -> None:
    page = tmp_path / "trang.md"
    page.write_text(PAGE, encoding="utf-8")
    expected = MESSAGES[line]
    assert mkdocs_messages(line, {"huong-dan/trang.md": page}) == ([expected] if expected else [])


def test_an_unknown_message_keeps_its_english_after_one_vietnamese_line() -> None:
    output = "WARNING -  Something new in MkDocs 1.7.\nERROR   -  And another thing.\n"
    assert mkdocs_messages(output) == [UNKNOWN, "MkDocs: WARNING -  Something new in MkDocs 1.7.",
                                       "MkDocs: ERROR   -  And another thing."]


def test_a_menu_entry_is_found_on_its_line_of_mkdocs_yml(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nnav:\n  - Trang chủ: index.md\n  - Mất: huong-dan/mat.md\n", encoding="utf-8")
    line = ("WARNING -  A reference to 'huong-dan/mat.md' is included in the 'nav' configuration, "
            "which is not found in the documentation files.")
    assert mkdocs_messages(line, config=config) == [f"mkdocs.yml:4:1: Menu (nav) có mục trỏ tới trang “huong-dan/mat.md” không có ({FIX_NAV})"]


def test_a_build_refused_by_mkdocs_says_why_in_vietnamese(project: Path, capsys) -> None:
    """A real strict build: the broken link and the anchor of a hand-written page, at their line."""
    (project / "docs" / "huong-dan" / "trang.md").write_text(PAGE, encoding="utf-8")
    assert run(project, "build", capsys) == (1, [
        f"docs/huong-dan/trang.md:5:1: Liên kết “khong-co.md” trỏ tới tệp không có ({FIX_LINK})",
        f"docs/huong-dan/trang.md:5:1: Liên kết “#khong-co” trỏ tới một mục không có trên trang này ({FIX_ANCHOR})",
        "MkDocs dừng vì 2 cảnh báo ở trên: ở chế độ nghiêm ngặt, mỗi cảnh báo đều phải được sửa.",
        "MkDocs không dựng được trang (xem thông báo ở trên); site/ giữ nguyên bản cũ."])
