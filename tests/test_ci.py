"""CI here (.ci/run) and on GitHub (.github/workflows/ci.yml) run the same thing, and the workflow is sound."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
CI_WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"
ACTIONLINT = Path(sys.prefix) / "bin" / "actionlint"  # from requirements.txt
OUR_SHELL_SCRIPTS = [ROOT / ".ci" / "run", *sorted((ROOT / "scripts").rglob("*.sh"))]


def shellcheck() -> str:
    found = shutil.which("shellcheck")
    if not found:
        pytest.fail("shellcheck is missing: make test installs it (scripts/system-packages.sh), or apt-get install shellcheck")
    return found


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    """actionlint on FILES, with shellcheck on their run: scripts and nothing else outside."""
    return subprocess.run([str(ACTIONLINT), "-no-color", f"-shellcheck={shellcheck()}", "-pyflakes=", *map(str, files)],
                          capture_output=True, text=True, timeout=120)


def test_ci_run_does_nothing_but_make_test() -> None:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    commands = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    assert commands == ["set -euo pipefail", 'cd "$(dirname -- "$0")/.."', "make test"]


def test_the_workflows_pass_actionlint() -> None:
    assert WORKFLOWS, "no workflow found"
    done = actionlint(*WORKFLOWS)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("""on: push
jobs:
  site:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v7
        with:
          fetch_depth: 0
      - run: cd $GITHUB_WORKSPACE/site
""", encoding="utf-8")
    done = actionlint(broken)
    assert done.returncode == 1
    assert 'input "fetch_depth" is not defined' in done.stdout
    assert "SC2086" in done.stdout, "actionlint ran without shellcheck"


# Not ours, or not sources: what tools install and builds write.
NOT_OURS = {".git", ".venv", "node_modules", "build", "site", "dist", "__pycache__", ".pytest_cache"}


def _shell_scripts() -> set[Path]:
    """Every file of the project that is a shell script, by its name or its #! line."""
    found = set()
    for top, folders, files in os.walk(ROOT):
        folders[:] = [folder for folder in folders if folder not in NOT_OURS]
        for name in files:
            path = Path(top) / name
            with path.open("rb") as handle:
                first = handle.readline(200)
            if name.endswith(".sh") or re.match(rb"#!\S*(/|env )(ba|da)?sh\b", first):
                found.add(path)
    return found


def test_every_shell_script_is_linted() -> None:
    assert _shell_scripts() == set(OUR_SHELL_SCRIPTS)


def test_our_shell_scripts_pass_shellcheck() -> None:
    done = subprocess.run([shellcheck(), *map(str, OUR_SHELL_SCRIPTS)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def load_ci(job_name: str = "site") -> tuple[dict, dict, list[dict]]:
    """The workflow's triggers, one of its jobs (the site's check, or fmt), and that job's steps."""
    workflow = yaml.safe_load(CI_WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert set(workflow["jobs"]) == {"site", "fmt"}
    assert workflow["permissions"] == {"contents": "read"}, "only the fmt job may write, and only what it must"
    job = workflow["jobs"][job_name]
    return triggers, job, job["steps"]


def step_index(steps: list[dict], predicate) -> int:
    return next(i for i, step in enumerate(steps) if predicate(step))


def test_pull_requests_main_a_daily_rebuild_and_manual_runs_are_checked() -> None:
    triggers, _, _ = load_ci()
    assert set(triggers) == {"pull_request", "push", "schedule", "workflow_dispatch"}
    assert triggers["push"]["branches"] == ["main"]
    assert len(triggers["schedule"]) == 1


def test_github_runs_ci_run_in_debian_bookworm_as_ci_does_here() -> None:
    _, job, steps = load_ci()
    container = job["container"] if isinstance(job["container"], dict) else {"image": job["container"]}
    # Debian bookworm with Python 3.11 >= 3.11.5 (Debian's own python3 is 3.11.2: too old for the pins).
    assert re.fullmatch(r"python:3\.11(\.\d+)?-bookworm(@sha256:[0-9a-f]{64})?", container["image"])
    assert "--shm-size" in container.get("options", ""), "Chromium needs more than Docker's 64 MB /dev/shm"

    checkout = step_index(steps, lambda step: step.get("uses", "").startswith("actions/checkout@"))
    assert "git" in steps[checkout - 1]["run"].split(), "git must be there before checkout, or there is no .git"
    trust = step_index(steps, lambda step: "safe.directory" in step.get("run", ""))
    check = step_index(steps, lambda step: step.get("run") == "make check")
    tests = step_index(steps, lambda step: step.get("run") == "bash .ci/run")
    assert checkout < trust < check < tests, "checkout, trust it, annotate the campaigns' errors, then the tests"


def test_main_keeps_the_release_archive_with_its_sums() -> None:
    _, _, steps = load_ci()
    tests = step_index(steps, lambda step: step.get("run") == "bash .ci/run")
    dist = step_index(steps, lambda step: "make dist" in step.get("run", ""))
    upload = step_index(steps, lambda step: step.get("uses", "").startswith("actions/upload-artifact@"))
    assert tests < dist < upload
    assert "refs/heads/main" in steps[dist]["if"] and "pull_request" in steps[dist]["if"]
    assert steps[upload]["if"] == "steps.dist.outcome == 'success'" and steps[dist]["id"] == "dist"
    kept = steps[upload]["with"]
    assert kept["path"].split() == ["dist/*.tar.gz", "dist/SHA256SUMS"]
    assert kept["if-no-files-found"] == "error"
    assert kept["retention-days"] >= 90


def test_the_fmt_job_writes_the_layout_back_to_a_pull_requests_own_branch_only() -> None:
    """A clerk who edits a file by hand is never failed for its layout (make check warns): this job
    commits make fmt's rewrite to the branch, then starts CI on that commit (a push made with the
    workflow's token starts none). It may not run for a fork, whose branch the token cannot write."""
    _, site, _ = load_ci()
    _, job, steps = load_ci("fmt")
    assert "permissions" not in site
    assert job["permissions"] == {"contents": "write", "actions": "write"}
    assert job["if"] == ("github.event_name == 'pull_request' && "
                         "github.event.pull_request.head.repo.full_name == github.repository")
    checkout = steps[0]
    assert checkout["uses"].startswith("actions/checkout@")
    assert checkout["with"] == {"ref": "${{ github.event.pull_request.head.ref }}", "persist-credentials": False}
    fmt = step_index(steps, lambda step: "make fmt" in step.get("run", ""))
    commit = step_index(steps, lambda step: "push origin" in step.get("run", ""))
    assert fmt < commit and steps[commit]["if"] == f"steps.{steps[fmt]['id']}.outputs.changed == 'yes'"
    script = steps[commit]["run"]
    # Only the campaigns' files, pushed without the branch's own hooks, then CI on the new commit.
    assert "git add -- campaigns" in script and "core.hooksPath=/dev/null" in script
    assert "/actions/workflows/ci.yml/dispatches" in script
    # Values of the event reach the script through the environment, never pasted into it.
    assert "${{" not in steps[fmt]["run"] and "${{" not in script
