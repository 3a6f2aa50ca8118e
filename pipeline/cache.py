"""Per-document cache for incremental runs. A stored result is reused only when the raw
bytes, the code and shared rule data, every profile's detection rule, and the profile
that cleaned the document are all unchanged; so a changed source profile re-extracts
exactly that source's documents, and any other change re-extracts everything."""
from __future__ import annotations

import hashlib
import pickle
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pipeline.model import DocResult

PACKAGE = Path(__file__).parent
PROFILES = PACKAGE / "ingest" / "profiles"
_CODE_AND_DATA = ("*.py", "*.toml", "*.tsv", "*.txt", "*.csv", "*.json", "*.pkl", "*.bin")


@dataclass(frozen=True)
class Fingerprint:
    base: str                   # code and every rule file except source profiles
    profiles: dict[str, str]    # per profile: its file and generic.toml

    def key(self, raw_sha: str, profile: str) -> tuple:
        return raw_sha, self.base, self.profiles.get(profile)


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(str(p.relative_to(PACKAGE.parent) if p.is_relative_to(PACKAGE.parent) else p).encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def fingerprint(rules_dir: Path | None = None) -> Fingerprint:
    profile_files = sorted(PROFILES.glob("*.toml"))
    extra = sorted(rules_dir.rglob("*")) if rules_dir and rules_dir.is_dir() else []
    others = [p for pat in _CODE_AND_DATA for p in PACKAGE.rglob(pat)
              if p.parent != PROFILES and "__pycache__" not in p.parts]
    detection = hashlib.sha256(repr([tomllib.loads(p.read_text(encoding="utf-8")).get("detect")
                                     for p in profile_files]).encode()).hexdigest()
    base = _digest(others + [p for p in extra if p.is_file()]) + detection
    generic = PROFILES / "generic.toml"
    return Fingerprint(base, {p.stem: _digest([generic, p]) for p in profile_files})


class Cache:
    """One pickle per document under <out>/.cache/, named by a hash of its doc_id."""

    def __init__(self, folder: Path, fp: Fingerprint):
        self.folder, self.fp = folder, fp

    def _path(self, doc_id: str) -> Path:
        return self.folder / (hashlib.sha256(doc_id.encode()).hexdigest()[:32] + ".pickle")

    def get(self, doc_id: str, raw_sha: str) -> DocResult | None:
        try:
            key, result = pickle.loads(self._path(doc_id).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError):
            return None
        return result if key == self.fp.key(raw_sha, result.source) and result.doc_id == doc_id else None

    def put(self, result: DocResult) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps((self.fp.key(result.sha256, result.source), result), protocol=pickle.HIGHEST_PROTOCOL)
        self._path(result.doc_id).write_bytes(data)

    def prune(self, doc_ids: list[str]) -> None:
        keep = {self._path(d) for d in doc_ids}
        for p in self.folder.glob("*.pickle"):
            if p not in keep:
                p.unlink()
