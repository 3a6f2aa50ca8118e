"""What every engine shares: the options of a run, the unit of work (one file through
the per-document step) and the CPUs there are. pipeline/engine.py runs it locally,
pipeline/engine_dask.py on a Dask cluster; both import it from here."""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from pipeline.discover import Found
from pipeline.model import DocResult
from pipeline.rules import Rules
from pipeline.write import Shard, render

if TYPE_CHECKING:
    from pipeline.document import Resume
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
    subjects: str | None = None           # subject reader (pipeline.facts.READERS); None: the default
    on_result: Callable[[Shard], None] | None = None   # called as each document finishes


def process_path(item: Found, rules: Rules, analysed: str | None = None, resume: Resume | None = None) -> DocResult:
    """The per-document step on a file (the unit of work of every engine), with the
    template lines the engine gave it (`analysed`, `resume`: see pipeline.document.process)."""
    from pipeline.document import process     # not imported by a run with nothing to do
    try:
        data = item.path.read_bytes()
    except OSError as e:
        return DocResult(doc_id=item.doc_id, error=f"cannot read: {e.strerror}")
    return process(item.doc_id, data, rules, item.location, item.template, analysed=analysed, resume=resume)


@dataclass(frozen=True)
class Job:
    """A document for the step, with the template pre-pass's result of the same bytes
    under the same rules when there is one (`before`, and its `won` fields): when the
    template lines leave the clean text as it was, that result's places and facts are
    the step's (they are read from the clean text alone), and only cleaning runs again."""
    item: Found
    before: Shard | None = None
    won: tuple[str, str] = ("", "")
    resume: Resume | None = None      # where cleaning can go on from (pipeline/document.py)


def step(job: Job, rules: Rules) -> Shard:
    """The step on a Job, rendered (the unit of work of the engines' second pass)."""
    before = job.before
    known = before.clean[:-1].decode("utf-8") if before is not None and before.clean is not None \
        and not before.error else None
    result = process_path(job.item, rules, known, job.resume)
    if known is None or result.error or result.clean != known:
        return render(result)
    result.won_as, result.won_evidence = job.won
    return replace(render(result), places=before.places, facts=before.facts,
                   n_places=before.n_places, n_facts=before.n_facts)


@dataclass(frozen=True)
class FirstPass:
    """The template pre-pass on one document of a source folder: the step run once with no
    template lines, which gives both its candidates and its result. `reach`: the candidates
    that the step's template step looked at (those no drop rule took first); a folder's
    template line outside them would change nothing, so the result stands for any template
    whose lines in `reach` are none. `candidates` None: the file could not be read (the
    step reports it); `shard` None: the step did not finish (time limit, crash)."""
    doc_id: str
    candidates: Candidates | None = None
    reach: frozenset[str] = frozenset()
    shard: Shard | None = None
    won: tuple[str, str] = ("", "")     # the result's won_as and won_evidence (not in the shard's bytes alone)
    resume: Resume | None = None        # where a second pass's cleaning can go on from (when `reach`)


def first_pass(item: Found, rules: Rules) -> FirstPass:
    """The step on a file with no template lines, with its template candidates."""
    from pipeline.document import Seen, process
    from pipeline.ingest.normalize import squeeze_spaces
    try:
        data = item.path.read_bytes()
    except OSError:
        return FirstPass(item.doc_id)
    seen = Seen()
    result = process(item.doc_id, data, rules, item.location, seen=seen)
    found = _candidates(result, seen)
    reach = found.lines & {squeeze_spaces(line) for line in seen.template_seen or ()}
    # Only a document whose template step sees a candidate may be cleaned again, with the
    # folder's template lines: only its cleaning is kept to go on from.
    return FirstPass(item.doc_id, found, reach, render(result), (result.won_as, result.won_evidence),
                     seen.resume if reach else None)


def document_candidates(doc_id: str, data: bytes, rules: Rules, location: str = "") -> Candidates:
    """A document's template candidates (pipeline/ingest/template.py), read as the step's
    cleaner reads it; none when it cannot be read (the step reports that)."""
    from pipeline.document import Seen, clean_into
    result, seen = DocResult(doc_id=doc_id), Seen()
    try:
        clean_into(result, data, rules, location, seen=seen)
    except Exception:       # a bad document is reported by process(), not here
        pass
    return _candidates(result, seen)


def _candidates(result: DocResult, seen) -> Candidates:
    """The candidates of what the cleaner saw (pipeline/document.py:Seen) and the title it
    gave with no template; none when cleaning did not finish."""
    from pipeline.ingest.template import Candidates, candidates
    if seen.template_seen is None:
        return Candidates()
    return candidates(seen.lines, result.title, seen.html, seen.headings, seen.heading)


def cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
