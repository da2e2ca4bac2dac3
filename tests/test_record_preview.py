"""The form's preview of a registry record (render/editor/preview.js) says what the record's page on the site says:
its name, its facts and what it cites, drawn in Chromium from the registry's files beside the built page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from browser import serve_directory
from conftest import ROOT
from test_task_pages import PREVIEW

pytestmark = pytest.mark.browser

# The page's title, facts and the rows of its citation table; the same function reads the page and the preview.
FACTS = """(root) => {
  const text = (element) => element.textContent.replace("¶", "").replace(/\\s+/g, " ").trim();
  const heading = [...root.querySelectorAll("h2")].find((element) => text(element) === "Dẫn chiếu");
  const tables = [];
  for (let next = heading && heading.nextElementSibling; next && next.tagName !== "H2"; next = next.nextElementSibling) {
    if (next.tagName === "TABLE") tables.push([...next.querySelectorAll("tbody tr")].map((row) => [...row.children].map(text)));
    else if (next.tagName === "P") tables.push(text(next));
  }
  return {title: text(root.querySelector("h1")),
          facts: Object.fromEntries([...root.querySelectorAll(".cd-facts dt")].map((term) => [text(term), text(term.nextElementSibling)])),
          citations: tables};
}"""


def _registry(name: str) -> list[dict]:
    return [json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))
            for path in sorted((ROOT / "campaigns" / "registries" / name).glob("*.yml"))]


@pytest.mark.parametrize("slug", ["2416-btttt-cattt", "149-hd-btgtu", "nghi-quyet-dai-hoi-xiii", "05-ct-tw"])
def test_a_documents_preview_says_what_its_page_says(browser, built_site: Path, slug: str) -> None:
    registries = {name: _registry(name) for name in ("units", "organizations", "documents")}
    campaigns = [json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))
                 for path in sorted((ROOT / "campaigns").glob("*.yml"))]
    data = yaml.safe_load((ROOT / "campaigns" / "registries" / "documents" / f"{slug}.yml").read_text(encoding="utf-8"))
    with serve_directory(built_site) as url:
        page = browser.new_page()
        page.goto(f"{url}van-ban/{slug}/")
        built = page.locator("article").evaluate(FACTS)
        page.add_script_tag(path=str(ROOT / "docs" / "assets" / "javascripts" / "status.js"))
        page.add_script_tag(path=str(ROOT / "scripts" / "sitegen" / "render" / "editor" / "preview.js"))
        script = PREVIEW.replace("KEY_TEXT", FACTS).replace("BienTap.campaignPreview", "BienTap.documentPreview").replace(
            "documents: byKeys(registries.documents, [\"id\", \"number\"])}",
            "documents: byKeys(registries.documents, [\"id\", \"number\"]), campaigns: registries.campaigns}")
        assert "campaigns: registries.campaigns" in script
        shown = page.evaluate(script, [json.loads(json.dumps(data, default=str)), {**registries, "campaigns": campaigns}])
        page.close()
    shown.pop("hidden")
    assert shown == built
