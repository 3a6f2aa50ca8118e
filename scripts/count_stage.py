"""Instructions one pass of the ingest, places or facts stage takes, counted by callgrind: the same
count run after run, where CPU seconds vary by tens of % on a shared machine.

    .venv/bin/python scripts/count_stage.py ingest|places|facts|step [--docs 100] [--mb 3]

It generates the bench corpus (scripts/bench.py, seeded), cleans `--docs` documents of
it spread over the corpus (ingest: decodes, parses and cleans them), and runs the stage
once to warm up (`step`: the whole per-document step, pipeline/document.py:process, with
what the cleaner and the fact rules remember per line and per text forgotten before the
counted pass, so that it runs cold as in a run over new documents); then the pass is counted
alone (callgrind's instrumentation is switched on and off around it from the script,
through a two-function C shim built with gcc against valgrind's callgrind.h). Needs
valgrind and gcc; compare codes by running it in each checkout (PYTHONPATH=OLD_CHECKOUT
runs an older tree's pipeline with this venv)."""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SHIM = """#include <valgrind/callgrind.h>
void count_on(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; CALLGRIND_TOGGLE_COLLECT; }
void count_off(void) { CALLGRIND_TOGGLE_COLLECT; CALLGRIND_STOP_INSTRUMENTATION; }
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stage", choices=("ingest", "places", "facts", "step"))
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--mb", type=float, default=3.0, help="size of the generated bench corpus")
    ap.add_argument("--inside", help=argparse.SUPPRESS)      # the shim's path: running under valgrind
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inside:
        return _counted(args)
    if not shutil.which("valgrind") or not shutil.which("gcc"):
        print("needs valgrind and gcc", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench import make_corpus      # (it puts this checkout first on sys.path: only here, outside)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "shim.c").write_text(_SHIM)
        shim = Path(tmp) / "shim.so"
        subprocess.run(["gcc", "-shared", "-fPIC", "-O2", "-o", str(shim), str(Path(tmp) / "shim.c")], check=True)
        make_corpus(Path(tmp) / "corpus", args.mb)
        run = subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", "--collect-atstart=no",
                              f"--callgrind-out-file={tmp}/callgrind.out", sys.executable, __file__, args.stage,
                              "--docs", str(args.docs), "--corpus", str(Path(tmp) / "corpus"), "--inside", str(shim)],
                             capture_output=True, text=True, env=os.environ)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode or not found:
        print(run.stderr[-2000:], file=sys.stderr)
        return 1
    code = re.search(r"pipeline from (\S+)", run.stderr)
    print(f"{args.stage}: {int(found.group(1)):,} instructions for one pass over {args.docs} documents "
          f"of the {args.mb:g} MB bench corpus ({code.group(1) if code else 'pipeline'})")
    return 0


def _counted(args) -> int:
    import ctypes
    print(f"pipeline from {Path(__import__('pipeline').__file__).parent}", file=sys.stderr)
    from pipeline.document import clean_into
    from pipeline.facts import find_facts
    from pipeline.facts.bench import _forget
    from pipeline.model import DocResult
    from pipeline.places import find_places
    from pipeline.rules import load_rules
    from pipeline.segment import split_sentences
    shim = ctypes.CDLL(args.inside)
    files = sorted(args.corpus.rglob("*.*"))
    picked = [(p.relative_to(args.corpus).as_posix(), p.read_bytes())
              for p in files[::max(1, len(files) // args.docs)][:args.docs]]
    rules = load_rules()
    inputs = []
    for doc_id, data in picked:
        r = DocResult(doc_id=doc_id)
        _, profile = clean_into(r, data, rules)
        inputs.append((r.clean, split_sentences(r.clean), find_places(r.clean, rules.gazetteer),
                       profile.won_means_yuan))

    def one_pass() -> None:
        if args.stage == "ingest":
            for doc_id, data in picked:
                clean_into(DocResult(doc_id=doc_id), data, rules)
        elif args.stage == "places":
            for clean, _, _, _ in inputs:
                find_places(clean, rules.gazetteer)
        elif args.stage == "step":
            from pipeline.document import process
            _forget(rules)
            for doc_id, data in picked:
                process(doc_id, data, rules)
        else:
            _forget(rules)       # cold, as make bench times it
            for clean, sents, places, won in inputs:
                find_facts(clean, sents, places, rules.facts, won)

    one_pass()
    import pipeline.rules
    forget = getattr(pipeline.rules, "forget_lines", None)    # (older code has none)
    if args.stage in ("ingest", "step") and forget is not None:
        forget(rules)       # what the cleaner remembers per line: the counted pass reads the lines anew
    shim.count_on()
    one_pass()
    shim.count_off()
    return 0


if __name__ == "__main__":
    sys.exit(main())
