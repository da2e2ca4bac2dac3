"""The suite reads none of the caller's settings: `make publish SITE_URL=…` once
hung for ever because the preview test inherited a sub-path SITE_URL."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import PROJECT_SETTINGS, ROOT

# Names read with os.environ / getenv in the package, with !ENV in mkdocs.yml,
# and the upper-case variables the Makefile takes from its command line.
_PYTHON_READS = re.compile(r"""(?:environ(?:\.get)?|getenv)\(?\[?\s*["']([A-Z][A-Z0-9_]*)["']""")
_MKDOCS_READS = re.compile(r"!ENV \[?\s*([A-Z][A-Z0-9_]*)")
_MAKE_USES = re.compile(r"\$\(([A-Z][A-Z0-9_]*)\)|\$\$([A-Z][A-Z0-9_]*)|\$\(or \$\(([A-Z][A-Z0-9_]*)\)"
                        r"|\$\((?:call raw,|value )([A-Z][A-Z0-9_]*)\)")
_MAKE_DEFINES = re.compile(r"^([A-Z][A-Z0-9_]*)\s*[:?]?=", re.MULTILINE)


def settings_the_project_reads() -> set[str]:
    names = set()
    for path in (ROOT / "scripts" / "sitegen").rglob("*.py"):
        names |= set(_PYTHON_READS.findall(path.read_text(encoding="utf-8")))
    names |= set(_MKDOCS_READS.findall((ROOT / "mkdocs.yml").read_text(encoding="utf-8")))
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    used = {name for match in _MAKE_USES.findall(makefile) for name in match if name}
    return names | (used - set(_MAKE_DEFINES.findall(makefile)) - {"MAKE"})


def test_the_suite_drops_every_setting_the_project_reads() -> None:
    missing = settings_the_project_reads() - set(PROJECT_SETTINGS)
    assert missing == set(), f"add these to PROJECT_SETTINGS in tests/conftest.py: {sorted(missing)}"


def test_settings_of_the_caller_do_not_reach_the_tests() -> None:
    if os.environ.get("_HERMETIC_INNER"):
        assert [name for name in PROJECT_SETTINGS if name in os.environ] == []
        return
    caller = {**os.environ, "_HERMETIC_INNER": "1", **{name: "https://example.gov.vn/chien-dich/" for name in PROJECT_SETTINGS}}
    inner = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                            f"{__file__}::test_settings_of_the_caller_do_not_reach_the_tests"],
                           cwd=ROOT, env=caller, capture_output=True, text=True, timeout=120)
    assert inner.returncode == 0, inner.stdout + inner.stderr


def test_waiting_for_a_server_is_bounded_and_says_what_did_not_answer(tmp_path) -> None:
    """The hang: the preview answered 404 at / (it lived under a sub-path) and the loop never ended."""
    import pytest
    from browser import serve_directory, wait_until_answers

    with serve_directory(tmp_path) as base:
        with pytest.raises(TimeoutError, match=r"preview did not answer .*/chien-dich/ within 1 s \(last: HTTP 404\)"):
            wait_until_answers(base + "chien-dich/", "preview", seconds=1)
