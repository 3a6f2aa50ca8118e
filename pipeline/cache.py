"""Per-document cache for incremental runs. A stored result is reused only when the raw
bytes, the file's absolute path (source profiles match on its folders, which may lie above
--raw), the code and shared rule data, every profile's detection rule, the profile that
cleaned the document, and the template lines its source folder gave it are all unchanged;
so a changed source profile re-extracts exactly that source's documents, a document added
to a folder re-extracts the folder's documents whose template lines it changed, and any
other change re-extracts everything.

Beside each result the cache keeps the document's template candidates
(pipeline/ingest/template.py) under a name made of its doc_id, its absolute path, its
bytes' hash and the rules: the engine's pre-pass finds them by name and reads no unchanged
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
    """One pickled `Shard` per document under <out>/.cache/ab/, named by a hash of its
    doc_id. Every result is stored as it finishes (so a killed run resumes where it
    stopped); only the reusable ones with the current key are given back."""

    def __init__(self, folder: Path, fp: Fingerprint):
        self.folder, self.fp = folder, fp
        self._rules = fp.digest()

    def _path(self, doc_id: str) -> Path:
        name = hashlib.sha256(doc_id.encode()).hexdigest()[:32]
        return self.folder / name[:2] / (name + ".shard")

    def load(self, doc_id: str) -> tuple[tuple, Shard] | None:
        try:
            key, shard = pickle.loads(self._path(doc_id).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, TypeError):
            return None
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

    def put(self, shard: Shard, template: str = "", location: str = "") -> None:
        _write(self._path(shard.doc_id), (self.fp.key(shard.sha256, shard.source, template, location), shard))

    def candidates_path(self, doc_id: str, raw_sha: str, location: str = "") -> Path:
        """Where the template candidates of these bytes of `doc_id` at `location` (the file's
        absolute path: it may select another source profile) under these rules live."""
        key = f"{doc_id}\0{raw_sha}\0{self._rules}\0{location}"
        name = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]
        return self.folder / name[:2] / (name + ".lines")

    def has_candidates(self, doc_id: str, raw_sha: str, location: str = "") -> bool:
        return self.candidates_path(doc_id, raw_sha, location).exists()

    def candidates(self, doc_id: str, raw_sha: str, location: str = "") -> Stored | None:
        from pipeline.ingest.template import Candidates     # not imported by a run with nothing new
        try:
            lines, title, text, reach, won = pickle.loads(self.candidates_path(doc_id, raw_sha, location).read_bytes())
            return Stored(Candidates(frozenset(lines), title, frozenset(text)), frozenset(reach), tuple(won))
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, TypeError):
            return None

    def put_candidates(self, doc_id: str, raw_sha: str, stored: Stored, location: str = "") -> None:
        # sorted, so that two runs write the same bytes (a set's order changes per process)
        found = stored.candidates
        _write(self.candidates_path(doc_id, raw_sha, location),
               (sorted(found.lines), found.title, sorted(found.text), sorted(stored.reach), stored.won))

    def prune(self, doc_ids: list[str], keep_also: set[Path] = frozenset()) -> None:
        """Forget documents no longer in the corpus (and files of older cache formats);
        `keep_also`: the candidates files still current (candidates_path)."""
        keep = {self._path(d) for d in doc_ids} | set(keep_also)
        for root, _, names in os.walk(self.folder):
            for n in names:
                if (p := Path(root) / n) not in keep:
                    p.unlink()


def _write(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(tmp, path)       # a killed run never leaves half a file
