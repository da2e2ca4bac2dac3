"""sitegen.fmt writes YAML byte for byte as Decap CMS does, and reads it as Decap does.

The reference is the `yaml` package Decap bundles (1.10, pinned in package.json;
`make test` installs it with npm ci), run by tests/decap_yaml.cjs: one node
process for each table. Key order is held to Immutable.js, whose Map Decap keeps
entries in, by hashes taken from immutable 4.3.9.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import unicodedata
from typing import Any

import pytest
from conftest import ROOT
from sitegen.fmt.emitter import dump
from sitegen.fmt.files import editor_files
from sitegen.fmt.key_order import immutable_hash, immutable_order
from sitegen.load.loader import load_yaml_text

SCRIPT = ROOT / "tests" / "decap_yaml.cjs"
NODE_SECONDS = 60

# yaml 1.10 writes a blank line of spaces in double-quoted text as an escaped backslash:
# Decap and the site both read the text back with a "\" in it (make fmt refuses such a change).
MISQUOTED = "multi-line text ending in spaces, a line of one space"
# yaml 1.10 reads a folded (>) block's more-indented line after a blank line with one
# line break too few; libyaml, like the YAML spec, keeps both. The site shows what Decap was given.
MISREAD = "folded text, an indented line after a blank one"

LONG = ("Triển khai các hoạt động đảm bảo an toàn thực phẩm năm 2023 theo Kế hoạch số 1368/KH-SYT "
        "ngày 26/6/2023 của Sở Y tế, phối hợp với các phòng, đơn vị thuộc Sở.")

# The values an editor's files hold, and the awkward ones YAML quotes or folds.
VALUES: dict[str, Any] = {
    "long Vietnamese line": LONG,
    "long line, deep": {"tasks": [{"action": LONG, "assignees": ["cac-phong-thuoc-so"]}]},
    "long key prefix": {"a_field_name_long_enough_to_push_the_value_past_sixty_columns_x": LONG},
    "no space to fold at": "Mộtchuỗi" * 20,
    "double quotes": 'Hưởng ứng "Ngày hội" năm 2023',
    "single quote": "dấu ' nháy đơn",
    "both quotes": "dấu ' và \" nháy",
    "curly quotes": "“Hải Dương ngàn trái tim hồng”",
    "colon and space": "Lưu: VT, VP",
    "colon at the end": "Nơi nhận:",
    "time": "1:30",
    "hash after a space": "Chiến dịch #1",
    "hash first": "#hashtag",
    "dash first": "- gạch đầu dòng",
    "question mark": "?",
    "leading zeros": "0123",
    "phone": "0912345678",
    "phone with spaces": "0912 345 678",
    "year as text": "2023",
    "month as text": "2023-07",
    "date": "2023-07-01",
    "timestamp": "2023-07-01 08:30:00",
    "float as text": "1.5",
    "exponent as text": "1e3",
    "hex as text": "0x1F",
    "octal as text": "0o17",
    "infinity as text": ".inf",
    "null as text": "null",
    "tilde": "~",
    "true as text": "true",
    "yes": "yes",
    "no": "no",
    "on": "on",
    "empty text": "",
    "spaces only": "   ",
    "leading spaces": "   cách đầu",
    "trailing space": "cách cuối ",
    "number": 2023,
    "negative": -5,
    "zero": 0,
    "float": 1.5,
    "big float": 1e21,
    "tiny float": 1e-7,
    "booleans": [True, False],
    "null": None,
    "nulls in a mapping": {"start": None, "end": None, "title": "x"},
    "all values null": {"start": None, "end": None},
    "empty list": [],
    "empty mapping": {},
    "empty list in a mapping": {"documents": [], "tags": []},
    "list of lists": [[1, 2], [], [[3]]],
    "multi-line text": "Dòng một.\nDòng hai.\n",
    "multi-line, no final break": "Dòng một.\nDòng hai.",
    "multi-line, blank lines": "Ghi chú\n\ncó dòng trống\n\n\n",
    "multi-line, long lines": f"{LONG}\n{LONG}",
    "multi-line, indented line": "Mục:\n  - một\n  - hai\nhết",
    "multi-line, trailing spaces": "dòng một  \ndòng hai ",
    "multi-line, leading break": "\nbắt đầu bằng dòng trống",
    "document marker": "---\ntiếp",
    "dots line": "...",
    "control character": "chữ\x1bthoát",
    "tab inside": "cột\tcột",
    "no-break space": "Số\u00a01",
    "line separator": "một\u2028hai",
    "emoji": "Chiến dịch 🎉 vui " * 6,
    "decomposed (NFD)": unicodedata.normalize("NFD", LONG),
    "key needing quotes": {"a: b": 1, "[x]": 2, "": 3},
    "NFD key": {unicodedata.normalize("NFD", "tiêu đề"): "x"},
    # Two faults of yaml 1.10 itself, written here exactly as Decap writes them:
    MISQUOTED: {"note": "Dòng một đủ dài để vượt bốn mươi ký tự nhé\n \nDòng ba\n  "},
    MISREAD: {"note": "a\n\n b " + "x " * 50},
}


def _node(mode: str, lines: list[str]) -> list[Any]:
    """Run tests/decap_yaml.cjs once over `lines`; its answers, one per line."""
    if not (ROOT / "node_modules" / "yaml" / "package.json").is_file():
        pytest.fail("node_modules/yaml is missing: run npm ci at the top of the project (make test does)")
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is missing: install Debian's npm (make test does, scripts/system-packages.sh)")
    try:
        done = subprocess.run([node, str(SCRIPT), mode], input="".join(line + "\n" for line in lines),
                              capture_output=True, text=True, timeout=NODE_SECONDS, cwd=ROOT, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"node {SCRIPT.name} {mode} did not answer {len(lines)} values within {NODE_SECONDS} s")
    if done.returncode != 0:
        pytest.fail(f"node {SCRIPT.name} {mode} failed: {done.stderr}")
    answers = [json.loads(line) for line in done.stdout.split("\n") if line]
    assert len(answers) == len(lines), done.stderr
    return answers


def _repository_data() -> dict[str, Any]:
    """The data of every campaign and registry file, keys in file order."""
    return {path.relative_to(ROOT).as_posix(): load_yaml_text("f", path.read_text(encoding="utf-8"), normalize=False)[0].data
            for path, _ in editor_files(ROOT)}


def _random_values(count: int) -> list[Any]:
    """Seeded values mixing the characters that change how YAML quotes and folds."""
    pieces = [" ", " ", "  ", "\n", "\n\n", " \n", "\t", ":", ": ", "#", " #", "'", '"', "-", "?", "\\", "0", "1",
              "ế", "🎉", "\x1b", "\u00a0", "---", "true", "null"] + LONG.split()
    chooser = random.Random(13)

    def text() -> str:
        return "".join(chooser.choice(pieces) + chooser.choice(["", " "]) for _ in range(chooser.randint(0, 40)))

    def nest(value: Any) -> Any:
        for _ in range(chooser.randint(0, 4)):
            value = chooser.choice([{"key": value}, [value], {"a_longer_key_name": value, "b": None}])
        return value

    return [nest(text()) for _ in range(count)]


@pytest.fixture(scope="module")
def cases() -> dict[str, Any]:
    return {**VALUES, **_repository_data(), **{f"random {n}": value for n, value in enumerate(_random_values(300))}}


@pytest.fixture(scope="module")
def decap_texts(cases: dict[str, Any]) -> dict[str, str]:
    return dict(zip(cases, _node("stringify", [json.dumps(value) for value in cases.values()])))


def test_the_tables_cover_the_repository() -> None:
    assert {"campaigns/registries/documents/2416-btttt-cattt.yml", "campaigns/giam-ngheo-ben-vung.yml"} <= set(_repository_data())


@pytest.mark.parametrize("case", [*VALUES, "every repository file", "random values"])
def test_text_is_what_decap_writes(case: str, cases: dict[str, Any], decap_texts: dict[str, str]) -> None:
    names = ([name for name in cases if name.startswith("campaigns/")] if case == "every repository file"
             else [name for name in cases if name.startswith("random ")] if case == "random values" else [case])
    for name in names:
        assert dump(cases[name]) == decap_texts[name], name


# Plain scalars whose reading differs between YAML 1.1 (PyYAML) and 1.2 (Decap, VS Code),
# and the ways a value can be written (not .inf: JSON has no infinity to compare with).
READINGS = ["no", "yes", "on", "Off", "y", "1:30", "1_000", "0b101", "0123", "017", "0o17", "0x1F", "+12", "-0",
            "1e3", ".5", "1.", "~", "null", "Null", "", "true", "True", "TRUE", "2023-07-01",
            "2023-07", "2023", "'quoted'", '"0912345678"', "<<", "=", "|\n  dòng một\n  dòng hai\n",
            ">-\n  gấp\n  dòng\n", "[a, b]", "{a: 1}", "Chiến dịch #1", "a #chú thích"]


def test_the_site_reads_a_value_as_decap_does() -> None:
    texts = [f"key: {text}\n" for text in READINGS]
    decap = _node("parse", [json.dumps(text) for text in texts])
    ours = [load_yaml_text("f", text, normalize=False)[0].data for text in texts]
    assert [(text, mine) for text, mine in zip(READINGS, ours)] == [(text, theirs) for text, theirs in zip(READINGS, decap)]


@pytest.fixture(scope="module")
def readings(cases: dict[str, Any], decap_texts: dict[str, str]) -> dict[str, tuple[Any, Any, Any]]:
    """For each mapping of the tables: the data, the site's reading of Decap's text, Decap's reading."""
    names = [name for name, value in cases.items() if isinstance(value, dict) and not name.startswith("random ")]
    decap = _node("parse", [json.dumps(decap_texts[name]) for name in names])
    return {name: (cases[name], load_yaml_text("f", decap_texts[name], normalize=False)[0].data, theirs)
            for name, theirs in zip(names, decap)}


def test_the_site_reads_what_decap_writes_as_written(readings: dict[str, tuple[Any, Any, Any]]) -> None:
    for name, (data, ours, theirs) in readings.items():
        if name == MISQUOTED:
            assert ours == theirs != data
        else:
            assert ours == data, name


def test_the_site_reads_what_decap_writes_as_decap_does(readings: dict[str, tuple[Any, Any, Any]]) -> None:
    for name, (data, ours, theirs) in readings.items():
        if name == MISREAD:
            assert data == ours != theirs
        else:
            assert ours == theirs, name


# immutable.hash() of some field names, from immutable 4.3.9 (node -e
# "console.log(require('immutable').hash('documents'))"), and the order of a Map of a
# document's seventeen fields (Object.keys(fromJS(record).toJS())).
HASHES = {"id": 3355, "number": -1034364087, "kind": 3292052, "title": 110371416, "date": 3076014,
          "issuer": -105418055, "subject": -794143444, "place": 106748167, "note": 3387378,
          "documents": 943542968, "tiêu đề": -124316176, "a🎉b": 57860916}
SEVENTEEN = ["id", "number", "kind", "title", "date", "issuer", "subject", "url", "file", "cites", "place",
             "recipients", "copies_to", "archived_at", "sections", "signer", "note"]
SEVENTEEN_IN_IMMUTABLE = ["place", "copies_to", "number", "signer", "subject", "sections", "date", "url",
                          "archived_at", "note", "kind", "title", "issuer", "recipients", "id", "file", "cites"]


@pytest.mark.parametrize("key", HASHES)
def test_hash_is_immutables(key: str) -> None:
    assert immutable_hash(key) - (1 << 32 if immutable_hash(key) >= 1 << 31 else 0) == HASHES[key]


@pytest.mark.parametrize("size, expected", [
    (8, SEVENTEEN[:8]),  # up to eight entries: insertion order
    (9, ["number", "subject", "date", "url", "kind", "title", "issuer", "id", "file"]),
    (17, SEVENTEEN_IN_IMMUTABLE),
])
def test_map_order_is_immutables(size: int, expected: list[str]) -> None:
    assert immutable_order(SEVENTEEN[:size]) == expected
