"""No English on screen: every page of the built site, its text and the attributes a reader or a
screen reader meets (title, aria-label, placeholder, alt), in Vietnamese.

A word is taken for English when it cannot be a Vietnamese syllable written without marks (an
initial, a vowel group and a final of Vietnamese spelling: "Search", "Tabs", "link" cannot), or
when it is one of the few English words that can ("not", "top", "the"…). Proper names, product
names and file types (GitHub, Word, PDF) are allowed by name; abbreviations in capitals (UBND,
BTTTT) and Roman numerals pass as such. Code, preformatted text, scripts and the icons' SVG are
not read: they are commands and markup, not words to the reader.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import lxml.html
import pytest

ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
SKIPPED = {"script", "style", "code", "pre", "kbd", "samp", "template", "noscript"}
SVG = "{http://www.w3.org/2000/svg}"

_INITIAL = r"(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnprstvx])?"
_VOWELS = (r"(?:uye|uya|uyu|oai|oay|uay|uai|uoi|ieu|yeu|ai|ao|au|ay|eo|eu|ia|iu|oa|oe|oi|ua|ue|ui|uy|ya|ye|ie|uo|"
           r"[aeiouy])")
_FINAL = r"(?:ch|ng|nh|[cmnpt])?"
SYLLABLE = re.compile(f"{_INITIAL}{_VOWELS}{_FINAL}")
# English words that Vietnamese spelling allows: met on screen, they are English all the same.
ENGLISH_SYLLABLES = {"not", "top", "the", "on", "no", "new", "go", "home", "type", "save", "date", "page", "name", "more"}
# Proper names, products and file types a page may name; each is a name, not a word to translate.
ALLOWED = {
    "atom", "chromium", "csv", "debian", "decap", "docx", "excel", "firefox", "github", "gitlab", "google", "ics",
    "libreoffice", "markdown", "material", "mkdocs", "nginx", "pdf", "png", "rss", "safari", "svg", "utc", "word",
    "xlsx", "yaml", "yml", "zalo", "outlook", "ical", "json", "html", "http", "https", "url", "email", "mail",
    "android", "iphone", "forgejo", "gitea",
    # Loanwords of Vietnamese: the dispatch itself writes “Website sở”.
    "web", "website",
}
# The guides name other products' screens in those products' own words (GitHub's "Settings",
# Gitea's "Pull request"): their article text is theirs to quote. Their frame is still read.
QUOTING_PAGES = ("huong-dan",)
ROMAN = re.compile(r"^[IVXLC]+$")
URLISH = re.compile(r"\S+(?:://|@|\.[a-z]{2,4}\b)\S*|\S*/\S*")


def english_words(text: str) -> list[str]:
    """The words of `text` that are English by the rules above."""
    found = []
    for word in re.findall(r"[^\W\d_]+", URLISH.sub(" ", text)):
        if not word.isascii() or word.lower() in ALLOWED or ROMAN.match(word):
            continue
        if len(word) >= 2 and word.isupper():
            continue  # an abbreviation: UBND, BTTTT, SCT
        lower = word.lower()
        if lower in ENGLISH_SYLLABLES or not SYLLABLE.fullmatch(lower):
            found.append(word)
    return found


def screen_strings(html: bytes, frame_only: bool = False) -> list[tuple[str, str]]:
    """(where, string) for every text a reader meets on the page: text nodes and the attributes above;
    with `frame_only`, the article's text is left out (its attributes are still read)."""
    root = lxml.html.fromstring(html)
    if frame_only:
        # The article, and its table of contents, which repeats its headings ("Dạng chuẩn của tệp (make fmt)").
        for article in root.xpath('//article[contains(concat(" ", @class, " "), " md-content__inner ")]'
                                  '|//nav[contains(concat(" ", @class, " "), " md-nav--secondary ")]'):
            for element in article.iter():
                if isinstance(element.tag, str) and element is not article:
                    element.text = element.tail = None
            article.text = None
    strings = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag.startswith(SVG) or element.tag == "svg":
            continue
        hidden = any(a.tag in SKIPPED or a.tag == "svg" for a in element.iterancestors()) or element.tag in SKIPPED
        for name in ATTRIBUTES:
            if element.get(name) and not hidden:
                strings.append((f"<{element.tag} {name}>", element.get(name)))
        if hidden:
            continue
        if element.text and element.text.strip():
            strings.append((f"<{element.tag}>", element.text))
    # Tails belong to the parent's text: read them where the parent is not skipped.
    for element in root.iter():
        if isinstance(element.tag, str) and element.tail and element.tail.strip():
            parent = element.getparent()
            if parent is not None and parent.tag not in SKIPPED and parent.tag != "svg" and not any(
                    a.tag in SKIPPED or a.tag == "svg" for a in parent.iterancestors()):
                strings.append((f"<{parent.tag}>", element.tail))
    return strings


@pytest.mark.parametrize("text, expected", [
    ("Initializing search", ["Initializing", "search"]),
    ("Permanent link", ["Permanent", "link"]),
    ("Tabs", ["Tabs"]),
    ("404 - Not found", ["Not", "found"]),
    ("Back to top", ["Back", "top"]),
    ("Đang chuẩn bị tìm kiếm", []),
    ("Công văn số 2416/BTTTT-CATTT của Bộ TTTT, khóa XIII", []),
    ("Tin tức, thông báo của Sở; lịch tháng 7", []),
    ("Tải bản Word (.docx) hoặc PDF; xem https://example.gov.vn/chien-dich/", []),
])
def test_the_rule_tells_english_from_vietnamese(text: str, expected: list[str]) -> None:
    assert english_words(text) == expected


def test_no_page_shows_english(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 50 and built_site / "404.html" in pages
    found: dict[str, set[str]] = defaultdict(set)
    for page in pages:
        quoting = page.relative_to(built_site).parts[0] in QUOTING_PAGES
        for where, text in screen_strings(page.read_bytes(), frame_only=quoting):
            for word in english_words(text):
                found[f"{where} {word}"].add(str(page.relative_to(built_site)))
    assert not found, {key: sorted(value)[:3] for key, value in sorted(found.items())}


def test_the_not_found_page_is_vietnamese_with_search_and_a_way_home(built_site: Path) -> None:
    page = lxml.html.fromstring((built_site / "404.html").read_bytes())
    assert page.get("lang") == "vi"
    assert page.findtext(".//h1") == "Không tìm thấy trang"
    form = page.xpath('//form[@role="search" and @method="get"]')[0]
    assert form.get("action") == "/" and form.xpath('.//input[@name="q" and @type="search"]')
    links = {a.text_content().strip(): a.get("href") for a in page.xpath('//article//a')}
    assert links["Trang chủ"] == "/"


def test_materials_strings_come_in_vietnamese(built_site: Path) -> None:
    html = (built_site / "van-ban" / "index.html").read_text(encoding="utf-8")
    assert "Đang chuẩn bị tìm kiếm" in html and 'aria-label="Các mục chính"' in html
    page = lxml.html.fromstring((built_site / "huong-dan" / "bien-tap" / "index.html").read_bytes())
    assert {a.get("title") for a in page.find_class("headerlink")} == {"Liên kết tới mục này"}
