"""The site's own Markdown, as MkDocs renders a page: its metadata split off
as MkDocs splits it, the rest rendered with the extensions of mkdocs.yml,
read from it, on Python-Markdown itself.

`make check` judges a hand-written page by the HTML it becomes, so it must
read the page as the build will. MkDocs is not imported: it reads mkdocs.yml
with `!ENV` and `!!python/name:` tags, which a small YAML loader here
understands well enough, and always adds its own built-in extensions before
the file's list.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import markdown
import yaml

from ..failures import RunFailed

# MkDocs' `markdown_extensions` starts from these (mkdocs/config/defaults.py).
MKDOCS_BUILTINS = ("toc", "tables", "fenced_code")
CONFIG_FILE = "mkdocs.yml"
# A page's metadata, as mkdocs/utils/meta.py reads it: YAML between "---" lines, or else
# MultiMarkdown's "Key: value" lines up to the first blank line.
_YAML_META = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_KEY_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
_MORE_LINE = re.compile(r"^([ ]{4}|\t)(\s*)(?P<value>.*)")


def _python_name(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> object:
    """`!!python/name:module.attribute`, as MkDocs resolves it (the toc's slugify)."""
    module, _, attribute = suffix.rpartition(".")
    try:
        return getattr(importlib.import_module(module), attribute)
    except (ImportError, AttributeError, ValueError):
        return None  # the build says what is wrong; the check needs only the extensions


class _SettingsLoader(yaml.SafeLoader):
    """Safe YAML, plus the tags mkdocs.yml uses; any other local tag (`!ENV`) reads as nothing."""


_SettingsLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", _python_name)
_SettingsLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def extensions_of(config_text: str) -> tuple[list[str], dict[str, dict]]:
    """The extension names and their settings that MkDocs would hand to Python-Markdown."""
    try:
        settings = yaml.load(config_text, Loader=_SettingsLoader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError:
        settings = None  # MkDocs says what is wrong when it builds; the built-ins still render
    settings = settings if isinstance(settings, dict) else {}
    names, configs = list(MKDOCS_BUILTINS), {}
    for item in settings.get("markdown_extensions") or []:
        name, config = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        if name not in names:
            names.append(name)
        if isinstance(config, dict):
            configs[name] = {key: value for key, value in config.items() if value is not None}
    return names, configs


@functools.lru_cache(maxsize=4)
def _renderer(config_text: str | None) -> Callable[[str], str]:
    names, configs = extensions_of(config_text) if config_text is not None else (list(MKDOCS_BUILTINS), {})
    try:
        renderer = markdown.Markdown(extensions=names, extension_configs=configs)
    except (ImportError, TypeError, KeyError, ValueError) as error:  # what Python-Markdown raises for a bad extension
        raise RunFailed(f"{CONFIG_FILE}: không nạp được phần mở rộng Markdown trong markdown_extensions ({error}): "
                        "cài gói của nó vào .venv, hoặc sửa tên và cài đặt của nó") from None

    # A page unchanged since the last check renders to the same HTML: each load_sources renders every
    # hand-written page, and the preview and the form check again on every save (a tenth of a second a page).
    @functools.lru_cache(maxsize=64)
    def render(text: str) -> str:
        return renderer.reset().convert(text)
    return render


def site_markdown(root: Path) -> Callable[[str], str]:
    """A function that renders a page's Markdown to HTML with the settings of `root`/mkdocs.yml.

    One renderer per text of the file, whichever project holds it (a test's copies, the preview's): building
    it costs more than a page. Compared by content, not by time: a save within the file system's clock tick
    keeps the size and the time.
    """
    config = root / CONFIG_FILE
    return _renderer(config.read_text(encoding="utf-8") if config.is_file() else None)


def split_metadata(text: str) -> tuple[str, str]:
    """(metadata, body) of a page as MkDocs splits them: the theme shows some metadata (title,
    description) in the page as it is written, the body is Markdown. The metadata's text comes
    back whole, to be checked whatever its keys; a body keeps its line count, so that lines
    found in it are lines of the file."""
    found = _YAML_META.match(text)
    if found:
        try:
            is_metadata = isinstance(yaml.safe_load(found.group(1)), dict)
        except yaml.YAMLError:
            is_metadata = False
        return (found.group(), "\n" * found.group().count("\n") + text[found.end():]) if is_metadata else ("", text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    count, key = 0, False
    for line in lines:
        if not line.strip():
            break
        if _KEY_LINE.match(line):
            key = True
        elif not (key and _MORE_LINE.match(line)):
            break
        count += 1
    return "\n".join(lines[:count]), "\n" * count + "\n".join(lines[count:])


def metadata_values(metadata: str) -> list[str]:
    """Every text of the metadata that split_metadata gave, as the theme gets it: YAML's strings
    (keys too, at any depth), or MultiMarkdown's values, which are their text as written."""
    lines = metadata.splitlines()
    if metadata.startswith("---"):
        return list(_strings(yaml.safe_load("\n".join(lines[1:-1]))))
    return [found.group("value") if (found := _KEY_LINE.match(line)) else line for line in lines]


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
