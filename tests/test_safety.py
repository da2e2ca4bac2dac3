"""Editors' text never becomes markup: as text in every place it is shown."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sitegen.build.pipeline import build
from sitegen.render.pages import link_target, markdown_text

EXTENSIONS = ["toc", "tables", "attr_list", "md_in_html", "admonition"]
# Where the templates put editors' text: a paragraph, a heading, a list item, a table
# cell, and the cells and facts written as HTML with Markdown inside (_macros.md.j2).
CONTEXTS = {
    "paragraph": ("{}", r"<p>(.*)</p>"),
    "heading": ("# {}", r"<h1[^>]*>(.*)</h1>"),
    "list item": ("- {}", r"<ul>\s*<li>(.*)</li>\s*</ul>"),
    "table cell": ("| a | b |\n| --- | --- |\n| {} | x |", r"<td>(.*)</td>\s*<td>x</td>"),
    "card cell": ('<table class="cd-table" markdown>\n<tbody markdown>\n<tr markdown><th scope="row" markdown="span">x</th>'
                  '<td data-label="Nhiệm vụ" markdown="span">{}</td></tr>\n</tbody>\n</table>',
                  r'<td data-label="Nhiệm vụ">(.*)</td>\s*</tr>'),
    "fact": ('<dl class="cd-facts" markdown>\n<dt>Thời gian</dt>\n<dd markdown="span">{}</dd>\n</dl>', r"<dd>(.*)</dd>"),
}
TOKENS = list("<>&\"'`*_[](){}#|!-+.:=~^\\/ \n\tađĐếs1") + ["<script>", "&lt;", "](", "{:", "**", "1. ", "</title>", "javascript:", "!!! "]
TRICKY = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=20).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(min_size=1, max_size=40), TRICKY))
@example(text="!!!0")  # found by hypothesis: an admonition box
@example(text='!!! note "Tiêu đề"')
def test_any_text_renders_as_the_same_text_and_no_markup(text: str) -> None:
    """Every character shows as itself; control characters are dropped."""
    expected = " ".join(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", text).split())
    if not expected:
        return
    for template, pattern in CONTEXTS.values():
        rendered = markdown.markdown(template.format(markdown_text(text)), extensions=EXTENSIONS)
        match = re.search(pattern, rendered, re.DOTALL)
        assert match, rendered
        inner = match.group(1)
        assert "<" not in inner, (text, rendered)
        assert html.unescape(inner).strip() == expected.strip(), (text, rendered)


@given(url=st.text(max_size=40))
def test_link_targets_cannot_close_early(url: str) -> None:
    assert not set(link_target(url)) & set("<>()\"' \n\t")


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.attributes.extend(attrs)
        self._in_script = tag == "script"

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


HOSTILE = """\
title: </title><script>alert("title")</script> & <b>đậm</b>
summary: "<img src=x onerror=alert(1)> [bấm](javascript:alert(2)) {: onclick=alert(3) } **x**"
start: 2023-07-01
end: 2023-07-31
key_messages: ["<iframe src=//evil.example>", "| cột | giả |"]
tasks:
  - action: "</td><script>alert(4)</script>"
    assignees: [cac-phong-thuoc-so]
events:
  - title: "<svg onload=alert(5)>"
    date: 2023-07-09
    place: "<a href=javascript:alert(6)>đây</a>"
materials:
  - title: "Tài liệu ](javascript:alert(7))"
    url: "https://example.gov.vn/a b\\"><script>alert(8)</script>"
tags: ["<u>thẻ</u>"]
"""


def test_hostile_campaign_shows_as_text_in_the_built_site(project: Path) -> None:
    import datetime as dt

    (project / "campaigns" / "doc-hai.yml").write_text(HOSTILE, encoding="utf-8")
    build(project, dt.date(2023, 7, 15))
    for page in ["chien-dich/doc-hai/index.html", "index.html", "don-vi/cac-phong-thuoc-so/index.html"]:
        source = (project / "site" / page).read_text(encoding="utf-8")
        elements = _Elements()
        elements.feed(source)
        assert not any("alert" in script for script in elements.scripts), page
        assert not [(name, value) for name, value in elements.attributes
                    if name.startswith("on") or "javascript:" in (value or "") or "evil.example" in (value or "")], page
    page = (project / "site" / "chien-dich/doc-hai/index.html").read_text(encoding="utf-8")
    assert "&lt;/title&gt;&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;" in page
