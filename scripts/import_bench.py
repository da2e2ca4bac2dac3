"""Precision and recall of the documents `make import` finds cited, on the test fixtures,
written as a section of BENCHMARKS.md that `make bench` keeps.

Fixtures: the seed dispatch (14 numbered references; the registry is the truth), the
seed with its lines broken as e-mail breaks them, and the plan of tests/official_letter.py
(4 references) as .docx, as .pdf and as a scan of that PDF read by OCR.

Usage: python scripts/import_bench.py   (needs tesseract-ocr, tesseract-ocr-vie, poppler-utils)
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

import official_letter  # noqa: E402
from bench import KEPT_FROM  # noqa: E402
from sitegen.importer.match import match, number_key, read_registries  # noqa: E402
from sitegen.importer.normalise import logical_lines  # noqa: E402
from sitegen.importer.parse import parse  # noqa: E402
from sitegen.importer.read import read_source  # noqa: E402

HEADING = "## Importing official documents (`make import`)"

Truth = dict[str, tuple[str, str]]  # number key -> (ISO date, issuer id)


def seed_truth() -> Truth:
    return {number_key(record["number"]): (str(record["date"]), record["issuer"])
            for record in read_registries(ROOT).documents if record.get("number", "")[:1].isdigit()}


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


def with_section(report: str, text: str) -> str:
    """BENCHMARKS.md with this section put in (or replaced) among the kept sections at its end."""
    if KEPT_FROM not in report:
        report = report.rstrip("\n") + "\n\n" + KEPT_FROM + "\n"
    head, kept = report.split(KEPT_FROM, 1)
    if HEADING in kept:
        before, after = kept.split(HEADING, 1)
        rest = after.split("\n## ", 1)
        kept = before + text + ("\n## " + rest[1] if len(rest) > 1 else "")
    else:
        kept = kept.rstrip("\n") + "\n\n" + text
    return head + KEPT_FROM + kept


def main() -> int:
    text = section(measure())
    target = ROOT / "BENCHMARKS.md"
    target.write_text(with_section(target.read_text(encoding="utf-8"), text), encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
