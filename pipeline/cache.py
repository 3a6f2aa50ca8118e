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

import hashlib
import os
import pickle
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.write import Shard

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
    detection = hashlib.sha256(repr([tomllib.loads(p.read_text(encoding="utf-8")).get("detect")
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


class Cache:
    """One file per document under <out>/.cache/ab/, named by a hash of its doc_id: its
    pickled `Shard` with the key it was made under, and the template candidates of the
    bytes the engine's pre-pass read (with their own key: doc_id, bytes, rules, path). One
    file, not two: creating files is most of what the cache costs. Every result is stored
    as it finishes (so a killed run resumes where it stopped); only the reusable ones with
    the current key are given back."""

    def __init__(self, folder: Path, fp: Fingerprint):
        self.folder, self.fp = folder, fp
        self._rules = fp.digest()
        self._root = os.fspath(folder)
        self._made: set[str] = set()        # sub-folders known to exist (one mkdir each per run)

    def _path(self, doc_id: str) -> str:
        # a plain string, not a Path: the engine asks for several per document
        name = hashlib.sha256(doc_id.encode()).hexdigest()[:32]
        return os.path.join(self._root, name[:2], name + ".shard")

    def _entry(self, doc_id: str) -> tuple | None:
        """(key, shard, candidates entry) as stored, or None."""
        try:
            entry = pickle.loads(_read(self._path(doc_id)))
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, TypeError):
            return None
        return entry if isinstance(entry, tuple) and len(entry) == 3 else None

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
        self._write(self._path(shard.doc_id), (self.fp.key(shard.sha256, shard.source, template, location), shard, lines))

    def _candidates_key(self, doc_id: str, raw_sha: str, location: str) -> tuple:
        # the absolute path too: it may select another source profile
        return doc_id, raw_sha, self._rules, location

    def _lines(self, doc_id: str, raw_sha: str, stored: Stored, location: str) -> tuple:
        # sorted, so that two runs write the same bytes (a set's order changes per process)
        found = stored.candidates
        return (self._candidates_key(doc_id, raw_sha, location), sorted(found.lines), found.title,
                sorted(found.text), sorted(stored.reach), stored.won)

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
        _, found, title, text, reach, won = lines
        return Stored(Candidates(frozenset(found), title, frozenset(text)), frozenset(reach), tuple(won))

    def put_candidates(self, doc_id: str, raw_sha: str, stored: Stored, location: str = "") -> None:
        """Store the candidates alone (the document's shard, if any, is kept)."""
        entry = self._entry(doc_id) or (None, None, None)
        self._write(self._path(doc_id), (entry[0], entry[1], self._lines(doc_id, raw_sha, stored, location)))

    def prune(self, doc_ids: list[str]) -> None:
        """Forget documents no longer in the corpus (and files of older cache formats)."""
        keep = {self._path(d) for d in doc_ids}
        for root, _, names in os.walk(self._root):
            for n in names:
                if (p := os.path.join(root, n)) not in keep:
                    os.unlink(p)

    def _write(self, path: str, obj) -> None:
        # Plain os calls, and each sub-folder made once per run rather than asked for at every write.
        folder = os.path.dirname(path)
        if folder not in self._made:
            os.makedirs(folder, exist_ok=True)
            self._made.add(folder)
        tmp = f"{path[:-len('.shard')]}.{os.getpid()}.tmp"
        with open(tmp, "wb") as f:
            f.write(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)       # a killed run never leaves half a file


def _read(path: str) -> bytes:
    with open(path, "rb", buffering=0) as f:    # unbuffered: no isatty or seek calls, one read
        return f.readall()
