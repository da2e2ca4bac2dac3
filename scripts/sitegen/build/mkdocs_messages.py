"""MkDocs' own warnings and errors, said in Vietnamese.

`make check` catches what editors get wrong in their files; what only MkDocs
sees (a link in a hand-written page to a file that is not there, a heading
the link's #anchor does not match, a page the menu names but that is gone)
it reports in English, and in strict mode each one stops the build. Each
known message becomes one line naming the file, as `make check` names it
(docs/huong-dan/trang.md:12:1: … (what to do)), with the line of the link
when it can be found. A message not known here keeps its English, after one
Vietnamese line saying what to do with it. A Python traceback becomes one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..control_chars import escaped
from ..problems import Problem

_LEVEL = re.compile(r"^(WARNING|ERROR)\s+-\s+(.*)$")
_FIX_LINK = "sửa đường dẫn cho đúng tên tệp, kể cả chữ hoa, chữ thường và dấu, hoặc thêm tệp đó vào docs/"
_FIX_ANCHOR = ("phần sau dấu # là tiêu đề của mục, viết thường, không dấu, nối bằng gạch ngang, "
               "ví dụ #cach-viet-trang: sửa cho khớp một tiêu đề, hoặc bỏ phần #…")
_FIX_NAV = "sửa hoặc xóa dòng đó trong phần nav: của mkdocs.yml"
_UNKNOWN = ("Các thông báo sau của MkDocs chưa có bản tiếng Việt: thường là một liên kết hoặc một trang "
            "trong docs/ cần sửa; nếu không rõ, gửi nguyên văn cho người phát triển.")


@dataclass(frozen=True)
class _Known:
    """One message MkDocs writes, and how to say it: `message` and `hint` are
    format strings over the pattern's named groups; the page is group `page`,
    or mkdocs.yml when the pattern has none."""

    pattern: re.Pattern[str]
    message: str
    hint: str


def _known(pattern: str, message: str, hint: str) -> _Known:
    return _Known(re.compile(pattern + r"\Z"), message, hint)


_GUESS = r"(?: Did you mean '(?P<guess>.+)'\?)?"
# mkdocs/structure/pages.py, files.py and nav.py of MkDocs 1.6, and its build command.
KNOWN = (
    _known(r"Doc file '(?P<page>.+?)' contains a link '(?P<link>.+?)', but the target(?: '(?P<target>.+?)')? "
           r"is not found among documentation files\." + _GUESS,
           "Liên kết “{link}” trỏ tới tệp không có", _FIX_LINK),
    _known(r"Doc file '(?P<page>.+?)' contains an unrecognized relative link '(?P<link>.+?)', it was left as is\." + _GUESS,
           "Liên kết “{link}” không trỏ tới trang hay tệp nào",
           "liên kết tới một trang thì ghi tên tệp .md, ví dụ bien-tap.md; tới tài liệu thì ghi cả đuôi tệp, "
           "ví dụ ../tai-lieu/ke-hoach.pdf"),
    _known(r"Doc file '(?P<page>.+?)' contains an absolute link '(?P<link>.+?)', it was left as is\." + _GUESS,
           "Liên kết “{link}” bắt đầu bằng “/”: khi trang web đặt dưới một địa chỉ con, liên kết này sẽ hỏng",
           "viết đường dẫn tính từ trang này, ví dụ ../tai-lieu/ke-hoach.pdf"),
    _known(r"Doc file '(?P<page>.+?)' contains a link '(?P<link>.+?)', but there is no such anchor on this page\."
           r"(?: This seems to be a footnote that is never referenced\.)?",
           "Liên kết “{link}” trỏ tới một mục không có trên trang này", _FIX_ANCHOR),
    _known(r"Doc file '(?P<page>.+?)' contains a link '(?P<link>.+?)', but the doc '(?P<other>.+?)' "
           r"does not contain an anchor '#(?P<anchor>.+?)'\.",
           "Liên kết “{link}” trỏ tới mục #{anchor} không có trong trang {other}", _FIX_ANCHOR),
    _known(r"Doc file '(?P<page>.+?)' contains a link to '(?P<link>.+?)' which is excluded from the built site\.",
           "Liên kết “{link}” trỏ tới một tệp không được đưa lên trang web", "bỏ liên kết này, hoặc liên kết tới một tệp khác"),
    _known(r"Excluding '(?P<page>.+?)' from the site because it conflicts with '(?P<other>.+?)'\.",
           "Trang này bị bỏ vì trùng địa chỉ với {other}", "gộp hai tệp làm một, hoặc đổi tên một tệp"),
    _known(r"A reference to '(?P<link>.+?)' is included in the 'nav' configuration, "
           r"(?:which is not found in the documentation files|but this file is excluded from the built site)\.",
           "Menu (nav) có mục trỏ tới trang “{link}” không có", _FIX_NAV),
    _known(r"An absolute path to '(?P<link>.+?)' is included in the 'nav' configuration, "
           r"which presumably points to an external resource\.",
           "Menu (nav) có mục trỏ tới “{link}”, bắt đầu bằng “/”", _FIX_NAV + ", hoặc ghi địa chỉ đầy đủ https://…"),
    _known(r"Error (?:reading|building) page '(?P<page>.+?)':(?: (?P<detail>.*))?",
           "MkDocs không dựng được trang này: {detail}",
           "xem lại trang, nhất là đoạn vừa sửa; nếu không rõ nguyên nhân, gửi thông báo này cho người phát triển"),
    _known(r"Config value '(?P<key>.+?)': (?P<detail>.*)",
           "Thiết lập “{key}” sai: {detail}", "sửa thiết lập đó trong mkdocs.yml, hoặc lấy lại bản cũ bằng git checkout mkdocs.yml"),
)
_ABORTED = re.compile(r"Aborted with (?P<counts>.+?) in strict mode!|Aborted with (?P<config>\d+) configuration errors!"
                      r"|Aborted with a BuildError!")


def _line_of(source: Path | None, link: str | None) -> int:
    """The first line of a hand-written page that holds `link`; 1 when it cannot be told."""
    if source is None or not link:
        return 1
    try:
        lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return 1
    return next((number for number, line in enumerate(lines, 1) if link in line), 1)


def _translated(text: str, pages: Mapping[str, Path], config: Path | None) -> str | None:
    """A known MkDocs message as one Vietnamese line; None when it is not known."""
    for known in KNOWN:
        found = known.pattern.match(text)
        if not found:
            continue
        values = {key: value or "" for key, value in found.groupdict().items()}
        message, hint = known.message.format(**values).removesuffix(": "), known.hint
        if values.get("guess"):
            hint += f"; có phải ý bạn là “{values['guess']}”?"
        page = values.get("page")
        if not page:
            return str(Problem("mkdocs.yml", _line_of(config, values.get("link")), 1, message, hint))
        if page in pages:
            return str(Problem(f"docs/{page}", _line_of(pages[page], values.get("link")), 1, message, hint))
        if values.get("link"):
            hint += "; nếu liên kết lấy từ một tệp trong campaigns/, sửa ở tệp đó"
        return escaped(f"Trang “{page}” do bộ sinh trang tạo ra: {message} ({hint})")
    return None


def _aborted(text: str) -> str | None:
    found = _ABORTED.fullmatch(text)
    if not found:
        return None
    if found.group("counts"):
        counts = found.group("counts").replace("warnings", "cảnh báo").replace("errors", "lỗi")
        return f"MkDocs dừng vì {counts} ở trên: ở chế độ nghiêm ngặt, mỗi cảnh báo đều phải được sửa."
    if found.group("config"):
        return f"MkDocs dừng vì {found.group('config')} lỗi trong mkdocs.yml ở trên."
    return "MkDocs dừng vì lỗi ở trên."


def mkdocs_messages(output: str, pages: Mapping[str, Path] | None = None, config: Path | None = None) -> list[str]:
    """What MkDocs printed that a person needs, in Vietnamese: its warnings and
    errors, without INFO lines and without Python tracebacks (a crash is one
    line: its cause). `pages` maps each hand-written page (its path inside the
    docs folder) to its file in the repository, and `config` is mkdocs.yml:
    where to find the line of a link."""
    pages = pages or {}
    lines: list[str] = []
    in_traceback = unknown_said = False
    for line in output.splitlines():
        if line.startswith("Traceback (most recent call last)"):
            in_traceback = True
            continue
        if in_traceback:
            if line.strip() and not line.startswith((" ", "\t")):
                in_traceback = False  # the exception's own line ends the traceback
                lines.append(_crash_line(line))
            continue
        if not line.strip() or line.startswith(("INFO", "DEBUG")):
            continue
        level = _LEVEL.match(line)
        said = _translated(level.group(2), pages, config) if level else _aborted(line.strip())
        if said is None and not unknown_said:
            lines.append(_UNKNOWN)
            unknown_said = True
        lines.append(said or f"MkDocs: {line.strip()}")
    return lines


def _crash_line(exception: str) -> str:
    if "No space left on device" in exception:
        return "MkDocs dừng vì hết chỗ trống trên đĩa (thư mục build/ và site/)."
    if exception.startswith("RecursionError"):
        return "MkDocs dừng vì một trang lồng nhau quá sâu (danh sách hoặc trích dẫn nhiều cấp)."
    return f"MkDocs dừng vì lỗi: {exception}"


# What `mkdocs serve` says as it runs that the preview's own lines already say, or that
# is ours by choice: the preview rebuilds only changed pages (--dirty) on purpose, and
# a browser asking for a page that is not there yet is logged as a warning.
_SERVE_QUIET = re.compile(r"(Building documentation|Documentation built in|Reloading browsers|Detected file changes"
                          r"|Browser connected|Watching paths for changes|Serving on|Cleaning site directory"
                          r"|The following pages exist in the docs directory, but are not included in the \"nav\""
                          r"|A 'dirty' build is being performed|\"(GET|HEAD) [^\"]*\" code \d+)")
# A link warning about a generated page: the preview writes an edited campaign's pages first and the
# rest a moment later, so between the two MkDocs sees links to files still to come. The build says
# any that remain (the strict `make build`), and `make check` the editors' own mistakes.
_GENERATED_LINK = re.compile(r"Doc file '(?P<page>.+?)' contains (?:a|an unrecognized relative) link ")


class ServeMessages:
    """`mkdocs serve`'s output, line by line as it comes, said as mkdocs_messages says a build's."""

    def __init__(self, pages: Callable[[], Mapping[str, Path]], config: Path) -> None:
        self.pages, self.config = pages, config  # pages: asked at each message, as pages come and go while it runs
        self.in_traceback = self.unknown_said = False

    def said(self, line: str) -> list[str]:
        """The Vietnamese lines for one line of output (often none)."""
        line = line.rstrip("\n")
        if line.startswith("Traceback (most recent call last)"):
            self.in_traceback = True
            return []
        if self.in_traceback:
            if line.strip() and not line.startswith((" ", "\t")):
                self.in_traceback = False
                return [_crash_line(line)]
            return []
        text = re.sub(r"^(INFO|DEBUG|WARNING|ERROR)\s+-\s+(\[[0-9:]+\]\s+)?", "", line).strip()
        if not text or line.startswith(("INFO", "DEBUG", " ")) or _SERVE_QUIET.match(text):
            return []
        generated = _GENERATED_LINK.match(text)
        if generated and generated.group("page") not in self.pages():
            return []
        if text.startswith("An error happened during the rebuild"):
            return ["Bản xem trước chưa dựng lại được vì lỗi ở trên: trang sẽ đứng yên cho tới khi sửa xong lỗi đó."]
        found = _translated(text, self.pages(), self.config) if _LEVEL.match(line) else _aborted(text)
        if found:
            return [found]
        lines = [] if self.unknown_said else [_UNKNOWN]
        self.unknown_said = True
        return [*lines, f"MkDocs: {line.strip()}"]
