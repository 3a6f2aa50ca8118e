"""Checks of command-line paths, run before any work. Each returns None when the
arguments are usable, else the one-line reason (the command then exits 2)."""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path


def check_rules(rules: Path | None) -> str | None:
    if rules is not None and not rules.is_dir():
        return f"--rules {rules}: not a folder"
    return None


def check_clean(file: Path, rules: Path | None) -> str | None:
    if not file.is_file():
        return f"{file}: {'not a file' if file.exists() else 'no such file'}"
    return check_rules(rules)


def check_out(out: Path) -> str | None:
    """--out must be a folder we can write into, or a path we can create one at."""
    existing = out
    while not existing.exists():
        if existing.parent == existing:
            break
        existing = existing.parent
    if not existing.is_dir():
        return f"--out {out}: {existing} is a file, not a folder"
    try:                                   # permissions alone lie for root and read-only mounts
        tempfile.TemporaryFile(dir=existing).close()
    except OSError as e:
        return f"--out {out}: cannot write in {existing} ({e.strerror})"
    return None


def check_extract(raw: Path, out: Path, rules: Path | None) -> str | None:
    if not raw.is_dir():
        return f"--raw {raw}: not a folder"
    if out.resolve() == raw.resolve():
        return f"--out {out} is the --raw folder: outputs would be read back as input"
    if any(raw.resolve().is_relative_to(out.resolve() / sub) for sub in ("clean", "review", ".cache")):
        return f"--raw {raw} is inside the outputs of --out {out}"
    return check_rules(rules) or check_out(out)


def check_extracted(folder: Path, what: str, tables: tuple[str, ...] = ("documents", "places", "facts")) -> str | None:
    """`folder` holds an extraction: at least one of `tables`."""
    if not folder.is_dir():
        return f"{what} {folder}: not a folder"
    if not any((folder / f"{t}.csv").is_file() for t in tables):
        return f"{what} {folder}: no {' or '.join(t + '.csv' for t in tables)} (run `python -m pipeline extract --out {folder}` first)"
    return None


def check_diff(old: Path | None, new: Path, git_rev: str | None) -> str | None:
    if git_rev is not None:
        proc = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{git_rev}^{{commit}}"],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            return f"--git {git_rev}: not a git revision here"
    else:
        problem = check_extracted(old, "OLD")
        if problem:
            return problem
    return check_extracted(new, "NEW")


def check_review(raw: Path, out: Path) -> str | None:
    return check_extracted(out, "--out", ("documents",)) or (None if raw.is_dir() else f"--raw {raw}: not a folder")
