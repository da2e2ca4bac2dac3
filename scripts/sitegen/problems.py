"""Problems found in editors' files, reported all at once, never as tracebacks."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import TextIO

from .control_chars import escaped


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one file, with where it is and how to fix it (in Vietnamese).

    A warning names something that is most likely a slip but may be meant:
    it is shown, and the build goes on.
    """

    path: str
    line: int
    column: int
    message: str
    hint: str = ""
    warning: bool = False

    def __str__(self) -> str:
        # Escaped: messages quote editors' text and file names, and a line
        # break or ESC in them must not start a line of its own in a CI log.
        return escaped(f"{self.path}:{self.line}:{self.column}: {self._text()}")

    def _text(self) -> str:
        text = f"Cảnh báo: {self.message}" if self.warning else self.message
        return f"{text} ({self.hint})" if self.hint else text

    def github_annotation(self) -> str:
        """The same problem as a GitHub Actions annotation on the PR's line."""
        command = "warning" if self.warning else "error"
        return f"::{command} file={_property(self.path)},line={self.line},col={self.column}::{_data(escaped(self._text()))}"


def _data(text: str) -> str:
    """The escaping GitHub's runner undoes in a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """The same for a property value, where "," and ":" would end the value."""
    return _data(escaped(text)).replace(":", "%3A").replace(",", "%2C")


class ProblemsFound(Exception):
    """Raised when validation found problems; carries every one of them."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = sorted(problems)


def _print_lines(problems: list[Problem], stream: TextIO) -> None:
    for problem in problems:
        print(problem, file=stream)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for problem in problems:
            print(problem.github_annotation(), file=stream)


def report(problems: list[Problem], stream: TextIO | None = None) -> None:
    """Print every problem, one per line; as annotations too under GitHub Actions."""
    stream = stream or sys.stderr
    _print_lines(problems, stream)
    print(f"Có {len(problems)} lỗi cần sửa; trang chưa được cập nhật.", file=stream)


def report_warnings(warnings: list[Problem], stream: TextIO | None = None) -> None:
    """Print every warning, one per line (as annotations too under GitHub Actions); nothing when there is none."""
    if warnings:
        stream = stream or sys.stderr
        _print_lines(sorted(warnings), stream)
        print(f"Có {len(warnings)} cảnh báo nên xem lại; cảnh báo không chặn việc dựng trang.", file=stream)
