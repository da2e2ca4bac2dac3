"""Problems found in editors' files, reported all at once, never as tracebacks."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one file, with where it is and how to fix it (in Vietnamese)."""

    path: str
    line: int
    column: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}:{self.column}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    def github_annotation(self) -> str:
        """The same problem as a GitHub Actions annotation on the PR's line."""
        text = f"{self.message} ({self.hint})" if self.hint else self.message
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::error file={self.path},line={self.line},col={self.column}::{text}"


class ProblemsFound(Exception):
    """Raised when validation found problems; carries every one of them."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = sorted(problems)


def report(problems: list[Problem], stream: TextIO | None = None) -> None:
    """Print every problem, one per line; as annotations too under GitHub Actions."""
    stream = stream or sys.stderr
    for problem in problems:
        print(problem, file=stream)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for problem in problems:
            print(problem.github_annotation(), file=stream)
    print(f"Có {len(problems)} lỗi cần sửa; trang chưa được cập nhật.", file=stream)
