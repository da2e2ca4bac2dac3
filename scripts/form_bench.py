"""The clerk's road through the form, timed end to end (make bench N=nhap): from the incoming
document chosen on “Nhập văn bản đến” to a saved draft that passes make check and shows on the
preview, in Chromium under make serve, every step as tests/test_form_import.py drives it.

Machine time only: what a person spends reading the original against the marks is theirs.
Written as a section of BENCHMARKS.md that `make bench` keeps.

Usage: PYTHONPATH=scripts python scripts/form_bench.py
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import official_letter  # noqa: E402
from browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from import_bench import with_section  # noqa: E402
from sitegen.build.pipeline import mkdocs_environment  # noqa: E402
from test_form_editor import _git_clone, editing  # noqa: E402
from test_form_import import check_and_save, open_import_page, read_file  # noqa: E402

HEADING = "## The form's import, end to end (`make bench N=nhap`)"
PREVIEW_MS = 120_000


def measure() -> dict[str, float | int]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        clone = _git_clone(Path(scratch) / "project")
        letter = official_letter.write_docx(Path(scratch) / "ke-hoach.docx")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        with editing(browser, clone) as editor:
            url, context = editor.url, editor.page.context
            started = time.perf_counter()
            open_import_page(editor)
            ready = time.perf_counter()
            read_file(editor, letter)
            read = time.perf_counter()
            items = editor.page.locator("#muc li")
            saved = [check_and_save(editor, items.nth(index)) for index in range(items.count())]
            all_saved = time.perf_counter()
            check = subprocess.run([sys.executable, "-m", "sitegen", "--root", str(clone), "check"],
                                   cwd=clone, env={**mkdocs_environment(), "PYTHONPATH": str(ROOT / "scripts")},
                                   capture_output=True, text=True)
            if check.returncode:
                raise SystemExit(f"make check refused the saved draft:\n{check.stderr}")
            checked = time.perf_counter()
            preview = context.new_page()
            preview.goto(url.replace("bien-tap/", f"chien-dich/{saved[-1].stem}/"))
            title = yaml.safe_load((clone / saved[-1]).read_text(encoding="utf-8"))["title"]
            while not preview.locator("h1", has_text=title).count():  # a 404 or "Đang dựng" until MkDocs has it
                if time.perf_counter() - checked > PREVIEW_MS / 1000:
                    raise SystemExit(f"the preview did not show {saved[-1].stem} within {PREVIEW_MS // 1000} s")
                time.sleep(0.2)
                preview.reload()
            shown = time.perf_counter()
        browser.close()
    return {"files": len(saved), "ready": ready - started, "read": read - ready, "saved": all_saved - read,
            "check": checked - all_saved, "preview": shown - checked, "road": shown - ready}


def section(figures: dict[str, float | int]) -> str:
    return "\n".join([
        HEADING, "",
        f"Written by `python scripts/form_bench.py` (or `make bench N=nhap`) on {dt.date.today().isoformat()}. "
        "Chromium under `make serve`, as tests/test_form_import.py drives it: the plan of tests/official_letter.py as "
        f".docx (4 legal bases; a clone of this repository) gives {figures['files']} drafts: each is opened from the import page, "
        "every mark is ticked off (“Đã kiểm tra”) and it is saved; then `make check` runs and the campaign's page is "
        "waited for on the preview. Machine time only; reading the original against the marks is the clerk's.", "",
        "| step | seconds |", "| --- | --- |",
        f"| the import page ready (Pyodide's first start, nothing cached) | {figures['ready']:.1f} |",
        f"| file chosen → drafts listed | {figures['read']:.1f} |",
        f"| {figures['files']} drafts opened, ticked off and saved | {figures['saved']:.1f} |",
        f"| `make check` on the result | {figures['check']:.1f} |",
        f"| the campaign's page on the preview | {figures['preview']:.1f} |",
        f"| **file chosen → checked and on the preview** (target: under 60 s) | **{figures['road']:.1f}** |", "",
    ])


def main() -> int:
    text = section(measure())
    target = ROOT / "BENCHMARKS.md"
    target.write_text(with_section(target.read_text(encoding="utf-8"), text, HEADING), encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
