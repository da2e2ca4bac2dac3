"""The editors' guide names every field an editor can write, and the README sends them the same way."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from conftest import ROOT
from sitegen.load.schema import SCHEMAS, SETTINGS_SCHEMAS

GUIDE = ROOT / "docs" / "huong-dan" / "bien-tap.md"
README = ROOT / "README.md"


def _fields(schema: object) -> Iterator[str]:
    """Every field name of a schema, at any depth."""
    if isinstance(schema, dict):
        for name, value in schema.get("properties", {}).items():
            yield name
            yield from _fields(value)
        for value in schema.values():
            if isinstance(value, (dict, list)):
                yield from _fields(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _fields(value)


# The department's identity (mkdocs.yml) is the webmaster's: the webmaster's guide names its fields.
FIELDS = sorted(set(_fields(SCHEMAS)))
WEBMASTERS_GUIDE = ROOT / "docs" / "huong-dan" / "quan-tri.md"


@pytest.mark.parametrize("field", FIELDS)
def test_the_guide_names_every_field(field: str) -> None:
    assert f"`{field}`" in GUIDE.read_text(encoding="utf-8"), f"docs/huong-dan/bien-tap.md does not say what `{field}` is"


@pytest.mark.parametrize("field", sorted(_fields(SETTINGS_SCHEMAS["department"])))
def test_the_webmasters_guide_names_every_field_of_the_identity(field: str) -> None:
    assert f"`{field}`" in WEBMASTERS_GUIDE.read_text(encoding="utf-8"), f"docs/huong-dan/quan-tri.md does not say what `{field}` is"


def test_readme_starts_a_campaign_with_make_new_as_the_guide_does() -> None:
    section = README.read_text(encoding="utf-8").split("## Biên tập viên", 1)[1].split("\n## ", 1)[0]
    first_step = re.search(r"^1\. .*?(?=^2\. )", section, re.MULTILINE | re.DOTALL).group()
    assert "`make new`" in first_step and "Chép một tệp" not in first_step
    assert "make new" in GUIDE.read_text(encoding="utf-8")


# The form's buttons (render/editor/locale-vi.js), as the guide must name them.
BUTTONS = {"publish": "Lưu", "publishNow": "Lưu ngay", "inReview": "Gửi duyệt",
           "deleteUnpublishedChanges": "Bỏ bản nháp này", "deleteEntry": "Xóa mục này"}


@pytest.mark.parametrize("key", BUTTONS)
def test_the_guide_names_the_forms_buttons_by_the_words_they_show(key: str) -> None:
    locale = (ROOT / "scripts" / "sitegen" / "render" / "editor" / "locale-vi.js").read_text(encoding="utf-8")
    assert f'{key}: "{BUTTONS[key]}"' in locale
    assert f"**{BUTTONS[key]}**" in GUIDE.read_text(encoding="utf-8")


def test_the_guide_never_says_cong_bo_which_no_button_says() -> None:
    assert not re.search("công bố", GUIDE.read_text(encoding="utf-8"), re.IGNORECASE)
