"""`make bench`: load times and per-stage throughput over every document we have
(raw/ seeds, tests/devset/raw, tests/ingest/sites). Throughput is MB of clean text
(UTF-8) per second, best of --repeat runs, on one core."""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.discover import find_documents  # noqa: E402
from pipeline.document import clean_into, process  # noqa: E402
from pipeline.model import DocResult  # noqa: E402
from pipeline.rules import load_rules  # noqa: E402
from pipeline.segment import split_sentences  # noqa: E402

CORPORA = [ROOT / "raw", ROOT / "tests" / "devset" / "raw", ROOT / "tests" / "ingest" / "sites"]


def timed(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--kiwi", action="store_true", help="also time Kiwi's sentence splitter (slow)")
    args = ap.parse_args()

    docs = [(f.doc_id, f.path.read_bytes()) for corpus in CORPORA if corpus.exists()
            for f in find_documents(corpus) if not f.problem]
    print(f"corpus: {len(docs)} documents, {sum(len(b) for _, b in docs) / 1e6:.2f} MB raw")

    t = time.perf_counter(); rules = load_rules(stages=()); t_ingest = time.perf_counter() - t
    from pipeline.places import find_places, load_gazetteer
    t = time.perf_counter(); gaz = load_gazetteer(); t_gaz = time.perf_counter() - t
    from pipeline.facts import find_facts, load_fact_rules
    t = time.perf_counter(); facts_rules = load_fact_rules(); facts_rules.kiwi.load(); t_facts = time.perf_counter() - t
    rules.gazetteer, rules.facts = gaz, facts_rules
    print(f"load: profiles+normaliser {t_ingest:.3f} s, gazetteer {t_gaz:.3f} s, fact rules + Kiwi {t_facts:.3f} s")
    from pipeline.places.build import build as build_gazetteer
    with tempfile.TemporaryDirectory() as tmp:   # not over the shipped tables
        print(f"gazetteer build from packaged data: {timed(lambda: build_gazetteer(Path(tmp)), 1):.2f} s")

    cleaned = []
    for doc_id, data in docs:
        r = DocResult(doc_id=doc_id)
        try:
            clean_into(r, data, rules)
            cleaned.append(r.clean)
        except Exception:
            pass
    mb = sum(len(c.encode("utf-8")) for c in cleaned) / 1e6
    sents = [split_sentences(c) for c in cleaned]

    def each(fn):
        return lambda: [fn(c, s) for c, s in zip(cleaned, sents)]

    stages = {
        "ingest (decode, html, clean)": lambda: [clean_into(DocResult(doc_id=d), b, rules) for d, b in docs],
        "sentences (rules)": lambda: [split_sentences(c) for c in cleaned],
        "places": each(lambda c, s: find_places(c, gaz)),
        "facts": each(lambda c, s: find_facts(c, s, find_places(c, gaz), facts_rules)),
        "whole document step": lambda: [process(d, b, rules) for d, b in docs],
    }
    if args.kiwi:
        kiwi = facts_rules.kiwi.kiwi
        stages["sentences (Kiwi split_into_sents)"] = lambda: [kiwi.split_into_sents(c) for c in cleaned]
    print(f"clean text: {mb:.3f} MB")
    for name, fn in stages.items():
        secs = timed(fn, args.repeat)
        print(f"{name:<36} {secs:8.3f} s  {mb / secs:8.2f} MB/s")


if __name__ == "__main__":
    main()
