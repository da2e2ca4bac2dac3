"""The order in which the web editor writes the fields of an entry.

Decap keeps an entry as an Immutable.js Map (`fromJS` of the parsed file) and
writes `toJS()` of it, top-level fields sorted by the collection's fields
(decap-cms-core backend.ts `entryToRaw`). An Immutable Map of up to eight
entries keeps insertion order; a larger one is a hash trie and iterates in the
order of its keys' hashes. So, left to itself, Decap writes a record of more
than eight fields (a document with its recipients, signer and sections) in that
hash order, and a new record in the order its fields were typed
(`as_decap_orders`, held to files Decap saved in tests/fixtures/decap/).

The editor's preSave hook (branch cms: render/editor/editor.js and checks.js,
`keyOrders`) sorts every record the schema describes into the schema's order
before Decap writes it: that is the order the repository keeps
(`in_schema_order`), whoever typed what first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

MAX_ARRAY_MAP_SIZE = 8  # Immutable.js: SIZE / 4
_FRAGMENT_BITS, _FRAGMENTS = 5, 7  # a 32-bit hash read five bits at a time, low bits first


def immutable_hash(key: str) -> int:
    """Immutable.js `hash` of a string: Java's String.hashCode over UTF-16 units, made a small integer."""
    hashed = 0
    data = key.encode("utf-16-le", "surrogatepass")
    for index in range(0, len(data), 2):
        hashed = (31 * hashed + int.from_bytes(data[index:index + 2], "little")) & 0xFFFFFFFF
    # smi(): bit 31 copied into bit 30, kept as the unsigned 32 bits the trie reads
    return ((hashed >> 1) & 0x40000000) | (hashed & 0xBFFFFFFF)


def _trie_position(key: str) -> tuple[int, ...]:
    hashed = immutable_hash(key)
    return tuple((hashed >> (_FRAGMENT_BITS * level)) & 0x1F for level in range(_FRAGMENTS))


def immutable_order(keys: Sequence[str]) -> list[str]:
    """The order Immutable.js iterates a Map built with `keys` in this order."""
    if len(keys) <= MAX_ARRAY_MAP_SIZE:
        return list(keys)
    return sorted(keys, key=_trie_position)


def as_decap_orders(data: Any, fields: Sequence[str] = ()) -> Any:
    """`data` with every mapping's keys in the order Decap writes them; the
    top level's in the order of `fields` (the collection's fields)."""
    ordered = _nested(data)
    if isinstance(ordered, dict) and fields:
        rank = {name: index for index, name in enumerate(fields)}
        # Array.prototype.sort is stable; a field Decap does not know keeps its
        # place after the known ones (such a file fails `make check` anyway).
        ordered = dict(sorted(ordered.items(), key=lambda item: rank.get(item[0], len(rank))))
    return ordered


def in_schema_order(data: Any, schema: dict[str, Any] | None) -> Any:
    """`data` with every record the schema describes in the schema's field order
    (fields it does not know last, in Decap's order); other mappings as Decap orders them."""
    if isinstance(data, list):
        items = (schema or {}).get("items")
        return [in_schema_order(item, items) for item in data]
    if not isinstance(data, dict):
        return data
    properties = (schema or {}).get("properties", {})
    rank = {name: index for index, name in enumerate(properties)}
    keys = sorted(immutable_order(list(data)), key=lambda key: rank.get(key, len(rank)))  # stable, as Immutable's sortBy
    return {key: in_schema_order(data[key], properties.get(key)) for key in keys}


def _nested(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: _nested(data[key]) for key in immutable_order(list(data))}
    if isinstance(data, list):
        return [_nested(item) for item in data]
    return data
