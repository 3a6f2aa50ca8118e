"""Sorted-span lookups shared by the stages, each O(log n), so that a stage that
asks one per mention or per token stays linear in the document's size."""
from __future__ import annotations

import bisect
from itertools import accumulate
from typing import Iterable


class Cover:
    """Does one of a set of [start, end) spans (any order, overlapping or not)
    contain [s, e)?"""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        # reach[i]: the furthest end of spans[:i + 1]
        self.reach: list[int] = list(accumulate([b for _, b in spans], max))

    def contains(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.starts, s) - 1
        return i >= 0 and self.reach[i] >= e


def overlaps_any(starts: list[int], spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Does [s, e) overlap one of `spans` (sorted, disjoint; `starts` their starts)?"""
    i = bisect.bisect_left(starts, e) - 1
    return i >= 0 and spans[i][1] > s
