"""Numbers for `make bench`: gazetteer build and load time, places throughput."""
from __future__ import annotations

import pathlib
import tempfile
import time

from pipeline.places.build import build
from pipeline.places.gazetteer import load_gazetteer
from pipeline.places.matcher import find_places

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED_CLEAN = ROOT / "tests" / "golden" / "clean"


def bench(texts: list[str] | None = None, rounds: int = 5) -> dict:
    """Build seconds (regenerating the tables into a temporary folder), load
    seconds, and find_places throughput in MB of UTF-8 per second (wall and CPU:
    the machine is shared) over `texts` (default: the seeds' clean texts), best of
    `rounds`. Per-stage figures of the whole step: pipeline.facts.bench.stage_times."""
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        build(pathlib.Path(tmp))
        build_s = time.perf_counter() - t
    t = time.perf_counter()
    gaz = load_gazetteer()
    load_s = time.perf_counter() - t
    if texts is None:
        texts = [p.read_text(encoding="utf-8") for p in sorted(SEED_CLEAN.rglob("*.txt"))]
    size = sum(len(x.encode("utf-8")) for x in texts)
    best = best_cpu = float("inf")
    for _ in range(rounds):
        t, c = time.perf_counter(), time.process_time()
        mentions = sum(len(find_places(x, gaz)) for x in texts)
        best = min(best, time.perf_counter() - t)
        best_cpu = min(best_cpu, time.process_time() - c)
    return {"gazetteer_build_s": round(build_s, 3), "gazetteer_load_s": round(load_s, 3),
            "places_mb_per_s": round(size / 1e6 / best, 2),
            "places_mb_per_cpu_s": round(size / 1e6 / max(best_cpu, 1e-9), 2), "places_bytes": size,
            "places_mentions": mentions}


if __name__ == "__main__":
    print(bench())
