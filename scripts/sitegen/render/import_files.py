"""The files of the form's import page, /bien-tap/nhap/: "Nhập văn bản đến" in the browser.

The clerk's file is read by make import's own Python code (scripts/sitegen/importer),
run by Pyodide (CPython compiled to WebAssembly, from the pinned npm package) in the
clerk's browser: one parser, not a second one in JavaScript, and it works wherever
the form is published, with no server of ours. The page gets:

- Pyodide's core (about 13 MB, fetched once and then cached by the browser);
- sitegen.zip: this checkout's sitegen package and the pure-Python libraries the
  import needs (PyYAML without its C part, python-slugify, text-unidecode, pypdf),
  written byte for byte the same on every build, as releases must be;
- so-dang-ky.json: the registries as published (each record file's text) and the
  names of the campaign files, so that the import knows which documents, bodies and
  file names exist already;
- for scans and photos, fetched only when one is chosen: tesseract.js (its worker,
  its WebAssembly core, the Vietnamese model) turns pixels into text, and pdf.js
  turns a scanned PDF's pages into pixels first. The text goes back to the same
  Python code, which marks every fact for checking as make import does for OCR.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import json
import zipfile
from pathlib import Path

from ..failures import RunFailed
from ..load.registry import REGISTRIES, campaign_files, registry_files
from .editor_files import EDITOR_DIR, NODE_MODULES

IMPORT_DIR = f"{EDITOR_DIR}/nhap"
PYODIDE_DIST = NODE_MODULES / "pyodide"
# What loadPyodide fetches: the loader, the interpreter, the standard library and the package index
# (read at start even when no package is loaded). Not the consoles, the type declarations nor the maps.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
# OCR in the browser, each file from its pinned npm package: {path under bien-tap/nhap/: path under node_modules}.
# tesseract.js's worker picks its core by what the browser's WebAssembly can do (relaxed SIMD, SIMD, neither), always
# the LSTM-only build (our OEM): the three are served, each browser fetches one (about 3.9 MB, the WebAssembly inline).
# The model is tessdata_best's, as integers (4.0.0_best_int), 1.4 MB: the one tesseract.js takes for LSTM.
# pdf.js's legacy build (the modern one wants this year's browsers; an office's may be older) decodes JBIG2 and
# JPEG 2000, what scanners write, and ICC colours with WebAssembly of its own, each fetched only for such a scan.
OCR_FILES = {
    "tesseract/tesseract.esm.min.js": "tesseract.js/dist/tesseract.esm.min.js",
    "tesseract/worker.min.js": "tesseract.js/dist/worker.min.js",
    **{f"tesseract/core/tesseract-core-{variant}lstm.wasm.js": f"tesseract.js-core/tesseract-core-{variant}lstm.wasm.js"
       for variant in ("relaxedsimd-", "simd-", "")},
    "tesseract/vie/vie.traineddata.gz": "@tesseract.js-data/vie/4.0.0_best_int/vie.traineddata.gz",
    "pdfjs/pdf.min.mjs": "pdfjs-dist/legacy/build/pdf.min.mjs",
    "pdfjs/pdf.worker.min.mjs": "pdfjs-dist/legacy/build/pdf.worker.min.mjs",
    **{f"pdfjs/wasm/{name}": f"pdfjs-dist/wasm/{name}" for name in ("jbig2.wasm", "openjpeg.wasm", "qcms_bg.wasm")},
}
SITEGEN = Path(__file__).resolve().parents[1]
# Pure Python, imported by the importer; PyYAML falls back to its Python parser without its C part.
LIBRARIES = ("yaml", "slugify", "text_unidecode", "pypdf")
_KEPT_SUFFIXES = (".py", ".bin")  # text_unidecode's table is data.bin
SCRIPTS_DIR = Path(__file__).parent / "editor"
PAGE_SCRIPT = "nhap.js"
# Zip entries dated the earliest a zip can say: the archive's bytes depend on the files' contents only.
_EPOCH = (1980, 1, 1, 0, 0, 0)


def _package_files(folder: Path, name: str) -> dict[str, bytes]:
    return {f"{name}/{path.relative_to(folder).as_posix()}": path.read_bytes()
            for path in sorted(folder.rglob("*"))
            if path.is_file() and path.suffix in _KEPT_SUFFIXES and "__pycache__" not in path.parts}


def _library_folder(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RunFailed(f"Thiếu thư viện Python “{name}” mà trang nhập văn bản cần: chạy lại make build (lệnh này "
                        "cài các thư viện từ requirements.txt).")
    return Path(next(iter(spec.submodule_search_locations)))


@functools.cache  # the code does not change while `serve` runs
def python_zip() -> bytes:
    """sitegen and its pure-Python libraries, as one zip that Pyodide unpacks onto its path; the same bytes every build."""
    files = _package_files(SITEGEN, "sitegen")
    for name in LIBRARIES:
        files.update(_package_files(_library_folder(name), name))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, _EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name])
    return buffer.getvalue()


def registry_snapshot(root: Path) -> bytes:
    """The registries' record files (path -> text) and the campaign files' paths, as the import reads them."""
    records = {path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
               for name in REGISTRIES for path in registry_files(root, name)}
    campaigns = [path.relative_to(root).as_posix() for path in campaign_files(root)]
    return json.dumps({"records": records, "campaigns": campaigns}, ensure_ascii=False, sort_keys=True).encode("utf-8")


@functools.cache  # node_modules does not change while `serve` runs: no need to read 13 MB per save
def pyodide_files() -> dict[str, bytes]:
    missing = [name for name in PYODIDE_FILES if not (PYODIDE_DIST / name).is_file()]
    if missing:
        raise RunFailed(f"Thiếu Pyodide ({PYODIDE_DIST.relative_to(NODE_MODULES.parent)}) cho trang nhập văn bản: "
                        "chạy “make serve” hoặc “make build”, các lệnh này tự cài nó bằng npm ci.")
    return {name: (PYODIDE_DIST / name).read_bytes() for name in PYODIDE_FILES}


@functools.cache  # as pyodide_files
def ocr_files() -> dict[str, bytes]:
    missing = [source for source in OCR_FILES.values() if not (NODE_MODULES / source).is_file()]
    if missing:
        raise RunFailed(f"Thiếu {', '.join(missing)} (node_modules) cho việc đọc chữ từ ảnh của trang nhập văn bản: "
                        "chạy “make serve” hoặc “make build”, các lệnh này tự cài chúng bằng npm ci.")
    return {name: (NODE_MODULES / source).read_bytes() for name, source in OCR_FILES.items()}


def import_files(root: Path, page: str) -> dict[str, bytes]:
    """Every file of /bien-tap/nhap/, by its path in the docs folder; `page` is its index.html."""
    files = {f"{IMPORT_DIR}/pyodide/{name}": content for name, content in pyodide_files().items()}
    files.update({f"{IMPORT_DIR}/{name}": content for name, content in ocr_files().items()})
    files[f"{IMPORT_DIR}/{PAGE_SCRIPT}"] = (SCRIPTS_DIR / PAGE_SCRIPT).read_bytes()
    files[f"{IMPORT_DIR}/sitegen.zip"] = python_zip()
    files[f"{IMPORT_DIR}/so-dang-ky.json"] = registry_snapshot(root)
    files[f"{IMPORT_DIR}/index.html"] = page.encode("utf-8")
    return files
