"""Tables that are slow to build from the rule files, kept on disk between runs
(issue 10: start-up of a one-document run).

`cached(name, inputs, build)` returns build()'s value, stored with `marshal` under a key
that is the digest of `inputs`: every byte the value is made from (the data files, the
code that builds it, library and Python versions). Change any of them and the key
changes, so a stored value is never stale; it is only ever reused for the same inputs.
A value is written to a temporary file and renamed into place (atomic: a reader sees a
whole file or none), and the older files of the same name are removed. Where the cache
folder cannot be written, or a file cannot be read, the value is simply built.

The folder: $HANFACTS_CACHE, else $XDG_CACHE_HOME/hanfacts, else ~/.cache/hanfacts.
`marshal` holds only plain values (dicts, lists, str, int...), which is all it is used for."""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")


def folder() -> Path:
    if os.environ.get("HANFACTS_CACHE"):
        return Path(os.environ["HANFACTS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "hanfacts"


def cached(name: str, inputs: Iterable[bytes | str], build: Callable[[], T]) -> T:
    """build(), or the value stored for the same `name` and `inputs`."""
    h = hashlib.sha256(sys.version.encode())          # marshal's format follows Python's
    for part in inputs:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little") + data)
    path = folder() / f"{name}-{h.hexdigest()[:32]}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    _store(path, name, value)
    return value


def _store(path: Path, name: str, value) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(value, f)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        for old in path.parent.glob(f"{name}-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):     # a read-only or full disk: the run goes on without it
        pass
