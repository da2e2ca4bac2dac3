"""`make new`: a ready-to-fill campaign file with the right slug, in the form the web editor writes.

Given TITLE, START and END on the command line, a mistake stops it with a
message naming the variable the clerk typed. Run bare in a terminal, it asks
for each value and asks again, in the words of the question, until the answer
will do: a clerk there never typed START, so no message names it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .failures import RunFailed
from .fmt.files import decap_text
from .load.page_clashes import site_page_at
from .load.sources import CAMPAIGNS_DIR
from .model.dates import date_mistake, parse_iso_date
from .model.page_paths import campaign_calendar, campaign_page
from .model.slugs import slugify

Ask = Callable[[str], "str | None"]  # None: the input ended (Ctrl+D)
NOT_WRITTEN = "Chưa tạo tệp nào."

# The fields a new campaign asks for, empty; the guide (docs/huong-dan/bien-tap.md) says what goes in each.
_EMPTY_LISTS = ("documents", "key_messages", "tasks", "events", "materials", "contacts", "tags")


def _clean_title(title: str) -> str:
    return " ".join(title.split())


def _path(root: Path, title: str) -> Path:
    return root / CAMPAIGNS_DIR / f"{slugify(_clean_title(title))}.yml"


def title_mistake(root: Path, title: str) -> str | None:
    """What keeps `title` from naming a new campaign file, or None."""
    if not slugify(_clean_title(title)):
        return "Chưa có tên chiến dịch, hoặc tên không có chữ hay số nào"
    path = _path(root, title)
    if path.exists():
        return (f"Đã có chiến dịch với tên tệp {path.relative_to(root).as_posix()}: "
                "mở tệp đó để sửa, hoặc đặt tên khác, ví dụ thêm năm hoặc đợt")
    # The names make check refuses (load/page_clashes.py): index.yml would take the campaign list.
    slug = path.stem
    taken = site_page_at(campaign_page(slug)) or site_page_at(campaign_calendar(slug))
    if taken:
        return (f"Tên tệp {path.relative_to(root).as_posix()} trùng đường dẫn với {taken}: "
                "đặt tên khác, ví dụ thêm năm hoặc đợt")
    return None


def _order_mistake(start: str, end: str) -> str | None:
    first, last = parse_iso_date(start) if start else None, parse_iso_date(end) if end else None
    if first and last and last < first:
        return f"ở trước ngày bắt đầu {start}: kiểm tra lại hai ngày, có thể đã đảo ngày và tháng"
    return None


def _command_line_mistakes(root: Path, title: str, start: str, end: str) -> list[str]:
    """Every mistake in what was typed after `make new`, each naming its variable."""
    mistakes = []
    if not slugify(_clean_title(title)):
        mistakes.append('Chưa có tên chiến dịch: đặt tên bằng TITLE, ví dụ make new TITLE="Tháng hành động…".')
    elif (mistake := title_mistake(root, title)) is not None:
        mistakes.append(f"{mistake}.")
    for name, value in (("START", start), ("END", end)):
        if value and (found := date_mistake(value, "2023-07-01")):
            mistakes.append(f"Ngày {name}={value} {found[0]}: {found[1]}.")
    if (mistake := _order_mistake(start, end)) is not None:
        mistakes.append(f"Ngày END={end} {mistake}.")
    return mistakes


def new_campaign(root: Path, title: str, start: str = "", end: str = "") -> Path:
    """Write campaigns/<slug>.yml for `title`; refuse to overwrite or to take bad dates (RunFailed)."""
    mistakes = _command_line_mistakes(root, title, start, end)
    if mistakes:
        raise RunFailed("\n".join([*mistakes, NOT_WRITTEN]))
    data = {"title": _clean_title(title), "summary": None, "start": start or None, "end": end or None,
            **{name: [] for name in _EMPTY_LISTS}}
    path = _path(root, title)
    path.write_text(decap_text(data, "campaign"), encoding="utf-8")
    return path


def _ask_until(ask: Ask, say: Callable[[str], None], question: str, mistake: Callable[[str], str | None]) -> str:
    """Ask `question` until the answer has no mistake; the input ending stops everything."""
    while True:
        answer = ask(question)
        if answer is None:
            raise RunFailed(f"Đã dừng. {NOT_WRITTEN}")
        answer = answer.strip()
        found = mistake(answer)
        if found is None:
            return answer
        say(f"  {found}.")


def _date_answer_mistake(what: str, start: str = "") -> Callable[[str], str | None]:
    def mistake(answer: str) -> str | None:
        if not answer:
            return None
        found = date_mistake(answer, "2023-07-01")
        if found:
            return f"Ngày {answer} {found[0]}: {found[1]}; hoặc nhấn Enter nếu văn bản không nêu ngày {what}"
        order = _order_mistake(start, answer)
        return f"Ngày {answer} {order}" if order else None
    return mistake


def ask_campaign(root: Path, ask: Ask, say: Callable[[str], None],
                 start: str | None = None, end: str | None = None) -> tuple[str, str, str]:
    """Ask for the title and the dates not given on the command line, again after each mistake."""
    title = _ask_until(ask, say, "Tên chiến dịch: ", lambda answer: title_mistake(root, answer))
    if start is None:
        start = _ask_until(ask, say, "Ngày bắt đầu (2023-07-01, Enter nếu văn bản không nêu): ",
                           _date_answer_mistake("bắt đầu"))
    if end is None:
        end = _ask_until(ask, say, "Ngày kết thúc (2023-07-31, Enter nếu văn bản không nêu): ",
                         _date_answer_mistake("kết thúc", start))
    return title, start, end
