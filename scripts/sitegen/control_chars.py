"""Invisible characters that can forge output: the policy for editors' text,
and the escaping that keeps any text inert in a terminal or a CI log.

Editors may use tab and line breaks (a multi-line summary is legitimate).
Every other C0 control (ESC starts terminal sequences, BEL rings, NUL cuts
strings), DEL, the C1 controls, the bidirectional overrides and isolates
(which make text display differently from what it is, "Trojan Source") and
the Unicode line and paragraph separators (YAML counts them as line breaks,
editors' tools do not) are refused by the loader. Whatever slips through,
from a file name for instance, is shown escaped by `escaped`, so no message
can start a line of its own, such as a forged `::error` annotation.
"""

from __future__ import annotations

import re
import unicodedata

_DANGEROUS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
# Anywhere in a file: tab, LF and CR (Windows line ends) are the file's own layout.
FORBIDDEN_IN_FILE = re.compile(f"[{_DANGEROUS}]")
# In a value: YAML turns every line end into LF, so a CR there was written as an escape.
FORBIDDEN_IN_VALUE = re.compile(f"[{_DANGEROUS}\r]")
# Everything `escaped` rewrites; a file name with one of these is refused too.
# Lone surrogates too: a file name that is not UTF-8 (os.listdir keeps its
# bytes as surrogates) would otherwise stop printing with a UnicodeEncodeError.
SHOWN_ESCAPED = re.compile(f"[{_DANGEROUS}\t\n\r\ud800-\udfff]")
_SHORT_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
# unicodedata has no names for the C0 and C1 controls.
_CONTROL_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "BS", "\x0b": "VT", "\x0c": "FF", "\r": "CR", "\x1b": "ESC", "\x7f": "DEL",
                  "\x85": "NEL", "\x9b": "CSI"}


def _escape(character: str) -> str:
    code = ord(character)
    return _SHORT_ESCAPES.get(character) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def escaped(text: str) -> str:
    """`text` with every control and bidi character written as an escape (\\x1b, \\n, \\u202e)."""
    return SHOWN_ESCAPED.sub(lambda match: _escape(match.group()), text)


def escaped_lines(text: str) -> str:
    """Each line of `text` escaped: for messages of several lines, such as a
    server's answer, whose own line breaks are kept."""
    return "\n".join(escaped(line) for line in text.split("\n"))


def describe(character: str) -> str:
    """How a message names a character: "U+001B (ESC)", "U+202E (RIGHT-TO-LEFT OVERRIDE)"."""
    name = _CONTROL_NAMES.get(character) or unicodedata.name(character, "")
    return f"U+{ord(character):04X} ({name})" if name else f"U+{ord(character):04X}"
