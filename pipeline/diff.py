"""Semantic diff of two extracted/ folders, per document: rows are paired by what they
are (doc_id, surface, in order of appearance), so a shifted offset alone is no change."""
from __future__ import annotations

import csv
import io
import json
import subprocess
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.cells import from_cell

TABLES = ("documents", "places", "facts")
KEYS = {"documents": ("doc_id",), "places": ("doc_id", "surface"), "facts": ("doc_id", "surface")}
IGNORED = {"start", "end", "sent"}
# What a reader needs to see of an added or removed row.
SHOW = {"documents": ("status", "source", "title", "published", "chars_clean"),
        "places": ("surface", "name_zh", "adcode", "match"),
        "facts": ("surface", "value", "value_max", "unit", "qualifier", "change", "subject", "period", "place")}


def read_rows(path: Path) -> list[dict]:
    """Rows of one of our CSVs, with text cells as they were before the writer made them
    spreadsheet-safe (pipeline/cells.py)."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        return _unescape(csv.DictReader(f))


def parse_rows(text: str) -> list[dict]:
    return _unescape(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def _unescape(rows) -> list[dict]:
    return [{k: from_cell(v) for k, v in r.items()} for r in rows]


@dataclass
class TableDiff:
    table: str
    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    changed: list[tuple[dict, dict]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def diff_rows(table: str, old: list[dict], new: list[dict]) -> TableDiff:
    """Pair rows by key in order of appearance; unpaired rows are added or removed."""
    key = lambda r: tuple(r.get(c, "") for c in KEYS[table])  # noqa: E731
    pending: dict[tuple, list[dict]] = defaultdict(list)
    for r in old:
        pending[key(r)].append(r)
    d = TableDiff(table)
    for r in new:
        olds = pending.get(key(r))
        if not olds:
            d.added.append(r)
        elif _changed(o := olds.pop(0), r):
            d.changed.append((o, r))
    d.removed = [r for rows in pending.values() for r in rows]
    return d


def _changed(a: dict, b: dict) -> list[str]:
    return [c for c in a.keys() | b.keys() if c not in IGNORED and a.get(c, "") != b.get(c, "")]


def records(d: TableDiff) -> list[dict]:
    """One flat record per difference, sorted by document: for csv/json and for the text."""
    out = []
    for change, rows in (("added", d.added), ("removed", d.removed)):
        for r in rows:
            out.append({"table": d.table, "doc_id": r["doc_id"], "change": change, "surface": r.get("surface", ""),
                        "field": "", "old": "", "new": "", "row": {c: r.get(c, "") for c in SHOW[d.table]}})
    for o, n in d.changed:
        for c in sorted(_changed(o, n)):
            out.append({"table": d.table, "doc_id": n["doc_id"], "change": "changed", "surface": n.get("surface", ""),
                        "field": c, "old": o.get(c, ""), "new": n.get(c, ""), "row": {}})
    return sorted(out, key=lambda r: (r["doc_id"], r["table"], r["change"]))


def format_diff(d: TableDiff) -> str:
    return render_text(records(d))


def render_text(recs: list[dict]) -> str:
    lines, doc = [], None
    for r in recs:
        if r["doc_id"] != doc:
            doc = r["doc_id"]
            lines.append(doc)
        if r["change"] == "changed":
            lines.append(f"  ~ {r['table']:<9} {r['surface']}: {r['field']} {r['old']!r} -> {r['new']!r}")
        else:
            sign = "+" if r["change"] == "added" else "-"
            shown = "  ".join(f"{k}={v}" for k, v in r["row"].items() if v)
            lines.append(f"  {sign} {r['table']:<9} {shown}")
    return "\n".join(lines)


def render(recs: list[dict], fmt: str) -> str:
    if fmt == "text":
        return render_text(recs)
    flat = [{**{k: v for k, v in r.items() if k != "row"},
             "detail": "; ".join(f"{k}={v}" for k, v in r["row"].items() if v)} for r in recs]
    if fmt == "json":
        return json.dumps(flat, ensure_ascii=False, indent=1)
    cols = ["doc_id", "table", "change", "surface", "field", "old", "new", "detail"]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, cols, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(flat)
        return buf.getvalue()
    esc = lambda s: str(s).replace("|", "\\|")  # noqa: E731
    rows = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    rows += ["| " + " | ".join(esc(r[c]) for c in cols) + " |" for r in flat]
    return "\n".join(rows)


def load_tables(folder: Path | None = None, git_rev: str | None = None) -> dict[str, list[dict]]:
    """The three tables of an extracted/ folder, or of `extracted/` as committed at a git revision."""
    if git_rev is None:
        return {t: read_rows(folder / f"{t}.csv") for t in TABLES}
    tables = {}
    for t in TABLES:
        proc = subprocess.run(["git", "show", f"{git_rev}:extracted/{t}.csv"], capture_output=True)
        tables[t] = parse_rows(proc.stdout.decode("utf-8")) if proc.returncode == 0 else []
    return tables


def diff_folders(old: dict[str, list[dict]], new: dict[str, list[dict]]) -> list[dict]:
    return sorted((r for t in TABLES for r in records(diff_rows(t, old[t], new[t]))),
                  key=lambda r: (r["doc_id"], TABLES.index(r["table"]), r["change"]))
