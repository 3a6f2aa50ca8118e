"""The run loop around the per-document step: workers, time limit, crashes, jobs cap,
cached re-runs and Parquet. Most tests run the engine in this process with the session's
rules (workers are forked from here); the ones about signals run the real command."""
import os
import shutil
import time
from pathlib import Path

import pytest

from pipeline import document, engine
from pipeline.diff import read_rows
from pipeline.discover import Found
from pipeline.engine import Options, extract
from pipeline.write import check_generation, read_manifest

ROOT = Path(__file__).parent.parent
SEED = ROOT / "raw" / "news-2025" / "004_781489ab579a93bd.txt"


def corpus(folder: Path, names=("a.txt", "b.txt", "c.txt")) -> list[Found]:
    folder.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(names):
        (folder / name).write_text(f"상해시는 푸둥신구에 {i + 3}억 위안을 투자했다.", encoding="utf-8")
    return [Found(p.name, p) for p in sorted(folder.iterdir())]


@pytest.fixture
def shared_rules(monkeypatch, rules):
    """Workers get the session's rules instead of loading them again."""
    monkeypatch.setattr(engine, "load_rules", lambda rules_dir=None: rules)
    return rules


def status(out: Path) -> dict[str, str]:
    return {r["doc_id"]: r["status"] for r in read_rows(out / "documents.csv")}


def slow_or_crashing(real_process):
    def process(doc_id, data, rules, location="", template=frozenset(), **more):
        if doc_id == "slow.txt":
            time.sleep(60)
        if doc_id == "crash.txt":
            os.kill(os.getpid(), 9)
        return real_process(doc_id, data, rules, location, template, **more)
    return process


def test_a_runaway_document_times_out_and_the_others_do_not_wait(tmp_path, shared_rules, monkeypatch):
    real = document.process
    monkeypatch.setattr(document, "process", slow_or_crashing(real))
    docs = corpus(tmp_path / "raw", ("a.txt", "slow.txt", "b.txt", "c.txt"))
    finished = []
    code = extract(docs, tmp_path / "out", Options(jobs=2, timeout=2, on_result=lambda s: finished.append(s.doc_id)))
    assert code == 1
    assert status(tmp_path / "out") == {"a.txt": "ok", "b.txt": "ok", "c.txt": "ok",
                                        "slow.txt": "error: timed out after 2 s"}
    assert finished[-1] == "slow.txt"           # the others were stored before the time limit
    assert not (tmp_path / "out" / "clean" / "slow.txt.txt").exists()
    # a time-out is not remembered: the next run tries the document again
    monkeypatch.setattr(document, "process", real)
    again = []
    extract(docs, tmp_path / "out", Options(jobs=2, timeout=2, on_result=lambda s: again.append(s.doc_id)))
    assert again == ["slow.txt"]


def test_a_crashing_document_costs_only_itself(tmp_path, shared_rules, monkeypatch):
    monkeypatch.setattr(document, "process", slow_or_crashing(document.process))
    docs = corpus(tmp_path / "raw", ("a.txt", "crash.txt", "b.txt"))
    assert extract(docs, tmp_path / "out", Options(jobs=1)) == 1
    assert status(tmp_path / "out") == {"a.txt": "ok", "b.txt": "ok",
                                        "crash.txt": "error: internal error: worker process ended (signal SIGKILL)"}


def test_a_crashing_file_of_extract_files_is_reported_in_its_own_place(tmp_path, rules, monkeypatch):
    # the pool hands the worker that replaces the crashed one the next file before the crash is reported:
    # the failure carries the crashed item's index, not its successor's
    monkeypatch.setattr(document, "process", slow_or_crashing(document.process))
    docs = corpus(tmp_path / "raw", ("a.txt", "crash.txt", "d.txt"))
    results = engine.process_files(docs, rules, jobs=1)
    assert [(r.doc_id, r.error) for r in results] == [
        ("a.txt", ""), ("crash.txt", "internal error: worker process ended (signal SIGKILL)"), ("d.txt", "")]


def test_jobs_are_capped_by_documents_and_cpus(tmp_path, shared_rules, monkeypatch):
    started = []
    real = engine._Pool.__init__

    def spy(self, jobs, *rest):
        started.append(jobs)
        real(self, jobs, *rest)
    monkeypatch.setattr(engine._Pool, "__init__", spy)
    assert extract(corpus(tmp_path / "raw"), tmp_path / "out", Options(jobs=1000)) == 0
    assert started == [min(3, engine.cpus())]


def test_a_rerun_with_nothing_new_rewrites_nothing(tmp_path, shared_rules, capsys):
    docs = corpus(tmp_path / "raw")
    out = tmp_path / "out"
    assert extract(docs, out, Options()) == 0
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file() and p.name != ".lock"}
    capsys.readouterr()
    assert extract(docs, out, Options()) == 0
    assert "0 processed, 3 cached" in capsys.readouterr().err
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file() and p.name != ".lock"} == stamps


def test_a_table_edited_by_hand_is_rebuilt(tmp_path, shared_rules):
    docs = corpus(tmp_path / "raw")
    out = tmp_path / "out"
    extract(docs, out, Options())
    good = (out / "facts.csv").read_bytes()
    (out / "facts.csv").write_bytes(good[:50])
    assert check_generation(out) == ["facts.csv: not the file of this generation"]
    extract(docs, out, Options())
    assert (out / "facts.csv").read_bytes() == good and check_generation(out) == []


def test_results_are_stored_as_they_finish_so_a_stopped_run_resumes(tmp_path, shared_rules, monkeypatch):
    docs = corpus(tmp_path / "raw")
    out = tmp_path / "out"

    def stop_after_two(shard, seen=[]):
        seen.append(shard.doc_id)
        if len(seen) == 2:
            raise KeyboardInterrupt
    assert extract(docs, out, Options(on_result=stop_after_two)) == engine.EXIT_INTERRUPTED
    assert not (out / "documents.csv").exists()           # no generation was half written
    done = []
    assert extract(docs, out, Options(on_result=lambda s: done.append(s.doc_id))) == 0
    assert len(done) == 1 and len(status(out)) == 3


def test_parquet_datasets_hold_the_rows_of_the_csv(tmp_path, shared_rules):
    import pandas as pd
    out = tmp_path / "out"
    docs = corpus(tmp_path / "raw")
    assert extract(docs, out, Options(formats=("csv", "parquet"))) == 0
    for table in ("documents", "places", "facts"):
        frame = pd.read_parquet(out / "parquet" / table)
        rows = read_rows(out / f"{table}.csv")
        assert len(frame) == len(rows) > 0
        assert frame.astype(str).to_dict("records") == rows
    facts = pd.read_parquet(out / "parquet" / "facts")
    assert facts["start"].dtype == "int64" and facts["value"].tolist() == ["300000000", "400000000", "500000000"]
    assert extract(docs, out, Options()) == 0          # back to CSV only: the datasets go
    assert not (out / "parquet").exists() and check_generation(out) == []


def test_a_removed_document_leaves_no_clean_text_or_empty_folder(tmp_path, shared_rules):
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    shutil.copy(SEED, raw / "sub" / "seed.txt")
    out = tmp_path / "out"
    extract([Found("sub/seed.txt", raw / "sub" / "seed.txt")], out, Options())
    assert (out / "clean" / "sub" / "seed.txt.txt").exists()
    extract([], out, Options())
    assert not (out / "clean" / "sub").exists()
    assert read_manifest(out).documents == 0 and check_generation(out) == []


def test_parquet_text_is_not_guarded_against_spreadsheet_formulas(tmp_path, shared_rules):
    import pandas as pd
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "=cmd.txt").write_text("-5도의 한파 속에 상해시는 3억 위안을 투자했다.", encoding="utf-8")
    out = tmp_path / "out"
    extract([Found("=cmd.txt", raw / "=cmd.txt")], out, Options(formats=("csv", "parquet")))
    assert (out / "documents.csv").read_text(encoding="utf-8-sig").splitlines()[1].startswith("'=cmd.txt,")
    assert pd.read_parquet(out / "parquet" / "documents")["doc_id"].tolist() == ["=cmd.txt"]


@pytest.mark.parametrize("args,message", [
    (["--timeout", "0"], "--timeout must be more than 0 seconds"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
    (["--engine", "spark"], "invalid choice: 'spark'"),
])
def test_bad_engine_arguments_exit_2_before_any_work(tmp_path, args, message):
    import subprocess
    import sys
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--raw", str(ROOT / "raw"),
                           "--out", str(tmp_path / "out"), *args], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2 and message in proc.stderr
    assert not (tmp_path / "out").exists()
