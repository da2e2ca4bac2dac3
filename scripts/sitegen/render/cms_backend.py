"""Which git host the form editor writes to, from the webmaster's settings.

The published editor (/bien-tap/) exists only when CMS_BACKEND names a host;
`make serve` always offers it, writing into the working tree through
the preview's own editor API. Every setting is checked before anything is built, and a wrong
one stops the run with one Vietnamese line naming it.

    CMS_BACKEND   github | gitlab | gitea | forgejo
    CMS_REPO      the repository, owner/name
    CMS_BRANCH    the branch the site is built from (main)
    CMS_BASE_URL  the host's address when self-hosted (GitLab, Gitea, Forgejo, GitHub Enterprise)
    CMS_APP_ID    the OAuth application's client ID (GitLab, Gitea, Forgejo: sign-in with PKCE)
    CMS_AUTH_URL  GitHub only: the OAuth proxy that signs editors in (GitHub needs a client secret)
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..failures import RunFailed

HOSTS = ("github", "gitlab", "gitea", "forgejo")
# Hosts on which Decap opens one pull/merge request per entry; Gitea's backend commits directly.
EDITORIAL_WORKFLOW = ("github", "gitlab", "forgejo")
DEFAULT_BASE = {"github": "https://github.com", "gitlab": "https://gitlab.com"}
_REPO = re.compile(r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$")
_BRANCH = re.compile(r"^[A-Za-z0-9_.][A-Za-z0-9_./-]*$")
_UNCHANGED = "; chưa thay đổi gì (xem “Kết nối trình biên tập” trong Hướng dẫn quản trị website)."


@dataclass(frozen=True)
class CmsBackend:
    """Decap's `backend` section, its publish mode, and the origins the editor page may reach."""

    config: dict[str, Any]
    origins: tuple[str, ...]
    publish_mode: str = ""
    # Where "Xem bản hoàn chỉnh" opens a page: the preview's address for the local workflow.
    site_url: str = ""


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _url(name: str, value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname or parts.query or parts.fragment or " " in value:
        raise RunFailed(f"{name}={value} không phải địa chỉ https đầy đủ, ví dụ {name}=https://git.haiduong.gov.vn" + _UNCHANGED)
    return value.rstrip("/")


def _required(settings: Mapping[str, str], name: str, host: str, what: str) -> str:
    value = settings.get(name, "").strip()
    if not value:
        raise RunFailed(f"CMS_BACKEND={host} cần {name}: {what}" + _UNCHANGED)
    return value


def backend_from_settings(settings: Mapping[str, str]) -> CmsBackend | None:
    """The configured host, or None when CMS_BACKEND is unset (no published editor)."""
    host = settings.get("CMS_BACKEND", "").strip().lower()
    if not host:
        return None
    if host not in HOSTS:
        raise RunFailed(f"CMS_BACKEND={host} không đúng: chọn github, gitlab, gitea hoặc forgejo" + _UNCHANGED)
    repo = _required(settings, "CMS_REPO", host, "kho chứa các tệp chiến dịch, dạng tổ-chức/tên-kho")
    if not _REPO.match(repo):
        raise RunFailed(f"CMS_REPO={repo} không đúng dạng tổ-chức/tên-kho, ví dụ so-cong-thuong/chien-dich" + _UNCHANGED)
    branch = settings.get("CMS_BRANCH", "").strip() or "main"
    if not _BRANCH.match(branch) or ".." in branch:
        raise RunFailed(f"CMS_BRANCH={branch} không phải tên nhánh git, ví dụ main" + _UNCHANGED)
    base = settings.get("CMS_BASE_URL", "").strip() or DEFAULT_BASE.get(host, "")
    if not base:
        raise RunFailed(f"CMS_BACKEND={host} cần CMS_BASE_URL: địa chỉ máy chủ {host} của Sở, ví dụ https://git.haiduong.gov.vn"
                        + _UNCHANGED)
    base = _url("CMS_BASE_URL", base)
    config: dict[str, Any] = {"name": host, "repo": repo, "branch": branch}
    if host == "github":
        auth = _url("CMS_AUTH_URL", _required(settings, "CMS_AUTH_URL", host,
                                              "địa chỉ máy chủ trung gian OAuth giữ khóa bí mật của ứng dụng GitHub"))
        api = "https://api.github.com" if base == DEFAULT_BASE["github"] else f"{base}/api/v3"
        config.update({"base_url": auth, "api_root": api})
    else:
        app_id = _required(settings, "CMS_APP_ID", host, "mã ứng dụng (Client ID) của ứng dụng OAuth2 tạo trên máy chủ git")
        api = f"{base}/api/v4" if host == "gitlab" else f"{base}/api/v1"
        config.update({"app_id": app_id, "api_root": api, "base_url": base})
        if host == "gitlab":
            config.update({"auth_type": "pkce", "auth_endpoint": "oauth/authorize"})
    origins = tuple(dict.fromkeys([_origin(api), _origin(base)]))
    return CmsBackend(config, origins, "editorial_workflow" if host in EDITORIAL_WORKFLOW else "")


def backend_from_environment() -> CmsBackend | None:
    """The host set by the webmaster in the environment (see the module's docstring)."""
    # Named one by one: tests/test_hermetic.py finds the settings the code reads by their names.
    return backend_from_settings({
        "CMS_BACKEND": os.environ.get("CMS_BACKEND", ""), "CMS_REPO": os.environ.get("CMS_REPO", ""),
        "CMS_BRANCH": os.environ.get("CMS_BRANCH", ""), "CMS_BASE_URL": os.environ.get("CMS_BASE_URL", ""),
        "CMS_APP_ID": os.environ.get("CMS_APP_ID", ""), "CMS_AUTH_URL": os.environ.get("CMS_AUTH_URL", ""),
    })


def local_backend(api_url: str, site_url: str = "") -> CmsBackend:
    """The preview's own editor API, writing into the working tree (`make serve` at `site_url`).

    It shares the preview's origin, so the form's policy needs no other host;
    the form adds the session token to `api_url` (build/preview_server.py).
    """
    return CmsBackend({"name": "proxy", "proxy_url": api_url, "branch": "main"}, (), site_url=site_url)
