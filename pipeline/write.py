"""Writing extracted/: CSVs as docs/contract.md defines them (UTF-8 with BOM, LF, sorted,
exact decimals) and one clean text per document.

Each document's rows are rendered once, as it finishes, into a `Shard` (its CSV lines
and clean text as bytes); a generation is the sorted concatenation of the shards, so
memory stays flat in corpus size. A generation is written beside the previous one and
moved into place through a journal (see `write_generation`), so a reader never sees a
table of one run next to a table of another, even after `kill -9`."""
from __future__ import annotations

import bisect
import csv
import fcntl
import functools
import hashlib
import io
import json
import operator
import os
import shutil
import signal
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pipeline.cells import MAX_CELL, TRIGGERS, to_cell
from pipeline.discover import clean_path
from pipeline.model import DocResult, Fact, PlaceMention

DOC_COLUMNS = ["doc_id", "source", "sha256", "encoding", "title", "published",
               "chars_raw", "chars_clean", "lines_removed", "status", "won_as", "won_evidence"]
PLACE_COLUMNS = ["doc_id", "sent"] + [f.name for f in fields(PlaceMention)]
FACT_COLUMNS = ["doc_id", "sent"] + [f.name for f in fields(Fact)]


def cell(value: object) -> str:
    """Numbers as exact decimals; text made spreadsheet-safe (pipeline/cells.py, docs/contract.md)."""
    if type(value) is str:          # most cells: checked first
        return to_cell(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format_decimal(value)
    if isinstance(value, (int, float)):
        return str(value)
    return to_cell(str(value))


def format_decimal(d: Decimal) -> str:
    """`9656000000`, `21689.5`, `46`: no exponent, no trailing zeros."""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def document_row(r: DocResult) -> dict:
    return {"doc_id": r.doc_id, "source": r.source, "sha256": r.sha256, "encoding": r.encoding,
            "title": r.title, "published": r.published, "chars_raw": r.chars_raw,
            "chars_clean": len(r.clean), "lines_removed": sum(x.whole_line for x in r.removed),
            "status": r.status, "won_as": r.won_as, "won_evidence": r.won_evidence}


def span_rows(r: DocResult, spans: Iterable[PlaceMention | Fact]) -> list[dict]:
    """Rows of places or facts with doc_id and the index of the sentence holding each span."""
    starts = [s for s, _ in r.sentences]
    rows = []
    for span in sorted(spans, key=lambda x: (x.start, x.end)):
        row = {"doc_id": r.doc_id, "sent": max(0, bisect.bisect_right(starts, span.start) - 1)}
        row.update(zip(_field_names(type(span)), _values(type(span))(span)))
        rows.append(row)
    return rows


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@functools.cache
def _values(cls: type) -> Callable[[object], tuple]:
    """The fields' values of a `cls` instance, as a tuple (one C call per span)."""
    names = _field_names(cls)
    get = operator.attrgetter(*names)
    return get if len(names) > 1 else lambda x: (get(x),)


def write_csv(path: Path, columns: list[str], rows: Iterable[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for row in rows:
            w.writerow([cell(row[c]) for c in columns])



# --- one document's rows, rendered as it finishes ------------------------------------

@dataclass
class Shard:
    """One document's part of every output, as the bytes the writer will concatenate."""
    doc_id: str
    source: str
    sha256: str                 # of the raw bytes that were processed ("" if unreadable)
    documents: bytes            # its documents.csv line
    places: bytes               # its places.csv lines
    facts: bytes                # its facts.csv lines
    clean: bytes | None         # its clean/<doc_id>.txt, None when it failed
    error: str = ""
    n_places: int = 0
    n_facts: int = 0
    reusable: bool = True       # False for a failure that may not happen again (time limit, crash)


def _csv_lines(columns: list[str], rows: Iterable[dict]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for row in rows:
        w.writerow([cell(row[c]) for c in columns])
    return buf.getvalue().encode("utf-8")


def _header(columns: list[str]) -> bytes:
    return b"\xef\xbb\xbf" + (",".join(columns) + "\n").encode("utf-8")


def _span_lines(r: DocResult, spans: list[PlaceMention] | list[Fact]) -> bytes:
    """The CSV lines of `span_rows(r, spans)`, built as lists (no dict per row)."""
    if not spans:
        return b""
    starts = [s for s, _ in r.sentences]
    doc, right = cell(r.doc_id), bisect.bisect_right
    # cell() of each value, with the common cases inline: a text that to_cell leaves as it
    # is (short, no formula trigger or ' first) and an int (never a bool: its type is bool)
    rows = [[doc, str(max(0, right(starts, span.start) - 1)),
             *[v if type(v) is str and v[:1] not in _AS_IS_NOT and len(v) <= MAX_CELL // 2
               else str(v) if type(v) is int else cell(v) for v in _values(type(span))(span)]]
            for span in sorted(spans, key=_START_END)]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


_START_END = operator.attrgetter("start", "end")
_AS_IS_NOT = frozenset(TRIGGERS + "'")      # a text starting so may need to_cell's prefix


def render(r: DocResult, reusable: bool = True) -> Shard:
    """The rows of one document, formatted exactly as the tables hold them."""
    return Shard(doc_id=r.doc_id, source=r.source, sha256=r.sha256,
                 documents=_csv_lines(DOC_COLUMNS, [document_row(r)]),
                 places=_span_lines(r, r.places),
                 facts=_span_lines(r, r.facts),
                 clean=None if r.error else r.clean.encode("utf-8") + b"\n",
                 error=r.error, n_places=len(r.places), n_facts=len(r.facts), reusable=reusable)


# --- a generation: the three tables and clean/ of one run, moved into place together -

TABLES = {"documents": DOC_COLUMNS, "places": PLACE_COLUMNS, "facts": FACT_COLUMNS}
MANIFEST = ".generation.json"    # written last: describes the generation in place
WORK = ".writing"                # the next generation, before it is moved into place
COMMIT = "COMMIT"                # inside WORK: present once the generation is complete


@dataclass
class Generation:
    """What the manifest says about the generation in place."""
    inputs: str                                  # digest of rules, documents and formats
    complete: bool = True                        # False: some failure should be retried
    documents: int = 0
    places: int = 0
    facts: int = 0
    failed: list[list[str]] = field(default_factory=list)    # [doc_id, error], sorted
    files: dict[str, dict] = field(default_factory=dict)     # name -> size, sha256
    clean: dict[str, int] = field(default_factory=dict)      # files, bytes under clean/


def read_manifest(out: Path) -> Generation | None:
    try:
        return Generation(**json.loads((out / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _file_digest(path: Path) -> dict:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return {"size": path.stat().st_size, "sha256": h.hexdigest()}


def _clean_summary(folder: Path) -> dict[str, int]:
    files = total = 0
    for root, _, names in os.walk(folder):
        for n in names:
            files += 1
            total += os.stat(os.path.join(root, n)).st_size
    return {"files": files, "bytes": total}


def check_generation(out: Path) -> list[str]:
    """Why the files in `out` are not the generation its manifest describes ([] when they are)."""
    gen = read_manifest(out)
    if gen is None:
        return [f"{out / MANIFEST}: missing or unreadable"]
    problems = []
    for name, want in gen.files.items():
        path = out / name
        if not path.is_file() or _file_digest(path) != want:
            problems.append(f"{name}: not the file of this generation")
    if _clean_summary(out / "clean") != gen.clean:
        problems.append("clean/: not the texts of this generation")
    return problems


def write_generation(out: Path, doc_ids: list[str], shard_of: Callable[[str], Shard],
                     inputs: str, formats: tuple[str, ...] = ("csv",)) -> Generation:
    """Write the tables of `doc_ids` (sorted) from their shards, then move them into place.

    Everything is first written under OUT/.writing/ (killing the run there leaves the
    previous generation untouched); COMMIT then records that the new generation is whole,
    and `apply_commit` moves it into place (a run that dies during the moves is finished
    by the next run or reader, see `settle`). Unchanged clean texts are not rewritten."""
    work = out / WORK
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    gen = Generation(inputs=inputs)
    files = {t: open(work / f"{t}.csv", "wb") for t in TABLES}
    wanted: dict[str, int] = {}      # clean/ files of this generation -> size
    present = {p.relative_to(out / "clean").as_posix() for p in _files(out / "clean")}
    staged = _Staged(out / "clean", work / "clean", present)
    try:
        for t, columns in TABLES.items():
            files[t].write(_header(columns))
        for doc_id in doc_ids:
            s = shard_of(doc_id)
            files["documents"].write(s.documents)
            files["places"].write(s.places)
            files["facts"].write(s.facts)
            gen.documents += 1
            gen.places += s.n_places
            gen.facts += s.n_facts
            if s.error:
                gen.failed.append([doc_id, s.error])
                gen.complete &= s.reusable
                continue
            rel = clean_path(doc_id).relative_to("clean").as_posix()
            wanted[rel] = len(s.clean)
            staged.write_if_changed(rel, s.clean)
        for f in files.values():
            f.flush()
            os.fsync(f.fileno())
    finally:
        for f in files.values():
            f.close()
    if "parquet" in formats:
        from pipeline.parquet import write_parquet
        for t in TABLES:
            write_parquet(work / f"{t}.csv", work / "parquet" / t / "part-0.parquet")
    stale = [f"clean/{rel}" for rel in sorted(present) if rel not in wanted]
    if "parquet" not in formats:
        stale += [p.relative_to(out).as_posix() for p in _files(out / "parquet")]
    return _commit(out, work, gen, stale, wanted)


def write_outputs(results: list[DocResult], out: Path) -> None:
    """One generation from results held in memory (tests, small API uses); a corpus run
    streams instead (pipeline/engine.py)."""
    shards = {r.doc_id: render(r) for r in results}
    out.mkdir(parents=True, exist_ok=True)
    with locked(out):
        recover(out)
        write_generation(out, sorted(shards), shards.__getitem__, inputs="")


class _Staged:
    """Clean texts written under `work` when they differ from the one in `current`
    (`present`: the files there, so that a new one is not looked for), with plain os calls
    and each folder made once (a run writes thousands)."""

    def __init__(self, current: Path, work: Path, present: set[str]):
        self.current, self.work, self.present = os.fspath(current), os.fspath(work), present
        self.made: set[str] = set()

    def write_if_changed(self, rel: str, data: bytes) -> None:
        if rel in self.present:
            try:
                with open(os.path.join(self.current, rel), "rb", buffering=0) as f:
                    if f.readall() == data:
                        return
            except OSError:
                pass
        path = os.path.join(self.work, rel)
        _makedirs(os.path.dirname(path), self.made)
        with open(path, "wb") as f:
            f.write(data)


def _makedirs(folder: str, made: set[str]) -> None:
    if folder not in made:
        os.makedirs(folder, exist_ok=True)
        made.add(folder)


def _files(folder: Path) -> Iterable[Path]:
    for root, _, names in os.walk(folder):
        for n in names:
            yield Path(root) / n


def _commit(out: Path, work: Path, gen: Generation, stale: list[str], wanted: dict[str, int]) -> Generation:
    tables = [f"{t}.csv" for t in TABLES] + sorted(p.relative_to(work).as_posix() for p in _files(work / "parquet"))
    gen.files = {name: _file_digest(work / name) for name in tables}
    gen.clean = {"files": len(wanted), "bytes": sum(wanted.values())}   # each file holds its shard's bytes
    (work / MANIFEST).write_text(json.dumps(gen.__dict__, ensure_ascii=False, indent=1), encoding="utf-8")
    journal = {"tables": tables, "stale": stale}
    tmp = work / (COMMIT + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(journal, f)
        f.flush()
        os.fsync(f.fileno())
    with _signals_held():
        os.replace(tmp, work / COMMIT)      # the commit point
        apply_commit(out)
    return gen


@contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C or SIGTERM during the moves takes effect after them, not half-way."""
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def apply_commit(out: Path) -> None:
    """Move a committed generation into place; idempotent, so a killed mover can be rerun."""
    work = out / WORK
    journal = json.loads((work / COMMIT).read_text(encoding="utf-8"))
    staged, made = os.fspath(work / "clean"), set()
    for root, _, names in os.walk(staged):
        if names:
            folder = os.path.join(os.fspath(out / "clean"), os.path.relpath(root, staged))
            _makedirs(os.path.normpath(folder), made)
            for n in names:
                os.replace(os.path.join(root, n), os.path.join(folder, n))
    for name in journal["tables"]:
        if (work / name).exists():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(work / name, out / name)
    for rel in journal["stale"]:
        (out / rel).unlink(missing_ok=True)
        _remove_empty_parents((out / rel).parent, out)
    if (work / MANIFEST).exists():
        os.replace(work / MANIFEST, out / MANIFEST)
    shutil.rmtree(work)


def _remove_empty_parents(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_relative_to(stop):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def recover(out: Path) -> None:
    """Finish a generation whose run died after COMMIT; discard one that died before."""
    work = out / WORK
    if (work / COMMIT).exists():
        apply_commit(out)
    elif work.exists():
        shutil.rmtree(work, ignore_errors=True)


# --- one writer at a time --------------------------------------------------------------

LOCK = ".lock"


class Busy(Exception):
    """Another run holds the lock on --out."""


@contextmanager
def locked(out: Path, wait: bool = False) -> Iterator[None]:
    """Hold OUT/.lock (fcntl.flock) while writing; a second writer stops (or waits)."""
    fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            pid = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            raise Busy(f"{out} is being written by another run (pid {pid}); "
                       "wait for it to end or give another --out") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)     # releases the lock


def settle(out: Path) -> None:
    """For readers: if a run died while moving its generation into place, finish the move
    first (or wait for the living run that is doing it), so the tables read agree."""
    if (out / WORK / COMMIT).exists():
        try:
            with locked(out, wait=True):
                recover(out)
        except PermissionError:
            pass      # a read-only reader cannot repair; the next run will
