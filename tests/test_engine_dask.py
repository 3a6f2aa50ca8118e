"""`--engine dask`: a LocalCluster of two worker processes gives the same files as the
local engine, and a worker killed mid-run costs no document and duplicates none."""
import logging
import os
import shutil
import signal
from pathlib import Path

import pytest

from pipeline import engine
from pipeline.diff import read_rows
from pipeline.discover import Found
from pipeline.engine import Options, extract

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).parent.parent
SEEDS = sorted(p for p in (ROOT / "raw").rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=logging.ERROR) as c:
        yield c


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> list[Found]:
    raw = tmp_path_factory.mktemp("raw")
    for i in range(12):
        for seed in SEEDS:
            shutil.copy(seed, raw / f"{i:02d}-{seed.name}")
    (raw / "empty.txt").write_bytes(b"")
    return [Found(p.name, p) for p in sorted(raw.iterdir())]


@pytest.fixture(scope="module")
def local_out(docs, tmp_path_factory, rules) -> Path:
    out = tmp_path_factory.mktemp("local")
    real = engine.load_rules
    engine.load_rules = lambda rules_dir=None: rules
    try:
        assert extract(docs, out, Options(jobs=2)) == 1          # empty.txt fails
    finally:
        engine.load_rules = real
    return out


def outputs(out: Path) -> dict:
    files = [p for p in out.rglob("*") if p.is_file() and ".cache" not in p.parts and p.name != ".lock"]
    return {p.relative_to(out): p.read_bytes() for p in files}


def test_a_cluster_writes_the_same_files_as_the_local_engine(cluster, docs, local_out, tmp_path):
    out = tmp_path / "out"
    assert extract(docs, out, Options(engine="dask", scheduler=cluster.scheduler_address)) == 1
    assert outputs(out) == outputs(local_out)
    again = []
    extract(docs, out, Options(engine="dask", scheduler=cluster.scheduler_address, on_result=again.append))
    assert again == []                                             # the cache works the same


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(cluster, docs, local_out, tmp_path):
    with distributed.Client(cluster) as client:
        pids = list(client.run(os.getpid).values())
    seen = []

    def kill_a_worker_once(shard):
        if not seen:
            os.kill(pids[0], signal.SIGKILL)      # its nanny starts a new one; Dask reruns its tasks
        seen.append(shard.doc_id)

    out = tmp_path / "out"
    assert extract(docs, out, Options(engine="dask", scheduler=cluster.scheduler_address,
                                      on_result=kill_a_worker_once)) == 1
    assert sorted(seen) == [f.doc_id for f in docs]
    assert outputs(out) == outputs(local_out)


def test_without_a_scheduler_a_local_cluster_is_started(docs, local_out, tmp_path):
    two = [f for f in docs if f.doc_id.startswith("00-")]
    out = tmp_path / "out"
    assert extract(two, out, Options(engine="dask", jobs=1)) == 0
    local = {r["doc_id"]: r for r in read_rows(local_out / "documents.csv")}
    assert read_rows(out / "documents.csv") == [local[f.doc_id] for f in two]


def test_a_cluster_drops_each_folder_s_template_as_the_local_engine_does(cluster, rules, tmp_path, monkeypatch):
    from pipeline.discover import find_documents
    sites = ROOT / "tests" / "devset" / "sites4" / "raw"
    monkeypatch.setattr(engine, "load_rules", lambda rules_dir=None: rules)
    assert extract(find_documents(sites), tmp_path / "local", Options(jobs=1)) == 0
    assert extract(find_documents(sites), tmp_path / "dask", Options(engine="dask", scheduler=cluster.scheduler_address)) == 0
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")
    clean = (tmp_path / "dask" / "clean" / "namhae-ilbo" / "2025-09-01-guangzhou-fair.html.txt").read_text(encoding="utf-8")
    assert "톈진에 합작공장" not in clean and "경남상품전" in clean      # the box's headline went, the page's stayed


def test_a_cluster_runs_the_template_pre_pass_as_the_local_engine_does(cluster, rules, tmp_path, monkeypatch):
    """Source folders with template lines (the sites4 part): the pre-pass and the second
    pass run on the cluster, and the files are the local engine's."""
    from pipeline.discover import find_documents
    raw = ROOT / "tests" / "devset" / "sites4" / "raw"
    monkeypatch.setattr(engine, "load_rules", lambda rules_dir=None: rules)
    assert extract(find_documents(raw, tmp_path / "local"), tmp_path / "local", Options(jobs=2)) == 0
    out = tmp_path / "out"
    assert extract(find_documents(raw, out), out, Options(engine="dask", scheduler=cluster.scheduler_address)) == 0
    assert outputs(out) == outputs(tmp_path / "local")
