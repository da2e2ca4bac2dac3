"""“Nhập văn bản đến” in the form (/bien-tap/nhap/), in Chromium, as a clerk with only a browser uses it:
make import's own Python code, run by Pyodide in the page, drafts the records and the campaign; each
opens in the form already filled, the clerk ticks off what was checked, saves, and make check passes.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import official_letter
import pytest
import yaml
from browser import MAYBE_OUTSIDE, GuardedPage, is_local
from playwright.sync_api import expect
from test_form_editor import SCREEN_MS, Editor, _check, _git_clone, editing
from test_import import NEWS_PAGE

pytestmark = pytest.mark.browser

# Pyodide's first start: 13 MB of WebAssembly and standard library, then the parse itself.
IMPORT_MS = 90_000
# A scan: tesseract.js's first start (its core and the Vietnamese model, 5 MB), then some 10 to 40 seconds a page
# on two busy cores.
OCR_MS = 240_000
PREVIEW_MS = 60_000
CORPUS = Path(__file__).resolve().parent / "fixtures" / "import-corpus" / "development"
PLAN_CAMPAIGN = Path("campaigns/tuyen-truyen-huong-ung-ngay-quyen-cua-nguoi-tieu-dung-viet-nam-nam-2024.yml")


@pytest.fixture(scope="module")
def editor(browser, tmp_path_factory):
    with editing(browser, _git_clone(tmp_path_factory.mktemp("form-import") / "project")) as session:
        # The import page opens the form in new tabs: the whole browser context is guarded, not only the first tab.
        outside: list[str] = []
        session.page.context.route(MAYBE_OUTSIDE, lambda route: route.continue_() if is_local(route.request.url)
                                   else (outside.append(route.request.url), route.abort()))
        yield session
        assert outside == [], f"requests that left 127.0.0.1: {outside}"


def _tab(editor: Editor, page) -> Editor:
    """The form in a tab the import page opened."""
    return Editor(GuardedPage(page.context, page), editor.url, editor.clone)


def open_import_page(editor: Editor) -> None:
    """From the form's list of campaigns, as a clerk goes: the button “Nhập văn bản đến”, until the page is ready."""
    editor.open("collections/campaigns")
    editor.page.get_by_role("link", name="Nhập văn bản đến").click(timeout=SCREEN_MS)
    expect(editor.page.locator("#trang-thai")).to_have_text("Sẵn sàng: chọn tệp văn bản đến.", timeout=IMPORT_MS)


def read_file(editor: Editor, file: Path, timeout: int = IMPORT_MS):
    """Choose `file` on the ready import page; the status line once the reading is over (no longer busy)."""
    status = editor.page.locator("#trang-thai")
    editor.page.set_input_files("#tep", str(file))
    expect(editor.page.locator("#ten-tep")).to_have_text(file.name)  # the change was seen: the status is now this file's
    expect(status).not_to_have_text("Sẵn sàng: chọn tệp văn bản đến.", timeout=IMPORT_MS)
    expect(status).to_have_attribute("aria-busy", "false", timeout=timeout)
    return status


def _import(editor: Editor, file: Path, timeout: int = IMPORT_MS):
    open_import_page(editor)
    return read_file(editor, file, timeout)


def check_and_save(editor: Editor, item, edit=lambda form: None) -> Path:
    """Open one draft in the form (a new tab), tick off each review item, `edit` it, save; the file it was saved to."""
    before = set(editor.git("status", "--porcelain", "--untracked-files=all", "campaigns").splitlines())
    with editor.page.context.expect_page() as opened:
        item.get_by_role("button", name="Mở trong biểu mẫu").click()
    form = _tab(editor, opened.value)
    expect(form.page.locator(".cd-review")).to_contain_text("chưa chắc", timeout=SCREEN_MS)  # the draft, with its marks
    ticks = form.page.locator(".cd-review").get_by_role("button", name="Đã kiểm tra")
    for _ in range(ticks.count()):  # each checked against the original, then ticked off
        left = ticks.count()
        ticks.first.click()
        expect(ticks).to_have_count(left - 1)
    edit(form)
    form.save()
    form.saved()
    form.page.close()
    after = set(editor.git("status", "--porcelain", "--untracked-files=all", "campaigns").splitlines())
    (added,) = after - before
    return Path(added.removeprefix("?? "))


REWRITTEN_TASK = "Đăng tin tuyên truyền Ngày Quyền của người tiêu dùng trên Website Sở."


def _sees_its_recipients(form: Editor) -> None:
    """A picker of several records shows the handed ones (it once showed none until a reload)."""
    field_id = form.field("Nơi nhận khác").get_attribute("id")
    expect(form.page.locator(f'label[for="{field_id}"]').locator("xpath=../..")).to_contain_text("Lãnh đạo Sở", timeout=SCREEN_MS)


def _rewrites_a_task(form: Editor) -> None:
    """Typing in a task of the handed draft (it once looked typed and was lost on save)."""
    action = form.page.get_by_label("Việc phải làm").first
    action.fill(REWRITTEN_TASK)
    expect(action).to_have_value(REWRITTEN_TASK)


def test_a_pdf_with_text_is_read_as_its_word_file_is(editor: Editor, tmp_path) -> None:
    """Before the Word file's test saves this plan: the page then knows it, and refuses to draft it twice."""
    status = _import(editor, official_letter.write_pdf(tmp_path / "ke-hoach.pdf"))
    expect(status).to_contain_text("Đã đọc ke-hoach.pdf")
    labels = editor.page.locator("#muc li").all_inner_texts()
    assert "215/KH-SCT – Tuyên truyền hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam năm 2024" in labels[0], labels
    assert "lớp chữ của tệp PDF" in editor.page.locator("#da-doc").inner_text()


def _drafts_marked_by_ocr(editor: Editor, name: str) -> None:
    """The plan's drafts from a scan: every fact marked as read by OCR, as make import marks them."""
    labels = editor.page.locator("#muc li").all_inner_texts()
    assert labels[-1].startswith("Chiến dịch (bản nháp)"), labels
    assert any("215/KH-SCT" in label for label in labels), labels
    found = editor.page.locator("#da-doc").inner_text()
    assert found.startswith(f"Đã đọc {name} (đọc chữ từ ảnh (OCR), "), found
    assert "Văn bản đọc bằng OCR: mọi thông tin đều được đánh dấu để đối chiếu với bản gốc." in found
    with editor.page.context.expect_page() as opened:  # the plan's own record, opened in the form, not saved
        editor.page.locator("#muc li", has_text="215/KH-SCT").first.get_by_role("button", name="Mở trong biểu mẫu").click()
    form = _tab(editor, opened.value)
    expect(form.page.locator(".cd-review")).to_contain_text("đọc bằng OCR", timeout=SCREEN_MS)
    form.page.close()


def test_a_scan_is_read_in_the_browser_and_every_fact_marked_for_checking(editor: Editor, tmp_path) -> None:
    """Before the Word file's test saves this plan. No text layer: pdf.js draws the page, tesseract.js reads it."""
    scan = official_letter.write_scan(official_letter.write_pdf(tmp_path / "ke-hoach.pdf"), tmp_path / "ban-quet.pdf")
    status = _import(editor, scan, OCR_MS)
    expect(status).to_contain_text("Đã đọc ban-quet.pdf: ")
    _drafts_marked_by_ocr(editor, "ban-quet.pdf")


def _photo(folder: Path, name: str) -> Path:
    """The plan's first page as a 200 dpi grey image, as a phone or a scanner gives it."""
    pdf = official_letter.write_pdf(folder / "ke-hoach.pdf")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", "-f", "1", "-l", "1", str(pdf),
                    str(folder / name)], check=True, timeout=120)
    return folder / f"{name}.png"


def test_a_photo_is_read_in_the_browser_too(editor: Editor, tmp_path) -> None:
    status = read_file(editor, _photo(tmp_path, "anh-chup"), OCR_MS)  # on the page the scan left: the reader is loaded
    expect(status).to_contain_text("Đã đọc anh-chup.png: ")
    _drafts_marked_by_ocr(editor, "anh-chup.png")


def test_a_tiff_which_chromium_cannot_show_is_read_by_tesseracts_own_decoder(editor: Editor, tmp_path) -> None:
    from PIL import Image

    Image.open(_photo(tmp_path, "ban-quet")).save(tmp_path / "ban-quet.tif", compression="tiff_lzw")
    status = read_file(editor, tmp_path / "ban-quet.tif", OCR_MS)
    expect(status).to_contain_text("Đã đọc ban-quet.tif: ")
    _drafts_marked_by_ocr(editor, "ban-quet.tif")


def test_a_photo_with_no_text_or_too_many_pixels_is_one_line(editor: Editor, tmp_path) -> None:
    from PIL import Image

    Image.new("L", (1240, 1754), 255).save(tmp_path / "trang-trang.png")
    status = read_file(editor, tmp_path / "trang-trang.png", OCR_MS)
    expect(status).to_have_text("Không đọc được chữ nào trong trang-trang.png (trang trắng, hoặc ảnh quá mờ): quét lại ở "
                                "300 dpi rồi nhập lại; chưa ghi gì.")
    expect(editor.page.locator("#ket-qua")).to_be_hidden()
    Image.new("1", (10_100, 10_000), 1).save(tmp_path / "qua-lon.png")  # 101 megapixels in a few kilobytes
    status = read_file(editor, tmp_path / "qua-lon.png", OCR_MS)
    expect(status).to_have_text("Không đọc tệp qua-lon.png: ảnh quá 100 triệu điểm, lớn hơn mọi ảnh chụp văn bản: tệp hỏng "
                                "hoặc độc hại; chụp hoặc quét lại ở 300 dpi rồi nhập lại; chưa ghi gì.")
    expect(editor.page.locator("#ket-qua")).to_be_hidden()


def test_a_reader_that_cannot_be_fetched_is_one_line_not_a_wait_without_end(editor: Editor, tmp_path) -> None:
    """A release published without the Vietnamese model (or a proxy that blocks it): tesseract.js would wait forever."""
    scan = official_letter.write_scan(official_letter.write_pdf(tmp_path / "ke-hoach.pdf"), tmp_path / "ban-quet.pdf")
    missing = "**/tesseract/vie/vie.traineddata.gz"  # on the page: its routes come before the context's
    editor.page.route(missing, lambda route: route.fulfill(status=404))
    try:
        status = _import(editor, scan, OCR_MS)
    finally:
        editor.page.unroute(missing)
    expect(status).to_have_text(
        "Tệp ban-quet.pdf là bản quét hoặc ảnh chụp, không có lớp chữ, mà trình duyệt này không đọc được chữ từ ảnh. Xin "
        "nơi gửi bản Word (.docx) hoặc PDF gốc rồi nhập lại, hoặc nhờ người quản trị nhập giúp (lệnh make import, có đọc "
        "chữ từ ảnh); chưa ghi gì.")
    expect(editor.page.locator("#ket-qua")).to_be_hidden()

def test_a_copy_without_its_header_asks_which_document_it_is_and_reads_it_again(editor: Editor, tmp_path) -> None:
    page = tmp_path / "lich-tiep-dan.txt"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    status = _import(editor, page)
    asked = editor.page.locator("#chon-so")
    expect(asked).to_be_visible()
    # The page's own notice, named outside any ground, with its line; never the law it carries out.
    expect(asked.get_by_role("button")).to_have_text(["Đây là văn bản số 65/TB-SCT"])
    expect(asked.locator("li").first).to_contain_text('dòng 7: "Tệp đính kèm: Thông báo số 65/TB-SCT')
    asked.get_by_role("button").first.click()
    expect(status).to_have_text(re.compile(r"^Đã đọc lich-tiep-dan\.txt là văn bản số 65/TB-SCT: "), timeout=IMPORT_MS)
    expect(asked).to_be_hidden()
    expect(editor.page.locator("#muc li").filter(has_text="65/TB-SCT – ")).to_have_count(1)
    expect(editor.page.locator("#da-doc")).to_contain_text("Số ký hiệu: 65/TB-SCT")
    assert editor.git("status", "--porcelain", "--untracked-files=all", "campaigns") == ""  # nothing saved by choosing


def test_a_plan_in_word_becomes_records_and_a_campaign_that_pass_make_check_once_checked(editor: Editor, tmp_path) -> None:
    """A clerk with only a browser: pick the .docx, open each draft, tick off, save; nothing typed."""
    status = _import(editor, official_letter.write_docx(tmp_path / "ke-hoach.docx"))
    expect(status).to_contain_text("Đã đọc ke-hoach.docx")
    items = editor.page.locator("#muc li")
    labels = items.all_inner_texts()
    assert labels[-1].startswith("Chiến dịch (bản nháp)"), labels
    assert "215/KH-SCT – Tuyên truyền hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam năm 2024" in labels[0], labels
    found = editor.page.locator("#da-doc").inner_text()
    assert "215/KH-SCT" in found and "(dòng " in found  # each fact with its source line, as make import prints
    saved = [check_and_save(editor, items.nth(index), edit) for index, edit in enumerate(
        [_sees_its_recipients] + [lambda form: None] * (items.count() - 2) + [_rewrites_a_task])]
    assert saved[-1] == PLAN_CAMPAIGN, saved
    assert all(str(path).startswith("campaigns/registries/") for path in saved[:-1]), saved
    campaign = yaml.safe_load((editor.clone / PLAN_CAMPAIGN).read_text(encoding="utf-8"))
    assert campaign["documents"][0] == "215/KH-SCT" and not campaign.get("review")
    assert campaign["tasks"][0]["action"] == REWRITTEN_TASK  # an edit inside a list of the handed draft is kept
    check = _check(editor.clone)
    assert check.returncode == 0, check.stdout + check.stderr
    assert editor.page.evaluate("window.__violations") == []
    preview = editor.page.context.new_page()
    preview.goto(editor.url.replace("bien-tap/", f"chien-dich/{PLAN_CAMPAIGN.stem}/"))
    preview.locator("h1", has_text=campaign["title"]).wait_for(timeout=PREVIEW_MS)  # the preview regenerates after the save
    assert "215/KH-SCT" in preview.locator("article").inner_text()
    preview.close()


def test_a_document_imported_already_is_not_drafted_twice(editor: Editor, tmp_path) -> None:
    """After the Word file's test: its campaign is published in the preview, and the page knows it."""
    status = _import(editor, official_letter.write_docx(tmp_path / "ke-hoach-lan-2.docx"))
    expect(status).to_have_text(f"Đã có tệp {PLAN_CAMPAIGN.as_posix()} (văn bản này đã được nhập, hoặc có chiến dịch cùng "
                                "tên): mở tệp đó để sửa; chưa ghi gì.")
    expect(editor.page.locator("#ket-qua")).to_be_hidden()


def test_the_form_saves_exactly_what_make_import_would_write(editor: Editor, tmp_path) -> None:
    """One parser: a draft saved unchanged from the form is, byte for byte, the file make import's code plans."""
    letter = CORPUS / "24-kh-155-ubnd-bac-ninh.txt"  # a real plan, pasted from the web
    _import(editor, letter)
    day = editor.page.evaluate("new Date().toLocaleDateString('sv')")  # the clerk's day: make import's date
    planned = subprocess.run(
        [sys.executable, "-c", PLAN, str(editor.clone), str(letter), day], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[1] / "scripts")
    texts = json.loads(planned.stdout)
    before = set(editor.git("status", "--porcelain", "--untracked-files=all", "campaigns").splitlines())
    item = editor.page.locator("#muc li").last
    with editor.page.context.expect_page() as opened:
        item.get_by_role("button", name="Mở trong biểu mẫu").click()
    form = _tab(editor, opened.value)
    expect(form.page.locator(".cd-review")).to_contain_text("chưa chắc", timeout=SCREEN_MS)
    form.save()
    form.saved()
    form.page.close()
    (added,) = set(editor.git("status", "--porcelain", "--untracked-files=all", "campaigns").splitlines()) - before
    saved = editor.clone / added.removeprefix("?? ")
    # The form names the file from the title, as for any new campaign; its text is make import's.
    (text,) = (text for path, text in texts.items() if path.count("/") == 1)
    assert saved.read_text(encoding="utf-8") == text
    saved.unlink()


# make import's planning, in CPython, with the form's wording: {path: text} of every file it would write.
PLAN = """
import datetime as dt, json, sys
from pathlib import Path
from sitegen.importer.in_form import BY
from sitegen.importer.run import plan_import
writes = plan_import(Path(sys.argv[1]), Path(sys.argv[2]), dt.date.fromisoformat(sys.argv[3]), by=BY, ocr=False).writes
print(json.dumps({**writes.records, writes.campaign: writes.campaign_text}))
"""


@pytest.fixture(scope="module")
def published_form(tmp_path_factory):
    """The site built for a git host (GitHub here), released, and served by the nginx sample under /chien-dich/."""
    import datetime as dt

    from conftest import TEST_TODAY, copy_project, environment
    from nginx import nginx_serving
    from sitegen.build.pipeline import build
    from sitegen.release import make_dist, publish

    root = copy_project(tmp_path_factory.mktemp("published-form") / "project")
    with environment(SITE_URL="https://example.gov.vn/chien-dich/", SOURCE_DATE_EPOCH="1795651200",
                     CMS_BACKEND="github", CMS_REPO="so-cong-thuong/chien-dich",
                     CMS_AUTH_URL="https://dang-nhap.example.gov.vn"):
        build(root, TEST_TODAY)
    dest = tmp_path_factory.mktemp("www") / "chien-dich"
    publish(make_dist(root, root / "site", TEST_TODAY), str(dest), now=dt.datetime(2026, 11, 26, 8, 0))
    with nginx_serving(dest, tmp_path_factory.mktemp("nginx")) as url:
        yield url


def test_the_import_works_as_published_behind_nginx(guarded, published_form: str, tmp_path) -> None:
    """No make serve: the release's own files, under nginx's headers (its CSP, nosniff, the types of .mjs, .wasm and
    the Vietnamese model's .gz), for a pasted text and for a scan (pdf.js's and tesseract.js's workers)."""
    page = guarded.page
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
    page.goto(published_form + "bien-tap/nhap/")
    status = page.locator("#trang-thai")
    expect(status).to_have_text("Sẵn sàng: chọn tệp văn bản đến.", timeout=IMPORT_MS)
    page.set_input_files("#tep", str(CORPUS / "24-kh-155-ubnd-bac-ninh.txt"))
    expect(status).to_contain_text("Đã đọc 24-kh-155-ubnd-bac-ninh.txt", timeout=IMPORT_MS)
    assert page.locator("#muc li").last.inner_text().startswith("Chiến dịch (bản nháp)")
    scan = official_letter.write_scan(official_letter.write_pdf(tmp_path / "ke-hoach.pdf"), tmp_path / "ban-quet.pdf")
    page.set_input_files("#tep", str(scan))
    expect(status).to_contain_text("Đã đọc ban-quet.pdf: ", timeout=OCR_MS)
    assert page.locator("#da-doc").inner_text().startswith("Đã đọc ban-quet.pdf (đọc chữ từ ảnh (OCR), ")
    assert violations == []
