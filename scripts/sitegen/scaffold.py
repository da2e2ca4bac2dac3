"""`make new`: a ready-to-fill campaign file with the right slug, in the form the web editor writes."""

from __future__ import annotations

from pathlib import Path

from .fmt.files import decap_text
from .load.sources import CAMPAIGNS_DIR
from .model.dates import parse_iso_date
from .model.slugs import slugify
from .problems import Problem, ProblemsFound

# The fields a new campaign asks for, empty; the guide (docs/huong-dan/bien-tap.md) says what goes in each.
_EMPTY_LISTS = ("documents", "key_messages", "tasks", "events", "materials", "contacts", "tags")


def new_campaign(root: Path, title: str, start: str = "", end: str = "") -> Path:
    """Write campaigns/<slug>.yml for `title`; refuse to overwrite or to take bad dates."""
    title = " ".join(title.split())
    problems = []
    slug = slugify(title)
    if not slug:
        problems.append(Problem("make new", 1, 1, "Chưa có tên chiến dịch", 'đặt tên, ví dụ: make new TITLE="Tháng hành động…"'))
    for name, value in (("START", start), ("END", end)):
        if value and parse_iso_date(value) is None:
            problems.append(Problem("make new", 1, 1, f"Ngày {name}={value} không hợp lệ", "viết dạng NĂM-THÁNG-NGÀY, ví dụ 2023-07-01"))
    path = root / CAMPAIGNS_DIR / f"{slug}.yml"
    if slug and path.exists():
        problems.append(Problem(path.relative_to(root).as_posix(), 1, 1, "Đã có chiến dịch với tên tệp này",
                                "mở tệp đó để sửa, hoặc đặt tên khác (thêm năm hoặc đợt)"))
    if problems:
        raise ProblemsFound(problems)
    data = {"title": title, "summary": None, "start": start or None, "end": end or None, **{name: [] for name in _EMPTY_LISTS}}
    path.write_text(decap_text(data, "campaign"), encoding="utf-8")
    return path
