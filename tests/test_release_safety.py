"""Releases under faults and abuse: nothing partial or altered ever goes live,
rollback checks before it switches, killed runs leave nothing that misleads the
next one, and every failure is one Vietnamese line.

Most cases publish a small stand-in site (a few files and their SHA256SUMS)
into a local DEST: release.sh does the same work there as over ssh.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import io
import os
import shlex
import shutil
import subprocess
import sys
import tarfile
import threading
from pathlib import Path

import pytest
from conftest import ROOT, TEST_TODAY, copy_project_with_make, make_environment
from sitegen.control_chars import escaped_lines
from sitegen.failures import RunFailed
from sitegen.release import make_dist, publish, rollback, write_checksums

NOON = dt.datetime(2026, 11, 26, 12, 0)


def stand_in_site(folder: Path, text: str = "bản 1", extra: dict[str, bytes] | None = None) -> Path:
    """A tiny site with its SHA256SUMS, as `make build` leaves it."""
    folder.mkdir(parents=True)
    (folder / "index.html").write_text(f"<html><body>{text}</body></html>", encoding="utf-8")
    (folder / "chien-dich").mkdir()
    (folder / "chien-dich" / "index.html").write_text("<html><body>danh sách</body></html>", encoding="utf-8")
    for name, content in (extra or {}).items():
        (folder / name).write_bytes(content)
    write_checksums(folder)
    return folder


def archive_of(tmp_path: Path, label: str, **options) -> Path:
    project = tmp_path / f"project-{label}"
    stand_in_site(project / "site", **options)
    archive = make_dist(project, project / "site", TEST_TODAY)
    renamed = archive.with_name(f"chien-dich-{label}.tar.gz")  # distinct names for distinct contents
    archive.rename(renamed)
    return renamed


def at(hour: int) -> dt.datetime:
    return NOON.replace(hour=hour)


def live(dest: Path) -> str:
    return os.readlink(dest / "current").removeprefix("releases/")


def history(dest: Path) -> list[str]:
    return (dest / ".history").read_text(encoding="utf-8").split()


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    return tmp_path / "www" / "chien-dich"


@pytest.mark.parametrize("keep", [-1, 0, 1])
def test_keep_below_two_is_refused_before_anything_changes(tmp_path: Path, dest: Path, keep: int) -> None:
    first = publish(archive_of(tmp_path, "a"), str(dest), now=at(8))
    with pytest.raises(RunFailed, match=f"KEEP={keep} quá ít: cần giữ ít nhất 2 bản"):
        publish(archive_of(tmp_path, "b"), str(dest), keep=keep, now=at(9))
    assert live(dest) == first and sorted(p.name for p in (dest / "releases").iterdir()) == [first]


def _repack(archive: Path, change) -> Path:
    """The same archive with `change(folder)` applied to its files after packing."""
    scratch = archive.parent / "repack"
    with tarfile.open(archive) as tar:
        tar.extractall(scratch, filter="data")
    (top,) = scratch.iterdir()
    change(top)
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(top, arcname=top.name)
    shutil.rmtree(scratch)
    return archive


def _sum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _list_also(top: Path, *lines: str) -> None:
    with (top / "SHA256SUMS").open("a", encoding="utf-8") as sums:
        sums.writelines(f"{line}\n" for line in lines)


def _evil_beside(top: Path) -> str:
    (top / "evil.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    return _sum(top / "evil.html")


def _hard_link(top: Path) -> None:
    os.link(top / "index.html", top / "ban-sao.html")  # tarfile packs the second name as a hard link
    _list_also(top, f"{_sum(top / 'index.html')}  ban-sao.html")


# Each passed the count of files (SHA256SUMS lines = distinct names = files) with evil.html live.
GAMED_MANIFESTS = [
    (lambda top: (_evil_beside(top), _list_also(top, f"{_sum(top / 'index.html')}  ./index.html")),
     "index.html: ghi hai lần trong SHA256SUMS"),
    (lambda top: _list_also(top, f"SHA256 (evil.html) = {_evil_beside(top)}"), "SHA256SUMS sai định dạng ở dòng 3"),
    (lambda top: _list_also(top, f"{_evil_beside(top)}  chien-dich/../evil.html"),
     "chien-dich/../evil.html: đường dẫn ra ngoài bản phát hành trong SHA256SUMS"),
    (lambda top: _list_also(top, f"{_evil_beside(top)}  /evil.html"), "/evil.html: đường dẫn tuyệt đối trong SHA256SUMS"),
    (_hard_link, "có liên kết cứng (hard link), không phải tệp riêng: ban-sao.html, index.html"),
]


@pytest.mark.parametrize("change, said", [
    (lambda top: (top / "index.html").write_text("<html>sửa lén</html>", encoding="utf-8"), "index.html: nội dung khác mã băm"),
    (lambda top: (top / "chien-dich" / "index.html").unlink(), "chien-dich/index.html: thiếu tệp"),
    (lambda top: (top / "them.js").write_text("alert(1)", encoding="utf-8"),
     "them.js: có trong bản phát hành nhưng không có trong SHA256SUMS"),
    (lambda top: (top / "index.html").unlink(), "thiếu SHA256SUMS hoặc index.html"),
    *GAMED_MANIFESTS,
])
def test_an_altered_or_incomplete_release_never_goes_live(tmp_path: Path, dest: Path, change, said: str) -> None:
    first = publish(archive_of(tmp_path, "a"), str(dest), now=at(8))
    broken = _repack(archive_of(tmp_path, "b", text="bản 2"), change)
    with pytest.raises(RunFailed, match="không khớp SHA256SUMS") as failed:
        publish(broken, str(dest), now=at(9))
    assert said in str(failed.value) and f"bản đang chạy ({first}) giữ nguyên" in str(failed.value)
    assert live(dest) == first and [p.name for p in (dest / "releases").iterdir()] == [first]


def test_rollback_refuses_a_previous_release_changed_on_the_server(tmp_path: Path, dest: Path) -> None:
    first = publish(archive_of(tmp_path, "a"), str(dest), now=at(8))
    second = publish(archive_of(tmp_path, "b", text="bản 2"), str(dest), now=at(9))
    page = dest / "releases" / first / "index.html"
    page.write_bytes(page.read_bytes().replace(b"1", b"7"))  # one byte
    with pytest.raises(RunFailed, match=rf"Bản trước \({first}\) đã bị thay đổi hoặc không đầy đủ \(index.html: nội dung khác mã băm\)"):
        rollback(str(dest))
    assert live(dest) == second


@pytest.mark.parametrize("change, said", GAMED_MANIFESTS)
def test_rollback_refuses_a_previous_release_whose_manifest_was_gamed(tmp_path: Path, dest: Path, change, said: str) -> None:
    first = publish(archive_of(tmp_path, "a"), str(dest), now=at(8))
    second = publish(archive_of(tmp_path, "b", text="bản 2"), str(dest), now=at(9))
    change(dest / "releases" / first)
    with pytest.raises(RunFailed, match=rf"Bản trước \({first}\) đã bị thay đổi hoặc không đầy đủ") as failed:
        rollback(str(dest))
    assert f"({said})" in str(failed.value)
    assert live(dest) == second


def test_a_file_named_like_an_option_keeps_its_time_across_releases(tmp_path: Path, dest: Path) -> None:
    """set_times copies the times of unchanged files with cp through xargs: docs/--preserve=all.txt once broke it."""
    odd = {"--preserve=all.txt": b"tai lieu", "-n": b"x"}
    first = publish(archive_of(tmp_path, "a", extra=odd), str(dest), now=at(8))
    second = publish(archive_of(tmp_path, "b", text="bản 2", extra=odd), str(dest), now=at(9))
    for name in odd:
        assert (dest / "releases" / second / name).stat().st_mtime == (dest / "releases" / first / name).stat().st_mtime
    assert (dest / "releases" / second / "index.html").stat().st_mtime > (dest / "releases" / first / "index.html").stat().st_mtime


def test_a_release_named_like_an_option_is_kept_and_rolled_back_to(tmp_path: Path, dest: Path) -> None:
    """ARCHIVE=-x.tar.gz: prune's grep once read the name as options and deleted the release."""
    archive = archive_of(tmp_path, "a")
    dashed = archive.rename(archive.with_name("-x.tar.gz"))
    first = publish(dashed, str(dest), now=at(8))
    second = publish(archive_of(tmp_path, "b", text="bản 2"), str(dest), now=at(9))
    assert first.startswith("-x-") and sorted(p.name for p in (dest / "releases").iterdir()) == sorted([first, second])
    rollback(str(dest))
    assert live(dest) == first


def test_an_archive_name_with_a_line_break_is_refused(tmp_path: Path, dest: Path) -> None:
    """Each release is one line of DEST/.history."""
    archive = archive_of(tmp_path, "a")
    broken = archive.rename(archive.with_name("a\nb.tar.gz"))
    with pytest.raises(RunFailed, match=r"^Tên gói “a\\nb.tar.gz” có ký tự điều khiển \(xuống dòng, tab…\): đổi tên tệp, "
                                        r"ví dụ chien-dich-20261126-abc.tar.gz; chưa đăng gì.$"):
        publish(broken, str(dest), now=at(8))
    assert not dest.exists()


def test_release_sh_refuses_a_keep_too_large_for_what_it_is() -> None:
    """sitegen checks KEEP first; release.sh must not call 10^20 "too few" to another caller."""
    from sitegen.release.deploy import RELEASE_SCRIPT

    for keep, said in (("99999999999999999999", "KEEP=99999999999999999999 quá lớn: giữ tối đa 999 bản"),
                       ("năm", "KEEP=năm không phải số nguyên"), ("1", "KEEP phải từ 2 trở lên")):
        done = subprocess.run(["sh", str(RELEASE_SCRIPT), "activate", "x", keep, "1"], stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=30)
        assert done.returncode == 1 and done.stderr.startswith(said), done.stderr


def test_rollback_after_a_run_killed_between_switching_and_writing_the_history(tmp_path: Path, dest: Path) -> None:
    first = publish(archive_of(tmp_path, "a"), str(dest), now=at(8))
    second = publish(archive_of(tmp_path, "b", text="bản 2"), str(dest), now=at(9))
    (dest / ".history").write_text(f"{first}\n", encoding="utf-8")  # `current` moved, the history not yet
    rollback(str(dest))
    assert live(dest) == first and history(dest) == [first]
    # …and a rollback killed after its switch: the history still ends with the release it left.
    (dest / ".history").write_text(f"{first}\n{second}\n", encoding="utf-8")
    with pytest.raises(RunFailed, match=rf"Không có bản phát hành trước để quay lại; bản đang chạy \({first}\) giữ nguyên"):
        rollback(str(dest))
    assert history(dest) == [first]


def test_rollback_without_the_history_file_rebuilds_it_from_the_releases(tmp_path: Path, dest: Path) -> None:
    names = [publish(archive_of(tmp_path, label, text=label), str(dest), now=at(8 + n)) for n, label in enumerate("abc")]
    (dest / ".history").unlink()
    rollback(str(dest))
    assert live(dest) == names[1] and history(dest) == names[:2]


def test_a_real_folder_at_current_is_refused_before_anything_changes(tmp_path: Path, dest: Path) -> None:
    (dest / "current").mkdir(parents=True)
    (dest / "current" / "index.html").write_text("trang tạm của máy chủ", encoding="utf-8")
    with pytest.raises(RunFailed, match=r"current là một thư mục hoặc tệp thật, không phải liên kết do lệnh đăng tạo: "
                                        r"đổi tên nó \(mv current current.cu\) rồi chạy lại; chưa thay đổi gì."):
        publish(archive_of(tmp_path, "a"), str(dest), now=at(8))
    with pytest.raises(RunFailed, match="current là một thư mục hoặc tệp thật"):
        rollback(str(dest))
    assert sorted(p.name for p in dest.iterdir()) == [".lock", "current", "releases"] and not any((dest / "releases").iterdir())


def _read_only(dest: Path, code: str) -> str:
    """What `code` prints with `dest` a read-only bind mount, in a mount namespace of
    the test's own (root may write anywhere else)."""
    code = (f"import sys; sys.path.insert(0, {str(ROOT / 'scripts')!r}); from pathlib import Path; "
            f"from sitegen.release import publish, rollback; from sitegen.failures import RunFailed\n{code}")
    script = (f"mount --bind {shlex.quote(str(dest))} {shlex.quote(str(dest))} && "
              f"mount -o remount,ro,bind {shlex.quote(str(dest))} && {shlex.quote(sys.executable)} -c {shlex.quote(code)}")
    result = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_a_read_only_dest_is_one_line(tmp_path: Path) -> None:
    dest = tmp_path / "chi-doc"
    dest.mkdir()
    archive = archive_of(tmp_path, "a")
    said = _read_only(dest, f"try: publish(Path({str(archive)!r}), {str(dest)!r})\nexcept RunFailed as e: print(e)")
    assert said.startswith(f"Không tạo được {dest}/releases (chỉ đọc hoặc thiếu quyền)"), said


def test_a_dest_that_became_read_only_says_what_to_do(tmp_path: Path, dest: Path) -> None:
    """With releases/ already there, the lock's `exec 9>>.lock` failed and ended release.sh: "mã lỗi 2"."""
    publish(archive_of(tmp_path, "a"), str(dest), now=at(8))
    publish(archive_of(tmp_path, "b", text="bản 2"), str(dest), now=at(9))
    archive = archive_of(tmp_path, "c", text="bản 3")
    said = _read_only(dest, f"for run in (lambda: publish(Path({str(archive)!r}), {str(dest)!r}), lambda: rollback({str(dest)!r})):\n"
                            f"    try: run()\n    except RunFailed as e: print(e)")
    line = f"Không ghi được vào {dest} (chỉ đọc hoặc thiếu quyền): cấp quyền ghi cho người chạy lệnh; chưa thay đổi gì."
    assert said.splitlines() == [line, line]


def test_release_sh_stopping_without_a_word_is_still_a_sentence(tmp_path: Path, dest: Path, monkeypatch) -> None:
    from sitegen.release import deploy

    silent = tmp_path / "release.sh"
    silent.write_text("exit 3\n", encoding="utf-8")
    monkeypatch.setattr(deploy, "RELEASE_SCRIPT", silent)
    with pytest.raises(RunFailed) as failed:
        publish(archive_of(tmp_path, "a"), str(dest), now=at(8))
    assert str(failed.value) == (f"Lệnh đăng trên {dest} dừng giữa chừng (mã lỗi 3) mà không báo lý do: kiểm tra người chạy "
                                 "lệnh có quyền ghi vào thư mục đó, ổ đĩa không chỉ đọc và còn chỗ trống, rồi chạy lại.")


def test_a_publish_that_waits_for_the_lock_says_so_at_once(tmp_path: Path, dest: Path, capfd) -> None:
    first = publish(archive_of(tmp_path, "a"), str(dest), now=at(8))
    with (dest / ".lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        timer = threading.Timer(1.0, lambda: fcntl.flock(held, fcntl.LOCK_UN))
        timer.start()
        second = publish(archive_of(tmp_path, "b", text="bản 2"), str(dest), now=at(9), lock_wait=30)
        timer.join()
    assert f"Đang chờ một lần đăng hoặc quay lại khác trên {dest} xong…" in capfd.readouterr().err
    assert live(dest) == second != first


def test_what_killed_runs_left_is_cleaned_and_the_history_stays_within_keep(tmp_path: Path, dest: Path) -> None:
    names = [publish(archive_of(tmp_path, label, text=label), str(dest), keep=2, now=at(8 + n))
             for n, label in enumerate("abc")]
    (dest / "current.new").symlink_to("releases/khong-co")
    (dest / ".keep").write_text("rác\n", encoding="utf-8")
    (dest / "releases" / "chien-dich-do-dang.tmp").mkdir()
    (dest / ".history").write_text("".join(f"cu-{n}\n" for n in range(10)) + "\n".join(names[1:]) + "\n", encoding="utf-8")
    latest = publish(archive_of(tmp_path, "d", text="d"), str(dest), keep=2, now=at(12))
    left = sorted(p.name for p in dest.iterdir())
    assert left == [".history", ".lock", "current", "releases"]
    assert history(dest) == [names[2], latest]
    assert sorted(p.name for p in (dest / "releases").iterdir()) == sorted([names[2], latest])


def test_a_publish_waits_for_another_on_the_same_dest_then_says_so(tmp_path: Path, dest: Path) -> None:
    first = publish(archive_of(tmp_path, "a"), str(dest), now=at(8))
    with (dest / ".lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(RunFailed, match="Một lần đăng hoặc quay lại khác đang chạy trên .* sau 1 giây chờ; chưa thay đổi gì"):
            publish(archive_of(tmp_path, "b"), str(dest), now=at(9), lock_wait=1)
        with pytest.raises(RunFailed, match="Một lần đăng hoặc quay lại khác đang chạy"):
            rollback(str(dest), lock_wait=1)
    assert live(dest) == first and not list((dest / "releases").glob("*.tmp"))


def test_publishes_at_once_take_turns_and_each_release_is_whole(tmp_path: Path, dest: Path) -> None:
    archives = [archive_of(tmp_path, str(n), text=f"bản {n}", extra={"lon.bin": os.urandom(2_000_000)}) for n in range(4)]
    published: list[str] = []
    threads = [threading.Thread(target=lambda n=n: published.append(publish(archives[n], str(dest), keep=5, now=at(8 + n))))
               for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(published) == sorted(history(dest)) and len(published) == 4
    for name in published:
        check = subprocess.run(["sha256sum", "--check", "--quiet", "--strict", "SHA256SUMS"], cwd=dest / "releases" / name)
        assert check.returncode == 0, name
    assert live(dest) == history(dest)[-1]


def test_a_full_disk_is_one_line_and_leaves_nothing_behind(built_site: Path, tmp_path: Path) -> None:
    """DEST on a small tmpfs (a mount namespace of the test's own): the second release does not fit."""
    project = tmp_path / "project"
    shutil.copytree(built_site, project / "site")
    archive = make_dist(project, project / "site", TEST_TODAY)
    size = sum(path.stat().st_size for path in built_site.rglob("*") if path.is_file())
    dest = tmp_path / "dia-nho"
    dest.mkdir()
    sitegen = f"PYTHONPATH={shlex.quote(str(ROOT / 'scripts'))} {shlex.quote(sys.executable)} -m sitegen"
    publish_once = f"{sitegen} publish --archive {shlex.quote(str(archive))} --dest {shlex.quote(str(dest / 'www'))}"
    script = f"""
mount -t tmpfs -o size={size * 3 // 2} tmpfs {shlex.quote(str(dest))} || exit 99
{publish_once} > /dev/null || exit 98
sleep 1
{publish_once} > /dev/null 2> {shlex.quote(str(tmp_path / 'loi.txt'))}
echo "rc=$?"
readlink {shlex.quote(str(dest / 'www' / 'current'))}
ls -A {shlex.quote(str(dest / 'www' / 'releases'))}
"""
    result = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    rc, current, *releases = result.stdout.split()
    error = (tmp_path / "loi.txt").read_text(encoding="utf-8")
    assert rc == "rc=1" and "Traceback" not in error
    assert "hết chỗ trống trên đĩa. Đã xóa bản chép dở; bản đang chạy (" in error and len(error.strip().splitlines()) == 1
    assert releases == [current.removeprefix("releases/")]  # the live one, no partial copy


def _sitegen(*arguments: str, cwd: Path | None = None, **settings: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "scripts"), **settings}
    return subprocess.run([sys.executable, "-m", "sitegen", *arguments], cwd=cwd or ROOT, env=environment,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("arguments, said", [
    (["rollback"], "Chưa có nơi đăng: make rollback DEST=/var/www/chien-dich"),
    (["rollback", "--dest", "/khong/co/thu-muc"], "Không có thư mục /khong/co/thu-muc: kiểm tra lại DEST; chưa thay đổi gì."),
    (["publish"], "Chưa có nơi đăng: make publish DEST=/var/www/chien-dich"),
    (["publish", "--dest", "/tmp/x", "--keep", "1"], "KEEP=1 quá ít"),
    (["publish", "--dest", "/tmp/x", "--keep", "-1"], "KEEP phải là một số nguyên từ 2 trở lên, ví dụ KEEP=5 (đang là “-1”)"),
    (["publish", "--dest", "/tmp/x", "--keep", "năm"], "KEEP phải là một số nguyên từ 2 trở lên, ví dụ KEEP=5 (đang là “năm”)"),
    (["publish", "--dest", "/tmp/x", "--keep", "²"], "KEEP phải là một số nguyên từ 2 trở lên, ví dụ KEEP=5 (đang là “²”)"),
    (["publish", "--dest", "/etc/passwd"], "DEST=/etc/passwd là một tệp, không phải thư mục"),
    (["publish", "--dest", "/tmp/x", "--archive", "/khong/co.tgz"],
     "Không có tệp /khong/co.tgz: kiểm tra lại ARCHIVE; chưa đăng gì."),
])
def test_mistakes_in_the_command_are_one_vietnamese_line(arguments: list[str], said: str) -> None:
    result = _sitegen(*arguments)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip().startswith(said) and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and ":1:1:" not in result.stderr


@pytest.mark.parametrize("site_url", ["congthuong.haiduong.gov.vn/chien-dich/", "https://", "ftp://example.gov.vn/"])
def test_a_malformed_site_url_stops_before_the_build(site_url: str) -> None:
    result = _sitegen("publish", "--dest", "/tmp/khong-dung-den", SITE_URL=site_url)
    assert result.returncode == 1 and result.stderr == (
        f"SITE_URL={site_url} không phải địa chỉ trang: viết đủ, ví dụ "
        "SITE_URL=https://congthuong.haiduong.gov.vn/chien-dich/; chưa thay đổi gì.\n")
    assert not Path("/tmp/khong-dung-den").exists()


def test_a_failed_rollback_names_rollback_and_the_hint_can_be_pasted(tmp_path: Path) -> None:
    odd = tmp_path / "Thư mục" / "chiến dịch (bản thử) $HOME"
    archive = archive_of(tmp_path, "a")
    first = publish(archive, str(odd), now=at(8))
    result = _sitegen("rollback", "--dest", str(odd))
    assert result.returncode == 1
    assert result.stderr == f"Không có bản phát hành trước để quay lại; bản đang chạy ({first}) giữ nguyên.\n"


def test_the_printed_rollback_hint_pastes_into_a_shell_and_rolls_back(built_site: Path, tmp_path: Path) -> None:
    """A folder with spaces, brackets, quotes and $ (which make would expand) reaches the command as typed."""
    project = copy_project_with_make(tmp_path / "project")
    shutil.copytree(built_site, project / "site")
    archive = make_dist(project, project / "site", TEST_TODAY)
    odd = tmp_path / "Thư mục" / "chiến dịch (bản thử) $HOME 'x'"
    first = publish(archive, str(odd), now=at(8))
    result = _sitegen("publish", "--archive", str(archive), "--dest", str(odd))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Kiểm tra nhanh bản dựng: ")
    hint = result.stdout.strip().splitlines()[-1].split("quay lại bản trước bằng: ", 1)[1]
    assert shlex.split(hint) == ["make", "rollback", f"DEST={odd}"]
    pasted = subprocess.run(hint, shell=True, cwd=project, env=make_environment(), capture_output=True, text=True, timeout=120)
    assert pasted.returncode == 0, pasted.stdout + pasted.stderr
    assert f"Đã quay lại: {first}" in pasted.stdout and live(odd) == first


@pytest.mark.parametrize("text, shown", [
    ("bình thường", "bình thường"),
    ("hai\ndòng", "hai\ndòng"),
    ("\x1b[31mđỏ\x07", "\\x1b[31mđỏ\\x07"),
    ("::error file=README.md::x\r", "::error file=README.md::x\\r"),
    ("\u202eđảo chiều", "\\u202eđảo chiều"),
])
def test_what_a_server_prints_is_shown_escaped(text: str, shown: str) -> None:
    assert escaped_lines(text) == shown


def test_a_build_waits_for_another_then_says_so_and_leaves_site_alone(project: Path, monkeypatch) -> None:
    from sitegen import locks
    from sitegen.build.pipeline import build

    monkeypatch.setattr(locks, "WAIT_SECONDS", 0.5)
    (project / "build").mkdir()
    with (project / "build" / ".lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(RunFailed, match="Một lần dựng hoặc đăng khác của thư mục này vẫn chạy sau 0.5 giây chờ"):
            build(project, TEST_TODAY)
    assert not (project / "site").exists()


def test_two_builds_at_once_both_leave_a_whole_site(project: Path) -> None:
    """They once interleaved in build/site.new and left 63 of 293 files in site/."""
    from sitegen.release.gate import check_site

    environment = {**os.environ, "PYTHONPATH": str(ROOT / "scripts"), "SOURCE_DATE_EPOCH": "1795651200"}
    builds = [subprocess.Popen([sys.executable, "-m", "sitegen", "--root", str(project), "build"], env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for _ in range(2)]
    outputs = [process.communicate(timeout=300)[0] for process in builds]
    assert [process.returncode for process in builds] == [0, 0], outputs
    assert check_site(project / "site") == []
    assert not (project / "build" / "runs").exists() or not any((project / "build" / "runs").iterdir())


def _packed(tmp_path: Path, *members: tuple[str, bytes | str]) -> Path:
    """dist/chien-dich-x.tar.gz with `members`: (name, content) for a file, (name, "->target") for a hard link."""
    dist = tmp_path / "dist"
    dist.mkdir()
    archive = dist / "chien-dich-x.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.addfile(_folder("chien-dich-x"))
        for name, content in members:
            info = tarfile.TarInfo(f"chien-dich-x/{name}")
            if isinstance(content, str):
                info.type, info.linkname = tarfile.LNKTYPE, f"chien-dich-x/{content.removeprefix('->')}"
                tar.addfile(info)
            else:
                info.size = len(content)
                tar.addfile(info, io.BytesIO(content))
    (dist / "SHA256SUMS").write_text(f"{_sum(archive)}  {archive.name}\n", encoding="utf-8")
    return archive


def _folder(name: str) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.mode = tarfile.DIRTYPE, 0o755
    return info


def test_a_ci_archive_with_a_hard_link_is_refused_before_upload(tmp_path: Path) -> None:
    page = b"<html><body>trang</body></html>"
    archive = _packed(tmp_path, ("index.html", page), ("ban-sao.html", "->index.html"))
    result = _sitegen("publish", "--archive", str(archive), "--dest", str(tmp_path / "www"))
    assert result.returncode == 1 and result.stderr == (
        "chien-dich-x.tar.gz có liên kết cứng (hard link) chien-dich-x/ban-sao.html, không phải gói của make dist; "
        "chưa đăng gì.\n")
    assert not (tmp_path / "www").exists()


@pytest.mark.parametrize("text, sums, problems", [
    ("a" * 64 + "  index.html\n", {"index.html": "a" * 64}, []),
    ("a" * 64 + "  ./x//y/./z\n", {"x/y/z": "a" * 64}, []),
    ("a" * 64 + "  index.html\n" + "b" * 64 + "  ./index.html\n", {"index.html": "a" * 64},
     ["index.html: ghi hai lần trong SHA256SUMS"]),
    ("a" * 64 + " *index.html\n", {}, ["SHA256SUMS dòng 1: không đúng dạng “mã-băm  đường/dẫn” trong thư mục"]),
    ("SHA256 (index.html) = " + "a" * 64 + "\n", {}, ["SHA256SUMS dòng 1: không đúng dạng “mã-băm  đường/dẫn” trong thư mục"]),
    ("A" * 64 + "  index.html\n", {}, ["SHA256SUMS dòng 1: không đúng dạng “mã-băm  đường/dẫn” trong thư mục"]),
    ("a" * 64 + "  ../etc/passwd\n", {}, ["SHA256SUMS dòng 1: không đúng dạng “mã-băm  đường/dẫn” trong thư mục"]),
    ("a" * 64 + "  /etc/passwd\n", {}, ["SHA256SUMS dòng 1: không đúng dạng “mã-băm  đường/dẫn” trong thư mục"]),
    ("a" * 64 + "  ./\n\n", {}, ["SHA256SUMS dòng 1: không đúng dạng “mã-băm  đường/dẫn” trong thư mục",
                                   "SHA256SUMS dòng 2: không đúng dạng “mã-băm  đường/dẫn” trong thư mục"]),
    ("a" * 64 + "  a\x1cb\u2028c", {"a\x1cb\u2028c": "a" * 64}, []),  # one name, not three lines
])
def test_a_manifest_is_read_as_a_set_of_paths(text: str, sums: dict, problems: list[str]) -> None:
    from sitegen.release.archive import read_sums

    assert read_sums(text) == (sums, problems)


def test_an_archive_that_is_not_one_is_one_line(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    archive = dist / "chien-dich-20261126-abc.tar.gz"
    archive.write_text("<html>trang báo lỗi của máy chủ tải về</html>", encoding="utf-8")
    (dist / "SHA256SUMS").write_text(f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  {archive.name}\n", encoding="utf-8")
    result = _sitegen("publish", "--archive", str(archive), "--dest", str(tmp_path / "www"))
    assert result.returncode == 1 and result.stderr == (
        "chien-dich-20261126-abc.tar.gz không phải gói .tar.gz đọc được (tệp hỏng hoặc sai loại); chưa đăng gì.\n")


def test_a_release_built_from_uncommitted_edits_does_not_pass_for_its_commit(tmp_path: Path) -> None:
    from sitegen.release.archive import commit_id

    repo = tmp_path / "kho"
    (repo / "campaigns").mkdir(parents=True)
    (repo / "campaigns" / "a.yml").write_text("title: A\n", encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "a"]):
        subprocess.run([*git, *command], check=True, timeout=30)
    head = subprocess.run([*git, "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    assert commit_id(repo) == head
    (repo / "README.md").write_text("không ảnh hưởng trang", encoding="utf-8")
    assert commit_id(repo) == head
    (repo / "campaigns" / "a.yml").write_text("title: A sửa\n", encoding="utf-8")
    assert commit_id(repo) == f"{head}-chua-commit"
    assert commit_id(tmp_path) == "khong-git"
