"""`make eval`: score the pipeline against hand-checked expected rows.

Runs `python -m pipeline extract` over the development set (tests/devset/raw,
expected rows in tests/devset/expected) and over the seeds (raw/, expected rows
in the golden files tests/golden/{places,facts}.csv, skipped while missing).
Rows are compared as multisets: places keyed by (doc_id, surface, name_zh),
facts by (doc_id, value, unit) with values compared as Decimals. Prints
precision, recall and F1, the share of matched facts whose subject agrees, then
every miss and false positive per document. Exit 1 when a score is below a
floor in tests/devset/targets.toml, 0 otherwise (`--no-floor`: always 0).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable, Hashable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pipeline.diff import read_rows  # noqa: E402  (one CSV reader for the whole project)

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "devset"
TARGETS = DEVSET / "targets.toml"

Row = dict[str, str]


@dataclass(frozen=True)
class EvalSet:
    name: str
    raw: Path
    expected_places: Path
    expected_facts: Path


SETS = [
    EvalSet("devset", DEVSET / "raw", DEVSET / "expected" / "places.csv", DEVSET / "expected" / "facts.csv"),
    EvalSet("seeds", ROOT / "raw", ROOT / "tests" / "golden" / "places.csv", ROOT / "tests" / "golden" / "facts.csv"),
]


# ---------------------------------------------------------------- comparison

def place_key(row: Row) -> tuple[str, str, str]:
    return (row.get("doc_id", ""), row.get("surface", ""), row.get("name_zh", ""))


def to_decimal(text: str) -> Decimal | str:
    """The value as a Decimal (so `46` equals `46.0`); unparsable text stays text."""
    try:
        return Decimal(text.strip())
    except (InvalidOperation, AttributeError):
        return text


def fact_key(row: Row) -> tuple[str, Decimal | str, str]:
    return (row.get("doc_id", ""), to_decimal(row.get("value", "")), row.get("unit", ""))


@dataclass
class Match:
    """Outcome of a multiset comparison; `pairs` are (expected, found) rows with equal keys."""
    pairs: list[tuple[Row, Row]] = field(default_factory=list)
    misses: list[Row] = field(default_factory=list)
    false_positives: list[Row] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        found = len(self.pairs) + len(self.false_positives)
        return len(self.pairs) / found if found else None

    @property
    def recall(self) -> float | None:
        expected = len(self.pairs) + len(self.misses)
        return len(self.pairs) / expected if expected else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)


def compare(expected: list[Row], found: list[Row], key: Callable[[Row], Hashable]) -> Match:
    """Multiset comparison. Rows with the same key pair up in the order given
    (both sides are in reading order), so the subject check compares like with like."""
    by_key: dict[Hashable, list[Row]] = defaultdict(list)
    for row in found:
        by_key[key(row)].append(row)
    match = Match()
    for row in expected:
        candidates = by_key.get(key(row))
        if candidates:
            match.pairs.append((row, candidates.pop(0)))
        else:
            match.misses.append(row)
    for row in found:  # keep the found order for the report
        k = key(row)
        if by_key.get(k) and row in by_key[k]:
            by_key[k].remove(row)
            match.false_positives.append(row)
    return match


def subject_share(match: Match) -> float | None:
    """Share of matched facts whose subject equals the expected one (spaces trimmed)."""
    if not match.pairs:
        return None
    same = sum(e.get("subject", "").strip() == f.get("subject", "").strip() for e, f in match.pairs)
    return same / len(match.pairs)


def below_floors(scores: dict[str, float | None], floors: dict[str, float]) -> list[str]:
    """Names of the floors not met. An undefined score (n/a) fails its floor only when
    the floor asks for something (> 0): finding nothing is not a pass."""
    failed = []
    for name, floor in floors.items():
        score = scores.get(name)
        if (score is None and floor > 0) or (score is not None and score < floor):
            failed.append(f"{name} {fmt(score)} < {floor}")
    return failed


# ---------------------------------------------------------------- reporting

def fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def describe_place(row: Row) -> str:
    return f"{row.get('surface', '')} -> {row.get('name_zh', '')}"


def describe_fact(row: Row) -> str:
    extra = f"  [subject: {row['subject']}]" if row.get("subject") else ""
    return f"{row.get('surface', '')} = {row.get('value', '')} {row.get('unit', '')}{extra}"


def grouped(title: str, rows: list[Row], describe: Callable[[Row], str]) -> list[str]:
    """Readable listing of rows, grouped per document."""
    if not rows:
        return []
    out = [f"  {title} ({len(rows)}):"]
    per_doc: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        per_doc[row.get("doc_id", "")].append(row)
    for doc in sorted(per_doc):
        out.append(f"    {doc}")
        out.extend(f"      - {describe(r)}" for r in per_doc[doc])
    return out


def subject_mismatches(match: Match) -> list[str]:
    rows = [(e, f) for e, f in match.pairs if e.get("subject", "").strip() != f.get("subject", "").strip()]
    if not rows:
        return []
    out = [f"  subject differs ({len(rows)}):"]
    for e, f in rows:
        out.append(f"    {e.get('doc_id', '')}: {e.get('surface', '')}: "
                   f"expected {e.get('subject', '')!r}, got {f.get('subject', '')!r}")
    return out


def score_line(label: str, match: Match) -> str:
    return (f"{label:<7} P {fmt(match.precision)}  R {fmt(match.recall)}  F1 {fmt(match.f1)}  "
            f"(found {len(match.pairs) + len(match.false_positives)}, "
            f"expected {len(match.pairs) + len(match.misses)}, matched {len(match.pairs)})")


def evaluate(name: str, expected: dict[str, list[Row]], found: dict[str, list[Row]],
             targets: dict[str, dict[str, float]]) -> tuple[list[str], list[str]]:
    """Report lines and failed floors for one set. `expected` maps "places"/"facts"
    to rows; a table absent from it is not scored (its expected file is missing)."""
    lines, failed = [f"== {name} =="], []
    if "places" in expected:
        places = compare(expected["places"], found.get("places", []), place_key)
        lines.append(score_line("places", places))
        failed += [f"{name} places {m}" for m in below_floors(
            {"precision": places.precision, "recall": places.recall}, targets.get("places", {}))]
    if "facts" in expected:
        facts = compare(expected["facts"], found.get("facts", []), fact_key)
        share = subject_share(facts)
        lines += [score_line("facts", facts),
                  f"subject {fmt(share)}  (matched facts whose subject equals the expected one)"]
        failed += [f"{name} facts {m}" for m in below_floors(
            {"precision": facts.precision, "recall": facts.recall, "subject": share}, targets.get("facts", {}))]
    if "places" in expected:
        lines += grouped("places missed", places.misses, describe_place)
        lines += grouped("places false positives", places.false_positives, describe_place)
    if "facts" in expected:
        lines += grouped("facts missed", facts.misses, describe_fact)
        lines += grouped("facts false positives", facts.false_positives, describe_fact)
        lines += subject_mismatches(facts)
    return lines, failed


# ---------------------------------------------------------------- running

def run_pipeline(raw: Path, out: Path) -> int:
    """Run the CLI as a user would; its exit status is reported, not fatal."""
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--raw", str(raw), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"note: pipeline exited with {proc.returncode} on {raw}:", file=sys.stderr)
        print("\n".join(proc.stderr.strip().splitlines()[-15:]), file=sys.stderr)
    return proc.returncode


def load_targets(path: Path) -> dict[str, dict[str, float]]:
    with open(path, "rb") as f:
        return tomllib.load(f)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-floor", action="store_true", help="report only; always exit 0")
    parser.add_argument("--out", type=Path, help="keep the extracted files under this directory")
    args = parser.parse_args(argv)
    targets = load_targets(TARGETS)
    failed: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = args.out or Path(tmp)
        for s in SETS:
            files = {"places": s.expected_places, "facts": s.expected_facts}
            for table, path in files.items():
                if not path.exists():
                    print(f"note: {s.name}: {path.relative_to(ROOT)} does not exist yet; {table} skipped")
            expected = {t: read_rows(p) for t, p in files.items() if p.exists()}
            if not expected:
                print()
                continue
            out = base / s.name
            run_pipeline(s.raw, out)
            for table in expected:
                if not (out / f"{table}.csv").exists():
                    print(f"note: {s.name}: the pipeline wrote no {table}.csv; counted as no rows")
            found = {t: read_rows(out / f"{t}.csv") for t in expected}
            lines, set_failed = evaluate(s.name, expected, found, targets)
            print("\n".join(lines) + "\n")
            failed += set_failed
    if failed:
        print("below floor (tests/devset/targets.toml):")
        print("\n".join(f"  {f}" for f in failed))
    else:
        print("all floors met")
    return 0 if args.no_floor or not failed else 1


if __name__ == "__main__":
    sys.exit(main())
