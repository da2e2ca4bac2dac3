"""Precision and recall of what `make import` finds, written as sections of BENCHMARKS.md
that `make bench` keeps.

Two sections:
- the fixtures: the seed dispatch (14 numbered references; the registry is the truth), the
  seed with its lines broken as e-mail breaks them, and the plan of tests/official_letter.py
  (4 references) as .docx, as .pdf and as a scan of that PDF read by OCR;
- the corpus of real documents (tests/fixtures/import-corpus, issue 23): every fact per kind
  (own number, date, issuer, kind, trích yếu; each reference's number, date, issuer) on the
  development set and on the held-out set, read as text, as .docx, as a PDF with a text layer,
  and one of each as a scan read by OCR. While the held-out folder is empty or missing (the next set
  being gathered), the section says "no held-out set yet" and measures the development set alone.

Usage: python scripts/import_bench.py            (both sections; needs tesseract-ocr, tesseract-ocr-vie, poppler-utils)
       python scripts/import_bench.py --corpus   (the corpus section only, about a minute; also make bench N=import)
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

import import_corpus  # noqa: E402
import official_letter  # noqa: E402
from bench import KEPT_FROM  # noqa: E402
from sitegen.importer.match import match, number_key, read_registries  # noqa: E402
from sitegen.importer.normalise import logical_lines  # noqa: E402
from sitegen.importer.parse import parse  # noqa: E402
from sitegen.importer.read import read_source  # noqa: E402

HEADING = "## Importing official documents (`make import`)"
CORPUS_HEADING = "## Importing real documents (`make import`, the corpus of issue 23)"
# The corpus documents also read as scans (OCR takes 5 to 20 s a page): one of each set.
SCANNED = {"development": "01-qd-2646-bct", "held-out": None}
FACT_LABELS = {"number": "own number", "date": "own date", "issuer": "own issuer", "kind": "own kind",
               "subject": "trích yếu", "reference number": "reference: number", "reference date": "reference: date",
               "reference issuer": "reference: issuer"}


def blind_run(*figures: str) -> dict[str, str]:
    """A blind run's figures, precision / recall (right/expected), in FACT_LABELS's order."""
    return dict(zip(FACT_LABELS.values(), figures, strict=True))


# The first held-out set (14 documents, now development 20-33): its first run, blind (commit dbc6b21, before
# anything was changed after seeing it), kept as it came: precision / recall (right/expected) per fact.
FIRST_HELD_OUT_RUN = blind_run("92% / 92% (12/13)", "92% / 100% (12/12)", "56% / 36% (5/14)",
                               "93% / 100% (13/13)", "73% / 73% (8/11)", "97% / 97% (31/32)",
                               "100% / 97% (29/30)", "86% / 86% (25/29)")
FIRST_RUN_NOTES = (
    "That run found one false reference (55-HD/BTGTW, the guidance's own number, missed in a lead run into the web "
    "page's date and time) and took a listed legal basis (7876-CV/VPTW) for the document itself; it missed three "
    "issuers and three titles because a law-text site's page-title line (\"Kế hoạch 4080/KH-UBND năm 2025 …\") was "
    "read as the document's title, ran a motto broken after its first word into an issuer, did not complete "
    "\"ỦY BAN NHÂN DÂN\" from the authority's line, kept a header's misprint (\"HÀNG GIA\"), and let two cited "
    "issuers run on (\"… phân cấp …\", \"… Về đổi mới\"). Bộ TTTT was also counted wrong then: the comparison "
    "did not yet accept a registry name's full form. Each of these was then fixed with a test of its own "
    "(commit 8ac92a9); having been seen, that set was then moved into the development set (20-33) and a new "
    "held-out set gathered.")
# The second held-out set (19 documents, now development 34-52): its first run, blind (commit c9e69f5, before any
# change made after seeing it), kept as it came: precision / recall (right/expected) per fact.
SECOND_HELD_OUT_RUN = blind_run("85% / 79% (11/14)", "100% / 83% (10/12)", "83% / 56% (10/18)",
                                "100% / 94% (15/16)", "92% / 65% (11/17)", "83% / 78% (25/32)",
                                "93% / 78% (25/32)", "83% / 63% (19/30)")
SECOND_RUN_NOTES = (
    "Issue 23's goal (recall of 95% or more and no false reference on the set kept aside) is **not met**: that run "
    "found five false references and refused one text. The false references: two decrees written \"88/2006/NĐ - "
    "CP\" cut at the spaced hyphen (\"88/2006/NĐ\"), a joint circular written \"31/2012/TTLT-BCT-BKH &ĐTngày\" cut "
    "at the space, a web copy's own number given in brackets (\"(Theo Kế hoạch số 8/KH-UBND … của UBND tỉnh)\") "
    "taken for a citation, and a steering committee's symbol saved with its \"Ư\" turned into \"U\" "
    "(\"09/CT-BCĐTUVSATTP\"; the same fault spoilt the own number 1751/KH-BCĐTƯATTP). The text refused is a "
    "one-sentence web page naming a directive (\"Chỉ thị của Chủ tịch Uỷ ban nhân dân tỉnh về việc …\"). Issuers "
    "named only in the body of web copies (\"Sở Công thương kính gửi …\", \"Sở Giao thông vận tải triển khai …\", "
    "\"Ban Tuyên giáo Tỉnh ủy đề nghị …\") were missed; a PDF whose font lost its \"ô\" ran the ministry's name "
    "into the motto (\"Bộ Cơng thương cộng hịa xã Hội …\"); a forum copy glued into one line lost its date, "
    "issuer, trích yếu and both references; in an OCR'd dispatch a cited issuer ran back over the citation before "
    "it; and a cited issuer took the next word (\"Bộ Công Thương Quy định\"). Having been seen, that set was then "
    "moved into the development set (34-52) and these faults fixed there by general rules, each with table tests "
    "(commits 150cf24 to e75b422); a third held-out set is being gathered.")
# The third held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
THIRD_HELD_OUT_RUN = blind_run("92% / 60% (12/20)", "91% / 62% (10/16)", "73% / 46% (11/24)",
                               "88% / 64% (14/22)", "67% / 67% (14/21)", "75% / 95% (36/38)",
                               "94% / 89% (33/37)", "91% / 84% (32/38)")
THIRD_RUN_NOTES = (
    "That run (2026-12-06, commit 7e2a513, right after the set was committed) does **not** meet issue 23's goal: own "
    "facts are recalled at 46–67 %, references at 84–95 %, with 12 false references. Most of the misses and all but "
    "one of the false references come from one kind of text the first two sets had little of: a news or portal page "
    "that *reports* a document (\"Bộ Công Thương ban hành Kế hoạch số 9266/KH-BCT …\"). The expectations take the "
    "reported document as the page's own; the importer takes it as a document the page cites, and then finds no own "
    "number, date, issuer or kind. Page furniture (publication dates, view counters, \"tải về tại đây\") runs into "
    "titles. The convention was then settled as the set has it (a clerk who pastes a news page about a plan is "
    "recording that plan, not the news page); having been seen, the set was moved into the development set (53-76) "
    "and its faults fixed there by general rules, each with table tests (commit 35ec250); a fourth held-out set was "
    "gathered by someone who read neither the parser nor its output.")
# The fourth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FOURTH_HELD_OUT_RUN = blind_run("100% / 86% (18/21)", "89% / 81% (17/21)", "95% / 69% (18/26)",
                                "86% / 75% (18/24)", "68% / 60% (15/25)", "93% / 98% (55/56)",
                                "97% / 97% (38/39)", "93% / 93% (40/43)")
FOURTH_RUN_NOTES = (
    "That run (2026-12-06, commit b86b2f2, right after the set was committed) does **not** meet issue 23's goal "
    "either, though it is the best of the four blind runs: own facts are recalled at 60–86 %, references at 93–98 %, "
    "with 4 false references. Three of them are the page's own number, which the importer took for a cited one "
    "because it did not see it as the page's own: a news agency's \"Văn phòng Chính phủ có văn bản số "
    "11554/VPCP-V.I …\" (\"có\" without \"vừa\" or \"đã\"), a law site's table of facts split into so many lines "
    "that the header's \"Số: 22/2012/QĐ-UBND\" falls past the lines read as the header, and a site that gives a "
    "circular's number only in its table of facts (\"Số hiệu: 01/2022/TT-BCT\"). The fourth is a Tờ trình written "
    "\"56/TTr – SCT\", cut at the spaced en dash. Most missed titles come from headlines and lead sentences that run "
    "on past the title (a purpose clause, a page's time) or stop where the stored copy's line breaks; two kinds were "
    "read from the wrong words (a report calling a plan \"quyết định số 120/KH-UBND\", a dispatch whose first "
    "sentence names a Nghị định). Having been seen, the set was moved into the development set (77-102) and its "
    "faults fixed there by general rules, each with table tests (commit c205623); a fifth held-out set was gathered "
    "by someone who read neither the parser nor its output.")
# The fifth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FIFTH_HELD_OUT_RUN = blind_run("95% / 86% (19/22)", "94% / 83% (15/18)", "76% / 63% (19/30)",
                               "96% / 82% (23/28)", "76% / 64% (16/25)", "96% / 98% (47/48)",
                               "96% / 92% (44/48)", "88% / 80% (37/46)")
FIFTH_RUN_NOTES = (
    "That run (2026-12-06, commit 15c04ce, right after the set was committed) does **not** meet issue 23's goal: own "
    "facts are recalled at 63–86 %, references at 80–98 %, with 2 false references. Both are again the page's own "
    "number not seen as its own (a provincial steering committee's plan reported by a news page, an EVN telegram). "
    "Most other misses are new forms: a cited issuer written with its head's post (\"của Bộ trưởng Bộ Công Thương\", "
    "four references, kept whole), a title naming three resolutions whose dates and issuers were not carried, a page "
    "stamp in ISO form (\"Date 2026-01-10\") and a site's banner run into a title, an English site motto run into an "
    "issuer, and news pages naming their issuer only as a department (Cục An toàn thực phẩm) or a chairman. Over the "
    "five blind runs own-fact recall went from 36–100 % (14 documents) to 46–67 %, 60–86 % and 63–86 %, and false "
    "references from 1 to 12, 4 and 2: each new set still brings forms the development set lacked. Having been seen, "
    "the set was moved into the development set (103-132) and its faults fixed there by general rules, each with table "
    "tests; a sixth held-out set was gathered by someone who read neither the parser nor its output.")

# The sixth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
SIXTH_HELD_OUT_RUN = blind_run("93% / 83% (25/30)", "95% / 86% (19/22)", "82% / 72% (23/32)",
                               "100% / 88% (28/32)", "81% / 71% (22/31)", "93% / 99% (70/71)",
                               "97% / 99% (66/67)", "82% / 77% (54/70)")
SIXTH_RUN_NOTES = (
    "That run (2026-12-06, commit 3458509, right after the set was committed) does **not** meet issue 23's goal: own "
    "facts are recalled at 71–88 % (the best of the six runs), references at 77–99 %, with 5 false references. Three "
    "are again a page's own number not seen as its own: a news page's \"Theo Quyết định số 1081/QD-UBND … của UBND "
    "tỉnh Cao Bằng có 2 làng nghề …\", a page reporting four decisions in one breath (the first is its own), and a "
    "dispatch named only in a section page's item; the other two are misprints kept as written (an annex giving the "
    "decision's own number as \"1322\" for 1822, a symbol that lost its hyphen, \"25/2016/QĐUBND\"). Cited issuers "
    "are the weakest fact: abbreviations the text does not expand (\"BTV Tỉnh Đoàn\", \"Bộ TN&MT\", \"Sở Nông nghiệp "
    "và PTNT\"), typing errors (\"nông Xóm\"), a term (\"Quốc hội Khóa XV\") and bracketed asides run into names. "
    "Having been seen, the set was moved into the development set (133-165) and its faults fixed there by general "
    "rules, each with table tests; a seventh held-out set was gathered by someone who read neither the parser nor its "
    "output.")
# The seventh held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
SEVENTH_HELD_OUT_RUN = blind_run("86% / 86% (24/28)", "90% / 86% (18/21)", "79% / 70% (23/33)",
                                 "89% / 86% (25/29)", "55% / 55% (16/29)", "95% / 94% (59/63)",
                                 "96% / 95% (54/57)", "91% / 85% (52/61)")
SEVENTH_RUN_NOTES = (
    "That run (2026-12-06, commit 8b3c412, right after the set was committed) does **not** meet issue 23's goal: own "
    "facts are recalled at 55–86 %, references at 85–95 %, with 3 false references, all three the page's own number "
    "again (a law site's copy whose header the importer did not reach, a directive, a plan relayed with another body's "
    "plan in one sentence). The trích yếu is the weakest fact this time (55 %): lead sentences that run on past the "
    "title (\"… với chủ đề …\", \"… trong đó …\"), a headline carrying the page's time or a photo credit, a decision "
    "whose title the copy does not give, and a title cut where a PDF broke its line. Over seven blind runs the false "
    "references went 1, 5, 12, 4, 2, 5, 3 and own-fact recall stayed between about 55 and 90 %: the rules learnt from "
    "each set carry over only in part to the next. Having been seen, the set was moved into the development set "
    "(166-199) and its faults fixed there where the rule is general; an eighth held-out set was gathered by someone who "
    "read neither the parser nor its output.")
# The eighth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
EIGHTH_HELD_OUT_RUN = blind_run("96% / 82% (23/28)", "95% / 90% (19/21)", "93% / 76% (25/33)",
                                "97% / 91% (29/32)", "72% / 77% (23/30)", "94% / 99% (77/78)",
                                "99% / 97% (76/78)", "96% / 90% (69/77)")
EIGHTH_RUN_NOTES = (
    "That run (2026-12-07, commit 8e51eef, right after the set was committed) does **not** meet issue 23's goal, though "
    "it is the best of the eight: own facts are recalled at 76–91 %, references at 90–99 %, with 5 false references. "
    "Every one of the five is again the page's own number taken for a cited one: a plan whose lead names the Prime "
    "Minister's decision first, news and section pages whose only numbered document is their own (\"1971/QĐ-UBND\", "
    "\"470/QĐ-TTg\", \"69/2008/QĐ-TTg\"), and a telegram's symbol written with a dot (\"12/CĐ.UBND\"). The trích "
    "yếu stays the weakest fact (77 %). Having been seen, the set was moved into the development set (200-235) and its "
    "faults fixed there where the rule is general; a ninth held-out set was gathered by someone who read neither the "
    "parser nor its output.")
# The ninth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
NINTH_HELD_OUT_RUN = blind_run("90% / 86% (19/22)", "95% / 100% (18/18)", "91% / 70% (21/30)",
                               "92% / 80% (24/30)", "64% / 64% (18/28)", "95% / 96% (73/76)",
                               "100% / 89% (64/72)", "89% / 84% (63/75)")
NINTH_RUN_NOTES = (
    "That run (2026-12-07, commit bd64fec, right after the set was committed) does **not** meet issue 23's goal: own "
    "facts are recalled at 64–100 %, references at 84–96 %, with 4 false references. Three are again the page's own "
    "number not seen as its own (two dispatches reported by news pages, a fair's organising committee's notice); the "
    "fourth is a Party resolution written \"60-NQ/TƯ\", which the importer reads as a Tỉnh ủy's \"TU\" by the "
    "corpus's own OCR rule while the expectations read the central \"TW\". Issuers named only as \"UBND tỉnh\" and "
    "trích yếu boundaries remain the weakest facts. Over nine blind runs the false references went 1, 5, 12, 4, 2, 5, "
    "3, 5, 4: most of the last thirty-odd are one fault, a page's own number that no rule yet recognises as its own. "
    "Having been seen, the set was moved into the development set (236-273) and its faults fixed there where the rule "
    "is general; a tenth held-out set was gathered by someone who read neither the parser nor its output.")
# The tenth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
TENTH_HELD_OUT_RUN = blind_run("100% / 61% (19/31)", "100% / 73% (16/22)", "79% / 53% (19/36)",
                               "88% / 61% (23/38)", "67% / 56% (22/39)", "87% / 100% (73/73)",
                               "94% / 100% (66/66)", "83% / 79% (50/63)")
TENTH_RUN_NOTES = (
    "That run (2026-12-07, commit 07672bc, right after the set was committed) does **not** meet issue 23's goal and is "
    "the weakest since the third: own facts are recalled at 53–73 %, references at 79–100 %, with 11 false references. "
    "Every one of the eleven is the page's own number taken for a cited one, in shapes no earlier set had: tag pages and "
    "a one-line title (\"Thông tư 38/2016/TT-BCT Quy định …\"), which this set's expectations read as the page's own "
    "document while the ninth set's read a tag line as a reference; a decision that issues a plan (\"ban hành Kế hoạch "
    "… tại Quyết định số 1616/QĐ-UBND\"), whose decision the expectations take as the document; \"Thủ tướng Chính phủ "
    "Phạm Minh Chính ký Quyết định số …\" without \"vừa\" or \"đã\"; a one-line page \"Quyết định số 163/QĐ-UBND của "
    "Chủ tịch UBND tỉnh tặng Bằng khen …\". The set leans to news and tag pages (26 of 40 without a header). Over ten "
    "blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11: rules learnt from each set do not carry to "
    "the next where it matters most, whether a page's number is its own, and on such pages that is partly a matter of "
    "convention, which two careful readers settled differently (the corpus README now settles it). Having been seen, "
    "the set was moved into the development set (274-313) and its faults fixed there where the rule is general; an "
    "eleventh held-out set was gathered by someone who read neither the parser nor its output.")
# The eleventh held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
ELEVENTH_HELD_OUT_RUN = blind_run("100% / 83% (29/35)", "100% / 85% (22/26)", "93% / 71% (25/35)",
                                  "97% / 89% (31/35)", "79% / 79% (27/34)", "90% / 98% (64/65)",
                                  "98% / 98% (62/63)", "95% / 92% (57/62)")
ELEVENTH_RUN_NOTES = (
    "That run (2026-12-07, commit 01af343, right after the set was committed) does **not** meet issue 23's goal, though "
    "its own-fact recall (71–89 %) is the best of the eleven: references are recalled at 92–98 %, with 7 false "
    "references. Five are again the page's own number, in phrasings no set had yet: a link line under a Sở's notice "
    "(\"(Chi tiết Thông báo số 65/TB-SCT …, xem tại đây)\", \"Xem chi tiết nội dung Thông báo số 359/TB-SCT … tại "
    "đây\"), a list's source in brackets (\"(tại văn bản số 5323/UBND-ĐTXD)\"), \"Đó là nội dung tại Chỉ thị số "
    "03/CT-UBND …\" and \"đã có Công văn (số 73/TTg-CN)\". The other two are a steering committee's name read as a "
    "number (\"BCĐ 389/ĐP\") and a decree cut inside its symbol by the copy (\"169/2013/N\"). Over eleven blind runs "
    "the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7. With the clerk choosing the document when the "
    "import asks (a row added after this run, with no parser change), the same set gives 2 false references, neither "
    "an own number. Having been seen, the set was moved into the development set (314-351) and its faults fixed there "
    "where the rule is general; a twelfth held-out set was gathered by someone who read neither the parser nor its "
    "output.")
# The twelfth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
TWELFTH_HELD_OUT_RUN = blind_run("97% / 88% (29/33)", "95% / 81% (21/26)", "87% / 79% (27/34)",
                                 "91% / 85% (29/34)", "67% / 67% (22/33)", "95% / 96% (81/84)",
                                 "99% / 94% (76/81)", "92% / 86% (65/76)")
TWELFTH_RUN_NOTES = (
    "That run (2026-12-07, commit 1ce4c28, right after the set was committed) does **not** meet issue 23's goal: own "
    "facts are recalled at 67–88 %, references at 86–96 %, with 4 false references, each again the page's own number "
    "(a dispatch and a decision reported by web pages, a Party conclusion on a page with scrambled diacritics, an OCR'd "
    "decision on a slide-sharing site whose header lost its number). It is the first blind run with the clerk's choice in place: read again "
    "with the clerk picking the document when the import asks (the row “text, the clerk choosing when asked” below, "
    "there before the run), the set gives **no false reference**, own facts 85 % and references 96 % (numbers). The "
    "trích yếu (67 %) and the issuers, own and cited, are what keep recall under 95 %. Having been seen, the set was "
    "moved into the development set (352-387) and its faults fixed there where the rule is general; a thirteenth "
    "held-out set was gathered by someone who read neither the parser nor its output.")
# The thirteenth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
THIRTEENTH_HELD_OUT_RUN = blind_run("97% / 97% (29/30)", "97% / 97% (28/29)", "96% / 78% (25/32)",
                                    "90% / 93% (28/30)", "83% / 77% (24/31)", "97% / 98% (91/93)",
                                    "99% / 96% (82/85)", "89% / 85% (70/82)")
THIRTEENTH_RUN_NOTES = (
    "That run (2026-12-07, commit acdb1c0, right after the set was committed) does **not** meet issue 23's goal, but "
    "it is the closest of the thirteen: the own number and date are recalled at 97 %, the kind at 93 %, references "
    "at 98 % (numbers) and 96 % (dates), with 3 false references: a joint circular's own number not seen as its own "
    "(\"90/2016/TTLT-BTC-BCT\" on a law site), a site's note of the decision the circular replaced, and a national "
    "technical regulation's code read as a number (\"QCVN 01:2019/BCT\"). With the clerk choosing when asked, 2. What keeps recall under 95 % is the "
    "issuers (own 78 %, cited 85 %) and the trích yếu (77 %). Over thirteen blind runs the false references went 1, "
    "5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3 (with the clerk's choice, from the eleventh on: 2, 0, 2). Having been seen, "
    "the set was moved into the development set (388-421) and its faults fixed there where the rule is general; a "
    "fourteenth held-out set was gathered by someone who read neither the parser nor its output.")
# The fourteenth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FOURTEENTH_HELD_OUT_RUN = blind_run("97% / 97% (29/30)", "96% / 96% (23/24)", "79% / 74% (26/35)",
                                    "88% / 90% (28/31)", "63% / 59% (19/32)", "100% / 98% (97/99)",
                                    "100% / 97% (88/91)", "99% / 91% (84/92)")
FOURTEENTH_RUN_NOTES = (
    "That run (2026-12-07, commit f16fad4, right after the set was committed) does **not** meet issue 23's goal, but it "
    "is the first of the fourteen with **no false reference**: references are recalled at 98 % (numbers), 97 % (dates) "
    "and 91 % (issuers), the own number at 97 %, its date at 96 % and its kind at 90 %. What keeps recall under 95 % is "
    "again the issuers (own 74 %) and above all the trích yếu (59 %): two subjects the expectations take from Điều 1 "
    "(16, 19) where the corpus README, as most sets, leaves none; a bare \"UBND tỉnh\" whose province the page names "
    "only in other words (28, 30); a council's resolution given to "
    "the committee (21); a telegram's \"Thủ tướng Thường trực\" (09); a news page's own sentence or a photo's caption "
    "taken for the trích yếu (02, 10); rules \"ban hành kèm theo Quyết định số 809/QĐ-BQL\" in a bracket broken before "
    "\"của\", not read as that decision (26); a committee's letter without number refused (29). With the clerk choosing "
    "when asked, "
    "the same: no choice was offered that changes a fact. Over fourteen blind runs the false references went 1, 5, 12, "
    "4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0. Having been seen, the set was moved into the development set (422-458) and its "
    "faults fixed there where the rule is general; a fifteenth held-out set was gathered by someone who read neither the "
    "parser nor its output.")
# The fifteenth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FIFTEENTH_HELD_OUT_RUN = blind_run("97% / 82% (28/34)", "100% / 81% (25/31)", "97% / 82% (31/38)",
                                   "91% / 82% (31/38)", "86% / 82% (32/39)", "88% / 94% (96/102)",
                                   "97% / 83% (74/89)", "88% / 80% (63/79)")
FIFTEENTH_RUN_NOTES = (
    "That run (2026-12-07, commit 7473e6a, right after the set was committed, and after the fourteenth set's faults had "
    "been worked on in the same session) does **not** meet issue 23's goal. Own facts are recalled at 81–82 %: the "
    "trích yếu at 82 % (the best of the fifteen) and the issuers at 82 %, but the own number at 82 % only. References "
    "are recalled at 80–94 %, with **13 false references**: six are the page's own number not seen as its own (a "
    "report's or a law site's wording the lead rules do not know, 23, 29, 36, 38, 39, and a number the copy glued to "
    "the next word, \"02-KH/BCĐTWNg\", 22), five are laws an OCR read as \"…/QHll\" (21), and two are symbols the copy "
    "cut at a line's end (\"1381/TTr-B\", \"2629/QĐ-T\", 06 and 17). With the clerk choosing when asked, the six own "
    "numbers are read right: 7 false references, own facts 88 %. Over fifteen blind runs the false references went 1, "
    "5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13 (with the clerk's choice, from the eleventh on: 2, 0, 2, 0, 7). Having "
    "been seen, the set was moved into the development set (459-498) and its faults fixed there where the rule is "
    "general; a sixteenth held-out set was gathered by someone who read neither the parser nor its output.")
# The sixteenth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
SIXTEENTH_HELD_OUT_RUN = blind_run("94% / 89% (16/18)", "100% / 80% (12/15)", "83% / 62% (15/24)",
                                   "90% / 90% (19/21)", "73% / 67% (16/24)", "98% / 98% (44/45)",
                                   "100% / 95% (38/40)", "89% / 82% (31/38)")
SIXTEENTH_RUN_NOTES = (
    "That run (2026-12-07, commit 2e90f45, right after the set was committed, after the fifteenth set's faults had been "
    "worked on in the same session) does **not** meet issue 23's goal. A smaller set (25 documents, 45 references, 8 "
    "full letters: its gatherer found little not already held). References are recalled at 98 % (numbers) and 95 % "
    "(dates) with **one false reference**, a newspaper's press licence in its footer (\"681/GP-BTTT\", 22); the cited "
    "issuers at 82 % (names run on into the next words, a joint circular's two ministries joined by \"và\"). The own "
    "facts are recalled at 62–90 %: issuers at 62 % and the trích yếu at 67 % again, three letters without a number "
    "refused (21, 23, 24), a Sở's letter whose bare \"Sở Công Thương\" the registry matched to this department's own "
    "record (21), and a dispatch whose number lost its slash (\"2593 TM-CSTNTN\", 09). With the clerk choosing when "
    "asked, the same. Over sixteen blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, "
    "1. Having been seen, the set was moved into the development set (499-523) and its faults fixed there where the rule "
    "is general; a seventeenth held-out set was gathered by someone who read neither the parser nor its output.")
# The seventeenth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
SEVENTEENTH_HELD_OUT_RUN = blind_run("85% / 92% (11/12)", "89% / 80% (8/10)", "87% / 81% (13/16)",
                                     "85% / 100% (11/11)", "80% / 80% (12/15)", "86% / 83% (19/23)",
                                     "94% / 89% (17/19)", "89% / 73% (16/22)")
SEVENTEENTH_RUN_NOTES = (
    "That run (2026-12-07, commit 855ca89, right after the set was committed, after the sixteenth set had been moved "
    "into development and a bare Sở of another province had been told from this department; none of the sixteenth "
    "set's faults had been worked on yet) does **not** meet issue 23's goal. A small set (17 documents, 23 references, "
    "4 full letters: its gatherer found little not already held). Own facts are recalled at 80–100 %: the trích yếu "
    "at 80 % (site lines \"Ảnh minh họa\" and \"Điều chỉnh kích thước chữ\" taken for it, 05 and 12), issuers at "
    "81 % (\"Bộ VH-TT-DL\" not written out, 06). References are recalled at 73–89 %, with **3 false references**: an "
    "OCR'd symbol cut at its stray small letter (\"36/TTr-MTl W-BTT\", 01), \"2021-Vietnam\" in a programme's name "
    "read as a number (11), and a decision reported through a department's covering notice whose own number was taken "
    "for a reference and the number it adjusts for its own (\"1597/QĐ-BCT\", 11). A tag page naming a decision at a "
    "conference was taken for that decision's page (10). With the clerk choosing when asked, 2 false references. Over "
    "seventeen blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3. Having been "
    "seen, the set was moved into the development set (524-540) and its faults fixed there where the rule is general; "
    "an eighteenth held-out set was gathered by someone who read neither the parser nor its output.")
# The eighteenth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
EIGHTEENTH_HELD_OUT_RUN = blind_run("100% / 100% (16/16)", "100% / 88% (14/16)", "94% / 77% (17/22)",
                                    "100% / 90% (18/20)", "86% / 76% (19/25)", "98% / 95% (52/55)",
                                    "100% / 100% (46/46)", "91% / 81% (39/48)")
EIGHTEENTH_RUN_NOTES = (
    "That run (2026-12-07, commit b77bed5, right after the seventeenth set's and part of the sixteenth's faults had been "
    "worked on in the same session) does **not** meet issue 23's goal, but comes nearer than any before it: the own "
    "number at 100 % (16 of 16), reference dates at 100 %, reference numbers at 95 %, with **one false reference**, a "
    "law whose year the copy misprinted the second time it names it (\"05/2018/QH14\" for \"05/2017/QH14\", 16). The "
    "weak facts are the issuers (own 77 %: a joint steering board's name, a district's committee on a tag page, a "
    "department's letter called \"thư\"; cited 81 %: three bare numbers in a Mặt trận report and OCR'd names glued to "
    "the next word, \"Chính phủquy định\", \"Ủyban\") and the trích yếu (76 %: a page's \"EmailPrintAa\" tools and a "
    "paper's date line run into it, a resolution's title lost). With the clerk choosing when asked, the same. Over "
    "eighteen blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1. Having been "
    "seen, the set was moved into the development set (541-565) and its faults fixed there where the rule is general; a "
    "nineteenth held-out set was gathered by someone who read neither the parser nor its output.")
# The nineteenth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
NINETEENTH_HELD_OUT_RUN = blind_run("95% / 80% (20/25)", "100% / 86% (19/22)", "72% / 60% (18/30)",
                                    "96% / 86% (24/28)", "79% / 76% (22/29)", "91% / 96% (49/51)",
                                    "93% / 98% (41/42)", "90% / 77% (37/48)")
NINETEENTH_RUN_NOTES = (
    "That run (2026-12-07, commit 86da922, after the eighteenth set's faults had been worked on in the same session) "
    "does **not** meet issue 23's goal, and shows what the sets before it did not: this set was gathered on new ground "
    "(Party offices, election and legal-education councils, other ministries' Sở, a commune after the 2025 merger). "
    "References are recalled at 77–98 %, with **5 false references**, all the page's own number not seen as its own "
    "(a Party plan printed from its site, 24; a ministry's letter named in its headline, 25; a decision written two "
    "ways, \"505/2022/QĐ-TTg\" and \"505/QĐ-TTg\", 26; a directive and a council's resolution under a site's title, 15 "
    "and 17). The own issuer is recalled at 60 %, the lowest since the third set: a Party office's header cut to "
    "\"VĂN PHÒNG\" (09) or read as \"Ban Chấp hành Trung ương\" (10), a council's name run into \"(sau đây gọi\" "
    "(16), a signer's name and date run into the committee (28), a sub-board under its organising board (08), a Ban "
    "Thường vụ read as its Tỉnh ủy (24). With the clerk choosing when asked, 2 false references. Over nineteen blind runs "
    "the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5. Having been seen, the set was "
    "moved into the development set (566-596) and its faults fixed there where the rule is general; a twentieth "
    "held-out set was gathered by someone who read neither the parser nor its output.")
# The twentieth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
TWENTIETH_HELD_OUT_RUN = blind_run("94% / 89% (17/19)", "100% / 93% (14/15)", "83% / 65% (15/23)",
                                   "100% / 90% (19/21)", "70% / 61% (14/23)", "98% / 100% (40/40)",
                                   "100% / 100% (38/38)", "90% / 90% (28/31)")
TWENTIETH_RUN_NOTES = (
    "That run (2026-12-07, commit 4678aa6, the next session's first step, before anything was changed) does **not** "
    "meet issue 23's goal. References are recalled at 100 % (numbers, 40 of 40; dates, 38 of 38) and 90 % (issuers), "
    "with **one false reference**: a search page's news whose only document is \"Công văn số 4913/VP-KT, ban hành "
    "ngày 15/6\" of UBND thành phố Hà Nội, its own number reported as cited (14). With the clerk choosing when asked, "
    "none. The own facts are recalled at 61–93 %: the issuer at 65 % (a bare \"UBND Thành phố\" not completed from "
    "\"Tại Hà Nội\", 01; the social-insurance agencies and the State Bank not named from their headers, 10, 11, 20; a "
    "bare \"UBND tỉnh\" in Quảng Trị, 22; a law site's \"Bộ Kế hoạch và Đầu tư, Bộ Công Thương\" for the ministry "
    "alone, 04), the trích yếu at 61 % (a print page's \"English Thứ Năm, 30-01-2020\" line, 19; a law site's "
    "\"của Bộ Công Thương số 07/2008/QĐ-BCT …\" title line, 04; a subject cut at \"TP.\", 06; a directive's next "
    "paragraph run on, 13). A symbol spaced before its dash lost its second part (\"2865/GDĐT –KT&KĐCL\", 16), and "
    "a news page saying only that a director \"đã ký văn bản hỏa tốc\" was refused (24). Over twenty blind runs the "
    "false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1. Having been seen, the set "
    "was moved into the development set (597-621) and its faults fixed there where the rule is general.")
# The twenty-first held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
TWENTY_FIRST_HELD_OUT_RUN = blind_run("95% / 86% (19/22)", "95% / 90% (18/20)", "71% / 65% (17/26)",
                                      "95% / 81% (21/26)", "88% / 88% (22/25)", "92% / 96% (55/57)",
                                      "96% / 94% (49/52)", "87% / 82% (40/49)")
TWENTY_FIRST_RUN_NOTES = (
    "That run (2026-12-07, commit 3f46810, after the twentieth set's faults had been worked on in the same session) does "
    "**not** meet issue 23's goal. The trích yếu is recalled at 88 %, the best of any blind run, and reference numbers "
    "at 96 %; but there are **5 false references**: three pages' own letters not seen as their own (\"Đây là một trong "
    "những nội dung chính của Thông báo số 27/TB-VPCP …\", 20; \"Sở Nội vụ giới thiệu toàn văn Văn bản số "
    "3582/BNV-CQĐP\", 22; a deputy secretary who \"đã ký ban hành Công văn số 1127-CV/HU\" for a Huyện ủy, 24), a "
    "council's resolution written a second way (\"41/NQ-HĐND\" beside \"41/2022/NQ-HĐND\", 10) and a symbol on the "
    "copy's last line that the expectations leave uncounted as perhaps cut (07). With the clerk choosing when asked, 2. "
    "The own issuer is recalled at 65 %: a header cell glued to the \"Số:\" line (05), a joint circular's two "
    "ministries run together (06), a commune's name run into its rules' title (15), a Party committee by its term "
    "(\"khóa XIII\", 16), a ministry's name cut to its field (18), a council's \"708/HĐBC-TGV\" taken for a Sở's "
    "notice (23); a youth union's joint plan was refused (26). Over twenty-one blind runs the false references went 1, "
    "5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5. Having been seen, the set was moved into the "
    "development set (622-649) and its faults fixed there where the rule is general.")
# The twenty-second held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
TWENTY_SECOND_HELD_OUT_RUN = blind_run("89% / 84% (16/19)", "94% / 79% (15/19)", "76% / 67% (16/24)",
                                       "95% / 83% (20/24)", "81% / 71% (17/24)", "94% / 92% (60/65)",
                                       "98% / 95% (56/59)", "92% / 79% (48/61)")
TWENTY_SECOND_RUN_NOTES = (
    "That run (2026-12-07, commit f172c49, after the twenty-first set's faults had been worked on in the same session) "
    "does **not** meet issue 23's goal. There are **4 false references**: two pages' own documents not seen as their own "
    "(a news sentence \"Đó là đề xuất của Bộ trưởng Bộ Xây dựng … tại công văn số 2014 /BXD-PTĐT\", 17; a Huyện ủy's "
    "directive told after \"đã quán triệt …, đồng thời ban hành Chỉ thị số 08/CT-HU\", 18) and two symbols of a PDF's "
    "text that lost their hyphens (\"24/2015/TTBTTTT\", \"72/2013/NĐ\"), which the expectations write restored (12). "
    "With the clerk choosing when asked, 3. The own facts are recalled at 67–84 %: the date at 79 % (the Kiểm toán Nhà "
    "nước, a body the parser does not know, 03; a PDF glued into one line, 11), the issuer at 67 % (a Hội Nông dân's "
    "Central Committee cut to \"Ban Chấp hành Trung ương\", 05; a Sở's section named before it, 21; \"Cục An toàn "
    "thực phẩm - Bộ Y tế\", 22), the trích yếu at 71 %. A Cục's letter reported as \"văn bản\" without number was "
    "refused (22), and a list page of a Sở took an item's number for its own (25). Over twenty-two blind runs the false "
    "references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4. Having been seen, the set was "
    "moved into the development set (650-676) and its faults fixed there where the rule is general.")
# The twenty-third held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
TWENTY_THIRD_HELD_OUT_RUN = blind_run("95% / 95% (19/20)", "94% / 89% (17/19)", "78% / 75% (18/24)",
                                      "96% / 96% (23/24)", "79% / 83% (19/23)", "98% / 95% (59/62)",
                                      "98% / 96% (46/48)", "95% / 77% (36/47)")
TWENTY_THIRD_RUN_NOTES = (
    "That run (2026-12-07, commit daace0c, after the twenty-second set's faults had been worked on in the same session) "
    "does **not** meet issue 23's goal, but comes nearer than any before it: the own number and kind at 95–96 %, "
    "reference numbers and dates at 95–96 %, nothing refused, and **one false reference**: a ministry's letter copied "
    "without its header whose last paragraph names a notice of the same ministry (\"Thông báo số 1620/TB-BKHCN\"), "
    "taken for the page's own while the letter's own \"3062/BKHCN-ĐP\" was reported as cited (22). With the clerk "
    "choosing when asked, none, and the own facts recalled at 90 %, references at 97 %. What keeps recall under 95 % is "
    "the own issuer (75 %: a survey board's header read as a \"Sở\", 10; a date or \"vừa có\" run into the name, 17 and "
    "20; \"Ngân hàng Nhà nước\" without \"Việt Nam\", 07), the cited issuers (77 %: a council chairman's order, a "
    "short \"BHXH Việt Nam\", a consolidated text's ministry on a list page) and the trích yếu (83 %: a title cut to "
    "\"Hướn\", 12; a list page's \"Trang: 1 2 3 …\", 25; a site's \"Sign In\" run on, 26). Over twenty-three blind "
    "runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1. Having been "
    "seen, the set was moved into the development set (677-702).")
# The twenty-fourth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
TWENTY_FOURTH_HELD_OUT_RUN = blind_run("94% / 84% (16/19)", "100% / 81% (13/16)", "96% / 88% (23/26)",
                                       "100% / 91% (20/22)", "59% / 62% (16/26)", "96% / 98% (46/47)",
                                       "96% / 98% (44/45)", "91% / 91% (40/44)")
TWENTY_FOURTH_RUN_NOTES = (
    "That run (2026-12-07, commit c5e96d0, after the twenty-third set's faults had been worked on in the same session) "
    "does **not** meet issue 23's goal. This set was gathered on the ground the importer is for (what a Sở Công Thương "
    "receives: power saving, storms, smuggling, food safety, khuyến công), mostly as news pages (21 of 29). References "
    "are recalled at 91–98 % and the own issuer at 88 %, the best yet; there are **2 false references**, both a page's "
    "own document not seen as its own (\"Đây là ý kiến chỉ đạo của UBND tỉnh Điện Biên tại văn bản số 3674/UBND-KT\", 12; "
    "\"Sở Công Thương đã tham mưu UBND tỉnh phê duyệt kế hoạch … và được UBND tỉnh ban hành Quyết định số "
    "1151/QĐ-UBND\", 13). With the clerk choosing when asked, 1. The trích yếu is recalled at 62 %, the worst since the "
    "first sets: a site's clock and \"English\" line taken for it (12), the lead's next clause run on (08, 09), and three "
    "news pages about a document without number refused (22, 25, 29). Over twenty-four blind runs the false references "
    "went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2. Having been seen, the set was moved "
    "into the development set (703-731).")
# The twenty-fifth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
TWENTY_FIFTH_HELD_OUT_RUN = blind_run("95% / 95% (18/19)", "100% / 94% (15/16)", "100% / 89% (8/9)",
                                      "82% / 75% (18/24)", "81% / 81% (17/21)", "96% / 100% (27/27)",
                                      "96% / 100% (25/25)", "100% / 92% (24/26)")
TWENTY_FIFTH_RUN_NOTES = (
    "That run (2026-12-07, commit 49e0a96, the set committed unread right after a few development leftovers had been "
    "worked on in the same session) does **not** meet issue 23's goal. References come nearest yet: numbers and dates "
    "recalled at 100 % (27 of 27, 25 of 25), cited issuers at 92 % (a power company's letter named after the clause "
    "that names it, 13; a directive's issuer and date taken from the wrong clause, 18), with **one false reference**: "
    "a news page's own plan told as \"Đây là một trong những nội dung chính tại Kế hoạch số 93/KH-UBND được Ủy ban nhân "
    "dân (UBND) tỉnh Lạng Sơn ban hành ngày 17/4/2021\", reported as cited, and with it the page's kind, number, date "
    "and issuer lost (07). With the clerk choosing when asked, none. The own issuer is recalled at 75 %: \"UBND tỉnh "
    "này\" kept as written (10), the power company whose proposal the chairman acted on (13), a page about the Sở's "
    "own inspection taken for a decision of this department's own Sở Công Thương (24: the page is Bến Tre's, told only "
    "by its e-mail address), and four news pages about a request or an approval named by its verb alone refused (19, "
    "20, 22, 25; the fifth refusal, 23, is right: no document of its own). The trích yếu is recalled at 81 %. Over "
    "twenty-five blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, "
    "5, 4, 1, 2, 1. Having been seen, the set was moved into the development set (732-757).")
# The twenty-sixth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
TWENTY_SIXTH_HELD_OUT_RUN = blind_run("95% / 77% (20/26)", "100% / 84% (21/25)", "100% / 91% (21/23)",
                                      "73% / 31% (8/26)", "16% / 16% (4/25)", "94% / 100% (123/123)",
                                      "96% / 96% (76/79)", "95% / 86% (74/86)")
TWENTY_SIXTH_RUN_NOTES = (
    "That run (2026-12-07, commit 5e177e1, the set committed unread after the twenty-fifth set's faults had been worked "
    "on in the same session) does **not** meet issue 23's goal, and falls far from it on a form no set had held: 15 "
    "full letters, most of the set, taken byte for byte from a public repository that keeps law-site pages as Markdown "
    "(\"**QUYẾT ĐỊNH**\", \"**CỘNG HÒA XÃ⏎HỘI CHỦ NGHĨA VIỆT NAM**\", \"*Căn cứ …;*\", the site's own line \"Bản dịch này "
    "thuộc quyền sở hữu của **THƯ VIỆN PHÁP LUẬT**…\"). The importer read the emphasis marks as letters: the header's "
    "cells and kind's line were not known, the own issuer was recalled at 31 % (\"Hội chủ nghĩa việt nam**\"), the "
    "trích yếu at 16 % (\"**quyết định** ban\"), and there are **8 false references**: own numbers not seen as their own "
    "under a site's copyright line (01, 11, 21, 23) and decrees a site's list of related documents names (11, 12, 20, 22). "
    "With the clerk choosing when asked, 5. References were still recalled at 96–100 % (numbers 123 of 123). Over "
    "twenty-six blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, "
    "1, 2, 1, 8. Having been seen, the set was moved into the development set (758-785).")
# The twenty-seventh held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
TWENTY_SEVENTH_HELD_OUT_RUN = blind_run("100% / 86% (18/21)", "93% / 72% (13/18)", "100% / 85% (11/13)",
                                        "83% / 65% (15/23)", "60% / 65% (15/23)", "94% / 97% (63/65)",
                                        "100% / 100% (61/61)", "96% / 90% (54/60)")
TWENTY_SEVENTH_RUN_NOTES = (
    "That run (2026-12-07, commit 35e5692, the set committed unread after the twenty-sixth set's faults had been worked "
    "on in the same session: Markdown marks, a law site's own lines) does **not** meet issue 23's goal. Reference dates "
    "are recalled at 100 % and numbers at 97 %, with **4 false references**, each the page's own number not seen as its "
    "own: two scanned circulars whose OCR lost the header's marks (\"Cua bo thuong mai so 04/2007/TT-BTM …\", 07 and 10) "
    "and two news pages that name the letter only in a later sentence (18, 19). With the clerk choosing when asked, none. "
    "The own number is recalled at 72 % and the own issuer at 65 % (the same scans; a council a minister chairs taken for "
    "the ministry's decision, 14; the Prime Minister for the office that conveyed his words, 20; \"Tổng cục QLTT\" not "
    "written out, 21); the trích yếu at 65 % (a law site's colour legend \": Sửa đổi, thay thế, hủy bỏ\", 01; a heading of "
    "another province's decision over a text, 11; news headlines for what the letter is about, 17, 18, 20, 21). Over "
    "twenty-seven blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, "
    "4, 1, 2, 1, 8, 4. Having been seen, the set was moved into the development set (786-810).")
# The twenty-eighth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
TWENTY_EIGHTH_HELD_OUT_RUN = blind_run("92% / 50% (12/24)", "80% / 40% (8/20)", "75% / 40% (6/15)",
                                       "87% / 52% (13/25)", "43% / 42% (10/24)", "84% / 91% (75/82)",
                                       "100% / 59% (39/66)", "92% / 51% (36/71)")
TWENTY_EIGHTH_RUN_NOTES = (
    "That run (2026-12-07, commit 4a5b4a5, the set committed unread after the twenty-seventh set's faults had been "
    "worked on in the same session) does **not** meet issue 23's goal, and is the worst since the first sets, for a "
    "reason of its own: ten of its 27 texts are English translations of Vietnamese documents (\"Decision No. 283/QD-TTg "
    "…\", \"Ministry of Industry and Trade\", \"Independence – Freedom – Happiness\"), which its gatherer took as new "
    "ground once the Vietnamese law-site pages in reach were all held. The importer reads Vietnamese only: none of those "
    "ten had its number, kind, date or issuer found, and nine of the **14 false references** are their own numbers "
    "reported as cited. The other five are symbols an OCR of three customs letters cut or ran together (\"482/TCHQ\", "
    "\"70/TCHQ-TXNK\", \"7/TCHQ-GSQL\"), a resolution cut at a line's end (\"71/NQ\"), a notice on a page with no "
    "document of its own (\"67/TB-VPCP\"), and an own decision named only in a later sentence (\"1105/QĐ-BCT\"). With "
    "the clerk choosing when asked, 6. On the 17 Vietnamese texts alone: own issuer 87 %, own date 100 %, kind 79 %, "
    "number 70 %, trích yếu 71 %, references 75–91 %. Over twenty-eight blind runs the false references went 1, 5, 12, "
    "4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14. Having been seen, the set was moved "
    "into the development set (811-837).")
# The twenty-ninth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
TWENTY_NINTH_HELD_OUT_RUN = blind_run("82% / 74% (14/19)", "91% / 83% (10/12)", "90% / 75% (9/12)",
                                      "82% / 72% (18/25)", "50% / 73% (11/15)", "87% / 87% (52/60)",
                                      "82% / 90% (37/41)", "83% / 72% (29/40)")
TWENTY_NINTH_RUN_NOTES = (
    "That run (2026-12-07, commit 76cc37e, the set committed unread after the twenty-eighth set's faults had been worked "
    "on in the same session: English texts refused, letters asking that a document be carried out) does **not** meet "
    "issue 23's goal. All 27 texts are Vietnamese; 9 are full letters, four of them from the Official Gazette's 2026 texts. "
    "There are **8 false references**: seven in one OCR'd customs letter with an earlier letter appended, whose own "
    "references the reader chose not to count (09: the parser reads the appended letter's decrees and laws), and a "
    "provincial plan a news page tells as \"tỉnh Lai Châu đã ban hành kế hoạch số 773/KH-UBND\", the province named "
    "without its committee (12). With the clerk choosing when asked, 7. The trích yếu's precision is 50 %: news "
    "headlines taken for it on pages whose document has none or none of their own (12, 16, 20, 21, 26), a photo caption "
    "(22), an address line of an OCR'd letter (09). Over twenty-nine blind runs the false references went 1, 5, 12, 4, "
    "2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, 8. Having been seen, the set was moved "
    "into the development set (838-864).")
# The thirtieth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
THIRTIETH_HELD_OUT_RUN = blind_run("94% / 79% (15/19)", "100% / 75% (9/12)", "83% / 77% (20/26)",
                                    "95% / 91% (20/22)", "58% / 78% (14/18)", "94% / 97% (61/63)",
                                    "96% / 98% (43/44)", "88% / 86% (38/44)")
THIRTIETH_RUN_NOTES = (
    "That run (2026-12-07, commit 189ee9b, the set committed unread after the twenty-ninth set's faults had been worked "
    "on in the same session: signature stamps, headers a PDF put after the body, lists of proposals, schemes) does "
    "**not** meet issue 23's goal. All 27 texts are Vietnamese; 12 are full letters. References are recalled at 97 % "
    "(numbers) and 98 % (dates), with **4 false references**: three news pages' own documents not seen as their own (a "
    "circular on a blog whose first line is \"Thông tư 21/2019/TT-BCT ngày 08/11/2019\", its title on the next, 16; "
    "a directive told as \"Quyền Bộ trưởng Bộ Công thương Lê Mạnh Hùng đã ban hành Chỉ thị số 06/CT-BCT …\", 17; a "
    "decision told as \"Bộ Công thương đã có quyết định số 1093/QĐ-BCT\" whose closing tag gives another number, 25) and "
    "a symbol OCR spaced inside its serial (\"Số: 120 1/TCHQ-TXNK\", read as \"1/TCHQ-TXNK\", 07). With the "
    "clerk choosing when asked, 1. The own issuer is recalled at 77 % (OCR's \"tong cuc hai quan\" under \"Bộ Tài "
    "chính\", 06 and 07; \"Thủ tướng yêu cầu chủ tịch UBND tỉnh Lạng Sơn\", 26; a Ban Thường vụ Tỉnh ủy without its "
    "province, 27), the trích yếu at 78 % with a precision of 58 % (a paper's hotline line, 13; a lead's background "
    "clause, 17; news headlines on pages whose document has none). Over thirty blind runs the false references went 1, "
    "5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, 8, 4. Having been seen, the "
    "set was moved into the development set (865-891).")
# The thirty-first held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
THIRTY_FIRST_HELD_OUT_RUN = blind_run("100% / 94% (17/18)", "100% / 93% (13/14)", "95% / 84% (21/25)",
                                       "90% / 90% (18/20)", "71% / 75% (15/20)", "98% / 98% (121/124)",
                                       "99% / 98% (95/97)", "99% / 92% (91/99)")
THIRTY_FIRST_RUN_NOTES = (
    "That run (2026-12-07, commit 52ae19d, the set committed unread after the thirtieth set's faults had been worked on "
    "in the same session: an acting minister, a site's first line of kind, number and date, a tag line, a Party "
    "board without its place, OCR'd headers without marks; the bench's .docx writer was then mended to hold a form "
    "feed, which changes no fact) does **not** meet issue 23's goal, but comes near it on references: numbers and dates "
    "recalled at 98 %, issuers at 92 %, with **3 false references**: a road's kilometre marks in a table (\"Km30+00 - "
    "Km40+00\" read as \"00-Km40\", in two letters of one Sở, 01 and 02) and a news page's own plan not seen as its own, "
    "its issuer's name holding commas (\"Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Sơn La xây dựng và ban "
    "hành Kế hoạch số 03/KH-XTĐTTMDL\", 14). With the clerk choosing when asked, 3. Own facts are recalled at 75-94 % "
    "(the trích yếu at 75 %). Over thirty-one blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, "
    "4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, 8, 4, 3. Having been seen, the set was moved into the "
    "development set (892-916).")
# The thirty-second held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
THIRTY_SECOND_HELD_OUT_RUN = blind_run("100% / 91% (20/22)", "100% / 85% (17/20)", "96% / 89% (24/27)",
                                        "88% / 81% (21/26)", "71% / 65% (17/26)", "97% / 98% (58/59)",
                                        "100% / 96% (27/28)", "89% / 75% (24/32)")
THIRTY_SECOND_RUN_NOTES = (
    "That run (2026-12-07, commit ebd5723, the set committed unread after the thirty-first set's faults had been worked "
    "on in the same session, and after a text the import refuses began to be scored as finding nothing) does **not** "
    "meet issue 23's goal. Reference numbers are recalled at 98 % and dates at 96 %, with **2 false references**, both "
    "a page's own document not seen as its own: a news page opening \"Tại Văn bản số 8594/VPCP-KTTH ngày 24/11/202 của "
    "Văn phòng Chính phủ, Phó Thủ tướng … có ý kiến …\" (12) and a consolidated text from the Official Gazette whose "
    "\"Số: 38/VBHN-BCT\" stands in its closing authentication block, after the body (16). With the clerk choosing when "
    "asked, **none**. Cited issuers are recalled at 75 % (\"Ủy ban nhân dântỉnh Lào Cai\", a site's glued words, 28), the "
    "trích yếu at 65 % and the kind at 81 % (a consolidated text, a Tờ trình, letters without their V/v line). Over "
    "thirty-two blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, "
    "4, 1, 2, 1, 8, 4, 14, 8, 4, 3, 2. Having been seen, the set was moved into the development set (917-945).")
# The thirty-third held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
THIRTY_THIRD_HELD_OUT_RUN = blind_run("100% / 93% (14/15)", "100% / 93% (13/14)", "83% / 74% (20/27)",
                                       "95% / 88% (21/24)", "68% / 62% (15/24)", "98% / 100% (60/60)",
                                       "98% / 100% (57/57)", "93% / 87% (41/47)")
THIRTY_THIRD_RUN_NOTES = (
    "That run (2026-12-07, commit f434cf1, the set committed unread after the thirty-second set's faults had been worked "
    "on in the same session) does **not** meet issue 23's goal, but comes nearer than any run before it on references: "
    "numbers and dates recalled at 100 % (60 of 60, 57 of 57), cited issuers at 87 %, with **one false reference**: a "
    "news page's own decision named only in its closing link (\"Xem chi tiết Quyết định số 944/QĐ-UBND và Danh sách … "
    "tại đây!\", 20). With the clerk choosing when asked, **none**. The own facts keep it from the goal: the issuer is "
    "recalled at 74 % and the trích yếu at 62 % (news pages and provincial bodies' letters). Over thirty-three blind runs "
    "the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, "
    "8, 4, 3, 2, 1. Having been seen, the set was moved into the development set (946-972).")
# The thirty-fourth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
THIRTY_FOURTH_HELD_OUT_RUN = blind_run("67% / 80% (8/10)", "67% / 80% (8/10)", "86% / 75% (18/24)",
                                        "100% / 86% (18/21)", "74% / 74% (14/19)", "93% / 93% (50/54)",
                                        "96% / 96% (48/50)", "91% / 83% (43/52)")
THIRTY_FOURTH_RUN_NOTES = (
    "That run (2026-12-07, commit 1187fce, the set committed unread after the thirty-third set's faults had been worked "
    "on in the same session) does **not** meet issue 23's goal. There are **4 false references**: two symbols a "
    "document-sharing site flattened without their hyphens (\"01/QĐBCĐTW\", \"2277/QĐBNNVPĐP\", which the expectations "
    "write restored, 10) and two news pages' own letters not seen as their own (\"… tổ chức ký kế hoạch phối hợp số "
    "170/KHPH-MTTQ-TCCTXH\", 20; \"Ban Chỉ đạo quốc gia về phòng, chống thiên tai có Công văn số 353/VPTT đề nghị …\", "
    "22). With the clerk choosing when asked, 2. The own number and date are recalled at 80 % (four unsigned Word "
    "letters of a Sở whose \"Số:\" line is blank, 01-04, and the flattened copy, 10), the issuer at 75 %, the trích yếu "
    "at 74 %, references at 83-96 %. Over thirty-four blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, "
    "11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, 8, 4, 3, 2, 1, 4. Having been seen, the set was moved "
    "into the development set (973-997).")
# The thirty-fifth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
THIRTY_FIFTH_HELD_OUT_RUN = blind_run("80% / 86% (12/14)", "77% / 91% (10/11)", "94% / 80% (16/20)",
                                       "100% / 80% (16/20)", "75% / 67% (12/18)", "94% / 88% (45/51)",
                                       "95% / 87% (39/45)", "93% / 53% (25/47)")
THIRTY_FIFTH_RUN_NOTES = (
    "That run (2026-12-07, commit 25b3534, the set committed unread after three general changes made in the same session "
    "from a clerk's trials and the thirty-fourth set's notes) does **not** meet issue 23's goal. There are **3 false "
    "references**: a law site's title lines that write the letter's own number wrongly (\"Công văn 37999/CHQ-GSQL năm "
    "2025 …\" under \"Số: 3799/CHQ-GSQL\", 05) and two news pages' own letters reported as cited (\"Theo Công văn số "
    "1488/BCT-TTTN ngày 9-3-2026, Bộ Công thương yêu cầu …\" after a lead that told of the letter without its number, 08; "
    "\"… nhận được Thông báo số 81/TB-UBND về “Kết luận …”\", 21). With the clerk choosing when asked, 2. Cited issuers "
    "are recalled at 53 %: a Sở's plan lists nineteen firms' requests as \"Công ty … tại Văn bản số … ngày …;\" (15, "
    "seventeen of the twenty-two missed), with symbols such as \"24.6/GĐN\", \"93/CT-05\" and a bare \"35\". Three "
    "unsigned Word letters whose number and day are left blank (13-15) were scored as wrong, the import keeping \"/SCT-CN\" "
    "and the month as written; the expectations and the registry's record of the seed dispatch disagree on that, and "
    "the bench has since scored what a letter leaves blank as not given. The trích yếu is recalled at 67 %, the own "
    "kind and issuer at 80 %. Over thirty-five blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, "
    "4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, 8, 4, 3, 2, 1, 4, 3. Having been seen, the set was moved into "
    "the development set (998-1022).")
# The thirty-sixth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
THIRTY_SIXTH_HELD_OUT_RUN = blind_run("100% / 94% (17/18)", "100% / 82% (14/17)", "95% / 83% (20/24)",
                                       "95% / 95% (21/22)", "74% / 67% (14/21)", "94% / 97% (64/66)",
                                       "98% / 96% (53/55)", "90% / 83% (45/54)")
THIRTY_SIXTH_RUN_NOTES = (
    "That run (2026-12-07, commit 09ec809, the set committed unread after the thirty-fifth set's faults had been worked "
    "on in the same session) does **not** meet issue 23's goal. There are **4 false references**: three footnote marks "
    "a PDF's text layer glued to the symbols they follow (\"Luật … số 42/2024/QH151 ngày 29/6/2024\", "
    "\"105/2025/NĐ-CP2\", \"47/2024/TT-BGTVT4\", 09, whose footnotes write the numbers whole) and a directive's own "
    "number, given only in a law site's title in capitals broken over lines (\"CHỈ THỊ⏎CỦA THỦ⏎TƯỚNG CHÍNH PHỦ SỐ "
    "16/2001/CT-TTG⏎NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC …\", 13), reported as cited. With the clerk choosing when asked, 3. "
    "References were recalled at 83-97 %, the own number at 94 %, the date at 82 %, the issuer at 83 % (a district's "
    "committee, a province's committee named by the plan's symbol only, a ministry told of by a news page), the "
    "trích yếu at 67 %. Over thirty-six blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, "
    "13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, 8, 4, 3, 2, 1, 4, 3, 4. Having been seen, the set was moved into the "
    "development set (1023-1048).")
# The thirty-seventh held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
THIRTY_SEVENTH_HELD_OUT_RUN = blind_run("100% / 94% (16/17)", "100% / 87% (13/15)", "95% / 91% (21/23)",
                                         "100% / 90% (19/21)", "84% / 73% (16/22)", "98% / 98% (52/53)",
                                         "98% / 98% (48/49)", "89% / 83% (40/48)")
THIRTY_SEVENTH_RUN_NOTES = (
    "That run (2026-12-07, commit 708cebf, the set committed unread after the thirty-sixth set's faults had been worked "
    "on in the same session) does **not** meet issue 23's goal, though it came nearer than any before. There is **1 "
    "false reference**: a commune's decision a news page names by what it set up, \"UBND xã Phú Xuân đã thành lập Đoàn "
    "kiểm tra liên ngành số 301/QĐ-UBND ngày 23/9/2025 về …\" (18), reported as cited rather than taken for the page's "
    "own. With the clerk choosing when asked, 1. Reference numbers and dates were recalled at 98 %, cited issuers at "
    "83 % (a telegram's issuers run on over a footnote's mark and a clause, 06), the own number at 94 %, the date at "
    "87 %, the issuer at 91 %, the kind at 90 %, the trích yếu at 73 %. Over thirty-seven blind runs the false "
    "references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, 8, 4, 3, 2, "
    "1, 4, 3, 4, 1. Having been seen, the set was moved into the development set (1049-1074).")
# The thirty-eighth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
THIRTY_EIGHTH_HELD_OUT_RUN = blind_run("100% / 100% (16/16)", "100% / 100% (13/13)", "83% / 79% (19/24)",
                                        "96% / 96% (22/23)", "95% / 88% (21/24)", "98% / 94% (49/52)",
                                        "98% / 100% (47/47)", "91% / 93% (42/45)")
THIRTY_EIGHTH_RUN_NOTES = (
    "That run (2026-12-07, commit 8c1566d, the set committed unread after the thirty-seventh set's faults had been worked "
    "on in the same session) does **not** meet issue 23's goal: own issuer 79 %, trích yếu 88 %, reference numbers 94 % "
    "and cited issuers 93 % fall short of 95 %, while the own number, date and kind and the reference dates reach it. "
    "It scored **1 false reference**, \"Thông tư số 02/2026/TT-BCT ngày 17/01/2026 của Bộ trưởng Bộ Công Thương\" in a "
    "Sở's decision (04), which the text does cite and its reader left out of the expectations; corrected when the set "
    "was moved into development, so that the importer found no reference the text does not give. The own issuers "
    "missed are OCR'd tax letters whose header cells ran into the motto (06, 07), the Party's central office (02), a "
    "chairman's telegram (20) and a Government Office notice (05). Over thirty-eight blind runs the false references "
    "went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, 8, 4, 3, 2, 1, 4, 3, 4, "
    "1, 1 (the last a reader's omission). Having been seen, the set was moved into the development set (1075-1099).")
# The thirty-ninth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
THIRTY_NINTH_HELD_OUT_RUN = blind_run("93% / 93% (14/15)", "100% / 100% (11/11)", "86% / 78% (18/23)",
                                       "95% / 87% (20/23)", "68% / 62% (13/21)", "98% / 98% (47/48)",
                                       "100% / 97% (37/38)", "92% / 92% (34/37)")
THIRTY_NINTH_RUN_NOTES = (
    "That run (2026-12-07, commit fdfe685, the set committed unread after the thirty-eighth set's faults had been "
    "worked on in the same session) does **not** meet issue 23's goal. There is **1 false reference**: a symbol with a "
    "space after its \"&\" (\"Công văn số 15972/SXD-QLN& TTBĐS\", 17) read cut short as \"15972/SXD-QLN\". With the clerk "
    "choosing when asked, 1. Reference numbers were recalled at 98 %, dates at 97 %, cited issuers at 92 %, the own "
    "date at 100 %, the own number at 93 % (an OCR'd \"2862 /ICT-HTQT\" the reader wrote as meant, 21), the kind at "
    "87 %, the issuer at 78 %, the trích yếu at 62 % (news pages). Over thirty-nine blind runs the false references "
    "went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, 8, 4, 3, 2, 1, 4, 3, 4, "
    "1, 1, 1. Having been seen, the set was moved into the development set (1100-1124).")
# The fortieth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FORTIETH_HELD_OUT_RUN = blind_run("100% / 94% (16/17)", "100% / 94% (15/16)", "90% / 86% (19/22)",
                                  "85% / 89% (17/19)", "85% / 85% (17/20)", "98% / 100% (53/53)",
                                  "100% / 100% (46/46)", "86% / 79% (37/47)")
FORTIETH_RUN_NOTES = (
    "That run (2026-12-07, commit f5fa0a0, the set committed unread after two of the thirty-ninth set's faults had been "
    "worked on in the same session) does **not** meet issue 23's goal. There is **1 false reference**: a ministry's "
    "portal page telling of \"Quyết định số 405/QĐ-BCT về Kế hoạch Chuyển đổi số …\" in its fourth paragraph, under a "
    "headline and lead that speak of the plan alone, reported the decision as cited and took the plan for the page's "
    "own document (17). With the clerk choosing when asked, none. Every reference number and date was found (53 of 53, "
    "46 of 46), the own number and date at 94 %, the kind at 89 %, the issuer at 86 %, the trích yếu at 85 %; cited "
    "issuers at 79 % (a name cut by the copy, \"Thành ủy Hải Phò\" (03); \"Bộ Tài chính để\" and \"… Quốc hội khóa XV "
    "chuyển đến\" run on (10); a firm's name cut at \"Xây dựng\" (12); a conclusion \"của Trung ương\" (15)). Two short "
    "news pages telling of a body's letter without its number were refused (23, 24). Over forty blind runs the false "
    "references went 1, 5, 12, 4, 2, 5, 3, 5, 4, "
    "11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, 8, 4, 3, 2, 1, 4, 3, 4, 1, 1, 1, 1. Having been seen, "
    "the set was moved into the development set (1125-1149).")
# The forty-first held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FORTY_FIRST_HELD_OUT_RUN = blind_run("100% / 94% (15/16)", "100% / 93% (14/15)", "81% / 68% (17/25)",
                                     "90% / 86% (18/21)", "84% / 76% (16/21)", "100% / 90% (57/63)",
                                     "100% / 97% (56/58)", "86% / 69% (42/61)")
FORTY_FIRST_RUN_NOTES = (
    "That run (2026-12-07, commit 4598db8, the set committed unread right after the fortieth had been moved into "
    "development, before any of the fortieth's faults was worked on) does **not** meet issue 23's goal, but it is the "
    "first blind run since the fourteenth with **no false reference** (with the clerk choosing when asked, none either). "
    "Recall falls short: reference numbers 90 % (a 1996 decision's \"206 VH/TT\" and \"450 VHTT\", written without "
    "their slash, 21; a news page's short numbers \"Luật Hóa chất số 69/2025\", \"Nghị định 24/2026\", refused with its "
    "page, 24), cited issuers 69 % (\"Bộ Nông nghiệp và PTNT\" as the sentences write it, found in full, 02; a ministry "
    "cut at its comma, \"Bộ Văn hóa\", 11; a bare \"UBND tỉnh\" the portal's address alone places, 16), the own issuer "
    "68 % (two communes, 17, 18; a chairman's decision of 1996, 21; \"hoá\" for the registry's \"hóa\", 12), the trích "
    "yếu 76 %; three news pages telling of a ministry's or a Sở's letter were refused (23-25). Over forty-one blind runs "
    "the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, "
    "8, 4, 3, 2, 1, 4, 3, 4, 1, 1, 1, 1, 0. Having been seen, the set was moved into the development set (1150-1174).")
# The forty-second held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FORTY_SECOND_HELD_OUT_RUN = blind_run("100% / 94% (15/16)", "100% / 100% (12/12)", "80% / 67% (16/24)",
                                      "95% / 82% (18/22)", "85% / 77% (17/22)", "97% / 100% (37/37)",
                                      "100% / 100% (37/37)", "85% / 82% (28/34)")
FORTY_SECOND_RUN_NOTES = (
    "That run (2026-12-07, commit bb9ea03, the set committed unread after a few of the fortieth and forty-first sets' "
    "faults had been worked on in the same session) does **not** meet issue 23's goal. There is **1 false reference**: "
    "a news page's lead, \"Tại văn bản số 232/SNN-CCTL, Sở Nông nghiệp và PTNT đề nghị …\", under a headline naming the "
    "Sở, reported the page's own letter as cited (11). With the clerk choosing when asked, none. Every reference number "
    "and date was found (37 of 37), the own date too (12 of 12), the own number at 94 %; the own issuer at 67 % (bodies "
    "without their province: \"Sở Giáo dục và đào tạo\" (02), \"Ban Thi đua-khen thưởng\" (06), \"Ủy ban Kiểm tra\" for "
    "the Central one (07), \"Ubnd tp\" (22); two communes' pages (13, 15)), the kind at 82 %, the trích yếu at 77 %, cited "
    "issuers at 82 %; two pages were refused (a commune's plan, 15; a Front committee's plan told by a paper, 18). Over "
    "forty-two blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, "
    "1, 2, 1, 8, 4, 14, 8, 4, 3, 2, 1, 4, 3, 4, 1, 1, 1, 1, 0, 1. Having been seen, the set was moved into the "
    "development set (1175-1199).")
# The forty-third held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FORTY_THIRD_HELD_OUT_RUN = blind_run("100% / 88% (14/16)", "100% / 92% (12/13)", "79% / 65% (15/23)",
                                     "95% / 88% (21/24)", "73% / 70% (16/23)", "95% / 100% (59/59)",
                                     "100% / 100% (39/39)", "98% / 98% (44/45)")
FORTY_THIRD_RUN_NOTES = (
    "That run (2026-12-07, commit 031fb0a, the set committed unread after a few of the fortieth to forty-second sets' "
    "faults had been worked on in the same session) does **not** meet issue 23's goal. Every reference number and date "
    "was found (59 of 59, 39 of 39) and cited issuers at 98 %, the best yet; but there are **3 false references**: two "
    "OCR'd letters whose header ran into the motto reported their own number as cited or a garbled \"0/BCT-KHCN\" "
    "(01, 08), and a report's \"Ban Chỉ đạo 127/TW\" read as a number (12). With the clerk choosing when asked, 2. The "
    "own issuer is recalled at 65 % (the OCR'd headers, 01 and 08; chairmen's notices and telegrams, 17, 24; a page's "
    "\"UBND tỉnh: thông báo …\", 18), the trích yếu at 70 %, the own number at 88 %; three pages were refused (21-23). "
    "Over forty-three blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, "
    "1, 5, 4, 1, 2, 1, 8, 4, 14, 8, 4, 3, 2, 1, 4, 3, 4, 1, 1, 1, 1, 0, 1, 3. Having been seen, the set was moved into "
    "the development set (1200-1224).")
# The forty-fourth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FORTY_FOURTH_HELD_OUT_RUN = blind_run("100% / 94% (15/16)", "100% / 85% (11/13)", "78% / 56% (14/25)",
                                      "100% / 87% (20/23)", "77% / 77% (17/22)", "92% / 94% (46/49)",
                                      "94% / 79% (30/38)", "81% / 69% (29/42)")
FORTY_FOURTH_RUN_NOTES = (
    "That run (2026-12-08, commit 64f5ad0, the set committed unread after two changes of the same session: OCR'd "
    "headers' garbled mottos, and the bodies every province has) does **not** meet issue 23's goal. There are **4 false "
    "references**: a number broken over two lines after its dash (\"473/TTr -⏎NN&PTNT\") read cut short as \"473/TTr\" "
    "(01); two numbers whose dash the site lost (\"30c/NQCP\", \"01/2018/TTVPCP\"), scored against the numbers as "
    "meant (02); and a one-sentence page's own letter (\"LĐLĐ Quận Hai Bà Trưng đã ban hành Công văn số 243/LĐLĐ\") "
    "reported as cited (14). With the clerk choosing when asked, 3. The own issuer is recalled at 56 % (chairmen's "
    "notices and letters, 19, 21, 25; pages that name their author only in passing, 14, 17, 18, 22; a PDF whose font "
    "lost every marked letter, 11; a joint rule of a council's standing board and a committee, 05), the trích yếu at "
    "77 %, the reference dates at 79 % and cited issuers at 69 % (most of them in 11). Over forty-four blind runs the "
    "false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, 8, "
    "4, 3, 2, 1, 4, 3, 4, 1, 1, 1, 1, 0, 1, 3, 4. Having been seen, the set was moved into the development set "
    "(1225-1249).")
# The forty-fifth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FORTY_FIFTH_HELD_OUT_RUN = blind_run("100% / 90% (18/20)", "100% / 100% (14/14)", "100% / 80% (20/25)",
                                     "100% / 86% (19/22)", "76% / 76% (16/21)", "96% / 100% (50/50)",
                                     "100% / 100% (49/49)", "97% / 95% (38/40)")
FORTY_FIFTH_RUN_NOTES = (
    "That run (2026-12-08, commit 167f7b9, the set committed unread after the forty-fourth set's faults had been worked "
    "on in the same session) does **not** meet issue 23's goal, though it comes nearest yet: every reference number and "
    "date was found (50 of 50, 49 of 49), cited issuers at 95 %, every own date, and no own fact found wrong. There are "
    "**2 false references**: two news pages' own letters reported as cited (a province's \"Công văn số 3927/UBND-KTTC\" "
    "told in a lead under a headline about its demand, 05; a board's \"Kế hoạch số 79-KH/BTGTU\" under a headline "
    "about the campaign, 06). With the clerk choosing when asked, **none**. Three pages were refused (a market "
    "inspectorate's warning, 08; a committee's requests without a kind, 09; a commune chairman's request, 24); the own "
    "issuer is recalled at 80 %, the kind at 86 %, the own number at 90 % and the trích yếu at 76 %. Over forty-five "
    "blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, "
    "8, 4, 14, 8, 4, 3, 2, 1, 4, 3, 4, 1, 1, 1, 1, 0, 1, 3, 4, 2. Having been seen, the set was moved into the "
    "development set (1250-1274).")
# The forty-sixth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FORTY_SIXTH_HELD_OUT_RUN = blind_run("100% / 81% (13/16)", "91% / 83% (10/12)", "80% / 64% (16/25)",
                                     "100% / 86% (18/21)", "81% / 81% (17/21)", "96% / 96% (44/46)",
                                     "97% / 97% (34/35)", "96% / 84% (27/32)")
FORTY_SIXTH_RUN_NOTES = (
    "That run (2026-12-08, commit 05f8ed7, the set committed unread after the forty-fourth and forty-fifth sets' faults "
    "had been worked on in the same session) does **not** meet issue 23's goal. There are **2 false references**, two "
    "pages' own letters reported as cited: a Sở's \"Ngày 01⁄3⁄2021, Sở Công Thương ban hành văn bản số 290⁄SCTQLNL đề "
    "nghị …\" (fraction slashes, the symbol's dash lost, 21) and a department's \"Tổng cục Biển và Hải đảo Việt Nam (Bộ "
    "Tài nguyên và Môi trường) phát đi Văn bản số 771/TCBHĐVN-VTPT\" (24). With the clerk choosing when asked, **none**. "
    "Two pages were refused (a trade union federation's plan told with a bare number, 09; a Mặt trận's appeal, 22); "
    "the own number is recalled at 81 %, the own issuer at 64 % (an inspection team, 04; \"Thừa Thiên - Huế\", 17; "
    "\"UBND TPHCM\", 23) and cited issuers at 84 %. Over forty-six blind runs the false references went 1, 5, 12, 4, 2, "
    "5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, 8, 4, 3, 2, 1, 4, 3, 4, 1, 1, 1, 1, 0, 1, 3, "
    "4, 2, 2. Having been seen, the set was moved into the development set (1275-1299).")
# The forty-seventh held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FORTY_SEVENTH_HELD_OUT_RUN = blind_run("100% / 93% (13/14)", "100% / 90% (9/10)", "90% / 76% (19/25)",
                                       "100% / 87% (20/23)", "76% / 80% (16/20)", "98% / 96% (49/51)",
                                       "100% / 92% (34/37)", "94% / 84% (31/37)")
FORTY_SEVENTH_RUN_NOTES = (
    "That run (2026-12-08, commit 0acd315, the set committed unread after the forty-fourth to forty-sixth sets' faults "
    "had been worked on in the same session) does **not** meet issue 23's goal. There is **1 false reference**: an "
    "OCR'd letter whose own number line lost its capital and its place line its comma (\"số: 4222 /TCT -PC Hà Nội. ngày "
    "09 …\", 20) reported that number as cited. With the clerk choosing when asked, **none**. Four pages were refused "
    "(a province's anti-smuggling board's letter, 12; two Mặt trận guidances, 17, 18; the Youth Union's Secretariat's "
    "plan, 23); the own issuer is recalled at 76 %, the trích yếu at 80 % and cited issuers at 84 %. Over forty-seven "
    "blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, "
    "8, 4, 14, 8, 4, 3, 2, 1, 4, 3, 4, 1, 1, 1, 1, 0, 1, 3, 4, 2, 2, 1. Having been seen, the set was moved into the "
    "development set (1300-1324).")
# The forty-eighth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FORTY_EIGHTH_HELD_OUT_RUN = blind_run("100% / 100% (15/15)", "100% / 100% (12/12)", "90% / 73% (19/26)",
                                      "100% / 83% (20/24)", "75% / 68% (15/22)", "100% / 100% (44/44)",
                                      "100% / 100% (40/40)", "88% / 78% (29/37)")
FORTY_EIGHTH_RUN_NOTES = (
    "That run (2026-12-08, commit 9cbe879, the set committed unread after the forty-fourth to forty-seventh sets' faults "
    "had been worked on in the same session) does **not** meet issue 23's goal, but it has **no false reference**, with "
    "or without the clerk's choice (the second such run, after the forty-first), and every own number and date and every "
    "reference number and date was found (15 of 15, 12 of 12, 44 of 44, 40 of 40). What misses the goal: five pages "
    "were refused (three Mặt trận plans told by news pages, 15, 25, 26; a Prime Minister's telegram and a ministry's "
    "letter told without number, 23, 24), so the own issuer is recalled at 73 %, the kind at 83 % and the trích yếu at "
    "68 %; cited issuers at 78 % (a resolution's grounds naming their ministry once for four documents, 03). Over "
    "forty-eight blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, 13, 1, 3, 1, 5, 1, 5, "
    "4, 1, 2, 1, 8, 4, 14, 8, 4, 3, 2, 1, 4, 3, 4, 1, 1, 1, 1, 0, 1, 3, 4, 2, 2, 1, 0. Having been seen, the set was "
    "moved into the development set (1325-1350).")
# The forty-ninth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FORTY_NINTH_HELD_OUT_RUN = blind_run("100% / 100% (12/12)", "100% / 92% (11/12)", "87% / 59% (13/22)",
                                     "93% / 74% (14/19)", "80% / 75% (12/16)", "100% / 100% (31/31)",
                                     "100% / 100% (30/30)", "90% / 90% (27/30)")
FORTY_NINTH_RUN_NOTES = (
    "That run (2026-12-08, commit 326d303, the set committed unread after the forty-fourth to forty-eighth sets' faults "
    "had been worked on in the same session) does **not** meet issue 23's goal, but it has **no false reference**, with "
    "or without the clerk's choice (two blind runs in a row now), and every own number and every reference number and "
    "date was found (12 of 12, 31 of 31, 30 of 30). What misses the goal: **nine pages were refused**, most of them news "
    "pages telling a plan, a decision or a letter without naming its number or with a body the importer does not know "
    "as one (women's unions, 01, 25; a youth-month committee, 15; market inspectorates, 08, 16; food-safety boards' "
    "inspection teams, 21, 24; a ministry's and a committee's letters, 19, 23), so the own issuer is recalled at 59 % and "
    "the kind at 74 %. Over forty-nine blind runs the false references went 1, 5, 12, 4, 2, 5, 3, 5, 4, 11, 7, 4, 3, 0, "
    "13, 1, 3, 1, 5, 1, 5, 4, 1, 2, 1, 8, 4, 14, 8, 4, 3, 2, 1, 4, 3, 4, 1, 1, 1, 1, 0, 1, 3, 4, 2, 2, 1, 0, 0. Having "
    "been seen, the set was moved into the development set (1351-1375).")
# The fiftieth held-out set's first run, blind: filled in from its first `make bench N=import`, kept as it came.
FIFTIETH_HELD_OUT_RUN: dict[str, str] = {}
FIFTIETH_RUN_NOTES = ""


class SeenRun(NamedTuple):
    """A held-out set's first run, blind, kept as it came; the set has since been seen and moved into development."""

    ordinal: str
    documents: int
    now: str  # its numbers in the development set
    figures: dict[str, str]
    notes: str


SEEN_RUNS = (SeenRun("first", 14, "20-33", FIRST_HELD_OUT_RUN, FIRST_RUN_NOTES),
             SeenRun("second", 19, "34-52", SECOND_HELD_OUT_RUN, SECOND_RUN_NOTES),
             SeenRun("third", 24, "53-76", THIRD_HELD_OUT_RUN, THIRD_RUN_NOTES),
             SeenRun("fourth", 26, "77-102", FOURTH_HELD_OUT_RUN, FOURTH_RUN_NOTES),
             SeenRun("fifth", 30, "103-132", FIFTH_HELD_OUT_RUN, FIFTH_RUN_NOTES),
             SeenRun("sixth", 33, "133-165", SIXTH_HELD_OUT_RUN, SIXTH_RUN_NOTES),
             SeenRun("seventh", 34, "166-199", SEVENTH_HELD_OUT_RUN, SEVENTH_RUN_NOTES),
             SeenRun("eighth", 36, "200-235", EIGHTH_HELD_OUT_RUN, EIGHTH_RUN_NOTES),
             SeenRun("ninth", 38, "236-273", NINTH_HELD_OUT_RUN, NINTH_RUN_NOTES),
             SeenRun("tenth", 40, "274-313", TENTH_HELD_OUT_RUN, TENTH_RUN_NOTES),
             SeenRun("eleventh", 38, "314-351", ELEVENTH_HELD_OUT_RUN, ELEVENTH_RUN_NOTES),
             SeenRun("twelfth", 36, "352-387", TWELFTH_HELD_OUT_RUN, TWELFTH_RUN_NOTES),
             SeenRun("thirteenth", 34, "388-421", THIRTEENTH_HELD_OUT_RUN, THIRTEENTH_RUN_NOTES),
             SeenRun("fourteenth", 37, "422-458", FOURTEENTH_HELD_OUT_RUN, FOURTEENTH_RUN_NOTES),
             SeenRun("fifteenth", 40, "459-498", FIFTEENTH_HELD_OUT_RUN, FIFTEENTH_RUN_NOTES),
             SeenRun("sixteenth", 25, "499-523", SIXTEENTH_HELD_OUT_RUN, SIXTEENTH_RUN_NOTES),
             SeenRun("seventeenth", 17, "524-540", SEVENTEENTH_HELD_OUT_RUN, SEVENTEENTH_RUN_NOTES),
             SeenRun("eighteenth", 25, "541-565", EIGHTEENTH_HELD_OUT_RUN, EIGHTEENTH_RUN_NOTES),
             SeenRun("nineteenth", 31, "566-596", NINETEENTH_HELD_OUT_RUN, NINETEENTH_RUN_NOTES),
             SeenRun("twentieth", 25, "597-621", TWENTIETH_HELD_OUT_RUN, TWENTIETH_RUN_NOTES),
             SeenRun("twenty-first", 28, "622-649", TWENTY_FIRST_HELD_OUT_RUN, TWENTY_FIRST_RUN_NOTES),
             SeenRun("twenty-second", 27, "650-676", TWENTY_SECOND_HELD_OUT_RUN, TWENTY_SECOND_RUN_NOTES),
             SeenRun("twenty-third", 26, "677-702", TWENTY_THIRD_HELD_OUT_RUN, TWENTY_THIRD_RUN_NOTES),
             SeenRun("twenty-fourth", 29, "703-731", TWENTY_FOURTH_HELD_OUT_RUN, TWENTY_FOURTH_RUN_NOTES),
             SeenRun("twenty-fifth", 26, "732-757", TWENTY_FIFTH_HELD_OUT_RUN, TWENTY_FIFTH_RUN_NOTES),
             SeenRun("twenty-sixth", 28, "758-785", TWENTY_SIXTH_HELD_OUT_RUN, TWENTY_SIXTH_RUN_NOTES),
             SeenRun("twenty-seventh", 25, "786-810", TWENTY_SEVENTH_HELD_OUT_RUN, TWENTY_SEVENTH_RUN_NOTES),
             SeenRun("twenty-eighth", 27, "811-837", TWENTY_EIGHTH_HELD_OUT_RUN, TWENTY_EIGHTH_RUN_NOTES),
             SeenRun("twenty-ninth", 27, "838-864", TWENTY_NINTH_HELD_OUT_RUN, TWENTY_NINTH_RUN_NOTES),
             SeenRun("thirtieth", 27, "865-891", THIRTIETH_HELD_OUT_RUN, THIRTIETH_RUN_NOTES),
             SeenRun("thirty-first", 25, "892-916", THIRTY_FIRST_HELD_OUT_RUN, THIRTY_FIRST_RUN_NOTES),
             SeenRun("thirty-second", 29, "917-945", THIRTY_SECOND_HELD_OUT_RUN, THIRTY_SECOND_RUN_NOTES),
             SeenRun("thirty-third", 27, "946-972", THIRTY_THIRD_HELD_OUT_RUN, THIRTY_THIRD_RUN_NOTES),
             SeenRun("thirty-fourth", 25, "973-997", THIRTY_FOURTH_HELD_OUT_RUN, THIRTY_FOURTH_RUN_NOTES),
             SeenRun("thirty-fifth", 25, "998-1022", THIRTY_FIFTH_HELD_OUT_RUN, THIRTY_FIFTH_RUN_NOTES),
             SeenRun("thirty-sixth", 26, "1023-1048", THIRTY_SIXTH_HELD_OUT_RUN, THIRTY_SIXTH_RUN_NOTES),
             SeenRun("thirty-seventh", 26, "1049-1074", THIRTY_SEVENTH_HELD_OUT_RUN, THIRTY_SEVENTH_RUN_NOTES),
             SeenRun("thirty-eighth", 25, "1075-1099", THIRTY_EIGHTH_HELD_OUT_RUN, THIRTY_EIGHTH_RUN_NOTES),
             SeenRun("thirty-ninth", 25, "1100-1124", THIRTY_NINTH_HELD_OUT_RUN, THIRTY_NINTH_RUN_NOTES),
             SeenRun("fortieth", 25, "1125-1149", FORTIETH_HELD_OUT_RUN, FORTIETH_RUN_NOTES),
             SeenRun("forty-first", 25, "1150-1174", FORTY_FIRST_HELD_OUT_RUN, FORTY_FIRST_RUN_NOTES),
             SeenRun("forty-second", 25, "1175-1199", FORTY_SECOND_HELD_OUT_RUN, FORTY_SECOND_RUN_NOTES),
             SeenRun("forty-third", 25, "1200-1224", FORTY_THIRD_HELD_OUT_RUN, FORTY_THIRD_RUN_NOTES),
             SeenRun("forty-fourth", 25, "1225-1249", FORTY_FOURTH_HELD_OUT_RUN, FORTY_FOURTH_RUN_NOTES),
             SeenRun("forty-fifth", 25, "1250-1274", FORTY_FIFTH_HELD_OUT_RUN, FORTY_FIFTH_RUN_NOTES),
             SeenRun("forty-sixth", 25, "1275-1299", FORTY_SIXTH_HELD_OUT_RUN, FORTY_SIXTH_RUN_NOTES),
             SeenRun("forty-seventh", 25, "1300-1324", FORTY_SEVENTH_HELD_OUT_RUN, FORTY_SEVENTH_RUN_NOTES),
             SeenRun("forty-eighth", 26, "1325-1350", FORTY_EIGHTH_HELD_OUT_RUN, FORTY_EIGHTH_RUN_NOTES),
             SeenRun("forty-ninth", 25, "1351-1375", FORTY_NINTH_HELD_OUT_RUN, FORTY_NINTH_RUN_NOTES))
HELD_OUT_ORDINAL = "fiftieth"  # the set in held-out/ now, or being gathered
NO_HELD_OUT = "no held-out set yet"
CLERK_CHOOSES = "text, the clerk choosing when asked"

Truth = dict[str, tuple[str, str]]  # number key -> (ISO date, issuer id)


def seed_truth() -> Truth:
    """The numbered documents the seed dispatch cites, as its registry record lists them (not every record of the
    registry: a document recorded later, such as the 2025 merger's resolution, is not the seed's)."""
    documents = read_registries(ROOT).documents
    seed = next(record for record in documents if record.get("id") == official_letter.SEED.stem)
    cited = set(seed["cites"])
    return {number_key(record["number"]): (str(record["date"]), record["issuer"]) for record in documents
            if record.get("number", "")[:1].isdigit() and (record["number"] in cited or record.get("id") in cited)}


def plan_truth() -> Truth:
    return {number_key(number): (date, issuer) for number, _, date, issuer in official_letter.CITED}


def scores(text: str, truth: Truth) -> dict[str, float]:
    """Precision and recall of the numbers found, and recall with the right date and issuer too."""
    lines = logical_lines(text)
    matched = match(parse(lines), read_registries(ROOT), lines)
    found = {number_key(d.citation.number): (d.citation.date.iso if d.citation.date else None, d.issuer.id if d.issuer else None)
             for d in matched.cited}
    right = [key for key in found if key in truth]
    whole = [key for key in right if found[key] == truth[key]]
    return {"expected": len(truth), "found": len(found), "right": len(right), "whole": len(whole),
            "precision": len(right) / len(found) if found else 1.0, "recall": len(right) / len(truth),
            "whole_recall": len(whole) / len(truth)}


def measure() -> list[tuple[str, dict[str, float]]]:
    seed = official_letter.SEED.read_text(encoding="utf-8")
    broken = official_letter.broken_like_email(seed)
    rows = [("seed dispatch (.txt)", scores(seed, seed_truth())),
            ("seed, lines broken at 58 columns", scores(broken, seed_truth()))]
    with tempfile.TemporaryDirectory() as folder:
        pdf = official_letter.write_pdf(Path(folder) / "ke-hoach.pdf")
        files = [("plan (.docx)", official_letter.write_docx(Path(folder) / "ke-hoach.docx")), ("plan (.pdf, text layer)", pdf),
                 ("plan (scanned .pdf, OCR)", official_letter.write_scan(pdf, Path(folder) / "ban-quet.pdf"))]
        for label, path in files:
            started = time.perf_counter()
            text = read_source(path).text
            row = scores(text, plan_truth())
            row["seconds"] = time.perf_counter() - started
            rows.append((label, row))
    return rows


def section(rows: list[tuple[str, dict[str, float]]]) -> str:
    lines = [HEADING, "",
             f"Written by `python scripts/import_bench.py` on {dt.date.today().isoformat()}. Cited documents found in "
             "each fixture: precision and recall of their numbers (compared regardless of case, Đ/D and hyphen or slash), "
             "and recall with the right date and issuer as well. The seed's truth is the registry; the plan's is "
             "`tests/official_letter.py`. The scan is the plan's PDF rasterised at 200 dpi, read by Tesseract (`vie`). "
             "The parser was written with these fixtures in view: the figures show that it holds on them, not how it "
             "fares on letters it has never seen; a real scan (stamp, skew, a photo) will lose more to OCR.", "",
             "| fixture | references | found | precision | recall | with date and issuer | reading time |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for label, r in rows:
        seconds = f"{r['seconds']:.1f} s" if "seconds" in r else "—"
        lines.append(f"| {label} | {r['expected']} | {r['found']} | {r['precision']:.0%} | {r['recall']:.0%} "
                     f"| {r['whole']}/{r['expected']} ({r['whole_recall']:.0%}) | {seconds} |")
    return "\n".join(lines) + "\n"


def with_section(report: str, text: str, heading: str = HEADING) -> str:
    """BENCHMARKS.md with this section put in (or replaced) among the kept sections at its end."""
    if KEPT_FROM not in report:
        report = report.rstrip("\n") + "\n\n" + KEPT_FROM + "\n"
    head, kept = report.split(KEPT_FROM, 1)
    if heading in kept:
        before, after = kept.split(heading, 1)
        rest = after.split("\n## ", 1)
        kept = before + text + ("\n## " + rest[1] if len(rest) > 1 else "")
    else:
        kept = kept.rstrip("\n") + "\n\n" + text
    return head + KEPT_FROM + kept


def _read(path: Path) -> str:
    return read_source(path).text


def corpus_runs(which: str, folder: Path) -> dict[str, dict]:
    """For one set, each way of reading it: (facts per document, seconds, documents refused)."""
    cases = import_corpus.cases(which)
    if not cases:  # the held-out folder empty or missing while the next set is gathered
        return {}
    registries = read_registries(ROOT)
    runs = {}
    def text(case):
        return case.text

    def nothing(case):
        return None

    def expected_number(case):
        return case.expected.get("number")

    # (The clerk's choice: when the import asks which numbered document a copy without its header is, a clerk who
    # has the page picks its number if it is among those offered, and nothing otherwise; parse/chosen.py.)
    forms = [("text (.txt)", text, nothing),
             (CLERK_CHOOSES, text, expected_number),
             (".docx", lambda case: _read(import_corpus.write_docx(case.text, folder / f"{which}-{case.name}.docx")), nothing),
             ("PDF with a text layer",
              lambda case: _read(import_corpus.write_pdf(case.text, folder / f"{which}-{case.name}.pdf")), nothing)]
    for label, text_of, picks in forms:
        started = time.perf_counter()
        found = [(case, import_corpus.facts(text_of(case), registries, picks(case))) for case in cases]
        runs[label] = {"found": found, "seconds": time.perf_counter() - started, "cases": len(cases),
                       "refused": sum(not facts["is_document"] for _, facts in found)}
    scanned = [case for case in cases if case.name == SCANNED.get(which)]
    if not scanned:
        return runs
    started = time.perf_counter()
    found = []
    for case in scanned:
        pdf = import_corpus.write_pdf(case.text, folder / f"scan-{case.name}.pdf")
        found.append((case, import_corpus.facts(_read(official_letter.write_scan(pdf, folder / f"scan-{case.name}-ocr.pdf")),
                                                registries)))
    runs[f"scan read by OCR ({SCANNED[which]})"] = {"found": found, "seconds": time.perf_counter() - started,
                                                    "cases": len(scanned), "refused": sum(not f["is_document"] for _, f in found)}
    return runs


def _figure(tally: "import_corpus.Tally") -> str:
    return f"{tally.precision:.0%} / {tally.recall:.0%} ({tally.right}/{tally.expected})"


def _blind_run(title: str, column: str, figures: dict[str, str], notes: str) -> list[str]:
    return ["", title, "", f"| fact | {column}: precision / recall |", "| --- | --- |",
            *[f"| {label} | {figure} |" for label, figure in figures.items()], "", notes]


def _seen_sets() -> str:
    """'the first held-out set (20-33), the second (34-52), … and the ninth (236-273)'."""
    first, *others = SEEN_RUNS
    named = [f"the {first.ordinal} held-out set ({first.now})", *[f"the {run.ordinal} ({run.now})" for run in others]]
    return ", ".join(named[:-1]) + " and " + named[-1]


def corpus_section(runs: dict[str, dict[str, dict]]) -> str:
    """The corpus section: per fact, precision and recall on each set as text, then every way of reading it.

    A set with no documents (the held-out folder empty or missing, while the next one is gathered) is
    named as such ("no held-out set yet"), not measured."""
    counts = {which: len(import_corpus.cases(which)) for which in import_corpus.SETS}
    sets = [which for which in import_corpus.SETS if counts[which] and runs.get(which)]
    text_runs = {which: import_corpus.measure(runs[which]["text (.txt)"]["found"]) for which in sets}
    held_out = "held-out" in sets
    lines = [CORPUS_HEADING, "",
             f"Written by `python scripts/import_bench.py --corpus` (or `make bench N=import`) on {dt.date.today().isoformat()}. "
             f"The importer reads each document of `tests/fixtures/import-corpus` ({sum(counts.values())} real documents: "
             "sources, and how the expected facts were read, in its README) and its facts are compared with those read by "
             "hand. Precision is right ÷ found, recall right ÷ expected; a fact the text does not give is expected empty, so "
             "finding one is a precision fault. A text the import refuses writes nothing, so it is scored as finding "
             "nothing (since the thirty-second set; earlier blind runs scored what its parse had found). A letter's "
             "number or day left blank (\"Số:      /SCT-CN\", \"ngày      tháng 6 năm 2026\"), which the import keeps as "
             "written for the clerk to fill, is scored as not given, as the expectations write it (since the thirty-fifth "
             "set's first run). "
             f"The **development** set ({counts['development']} documents) was read while "
             f"the parser was written; it holds {_seen_sets()}, each moved there once its blind run had been seen. "
             + (f"The **held-out** set ({counts['held-out']} documents) was gathered after that, its expected facts written "
                "before the importer ever read it, and kept out of the parser work." if held_out else
                f"There is **{NO_HELD_OUT}**: {'an' if HELD_OUT_ORDINAL[0] in 'aeiou' else 'a'} {HELD_OUT_ORDINAL} is "
                "being gathered, or kept aside for its first blind run, its expected facts written before the "
                "importer reads it, so the figures below are not a blind measure of issue 23's goal."), ""]
    if held_out:
        lines += ["| fact | development: precision / recall | held-out: precision / recall |", "| --- | --- | --- |"]
        lines += [f"| {label} | {_figure(text_runs['development'][fact])} | {_figure(text_runs['held-out'][fact])} |"
                  for fact, label in FACT_LABELS.items()]
    else:
        lines += ["| fact | development: precision / recall |", "| --- | --- |"]
        lines += [f"| {label} | {_figure(text_runs['development'][fact])} |" for fact, label in FACT_LABELS.items()]
    if FIFTIETH_HELD_OUT_RUN:
        lines += _blind_run("The held-out set's **first run, blind** (the honest figure for issue 23's goal), before any "
                            "change made after seeing it:", "held-out, first run", FIFTIETH_HELD_OUT_RUN,
                            FIFTIETH_RUN_NOTES)
    for run in reversed(SEEN_RUNS):  # newest first
        lines += _blind_run(f"History: the **{run.ordinal}** held-out set's first run, blind (those {run.documents} documents "
                            f"are now development {run.now}; its faults were fixed after it had been seen):",
                            f"{run.ordinal} held-out set, first run", run.figures, run.notes)
    for heading, kind in (("False references (a number reported as cited that the document does not cite), and wrong "
                           "facts, now:", "wrong"), ("Facts the text gives that were not found, now:", "missed")):
        lines += ["", heading, ""]
        for which in import_corpus.SETS:
            if which not in sets:
                lines.append(f"- {which}: {NO_HELD_OUT}.")
                continue
            found = [f"{label}: {item}" for fact, label in FACT_LABELS.items()
                     for item in getattr(text_runs[which][fact], kind)]
            lines.append(f"- {which}: " + ("none." if not found else "; ".join(found) + "."))
    lines += ["", "The same documents read from other forms (own facts: all five kinds together; references: numbers). "
              f"“{CLERK_CHOOSES}” is the text again, where, when the import asks which numbered document a copy without "
              "its header is (make import's SO=…, the form's buttons), the clerk picks the one the expectations name if "
              "it is offered, and nothing otherwise: the importer with the person it is made for.", "",
              "| set | read as | documents | refused | own facts recall | references recall | false references | time |",
              "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for which in sets:
        for label, run in runs[which].items():
            tallies = import_corpus.measure(run["found"])
            own = import_corpus.Tally()
            for fact in import_corpus.OWN_FACTS:
                own.expected, own.right = own.expected + tallies[fact].expected, own.right + tallies[fact].right
            references = tallies["reference number"]
            lines.append(f"| {which} | {label} | {run['cases']} | {run['refused']} | {own.recall:.0%} | {references.recall:.0%} "
                         f"| {references.found - references.right} | {run['seconds']:.1f} s |")
    if not held_out:
        lines.append(f"| held-out | — | 0 | — | — | — | — | — ({NO_HELD_OUT}) |")
    lines += ["", "Faults of another form only (wrong or missed there, right as text):", ""]
    for which in sets:
        text_faults = {item for fact, label in FACT_LABELS.items()
                       for item in text_runs[which][fact].wrong + text_runs[which][fact].missed}
        for label, run in runs[which].items():
            tallies = import_corpus.measure(run["found"])
            extra = [f"{FACT_LABELS[fact]}: {item}" for fact in FACT_LABELS
                     for item in tallies[fact].wrong + tallies[fact].missed if item not in text_faults]
            if label != "text (.txt)":
                lines.append(f"- {which}, {label}: " + ("none." if not extra else "; ".join(extra) + "."))
    return "\n".join(lines) + "\n"


def write_corpus_section() -> str:
    with tempfile.TemporaryDirectory() as folder:
        runs = {which: corpus_runs(which, Path(folder)) for which in import_corpus.SETS}
    text = corpus_section(runs)
    target = ROOT / "BENCHMARKS.md"
    target.write_text(with_section(target.read_text(encoding="utf-8"), text, CORPUS_HEADING), encoding="utf-8")
    return text


def main(argv: list[str]) -> int:
    if argv != ["--corpus"]:
        text = section(measure())
        target = ROOT / "BENCHMARKS.md"
        target.write_text(with_section(target.read_text(encoding="utf-8"), text), encoding="utf-8")
        print(text)
    print(write_corpus_section())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
