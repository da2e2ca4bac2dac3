#!/bin/sh
# Switches releases inside the publishing folder (DEST): run there, locally
# or on the web server over ssh, by `sitegen publish` and `sitegen rollback`.
#   releases/<name>/   one folder per release, never changed once active
#   current            symlink to the live release, replaced atomically
#   .history           names of activated releases, oldest first
set -eu

switch_to() {
  ln -sfn "releases/$1" current.new
  mv -T current.new current
}

case "$1" in
  activate)
    name=$2 keep=$3
    (cd "releases/$name.tmp" && sha256sum --check --quiet --strict SHA256SUMS) || {
      echo "Bản phát hành $name không khớp SHA256SUMS; giữ nguyên bản đang chạy." >&2
      rm -rf "releases/$name.tmp"
      exit 1
    }
    rm -rf "releases/$name"
    mv "releases/$name.tmp" "releases/$name"
    switch_to "$name"
    touch .history
    [ "$(tail -n 1 .history)" = "$name" ] || echo "$name" >> .history
    # Keep the releases named in the last $keep activations, and the live one.
    tail -n "$keep" .history > .keep
    for folder in releases/*; do
      release=${folder#releases/}
      grep -qxF "$release" .keep || rm -rf "$folder"
    done
    grep -xFf .keep .history > .history.new || true
    mv .history.new .history
    rm -f .keep
    echo "Đang chạy: $name"
    ;;
  rollback)
    [ -f .history ] && [ "$(wc -l < .history)" -ge 2 ] || { echo "Không có bản phát hành trước để quay lại." >&2; exit 1; }
    previous=$(tail -n 2 .history | head -n 1)
    [ -d "releases/$previous" ] || { echo "Bản $previous không còn trên máy chủ." >&2; exit 1; }
    switch_to "$previous"
    sed '$d' .history > .history.new && mv .history.new .history
    echo "Đã quay lại: $previous"
    ;;
  *)
    echo "usage: release.sh activate NAME KEEP | rollback" >&2
    exit 2
    ;;
esac
