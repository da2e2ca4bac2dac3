"""When each file of a folder was first and last committed, from git.

A shallow clone (a webmaster's `git clone --depth 1`) cuts history at its
boundary commits: git shows each of them as if it had created every file it
holds, on the day of that commit. Those dates would be wrong, and would move
with every new commit, so what a boundary commit says is set aside: a file
seen there was created before the history we have (its first commit is
unknown), and a file changed only there has no known last commit either.

Commits listed in `.git-blame-ignore-revs` (git's and GitHub's list of commits
that change layout only, such as the one that ran `make fmt` over every file)
are not changes of the files they touch: a campaign reformatted is not updated.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path

# A line that starts a commit in the log below: NUL (git's %x00), hash, space, commit time.
_COMMIT_MARK = "\x00"
LAYOUT_ONLY_COMMITS = ".git-blame-ignore-revs"


@dataclass(frozen=True)
class FileHistory:
    """A file's commit times; None where the history at hand does not reach."""

    first: dt.datetime | None
    last: dt.datetime | None


def _git(root: Path, *arguments: str) -> str:
    # Fixed settings, so the user's configuration cannot change what is read:
    # names unquoted (Vietnamese file names), root commits listing their files.
    command = ["git", "-c", "core.quotePath=false", "-c", "log.showRoot=true", "-C", str(root), *arguments]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _boundary_commits(root: Path) -> set[str]:
    """The commits a shallow clone's history stops at; none in a full clone."""
    if _git(root, "rev-parse", "--is-shallow-repository").strip() != "true":
        return set()
    shallow = Path(_git(root, "rev-parse", "--path-format=absolute", "--git-path", "shallow").strip())
    return set(shallow.read_text(encoding="utf-8").split()) if shallow.is_file() else set()


def _layout_only_commits(root: Path) -> set[str]:
    """The full hashes `.git-blame-ignore-revs` lists (one a line, # starts a comment)."""
    path = root / LAYOUT_ONLY_COMMITS
    if not path.is_file():
        return set()
    return {line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()} - {""}


def file_histories(root: Path, folder: str) -> dict[str, FileHistory]:
    """Commit times of the files under `folder`, by path relative to `root`;
    empty outside a git checkout or when git is missing."""
    try:
        boundary = _boundary_commits(root)
        output = _git(root, "log", "--format=%x00%H %cI", "--name-only", "--relative", "--", folder)
    except (OSError, subprocess.CalledProcessError):
        return {}
    layout_only = _layout_only_commits(root)
    seen: dict[str, list[dt.datetime]] = {}  # the times of the commits that changed each file
    before_history: set[str] = set()  # files a boundary commit holds: created before our history
    when: dt.datetime | None = None
    at_boundary = skipped = False
    for line in output.splitlines():
        if line.startswith(_COMMIT_MARK):
            commit, _, time = line[1:].partition(" ")
            when, at_boundary, skipped = dt.datetime.fromisoformat(time), commit in boundary, commit in layout_only
        elif line and when:
            times = seen.setdefault(line, [])
            if at_boundary:
                before_history.add(line)
            elif not skipped:
                times.append(when)
    return {path: FileHistory(None if path in before_history else min(times, default=None), max(times, default=None))
            for path, times in seen.items()}
