"""`extract --engine dask [--scheduler ADDRESS]`: the per-document step on a Dask
distributed cluster (with no address, a LocalCluster of --jobs worker processes here).

Dask schedules, retries the tasks of a worker that dies, and moves results; nothing of
a scheduler is written here. Each worker loads the rules once (a WorkerPlugin); a task
is a small batch of paths (on storage every worker sees) and returns the batch's
rendered shards, which the client stores and writes exactly as the local engine does,
so the files are byte-identical and the cache works the same. The template pre-pass
(pipeline/ingest/template.py) runs on the same cluster, before the step. A worker whose
code or rules differ from the client's is refused rather than mixed into the tables."""
from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from pipeline.cache import fingerprint
from pipeline.discover import Found
from pipeline.work import EngineError, Job, Options, cpus, first_pass, step
from pipeline.write import Shard

PLUGIN = "hanfacts-rules"


class RulesPlugin(WorkerPlugin):
    """Loads the rules once per worker process (again when Dask restarts a worker)."""

    def __init__(self, rules_dir: str | None, subjects: str | None = None):
        self.rules_dir, self.subjects = rules_dir, subjects
        self.rules = self.fingerprint = None

    def setup(self, worker) -> None:
        from pipeline.rules import load_rules
        rules_dir = Path(self.rules_dir) if self.rules_dir else None
        self.fingerprint = fingerprint(rules_dir, self.subjects).digest()
        self.rules = load_rules(rules_dir, subjects=self.subjects)


def process_batch(jobs: list[Job]) -> tuple[str, list[Shard]]:
    """The task: run the step on each document; the worker's fingerprint comes back too."""
    plugin = get_worker().plugins[PLUGIN]
    return plugin.fingerprint, [step(job, plugin.rules) for job in jobs]


def candidates_batch(items: list[Found]) -> tuple[str, list]:
    """The template pre-pass task: each document's candidates and its result with no
    template lines (pipeline/work.py:FirstPass)."""
    plugin = get_worker().plugins[PLUGIN]
    return plugin.fingerprint, [first_pass(item, plugin.rules) for item in items]


class DaskRunner:
    """A Dask client (and a LocalCluster when no scheduler is given) for the run's two
    passes, the template pre-pass and the step; started on first use."""

    def __init__(self, opts: Options):
        self.opts = opts
        self.mine = fingerprint(opts.rules_dir, opts.subjects).digest()
        self.client = self.cluster = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def _start(self, n_items: int) -> Client:
        if self.client is not None:
            return self.client
        opts = self.opts
        if opts.scheduler:
            self.client = Client(opts.scheduler)
        else:
            n = min(opts.jobs, n_items, cpus())
            self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                        dashboard_address=":0", silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
            self.client.wait_for_workers(n)
        self.client.register_plugin(RulesPlugin(str(opts.rules_dir.absolute()) if opts.rules_dir else None,
                                                opts.subjects),
                                    name=PLUGIN)
        return self.client

    def _map(self, task, items: list[Found]) -> Iterator:
        if not items:
            return
        client = self._start(len(items))
        workers = max(1, len(client.nthreads()))
        size = max(1, min(64, len(items) // (4 * workers)))      # a few tasks per worker, at least
        items = [_absolute(f) for f in items]     # the same file on every machine
        batches = [items[i:i + size] for i in range(0, len(items), size)]
        for future in as_completed(client.map(task, batches, pure=False)):
            try:
                theirs, results = future.result()
            except Exception as e:        # Dask gave up on a task (its worker died too often)
                raise EngineError(f"dask: {type(e).__name__}: {e}") from None
            future.release()
            if theirs != self.mine:
                raise EngineError("a Dask worker runs other code or rules than this machine; "
                                  "install the same version of hanfacts on every worker")
            yield from results

    def candidates(self, items: list[Found]) -> Iterator:
        return self._map(candidates_batch, items)

    def shards(self, jobs: list[Job], prepare=None) -> Iterator[Shard]:
        """`prepare` is not used: every batch is sent at once, and a job holding the
        pre-pass's result would keep it in memory until then (the step cleans and analyses
        again, with the same result)."""
        return self._map(process_batch, jobs)


def _absolute(x: Found | Job) -> Found | Job:
    if isinstance(x, Job):
        return replace(x, item=_absolute(x.item))
    return replace(x, path=x.path.absolute())
