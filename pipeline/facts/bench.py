"""Facts throughput over the seeds' clean texts, and the share of it spent in Kiwi.

    .venv/bin/python -m pipeline.facts.bench
"""
from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ["report-2004/000_8c6fa38a57622a72.txt", "news-2025/004_781489ab579a93bd.txt"]


class _TimedKiwi:
    """Wraps the Kiwi instance to add up the time spent in tokenize()."""

    def __init__(self, kiwi):
        self.kiwi, self.seconds, self.calls = kiwi, 0.0, 0

    def tokenize(self, text: str):
        t = time.perf_counter()
        out = self.kiwi.tokenize(text)
        self.seconds += time.perf_counter() - t
        self.calls += 1
        return out


def _inputs(rules) -> list[tuple[str, list, list]]:
    from pipeline.document import clean_into
    from pipeline.model import DocResult
    from pipeline.segment import split_sentences
    docs = []
    for doc_id in SEEDS:
        r = DocResult(doc_id=doc_id)
        clean_into(r, (ROOT / "raw" / doc_id).read_bytes(), rules)
        places = []
        if rules.gazetteer is not None:
            from pipeline.places import find_places
            places = find_places(r.clean, rules.gazetteer)
        docs.append((r.clean, split_sentences(r.clean), places))
    return docs


def bench(repeat: int = 5) -> dict:
    """Facts MB/s (UTF-8 clean text) over the seeds, best of `repeat`, and Kiwi's share."""
    from pipeline.facts import find_facts
    from pipeline.rules import load_rules
    t = time.perf_counter()
    rules = load_rules()
    load_s = time.perf_counter() - t
    docs = _inputs(rules)
    mb = sum(len(c.encode("utf-8")) for c, _, _ in docs) / 1e6
    timed = _TimedKiwi(rules.facts.kiwi)
    rules.facts.kiwi = timed
    best, kiwi_s, n_facts = float("inf"), 0.0, 0
    for _ in range(repeat):
        timed.seconds = 0.0
        t = time.perf_counter()
        n_facts = sum(len(find_facts(c, s, p, rules.facts)) for c, s, p in docs)
        secs = time.perf_counter() - t
        if secs < best:
            best, kiwi_s = secs, timed.seconds
    rules.facts.kiwi = timed.kiwi
    return {"mb": round(mb, 4), "facts": n_facts, "seconds": round(best, 4),
            "mb_per_s": round(mb / best, 3), "kiwi_share": round(kiwi_s / best, 3),
            "kiwi_calls_per_run": timed.calls // repeat, "load_rules_s": round(load_s, 2)}


if __name__ == "__main__":
    for k, v in bench().items():
        print(f"{k:<20} {v}")
