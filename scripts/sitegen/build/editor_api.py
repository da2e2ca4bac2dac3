"""The form editor's local workflow: Decap's `proxy` protocol, answered for the working tree.

Under `make serve`, Decap CMS (its `proxy` backend) posts JSON actions such as
`getEntry` or `persistMedia` to the preview server, which hands them here.
The protocol is decap-server's "fs" mode; decap-server itself wrote any path of
the repository, `.git` and the Makefile included, so this answers it with an
allowlist taken from the form's own collections: the campaign files, the
registry files and the uploads folder, nothing else. Who may call it (Host,
Origin, the session token) is preview_server.py's job, not this module's.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..load.attachment_limit import attachment_limit, megabytes
from ..load.attachments import DOCUMENT_TYPES, extension
from ..render.cms_config import MEDIA_FOLDER, collections

# A file name the form may write: letters, digits, dot, dash and underscore, as
# Decap's slugs and uploaded names are; never hidden, never an option (-x).
_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
_WHERE = "chỉ ghi vào tệp chiến dịch, tệp danh mục và thư mục tài liệu"


class Refused(Exception):
    """An action the local editor server will not do; its text is shown to the editor."""

    def __init__(self, message: str, status: int = 403) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class EditablePaths:
    """The repository paths the form may read and write, from its collections."""

    folders: dict[str, str]  # folder collection -> its files' extension
    files: frozenset[str]  # file collections' files
    media: str  # uploads: documents of the allowed types, directly in this folder

    @classmethod
    def of_form(cls) -> EditablePaths:
        folders, files = {}, set()
        for collection in collections():
            if "folder" in collection:
                folders[collection["folder"]] = collection["extension"]
            files.update(entry["file"] for entry in collection.get("files", []))
        return cls(folders, frozenset(files), MEDIA_FOLDER)

    def listable(self, folder: Any) -> str:
        """`folder` when the form may list it (a collection's folder or the uploads)."""
        if folder not in self.folders and folder != self.media:
            raise Refused(f"Máy chủ biên tập tại máy không đọc thư mục “{folder}”: {_WHERE}.")
        return folder

    def check(self, path: Any) -> str:
        """`path` when the form may read or write it; else Refused, naming it."""
        if not isinstance(path, str) or not _permitted(self, path):
            raise Refused(f"Máy chủ biên tập tại máy không đọc, không ghi “{path}”: {_WHERE}.")
        return path


def _permitted(paths: EditablePaths, path: str) -> bool:
    if path in paths.files:
        return True
    folder, _, name = path.rpartition("/")
    if not _NAME.match(name) or ".." in name:
        return False
    if folder in paths.folders:
        return extension(name) == paths.folders[folder]
    return folder == paths.media and extension(name) in DOCUMENT_TYPES


class Workspace:
    """The working tree, read and written through EditablePaths only.

    Every path is checked again on disk: no symbolic link on the way, no
    executable file overwritten, new files written whole (a temporary file,
    then renamed) so the preview never reads half a file.
    """

    def __init__(self, root: Path, paths: EditablePaths) -> None:
        self.root = root.resolve()
        self.paths = paths

    def upload_limit(self) -> int:
        """The largest attachment the department allows (mkdocs.yml), in bytes, as `make check` reads it."""
        return attachment_limit(self.root)[0]

    def checked(self, path: Any) -> Path:
        """The file at repository path `path`, once the form may touch it there (it may not exist yet)."""
        relative = self.paths.check(path)
        target = self.root / PurePosixPath(relative)
        if target.parent.resolve() != self.root.joinpath(*PurePosixPath(relative).parent.parts):
            raise Refused(f"Máy chủ biên tập tại máy không ghi “{relative}”: thư mục của tệp là liên kết tượng trưng.")
        try:
            status = target.lstat()
        except FileNotFoundError:
            return target
        if not stat.S_ISREG(status.st_mode) or status.st_mode & 0o111 or status.st_nlink > 1:
            raise Refused(f"Máy chủ biên tập tại máy không đọc, không ghi “{relative}”: "
                          "đó không phải tệp thường (liên kết, tệp chạy được hoặc liên kết cứng).")
        return target

    def read(self, path: Any) -> bytes | None:
        target = self.checked(path)
        return target.read_bytes() if target.exists() else None

    def listing(self, folder: Any) -> list[str]:
        """The files of `folder` the form may read, in order."""
        folder = self.paths.listable(folder)
        directory = self.root / folder
        if not directory.is_dir() or directory.is_symlink():
            return []
        names = sorted(entry.name for entry in os.scandir(directory) if entry.is_file(follow_symlinks=False))
        found = []
        for name in names:
            try:
                self.checked(f"{folder}/{name}")
            except Refused:
                continue  # not the form's (a link, a script…): not listed either
            found.append(f"{folder}/{name}")
        return found

    def write(self, path: Any, content: bytes) -> None:
        target = self.checked(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".bien-tap-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as opened:
                opened.write(content)
            os.chmod(temporary, 0o644)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def delete(self, path: Any) -> None:
        self.checked(path).unlink(missing_ok=True)


def _entry(workspace: Workspace, path: str, label: str | None = None) -> dict[str, Any]:
    content = workspace.read(path)
    file = {"path": path, "label": label,
            "id": hashlib.sha256(content).hexdigest() if content is not None else None}
    return {"data": content.decode("utf-8") if content is not None else None, "file": file}


def _media(workspace: Workspace, path: str) -> dict[str, Any]:
    content = workspace.read(path)
    if content is None:
        raise Refused(f"Không có tệp “{path}”.", 404)
    return {"id": hashlib.sha256(content).hexdigest(), "content": base64.b64encode(content).decode("ascii"),
            "encoding": "base64", "path": path, "name": PurePosixPath(path).name}


def _decoded(asset: Any) -> tuple[str, bytes]:
    if not isinstance(asset, dict) or asset.get("encoding") != "base64" or not isinstance(asset.get("content"), str):
        raise Refused("Tệp tải lên không đúng dạng (cần nội dung base64).", 400)
    try:
        return asset.get("path"), base64.b64decode(asset["content"], validate=True)
    except binascii.Error:
        raise Refused("Tệp tải lên không đúng dạng (nội dung base64 hỏng).", 400) from None


def _text(data_file: Any) -> tuple[Any, bytes]:
    if not isinstance(data_file, dict) or not isinstance(data_file.get("raw"), str):
        raise Refused("Mục gửi lưu không đúng dạng (thiếu nội dung tệp).", 400)
    return data_file.get("path"), data_file["raw"].encode("utf-8")


def _upload(workspace: Workspace, asset: Any) -> tuple[str, bytes]:
    """An uploaded file, once it is within the department's size limit."""
    path, content = _decoded(asset)
    limit = workspace.upload_limit()
    if len(content) > limit:
        raise Refused(f"Tệp “{PurePosixPath(str(path)).name}” nặng {megabytes(len(content))} MB, quá giới hạn "
                      f"{megabytes(limit)} MB của một tệp đính kèm: nén hoặc chia nhỏ tệp, hoặc đưa lên nơi khác rồi "
                      "ghi liên kết.", 413)
    return path, content


def _persist_entry(workspace: Workspace, params: dict[str, Any]) -> dict[str, Any]:
    data_files = params.get("dataFiles") or [params.get("entry")]
    assets = params.get("assets") or []
    if not isinstance(data_files, list) or not isinstance(assets, list):
        raise Refused("Mục gửi lưu không đúng dạng.", 400)
    # Every path is checked before anything is written: a refused one changes nothing.
    writes = [_text(data_file) for data_file in data_files] + [_upload(workspace, asset) for asset in assets]
    moves = [(data_file["path"], data_file["newPath"]) for data_file in data_files if data_file.get("newPath")]
    for path, _ in writes:
        workspace.checked(path)
    for source, target in moves:
        workspace.checked(source)
        workspace.checked(target)
    for path, content in writes:
        workspace.write(path, content)
    for source, target in moves:
        os.replace(workspace.checked(source), workspace.checked(target))
    return {"message": "entry persisted"}


def answer(workspace: Workspace, body: Any) -> dict[str, Any] | list[Any] | None:
    """What Decap's proxy backend expects for the action in `body`; Refused when it may not be done."""
    if not isinstance(body, dict) or not isinstance(body.get("action"), str):
        raise Refused("Yêu cầu không đúng dạng.", 400)
    action, params = body["action"], body.get("params") or {}
    if not isinstance(params, dict):
        raise Refused("Yêu cầu không đúng dạng.", 400)
    if action == "info":
        return {"repo": workspace.root.name, "publish_modes": ["simple"], "type": "local_fs"}
    if action == "entriesByFolder":
        return [_entry(workspace, path) for path in workspace.listing(params.get("folder"))
                if path.endswith(str(params.get("extension", "")))]
    if action == "entriesByFiles":
        files = params.get("files")
        if not isinstance(files, list) or not all(isinstance(file, dict) for file in files):
            raise Refused("Yêu cầu không đúng dạng.", 400)
        return [_entry(workspace, workspace.paths.check(file.get("path")), file.get("label")) for file in files]
    if action == "getEntry":
        return _entry(workspace, workspace.paths.check(params.get("path")))
    if action == "persistEntry":
        return _persist_entry(workspace, params)
    if action == "getMedia":
        if params.get("mediaFolder") != workspace.paths.media:
            workspace.paths.listable(params.get("mediaFolder"))
            return []
        return [_media(workspace, path) for path in workspace.listing(workspace.paths.media)]
    if action == "getMediaFile":
        return _media(workspace, workspace.paths.check(params.get("path")))
    if action == "persistMedia":
        path, content = _upload(workspace, params.get("asset"))
        workspace.write(path, content)
        return _media(workspace, path)
    if action in ("deleteFile", "deleteFiles"):
        paths = params.get("paths") if action == "deleteFiles" else [params.get("path")]
        if not isinstance(paths, list):
            raise Refused("Yêu cầu không đúng dạng.", 400)
        for path in paths:
            workspace.checked(path)
        for path in paths:
            workspace.delete(path)
        return {"message": "deleted"}
    if action == "getDeployPreview":
        return None
    raise Refused(f"Máy chủ biên tập tại máy không làm việc “{action}”.", 422)
