"""Per-document cache for incremental runs. A stored result is reused only when the raw
bytes, the file's absolute path (source profiles match on its folders, which may lie above
--raw), the code and shared rule data, every profile's detection rule, the profile that
cleaned the document, and the template lines its source folder gave it are all unchanged;
so a changed source profile re-extracts exactly that source's documents, a document added
to a folder re-extracts the folder's documents whose template lines it changed, and any
other change re-extracts everything.

Beside each result the cache keeps the document's template candidates
(pipeline/ingest/template.py) under a key made of its doc_id, its absolute path, its
bytes' hash and the rules: the engine's pre-pass finds them there and reads no unchanged
document again."""
from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from pipeline.write import Shard
from pipeline.rulecache import parse_toml

if TYPE_CHECKING:
    from pipeline.ingest.template import Candidates

PACKAGE = Path(__file__).parent
PROFILES = PACKAGE / "ingest" / "profiles"
_CODE_AND_DATA = ("*.py", "*.toml", "*.tsv", "*.txt", "*.csv", "*.json", "*.pkl", "*.bin")


@dataclass(frozen=True)
class Fingerprint:
    base: str                   # code and every rule file except source profiles
    profiles: dict[str, str]    # per profile: its file and generic.toml

    def key(self, raw_sha: str, profile: str, template: str = "", location: str = "") -> tuple:
        """`template`: the digest of the document's template lines (template.digest);
        `location`: the file's absolute path (discover.Found.location)."""
        return raw_sha, self.base, self.profiles.get(profile), template, location

    def digest(self) -> str:
        return hashlib.sha256(repr((self.base, sorted(self.profiles.items()))).encode()).hexdigest()


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(str(p.relative_to(PACKAGE.parent) if p.is_relative_to(PACKAGE.parent) else p).encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def fingerprint(rules_dir: Path | None = None, subjects: str | None = None) -> Fingerprint:
    """`subjects`: the subject reader chosen for the run (another one gives other subjects)."""
    profile_files = sorted(PROFILES.glob("*.toml"))
    extra = sorted(rules_dir.rglob("*")) if rules_dir and rules_dir.is_dir() else []
    others = [p for pat in _CODE_AND_DATA for p in PACKAGE.rglob(pat)
              if p.parent != PROFILES and "__pycache__" not in p.parts]
    detection = hashlib.sha256(repr([parse_toml(p.read_text(encoding="utf-8")).get("detect")
                                     for p in profile_files]).encode()).hexdigest()
    base = _digest(others + [p for p in extra if p.is_file()]) + detection + (f" subjects={subjects}" if subjects else "")
    generic = PROFILES / "generic.toml"
    return Fingerprint(base, {p.stem: _digest([generic, p]) for p in profile_files})


@dataclass(frozen=True)
class Stored:
    """What the template pre-pass keeps of a document (pipeline/work.py:FirstPass): its
    candidates, those of them its template step looked at, and its result's won fields."""
    candidates: Candidates
    reach: frozenset[str] = frozenset()
    won: tuple[str, str] = ("", "")
    resume: object = None       # pipeline.document.Resume: where cleaning again can go on from


class Cache:
    """The stored results of <out>/.cache/, in a few append-only pack files rather than a
    file per document (creating a file costs far more than appending to one): a record
    per put, holding a document's pickled `Shard` with the key it was made under and the
    template candidates of the bytes the engine's pre-pass read (with their own key:
    doc_id, bytes, rules, path). Every result is appended as it finishes (so a killed run
    resumes where it stopped); only the reusable ones with the current key are given back.

    Where each document's latest record lies (`index`, a few dozen bytes per document) is
    saved by `close`; records appended after the last save (a killed run) are found again
    by reading the packs on from where the saved index ends. `close` also rewrites the
    live records into one new pack when the dead ones (superseded, pruned) outweigh them
    or packs pile up."""

    def __init__(self, folder: Path, fp: Fingerprint):
        self.folder, self.fp = folder, fp
        self._rules = fp.digest()
        self._root = os.fspath(folder)
        self._index: dict[str, int] | None = None    # doc_id -> where its record lies (_where)
        self._ends: dict[int, int] = {}      # pack -> bytes covered by the index
        self._fds: dict[int, int] = {}       # packs open for reading
        self._out: int | None = None         # the pack this run appends to (its number)
        self._out_fd = -1
        self._dirty = False                  # the index on disk is behind

    # --- the index ----------------------------------------------------------------------

    def _load(self) -> dict[str, int]:
        if self._index is not None:
            return self._index
        index: dict[str, int] = {}
        ends: dict[int, int] = {}
        try:
            saved = pickle.loads(_read(os.path.join(self._root, _INDEX)))
            if isinstance(saved, tuple) and len(saved) == 3 and saved[0] == _FORMAT:
                _, index, ends = saved
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, TypeError):
            index, ends = {}, {}
        packs = _packs(self._root)
        if any(pack not in packs for pack in ends):      # a pack removed by hand: its documents are gone
            ends = {pack: end for pack, end in ends.items() if pack in packs}
            index = {d: where for d, where in index.items() if _unpack(where)[0] in ends}
            self._dirty = True
        for pack in sorted(packs):       # records appended since the index was saved (a killed run)
            if packs[pack] != ends.get(pack, 0):
                for doc_id, where in _scan(self._root, pack, ends.get(pack, 0)):
                    index[doc_id] = where
                self._dirty = True
            ends[pack] = packs[pack]
        self._index, self._ends = index, ends
        return index

    def _entry(self, doc_id: str) -> tuple | None:
        """(key, shard, candidates entry) as stored, or None."""
        where = self._load().get(doc_id)
        if where is None:
            return None
        pack, offset, length = _unpack(where)
        try:
            fd = self._fds.get(pack)
            if fd is None:
                fd = self._fds[pack] = os.open(_pack_path(self._root, pack), os.O_RDONLY)
            got, entry = pickle.loads(os.pread(fd, length, offset))
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, TypeError):
            return None
        return entry if got == doc_id and isinstance(entry, tuple) and len(entry) == 3 else None

    def _write(self, doc_id: str, entry: tuple) -> None:
        """Append one record: its length (4 bytes), then the pickled (doc_id, entry)."""
        index = self._load()
        if self._out is None:
            os.makedirs(self._root, exist_ok=True)
            self._out = max(self._ends, default=0) + 1
            self._out_fd = os.open(_pack_path(self._root, self._out), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            self._ends[self._out] = os.fstat(self._out_fd).st_size
        payload = pickle.dumps((doc_id, entry), protocol=pickle.HIGHEST_PROTOCOL)
        record = len(payload).to_bytes(4, "little") + payload
        view = memoryview(record)
        while view:                      # a write to a regular file may be partial
            view = view[os.write(self._out_fd, view):]
        start = self._ends[self._out]
        self._ends[self._out] = start + len(record)
        index[doc_id] = _where(self._out, start + 4, len(payload))
        self._dirty = True

    def close(self, compact: bool = True) -> None:
        """Save the index if it changed, and (`compact`) copy the live records into one
        pack when the dead ones outweigh them or packs pile up."""
        if self._out_fd >= 0:
            os.close(self._out_fd)
            self._out_fd = -1
        self._out = None
        try:
            if self._index is not None:
                live = sum((where & _LENGTH) + 4 for where in self._index.values())
                if compact and self._ends and (sum(self._ends.values()) > 2 * live or len(self._ends) > _MAX_PACKS):
                    self._compact()
                elif self._dirty:
                    self._save()
                self._dirty = False
        finally:
            for fd in self._fds.values():
                os.close(fd)
            self._fds = {}

    def _save(self) -> None:
        if not os.path.isdir(self._root):
            return
        tmp = os.path.join(self._root, f"{_INDEX}.{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            f.write(pickle.dumps((_FORMAT, self._index, self._ends), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, os.path.join(self._root, _INDEX))

    def _compact(self) -> None:
        """The live records, copied in doc_id order into one new pack; the others removed
        once the index that points into the new pack is saved (a run killed in between
        leaves copies the next run reads as the latest records: the same bytes)."""
        old = set(self._ends)
        pack = max(old, default=0) + 1
        fd = os.open(_pack_path(self._root, pack), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        index, offset = {}, 0
        try:
            for doc_id in sorted(self._index):
                src, start, length = _unpack(self._index[doc_id])
                rfd = self._fds.get(src)
                if rfd is None:
                    rfd = self._fds[src] = os.open(_pack_path(self._root, src), os.O_RDONLY)
                record = os.pread(rfd, length + 4, start - 4)
                view = memoryview(record)
                while view:
                    view = view[os.write(fd, view):]
                index[doc_id] = _where(pack, offset + 4, length)
                offset += len(record)
        finally:
            os.close(fd)
        self._index, self._ends = index, {pack: offset}
        self._save()
        for p in old:
            with contextlib.suppress(OSError):
                os.unlink(_pack_path(self._root, p))

    # --- results and candidates ---------------------------------------------------------

    def load(self, doc_id: str) -> tuple[tuple, Shard] | None:
        entry = self._entry(doc_id)
        if entry is None:
            return None
        key, shard, _ = entry
        return (key, shard) if isinstance(shard, Shard) and shard.doc_id == doc_id else None

    def get(self, doc_id: str, raw_sha: str, template: str = "", location: str = "") -> Shard | None:
        """The stored shard of `doc_id` if it was made from these bytes at this `location`
        with these rules and these template lines (their digest)."""
        hit = self.load(doc_id)
        if not hit or not raw_sha:
            return None
        key, shard = hit
        return shard if shard.reusable and key == self.fp.key(raw_sha, shard.source, template, location) else None

    def shard(self, doc_id: str) -> Shard:
        """The stored shard, whatever its key (the writer reads back what this run stored)."""
        hit = self.load(doc_id)
        if hit is None:
            raise FileNotFoundError(f"no result stored for {doc_id} in {self.folder}")
        return hit[1]

    def put(self, shard: Shard, template: str = "", location: str = "",
            candidates: tuple[str, Stored] | None = None, kept: tuple | None | bool = False) -> None:
        """Store `shard`; with `candidates` (the bytes' sha256 and what the pre-pass found in
        them) those too, else the candidates stored before are kept (`kept`: those, as
        `entry` gave them, when the caller read them already: one read less)."""
        lines = self._lines(shard.doc_id, *candidates, location) if candidates else \
            self._kept(shard.doc_id) if kept is False else kept
        self._write(shard.doc_id, (self.fp.key(shard.sha256, shard.source, template, location), shard, lines))

    def _candidates_key(self, doc_id: str, raw_sha: str, location: str) -> tuple:
        # the absolute path too: it may select another source profile
        return doc_id, raw_sha, self._rules, location

    def _lines(self, doc_id: str, raw_sha: str, stored: Stored, location: str) -> tuple:
        # sorted, so that two runs write the same bytes (a set's order changes per process)
        found = stored.candidates
        return (self._candidates_key(doc_id, raw_sha, location), sorted(found.lines), found.title,
                sorted(found.text), sorted(stored.reach), stored.won, stored.resume)

    def _kept(self, doc_id: str) -> tuple | None:
        entry = self._entry(doc_id)
        return entry[2] if entry is not None else None

    def has_candidates(self, doc_id: str, raw_sha: str, location: str = "") -> bool:
        return self.candidates(doc_id, raw_sha, location) is not None

    def candidates(self, doc_id: str, raw_sha: str, location: str = "") -> Stored | None:
        """The template candidates stored for these bytes of `doc_id` at `location` under these rules."""
        return self._stored(self._kept(doc_id), self._candidates_key(doc_id, raw_sha, location))

    def with_candidates(self, doc_id: str, raw_sha: str, location: str = "") -> tuple[tuple | None, Shard | None, Stored | None]:
        """(key, shard, candidates) of `doc_id` as `load` and `candidates` give them, in one read."""
        return self.entry(doc_id, raw_sha, location)[:3]

    def entry(self, doc_id: str, raw_sha: str, location: str = "") -> tuple[tuple | None, Shard | None, Stored | None, tuple | None]:
        """`with_candidates`, and the candidates as stored, for `put(..., kept=...)`."""
        entry = self._entry(doc_id)
        if entry is None:
            return None, None, None, None
        key, shard, lines = entry
        if not isinstance(shard, Shard) or shard.doc_id != doc_id:
            key = shard = None
        return key, shard, self._stored(lines, self._candidates_key(doc_id, raw_sha, location)), lines

    @staticmethod
    def _stored(lines: tuple | None, key: tuple) -> Stored | None:
        if lines is None or lines[0] != key:
            return None
        from pipeline.ingest.template import Candidates     # not imported by a run with nothing new
        _, found, title, text, reach, won, resume = lines
        return Stored(Candidates(frozenset(found), title, frozenset(text)), frozenset(reach), tuple(won), resume)

    def put_candidates(self, doc_id: str, raw_sha: str, stored: Stored, location: str = "") -> None:
        """Store the candidates alone (the document's shard, if any, is kept)."""
        entry = self._entry(doc_id) or (None, None, None)
        self._write(doc_id, (entry[0], entry[1], self._lines(doc_id, raw_sha, stored, location)))

    def prune(self, doc_ids: list[str]) -> None:
        """Forget documents no longer in the corpus (and remove files of older cache formats:
        a file per document in sub-folders)."""
        index = self._load()
        keep = set(doc_ids)
        for doc_id in [d for d in index if d not in keep]:
            del index[doc_id]
            self._dirty = True
        if os.path.isdir(self._root):
            for name in os.listdir(self._root):
                path = os.path.join(self._root, name)
                if os.path.isdir(path) and len(name) == 2:
                    shutil.rmtree(path, ignore_errors=True)
                elif name.startswith(f"{_INDEX}.") and name.endswith(".tmp") and name != f"{_INDEX}.{os.getpid()}.tmp":
                    with contextlib.suppress(OSError):
                        os.unlink(path)      # an index a killed run was writing

    def __len__(self) -> int:
        return len(self._load())


_FORMAT = 2                 # of the index file
_LENGTH = (1 << 32) - 1


def _where(pack: int, offset: int, length: int) -> int:
    """A record's place as one int (a tuple of three costs three times the memory, for
    every document of the corpus)."""
    return pack << 72 | offset << 32 | length


def _unpack(where: int) -> tuple[int, int, int]:
    return where >> 72, (where >> 32) & ((1 << 40) - 1), where & _LENGTH
_INDEX = "index"
_MAX_PACKS = 8              # more, and `close` copies the live records into one


def _pack_path(root: str, pack: int) -> str:
    return os.path.join(root, f"{pack:06d}.pack")


def _packs(root: str) -> dict[int, int]:
    """The packs in `root`: number -> size."""
    found = {}
    try:
        names = os.listdir(root)
    except OSError:
        return found
    for name in names:
        if name.endswith(".pack") and name[:-5].isdigit():
            with contextlib.suppress(OSError):
                found[int(name[:-5])] = os.stat(os.path.join(root, name)).st_size
    return found


def _scan(root: str, pack: int, start: int) -> Iterator[tuple[str, int]]:
    """(doc_id, where) of the whole records of `pack` from byte `start` on, read one by
    one; a record cut short by a killed run ends the scan."""
    try:
        f = open(_pack_path(root, pack), "rb")
    except OSError:
        return
    with f:
        f.seek(start)
        at = start
        while len(head := f.read(4)) == 4:
            length = int.from_bytes(head, "little")
            payload = f.read(length)
            if len(payload) < length:
                return
            try:
                doc_id = pickle.loads(payload)[0]
            except (pickle.UnpicklingError, EOFError, ValueError, AttributeError, TypeError, IndexError, KeyError):
                doc_id = None
            if isinstance(doc_id, str):
                yield doc_id, _where(pack, at + 4, length)
            at += 4 + length


def stored_count(folder: Path) -> int:
    """How many results the cache in `folder` holds (the latest of each document; tests
    watch a run's progress by it)."""
    cache = Cache(folder, Fingerprint("", {}))
    n = len(cache)
    cache._dirty = False        # a reader: the index is the writer's to save
    cache.close(compact=False)
    return n


def _read(path: str) -> bytes:
    with open(path, "rb", buffering=0) as f:    # unbuffered: no isatty or seek calls, one read
        return f.readall()
