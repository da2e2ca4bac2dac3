"""The publish gate's search check counts a posting against the pages the index has, whatever
the number of its files (a site of more pages than posting files was once refused)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sitegen.model.page_paths import INDEX_DIR
from sitegen.release.gate import _search_problems
from sitegen.render.search_index import presence_map


def _index(site: Path, docs: int, last_page: int) -> None:
    """An index of `docs` pages (all the home page), one term file and one postings file, whose
    one word is on page `last_page`."""
    (site / "index.html").parent.mkdir(parents=True, exist_ok=True)
    (site / "index.html").write_text("<html></html>", encoding="utf-8")
    index = site / INDEX_DIR
    for folder in ("d", "t", "p"):
        (index / folder).mkdir(parents=True)
    manifest = {"docs": docs, "chunk": docs, "buckets": 1, "termShards": 1,
                "terms": presence_map({0}, 1), "postings": presence_map({0}, 1)}
    (index / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (index / "d" / "0.json").write_text(json.dumps([[""]] * docs), encoding="utf-8")
    (index / "t" / "0.json").write_text(json.dumps({"an": 1}), encoding="utf-8")
    (index / "p" / "0.json").write_text(json.dumps({"an": [[last_page]]}), encoding="utf-8")


@pytest.mark.parametrize("docs, last_page, expected", [
    (3, 2, []),  # more pages than posting files: the last page is still a page of the index
    (3, 3, [f"{INDEX_DIR}/p/0.json: từ “an” trỏ tới trang số 3, chỉ mục chỉ có 3 trang"]),
])
def test_a_posting_is_checked_against_the_pages_of_the_index(tmp_path: Path, docs: int, last_page: int, expected: list[str]) -> None:
    _index(tmp_path, docs, last_page)
    assert _search_problems(tmp_path) == expected
