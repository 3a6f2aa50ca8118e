"""`make eval`: score the pipeline against hand-checked expected rows.

Runs `python -m pipeline extract` over each part of a set and scores the output.
A set folder is laid out as `<set>/raw` + `<set>/expected`, or as parts
`<set>/<part>/raw` + `<set>/<part>/expected` (both may be present). An expected
folder holds any of:

    places.csv   doc_id,surface,name_zh,...
    facts.csv    doc_id,surface,value,unit,...,subject
    pages.csv    doc_id,title,published
    lines.csv    doc_id,kind,text        (kind: furniture | body)

With no `--set`, the development set (tests/devset and its parts) and the seeds
(raw/, expected rows in tests/golden/) are scored; `--set DIR` scores DIR
(`make eval SET=DIR`). Rows are compared as multisets: places keyed by
(doc_id, surface, name_zh), facts by (doc_id, value, unit) with values compared
as Decimals. A fact whose surface matches an expected one but whose value or
unit differs is a "wrong value" (it is also a miss and a false positive), and so
is one found at a part of an expected surface (`4.1개` of `4.1개 백분점`, `8900` of
`3억 4567만 8900`); a matched fact whose range end (`value_max`) differs, or whose
`change` is the opposite one, is a wrong value too. `qualifier` and `change` are
also compared on matched facts and their disagreements listed.
Cleaning is scored on the document's clean text (`<out>/clean/<doc_id>.txt`)
with all whitespace removed: a furniture line is removed when its text is not
in it, a body line kept when it is; a title is right when it equals
documents.csv's title after whitespace normalisation (both empty is right).
Prints the scores, then every miss per document. Exit 1 when a score is below a
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


TABLES = ("places", "facts", "pages", "lines")


@dataclass(frozen=True)
class EvalSet:
    name: str
    raw: Path
    expected: Path   # folder of the expected tables (any of TABLES)


def find_sets(folder: Path, name: str) -> list[EvalSet]:
    """`<set>/raw` and every `<set>/<part>/raw`, each with the `expected` folder beside it."""
    roots = [(name, folder)] + [(f"{name}/{d.name}", d) for d in sorted(folder.iterdir()) if d.is_dir()]
    return [EvalSet(n, d / "raw", d / "expected") for n, d in roots if (d / "raw").is_dir()]


def default_sets() -> list[EvalSet]:
    return find_sets(DEVSET, "devset") + [EvalSet("seeds", ROOT / "raw", ROOT / "tests" / "golden")]


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


def wrong_values(match: Match) -> list[tuple[Row, Row]]:
    """(expected, found) pairs at the same surface of the same document whose value or unit
    differ: the worst defect, a number that looks right and is not."""
    # Surfaces compare without whitespace: a hard wrap inside `62억\n원` is the same surface.
    pool: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in match.false_positives:
        pool[(row.get("doc_id", ""), squash(row.get("surface", "")))].append(row)
    pairs = []
    for row in match.misses:
        doc, surface = row.get("doc_id", ""), squash(row.get("surface", ""))
        found = pool.get((doc, surface)) or _around(pool, doc, surface)
        if surface and found:
            pairs.append((row, found.pop(0)))
    return pairs


def _around(pool: dict[tuple[str, str], list[Row]], doc: str, surface: str) -> list[Row] | None:
    """Rows found at a longer surface that holds the expected one whole (`인민폐 9억 원` for
    `9억 원`), or at a part of it (`4.1개` of `4.1개 백분점`, `8900` of `3억 4567만 8900`):
    the same figure read with another value or unit. Not when a digit or a decimal point
    runs on across the edge (`0.5%` does not hold `5%`)."""
    for (d, s), rows in pool.items():
        if d == doc and rows and s != surface and (_holds(s, surface) or _holds(surface, s)):
            return rows
    return None


def _holds(longer: str, part: str) -> bool:
    """`part` occurs in `longer` with no number running on across either edge."""
    at = longer.find(part) if part else -1
    if at < 0:
        return False
    before, after = longer[at - 1:at], longer[at + len(part):at + len(part) + 1]
    return not (_runs_on(before) and part[:1].isdigit()) and not (_runs_on(after) and part[-1:].isdigit())


def _runs_on(char: str) -> bool:
    """A digit or a decimal point or comma: a number going on through this character."""
    return char != "" and (char.isdigit() or char in ".,")


OPPOSITE = {("increase", "decrease"), ("decrease", "increase")}


def wrong_readings(match: Match) -> list[tuple[Row, Row, str]]:
    """Matched facts (same value and unit) that still say something else: another range end,
    or the opposite change (`46% 감소` read as an increase). Each is a wrong value."""
    out = []
    for e, f in match.pairs:
        if to_decimal(e.get("value_max", "")) != to_decimal(f.get("value_max", "")):
            out.append((e, f, "value_max"))
        elif (e.get("change", ""), f.get("change", "")) in OPPOSITE:
            out.append((e, f, "change"))
    return out


def column_disagreements(match: Match, column: str) -> list[tuple[Row, Row]]:
    """Matched facts whose `column` differs from the expected one (spaces trimmed)."""
    return [(e, f) for e, f in match.pairs if e.get(column, "").strip() != f.get(column, "").strip()]


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
        wrong, misread = wrong_values(facts), wrong_readings(facts)
        differs = {c: column_disagreements(facts, c) for c in ("qualifier", "change")}
        lines += [score_line("facts", facts),
                  f"subject {fmt(share)}  (matched facts whose subject equals the expected one)",
                  f"wrong values {len(wrong) + len(misread)}  (a fact at an expected surface, or a part of "
                  f"one, with another value or unit; a matched fact with another range end or the "
                  f"opposite change)",
                  "columns differ on matched facts: " + ", ".join(f"{c} {len(r)}" for c, r in differs.items())]
        failed += [f"{name} facts {m}" for m in below_floors(
            {"precision": facts.precision, "recall": facts.recall, "subject": share}, targets.get("facts", {}))]
    if "places" in expected:
        lines += grouped("places missed", places.misses, describe_place)
        lines += grouped("places false positives", places.false_positives, describe_place)
    if "facts" in expected:
        lines += grouped("facts missed", facts.misses, describe_fact)
        lines += grouped("facts false positives", facts.false_positives, describe_fact)
        lines += subject_mismatches(facts)
        lines += [f"  wrong value: {e.get('doc_id', '')}: {e.get('surface', '')}: expected "
                  f"{e.get('value', '')} {e.get('unit', '')}, got {f.get('value', '')} {f.get('unit', '')}"
                  for e, f in wrong]
        lines += [f"  wrong value: {e.get('doc_id', '')}: {e.get('surface', '')}: expected {column} "
                  f"{e.get(column, '')!r}, got {f.get(column, '')!r}" for e, f, column in misread]
        for column, rows in differs.items():
            lines += [f"  {column} differs: {e.get('doc_id', '')}: {e.get('surface', '')}: expected "
                      f"{e.get(column, '')!r}, got {f.get(column, '')!r}" for e, f in rows]
    return lines, failed


# ---------------------------------------------------------------- cleaning

def squash(text: str) -> str:
    return "".join(text.split())


@dataclass
class Share:
    """Items that passed out of those checked, and the ones that did not."""
    passed: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def value(self) -> float | None:
        total = self.passed + len(self.failures)
        return self.passed / total if total else None

    def add(self, ok: bool, failure: str) -> None:
        if ok:
            self.passed += 1
        else:
            self.failures.append(failure)


def score_lines(rows: list[Row], clean: Callable[[str], str | None]) -> tuple[Share, Share]:
    """(furniture removed, body kept) over lines.csv rows; `clean(doc_id)` is the
    document's clean text, None when the pipeline wrote none (nothing removed, nothing kept)."""
    removed, kept = Share(), Share()
    for row in rows:
        doc, kind, text = row.get("doc_id", ""), row.get("kind", "").strip(), row.get("text", "")
        body = clean(doc)
        present = body is not None and squash(text) in squash(body)
        if kind == "furniture":
            removed.add(body is not None and not present, f"{doc}: kept {text!r}")
        elif kind == "body":
            kept.add(present, f"{doc}: lost {text!r}")
        else:
            raise ValueError(f"lines.csv: kind must be furniture or body, not {kind!r} ({doc})")
    return removed, kept


def score_pages(rows: list[Row], documents: dict[str, Row]) -> tuple[Share, Share]:
    """(title right, published right) over pages.csv rows against documents.csv."""
    titles, dates = Share(), Share()
    for row in rows:
        doc = row.get("doc_id", "")
        found = documents.get(doc, {})
        want, got = " ".join(row.get("title", "").split()), " ".join(found.get("title", "").split())
        titles.add(want == got, f"{doc}: title expected {want!r}, got {got!r}")
        if "published" in row:
            want, got = row["published"].strip(), found.get("published", "").strip()
            dates.add(want == got, f"{doc}: published expected {want!r}, got {got!r}")
    return titles, dates


def evaluate_cleaning(name: str, expected: dict[str, list[Row]], documents: dict[str, Row],
                      clean: Callable[[str], str | None],
                      targets: dict[str, dict[str, float]]) -> tuple[list[str], list[str]]:
    """Report lines and failed floors for the cleaning tables (lines.csv, pages.csv)."""
    scores: dict[str, Share] = {}
    if "lines" in expected:
        scores["furniture_removed"], scores["body_kept"] = score_lines(expected["lines"], clean)
    if "pages" in expected:
        scores["title"], scores["published"] = score_pages(expected["pages"], documents)
    lines = [f"{label:<18} {fmt(share.value)}  ({share.passed} of {share.passed + len(share.failures)})"
             for label, share in scores.items()]
    for label, share in scores.items():
        if share.failures:
            lines.append(f"  {label} misses ({len(share.failures)}):")
            lines += [f"    - {f}" for f in share.failures]
    failed = [f"{name} cleaning {m}" for m in below_floors(
        {label: share.value for label, share in scores.items()}, targets.get("cleaning", {}))
        if m.split()[0] in scores]
    return lines, failed


# ---------------------------------------------------------------- running

def run_pipeline(raw: Path, out: Path) -> int:
    """Run the CLI as a user would; its exit status is reported, not fatal."""
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--raw", str(raw), "--out", str(out),
                           *EXTRACT_OPTIONS],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"note: pipeline exited with {proc.returncode} on {raw}:", file=sys.stderr)
        print("\n".join(proc.stderr.strip().splitlines()[-15:]), file=sys.stderr)
    return proc.returncode


def load_targets(path: Path) -> dict[str, dict[str, float]]:
    with open(path, "rb") as f:
        return tomllib.load(f)


def part_targets(targets: dict, name: str) -> dict[str, dict[str, float]]:
    """The floors for one set: the common ones, with a part's own exceptions (`[parts."<name>".facts]`
    in targets.toml, each with the reason beside it) over them."""
    own = targets.get("parts", {}).get(name, {})
    return {table: {**floors, **own.get(table, {})} for table, floors in targets.items() if table != "parts"}


def score_set(s: EvalSet, out: Path, targets: dict[str, dict[str, float]]) -> list[str]:
    """Run the pipeline on one set, print its report, return the failed floors."""
    targets = part_targets(targets, s.name)
    expected = {t: read_rows(s.expected / f"{t}.csv") for t in TABLES if (s.expected / f"{t}.csv").exists()}
    if not expected:
        print(f"note: {s.name}: no expected tables in {s.expected}; skipped\n")
        return []
    run_pipeline(s.raw, out)
    for table in ("places", "facts"):
        if table in expected and not (out / f"{table}.csv").exists():
            print(f"note: {s.name}: the pipeline wrote no {table}.csv; counted as no rows")
    found = {t: read_rows(out / f"{t}.csv") if (out / f"{t}.csv").exists() else []
             for t in ("places", "facts") if t in expected}
    lines, failed = evaluate(s.name, {t: expected[t] for t in found}, found, targets)
    if "lines" in expected or "pages" in expected:
        docs_csv = out / "documents.csv"
        documents = {r["doc_id"]: r for r in read_rows(docs_csv)} if docs_csv.exists() else {}

        def clean(doc_id: str) -> str | None:
            path = out / "clean" / f"{doc_id}.txt"
            return path.read_text(encoding="utf-8") if path.exists() else None

        more, more_failed = evaluate_cleaning(s.name, expected, documents, clean, targets)
        lines += more
        failed += more_failed
    print("\n".join(lines) + "\n")
    return failed


# Options given to every `extract` of the run (--subjects kiwi: score Kiwi's subjects).
EXTRACT_OPTIONS: list[str] = []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subjects", choices=["eojeol", "kiwi"], help="the subject reader extract uses")
    parser.add_argument("--no-floor", action="store_true", help="report only; always exit 0")
    parser.add_argument("--out", type=Path, help="keep the extracted files under this directory")
    parser.add_argument("--set", type=Path, help="score this set folder instead of the development set and seeds")
    args = parser.parse_args(argv)
    EXTRACT_OPTIONS[:] = ["--subjects", args.subjects] if args.subjects else []
    if args.set is not None and not args.set.is_dir():
        parser.error(f"--set {args.set}: no such folder")
    sets = find_sets(args.set, args.set.name) if args.set is not None else default_sets()
    if not sets:
        parser.error(f"--set {args.set}: no raw/ folder in it or in its parts")
    targets = load_targets(TARGETS)
    failed: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = args.out or Path(tmp)
        for s in sets:
            failed += score_set(s, base / s.name, targets)
    if failed:
        print("below floor (tests/devset/targets.toml):")
        print("\n".join(f"  {f}" for f in failed))
    else:
        print("all floors met")
    return 0 if args.no_floor or not failed else 1


if __name__ == "__main__":
    sys.exit(main())
