"""Per-stage figures of the per-document step, with each subject reader, and what
Kiwi costs in it.

    .venv/bin/python -m pipeline.facts.bench [--copies 12]

The corpus is every sample document (raw/, tests/devset/raw, tests/ingest/sites;
never a held-out set) in `copies` versions whose digits are re-drawn, so that no
cache of repeated sentences helps. Each stage is timed over the whole corpus in one
run (wall and CPU seconds; the machine is shared, so compare within a run), with
the eojeol reader (the default), with Kiwi (`--subjects kiwi`), and "naive": Kiwi
on the whole of every sentence that holds a figure (the approach before the
windows), for the ratio.

`stage_times(docs, rules)` is the function scripts/bench.py calls."""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = [ROOT / "raw", ROOT / "tests" / "devset" / "raw", ROOT / "tests" / "ingest" / "sites"]
_SUFFIXES = (".txt", ".html", ".htm")


def varied_corpus(copies: int = 12, seed: int = 7) -> list[tuple[str, bytes]]:
    """(doc_id, bytes) of every sample document in `copies` versions, digits re-drawn
    in all but the first; doc_id keeps the source folder, so profiles still apply."""
    rng = random.Random(seed)
    docs = []
    for folder in SAMPLES:
        for path in sorted(folder.rglob("*")):
            if not (path.is_file() and path.suffix.lower() in _SUFFIXES):
                continue
            rel = path.relative_to(folder)
            data = path.read_bytes()
            for i in range(copies):
                v = re.sub(rb"[0-9]", lambda m: b"%d" % rng.randint(0, 9), data) if i else data
                docs.append((f"{rel.parts[0]}/v{i:02d}_{path.name}", v))
    return docs


@contextmanager
def _clock(out: dict, name: str, mb: float):
    w, c = time.perf_counter(), time.process_time()
    yield
    wall, cpu = time.perf_counter() - w, time.process_time() - c
    out[name] = {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "mb_per_s_cpu": round(mb / max(cpu, 1e-9), 3)}


def stage_times(docs: list[tuple[str, bytes]], rules) -> dict:
    """Seconds (wall and CPU) and MB/s of raw input per CPU second for each stage of
    the step over `docs`, in data-flow order, plus Kiwi's share of the facts stage
    (zeros when the eojeol reader reads the subjects). `rules` is
    pipeline.rules.load_rules(); Kiwi, when it is the reader, is created first (not
    timed here: start-up is measured on its own)."""
    from pipeline.document import clean_into, process
    from pipeline.facts import find_facts
    from pipeline.model import DocResult
    from pipeline.places import find_places
    from pipeline.segment import split_sentences
    kiwi = rules.facts.kiwi if rules.facts.reader == "kiwi" else None
    if kiwi is not None:
        kiwi.load()
    mb = sum(len(b) for _, b in docs) / 1e6
    out: dict = {"documents": len(docs), "raw_mb": round(mb, 3), "subjects": rules.facts.reader}
    results = []
    with _clock(out, "ingest", mb):
        for doc_id, data in docs:
            r = DocResult(doc_id=doc_id)
            try:
                _, profile = clean_into(r, data, rules)
                results.append((r.clean, profile.won_means_yuan))
            except Exception:
                pass
    with _clock(out, "sentences", mb):
        sents = [split_sentences(c) for c, _ in results]
    with _clock(out, "places", mb):
        places = [find_places(c, rules.gazetteer) for c, _ in results]
    _forget(rules)
    calls, chars, secs = (kiwi.calls, kiwi.chars, kiwi.seconds) if kiwi else (0, 0, 0.0)
    with _clock(out, "facts", mb):
        n_facts = sum(len(find_facts(c, s, p, rules.facts, won)) for (c, won), s, p in zip(results, sents, places))
    clean_chars = sum(len(c) for c, _ in results)
    d_calls, d_chars, d_secs = (kiwi.calls - calls, kiwi.chars - chars, kiwi.seconds - secs) if kiwi else (0, 0, 0.0)
    out["kiwi"] = {"calls": d_calls, "chars": d_chars,
                   "share_of_clean_chars": round(d_chars / max(clean_chars, 1), 3),
                   "seconds": round(d_secs, 3),
                   "share_of_facts": round(d_secs / max(out["facts"]["wall_s"], 1e-9), 3),
                   "facts": n_facts}
    _forget(rules)
    with _clock(out, "whole step", mb):
        for doc_id, data in docs:
            process(doc_id, data, rules)
    return out


def _forget(rules) -> None:
    """Empty the subject reader's memo (Kiwi's cache, the eojeol reader's words), so
    that a timed pass starts cold."""
    if rules.facts.kiwi is not None:
        rules.facts.kiwi._cache.clear()
    if rules.facts.eojeol is not None:
        rules.facts.eojeol.forget()


@contextmanager
def whole_sentences():
    """Kiwi on the whole of every sentence with a figure (the naive approach)."""
    tokens = sys.modules["pipeline.facts.tokens"]
    saved = tokens.LEVELS
    tokens.LEVELS = []
    try:
        yield
    finally:
        tokens.LEVELS = saved


def load_times() -> dict:
    """CPU seconds to import the step and load each part of the rules (in this process:
    run it in a fresh one for start-up figures)."""
    out = {}
    c = time.process_time()
    from pipeline.rules import load_rules
    import pipeline.document  # noqa: F401
    out["import"] = time.process_time() - c
    c = time.process_time()
    rules = load_rules(stages=())
    out["profiles+normaliser"] = time.process_time() - c
    c = time.process_time()
    from pipeline.places import load_gazetteer
    rules.gazetteer = load_gazetteer()
    out["gazetteer"] = time.process_time() - c
    c = time.process_time()
    from pipeline.facts import load_fact_rules
    rules.facts = load_fact_rules()
    out["fact rules with the eojeol reader"] = time.process_time() - c
    c = time.process_time()
    load_fact_rules(subjects="kiwi").kiwi.load()
    out["fact rules with Kiwi, created (--subjects kiwi)"] = time.process_time() - c
    return {k: round(v, 3) for k, v in out.items()}


def bench(copies: int = 2) -> dict:
    """The figures of stage_times on a small varied corpus (scripts/bench.py prints them)."""
    from pipeline.rules import load_rules
    figures = stage_times(varied_corpus(copies), load_rules())
    return {"raw_mb": figures["raw_mb"], "facts_mb_per_cpu_s": figures["facts"]["mb_per_s_cpu"],
            **{f"kiwi_{k}": v for k, v in figures["kiwi"].items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=12)
    args = ap.parse_args()
    loads = load_times()
    print("load, CPU s:", ", ".join(f"{k} {v}" for k, v in loads.items()))
    from pipeline.rules import load_rules
    eojeol, kiwi = load_rules(), load_rules(subjects="kiwi")
    docs = varied_corpus(args.copies)
    for name, rules, ctx in (("eojeol reader (default)", eojeol, None),
                             ("Kiwi reader on windows (--subjects kiwi)", kiwi, None),
                             ("naive: Kiwi on whole sentences", kiwi, whole_sentences())):
        if ctx is None:
            figures = stage_times(docs, rules)
        else:
            with ctx:
                figures = stage_times(docs, rules)
        print(f"\n{name}: {figures['documents']} documents, {figures['raw_mb']} MB raw")
        for stage in ("ingest", "sentences", "places", "facts", "whole step"):
            f = figures[stage]
            print(f"  {stage:<12} wall {f['wall_s']:7.2f} s  CPU {f['cpu_s']:7.2f} s  {f['mb_per_s_cpu']:7.2f} MB/s per CPU s")
        print("  Kiwi:", ", ".join(f"{k} {v}" for k, v in figures["kiwi"].items()))


if __name__ == "__main__":
    main()


def one_document(mb: float, rules, one_line: bool = False) -> dict:
    """CPU seconds per stage for one plain-text document of about `mb` MB made of
    the sample reports (`one_line`: with every line break removed, as a PDF dump
    can be), and MB/s per CPU second: every stage must be linear, so the rates for
    1 MB and 10 MB stay within 2x of each other (issue 9)."""
    from pipeline.facts import find_facts
    from pipeline.places import find_places
    from pipeline.segment import split_sentences
    base = "\n".join((ROOT / "tests" / "golden" / "clean" / src).joinpath(p.name).read_text(encoding="utf-8")
                     for src in ("report-2004", "news-2025")
                     for p in sorted((ROOT / "tests" / "golden" / "clean" / src).glob("*.txt")))
    if one_line:
        base = base.replace("\n", " ")
    size = len(base.encode("utf-8"))
    rng = random.Random(7)      # digits re-drawn in every copy, so that no cache helps
    text = ("\n" if not one_line else " ").join(
        re.sub(r"[0-9]", lambda m: str(rng.randint(0, 9)), base) for _ in range(max(1, round(mb * 1e6 / size))))
    real_mb = len(text.encode("utf-8")) / 1e6
    out = {"mb": round(real_mb, 2)}
    for name, fn in (("sentences", lambda: split_sentences(text)),
                     ("places", lambda: find_places(text, rules.gazetteer))):
        c = time.process_time()
        result = fn()
        out[name] = round(time.process_time() - c, 2)
        if name == "sentences":
            sents = result
        else:
            places = result
    _forget(rules)
    c = time.process_time()
    find_facts(text, sents, places, rules.facts)
    out["facts"] = round(time.process_time() - c, 2)
    out["mb_per_s"] = round(real_mb / (out["sentences"] + out["places"] + out["facts"]), 3)
    return out
