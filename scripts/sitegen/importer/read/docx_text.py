"""A Word file's text in reading order: paragraphs and table cells (the
official header and the signature block are tables), via python-docx."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from ...failures import RunFailed


def _block_lines(container) -> Iterator[str]:
    """The lines of a document body or a table cell, tables read row by row,
    each cell once (python-docx repeats a merged cell in every grid column)."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    yield from _block_lines(cell)
        else:
            # A manual line break (Shift+Enter) is "\n" in python-docx's text.
            yield from block.text.split("\n")


def docx_text(path: Path) -> str:
    """Every line of the .docx at `path`, or RunFailed when it is not a Word file."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise RunFailed(f"Tệp {path.name} không phải tệp Word (.docx) đọc được: mở bằng Word và lưu lại thành .docx; "
                        "chưa ghi gì.") from None
    return "\n".join(_block_lines(document))
