"""The form's import (/bien-tap/nhap/): make import's own code, run by Pyodide in the clerk's browser.

The page writes the chosen file and a copy of the published registries into
Pyodide's memory, calls `import_for_form`, and gets back, as JSON, what was
found and the text of each file the import would write. Nothing is written
here: the page hands each text to the form, which saves it through the git
host like any entry the clerk typed (render/editor/nhap.js).
"""

from __future__ import annotations

import datetime as dt
import json
import traceback
from pathlib import Path

from ..failures import RunFailed
from ..load.loader import load_yaml_text
from ..load.registry import CAMPAIGNS_DIR, REGISTRIES_DIR
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


def import_for_form(root: str, file: str, today: str) -> str:
    """The import of `file` into the project copied to `root`, as JSON: {"findings", "entries"} (registry records
    first, the campaign last, as the clerk saves them), or {"problem"}: one Vietnamese line."""
    path = Path(file)
    try:
        planned = plan_import(Path(root), path, dt.date.fromisoformat(today), by=BY, ocr=False)
    except RunFailed as failure:
        return json.dumps({"problem": str(failure)}, ensure_ascii=False)
    except Exception:  # noqa: BLE001 - a bug of ours: the console gets the traceback, the clerk one line
        traceback.print_exc()
        return json.dumps({"problem": OUR_FAULT.format(name=path.name)}, ensure_ascii=False)
    writes = planned.writes
    entries = [_entry(record, text) for record, text in writes.records.items()]
    entries.append(_entry(writes.campaign, writes.campaign_text))
    return json.dumps({"findings": planned.findings, "entries": entries}, ensure_ascii=False)
