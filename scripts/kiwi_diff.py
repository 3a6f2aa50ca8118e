"""Differential checks of the subject readers.

    .venv/bin/python scripts/kiwi_diff.py --readers            # eojeol reader against Kiwi
    .venv/bin/python scripts/kiwi_diff.py --readers --bench-mb 1 --show 400 --seed 3
    .venv/bin/python scripts/kiwi_diff.py                 # Kiwi windows against whole sentences
    .venv/bin/python scripts/kiwi_diff.py --bench-mb 2    # and a generated bench corpus

`--readers`: every figure's subject from the eojeol reader (pipeline/facts/eojeol.py,
the default) against Kiwi's (`--subjects kiwi`), per set (raw/, each part of
tests/devset, the sentences of tests/facts/subject_sentences.txt, the bench corpus): counts of figures, of differing subjects and of
figures where any other column differs (a count of places takes its `place` by its
subject, so that column could follow), the CPU
seconds of the facts stage with each reader, and the differences themselves (a
random sample of `--show` when there are more, `--seed` for another one), to be read.

Without it: every figure's subject with Kiwi on the windows around the figures
(pipeline/facts/tokens.py) against Kiwi on the whole sentence.

Prints, per corpus, the share of sentences that hold a figure, the figures, how
many subjects differ (each one listed with its sentence), the characters Kiwi
analysed and the CPU seconds of the facts stage on each path. Exit 1 when a
subject differs on raw/ or tests/devset. Held-out sets are never read.

A faster path (a cheap pre-check, words analysed alone and cached, ...) is checked
the same way: make it a third path of `compare`."""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

_SUFFIXES = (".txt", ".html", ".htm")


def dev_folders() -> list[Path]:
    devset = ROOT / "tests" / "devset"
    parts = [d / "raw" for d in sorted(devset.iterdir()) if (d / "raw").is_dir()]
    return [ROOT / "raw", devset / "raw"] + parts


def prepared(folders: list[Path], rules) -> list[tuple]:
    """(doc_id, clean, sentences, places, won_means_yuan) of every document."""
    from pipeline.document import clean_into
    from pipeline.model import DocResult
    from pipeline.places import find_places
    from pipeline.segment import split_sentences
    out = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if not (path.is_file() and path.suffix.lower() in _SUFFIXES):
                continue
            r = DocResult(doc_id=path.relative_to(folder).as_posix())
            try:
                _, profile = clean_into(r, path.read_bytes(), rules, str(path))
            except Exception:
                continue            # refused documents have no figures
            out.append((f"{folder.parent.name}/{r.doc_id}", r.clean, split_sentences(r.clean),
                        find_places(r.clean, rules.gazetteer), profile.won_means_yuan))
    return out


def subjects(docs: list[tuple], rules, levels) -> tuple[list[tuple], dict]:
    """(doc_id, start, surface, subject, sentence) of every figure with Kiwi on the
    window `levels` (tokens.LEVELS; [] for whole sentences), and the cost."""
    from pipeline.facts import find_facts
    tokens = sys.modules["pipeline.facts.tokens"]
    kiwi = rules.facts.kiwi
    saved, tokens.LEVELS = tokens.LEVELS, levels
    kiwi._cache.clear()
    chars, calls, cpu = kiwi.chars, kiwi.calls, time.process_time()
    try:
        rows = [(d, f.start, f.surface, f.subject, f.sentence) for d, clean, sents, places, won in docs
                for f in find_facts(clean, sents, places, rules.facts, won)]
    finally:
        tokens.LEVELS = saved
    return rows, {"kiwi_calls": kiwi.calls - calls, "kiwi_chars": kiwi.chars - chars,
                  "cpu_s": round(time.process_time() - cpu, 2)}


def compare(name: str, docs: list[tuple], rules, show: int) -> int:
    tokens = sys.modules["pipeline.facts.tokens"]
    whole, cost_whole = subjects(docs, rules, [])
    fast, cost_fast = subjects(docs, rules, tokens.LEVELS)
    assert [r[:3] for r in whole] == [r[:3] for r in fast]
    diff = [(a, b) for a, b in zip(fast, whole) if a[3] != b[3]]
    clean = sum(len(d[1]) for d in docs)
    starts = {(r[0], r[1]) for r in whole}
    held = sum(any((d[0], x) in starts for x in range(a, b)) for d in docs for a, b in d[2])
    print(f"{name}: sentences holding a figure: {held} of {sum(len(d[2]) for d in docs)}")
    print(f"{name}: {len(docs)} documents, {clean} clean characters, {len(whole)} figures, "
          f"{sum(1 for r in whole if r[3])} with a subject; subjects that differ: {len(diff)} "
          f"({len(diff) / max(len(whole), 1):.2%})")
    print(f"  Kiwi on whole sentences:   {cost_whole}")
    print(f"  Kiwi on windows (shipped): {cost_fast}; {cost_fast['kiwi_chars'] / max(clean, 1):.0%} "
          f"of the clean text")
    for a, b in diff[:show]:
        print(f"    {a[0]} {a[2]!r}: windows {a[3]!r}, whole {b[3]!r} | {a[4][:140]}")
    return len(diff)


OWN_SENTENCES = ROOT / "tests" / "facts" / "subject_sentences.txt"


def sentence_docs(path: Path, rules) -> list[tuple]:
    """Each line of `path` (but # comments) as a clean text, prepared like a document."""
    from pipeline.places import find_places
    from pipeline.segment import split_sentences
    lines = [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")]
    return [(f"{path.name}:{i + 1}", x, split_sentences(x), find_places(x, rules.gazetteer), False)
            for i, x in enumerate(lines)]


def reader_rows(docs: list[tuple], facts_rules) -> tuple[list[tuple], float]:
    """(doc_id, start, surface, subject, sentence, every other field) of every figure
    with these fact rules, and the CPU seconds of the facts stage."""
    import dataclasses
    from pipeline.facts import find_facts
    cpu = time.process_time()
    rows = [(d, f.start, f.surface, f.subject, f.sentence,
             tuple(v for k, v in dataclasses.asdict(f).items() if k != "subject"))
            for d, clean, sents, places, won in docs for f in find_facts(clean, sents, places, facts_rules, won)]
    return rows, time.process_time() - cpu


def compare_readers(sets: list[tuple[str, list[tuple]]], eojeol, kiwi, show: int, seed: int) -> list[tuple]:
    """Subjects of the eojeol reader against Kiwi's, per set; returns every difference
    as (set, doc_id, surface, eojeol subject, Kiwi subject, sentence)."""
    import random
    diffs = []
    print(f"{'set':<28} {'docs':>5} {'figures':>8} {'differ':>7} {'other':>6}  {'eojeol CPU s':>12} {'Kiwi CPU s':>10}")
    print("(differ: subjects that differ; other: figures where another column differs)")
    for name, docs in sets:
        mine, t_mine = reader_rows(docs, eojeol)
        theirs, t_theirs = reader_rows(docs, kiwi)
        assert [r[:3] for r in mine] == [r[:3] for r in theirs]   # the same figures
        differ = [(name, a[0], a[2], a[3], b[3], a[4]) for a, b in zip(mine, theirs) if a[3] != b[3]]
        other = sum(a[5] != b[5] for a, b in zip(mine, theirs))   # value, unit, period, place, ...
        diffs += differ
        print(f"{name:<28} {len(docs):>5} {len(mine):>8} {len(differ):>7} {other:>6}  {t_mine:>12.2f} {t_theirs:>10.2f}")
    shown = diffs if len(diffs) <= show else random.Random(seed).sample(diffs, show)
    print(f"\n{len(diffs)} differences; {len(shown)} listed (set | doc | figure | eojeol | Kiwi | sentence)")
    for name, doc, surface, a, b, sentence in shown:
        print(f"{name} | {doc} | {surface} | {a!r} | {b!r} | {sentence[:160]}")
    return diffs


def readers_main(args) -> int:
    from pipeline.facts import load_fact_rules
    from pipeline.rules import load_rules
    rules = load_rules()
    kiwi = load_fact_rules(subjects="kiwi")
    kiwi.kiwi.load()
    eojeol = load_fact_rules(subjects="eojeol")
    sets = [(f"{f.parent.name}/{f.name}" if f.parent != ROOT else f.name, prepared([f], rules))
            for f in dev_folders()] + [("own sentences", sentence_docs(OWN_SENTENCES, rules))]
    with tempfile.TemporaryDirectory(prefix="hanfacts-diff-") as tmp:
        if args.bench_mb:
            from bench import make_corpus
            make_corpus(Path(tmp) / "raw", args.bench_mb, dense=args.dense)
            sets.append((f"bench corpus {args.bench_mb} MB", prepared([Path(tmp) / "raw"], rules)))
        compare_readers(sets, eojeol, kiwi, args.show, args.seed)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--readers", action="store_true", help="the eojeol reader against Kiwi")
    ap.add_argument("--seed", type=int, default=1, help="--readers: which sample of differences is listed")
    ap.add_argument("--bench-mb", type=float, default=0, help="also a generated bench corpus of this size")
    ap.add_argument("--dense", action="store_true", help="the bench corpus at its dense figure setting")
    ap.add_argument("--show", type=int, default=30, help="differences listed per corpus")
    args = ap.parse_args()
    if args.readers:
        return readers_main(args)
    from pipeline.rules import load_rules
    from pipeline.facts import load_fact_rules
    rules = load_rules()
    rules.facts = load_fact_rules(subjects="kiwi")
    rules.facts.kiwi.load()
    total = compare("raw/ + tests/devset", prepared(dev_folders(), rules), rules, args.show)
    if args.bench_mb:
        from bench import make_corpus
        with tempfile.TemporaryDirectory(prefix="hanfacts-diff-") as tmp:
            make_corpus(Path(tmp) / "raw", args.bench_mb, dense=args.dense)
            compare("bench corpus", prepared([Path(tmp) / "raw"], rules), rules, args.show)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
