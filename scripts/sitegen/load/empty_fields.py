"""An empty field is no field: what the web editor writes for "nothing" is absent.

Decap CMS writes `null` for a field that was empty in the file and left alone,
`""` for one the editor cleared (text, dates and numbers alike), and a list
typed with commas can end in a blank item ("an toàn thông tin, "). In every
optional field, and in lists of text, these count as absent, as if the line
were not there: nothing is shown for them and no check runs on them. A blank
required field stays, so an empty title is still reported. `[]` stays: an
empty list already says "none". The files keep what Decap wrote (make fmt does
not touch it); only the data the site is built from drops it.
"""

from __future__ import annotations

from typing import Any

from .loader import JsonPath, LoadedFile


def is_blank(value: Any) -> bool:
    """No value: null, text with nothing visible, or a record whose fields are all blank."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, dict):
        return all(is_blank(item) for item in value.values())
    return False


def drop_empty(loaded: LoadedFile, schema: dict[str, Any]) -> None:
    """Remove blank optional values from `loaded.data`, moving the positions of
    the values after a dropped list item along, so messages keep their lines."""
    moves: list[tuple[JsonPath, JsonPath]] = []
    loaded.data = _clean(loaded.data, schema, (), (), moves)
    loaded.nodes = {new: loaded.nodes[old] for old, new in moves if old in loaded.nodes}
    loaded.key_nodes = {new: loaded.key_nodes[old] for old, new in moves if old in loaded.key_nodes}


def _clean(value: Any, schema: dict[str, Any] | None, old: JsonPath, new: JsonPath,
           moves: list[tuple[JsonPath, JsonPath]]) -> Any:
    moves.append((old, new))
    schema = schema or {}
    if isinstance(value, dict):
        properties, required = schema.get("properties", {}), schema.get("required", [])
        kept = {}
        for key, item in value.items():
            if key in properties and key not in required and is_blank(item):
                continue
            kept[key] = _clean(item, properties.get(key), old + (key,), new + (key,), moves)
        return kept
    if isinstance(value, list):
        items = schema.get("items") or {}
        text_items = items.get("type") == "string"
        kept_items: list[Any] = []
        for index, item in enumerate(value):
            if text_items and is_blank(item):
                continue
            kept_items.append(_clean(item, items, old + (index,), new + (len(kept_items),), moves))
        return kept_items
    return value
