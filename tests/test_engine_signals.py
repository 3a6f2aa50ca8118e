"""A run that is stopped (Ctrl-C, kill -9, a second run on the same --out) never leaves
tables that disagree, and leaves no worker behind. These run the real command."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from pipeline import engine
from pipeline.cache import stored_count
from pipeline.discover import Found
from pipeline.engine import Options, extract
from pipeline.write import check_generation, locked, settle

ROOT = Path(__file__).parent.parent
SEED = ROOT / "raw" / "news-2025" / "004_781489ab579a93bd.txt"
TABLES = ("documents.csv", "places.csv", "facts.csv")


@pytest.fixture
def previous(tmp_path, monkeypatch, rules):
    """raw/ with 3 documents extracted into out/ (the previous generation), then 30 more
    (each new one eight copies of the seed, so that the run takes seconds even on an idle machine)."""
    monkeypatch.setattr(engine, "load_rules", lambda rules_dir=None: rules)
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for i in range(3):
        shutil.copy(SEED, raw / f"old-{i}.txt")
    assert extract([Found(p.name, p) for p in sorted(raw.iterdir())], out, Options()) == 0
    body = SEED.read_bytes()
    for i in range(30):      # distinct and long, so that a run is still busy when a test stops it
        (raw / f"new-{i:02d}.txt").write_bytes(body * 8 + f"\n{i}\n".encode())
    return raw, out, snapshot(out)


def snapshot(out: Path) -> dict:
    files = [out / t for t in TABLES] + sorted((out / "clean").rglob("*"))
    return {p.relative_to(out): p.read_bytes() for p in files if p.is_file()}


def start(*args: str, code: str | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "pipeline", *args]
    # A child inherits an ignored SIGINT, and Python then never raises KeyboardInterrupt: an
    # earlier test (or a tool running the suite) may leave SIGINT ignored in this process.
    # A handler, unlike SIG_IGN, is reset to the default by exec, as in a shell's command.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True)
    finally:
        signal.signal(signal.SIGINT, previous)


def wait_for(condition, seconds: float = 120) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "timed out waiting"
        time.sleep(0.05)


def shards(out: Path) -> int:
    return stored_count(out / ".cache")


def gone(pids: list[int]) -> bool:
    def dead(pid):
        try:
            return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return True
    return all(dead(p) for p in pids)


def test_ctrl_c_exits_130_with_one_line_and_keeps_the_previous_outputs(previous):
    raw, out, before = previous
    proc = start("extract", "--raw", str(raw), "--out", str(out), "--jobs", "2")
    wait_for(lambda: shards(out) > 3)
    workers = [c.pid for c in psutil.Process(proc.pid).children()]
    os.killpg(proc.pid, signal.SIGINT)           # what the terminal sends: the whole group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.strip().count("\n") == 0 and err.startswith("interrupted: ") and "Traceback" not in err
    assert snapshot(out) == before and check_generation(out) == []
    wait_for(lambda: gone(workers), 10)


def test_workers_end_when_the_parent_is_killed(previous):
    raw, out, before = previous
    proc = start("extract", "--raw", str(raw), "--out", str(out), "--jobs", "2")
    wait_for(lambda: shards(out) > 3)
    workers = [c.pid for c in psutil.Process(proc.pid).children()]
    assert workers
    proc.kill()
    proc.wait()
    wait_for(lambda: gone(workers), 10)
    assert snapshot(out) == before and check_generation(out) == []


# The write step, slowed down (and announced by a marker file) so the test can kill in it.
SLOW_WRITE = """
import sys, time
from pathlib import Path
from pipeline import cache
real = cache.Cache.shard
def slow(self, doc_id):
    Path(sys.argv[3]).touch()
    time.sleep(0.1)
    return real(self, doc_id)
cache.Cache.shard = slow
from pipeline.cli import main
sys.exit(main(["extract", "--raw", sys.argv[1], "--out", sys.argv[2]]))
"""

# The moves into place, killed after the first table has moved.
DIE_WHILE_MOVING = """
import os, sys
from pipeline import write
def die(out):
    os.replace(out / write.WORK / "documents.csv", out / "documents.csv")
    os.kill(os.getpid(), 9)
write.apply_commit = die
from pipeline.cli import main
sys.exit(main(["extract", "--raw", sys.argv[1], "--out", sys.argv[2]]))
"""


def test_kill_9_during_the_write_step_leaves_the_previous_generation(previous, tmp_path):
    raw, out, before = previous
    marker = tmp_path / "writing"
    proc = start(str(raw), str(out), str(marker), code=SLOW_WRITE)
    wait_for(marker.exists)
    time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (out / ".writing").exists()                     # the new generation was being written
    assert snapshot(out) == before and check_generation(out) == []
    settle(out)                                            # a reader: nothing to finish
    assert snapshot(out) == before


def test_kill_9_while_moving_into_place_is_finished_by_the_next_reader(previous, tmp_path):
    raw, out, _ = previous
    proc = start(str(raw), str(out), code=DIE_WHILE_MOVING)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert check_generation(out) != []                     # mixed on disk for now...
    settle(out)                                            # ...until a reader or run finishes the move
    assert check_generation(out) == []
    assert len((out / "documents.csv").read_text(encoding="utf-8-sig").splitlines()) == 1 + 33


def test_a_second_run_on_the_same_out_stops_with_one_line(previous):
    raw, out, before = previous
    with locked(out):
        proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--raw", str(raw), "--out", str(out)],
                              cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == engine.EXIT_BUSY
    assert proc.stderr == (f"error: {out} is being written by another run (pid {os.getpid()}); "
                           "wait for it to end or give another --out\n")
    assert snapshot(out) == before
