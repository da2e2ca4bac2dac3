"""`make cong-van`: the department's dispatches in the documents registry, as Word files in dist/cong-van/.

The layout is render/dispatch_docx.py's; this finds the dispatch asked for and
says in one Vietnamese sentence what is wrong when it cannot be written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .load.sources import load_sources
from .model import wording
from .model.site import Document, Site
from .model.from_sources import build_site
from .render.dispatch_docx import dispatch_docx

# Where `make cong-van` writes: with the other files to hand out, kept out of git.
OUTPUT_DIR = Path("dist/cong-van")


class LetterIncomplete(ValueError):
    """The dispatch lacks what a letter needs (sections, signer…): a Vietnamese sentence saying what."""


def write_dispatches(root: Path, today: dt.date, ref: str = "") -> list[Path]:
    """Write the dispatch `ref` (every complete one when empty) into dist/cong-van/; return the paths.

    Validates the whole project first, as a build does: a letter is drafted only from sources that pass.
    """
    site = build_site(load_sources(root, today=today), today)
    if ref:
        chosen = [find_dispatch(site, ref)]
    else:
        chosen = [d for d in site.documents if d.is_dispatch and not wording.letter_gaps(d)]
        if not chosen:
            raise LetterIncomplete("Sổ văn bản chưa có công văn nào của Sở đủ các mục, nơi nhận và người ký.")
    folder = root / OUTPUT_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for document in chosen:
        path = folder / f"{document.slug}.docx"
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(dispatch_docx(document, today, site.department))
        temporary.replace(path)
        written.append(path)
    return written


def find_dispatch(site: Site, ref: str) -> Document:
    """The dispatch named `ref` (its id or number), ready to write; LetterIncomplete otherwise."""
    dispatches = [document for document in site.documents if document.is_dispatch]
    known = ", ".join(d.ref for d in dispatches) or "chưa có công văn nào"
    # By id first: every dispatch not yet numbered has the same number, "…/SCT-VP".
    matches = [d for d in site.documents if ref in (d.ref, d.slug)] or [d for d in site.documents if d.number == ref]
    if not matches:
        raise LetterIncomplete(f"Không có văn bản “{ref}” trong sổ văn bản (campaigns/registries/documents/); "
                               f"các công văn của Sở: {known}.")
    if len(matches) > 1:
        raise LetterIncomplete(f"Có {len(matches)} văn bản cùng số “{ref}”: chọn theo mã, ví dụ ID={matches[0].ref} "
                               f"(các công văn của Sở: {known}).")
    found = matches[0]
    gaps = wording.letter_gaps(found)
    if gaps:
        raise LetterIncomplete(f"Văn bản “{ref}” chưa đủ để viết thành công văn: thiếu {', '.join(gaps)} "
                               "trong sổ văn bản (campaigns/registries/documents/).")
    return found
