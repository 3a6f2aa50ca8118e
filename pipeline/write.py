"""Writing extracted/: CSVs as docs/contract.md defines them (UTF-8 with BOM, LF, sorted,
exact decimals) and one clean text per document."""
from __future__ import annotations

import bisect
import csv
from dataclasses import fields
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from pipeline.cells import to_cell
from pipeline.discover import clean_path
from pipeline.model import DocResult, Fact, PlaceMention

DOC_COLUMNS = ["doc_id", "source", "sha256", "encoding", "title", "published",
               "chars_raw", "chars_clean", "lines_removed", "status", "won_as", "won_evidence"]
PLACE_COLUMNS = ["doc_id", "sent"] + [f.name for f in fields(PlaceMention)]
FACT_COLUMNS = ["doc_id", "sent"] + [f.name for f in fields(Fact)]


def cell(value: object) -> str:
    """Numbers as exact decimals; text made spreadsheet-safe (pipeline/cells.py, docs/contract.md)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format_decimal(value)
    if isinstance(value, (int, float)):
        return str(value)
    return to_cell(str(value))


def format_decimal(d: Decimal) -> str:
    """`9656000000`, `21689.5`, `46`: no exponent, no trailing zeros."""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def document_row(r: DocResult) -> dict:
    return {"doc_id": r.doc_id, "source": r.source, "sha256": r.sha256, "encoding": r.encoding,
            "title": r.title, "published": r.published, "chars_raw": r.chars_raw,
            "chars_clean": len(r.clean), "lines_removed": sum(x.whole_line for x in r.removed),
            "status": r.status, "won_as": r.won_as, "won_evidence": r.won_evidence}


def span_rows(r: DocResult, spans: Iterable[PlaceMention | Fact]) -> list[dict]:
    """Rows of places or facts with doc_id and the index of the sentence holding each span."""
    starts = [s for s, _ in r.sentences]
    rows = []
    for span in sorted(spans, key=lambda x: (x.start, x.end)):
        row = {"doc_id": r.doc_id, "sent": max(0, bisect.bisect_right(starts, span.start) - 1)}
        row.update({f.name: getattr(span, f.name) for f in fields(span)})
        rows.append(row)
    return rows


def write_csv(path: Path, columns: list[str], rows: Iterable[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for row in rows:
            w.writerow([cell(row[c]) for c in columns])


def write_outputs(results: list[DocResult], out: Path) -> None:
    """Write every output file; clean texts of documents no longer in raw/ are removed."""
    results = sorted(results, key=lambda r: r.doc_id)
    write_csv(out / "documents.csv", DOC_COLUMNS, (document_row(r) for r in results))
    write_csv(out / "places.csv", PLACE_COLUMNS, (row for r in results for row in span_rows(r, r.places)))
    write_csv(out / "facts.csv", FACT_COLUMNS, (row for r in results for row in span_rows(r, r.facts)))
    clean_dir = out / "clean"
    wanted = set()
    for r in results:
        if r.error:
            continue
        path = out / clean_path(r.doc_id)
        wanted.add(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = r.clean.encode("utf-8") + b"\n"
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    if clean_dir.exists():
        for stale in clean_dir.rglob("*.txt"):
            if stale not in wanted:
                stale.unlink()
