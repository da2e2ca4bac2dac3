#!/bin/sh
# Switches releases inside the publishing folder (DEST), run there, locally or
# on the web server over ssh, by `sitegen publish` and `sitegen rollback`:
#   release.sh activate NAME KEEP WAIT < archive.tar.gz
#   release.sh rollback WAIT
# Layout of DEST:
#   releases/<name>/  one folder per release, never changed once live
#   current           symlink to the live release, replaced atomically
#   .history          releases made live, oldest first (a cache: see reconcile)
#   .lock             flock'd by every run, so runs take turns
# Needs POSIX sh, GNU coreutils, tar and flock (util-linux), as on any Debian.
# Names come from the archive and from DEST's files, so they may start with a
# dash or hold a backslash: every command ends its options with `--`, and
# names are printed with printf, never echo.
set -eu
umask 022
export LC_ALL=C

say() {
  printf '%s\n' "$*"
}

fail() {
  say "$*" >&2
  exit 1
}

take_lock() {
  command -v flock >/dev/null 2>&1 || fail "Máy chủ thiếu lệnh flock (gói util-linux); chưa thay đổi gì."
  # A failed redirection on `exec` ends the script at once (status 2, nothing
  # said): try the folder with `true`, which only fails.
  { true >>.lock; } 2>/dev/null ||
    fail "Không ghi được vào $PWD (chỉ đọc hoặc thiếu quyền): cấp quyền ghi cho người chạy lệnh; chưa thay đổi gì."
  exec 9>>.lock
  flock -n 9 && return 0
  say "Đang chờ một lần đăng hoặc quay lại khác trên $PWD xong…" >&2
  flock -w "$1" 9 || fail "Một lần đăng hoặc quay lại khác đang chạy trên $PWD sau $1 giây chờ; chưa thay đổi gì, thử lại khi lần kia xong."
}

# `current` must be the symlink this script manages: a real folder there (a
# placeholder made while setting up the web server) cannot be switched atomically.
check_current() {
  if [ -e current ] && [ ! -L current ]; then
    fail "$PWD/current là một thư mục hoặc tệp thật, không phải liên kết do lệnh đăng tạo: đổi tên nó (mv current current.cu) rồi chạy lại; chưa thay đổi gì."
  fi
}

# What a killed run may have left: unfinished uploads and half-written files.
clean_leftovers() {
  rm -rf -- current.new .keep .same .history.new releases/*.tmp
}

live() {
  target=$(readlink current 2>/dev/null || true)
  say "${target#releases/}"
}

# The history, made to agree with what is on disk: releases that still
# exist, cut after the live one, or ending with it when a run was killed
# between switching `current` and writing the history.
reconcile() {
  now=$(live)
  [ -s .history ] || rebuild_history
  while IFS= read -r name; do
    [ -d "releases/$name" ] && say "$name"
  done < .history | live="$now" awk '
    BEGIN { live = ENVIRON["live"] }  # not -v, which would read backslashes as escapes
    { lines[NR] = $0; if ($0 == live) last = NR }
    END {
      n = (live != "" && !last) ? NR : (last ? last : NR)
      for (i = 1; i <= n; i++) print lines[i]
      if (live != "" && !last) print live
    }' > .history.new
  mv .history.new .history
}

# Without a history (deleted by hand): the releases in the order they were
# published (their names end with the publishing time), up to the live one.
rebuild_history() {
  for folder in releases/*; do
    case "$folder" in *.tmp) continue ;; esac
    [ -d "$folder" ] && say "${folder#releases/}"
  done | awk '{ print substr($0, length($0) - 14) " " $0 }' | sort | cut -d ' ' -f 2- > .history.new
  mv .history.new .history
}

# The files the sums file $1 names, by normalised path (./a and a are one
# file), against the files `find` lists on standard input: the first problem in
# Vietnamese, or nothing when the two sets are equal and no file is named
# twice. Lines must be sha256sum's own `<64 hex>  path` (it also accepts BSD
# lines and `*path`, which would name files differently).
same_set() {
  awk '
  function refuse(problem) { print problem; failed = 1; exit 1 }
  part == "sums" {
    if (length($0) < 67 || substr($0, 65, 2) != "  " || substr($0, 1, 64) ~ /[^0-9a-f]/)
      refuse("SHA256SUMS sai định dạng ở dòng " FNR)
    name = substr($0, 67)
    if (name ~ /^\//) refuse(name ": đường dẫn tuyệt đối trong SHA256SUMS")
    n = split(name, parts, "/"); path = ""
    for (i = 1; i <= n; i++) {
      if (parts[i] == "" || parts[i] == ".") continue
      if (parts[i] == "..") refuse(name ": đường dẫn ra ngoài bản phát hành trong SHA256SUMS")
      path = (path == "") ? parts[i] : path "/" parts[i]
    }
    if (path == "") refuse("SHA256SUMS sai định dạng ở dòng " FNR)
    if (path in listed) refuse(path ": ghi hai lần trong SHA256SUMS")
    listed[path] = 1
    next
  }
  {
    path = substr($0, 3)
    if (!(path in listed)) refuse(path ": có trong bản phát hành nhưng không có trong SHA256SUMS")
    found[path] = 1
  }
  END {
    if (failed) exit 1
    for (path in listed) if (!(path in found)) refuse(path ": thiếu tệp")
  }' part=sums "$1" part=files -
}

# The first three of the paths `find .` lists, on one line.
first_names() {
  sed 's|^\./||' | sort | head -n 3 | awk '{ printf "%s%s", (NR > 1 ? ", " : ""), $0 }'
}

# A release is complete and unchanged: SHA256SUMS names each of its files once
# with the right sum, and nothing else is there: no unlisted file, no link of
# any kind (a hard link's other name may be anywhere on the disk).
verify() {
  dir=$1
  { [ -f "$dir/SHA256SUMS" ] && [ -f "$dir/index.html" ]; } || { say "thiếu SHA256SUMS hoặc index.html"; return 1; }
  odd=$(cd -- "$dir" && find . ! -type f ! -type d | first_names)
  [ -z "$odd" ] || { say "không phải tệp thường: $odd"; return 1; }
  linked=$(cd -- "$dir" && find . -type f -links +1 | first_names)
  [ -z "$linked" ] || { say "có liên kết cứng (hard link), không phải tệp riêng: $linked"; return 1; }
  problem=$(cd -- "$dir" && find . -type f ! -path ./SHA256SUMS | same_set SHA256SUMS) ||
    { say "$problem"; return 1; }
  bad=$(cd -- "$dir" && sha256sum --check --quiet --strict SHA256SUMS 2>/dev/null) ||
    { say "$bad" | sed -n 's/: FAILED open or read$/: thiếu tệp/p; s/: FAILED$/: nội dung khác mã băm/p' | head -n 3 | grep . ||
        say "SHA256SUMS sai định dạng"; return 1; }
}

# Validators that change with the bytes: nginx's ETag and Last-Modified come
# from size and mtime, and archives carry one fixed mtime. Files identical to
# the live release's keep its times (readers keep their cache); all others get
# a time later than any earlier release's, so a changed file never gets 304.
set_times() {
  dir=$1 current=$(live)
  stamp=$(date +%s)
  for sums in releases/*/SHA256SUMS; do
    [ -f "$sums" ] || continue
    seen=$(stat -c %Y "$sums")
    [ "$seen" -lt "$stamp" ] || stamp=$((seen + 1))
  done
  find "$dir" -exec touch -h -d "@$stamp" -- {} +
  [ -n "$current" ] && [ -f "releases/$current/SHA256SUMS" ] || return 0
  awk 'NR == FNR { old[$0] = 1; next } ($0 in old) { sub(/^[0-9a-f]*  /, ""); print }' \
    "releases/$current/SHA256SUMS" "$dir/SHA256SUMS" > .same
  (cd -- "releases/$current" && xargs -d '\n' -r cp --attributes-only --preserve=timestamps --parents -t "../../$dir" --) < .same
  rm -f -- .same
}

switch_to() {
  ln -sfn -- "releases/$1" current.new
  mv -T -- current.new current
}

append_history() {
  { cat .history; say "$1"; } > .history.new
  mv -- .history.new .history
}

# Keep the releases of the last $1 activations and the live one.
prune() {
  tail -n "$1" .history > .keep
  now=$(live)
  for folder in releases/*; do
    [ -d "$folder" ] || continue
    release=${folder#releases/}
    [ "$release" = "$now" ] || grep -qxF -- "$release" .keep || rm -rf -- "$folder"
  done
  rm -f -- .keep
  reconcile
}

disk_message() {
  case "$1" in
    *"No space left"*|*"Disk quota"*|*"Wrote only"*) say "hết chỗ trống trên đĩa" ;;
    *) say "$1" | head -n 3 ;;
  esac
}

activate() {
  name=$1 keep=$2
  # sitegen checks KEEP first; this holds for any caller. A number too large for
  # test(1) must not read as one too small.
  case $keep in
    '' | *[!0-9]*) fail "KEEP=$keep không phải số nguyên: viết số bản cần giữ, ví dụ KEEP=5; chưa thay đổi gì." ;;
  esac
  [ "${#keep}" -le 3 ] || fail "KEEP=$keep quá lớn: giữ tối đa 999 bản, ví dụ KEEP=5; chưa thay đổi gì."
  [ "$keep" -ge 2 ] || fail "KEEP phải từ 2 trở lên (bản đang chạy và một bản để quay lại); chưa thay đổi gì."
  mkdir -p releases 2>/dev/null ||
    fail "Không tạo được $PWD/releases (chỉ đọc hoặc thiếu quyền): cấp quyền ghi cho người chạy lệnh; chưa thay đổi gì."
  take_lock "$3"
  check_current
  clean_leftovers
  reconcile
  [ ! -e "releases/$name" ] || fail "Đã có bản phát hành $name; chưa thay đổi gì."
  incoming="releases/$name.tmp"
  mkdir -- "$incoming"
  trap 'rm -rf -- "$incoming" .same' EXIT
  kept=$(live)
  kept=${kept:-không có}
  if ! error=$(tar -xzf - -C "$incoming" --strip-components=1 --no-same-owner 2>&1); then
    fail "Không chép được bản $name lên $PWD: $(disk_message "$error"). Đã xóa bản chép dở; bản đang chạy ($kept) giữ nguyên."
  fi
  problem=$(verify "$incoming") || fail "Bản $name không khớp SHA256SUMS ($problem); đã xóa, bản đang chạy ($kept) giữ nguyên."
  if ! error=$(set_times "$incoming" 2>&1); then
    fail "Không đặt được thời gian tệp của bản $name: $(disk_message "$error"). Đã xóa; bản đang chạy ($kept) giữ nguyên."
  fi
  mv -- "$incoming" "releases/$name"
  trap - EXIT
  switch_to "$name"
  append_history "$name"
  prune "$keep"
  say "Đang chạy: $name"
}

rollback() {
  check_current
  { [ -d releases ] && [ -L current ]; } || fail "$PWD chưa có bản phát hành nào (thiếu releases/ hoặc current); chưa thay đổi gì."
  take_lock "$1"
  clean_leftovers
  reconcile
  [ "$(wc -l < .history)" -ge 2 ] || fail "Không có bản phát hành trước để quay lại; bản đang chạy ($(live)) giữ nguyên."
  previous=$(tail -n 2 .history | head -n 1)
  problem=$(verify "releases/$previous") ||
    fail "Bản trước ($previous) đã bị thay đổi hoặc không đầy đủ ($problem); không quay lại, bản đang chạy ($(live)) giữ nguyên."
  switch_to "$previous"
  sed '$d' .history > .history.new
  mv .history.new .history
  say "Đã quay lại: $previous"
}

case "${1:-}" in
  activate) activate "$2" "$3" "$4" ;;
  rollback) rollback "$2" ;;
  *) fail "usage: release.sh activate NAME KEEP WAIT < archive.tar.gz | rollback WAIT" ;;
esac
