"""Rejoin hard-wrapped text: PDF reports and newspaper archive digests wrapped at a
fixed width, often in the middle of a word or a number (`3억7천` / `2백만달러`).

A line that ends without a space continues the same word (`...개발` + `구` -> `...개발구`);
one that ends with a space continues after a space. A paragraph ends at a line that
closes a sentence and either is clearly shorter than the lines around it or has no
trailing space (mid-paragraph, the space after a period stays at the end of the line).
The wrapped text starts at the first line that reaches the margin; the cleaner looks
for the headline above it."""
from __future__ import annotations

import re
import unicodedata

_SENTENCE_END = re.compile(r"[.?!。][\"'”’」』)]*$")
_WINDOW = 6          # lines on each side that set the local wrap width
_SHORT = 0.85        # a line under this share of the local width did not reach the margin


def display_width(s: str) -> int:
    """Columns as a fixed-width PDF layout counts them: CJK and Hangul take two."""
    return len(s) if s.isascii() else sum(map(_COLUMNS.__getitem__, s))


class _Columns(dict):
    """Columns of each character met so far (a lookup, not a Unicode query per character)."""

    def __missing__(self, c: str) -> int:
        n = self[c] = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        return n


_COLUMNS = _Columns()


_MIN_FULL = 3        # lines at the margin needed to call a text wrapped
_FULL_SHARE = 0.35   # ... as a share of its lines
_OPEN_SHARE = 0.6    # share of the lines at the margin that stop mid-sentence


def is_hard_wrapped(lines: list[str]) -> bool:
    """Many lines reach one common right margin, the margin is a page's (40-200 columns),
    and most lines at the margin stop mid-sentence. A text with one paragraph per line
    has few lines near its longest one, and those close their sentence; the short last
    lines of wrapped paragraphs (news has many) do not count against it."""
    rows = [(display_width(l.rstrip()), l.strip()) for l in lines if l.strip() and not _laid_out(l)]
    if len(rows) < 4:
        return False
    widths = sorted(w for w, _ in rows)
    margin = widths[int(len(widths) * 0.9)]
    full = [body for w, body in rows if w >= margin * _SHORT]
    open_ = sum(1 for body in full if not _SENTENCE_END.search(body))
    return (40 <= margin <= 200 and len(full) >= _MIN_FULL and len(full) >= _FULL_SHARE * len(rows)
            and open_ >= _OPEN_SHARE * len(full))


_PADDING = re.compile(r"\S\s{5,}\S|^\s{5,}")


def _laid_out(line: str) -> bool:
    """A line placed on the page with runs of spaces (a footer spread to both margins, a
    centred or right-aligned name): its width is the layout's, not the text's margin."""
    return bool(_PADDING.search(line.rstrip()))


def first_full_line(lines: list[str]) -> int:
    """Index of the first line that reaches the local margin: where the wrapped text starts."""
    widths = [display_width(l.rstrip()) for l in lines]
    return next((i for i, w in enumerate(widths) if w >= _SHORT * _local(widths, i)), len(lines))


def _local(widths: list[int], i: int) -> int:
    return max(widths[max(0, i - _WINDOW): i + _WINDOW + 1])


def unwrap(lines: list[str], heading: re.Pattern | None = None) -> list[str]:
    """Paragraphs from wrapped lines (raw lines, trailing spaces kept; no blank lines)."""
    widths = [display_width(l.rstrip()) for l in lines]
    paragraphs: list[str] = []
    current = ""
    glue = ""
    for i, raw in enumerate(lines):
        body = raw.strip()
        short = widths[i] < _local(widths, i) * _SHORT
        if heading and short and heading.match(body) and not _SENTENCE_END.search(body):
            if current:
                paragraphs.append(current)
            paragraphs.append(body)
            current, glue = "", ""
            continue
        current = current + glue + body if current else body
        spaced = raw != raw.rstrip()
        glue = " " if spaced else ""
        if _SENTENCE_END.search(body) and (short or not spaced):
            paragraphs.append(current)
            current, glue = "", ""
    if current:
        paragraphs.append(current)
    return paragraphs
