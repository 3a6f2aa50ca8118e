"""Operation counts for complexity checks (never wall time: the machine is shared).

`steps(fn, files)` runs fn() and counts the Python lines executed in the given
source files; a stage linear in its input does about 4x the steps on an input
4x as long, a quadratic one about 16x."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable


def steps(fn: Callable[[], object], files: list[str]) -> int:
    names = {str(Path(f).resolve()) for f in files}
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def glob(frame, event, arg):
        return local if frame.f_code.co_filename in names else None

    sys.settrace(glob)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count


def growth(make: Callable[[int], Callable[[], object]], files: list[str], n: int) -> float:
    """Steps on an input of size 4n divided by steps on size n (linear: about 4)."""
    return steps(make(4 * n), files) / max(1, steps(make(n), files))


class RegexSpans:
    """Stands in for a compiled pattern and records how much text each call may scan."""

    def __init__(self, pattern):
        self.pattern, self.spans = pattern, []

    def search(self, text, pos=0, endpos=sys.maxsize):
        self.spans.append(min(endpos, len(text)) - pos)
        return self.pattern.search(text, pos, endpos)

    def match(self, text, pos=0, endpos=sys.maxsize):
        self.spans.append(min(endpos, len(text)) - pos)
        return self.pattern.match(text, pos, endpos)
