"""Titles wrapped whole in quotation marks: a warning, not an error.

Letters name a campaign inside quotes (tham gia chiến dịch “Tháng hành động…”),
and an editor who copies the name often copies the quotes with it. The page
would then show them in its heading and in every list. They might be meant,
so the build goes on; `make check` says where they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..problems import Problem
from .loader import JsonPath, LoadedFile

if TYPE_CHECKING:
    from .inputs import Sources

# Word writes “ ” (and sometimes ” on both sides); French and German quotes come with pasted text.
_OPENING = "“”\"«„‘'"
_CLOSING = "”“\"»’'"
_QUOTES = set(_OPENING + _CLOSING)
HINT = "dấu ngoặc này sẽ hiện nguyên ở tiêu đề và mọi danh sách: bỏ hai dấu ngoặc ở đầu và cuối nếu chúng được chép kèm từ câu văn"


def wrapped_in_quotes(text: str) -> bool:
    """True when the whole of `text` stands between one pair of quotation marks:
    “Tháng hành động”, not “A” và “B”."""
    text = text.strip()
    return (len(text) > 2 and text[0] in _OPENING and text[-1] in _CLOSING
            and not _QUOTES.intersection(text[1:-1]))


def _titles(sources: Sources) -> Iterator[tuple[LoadedFile, JsonPath, str]]:
    """Every title an editor writes, with where it stands and what it names."""
    for loaded in sources.campaigns.values():
        yield loaded, ("title",), "Tên chiến dịch"
        for kind, label in (("events", "Tên sự kiện"), ("materials", "Tên tài liệu")):
            for index, _ in enumerate(loaded.data.get(kind, [])):
                yield loaded, (kind, index, "title"), label
    for index, record in enumerate(sources.documents.data["documents"]):
        if "title" in record:
            yield sources.documents, ("documents", index, "title"), "Tên văn bản"


def _value(loaded: LoadedFile, path: JsonPath) -> str:
    value = loaded.data
    for part in path:
        value = value[part]
    return value


def quoted_title_warnings(sources: Sources) -> list[Problem]:
    """A warning for each title wrapped whole in quotation marks."""
    return [loaded.problem(path, f"{label} nằm trọn trong dấu ngoặc kép: {_value(loaded, path)}", HINT, warning=True)
            for loaded, path, label in _titles(sources) if wrapped_in_quotes(_value(loaded, path))]
