"""CPU seconds of each stage of the per-document step on single large documents, in one process: the check
that every stage stays linear in its input (`make bench` times the whole step on one 1 MB and one 10 MB
document; this says which stage grew). The documents are the bench's reports, seeded.

    .venv/bin/python scripts/single_stages.py 1 2 5       # MB each
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import bench  # noqa: E402
import pipeline.document as document  # noqa: E402
import pipeline.facts as facts  # noqa: E402
import pipeline.places as places  # noqa: E402
from pipeline.rules import load_rules  # noqa: E402

SECONDS: dict[str, float] = {}


def _timed(module, name: str, stage: str) -> None:
    """Wrap `module.name` so that its CPU seconds add up under `stage`."""
    inner = getattr(module, name)

    def timed(*args, **kwargs):
        t = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            SECONDS[stage] = SECONDS.get(stage, 0.0) + time.process_time() - t
    setattr(module, name, timed)


def main(sizes: list[float]) -> None:
    for module, name, stage in ((document, "clean", "clean"), (document, "split_sentences", "sentences"),
                                (places, "find_places", "places"), (facts, "find_facts", "facts")):
        _timed(module, name, stage)
    rules = load_rules()
    document.process("warm.txt", "상해시 3억 위안".encode(), rules)
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = Path(tmp) / f"{mb}mb.txt"
            bench.single_document(path, mb, seed=int(mb * 10))
            SECONDS.clear()
            t = time.process_time()
            document.process(path.name, path.read_bytes(), rules)
            whole = time.process_time() - t
            stages = ", ".join(f"{k} {v:.1f}" for k, v in SECONDS.items())
            print(f"{mb:g} MB: {whole:.1f} s CPU ({mb / whole:.2f} MB/s); {stages}", flush=True)


if __name__ == "__main__":
    main([float(a) for a in sys.argv[1:]] or [1.0, 2.0, 5.0])
