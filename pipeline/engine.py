"""Running the per-document step over a corpus. The step itself is
pipeline/document.py:process, a pure function; this module only decides which documents
to run it on, where, and what to do with the results.

`extract`: lock --out; stop at once when nothing changed since the generation in place;
give each document its source folder's template lines (a pre-pass in the workers, cached:
pipeline/ingest/template.py; the pre-pass runs the whole step with no template lines, and
that result stands for every document whose template lines it never looked at, so most
documents are read once); take every document whose bytes, rules and template lines
are unchanged from the cache; run the rest in worker processes forked
after the rules are loaded (so they share them), each document under a time limit;
store each result as it finishes (memory stays flat); then write the new generation
from the stored results in doc_id order (pipeline/write.py)."""
from __future__ import annotations

import gc
import hashlib
import math
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from dataclasses import replace
from multiprocessing.connection import wait as wait_any
from pathlib import Path
from typing import Iterator

from pipeline import rulecache
from pipeline.cache import Cache, Stored, fingerprint
from pipeline.discover import Found
from pipeline.model import DocResult
from pipeline.rules import Rules, load_rules
from pipeline.work import EngineError, FirstPass, Job, Options, cpus, first_pass, process_path, step
from pipeline.write import Busy, Generation, Shard, check_generation, locked, read_manifest, recover, \
    render, write_generation

EXIT_BUSY = 75          # EX_TEMPFAIL: another run is writing --out; try again later
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

# Run once in the parent before forking two or more workers, so that whatever the stages
# load or compile on first use (Kiwi's first analysis, lazy tables; hanzi build jieba and
# OpenCC) is done once and shared by every worker. With one worker nothing is shared, and
# a run on a few documents that need neither Kiwi nor hanzi then never pays for them
# (about 2 s of CPU: most of the start-up of a one-document run).
_WARM_UP = ("warm-up.txt", "상해시(上海市)는 푸둥신구에 3억 4천만 위안을 투자했다. 광동성 수출은 12.5% 늘었다.".encode())


def extract(docs: list[Found], out: Path, opts: Options = Options()) -> int:
    """Extract `docs` (pipeline/discover.py, any order) into `out`. Exit status: 0, 1 when a
    document failed, EXIT_BUSY when another run holds `out`, 130 on Ctrl-C."""
    t0 = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    previous = signal.signal(signal.SIGTERM, _interrupt) if _main_thread() else None
    try:
        with locked(out):
            recover(out)
            return _extract(docs, out, opts, t0)
    except Busy as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_BUSY
    except EngineError as e:
        print(f"error: {e}; {out} still holds the previous run's outputs", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"interrupted: {out} still holds the previous run's outputs; "
              "documents finished so far are cached for the next run", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _extract(docs: list[Found], out: Path, opts: Options, t0: float) -> int:
    fp = fingerprint(opts.rules_dir, opts.subjects)
    hashed = [(f, "" if f.problem else _sha256(f.path)) for f in sorted(docs, key=lambda f: f.doc_id)]
    inputs = _inputs_digest(fp.digest(), [(f.doc_id, sha or f"error: {f.problem}", f.location) for f, sha in hashed],
                            opts.formats)
    prev = read_manifest(out)
    if opts.use_cache and prev and prev.inputs == inputs and prev.complete and not check_generation(out):
        cached = prev.documents - sum(1 for f, _ in hashed if f.problem)
        return _report(prev, 0, cached, t0, out)       # nothing new: nothing to do
    cache = Cache(out / ".cache", fp)
    try:
        return _extract_into(cache, hashed, inputs, out, opts, t0)
    finally:
        cache.close(compact=False)      # on the way out after an interruption: the index only


def _extract_into(cache: Cache, hashed: list[tuple[Found, str]], inputs: str, out: Path, opts: Options,
                  t0: float) -> int:
    from pipeline.ingest.template import digest
    with _runner(opts) as runner:
        templates, done = _templates(hashed, cache, runner, opts.use_cache)
        todo, cached, finished = [], 0, 0
        for f, sha in hashed:
            template = templates.get(f.doc_id, frozenset())
            if f.problem:     # reported, not read (a dangling link, a folder we cannot enter...)
                cache.put(render(DocResult(doc_id=f.doc_id, error=f.problem)))
            elif f.doc_id in done and not template:
                # the pre-pass's result is this run's: it was stored under this key (no
                # template lines), so it is not read back to check
                finished += 1
                if opts.on_result:
                    opts.on_result(cache.shard(f.doc_id))
            elif f.doc_id not in done and opts.use_cache and cache.get(f.doc_id, sha, digest(template), f.location):
                cached += 1
            else:
                todo.append(Job(replace(f, template=template)))
        locations = {job.item.doc_id: job.item.location for job in todo}
        kept: dict[str, tuple | None] = {}      # candidates read by _before, for the job's put
        for shard in _progress(runner.shards(todo, _before(cache, done, kept)), len(todo)):
            cache.put(shard, digest(templates.get(shard.doc_id, frozenset())), locations[shard.doc_id],
                      kept=kept.pop(shard.doc_id, False))
            if opts.on_result:
                opts.on_result(shard)
    doc_ids = [f.doc_id for f, _ in hashed]
    cache.prune(doc_ids)
    gen = write_generation(out, doc_ids, cache.shard, inputs, opts.formats)
    cache.close()
    return _report(gen, len(todo) + finished, cached, t0, out)


def _templates(hashed: list[tuple[Found, str]], cache: Cache, runner, use_cache: bool
               ) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """Each document's template lines (pipeline/ingest/template.py), for the documents of
    source folders with at least MIN_DOCS documents, and the documents the pre-pass ran the
    step on and stored with no template lines (doc_id -> sha256). Candidates are computed (in the workers)
    only for documents whose bytes or rules changed, stored in the cache as they come with
    the step's result without template lines (in one file); a folder's template is worked
    out as soon as its last document is in (documents come back about in doc_id order,
    folder after folder), from the candidates just found and those of the folder's
    unchanged documents read from the cache, so memory holds about one folder's candidates.
    A document's template lines are only those its template step looks at
    (`FirstPass.reach`): the others would change nothing, and without them the pre-pass's
    result is most often the one wanted."""
    from pipeline.ingest.template import MIN_DOCS, source_of
    folders: dict[str, list[tuple[Found, str]]] = {}
    for f, sha in hashed:
        if not f.problem and sha and source_of(f.doc_id):     # files at the top of --raw: no source
            folders.setdefault(source_of(f.doc_id), []).append((f, sha))
    folders = {name: ms for name, ms in folders.items() if len(ms) >= MIN_DOCS}
    if not folders:
        return {}, {}
    members = [m for ms in folders.values() for m in ms]
    need = [f for f, sha in members if not (use_cache and cache.has_candidates(f.doc_id, sha, f.location))]
    of = {f.doc_id: (f, sha) for f, sha in members}
    waiting = {name: 0 for name in folders}          # per folder: documents still in the pre-pass
    for f in need:
        waiting[source_of(f.doc_id)] += 1
    found_in: dict[str, dict[str, Stored | None]] = {}     # per open folder: what the pre-pass found
    templates: dict[str, frozenset[str]] = {}
    done: dict[str, str] = {}
    for name in folders:
        if not waiting[name]:
            _assign(folders[name], {}, cache, templates)
    for found in _progress(runner.candidates(need), len(need), "template pre-pass"):
        f, sha = of[found.doc_id]
        stored = Stored(found.candidates, found.reach, found.won, found.resume) if found.candidates is not None else None
        if found.shard is not None:     # the result with no template lines, and the candidates
            cache.put(found.shard, "", f.location, (sha, stored) if stored is not None else None)
            if found.shard.sha256 == sha and found.shard.reusable:
                done[f.doc_id] = sha    # stored under this run's key for no template lines
        elif stored is not None:
            cache.put_candidates(f.doc_id, sha, stored, f.location)
        name = source_of(f.doc_id)
        found_in.setdefault(name, {})[f.doc_id] = stored
        waiting[name] -= 1
        if not waiting[name]:
            _assign(folders[name], found_in.pop(name), cache, templates)
    return templates, done


def _assign(members: list[tuple[Found, str]], found: dict, cache: Cache, templates: dict[str, frozenset[str]]) -> None:
    """The template lines of each document of one folder (into `templates`): `found` holds
    what the pre-pass found this run (None: the file could not be read), the cache the rest."""
    from pipeline.ingest.template import assign
    read = {}
    for f, sha in members:
        c = found[f.doc_id] if f.doc_id in found else cache.candidates(f.doc_id, sha, f.location)
        if c is not None:
            read[f.doc_id] = c
    for doc_id, lines in assign([(doc_id, c.candidates) for doc_id, c in read.items()]).items():
        if mine := lines & read[doc_id].reach:
            templates[doc_id] = mine


def _before(cache: Cache, done: dict[str, str], kept: dict[str, tuple | None]):
    """A job with the pre-pass's result of its bytes (work.Job.before), read from the cache
    as the job is sent to a worker; `done`: the documents the pre-pass ran this run (doc_id
    -> sha256). The candidates the file holds go into `kept`, for the put of the job's result."""
    def prepare(job: Job) -> Job:
        f = job.item
        if f.doc_id not in done:
            return job
        sha = done[f.doc_id]
        key, shard, stored, kept[f.doc_id] = cache.entry(f.doc_id, sha, f.location)
        if shard is None or stored is None or key != cache.fp.key(sha, shard.source, "", f.location):
            return job
        return replace(job, before=shard, won=stored.won, resume=stored.resume)
    return prepare


def _report(gen: Generation, processed: int, cached: int, t0: float, out: Path) -> int:
    for doc_id, error in gen.failed:
        print(f"error: {doc_id}: {error}", file=sys.stderr)
    print(f"{gen.documents} documents: {processed} processed, {cached} cached, {len(gen.failed)} failed; "
          f"{gen.places} places, {gen.facts} facts in {time.perf_counter() - t0:.1f} s -> {out}",
          file=sys.stderr)
    return 1 if gen.failed else 0


def _inputs_digest(rules: str, docs: list[tuple[str, str, str]], formats: tuple[str, ...]) -> str:
    """Of the rules, the formats and each document's (doc_id, sha256, absolute path)."""
    h = hashlib.sha256(f"{rules}\n{sorted(formats)}\n".encode())
    for doc_id, sha, location in docs:
        h.update(f"{doc_id}\0{sha}\0{location}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def _sha256(path: Path) -> str:
    try:
        with open(path, "rb", buffering=0) as f:     # unbuffered: one read, no isatty or seek calls
            return hashlib.sha256(f.readall()).hexdigest()
    except OSError:
        return ""


def failed(item: Found, error: str) -> Shard:
    """The result of a document whose step did not finish: not cached, retried next run."""
    return render(DocResult(doc_id=item.doc_id, sha256=_sha256(item.path), error=error), reusable=False)


def _runner(opts: Options):
    """Where the steps run: worker processes forked here, or a Dask cluster."""
    if opts.engine == "dask":
        from pipeline.engine_dask import DaskRunner
        return DaskRunner(opts)
    return _LocalRunner(opts)


class _LocalRunner:
    """The steps in worker processes forked from this one after the rules are loaded
    (loaded once, and only when there is something to run). The workers serve the whole
    run, the template pre-pass and the step, so that what they load or learn on first use
    (jieba, OpenCC, bs4, the readers' memos) is paid once."""

    def __init__(self, opts: Options):
        self.opts, self._rules, self._pool = opts, None, None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def rules(self) -> Rules:
        if self._rules is None:
            self._rules = load_rules(self.opts.rules_dir) if self.opts.subjects is None else \
                load_rules(self.opts.rules_dir, subjects=self.opts.subjects)
        return self._rules

    def _run(self, items: list, task, failure, prepare=None) -> Iterator[tuple[int, object]]:
        workers = min(self.opts.jobs, len(items), cpus())
        if self._pool is None:
            self._pool = _Pool(workers, self.rules(), self.opts.timeout, (first_pass, step))
        self._pool.grow(workers)
        return self._pool.run(items, task, failure, prepare)

    def candidates(self, items: list[Found]) -> Iterator[FirstPass]:
        if not items:
            return
        unfinished = lambda item, error: FirstPass(item.doc_id)  # noqa: E731  (the step runs it again and reports it)
        for _, found in self._run(items, first_pass, unfinished):
            yield found

    def shards(self, jobs: list[Job], prepare=None) -> Iterator[Shard]:
        """`prepare(job)`: the job as it is sent to a worker (engine._extract adds the
        pre-pass's result there, so that only the jobs in the workers are in memory)."""
        if not jobs:
            return      # nothing new: not even the rules are loaded
        for _, shard in self._run(jobs, step, lambda job, error: failed(job.item, error), prepare):
            yield shard


def process_files(items: list[Found], rules: Rules, jobs: int, timeout: float = 60.0) -> list[DocResult]:
    """The step on each file in `jobs` worker processes forked from this one (which holds
    `rules`), results in the order given (the Python API's extract_files)."""
    results: list[DocResult | None] = [None] * len(items)
    failure = lambda item, error: DocResult(doc_id=item.doc_id, error=error)  # noqa: E731
    pool = _Pool(min(jobs, len(items), cpus()), rules, timeout, (process_path,))
    try:
        for i, result in pool.run(items, process_path, failure):
            results[i] = result
    finally:
        pool.close()
    return results


class _Pool:
    """Worker processes forked from a parent that holds the rules and the `steps` they may
    run (functions, given at the fork: nothing of them is pickled); each item is sent with
    the step to run on it. A worker that runs past the time limit, or dies, is replaced
    and its item reported as failed."""

    def __init__(self, jobs: int, rules: Rules, timeout: float, steps: tuple):
        if jobs > 1:     # what the stages load on first use, loaded once here and shared
            from pipeline.document import process
            process(*_WARM_UP, rules)
        gc.freeze()      # keep the shared pages shared: the collector no longer writes to them
        self.ctx = multiprocessing.get_context("fork")
        self.rules, self.timeout, self.steps = rules, timeout, steps
        self.workers: list[_Worker] = []
        self.grow(jobs)

    def grow(self, jobs: int) -> None:
        while len(self.workers) < jobs:
            self.workers.append(self._start())

    def _start(self) -> _Worker:
        return _Worker(self.ctx, self.rules, self.steps)

    def run(self, items: list, step, failure, prepare=None) -> Iterator[tuple[int, object]]:
        """(index, step(prepare(item), rules)) for each item, in the order they finish;
        `failure(item, error)` for an item whose worker timed out or died."""
        pending, idle, busy = deque(enumerate(items)), list(self.workers), {}
        which = self.steps.index(step)
        while pending or busy:
            while idle and pending:
                w = idle.pop()
                index, item = pending.popleft()
                w.give(index, prepare(item) if prepare else item, which, self.timeout)
                busy[w.conn] = w
            soonest = min(w.deadline for w in busy.values())
            for conn in wait_any(list(busy), timeout=max(0.0, soonest - time.monotonic())):
                w = busy.pop(conn)
                index = w.index
                try:
                    result = conn.recv()
                except (EOFError, OSError):
                    result = failure(w.item, f"internal error: worker process ended ({w.end()})")
                    w = self._replace(w)
                if pending:     # its next item first: the worker does not wait while the caller stores this result
                    next_index, item = pending.popleft()
                    w.give(next_index, prepare(item) if prepare else item, which, self.timeout)
                    busy[w.conn] = w
                else:
                    idle.append(w)
                yield index, result
            now = time.monotonic()
            for conn, w in list(busy.items()):
                if w.deadline <= now:
                    del busy[conn]
                    index, item = w.index, w.item
                    idle.append(self._replace(w))
                    yield index, failure(item, f"timed out after {self.timeout:g} s")

    def _replace(self, w: _Worker) -> _Worker:
        w.end()
        new = self._start()
        self.workers[self.workers.index(w)] = new
        return new

    def close(self) -> None:
        for w in self.workers:
            w.end()
        gc.unfreeze()


class _Worker:
    def __init__(self, ctx, rules: Rules, steps: tuple):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, rules, steps, os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.index, self.item = -1, None
        self.deadline = math.inf

    def give(self, index: int, item, step: int, timeout: float) -> None:
        self.index, self.item, self.deadline = index, item, time.monotonic() + timeout
        self.conn.send((step, item))

    def end(self) -> str:
        """Kill the process (if alive) and say how it ended."""
        if self.proc.exitcode is None:
            self.proc.kill()
        self.proc.join()
        self.conn.close()
        code = self.proc.exitcode
        return f"signal {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"


def _serve(conn, rules: Rules, steps: tuple, parent: int) -> None:
    """A worker: (k, item) in, steps[k](item, rules) out, until the parent closes the pipe or dies."""
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            k, item = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(steps[k](item, rules))
        rulecache.save_patterns()    # what the documents compiled, for the next run's first one (written rarely)


def die_with_parent(parent: int) -> None:
    """End this process when `parent` ends, even by kill -9 (Linux: PR_SET_PDEATHSIG;
    elsewhere a thread that watches the parent)."""
    try:
        import ctypes
        PR_SET_PDEATHSIG = 1
        if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError):
        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1)
            os._exit(1)
        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:     # the parent died before the signal was armed
        os._exit(1)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt      # SIGTERM: the same clean stop as Ctrl-C


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _progress(results: Iterator, total: int, what: str | None = None) -> Iterator:
    """A progress bar on a terminal for long runs; silent in CI and in pipes."""
    if total < 20 or not sys.stderr.isatty() or os.environ.get("CI"):
        return results
    from tqdm import tqdm
    return tqdm(results, total=total, unit="doc", file=sys.stderr, desc=what)
