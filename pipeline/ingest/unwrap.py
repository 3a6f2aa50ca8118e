"""Rejoin hard-wrapped report text (PDF extractions wrapped at a fixed width).

A line that ends without a space continues the same word (`...개발` + `구` -> `...개발구`);
one that ends with a space continues after a space. A paragraph ends at a line that
closes a sentence and either is clearly shorter than the lines around it or has no
trailing space (mid-paragraph, the space after a period stays at the end of the line)."""
from __future__ import annotations

import re
import unicodedata

_SENTENCE_END = re.compile(r"[.?!。][\"'”’」』)]*$")
_WINDOW = 6          # lines on each side that set the local wrap width
_SHORT = 0.85        # a line under this share of the local width did not reach the margin


def display_width(s: str) -> int:
    """Columns as a fixed-width PDF layout counts them: CJK and Hangul take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def is_hard_wrapped(lines: list[str]) -> bool:
    """Most lines reach one common right margin, and the margin is a page's, not a paragraph's."""
    widths = sorted(display_width(l.rstrip()) for l in lines if l.strip())
    if len(widths) < 8:
        return False
    margin = widths[int(len(widths) * 0.9)]
    near = sum(1 for w in widths if w >= margin * _SHORT)
    return 40 <= margin <= 200 and near >= 0.6 * len(widths)


def unwrap(lines: list[str], heading: re.Pattern | None = None) -> list[str]:
    """Paragraphs from wrapped lines (raw lines, trailing spaces kept; no blank lines)."""
    widths = [display_width(l.rstrip()) for l in lines]
    paragraphs: list[str] = []
    current = ""
    glue = ""
    for i, raw in enumerate(lines):
        body = raw.strip()
        local = max(widths[max(0, i - _WINDOW): i + _WINDOW + 1])
        short = widths[i] < local * _SHORT
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
