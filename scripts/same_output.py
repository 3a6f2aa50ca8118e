"""Check that a speed change left the output alone: a snapshot of everything the
per-document step returns, for every document of a fixed corpus, to compare before
and after.

    .venv/bin/python scripts/same_output.py write /tmp/before.jsonl      # on the old code
    .venv/bin/python scripts/same_output.py write /tmp/after.jsonl       # on the new code
    .venv/bin/python scripts/same_output.py compare /tmp/before.jsonl /tmp/after.jsonl

The corpus: the shipped samples (raw/), every development part (tests/devset, never a
held-out set), the sample sites of the cleaning tests, a generated bench corpus
(scripts/bench.py, `--mb`, seeded) and random mutations of the samples (scripts/fuzz.py,
`--fuzz`, seeded), which reach the odd paths. One JSON line per document holds every
field of its DocResult (the clean text, removed lines, sentences, places, facts, errors),
and each document that has template lines (pipeline/ingest/template.py: its source
folder's, as the engine finds them) is run with them too, and (code that has it) once
more from its first run's cleaning (pipeline/document.py:Resume, the engine's second
pass), which must give the same result: `write` fails when it does not. Subjects are read by the default
reader (the eojeol reader); `--kiwi` reads them with Kiwi instead (slow)."""
from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

SAMPLE_DIRS = [ROOT / "raw", ROOT / "tests" / "ingest" / "sites"] + \
    sorted(p for p in (ROOT / "tests" / "devset").glob("**/raw") if p.is_dir())
SUFFIXES = (".txt", ".html", ".htm")


def samples() -> list[tuple[str, bytes]]:
    docs = []
    for d in SAMPLE_DIRS:
        for p in sorted(d.rglob("*")):
            if p.is_file() and p.suffix.lower() in SUFFIXES:
                docs.append((f"{d.relative_to(ROOT).as_posix()}::{p.relative_to(d).as_posix()}", p.read_bytes()))
    return docs


def generated(mb: float) -> list[tuple[str, bytes]]:
    from bench import make_corpus
    with tempfile.TemporaryDirectory() as tmp:
        make_corpus(Path(tmp), mb)
        return [(f"bench::{p.relative_to(tmp).as_posix()}", p.read_bytes()) for p in sorted(Path(tmp).rglob("*.*"))]


def fuzzed(cases: int, seed: int = 3) -> list[tuple[str, bytes]]:
    from fuzz import mutate, seeds
    rng, base = random.Random(seed), seeds()
    return [(f"fuzz::{i:05d}_{name}", mutate(data, rng, rng.choice(base)[1]))
            for i, (name, data) in enumerate(rng.choice(base) for _ in range(cases))]


def _row(r) -> str:
    return json.dumps(dataclasses.asdict(r), ensure_ascii=False, default=str, sort_keys=True)


def write(path: Path, mb: float, cases: int, kiwi: bool) -> None:
    from pipeline.document import Seen, process
    from pipeline.facts import load_fact_rules
    from pipeline.ingest.template import assign
    from pipeline.rules import load_rules
    from pipeline.work import document_candidates
    rules = load_rules(stages=("places",))
    rules.facts = load_fact_rules(subjects="kiwi") if kiwi else load_fact_rules()
    docs = samples() + generated(mb) + fuzzed(cases)
    c = time.process_time()
    # Template lines per source folder, from the documents themselves, as the engine finds them.
    parts: dict[str, list[tuple[str, bytes]]] = {}
    for doc_id, data in docs:
        prefix, local = doc_id.split("::", 1)
        parts.setdefault(prefix, []).append((local, data))
    templates = {prefix: assign([(d, document_candidates(d, b, rules, d)) for d, b in items])
                 for prefix, items in parts.items()}
    resumed = differ = 0
    with path.open("w", encoding="utf-8") as out:
        for doc_id, data in docs:
            prefix, local = doc_id.split("::", 1)
            seen = Seen()
            out.write(_row(process(local, data, rules, local, seen=seen)) + "\n")
            template = templates[prefix].get(local)
            if template:
                with_template = _row(process(local, data, rules, local, template))
                out.write(with_template + "\n")
                # The engine's second pass goes on from the first's cleaning (document.Resume):
                # it must give the same result as cleaning from scratch.
                if getattr(seen, "resume", None) is not None:
                    resumed += 1
                    differ += _row(process(local, data, rules, local, template, resume=seen.resume)) != with_template
    print(f"{len(docs)} documents ({sum(len(b) for _, b in docs) / 1e6:.2f} MB) in "
          f"{time.process_time() - c:.1f} s CPU -> {path}; the second pass from the first's cleaning: "
          f"{resumed} documents, {differ} differ from cleaning from scratch")
    if differ:
        raise SystemExit(1)


def compare(a: Path, b: Path) -> int:
    old, new = (p.read_text(encoding="utf-8").split("\n") for p in (a, b))   # not splitlines: U+2028 stays raw in JSON
    differ = [i for i, (x, y) in enumerate(zip(old, new)) if x != y]
    for i in differ[:10]:
        x, y = json.loads(old[i]), json.loads(new[i])
        print(f"{x['doc_id']}: " + ", ".join(k for k in x if x[k] != y.get(k)))
    same = not differ and len(old) == len(new)
    print(f"{len(old)} / {len(new)} results, {len(differ)} differ: {'identical' if same else 'DIFFERENT'}")
    return 0 if same else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("path", type=Path)
    w.add_argument("--mb", type=float, default=3.0, help="size of the generated bench corpus")
    w.add_argument("--fuzz", type=int, default=2000, help="mutated samples")
    w.add_argument("--kiwi", action="store_true", help="subjects read by Kiwi (slow)")
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.command == "write":
        write(args.path, args.mb, args.fuzz, args.kiwi)
        return 0
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
