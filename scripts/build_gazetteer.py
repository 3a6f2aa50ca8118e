"""Regenerate pipeline/places/data/{gazetteer,aliases}.tsv from packaged data."""
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.places.build import build  # noqa: E402

if __name__ == "__main__":
    t = time.perf_counter()
    n_entries, n_aliases = build()
    print(f"{n_entries} entries, {n_aliases} aliases in {time.perf_counter() - t:.2f} s")
