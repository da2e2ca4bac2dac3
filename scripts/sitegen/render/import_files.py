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
  file names exist already.
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


def import_files(root: Path, page: str) -> dict[str, bytes]:
    """Every file of /bien-tap/nhap/, by its path in the docs folder; `page` is its index.html."""
    files = {f"{IMPORT_DIR}/pyodide/{name}": content for name, content in pyodide_files().items()}
    files[f"{IMPORT_DIR}/{PAGE_SCRIPT}"] = (SCRIPTS_DIR / PAGE_SCRIPT).read_bytes()
    files[f"{IMPORT_DIR}/sitegen.zip"] = python_zip()
    files[f"{IMPORT_DIR}/so-dang-ky.json"] = registry_snapshot(root)
    files[f"{IMPORT_DIR}/index.html"] = page.encode("utf-8")
    return files
