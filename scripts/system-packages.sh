#!/bin/sh
# The Debian packages that make needs besides Python. Run as root, it installs
# the missing ones quietly; otherwise it stops with the one line to run.
#   sh scripts/system-packages.sh test   what the tests need (make test)
#   sh scripts/system-packages.sh node   npm, for `npm ci` (make serve, build: the form editor)
#   sh scripts/system-packages.sh venv   what `$PYTHON -m venv` needs: a Python new enough
#                                        for the pins, and ensurepip, which Debian's own
#                                        python3 has only with python3-venv
# tests/test_system_packages.py runs it with a fake id, dpkg-query and apt-get.
set -eu

# What the tests need from Debian: the one list (add LibreOffice, Tesseract, Java here).
#   chromium      tests/browser.py drives /usr/bin/chromium through Playwright
#   libatomic1    Playwright's own node (its driver) needs libatomic.so.1
#   nginx-light   tests/nginx.py serves releases with /usr/sbin/nginx
#   (shellcheck)  tests/test_ci.py lints our shell scripts, and actionlint the workflow's
#   poppler-utils tests/test_layout.py reads printed pages (pdftotext) and looks at them (pdftoppm)
#   default-jre-headless  tests/test_html_valid.py runs the Nu HTML checker (vnu.jar) on it
#   tesseract-ocr tesseract-ocr-vie  tests/test_import.py reads a scanned letter (make import's OCR, which
#                 needs them, with poppler-utils, only for scans: it says so when they are missing)
#   fonts-dejavu-core  tests/official_letter.py writes the test letters' PDF in DejaVu Serif
#   libreoffice-writer-nogui  tests/test_cong_van.py prints make cong-van's Word file to PDF (soffice)
#   fonts-liberation2  … in Liberation Serif 2 (metric-compatible with the letter's Times New Roman, and with
#                 the Vietnamese letters that Liberation 1 lacks), so its
#                 lines break where Word's do and the margins and head checked there are Word's
TEST_PACKAGES="chromium libatomic1 nginx-light shellcheck default-jre-headless poppler-utils tesseract-ocr tesseract-ocr-vie fonts-dejavu-core libreoffice-writer-nogui fonts-liberation2"
# Wanted only when the command of that name is missing from PATH:
#   npm           make runs `npm ci` (package.json): the form editor that serve and build
#                 offer, vnu.jar for the tests. NodeSource's nodejs brings its own npm and
#                 conflicts with Debian's, so an npm on PATH will do. Debian's npm brings nodejs.
TEST_COMMANDS="npm"

# The oldest Python that requirements.txt installs on (pymdown-extensions 13 needs 3.11.5;
# Debian bookworm's python3 is 3.11.2). tests/test_system_packages.py keeps it true.
MIN_PYTHON="3.11.5"

case "${1:-}" in
  test)
    purpose="cho kiểm thử"
    wanted=$TEST_PACKAGES
    commands=$TEST_COMMANDS ;;
  node)
    purpose="cho trình biên tập"
    wanted=""
    commands=$TEST_COMMANDS ;;
  venv)
    purpose="để tạo môi trường .venv"
    python=${PYTHON:-python3}
    if ! "$python" -c "import sys; sys.exit(sys.version_info < ($(echo "$MIN_PYTHON" | tr . ,)))" 2>/dev/null; then
      found=$("$python" -c "import platform; print(platform.python_version())" 2>/dev/null || echo "không chạy được")
      echo "Cần Python $MIN_PYTHON trở lên cho các gói đã ghim ($python: $found)." \
           "Chỉ định bản khác bằng: make … PYTHON=/đường/dẫn/python3" >&2
      exit 1
    fi
    # A Python with ensurepip (pyenv's, python.org's, Debian's with python3-venv) needs nothing.
    if "$python" -c "import ensurepip" >/dev/null 2>&1; then
      exit 0
    fi
    wanted="python3-venv" ;;
  *)
    echo "Cách dùng: sh scripts/system-packages.sh test|node|venv" >&2
    exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Máy này không phải Debian: cần các gói tương đương với $wanted${commands:+ $commands} ($purpose)." >&2
  exit 0
fi

missing=""
for package in $wanted; do
  case "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)" in
    *" installed") ;;
    *) missing="${missing:+$missing }$package" ;;
  esac
done
for command in ${commands:-}; do
  command -v "$command" >/dev/null 2>&1 || missing="${missing:+$missing }$command"
done
[ -n "$missing" ] || exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Thiếu gói hệ thống $purpose: $missing. Cài bằng: sudo apt-get install -y $missing" >&2
  exit 1
fi

echo "Cài gói hệ thống $purpose: $missing" >&2
log=$(mktemp)
export DEBIAN_FRONTEND=noninteractive
# A broken third-party source fails `apt-get update` without harming Debian's own lists:
# only the install decides.
apt-get update -qq >"$log" 2>&1 || true
# shellcheck disable=SC2086  # one word per package
if ! apt-get install -y -qq $missing >>"$log" 2>&1; then
  cat -- "$log" >&2
  rm -f -- "$log"
  echo "Không cài được gói hệ thống $purpose: $missing (lỗi của apt-get ở trên)." >&2
  exit 1
fi
rm -f -- "$log"
