"""The feed dates each campaign by its own file's git history, and by what the
campaign names when a shallow clone's history does not reach its file."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import feedparser
import pytest
from conftest import ROOT, TEST_TODAY, copy_project
from sitegen.load.git_history import FileHistory, file_histories
from sitegen.load.sources import load_sources
from sitegen.model.site import build_site
from sitegen.render.feed import entry_dates, fallback_dates, feed_file

UTC = dt.timezone.utc
T1, T2, T3 = (dt.datetime(2026, 3, day, 8, 0, tzinfo=UTC) for day in (1, 2, 3))
# Only what the test sets: no user or system git configuration (signing, hooks, templates).
GIT_ENV = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
SITE_URL = "https://example.gov.vn/chien-dich/"


def git(repo: Path, *arguments: str, when: dt.datetime | None = None) -> None:
    environ = dict(GIT_ENV)
    if when:
        environ["GIT_AUTHOR_DATE"] = environ["GIT_COMMITTER_DATE"] = when.isoformat()
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.invalid", *arguments],
                   check=True, timeout=30, env=environ, capture_output=True)


def commit(repo: Path, files: dict[str, str], when: dt.datetime) -> None:
    for name, text in files.items():
        path = repo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", f"sửa {', '.join(files)}", when=when)


def shallow_clone(repo: Path, target: Path, depth: int) -> Path:
    subprocess.run(["git", "clone", "-q", f"--depth={depth}", repo.as_uri(), str(target)],
                   check=True, timeout=60, env=GIT_ENV, capture_output=True)
    return target


@pytest.fixture
def history_repo(tmp_path: Path) -> Path:
    """a.yml and b.yml made at T1, b.yml changed at T2, c.yml (a Vietnamese name) made at T3."""
    repo = tmp_path / "kho"
    repo.mkdir()
    git(repo, "init", "-q")
    commit(repo, {"campaigns/a.yml": "a\n", "campaigns/b.yml": "b\n", "README.md": "x\n"}, T1)
    commit(repo, {"campaigns/b.yml": "b2\n"}, T2)
    commit(repo, {"campaigns/chiến-dịch.yml": "c\n"}, T3)
    return repo


def test_each_file_is_dated_by_its_own_commits(history_repo: Path) -> None:
    assert file_histories(history_repo, "campaigns") == {
        "campaigns/a.yml": FileHistory(T1, T1),
        "campaigns/b.yml": FileHistory(T1, T2),
        "campaigns/chiến-dịch.yml": FileHistory(T3, T3),
    }


def test_a_commit_listed_as_layout_only_is_not_an_update(history_repo: Path) -> None:
    """make fmt's commit over every file (.git-blame-ignore-revs) does not make each campaign "updated"."""
    commit(history_repo, {"campaigns/a.yml": "a: 1\n"}, T3)
    reformat = subprocess.run(["git", "-C", str(history_repo), "rev-parse", "HEAD"], capture_output=True, text=True,
                              check=True, timeout=30, env=GIT_ENV).stdout.strip()
    assert file_histories(history_repo, "campaigns")["campaigns/a.yml"] == FileHistory(T1, T3)
    (history_repo / ".git-blame-ignore-revs").write_text(f"# make fmt\n{reformat}  # the reformat\n", encoding="utf-8")
    assert file_histories(history_repo, "campaigns")["campaigns/a.yml"] == FileHistory(T1, T1)


@pytest.mark.parametrize(("depth", "expected"), [
    # The boundary commit shows every file it holds as new: none of that is believed.
    (1, {"campaigns/a.yml": FileHistory(None, None), "campaigns/b.yml": FileHistory(None, None),
         "campaigns/chiến-dịch.yml": FileHistory(None, None)}),
    # Above the boundary, changes are real; what the boundary holds predates the history.
    (2, {"campaigns/a.yml": FileHistory(None, None), "campaigns/b.yml": FileHistory(None, None),
         "campaigns/chiến-dịch.yml": FileHistory(T3, T3)}),
    (3, {"campaigns/a.yml": FileHistory(None, None), "campaigns/b.yml": FileHistory(None, T2),
         "campaigns/chiến-dịch.yml": FileHistory(T3, T3)}),
])
def test_a_shallow_clone_sets_aside_what_its_boundary_claims(history_repo: Path, tmp_path: Path, depth: int,
                                                              expected: dict) -> None:
    clone = shallow_clone(history_repo, tmp_path / "ban-sao", depth)
    assert file_histories(clone, "campaigns") == expected


def test_outside_git_there_is_no_history(tmp_path: Path) -> None:
    assert file_histories(tmp_path, "campaigns") == {}


def site_of(root: Path, today: dt.date = TEST_TODAY):
    return build_site(load_sources(root), today)


def midnight(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, tzinfo=dt.timezone(dt.timedelta(hours=7)))


@pytest.mark.parametrize(("today", "published", "updated"), [
    # Kế hoạch 1192 of 26/6/2023, the event of 09/7/2023, the dispatch of tháng 7/2023 (its last day).
    (TEST_TODAY, midnight(2023, 6, 26), midnight(2023, 7, 31)),
    (dt.date(2023, 7, 20), midnight(2023, 6, 26), midnight(2023, 7, 9)),  # later days are not yet facts
    (dt.date(2023, 6, 26), midnight(2023, 6, 26), midnight(2023, 6, 26)),
    (dt.date(2023, 6, 1), midnight(2023, 6, 1), midnight(2023, 6, 1)),  # nothing named yet: the build date
])
def test_without_history_an_entry_is_dated_by_what_its_campaign_names(today: dt.date, published: dt.datetime,
                                                                      updated: dt.datetime) -> None:
    campaign = next(c for c in site_of(ROOT).campaigns if c.slug == "ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich")
    assert fallback_dates(campaign, today) == (published, updated)


@pytest.mark.parametrize(("history", "expected"), [
    (FileHistory(T1, T2), (T1, T2)),
    (FileHistory(None, T2), (midnight(2023, 6, 26), T2)),  # made before a shallow history: published from the facts
    (FileHistory(None, None), (midnight(2023, 6, 26), midnight(2023, 7, 31))),
    (None, (midnight(2023, 6, 26), midnight(2023, 7, 31))),  # an uncommitted file
])
def test_git_dates_win_where_git_knows_them(history: FileHistory | None, expected: tuple) -> None:
    campaign = next(c for c in site_of(ROOT).campaigns if c.slug == "ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich")
    assert entry_dates(campaign, history, TEST_TODAY) == expected


def entries(root: Path) -> dict[str, str]:
    feed = feedparser.parse(feed_file(site_of(root), root, SITE_URL)["feed.xml"])
    assert not feed.bozo, feed.get("bozo_exception")
    return {entry.link.removeprefix(f"{SITE_URL}chien-dich/").rstrip("/"): entry.updated for entry in feed.entries}


@pytest.fixture
def project_repo(tmp_path: Path) -> Path:
    """The real project committed at T1, then one campaign edited at T2."""
    root = copy_project(tmp_path / "kho")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "chiến dịch", when=T1)
    edited = root / "campaigns" / "giam-ngheo-ben-vung.yml"
    commit(root, {"campaigns/giam-ngheo-ben-vung.yml": edited.read_text(encoding="utf-8") + "# sửa\n"}, T2)
    return root


def test_feed_entries_carry_their_own_commit_dates(project_repo: Path) -> None:
    updated = entries(project_repo)
    assert updated.pop("giam-ngheo-ben-vung") == T2.isoformat()
    assert set(updated.values()) == {T1.isoformat()}


def test_feed_from_a_shallow_clone_stays_put_as_commits_come(project_repo: Path, tmp_path: Path) -> None:
    before = entries(shallow_clone(project_repo, tmp_path / "truoc", 1))
    commit(project_repo, {"README.md": "một commit không sửa chiến dịch nào\n"}, T3)
    after = entries(shallow_clone(project_repo, tmp_path / "sau", 1))
    assert before == after
    # Each from its campaign's documents (all passed on by the dispatch of tháng 7/2023), not the clone's commit.
    assert set(before.values()) == {"2023-07-31T00:00:00+07:00"}
