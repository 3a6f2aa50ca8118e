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
import re
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


# --- compiled regular expressions ------------------------------------------------------
# Compiling the rules' regexes (the profiles', the facts', the places' vetoes: some 600)
# is most of load_rules's time, and the first document compiles more (jieba's, bs4's, the
# readers' lazy ones). `re` turns a pattern into a list of sre opcodes and hands it to
# _sre.compile; the opcodes are plain ints, so they are kept in one table on disk, keyed
# by the pattern and its flags, in a file whose name holds the Python version (opcodes
# differ between versions). Each entry is checked when it is stored: the pattern rebuilt
# from it must equal (same flags, opcodes, pattern and groups) the one `re` compiled, or
# it is not stored. A missing, damaged or other Python's table costs nothing but the
# compiling; an entry `_sre` refuses is compiled as usual.
PATTERNS_MAX = 3_000       # entries kept; the pipeline uses about 1,000
PATTERNS_REWRITE = 4       # misses before the table is written again (a few stray ones are not worth it)


class _Patterns:
    def __init__(self, path: Path, table: dict, compile_: Callable, sre) -> None:
        self.path, self.table, self.original, self.sre = path, table, compile_, sre
        self.new: dict = {}        # entries compiled in this process, checked, not yet stored
        self.used: set = set()     # keys this process asked for (kept first when the table is full)
        self.hits = self.misses = 0

    def compile(self, p, flags=0):
        """re._compiler.compile's stand-in: the stored opcodes of (p, flags), else re's own."""
        if not isinstance(p, (str, bytes)) or flags & (re.DEBUG | re.LOCALE):
            return self.original(p, flags)       # parsed trees, locale-dependent and debug output: as re does
        key = (p, int(flags))
        self.used.add(key)
        entry = self.table.get(key) or self.new.get(key)
        if entry is not None:
            try:
                pattern = self.sre.compile(p, *entry)
                self.hits += 1
                return pattern
            except Exception:       # noqa: BLE001 - an entry _sre refuses: compile as usual
                self.table.pop(key, None)
        self.misses += 1
        compiled = self.original(p, flags)
        entry = _opcodes(p, int(flags))
        if entry is not None and _same(self.sre.compile(p, *entry), compiled):
            self.new[key] = entry
        return compiled

    def save(self) -> None:
        """Write the table when PATTERNS_REWRITE or more patterns were missing from it:
        this process's patterns first, then the stored ones, up to PATTERNS_MAX."""
        if len(self.new) >= PATTERNS_REWRITE:
            self.table, self.new = _rewrite(self.path, "sre", self.table, self.new, self.used), {}


def _rewrite(path: Path, name: str, table: dict, new: dict, used: set, limit: int | None = None) -> dict:
    """Store a table: this process's entries first (new, then used), then the stored ones,
    up to `limit` (PATTERNS_MAX). Returns what was stored."""
    limit = PATTERNS_MAX if limit is None else limit
    kept = {**new, **{k: table[k] for k in used if k in table}}
    for key, entry in table.items():
        if len(kept) >= limit:
            break
        kept.setdefault(key, entry)
    kept = dict(list(kept.items())[:max(limit, len(new) + len(used))])
    _store(path, name, kept)
    return kept


def _read_table(path: Path) -> dict:
    """The table stored at `path`, or {} (none, damaged, not a table)."""
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


_patterns: _Patterns | None = None


def use_stored_patterns() -> None:
    """From now on in this process, compile regexes from the stored table where it holds
    them (idempotent; does nothing on a Python whose `re` is not built as 3.11's)."""
    global _patterns
    if _patterns is not None:
        return
    try:
        import _sre
        from re import _compiler, _parser
        if not (callable(_compiler.compile) and callable(_compiler._code) and callable(_parser.parse)):
            return
    except (ImportError, AttributeError):
        return
    key = hashlib.sha256(f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}".encode())
    path = folder() / f"sre-{key.hexdigest()[:32]}.marshal"
    _patterns = _Patterns(path, _read_table(path), _compiler.compile, _sre)
    _compiler.compile = _patterns.compile
    _use_stored_needs()


def save_patterns() -> None:
    """Store the patterns compiled since the table was read, when enough were missing (and
    so the needed strings read since, below)."""
    if _patterns is not None:
        _patterns.save()
    if _needs is not None:
        _needs.save()
    if _toml is not None:
        _toml.save()


def stop_stored_patterns() -> None:
    """`re` compiles by itself again (tests compare both ways), needed strings are read again
    and the TOML table is read afresh from the folder of the time."""
    global _patterns, _needs, _toml
    if _patterns is not None:
        from re import _compiler
        _compiler.compile = _patterns.original
        _patterns = None
    _needs = _toml = None


def pattern_counts() -> tuple[int, int]:
    """(patterns taken from the table, patterns compiled) in this process since use_stored_patterns."""
    return (_patterns.hits, _patterns.misses) if _patterns is not None else (0, 0)


def _opcodes(p: str | bytes, flags: int) -> tuple | None:
    """The arguments after the pattern that re._compiler.compile hands to _sre.compile,
    worked out as it does (Python 3.11-3.13)."""
    from re import _compiler, _parser
    try:
        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
                tuple(indexgroup))
    except Exception:      # noqa: BLE001 - whatever it is, re's own compile stands
        return None


def _same(a, b) -> bool:
    """Pattern equality compares flags, opcodes and the pattern, not the groups."""
    return a == b and a.groups == b.groups and a.groupindex == b.groupindex


# --- what each rule regex needs (pipeline/ingest/regex_needs.py) -------------------------
# Reading a regex's parse tree for the strings every match holds was a quarter of loading
# the rules (some 1,000 patterns). The answer is plain values (regex_needs encodes it), so
# it is kept in a table beside the compiled regexes, keyed by the pattern, its flags and
# whether its ways were asked for, in a file named after the Python version (re's parser)
# and the bytes of regex_needs.py (the code that reads it): a change of either is another
# file. Used between use_stored_patterns and stop_stored_patterns, written with the patterns.


class _Table:
    def __init__(self, path: Path, table: dict) -> None:
        self.path, self.table = path, table
        self.new: dict = {}        # entries read in this process, not yet stored
        self.used: set = set()

    def get(self, key):
        self.used.add(key)
        return self.table.get(key)

    def offer(self, key, entry) -> None:
        self.used.add(key)
        self.new[key] = entry

    def save(self) -> None:
        if len(self.new) >= PATTERNS_REWRITE:
            self.table, self.new = _rewrite(self.path, "needs", self.table, self.new, self.used), {}


_needs: _Table | None = None


def _use_stored_needs() -> None:
    global _needs
    try:
        code = (Path(__file__).parent / "ingest" / "regex_needs.py").read_bytes()
    except OSError:       # not laid out as files (a zipped install): read every pattern
        return
    key = hashlib.sha256(sys.version.encode() + b"\0" + code)
    path = folder() / f"needs-{key.hexdigest()[:32]}.marshal"
    _needs = _Table(path, _read_table(path))


def stored_needs(key: tuple):
    """The stored entry for (pattern, flags, ways), or None (no table, or not in it)."""
    return _needs.get(key) if _needs is not None else None


def offer_needs(key: tuple, entry) -> None:
    """An entry read in this process, stored with the next save_patterns."""
    if _needs is not None:
        _needs.offer(key, entry)


# --- the rule files' TOML, parsed -------------------------------------------------------
# The rules are some 650 KB of TOML, parsed by tomllib (pure Python) on every run, the
# profiles twice (the cache's fingerprint reads their `detect`). The parsed value is plain
# (tables, arrays, strings, numbers, booleans), so it is kept, marshalled, in one table
# under the digest of the exact text parsed, in a file named after the Python version
# (tomllib's); a text holding what marshal cannot store (a TOML date) is parsed each time.
# Each read unmarshals anew, so a caller that changes what it got changes no other's copy.


TEXTS_MAX = 100      # texts kept: the rule files (about 40) and a few older versions of them


class _Texts(_Table):
    def save(self) -> None:
        if self.new:
            self.table, self.new = _rewrite(self.path, "toml", self.table, self.new, self.used, TEXTS_MAX), {}


_toml: _Texts | None = None


def parse_toml(text: str) -> dict:
    """tomllib.loads(text), or the same value stored for the same text."""
    global _toml
    if _toml is None:
        key = hashlib.sha256(f"toml|{sys.version}".encode())
        path = folder() / f"toml-{key.hexdigest()[:32]}.marshal"
        _toml = _Texts(path, _read_table(path))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
    entry = _toml.get(digest)
    if isinstance(entry, bytes):
        try:
            return marshal.loads(entry)
        except (ValueError, EOFError, TypeError):
            pass
    import tomllib
    value = tomllib.loads(text)
    try:
        _toml.offer(digest, marshal.dumps(value))
    except ValueError:        # a date or time: not stored
        pass
    return value
