"""Which text encoding a file is in, told from its first bytes, as a browser's
or an XML parser's sniffer tells it.

A check that reads the raw bytes sees nothing in `<\\x00s\\x00v\\x00g\\x00`,
which a browser reads as `<svg` (UTF-16). So markup checks look at text
decoded by this: by its byte order mark (UTF-8, UTF-16, UTF-32), else by
the zero bytes a UTF-16 or UTF-32 file without a mark starts with (`<?xml`
or any other ASCII first character: XML 1.0, appendix F), else as UTF-8.

A name in the XML declaration (encoding="windows-1258", "Shift_JIS") is not
followed, on purpose: read as UTF-8 with replacement, every ASCII byte stays
the character it is, and the other encodings browsers know only ever fold an
ASCII letter into a wider character, never make a "<", a quote or a letter
out of other bytes. So what this decoding shows holds every piece of markup a
browser could see. A declared "UTF-16" on ASCII bytes is read as UTF-8 by
browsers too; UTF-7, which could spell markup in other bytes, no browser reads.
"""

from __future__ import annotations

import codecs
import re

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BYTE_ORDER_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# The first character is ASCII (a "<", a letter, a space): where its zero bytes stand says the encoding.
_ZEROS = ((re.compile(rb"\A\x00\x00\x00[\x01-\x7f]"), "utf-32-be"), (re.compile(rb"\A[\x01-\x7f]\x00\x00\x00"), "utf-32-le"),
          (re.compile(rb"\A\x00[\x01-\x7f]"), "utf-16-be"), (re.compile(rb"\A[\x01-\x7f]\x00"), "utf-16-le"))


def sniffed_encoding(head: bytes) -> str:
    """The Python codec to read a file beginning with `head` (at least its first 4 bytes)."""
    for mark, codec in _BYTE_ORDER_MARKS:
        if head.startswith(mark):
            return codec
    for zeros, codec in _ZEROS:
        if zeros.match(head):
            return codec
    return "utf-8"


def decoded(data: bytes) -> str:
    """`data` (a whole file or its head) as text, in the encoding its first bytes
    tell; bytes that do not decode become U+FFFD."""
    return data.decode(sniffed_encoding(data), errors="replace")


def incremental_decoder(head: bytes) -> codecs.IncrementalDecoder:
    """A decoder for a file read in pieces, in the encoding its `head` tells."""
    return codecs.getincrementaldecoder(sniffed_encoding(head))(errors="replace")
