"""Running headers and footers of paginated text: a line that recurs on the pages or stands beside a
page number.
(Split out of clean.py by family, no behaviour change.)"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from pipeline.ingest.lineshape import _WIDE_PAGE_MARK, _is_heading, _part
from pipeline.ingest.profiles import Profile, reads_as_sentence
from pipeline.model import Removed


_RUNNING_HEADER_MIN = 3      # a short line repeated this often is a page header or footer
_RUNNING_HEADER_MAX_CHARS = 60


def _running(line: str, count: int, profile: Profile, beside_page_number: bool = False) -> bool:
    """A running header or footer: a short line repeated on most pages; in a short report,
    twice is enough when it carries the series' number or date (`… 리포트 2024-07`) or
    stands next to a page number."""
    return count >= _RUNNING_HEADER_MIN or (
        count == 2 and len(line) >= 8 and (beside_page_number or any(c.isdigit() for c in line))
        and not reads_as_sentence(line) and not _is_heading(line, profile))


def _beside_page_number(i: int, lines: list[str], profile: Profile) -> bool:
    """The nearest non-blank line above or below line `i` is a page number."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if 0 <= j < len(lines) and profile.page_number and profile.page_number.match(lines[j].strip()):
            return True
    return False


def _drop_page_furniture(items, profile, removed, lines=(), paginated=True):
    """Page numbers and running headers of a paginated report, even mid-sentence. Text
    that is not hard-wrapped (a report copied a paragraph a line) loses only a line repeated
    next to a page number: elsewhere repeated short lines are table cells and list items."""
    counts: dict[str, int] = {}
    for raw in [raw for _, raw in items] if paginated else lines:   # unpaginated: the page as it came
        counts[raw.strip()] = counts.get(raw.strip(), 0) + 1
    page_counts = lru_cache(maxsize=1)(lambda: Counter(raw.strip() for raw in lines))   # the page as it came
    # the same line set apart from a page's number on two pages or more (`<series> 2025-11      1`, `… 2`)
    stripped = [raw.strip() for _, raw in items]
    marks = [_WIDE_PAGE_MARK.match(line) for line in stripped]     # (each line's once: read again below)
    marked = Counter(m.group(1) for m in marks if m)
    kept = []
    for (i, raw), line, m in zip(items, stripped, marks):
        if m and (not paginated and counts.get(m.group(1), 0) or marked[m.group(1)] >= 2) \
                and not reads_as_sentence(m.group(1)):
            # the report's title or series line printed again with the page's number: a running header
            removed.append(Removed(i, line, f"{profile.name}:running_header"))
            continue
        short = len(line) <= _RUNNING_HEADER_MAX_CHARS
        # looked up only where it can count (speed): a short line, unpaginated or seen twice
        beside = short and (not paginated or counts[line] == 2) and _beside_page_number(i, lines, profile)
        if short and (counts.get(line, 0) >= 2 or paginated and page_counts().get(line, 0) >= 2) \
                and (_part("issue_header").search(line) or _part("issue_line").search(line)) \
                and not reads_as_sentence(line):
            beside = True       # repeated in this document with its issue: a running header
        if paginated and profile.page_number and profile.page_number.match(line):
            removed.append(Removed(i, line, f"{profile.name}:page_number"))
        elif short and (paginated or beside) and \
                _running(line, counts.get(line, 1) if paginated else min(counts.get(line, 1), 2), profile, beside):
            removed.append(Removed(i, line, f"{profile.name}:running_header"))
        else:
            kept.append((i, raw))
    return kept
