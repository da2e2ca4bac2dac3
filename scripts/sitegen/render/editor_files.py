"""The files of the form editor's page, /bien-tap/: its page, its configuration,
our scripts, and Decap CMS itself, copied from the pinned npm package.

They join the docs folder like any other file (MkDocs copies them as they
are: none is Markdown). Public pages never load them.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..failures import RunFailed
from ..load.attachment_limit import DEFAULT_MB, MEGABYTE
from ..load.schema import SCHEMAS
from .cms_backend import CmsBackend
from .cms_config import MEDIA_FOLDER, collections, under_review
from .pages import TEMPLATES_DIR

EDITOR_DIR = "bien-tap"
# Decap comes with the generator (package.json), not with the campaigns: a
# project copied elsewhere is edited with the tools of this checkout.
NODE_MODULES = Path(__file__).resolve().parents[3] / "node_modules"
DECAP_DIST = NODE_MODULES / "decap-cms" / "dist"
# The bundle, the chunks it loads on demand, its WebAssembly (image
# compression) and its licence; not the source maps, nor the copy named cms.js.
_DECAP_FILE = re.compile(r"^(decap-cms\.js|[0-9]+\.decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$")
# Our own scripts, loaded before Decap: editor.js holds Decap's start until the
# page is read, then registers the others' strings, checks and preview, and starts it.
SCRIPTS_DIR = Path(__file__).parent / "editor"
OUR_SCRIPTS = ("editor.js", "locale-vi.js", "date-widget.js", "checks.js", "review-widget.js", "pickers.js", "preview.js",
               "handed-draft.js")
# The JSON Schemas, for checks.js: written from load/schema.py on every build.
SCHEMAS_SCRIPT = "schemas.js"


# The commits and pull requests the editor makes, as the reviewer reads them.
COMMIT_MESSAGES = {
    "create": "Thêm {{collection}} “{{slug}}”",
    "update": "Sửa {{collection}} “{{slug}}”",
    "delete": "Xóa {{collection}} “{{slug}}”",
    "uploadMedia": "Tải lên tệp “{{path}}”",
    "deleteMedia": "Xóa tệp “{{path}}”",
    "openAuthoring": "{{message}}",
}


@functools.cache  # node_modules does not change while `serve` runs: no need to read 5 MB per save
def decap_files() -> dict[str, bytes]:
    """Decap's distribution files, by their name, or a one-line failure when npm ci has not run."""
    if not (DECAP_DIST / "decap-cms.js").is_file():
        raise RunFailed(f"Thiếu trình biên tập Decap CMS ({DECAP_DIST.relative_to(NODE_MODULES.parent)}): "
                        "chạy “make serve” hoặc “make build”, các lệnh này tự cài nó bằng npm ci.")
    return {path.name: path.read_bytes() for path in sorted(DECAP_DIST.iterdir()) if _DECAP_FILE.match(path.name)}


def _limit_uploads(value: Any, max_bytes: int) -> None:
    """Give every file field the department's size limit: Decap refuses a bigger file as it is chosen."""
    if isinstance(value, dict):
        if value.get("widget") == "file":
            value["media_library"] = {**value.get("media_library", {}), "max_file_size": max_bytes}
        for item in value.values():
            _limit_uploads(item, max_bytes)
    elif isinstance(value, list):
        for item in value:
            _limit_uploads(item, max_bytes)


def editor_config(backend: CmsBackend, site_url: str, max_upload_bytes: int = DEFAULT_MB * MEGABYTE) -> dict[str, Any]:
    """Decap's whole configuration: the host, where uploads go, how files are named, the collections."""
    config: dict[str, Any] = {"locale": "vi", "backend": {**backend.config, "commit_messages": COMMIT_MESSAGES}}
    if backend.publish_mode:
        config["publish_mode"] = backend.publish_mode
    site_url = backend.site_url or site_url
    config.update({
        "site_url": site_url, "display_url": site_url,
        # Uploads are written as repository paths (docs/tai-lieu/x.pdf), as `file:` wants them.
        "media_folder": MEDIA_FOLDER, "public_folder": MEDIA_FOLDER,
        # File names as `make new` makes them: ASCII, no tone marks, words joined by "-".
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": under_review(collections(), local=backend.config["name"] == "proxy",
                                    editorial=backend.publish_mode == "editorial_workflow"),
    })
    _limit_uploads(config["collections"], max_upload_bytes)
    return config


def editor_csp(backend: CmsBackend) -> str:
    """The editor page's policy: its own files, and the git host's API; nothing else.

    Decap checks its configuration with AJV, which compiles the checks with
    `new Function`: scripts need 'unsafe-eval' (never 'unsafe-inline': no
    script of the page is inline). Decap styles its interface with emotion,
    which writes <style> elements at run time: styles need 'unsafe-inline'.
    An upload is held as a blob: URL, which Decap reads back (connect-src) and
    shows (img-src) before it is saved; other images are data: URLs or come
    from the host.
    """
    hosts = "".join(f" {origin}" for origin in backend.origins)
    return "; ".join([
        "default-src 'none'",
        "script-src 'self' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        f"img-src 'self' data: blob:{hosts}",
        "font-src 'self'",
        f"connect-src 'self' blob:{hosts}",  # blob: an upload is read back from the browser's memory
        "base-uri 'self'",
        "form-action 'none'",
        "object-src 'none'",
    ])


def schemas_script() -> str:
    schemas = json.dumps(SCHEMAS, ensure_ascii=False, separators=(",", ":"))
    return f"// Written by sitegen from load/schema.py.\n(globalThis.BienTap = globalThis.BienTap || {{}}).schemas = {schemas};\n"


@functools.cache
def _html_templates() -> Environment:
    """The form's two pages (editor.html.j2, import.html.j2): HTML, so escaped."""
    return Environment(loader=FileSystemLoader(TEMPLATES_DIR), undefined=StrictUndefined, autoescape=True)


def editor_page(backend: CmsBackend) -> str:
    environment = _html_templates()
    # status.js is the site's own: the preview computes statuses and writes dates as pages do.
    scripts = [SCHEMAS_SCRIPT, "../assets/javascripts/status.js", *OUR_SCRIPTS, "decap/decap-cms.js"]
    # Under `make serve`, the preview server writes the session token into this page as it opens (preview_server.py).
    local_api = urlsplit(backend.config["proxy_url"]).path if backend.config["name"] == "proxy" else ""
    return environment.get_template("editor.html.j2").render(csp=editor_csp(backend), scripts=scripts, local_api=local_api)


def import_page(backend: CmsBackend) -> str:
    """/bien-tap/nhap/: the form's import, under the form's own policy (render/import_files.py)."""
    return _html_templates().get_template("import.html.j2").render(csp=editor_csp(backend))


def editor_files(backend: CmsBackend, site_url: str, max_upload_bytes: int = DEFAULT_MB * MEGABYTE) -> dict[str, bytes]:
    """Every file of /bien-tap/, by its path in the docs folder (uploads of at most `max_upload_bytes`)."""
    files = {f"{EDITOR_DIR}/decap/{name}": content for name, content in decap_files().items()}
    files.update({f"{EDITOR_DIR}/{name}": (SCRIPTS_DIR / name).read_bytes() for name in OUR_SCRIPTS})
    files[f"{EDITOR_DIR}/{SCHEMAS_SCRIPT}"] = schemas_script().encode("utf-8")
    config = yaml.safe_dump(editor_config(backend, site_url, max_upload_bytes), allow_unicode=True, sort_keys=False, width=100)
    files[f"{EDITOR_DIR}/config.yml"] = config.encode("utf-8")
    files[f"{EDITOR_DIR}/index.html"] = editor_page(backend).encode("utf-8")
    return files
