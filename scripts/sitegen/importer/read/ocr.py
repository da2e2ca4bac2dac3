"""OCR for scans and photos: Debian's `tesseract` with its Vietnamese model,
after `pdftoppm` (poppler-utils) has turned each PDF page into an image.

Only import needs these at run time, and only for scans: a missing tool is
one line saying what to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import warnings
from pathlib import Path

from ...failures import RunFailed

INSTALL = "sudo apt-get install -y tesseract-ocr tesseract-ocr-vie poppler-utils"
# 300 dpi is what Tesseract is trained for: an A4 page's long side is then 3,508 pixels.
# Each page is scaled to that, whatever size it claims (a page of 5 m by 5 m at 300 dpi
# would be gigabytes of pixels); a letter rarely runs past a few pages.
PAGE_PIXELS = 3508
MAX_PAGES = 20
# A photo from a phone is 12 to 50 megapixels; more is no photo of a letter, and
# Tesseract would hold it all in memory (an image bomb is a few hundred kilobytes).
MAX_IMAGE_PIXELS = 100_000_000
# One A4 page takes Tesseract 5 to 20 seconds on two cores.
PAGE_SECONDS = 180


def _require(command: str) -> str:
    found = shutil.which(command)
    if not found:
        raise RunFailed(f"Tệp này là bản quét hoặc ảnh chụp: cần phần mềm đọc chữ (OCR) “{command}”. "
                        f"Cài bằng: {INSTALL}; chưa ghi gì.")
    return found


def _run(command: list[str], what: str, seconds: int) -> subprocess.CompletedProcess:
    # One thread per process: two cores shared with other work, and OpenMP's
    # spinning threads make Tesseract slower, not faster, there.
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        result = subprocess.run(command, capture_output=True, timeout=seconds, env=environment)
    except subprocess.TimeoutExpired:
        raise RunFailed(f"{what} không xong sau {seconds} giây; chưa ghi gì.") from None
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RunFailed(f"{what} không thành công ({detail[-1] if detail else f'mã {result.returncode}'}); chưa ghi gì.")
    return result


def _require_vietnamese(tesseract: str) -> None:
    languages = _run([tesseract, "--list-langs"], "Tesseract", 30).stdout.decode("utf-8", "replace").split()
    if "vie" not in languages:
        raise RunFailed(f"Tesseract chưa có bộ đọc tiếng Việt (tesseract-ocr-vie). Cài bằng: {INSTALL}; chưa ghi gì.")


def _read_image(tesseract: str, image: Path, name: str) -> str:
    result = _run([tesseract, str(image), "stdout", "-l", "vie"], f"Đọc chữ (OCR) trong {name}", PAGE_SECONDS)
    return result.stdout.decode("utf-8", "replace")


def too_large(name: str) -> str:
    """Why an image of more than MAX_IMAGE_PIXELS is not read (here, and by the form's page)."""
    return (f"Không đọc tệp {name}: ảnh quá {MAX_IMAGE_PIXELS // 1_000_000} triệu điểm, lớn hơn mọi ảnh chụp "
            "văn bản: tệp hỏng hoặc độc hại; chụp hoặc quét lại ở 300 dpi rồi nhập lại; chưa ghi gì.")


def unreadable(name: str) -> str:
    """Why a file named as an image that is none is not read (here, and by the form's page)."""
    return (f"Tệp {name} không phải ảnh đọc được (tệp hỏng hoặc chưa tải về hết): chụp hoặc quét lại "
            "rồi nhập lại; chưa ghi gì.")


def check_image(path: Path) -> None:
    """RunFailed for an image that is not one, or too large to be a photo of a letter; its
    header only is read (Pillow's own bomb check stops it there too)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own bound follows
            with Image.open(path) as image:
                width, height = image.size
    except Image.DecompressionBombError:
        raise RunFailed(too_large(path.name)) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise RunFailed(unreadable(path.name)) from None
    if width * height > MAX_IMAGE_PIXELS:
        raise RunFailed(too_large(path.name))


def ocr_image(path: Path) -> str:
    """The text of a photo or scanned image."""
    tesseract = _require("tesseract")
    _require_vietnamese(tesseract)
    # Absolute: a file named -x.png must not reach tesseract as an option (it takes no --).
    return nonempty(_read_image(tesseract, path.absolute(), path.name), path)


def ocr_pdf(path: Path) -> str:
    """The text of a scanned PDF, page by page."""
    tesseract, pdftoppm = _require("tesseract"), _require("pdftoppm")
    _require_vietnamese(tesseract)
    with tempfile.TemporaryDirectory(prefix="sitegen-ocr-") as folder:
        _run([pdftoppm, "-scale-to", str(PAGE_PIXELS), "-gray", "-png", "-l", str(MAX_PAGES), str(path.absolute()),
              f"{folder}/page"],
             f"Chuyển {path.name} thành ảnh (pdftoppm)", PAGE_SECONDS * 2)
        images = sorted(Path(folder).glob("page*.png"))
        text = "\n".join(_read_image(tesseract, image, f"{path.name}, trang {number}")
                         for number, image in enumerate(images, start=1))
    return nonempty(text, path)


def nonempty(text: str, path: Path) -> str:
    """The text OCR read, or RunFailed when it holds (almost) no letter."""
    if sum(character.isalpha() for character in text) < 20:
        raise RunFailed(f"Không đọc được chữ nào trong {path.name} (trang trắng, hoặc ảnh quá mờ): "
                        "quét lại ở 300 dpi rồi nhập lại; chưa ghi gì.")
    return text
