"""The feed dates each campaign by its own facts (its dispatch, start, newest
document, results), and by its file's git history only when it names no day;
git_history's reading of commits, shallow clones included, is tested here too."""

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
from sitegen.model.from_sources import build_site
from sitegen.render.feed import entry_dates, fact_dates, feed_file

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


def campaign_of(slug: str, root: Path = ROOT, today: dt.date = TEST_TODAY):
    return next(c for c in site_of(root, today).campaigns if c.slug == slug)


D = dt.date


@pytest.mark.parametrize(("today", "dates"), [
    # The dispatch of tháng 7/2023 that passed it on (its last day), then nothing newer: Kế hoạch 1192 is of 26/6/2023.
    (TEST_TODAY, (D(2023, 7, 31), D(2023, 7, 31))),
    (D(2026, 12, 6), (D(2023, 7, 31), D(2023, 7, 31))),
    # Before the dispatch's month is over, its day is not yet a fact: the directing plan's day.
    (D(2023, 7, 20), (D(2023, 6, 26), D(2023, 6, 26))),
    (D(2023, 6, 26), (D(2023, 6, 26), D(2023, 6, 26))),
    (D(2023, 6, 1), None),  # nothing named yet
])
def test_an_entry_is_dated_by_its_campaigns_own_facts(today: dt.date, dates: tuple | None) -> None:
    assert fact_dates(campaign_of("ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich"), today) == dates


def test_a_start_and_a_recorded_result_date_an_entry(project: Path) -> None:
    path = project / "campaigns" / "giam-ngheo-ben-vung.yml"
    text = path.read_text(encoding="utf-8").replace("start: null", "start: 2023-08-01")
    path.write_text(text, encoding="utf-8")
    assert fact_dates(campaign_of("giam-ngheo-ben-vung", project), TEST_TODAY) == (D(2023, 7, 31), D(2023, 8, 1))
    first_task = text.index("    due: null")
    path.write_text(text[:first_task] + "    due: null\n    done: 2024-01-15\n" + text[first_task + len("    due: null\n"):],
                    encoding="utf-8")
    assert fact_dates(campaign_of("giam-ngheo-ben-vung", project), TEST_TODAY) == (D(2023, 7, 31), D(2024, 1, 15))


@pytest.mark.parametrize(("history", "expected"), [
    (FileHistory(T1, T2), (midnight(2023, 7, 31), midnight(2023, 7, 31))),  # the facts win over git
    (FileHistory(None, T2), (midnight(2023, 7, 31), midnight(2023, 7, 31))),
    (None, (midnight(2023, 7, 31), midnight(2023, 7, 31))),
])
def test_facts_win_over_commits(history: FileHistory | None, expected: tuple) -> None:
    campaign = campaign_of("ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich")
    assert entry_dates(campaign, history, TEST_TODAY) == expected


@pytest.mark.parametrize(("history", "expected"), [
    (FileHistory(T1, T2), (T1, T2)),
    (FileHistory(None, T2), (T2, T2)),  # made before a shallow history: its last known commit
    (FileHistory(None, None), (midnight(2023, 6, 1), midnight(2023, 6, 1))),  # the build date, said nowhere else
    (None, (midnight(2023, 6, 1), midnight(2023, 6, 1))),
])
def test_git_dates_an_entry_only_when_its_campaign_names_no_day(history: FileHistory | None, expected: tuple) -> None:
    campaign = campaign_of("ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich", today=D(2023, 6, 1))
    assert entry_dates(campaign, history, D(2023, 6, 1)) == expected


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


def test_feed_entries_carry_their_campaigns_dates_not_commit_dates(project_repo: Path) -> None:
    """Issue 24: the feed dated all nine campaigns by the commit; each is dated by the dispatch of tháng 7/2023."""
    updated = entries(project_repo)
    assert len(updated) == 9
    assert set(updated.values()) == {"2023-07-31T00:00:00+07:00"}
    feed = feed_file(site_of(project_repo, D(2026, 12, 6)), project_repo, SITE_URL)["feed.xml"].decode()
    assert "2026-03" not in feed and "<updated>2023-07-31T00:00:00+07:00</updated>" in feed


def test_feed_from_a_shallow_clone_stays_put_as_commits_come(project_repo: Path, tmp_path: Path) -> None:
    before = entries(shallow_clone(project_repo, tmp_path / "truoc", 1))
    commit(project_repo, {"README.md": "một commit không sửa chiến dịch nào\n"}, T3)
    after = entries(shallow_clone(project_repo, tmp_path / "sau", 1))
    assert before == after == entries(project_repo)


def test_the_home_and_unit_pages_say_when_the_data_was_last_committed(project_repo: Path) -> None:
    from sitegen.build.pipeline import assemble

    _, files = assemble(project_repo, D(2026, 12, 6))
    home, unit = files["index.md"].decode(), files["don-vi/cac-phong-thuoc-so.md"].decode()
    for page in (home, unit):
        # T2, 08:00 UTC, is 15:00 in Vietnam on the same day; the newest document is the dispatch of tháng 7/2023.
        assert "Văn bản mới nhất: tháng 7/2023 (Công văn số […/SCT-VP](" in page
        assert "· Dữ liệu cập nhật: 02/3/2026.</p>" in page
    commit(project_repo, {"README.md": "không sửa dữ liệu\n"}, T3)  # a change outside campaigns/ is no change of the data
    assert "Dữ liệu cập nhật: 02/3/2026." in assemble(project_repo, D(2026, 12, 6))[1]["index.md"].decode()


def test_without_git_the_pages_say_the_last_change_is_not_known(project: Path) -> None:
    from sitegen.build.pipeline import assemble

    home = assemble(project, D(2026, 12, 6))[1]["index.md"].decode()
    assert "Dữ liệu cập nhật: chưa rõ (bản dựng không có lịch sử git)." in home
