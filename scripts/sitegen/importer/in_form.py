"""The form's import (/bien-tap/nhap/): make import's own code, run by Pyodide in the clerk's browser.

The page writes the chosen file and a copy of the published registries into
Pyodide's memory, calls `import_for_form`, and gets back, as JSON, what was
found and the text of each file the import would write. Nothing is written
here: the page hands each text to the form, which saves it through the git
host like any entry the clerk typed (render/editor/nhap.js).

A scan or a photo has its text in pixels, and Pyodide has no Tesseract: the
answer then says {"needs_ocr": "pdf" | "image", …} with the bounds make
import keeps; the page turns the pages into text with tesseract.js (pdf.js
first, for a PDF) and calls again with `ocr_text`, which is read as make
import reads its own Tesseract's: every fact marked for checking.
"""

from __future__ import annotations

import datetime as dt
import json
import traceback
from pathlib import Path

from ..failures import RunFailed
from ..load.loader import load_yaml_text
from ..load.registry import CAMPAIGNS_DIR, REGISTRIES_DIR
from .read import NeedsOcr, ocr_source
from .read.ocr import MAX_IMAGE_PIXELS, MAX_PAGES, PAGE_PIXELS, too_large, unreadable
from .run import plan_import
from .summary import marks_in

BY = "“Nhập văn bản đến” của biểu mẫu"
# Never a traceback on a clerk's screen: the page shows this, the console keeps the details.
OUR_FAULT = ("Chương trình gặp lỗi khi đọc tệp {name} (lỗi của chương trình, không phải của tệp hay của bạn); chưa "
             "ghi gì. Xin báo cho người quản trị, gửi kèm tệp này.")
_LABEL_KEYS = ("number", "name", "title")  # a document by its number, a body by its name, a campaign by its title


def _collection(path: str) -> str:
    """The form's collection of a planned file: campaigns, or the registry whose folder holds it."""
    folder = path.rpartition("/")[0]
    return folder.removeprefix(f"{REGISTRIES_DIR}/") if folder.startswith(f"{REGISTRIES_DIR}/") else CAMPAIGNS_DIR


def _entry(path: str, text: str) -> dict[str, object]:
    data = load_yaml_text(path, text)[0].data
    label = next((str(data[key]) for key in _LABEL_KEYS if isinstance(data, dict) and data.get(key)), path)
    if isinstance(data, dict) and data.get("number") and data.get("subject"):
        label = f"{data['number']} – {data['subject']}"
    return {"collection": _collection(path), "path": path, "label": label, "marks": marks_in(text), "text": text,
            "data": data}


def _needs_ocr(path: Path, kind: str, problem: str) -> dict[str, object]:
    """What the page needs to OCR the scan: its kind, make import's bounds, and the lines for what it cannot read."""
    return {"needs_ocr": kind, "max_pages": MAX_PAGES, "page_pixels": PAGE_PIXELS, "max_image_pixels": MAX_IMAGE_PIXELS,
            "too_large": too_large(path.name), "unreadable": unreadable(path.name), "problem": problem}


def import_for_form(root: str, file: str, today: str, ocr_text: str | None = None, own: str | None = None) -> str:
    """The import of `file` into the project copied to `root`, as JSON: {"findings", "entries", "choices"} (registry
    records first, the campaign last, as the clerk saves them; the numbered documents the clerk may say a copy
    without its header is, each {"number", "where"}), {"needs_ocr", …} for a scan whose text the page must read
    first (then `ocr_text` is that text), or {"problem"}: one Vietnamese line. `own` is the clerk's choice."""
    path = Path(file)
    try:
        source = None if ocr_text is None else ocr_source(path, ocr_text)
        planned = plan_import(Path(root), path, dt.date.fromisoformat(today), by=BY, ocr=False, source=source,
                              own=own or None)
    except NeedsOcr as scan:
        return json.dumps(_needs_ocr(path, scan.kind, str(scan)), ensure_ascii=False)
    except RunFailed as failure:
        return json.dumps({"problem": str(failure)}, ensure_ascii=False)
    except Exception:  # noqa: BLE001 - a bug of ours: the console gets the traceback, the clerk one line
        traceback.print_exc()
        return json.dumps({"problem": OUR_FAULT.format(name=path.name)}, ensure_ascii=False)
    writes = planned.writes
    entries = [_entry(record, text) for record, text in writes.records.items()]
    entries.append(_entry(writes.campaign, writes.campaign_text))
    choices = [{"number": number, "where": where} for number, where in planned.choices]
    return json.dumps({"findings": planned.findings, "entries": entries, "choices": choices}, ensure_ascii=False)
