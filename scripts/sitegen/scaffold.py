"""`make new`: a ready-to-fill campaign file with the right slug and modeline."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .load.sources import CAMPAIGNS_DIR
from .model.dates import parse_iso_date
from .model.slugs import slugify
from .problems import Problem, ProblemsFound
from .render.pages import TEMPLATES_DIR


def _yaml_string(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    import json

    return json.dumps(value, ensure_ascii=False)


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
    environment = Environment(loader=FileSystemLoader(TEMPLATES_DIR), undefined=StrictUndefined, keep_trailing_newline=True)
    text = environment.get_template("new_campaign.yml.j2").render(title=_yaml_string(title), start=start, end=end)
    path.write_text(text, encoding="utf-8")
    return path
