"""What every engine shares: the options of a run, the unit of work (one file through
the per-document step) and the CPUs there are. pipeline/engine.py runs it locally,
pipeline/engine_dask.py on a Dask cluster; both import it from here."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from pipeline.discover import Found
from pipeline.model import DocResult
from pipeline.rules import Rules
from pipeline.write import Shard


class EngineError(Exception):
    """The run cannot go on (e.g. a cluster that gave up); nothing is written."""


@dataclass
class Options:
    rules_dir: Path | None = None
    jobs: int = 1
    use_cache: bool = True
    timeout: float = 60.0                 # seconds per document (local engine)
    engine: str = "local"                 # "local" or "dask"
    scheduler: str | None = None          # Dask scheduler address; None: a LocalCluster here
    formats: tuple[str, ...] = ("csv",)   # "parquet" adds OUT/parquet/<table>/
    subjects: str | None = None           # subject reader (pipeline.facts.READERS); None: the default
    on_result: Callable[[Shard], None] | None = None   # called as each document finishes


def process_path(item: Found, rules: Rules) -> DocResult:
    """The per-document step on a file (the unit of work of every engine)."""
    from pipeline.document import process     # not imported by a run with nothing to do
    try:
        data = item.path.read_bytes()
    except OSError as e:
        return DocResult(doc_id=item.doc_id, error=f"cannot read: {e.strerror}")
    return process(item.doc_id, data, rules, item.location)


def cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
