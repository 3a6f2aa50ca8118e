"""What every engine shares: the options of a run, the unit of work (one file through
the per-document step) and the CPUs there are. pipeline/engine.py runs it locally,
pipeline/engine_dask.py on a Dask cluster; both import it from here."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from pipeline.discover import Found
from pipeline.model import DocResult
from pipeline.rules import Rules
from pipeline.write import Shard

if TYPE_CHECKING:
    from pipeline.ingest.template import Candidates


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
    on_result: Callable[[Shard], None] | None = None   # called as each document finishes


def process_path(item: Found, rules: Rules) -> DocResult:
    """The per-document step on a file (the unit of work of every engine), with the
    template lines the engine gave it."""
    from pipeline.document import process     # not imported by a run with nothing to do
    try:
        data = item.path.read_bytes()
    except OSError as e:
        return DocResult(doc_id=item.doc_id, error=f"cannot read: {e.strerror}")
    return process(item.doc_id, data, rules, item.location, item.template)


def candidates_path(item: Found, rules: Rules) -> tuple[str, Candidates | None]:
    """The template pre-pass on a file: (doc_id, its candidates); None when it cannot be
    read (the step reports that)."""
    try:
        data = item.path.read_bytes()
    except OSError:
        return item.doc_id, None
    return item.doc_id, document_candidates(item.doc_id, data, rules, item.location)


def document_candidates(doc_id: str, data: bytes, rules: Rules, location: str = "") -> Candidates:
    """A document's template candidates (pipeline/ingest/template.py), read as the step's
    cleaner reads it; none when it cannot be read (the step reports that)."""
    from pipeline.document import Seen, clean_into
    from pipeline.ingest.template import Candidates, candidates
    result, seen = DocResult(doc_id=doc_id), Seen()
    try:
        _, profile = clean_into(result, data, rules, location, seen=seen)
    except Exception:       # a bad document is reported by process(), not here
        return Candidates()
    return candidates(seen.lines, result.title, seen.html, seen.headings, profile.heading)


def cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
