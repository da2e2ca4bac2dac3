"""A static search index that reads Vietnamese the way staff type it.

Tokens are folded (tone marks dropped, đ as d) so "lua dao" finds "lừa đảo";
each posting remembers which spellings the page used, so a query typed with
its diacritics ranks the exact spelling first. Adjacent word pairs are indexed
too, so "giảm nghèo" as a phrase outranks the two words apart.

The index is split so that one query downloads only what it needs, whatever
the number of pages: terms by their first two letters (for prefix matches),
postings by a hash of the term, and page records in small chunks. The manifest
maps which term and postings files exist, so that a query never asks for one
that is not there (typing "lua dao" asks for the terms of "l" and "d" alone,
and no word is "l" or "d"). The browser side is
docs/assets/javascripts/search-worker.js; both must tokenize, fold, hash and
map files alike (tests/test_search_index.py pins the shared cases).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from ..model.folding import fold
from ..model.page_paths import INDEX_DIR

FIELD_WEIGHTS = {"title": 8, "numbers": 6, "body": 1}
TERM_SHARDS = 256
CHUNK_SIZE = 8  # page records per file: a result list fetches one file per result at worst
EXCERPT_CHARS = 240
MAX_TERM_FREQUENCY = 3
_TOKEN = re.compile(r"[^\W_]+")


@dataclass
class SearchEntry:
    """One page as search sees it."""

    url: str  # relative to the site root, e.g. chien-dich/giam-ngheo-ben-vung/
    title: str
    kind: str  # shown beside the title: "Chiến dịch", "Văn bản"…
    numbers: list[str] = field(default_factory=list)  # document numbers on the page
    body: str = ""


@functools.lru_cache(maxsize=65536)
def _fold_token(token: str) -> str:
    # Words repeat across thousands of pages: fold each spelling once.
    return fold(token)


def tokenize(text: str) -> list[str]:
    """Lower-case NFC words and numbers: "90/QĐ-TTg" -> ["90", "qđ", "ttg"]."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text).lower())


def fnv1a(text: str) -> int:
    """32-bit FNV-1a of the UTF-8 bytes; the worker computes the same."""
    value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


def term_shard_key(token: str) -> str:
    return token[:2]


def presence_map(present: set[int], count: int) -> str:
    """Which of files 0..count-1 exist, as hex digits of four files each, lowest bit first.

    {0, 5} of 8 -> "12". The worker reads it back bit by bit; a hex string
    costs count/4 bytes, and gzip shrinks the usual run of "f" to nearly nothing.
    """
    return "".join(f"{sum(1 << bit for bit in range(4) if start + bit in present):x}" for start in range(0, count, 4))


def _bucket_count(terms: int) -> int:
    """About 32 terms per postings file, a power of two between 64 and 8192."""
    count = 64
    while count < 8192 and terms / count > 32:
        count *= 2
    return count


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _excerpt(entry: SearchEntry) -> str:
    text = " ".join(entry.body.split())
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"


def build_search_index(entries: list[SearchEntry]) -> dict[str, bytes]:
    """Every file of the index, by path under the site root."""
    weights: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    spellings: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    pairs: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for doc, entry in enumerate(entries):
        for name, weight in FIELD_WEIGHTS.items():
            texts = entry.numbers if name == "numbers" else [getattr(entry, name)]
            for text in texts:
                exact = tokenize(text)
                folded = [_fold_token(token) for token in exact]
                counts: dict[str, int] = defaultdict(int)
                for token, form in zip(folded, exact):
                    counts[token] += 1
                    spellings[token][doc].add(form)
                for token, count in counts.items():
                    weights[token][doc] += weight * min(count, MAX_TERM_FREQUENCY)
                for left, right in zip(folded, folded[1:]):
                    pairs[f"{left} {right}"][doc] += weight

    variants = {token: sorted({form for forms in docs.values() for form in forms}) for token, docs in spellings.items()}
    buckets = _bucket_count(len(weights) + len(pairs))
    files: dict[str, dict] = defaultdict(dict)
    for token, docs in weights.items():
        order = {form: bit for bit, form in enumerate(variants[token][:30])}
        files[f"t/{fnv1a(term_shard_key(token)) % TERM_SHARDS}.json"][token] = [len(docs), variants[token][:30]]
        postings = sorted(docs.items())
        if len(order) == 1:  # most words: one spelling, so every page's mask is that one bit
            masks = [1] * len(postings)
        else:
            masks = [sum(1 << order[form] for form in spellings[token][doc] if form in order) for doc, _ in postings]
        files[f"p/{fnv1a(token) % buckets}.json"][token] = _postings(postings, masks)
    for pair, docs in pairs.items():
        files[f"p/{fnv1a(pair) % buckets}.json"][pair] = _postings(sorted(docs.items()), None)

    output = {path: _json(dict(sorted(content.items()))) for path, content in sorted(files.items())}
    for start in range(0, len(entries), CHUNK_SIZE):
        chunk = [[e.url, e.title, e.kind, _excerpt(e)] for e in entries[start: start + CHUNK_SIZE]]
        output[f"d/{start // CHUNK_SIZE}.json"] = _json(chunk)
    manifest = {"version": 2, "docs": len(entries), "chunk": CHUNK_SIZE, "buckets": buckets, "termShards": TERM_SHARDS,
                "terms": presence_map(_numbers_of(files, "t/"), TERM_SHARDS),
                "postings": presence_map(_numbers_of(files, "p/"), buckets)}
    output["manifest.json"] = _json(manifest)
    return {f"{INDEX_DIR}/{path}": content for path, content in output.items()}


def _numbers_of(files: dict[str, dict], folder: str) -> set[int]:
    """The numbers of the files written in `folder`: {"t/7.json", "p/3.json"}, "t/" -> {7}."""
    return {int(path[len(folder):-len(".json")]) for path in files if path.startswith(folder)}


def _postings(postings: list[tuple[int, int]], masks: list[int] | None) -> list:
    """[doc-id deltas, weights] (+ spelling masks): small numbers make small JSON."""
    deltas, previous = [], 0
    for doc, _ in postings:
        deltas.append(doc - previous)
        previous = doc
    result = [deltas, [weight for _, weight in postings]]
    if masks is not None and any(masks):
        result.append(masks)
    return result
