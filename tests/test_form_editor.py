"""The form editor (/bien-tap/) in Chromium, as an editor uses it with `make serve`:
Decap CMS and the preview's editor API writing into a temporary clone, in one browser session.

The browser reads English (many office computers do): the editor must still
speak Vietnamese. Every request leaving 127.0.0.1 is blocked and recorded, and
the page's Content-Security-Policy violations are collected.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from browser import GuardedPage, running_preview, serve_directory
from playwright.sync_api import Error as PlaywrightError, expect
from conftest import SCREENSHOTS as ALL_SCREENSHOTS
from conftest import copy_project_with_make
from sitegen.build.pipeline import mkdocs_environment
from sitegen.fmt.files import format_files
from sitegen.load.schema import SCHEMAS
from sitegen.render.cms_backend import CmsBackend
from sitegen.render.editor_files import editor_config

pytestmark = pytest.mark.browser

# Every violation of the page's policy, kept by the page itself.
VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(
  {directive: e.effectiveDirective, blocked: e.blockedURI, line: e.lineNumber}));
"""
# How long the editor may take to show a screen (Decap loads 5 MB of script).
SCREEN_MS = 30_000
# The form as a clerk sees it, for a reviewer to look at.
SCREENSHOTS = ALL_SCREENSHOTS / "bien-tap"


@dataclass
class Editor:
    guarded: GuardedPage
    url: str
    clone: Path

    @property
    def page(self):
        return self.guarded.page

    def open(self, route: str) -> None:
        """Go to a screen of the editor (a Decap route after #/)."""
        self.page.goto(f"{self.url}#/{route}")

    def field(self, label: str):
        return self.page.get_by_label(label).last

    def pick(self, label: str, text: str) -> None:
        """Choose, in a list of choices, the one that shows `text` (typed to find it)."""
        field = self.field(label)
        field.click()
        field.press_sequentially(text)  # into the field itself, not whatever holds the focus yet
        self.page.locator("[id*=option]", has_text=text).first.click(timeout=SCREEN_MS)

    def save(self) -> None:
        """Save as a clerk does without review (make serve): the menu "Lưu", then "Lưu ngay"."""
        self.page.get_by_role("button", name="Lưu", exact=True).first.click()
        self.page.get_by_text("Lưu ngay", exact=True).click()

    def saved(self) -> None:
        self.page.get_by_text("Mục đã được lưu").last.wait_for(timeout=SCREEN_MS)
        self.page.get_by_text("Thay đổi đã được lưu").wait_for(timeout=SCREEN_MS)
        # A new entry, once saved, moves to its own address a moment later: the next test must not
        # open its screen before, or Decap's move lands on top of it (seen under load).
        self.page.wait_for_function("() => !location.hash.endsWith('/new') && !location.hash.includes('/new?')",
                                    timeout=SCREEN_MS)

    def message(self, text: str) -> None:
        """Wait until the page shows `text`, a message to the editor."""
        self.page.get_by_text(text).first.wait_for(timeout=SCREEN_MS)

    def field_says(self, label: str, text: str) -> None:
        """Wait until the field labelled `label` shows `text`: Decap lists a field's messages beside its label."""
        field_id = self.field(label).get_attribute("id")
        expect(self.page.locator(f'label[for="{field_id}"] + ul')).to_have_text(text, timeout=SCREEN_MS)

    def git(self, *args: str) -> str:
        return subprocess.run(["git", *args], cwd=self.clone, capture_output=True, text=True, check=True).stdout


def _git_clone(target: Path) -> Path:
    """A copy of the project that make runs in, under git (to read the editor's diffs), its files
    in the web editor's layout (the repository's own may wait for CI's fmt job)."""
    clone = copy_project_with_make(target)
    format_files(clone)
    for command in (["init", "-q"], ["add", "-A"], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "clone"]):
        subprocess.run(["git", *command], cwd=clone, check=True, capture_output=True)
    return clone


@contextlib.contextmanager
def editing(browser, clone: Path) -> Iterator[Editor]:
    """The form under make serve in `clone`, logged in (the local workflow: no password), on its first screen."""
    with running_preview(clone, "bien-tap/", mkdocs_environment()) as url:
        context = browser.new_context(locale="en-US", timezone_id="Asia/Ho_Chi_Minh", viewport={"width": 1280, "height": 900})
        context.add_init_script(VIOLATIONS)
        guarded = GuardedPage(context)
        guarded.page.goto(url)
        guarded.page.get_by_role("button", name="Đăng nhập").click(timeout=SCREEN_MS)
        guarded.page.get_by_text("Chiến dịch").first.wait_for(timeout=SCREEN_MS)
        yield Editor(guarded, url, clone)
        context.close()


@pytest.fixture(scope="module")
def editor(browser, tmp_path_factory):
    with editing(browser, _git_clone(tmp_path_factory.mktemp("editor") / "project")) as session:
        yield session


NEW_DOCUMENT = "6022/KH-BCT"
NEW_TITLE = "Tháng hành động vì an toàn thực phẩm năm 2023"
NEW_SLUG = "thang-hanh-dong-vi-an-toan-thuc-pham-nam-2023"
NEW_DOCUMENT_FILE = Path("campaigns/registries/documents/6022-kh-bct.yml")


def test_a_new_document_with_a_wrong_date_is_refused_in_vietnamese_then_saved(editor: Editor) -> None:
    editor.open("collections/documents/new")
    editor.field("Số ký hiệu").fill(NEW_DOCUMENT)
    editor.pick("Loại văn bản", "Kế hoạch")
    editor.field("Ngày ban hành").fill("31/04/2023")
    editor.field("Trích yếu").fill("triển khai Tháng hành động vì an toàn thực phẩm")
    editor.save()
    editor.field_says("Ngày ban hành", "Ngày ban hành: ngày 31/04/2023 không có thật (tháng 4 chỉ có 30 ngày).")
    assert not (editor.clone / NEW_DOCUMENT_FILE).exists()
    editor.field("Ngày ban hành").fill("")
    editor.field("Ngày ban hành").fill("10/7/2023")  # a registry's date is typed as a campaign's
    editor.save()
    editor.saved()
    # Its own file, named from its number as make import names it (load/registry.py), fields in the schema's order.
    document = yaml.safe_load((editor.clone / NEW_DOCUMENT_FILE).read_text(encoding="utf-8"))
    assert document == {"number": NEW_DOCUMENT, "kind": "Kế hoạch", "date": dt.date(2023, 7, 10),
                        "subject": "triển khai Tháng hành động vì an toàn thực phẩm"}
    order = list(SCHEMAS["documents"]["properties"])
    assert list(document) == [key for key in order if key in document]
    assert editor.git("status", "--porcelain", "campaigns/registries") == f"?? {NEW_DOCUMENT_FILE}\n"  # nothing else touched


def test_a_new_campaign_resting_on_the_new_document_passes_make_check_and_shows_on_the_preview(editor: Editor) -> None:
    editor.open("collections/campaigns/new")
    editor.field("Tên chiến dịch").fill(NEW_TITLE)
    editor.field("Tóm tắt").fill(f"Triển khai Tháng hành động vì an toàn thực phẩm theo Kế hoạch số {NEW_DOCUMENT}.")
    editor.field("Ngày bắt đầu").fill("31/02/2023")
    editor.field("Ngày kết thúc").fill("1/7/2023")
    editor.pick("Văn bản chỉ đạo", NEW_DOCUMENT)
    editor.page.get_by_role("button", name="Thêm Nhiệm vụ").click()
    editor.field("Việc phải làm").fill("Tuyên truyền Tháng hành động trên Website Sở.")
    editor.pick("Đơn vị thực hiện", "Website Sở")
    editor.save()
    editor.field_says("Ngày bắt đầu", "Ngày bắt đầu: ngày 31/02/2023 không có thật (tháng 2 năm 2023 chỉ có 28 ngày).")
    editor.field("Ngày bắt đầu").fill("15/07/2023")
    editor.save()
    # A check across fields shows at the field it is about, not in a notice at the top.
    editor.field_says("Ngày kết thúc", "Ngày kết thúc 01/07/2023 ở trước ngày bắt đầu 15/07/2023: kiểm tra lại hai ngày; "
                      "có thể đã đảo ngày và tháng.")
    path = editor.clone / "campaigns" / f"{NEW_SLUG}.yml"
    assert not path.exists()
    editor.field("Ngày kết thúc").fill("15/8/2023")
    editor.save()
    editor.saved()
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == {
        "title": NEW_TITLE, "summary": f"Triển khai Tháng hành động vì an toàn thực phẩm theo Kế hoạch số {NEW_DOCUMENT}.",
        "start": dt.date(2023, 7, 15), "end": dt.date(2023, 8, 15), "documents": [NEW_DOCUMENT],
        "tasks": [{"action": "Tuyên truyền Tháng hành động trên Website Sở.", "assignees": ["website-so"]}]}
    check = _check(editor.clone)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout == "Hợp lệ: 10 chiến dịch.\n"
    preview = editor.page.context.new_page()
    preview.goto(editor.url.replace("bien-tap/", f"chien-dich/{NEW_SLUG}/"))
    preview.locator("h1", has_text=NEW_TITLE).wait_for(timeout=60_000)  # the preview regenerates after the save
    assert "Website Sở" in preview.locator("article").inner_text()
    preview.close()


# What a reader takes from a campaign page: its title, status, facts, and the rows of
# the table under each heading (a task's state and each unit's progress among them);
# the same function reads the page and the preview.
KEY_TEXT = """(root) => {
  const text = (element) => element.textContent.replace("¶", "").replace(/\\s+/g, " ").trim();
  const tables = {};
  for (const heading of root.querySelectorAll("h2, h3")) {
    let next = heading.nextElementSibling;
    while (next && next.tagName !== "TABLE" && !/^H[23]$/.test(next.tagName)) next = next.nextElementSibling;
    if (next && next.tagName === "TABLE") tables[text(heading)] = [...next.querySelectorAll("tbody tr")].map((row) => [...row.children].map(text));
  }
  return {title: text(root.querySelector("h1")), status: text(root.querySelector(".cd-status")),
          facts: Object.fromEntries([...root.querySelectorAll(".cd-facts dt")].map((term) => [text(term), text(term.nextElementSibling)])),
          tables};
}"""


def _preview_and_page(editor: Editor, slug: str) -> tuple[dict, dict]:
    preview = editor.page.frame_locator("#preview-pane").locator("article.cd-preview")
    expect(preview.locator("table").first).to_be_visible(timeout=SCREEN_MS)
    editor.page.wait_for_timeout(500)  # the registries' names arrive after the first drawing
    shown = preview.evaluate(KEY_TEXT)
    return shown, _built_page(editor, slug)


def _built_page(editor: Editor, slug: str) -> dict:
    """The campaign page's key text. MkDocs may still be rebuilding after the last save, and its live
    reload then reloads the page under the reading: read again until a reading completes, within a bound."""
    page = editor.page.context.new_page()
    deadline = time.monotonic() + SCREEN_MS / 1000
    try:
        page.goto(editor.url.replace("bien-tap/", f"chien-dich/{slug}/"))
        while True:
            try:
                return page.locator("article").evaluate(KEY_TEXT, timeout=SCREEN_MS)
            except PlaywrightError as error:
                if "context was destroyed" not in str(error):
                    raise
                if time.monotonic() > deadline:
                    raise AssertionError(f"the page of {slug} kept reloading for {SCREEN_MS // 1000} s") from error
                page.wait_for_load_state(timeout=SCREEN_MS)
    finally:
        page.close()


@pytest.mark.parametrize("slug", [NEW_SLUG, "ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich"])
def test_the_preview_shows_the_campaign_as_its_page_does(editor: Editor, slug: str) -> None:
    path = editor.clone / "campaigns" / f"{slug}.yml"
    title = yaml.safe_load(path.read_text(encoding="utf-8"))["title"]
    editor.open("collections/campaigns")
    editor.page.get_by_role("link", name=title).first.click(timeout=SCREEN_MS)
    shown, built = _preview_and_page(editor, slug)
    assert shown["title"] == built["title"] == title
    assert shown["status"] == built["status"]
    built["facts"].pop("Lịch")  # the calendar file is the build's
    assert shown["facts"] == built["facts"]
    assert shown["tables"] == built["tables"] and built["tables"]


def _check(clone: Path) -> subprocess.CompletedProcess:
    """`make check` in the clone, as its own generator runs it."""
    return subprocess.run([sys.executable, "-m", "sitegen", "check"], cwd=clone, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(clone / "scripts")})


def test_an_attachment_uploaded_in_the_form_goes_where_make_check_accepts_it(editor: Editor, tmp_path: Path) -> None:
    upload = tmp_path / "Kế hoạch tuyên truyền.pdf"
    # A whole PDF, as make check wants one: its cross-reference table at the offset startxref gives.
    upload.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\nstartxref\n27\n%%EOF\n")
    editor.open("collections/campaigns")
    editor.page.get_by_role("link", name=NEW_TITLE).first.click(timeout=SCREEN_MS)
    editor.page.get_by_role("button", name="Thêm tài liệu tuyên truyền").click(timeout=SCREEN_MS)
    editor.field("Tên tài liệu").fill("Kế hoạch tuyên truyền")
    editor.page.get_by_role("button", name="Chọn một tập tin").click()
    editor.page.locator("input[type=file]").first.set_input_files(upload)
    editor.page.get_by_role("button", name="Lấy những cái đã chọn").click(timeout=SCREEN_MS)  # the upload is selected
    editor.save()
    editor.saved()
    path = editor.clone / "campaigns" / f"{NEW_SLUG}.yml"
    # The name loses its tone marks and spaces, as file names in the repository do.
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["materials"] == [
        {"title": "Kế hoạch tuyên truyền", "file": "docs/tai-lieu/ke-hoach-tuyen-truyen.pdf"}]
    assert (editor.clone / "docs" / "tai-lieu" / "ke-hoach-tuyen-truyen.pdf").read_bytes() == upload.read_bytes()
    check = _check(editor.clone)
    assert (check.returncode, check.stdout) == (0, "Hợp lệ: 10 chiến dịch.\n"), check.stderr


def _lines_of(text: str, key: str) -> range:
    """The lines (0-based) that the top-level `key` of a YAML mapping spans."""
    node = yaml.compose(text)
    for key_node, value_node in node.value:
        if key_node.value == key:
            return range(key_node.start_mark.line, value_node.end_mark.line + (value_node.end_mark.column > 0))
    raise AssertionError(f"no {key} in the file")


# The repository keeps its files in the form Decap writes (make fmt, CI's fmt job), so Decap's
# rewrite of the whole file shows as a one-field diff.
def test_editing_the_summary_of_a_campaign_changes_only_the_summary(editor: Editor) -> None:
    path = editor.clone / "campaigns" / "giam-ngheo-ben-vung.yml"
    before = path.read_text(encoding="utf-8")
    editor.open("collections/campaigns")  # then the entry, as an editor finds it in the list
    editor.page.get_by_role("link", name=re.compile("^Chương trình mục tiêu quốc gia giảm nghèo")).click(timeout=SCREEN_MS)
    expect(editor.field("Tên chiến dịch")).to_have_value(re.compile("^Chương trình mục tiêu"), timeout=SCREEN_MS)
    summary = editor.field("Tóm tắt")
    summary.fill(summary.input_value().replace("Tăng cường tuyên truyền", "Đẩy mạnh tuyên truyền"))
    editor.save()
    editor.saved()
    after = path.read_text(encoding="utf-8")
    assert "Đẩy mạnh tuyên truyền" in after
    old, new = before.splitlines(), after.splitlines()
    summary_before, summary_after = _lines_of(before, "summary"), _lines_of(after, "summary")
    changed = [(tag, i1, i2, j1, j2) for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new).get_opcodes()
               if tag != "equal"]
    outside = [line for _, i1, i2, j1, j2 in changed
               for line in [*(old[i] for i in range(i1, i2) if i not in summary_before),
                            *(new[j] for j in range(j1, j2) if j not in summary_after)]]
    assert outside == [], "lines changed besides the summary:\n" + "\n".join(outside)


def test_a_result_recorded_in_the_form_closes_the_task_on_the_preview(editor: Editor) -> None:
    """Issue 15 in the form: the day a task was done, and its report, as a clerk records them."""
    path = editor.clone / "campaigns" / f"{NEW_SLUG}.yml"
    editor.open("collections/campaigns")
    editor.page.get_by_role("link", name=NEW_TITLE).first.click(timeout=SCREEN_MS)
    expect(editor.field("Tên chiến dịch")).to_have_value(NEW_TITLE, timeout=SCREEN_MS)
    editor.field("Ngày hoàn thành").fill("10/7/2023")
    editor.field("Báo cáo kết quả").fill("https://congthuong.haiduong.gov.vn/bao-cao-thang-7.pdf")
    editor.save()
    # At the task's own date, inside the list of tasks.
    editor.field_says("Ngày hoàn thành", "Nhiệm vụ 1: ngày hoàn thành 10/07/2023 ở trước khi chiến dịch bắt đầu (15/07/2023).")
    assert "done:" not in path.read_text(encoding="utf-8")
    editor.field("Ngày hoàn thành").fill("")
    editor.field("Ngày hoàn thành").fill("20/7/2023")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    editor.field("Việc phải làm").scroll_into_view_if_needed()  # the form scrolls inside its pane
    editor.page.screenshot(path=SCREENSHOTS / "ghi-ket-qua-nhiem-vu.png")
    editor.save()
    editor.saved()
    task = yaml.safe_load(path.read_text(encoding="utf-8"))["tasks"][0]
    assert task == {"action": "Tuyên truyền Tháng hành động trên Website Sở.", "assignees": ["website-so"],
                    "done": dt.date(2023, 7, 20), "report": "https://congthuong.haiduong.gov.vn/bao-cao-thang-7.pdf"}
    check = _check(editor.clone)
    assert check.returncode == 0, check.stdout + check.stderr
    preview = editor.page.context.new_page()
    preview.goto(editor.url.replace("bien-tap/", f"chien-dich/{NEW_SLUG}/"))
    expect(preview.locator("article .cd-task-state").first).to_have_text("Đã xong", timeout=60_000)  # after the rebuild
    preview.close()


MONTH_TITLE = "Chiến dịch thử theo tháng"
MONTH_SLUG = "chien-dich-thu-theo-thang"
# Decap rejects the save it refuses with no reason given: the browser reports that rejection as "undefined".
REFUSED_SAVE = "undefined"


def _preview_text(editor: Editor, title: str) -> str:
    preview = editor.page.frame_locator("#preview-pane").locator("article.cd-preview")
    expect(preview.locator("h1")).to_have_text(title, timeout=SCREEN_MS)
    return preview.inner_text()


def test_a_month_or_a_year_is_typed_as_written_checked_at_its_field_and_the_campaign_deleted_in_the_form(editor: Editor) -> None:
    """Issue 22: one date box for every date; an impossible date is named at its field and never
    reaches the preview as NaN; clearing a date throws nothing; a check across fields shows at its
    field; the buttons say Lưu; and, under make serve, a campaign is deleted from the working tree."""
    path = editor.clone / "campaigns" / f"{MONTH_SLUG}.yml"
    editor.open("collections/campaigns/new")
    editor.field("Tên chiến dịch").fill(MONTH_TITLE)
    editor.field("Tóm tắt").fill("Thử ghi tháng thay cho ngày.")
    editor.field("Tháng hoặc năm").fill("13/2023")
    editor.field("Ngày bắt đầu").fill("31/04/2024")
    shown = _preview_text(editor, MONTH_TITLE)
    assert not re.search("NaN|undefined", shown) and "Văn bản không nêu thời gian thực hiện" in shown
    editor.field("Ngày bắt đầu").fill("")  # cleared: nothing breaks
    editor.page.get_by_role("button", name="Thêm tài liệu tuyên truyền").click()
    editor.field("Tên tài liệu").fill("Tờ rơi")
    editor.save()
    editor.field_says("Tháng hoặc năm", "Tháng hoặc năm: tháng 13/2023 không có thật (tháng chỉ từ 1 đến 12).")
    editor.field_says("Liên kết", "Tài liệu 1 (Tờ rơi) cần đúng một trong hai: liên kết hoặc tệp đính kèm.")
    assert not path.exists()
    editor.field("Tháng hoặc năm").fill("07/2023")
    editor.field("Liên kết").fill("https://congthuong.haiduong.gov.vn/to-roi.pdf")
    editor.save()
    editor.saved()
    assert "\nperiod: 2023-07\n" in path.read_text(encoding="utf-8")
    assert "Trong tháng 7/2023" in _preview_text(editor, MONTH_TITLE)
    toolbar = editor.page.locator("body").inner_text()
    assert "Đã lưu" in toolbar and not re.search("công bố", toolbar, re.IGNORECASE)
    assert _check(editor.clone).stdout == "Hợp lệ: 11 chiến dịch.\n"
    confirmed = []
    editor.page.once("dialog", lambda dialog: (confirmed.append(dialog.message), dialog.accept()))
    editor.page.get_by_role("button", name="Xóa mục này").click()
    editor.page.get_by_role("link", name=NEW_TITLE).first.wait_for(timeout=SCREEN_MS)  # back to the list
    assert confirmed == ["Xóa hẳn mục này? Tệp của nó bị xóa khỏi thư mục đang mở; trang công khai chỉ đổi khi thay "
                         "đổi được duyệt."]
    assert not path.exists() and _check(editor.clone).stdout == "Hợp lệ: 10 chiến dịch.\n"
    # Nor in any test before: dates cleared in a registry, in a task, at the top of a campaign.
    assert [error for error in editor.guarded.errors if error != REFUSED_SAVE] == []


def test_with_review_the_form_says_luu_and_gui_duyet_and_cannot_publish_or_delete_a_published_campaign(browser,
                                                                                                      editor: Editor) -> None:
    """The form as published for GitHub, GitLab or Forgejo (editorial workflow), on Decap's in-memory
    test repository: a draft is saved ("Lưu") and sent to review ("Gửi duyệt"); merging and
    deleting a published campaign are the git host's, behind its review (cms_config.under_review)."""
    config = editor_config(CmsBackend({"name": "test-repo"}, (), "editorial_workflow"), editor.url)
    context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
    guarded = GuardedPage(context)
    page = guarded.page
    page.route("**/bien-tap/config.yml", lambda route: route.fulfill(
        content_type="text/yaml", body=yaml.safe_dump(config, allow_unicode=True, sort_keys=False)))
    try:
        page.goto(editor.url)
        page.get_by_role("button", name="Đăng nhập").click(timeout=SCREEN_MS)
        page.goto(f"{editor.url}#/collections/campaigns/new")
        page.get_by_label("Tên chiến dịch").fill("Chiến dịch gửi duyệt")
        page.get_by_label("Tóm tắt").fill("Bản nháp để duyệt.")
        page.get_by_role("button", name="Lưu", exact=True).click()
        status = page.get_by_role("button", name="Trạng thái: Bản nháp")
        status.click(timeout=SCREEN_MS)
        page.get_by_text("Gửi duyệt", exact=True).click()
        page.get_by_role("button", name="Trạng thái: Gửi duyệt").wait_for(timeout=SCREEN_MS)
        toolbar = page.locator("body").inner_text()
        assert "Bỏ bản nháp này" in toolbar and "Xóa mục này" not in toolbar
        assert not re.search("công bố|đưa lên trang", toolbar, re.IGNORECASE)
    finally:
        context.close()
    assert guarded.outside == []


def test_the_editor_speaks_vietnamese_keeps_its_policy_and_nothing_leaves_the_machine(editor: Editor) -> None:
    editor.open("collections/campaigns")
    editor.page.get_by_text("Chiến dịch").first.wait_for(timeout=SCREEN_MS)
    policy = editor.page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    # The saves go to the preview's own address: the form may reach nothing else on this machine.
    assert "connect-src 'self' blob:;" in policy and "script-src 'self' 'unsafe-eval';" in policy
    served = editor.page.evaluate("fetch(location.href).then(r => r.text())")
    # No inline script: MkDocs' live reload is taken out, so the form never reloads under an editor's hands.
    assert re.findall(r"<script>(.*?)</script>", served, re.DOTALL) == []
    assert editor.page.evaluate("window.__violations") == []
    assert editor.guarded.outside == []
    english = re.compile(r"\b(Login|Save|Publish|Add|Delete|Entries|Collections|Search)\b")
    assert not english.search(editor.page.locator("body").inner_text())


# What a hostile page may try on the editor's machine (issue 21) ----------------------------

# A save as an attacker's script would post it: a Python file beside the generator, and a campaign.
ATTACK = """async (api) => {
  const save = (path) => JSON.stringify({action: "persistMedia", params: {branch: "main",
    asset: {path, content: btoa("import os\\n"), encoding: "base64"}, options: {commitMessage: "x"}}});
  const tries = [];
  for (const [mode, type] of [["cors", "application/json"], ["no-cors", "text/plain"]]) {
    for (const path of ["scripts/pwn.py", "campaigns/pwn.yml"]) {
      try {
        const answer = await fetch(api, {method: "POST", mode, headers: {"Content-Type": type}, body: save(path)});
        tries.push(`${mode} ${path}: ${answer.type === "opaque" ? "opaque" : answer.status}`);
      } catch (error) {
        tries.push(`${mode} ${path}: ${error.name}`);
      }
    }
  }
  return tries;
}"""


def _editor_api_url(editor: Editor) -> str:
    """Where the form's settings say it saves, as a page that found the preview would read them."""
    config = yaml.safe_load((editor.clone / "build" / "docs" / "bien-tap" / "config.yml").read_text(encoding="utf-8"))
    return config["backend"]["proxy_url"]


def _nothing_written(editor: Editor) -> None:
    for path in ("scripts/pwn.py", "campaigns/pwn.yml", "scripts/pwn_chain.py"):
        assert not (editor.clone / path).exists(), f"{path} was written through the editor's server"


def test_a_page_of_another_local_port_cannot_write_through_the_form_server(editor: Editor, browser, tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<!doctype html><title>Trang khác</title>", encoding="utf-8")
    with serve_directory(tmp_path) as attacker:
        context = browser.new_context()
        page = context.new_page()
        page.goto(attacker)
        tries = page.evaluate(ATTACK, _editor_api_url(editor))
        stolen = page.evaluate("(url) => fetch(url).then((r) => r.text()).catch((e) => e.name)", editor.url)
        context.close()
    assert all(result.endswith(("403", "opaque", "TypeError")) for result in tries), tries
    assert stolen == "TypeError"  # the form's page cannot be read from another origin
    _nothing_written(editor)


# A page that slipped past `make check` (written straight into the preview's Markdown): its
# handler would read the form's settings and the form's page, then save a script.
CHAIN = """<img src="khong-co.png" alt="ảnh" onerror="fetch('../bien-tap/config.yml').then((r) => r.text()).then((t) =>
fetch(t.match(/proxy_url: (\\S+)/)[1], {method: 'POST', headers: {'Content-Type': 'application/json'},
body: JSON.stringify({action: 'persistMedia', params: {branch: 'main', asset: {path: 'scripts/pwn_chain.py',
content: btoa('import os'), encoding: 'base64'}, options: {commitMessage: 'x'}}})}))">
"""


def test_a_hostile_page_in_the_preview_does_nothing(editor: Editor, browser) -> None:
    page_file = editor.clone / "build" / "docs" / "chuoi-tan-cong.md"
    page_file.write_text(f"# Trang lạ\n\n{CHAIN}\n", encoding="utf-8")
    context = browser.new_context()
    context.add_init_script(VIOLATIONS)
    page = context.new_page()
    try:
        url = editor.url.replace("bien-tap/", "chuoi-tan-cong/")
        for _ in range(60):  # MkDocs builds the new page within seconds
            if page.goto(url).status == 200:
                break
            page.wait_for_timeout(500)
        page.wait_for_timeout(1500)  # time for the handler's requests, had it run
        violations = page.evaluate("window.__violations")
    finally:
        context.close()  # the page stays: MkDocs' dirty rebuild stumbles on a page deleted under it
    assert {"directive": "script-src-attr", "blocked": "inline"} in [
        {"directive": v["directive"], "blocked": v["blocked"]} for v in violations], violations
    _nothing_written(editor)


def test_every_route_into_a_registry_edits_its_own_file(editor: Editor) -> None:
    """A bookmark to “Cơ quan ban hành” once showed “0 cơ quan”, and saving there wrote the organisations into the
    documents' file. Each registry is now a folder of its own: by address, reload and back, the right file changes."""
    organizations = sorted((editor.clone / "campaigns" / "registries" / "organizations").glob("*.yml"))
    editor.page.goto(f"{editor.url}#/collections/organizations")  # as from a bookmark
    editor.page.reload()
    cards = editor.page.locator("a[href*='#/collections/organizations/entries/']")
    expect(cards).to_have_count(len(organizations), timeout=SCREEN_MS)
    editor.page.goto(f"{editor.url}#/collections/organizations/entries/so-y-te")
    editor.page.reload()  # a reload on the record's own page
    editor.field("Tên đầy đủ").fill("Sở Y tế tỉnh Hải Dương")
    editor.save()
    editor.saved()
    assert editor.git("status", "--porcelain", "--untracked-files=no", "campaigns/registries") == (
        " M campaigns/registries/organizations/so-y-te.yml\n")
    editor.page.go_back()  # to the list it was opened from
    expect(editor.page.locator("a[href*='#/collections/organizations/entries/']")).to_have_count(len(organizations), timeout=SCREEN_MS)
    editor.git("checkout", "--", "campaigns/registries/organizations/so-y-te.yml")


# A draft as make import writes it: what it was unsure of is data (load/schema.py REVIEW), not comments.
DRAFT = "nhap-thu-kiem-tra"
DRAFT_DATA = {
    "review": [{"note": "Bản nháp do make import lập từ ke-hoach.docx ngày 2026-11-27: đối chiếu từng mục với bản gốc"},
               {"field": "title", "note": 'tên chiến dịch lấy từ trích yếu, dòng 7: "TRIỂN KHAI THÁNG HÀNH ĐỘNG"'},
               {"field": "summary", "note": "tóm tắt lập từ số, ngày, cơ quan và trích yếu"}],
    "title": "Triển khai Tháng hành động", "summary": "Kế hoạch số 6022/KH-BCT về triển khai Tháng hành động.",
    "start": None, "end": None,
}


def _review_of(editor: Editor) -> list:
    return yaml.safe_load((editor.clone / "campaigns" / f"{DRAFT}.yml").read_text(encoding="utf-8")).get("review", [])


def test_what_the_import_was_unsure_of_shows_at_its_field_and_survives_every_save(editor: Editor) -> None:
    """Saving an imported draft in the form once deleted every “# KIỂM TRA” mark, which the form never showed."""
    from sitegen.fmt.files import decap_text

    (editor.clone / "campaigns" / f"{DRAFT}.yml").write_text(decap_text(DRAFT_DATA, "campaign"), encoding="utf-8")
    editor.page.goto(f"{editor.url}#/collections/campaigns/entries/{DRAFT}")
    panel = editor.page.locator(".cd-review")
    expect(panel).to_contain_text("Còn 3 chỗ máy nhập văn bản chưa chắc", timeout=SCREEN_MS)
    expect(panel).to_contain_text('Tên chiến dịch: tên chiến dịch lấy từ trích yếu, dòng 7: "TRIỂN KHAI THÁNG HÀNH ĐỘNG"')
    title_box = editor.page.locator('[data-kiem-tra]').filter(has=editor.page.locator('label[for^="title-field-"]'))
    expect(title_box).to_have_attribute("data-kiem-tra", 'tên chiến dịch lấy từ trích yếu, dòng 7: "TRIỂN KHAI THÁNG HÀNH ĐỘNG"')
    for _ in range(2):  # save, reload, save again: the marks stay
        editor.field("Tên chiến dịch").fill(editor.field("Tên chiến dịch").input_value() + " năm 2023")
        editor.save()
        editor.saved()
        assert _review_of(editor) == DRAFT_DATA["review"]
        editor.page.reload()
        expect(editor.page.locator(".cd-review")).to_contain_text("Còn 3 chỗ", timeout=SCREEN_MS)
    check = _check(editor.clone)
    assert check.returncode == 1 and check.stderr.count("Còn chỗ cần kiểm tra của make import") == 3, check.stderr
    assert f"campaigns/{DRAFT}.yml:" in check.stderr and "Tên chiến dịch: tên chiến dịch lấy từ trích yếu" in check.stderr
    for _ in range(3):  # each checked by hand, then ticked off
        editor.page.locator(".cd-review").get_by_role("button", name="Đã kiểm tra").first.click()
    expect(editor.page.locator("[data-kiem-tra]")).to_have_count(0)
    editor.save()
    editor.saved()
    assert _review_of(editor) == []
    check = _check(editor.clone)
    assert check.returncode == 0, check.stdout + check.stderr
    editor.page.reload()
    expect(editor.page.locator(".cd-review--empty")).to_be_hidden(timeout=SCREEN_MS)  # nothing left: nothing shown
    (editor.clone / "campaigns" / f"{DRAFT}.yml").unlink()


def test_a_picker_finds_a_number_however_typed_and_offers_to_add_one_it_does_not_know(editor: Editor) -> None:
    """An unknown number got “No options”, in English; a number pasted with a no-break space was not found."""
    editor.open("collections/campaigns/new")
    editor.field("Văn bản chỉ đạo").click()
    # Typed into the field itself: one full run under load timed out below, waiting for the option (keys sent to the
    # page may reach it before the picker holds the focus).
    editor.field("Văn bản chỉ đạo").press_sequentially("6022-kh\u00a0bct")  # hyphen for slash, lower case, a no-break space
    editor.page.locator("[id*=option]", has_text=NEW_DOCUMENT).first.wait_for(timeout=SCREEN_MS)
    editor.page.keyboard.press("Control+A")
    editor.page.keyboard.type("9999/KH-UBND")
    message = editor.page.get_by_text("Chưa có “9999/KH-UBND” trong sổ văn bản.")
    message.wait_for(timeout=SCREEN_MS)
    link = editor.page.get_by_role("link", name="Thêm vào sổ")
    assert link.get_attribute("href").endswith("#/collections/documents/new?number=9999%2FKH-UBND")
    assert link.get_attribute("target") == "_blank"
    added = editor.page.context.new_page()
    added.goto(editor.url + "#/collections/documents/new?number=9999%2FKH-UBND")
    expect(added.get_by_label("Số ký hiệu").last).to_have_value("9999/KH-UBND", timeout=SCREEN_MS)
    added.close()
    assert "No options" not in editor.page.locator("body").inner_text()
