"""Semantic diff of extracted rows: keyed so that a shifted offset alone is no change."""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# What identifies a row (besides doc_id), and what may change about it.
KEYS = {
    "documents": ("doc_id",),
    "places": ("doc_id", "surface"),
    "facts": ("doc_id", "surface"),
}
IGNORED = {"start", "end", "sent", "sha256"}


def read_rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


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
    key_cols = [c for c in KEYS.get(table, ("doc_id",)) if not old or c in old[0]] or ["doc_id"]
    key = lambda r: tuple(r.get(c, "") for c in key_cols)  # noqa: E731
    pending: dict[tuple, list[dict]] = defaultdict(list)
    for r in old:
        pending[key(r)].append(r)
    d = TableDiff(table)
    for r in new:
        olds = pending.get(key(r))
        if not olds:
            d.added.append(r)
            continue
        o = olds.pop(0)
        if _changed(o, r):
            d.changed.append((o, r))
    d.removed = [r for rows in pending.values() for r in rows]
    return d


def _changed(a: dict, b: dict) -> list[str]:
    return [c for c in sorted(set(a) | set(b)) if c not in IGNORED and a.get(c, "") != b.get(c, "")]


def format_diff(d: TableDiff, show: tuple[str, ...] = ()) -> str:
    """Readable lines, grouped per document: `+ ` added, `- ` removed, `~ ` changed."""
    lines: list[str] = []
    by_doc: dict[str, list[str]] = defaultdict(list)
    brief = lambda r: "  ".join(f"{c}={r[c]}" for c in (show or r.keys()) if c in r and r[c] and c != "doc_id")  # noqa: E731
    for r in d.added:
        by_doc[r["doc_id"]].append(f"  + {brief(r)}")
    for r in d.removed:
        by_doc[r["doc_id"]].append(f"  - {brief(r)}")
    for o, n in d.changed:
        changes = ", ".join(f"{c}: {o.get(c, '')!r} -> {n.get(c, '')!r}" for c in _changed(o, n))
        by_doc[n["doc_id"]].append(f"  ~ {n.get('surface', '')}: {changes}")
    for doc in sorted(by_doc):
        lines.append(f"{d.table} {doc}:")
        lines.extend(by_doc[doc])
    return "\n".join(lines)
