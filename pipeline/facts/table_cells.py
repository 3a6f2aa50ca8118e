"""Table rows in report text: a line of column heads, then rows of a label and figures
(`연도 수출액 증감률` / `2023 318.4 -2.4%`, `도시 가공량(만 톤) 증가율` / `샤먼 22.8 −3.7%`).

The cleaner keeps such rows as lines of their own with their spaces collapsed, so a cell is
found by counting fields: a row of two figures or more whose fields are as many as the heads' is read field by field,
and one with a longer label (`닝보 법인 412 –1.5%`) by its figures from the right, one head for
each. A figure that is a whole cell measures its column (its subject is the head, as the
held-out writers of set 14 read it), and under a head that is a rate word (`증감률`, the words
of qualifiers.toml [stat_signs] `after`) a △ before the cell is a minus, as it is after that
word in a sentence (round 18). One pass over the lines: linear in the text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.model import Fact

_LINE = re.compile(r"[^\n]+")

# one field of a row that is a figure: a sign or mark, digits, a percent sign
_FIGURE = re.compile(r"[△▲▽+\-−–－]?\d[\d,.]*(?:%p|％p|%|％)?")
# a head: a word, with a bracket of units glued after it (`가공량(만 톤)`) kept in the same field
_HEAD = re.compile(r"[^\s(]+(?:\([^)]*\))?|\([^)]*\)")
_BRACKET = re.compile(r"\([^)]*\)")
_FIELD = re.compile(r"\S+")
_LAST_FIGURE = re.compile(r"\d(?:%p|％p|%|％)?\s*$")
# a head line has no digit outside its brackets and no sentence end (다., 요.)
_SENTENCE_END = re.compile(r"[다요]\.?$|[.?!]$")
MAX_HEAD_LINE = 60


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    head: str        # the column head, its bracket of units left out
    rate: bool       # the head is a rate word: △ before the cell is a minus


def _heads(line: str) -> list[str] | None:
    """The column heads of a line that can head a table, else None."""
    if len(line) > MAX_HEAD_LINE or re.search(r"\d", _BRACKET.sub("", line)) or _SENTENCE_END.search(line):
        return None
    heads = _HEAD.findall(line)
    return heads if len(heads) >= 2 else None


def _row(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The fields of a table row at text[a:b] (at least one figure ending it), else None."""
    if not _LAST_FIGURE.search(text, a, b):
        return None
    fields = [m.span() for m in _FIELD.finditer(text, a, b)]
    if len(fields) < 2 or not _FIGURE.fullmatch(text, *fields[-1]):
        return None
    return fields


def _figures_from_right(text: str, fields: list[tuple[int, int]]) -> int:
    n = 0
    while n < len(fields) and _FIGURE.fullmatch(text, *fields[-1 - n]):
        n += 1
    return n


def table_cells(text: str, rate_words: frozenset[str]) -> list[Cell]:
    """The figure cells of every table row under a line of column heads, in order."""
    cells: list[Cell] = []
    heads: list[str] | None = None
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if not line:
            continue
        fields = _row(text, m.start(), m.end())
        if fields is None:
            heads = _heads(line)        # a new head line, or the end of a table
            continue
        if heads is None:
            continue
        figures = _figures_from_right(text, fields)
        if figures < 2:
            continue                    # one figure after words: a list item or a sentence's tail, no table
        if len(fields) == len(heads):
            pairs = zip(fields, heads)
        elif figures == len(heads) - 1:
            pairs = zip(fields[-figures:], heads[1:])
        else:
            continue
        for (a, b), head in pairs:
            if _FIGURE.fullmatch(text, a, b):
                name = _BRACKET.sub("", head).strip()
                cells.append(Cell(a, b, name, name in rate_words))
    return cells


def with_rate_minus(text: str, cells: list[Cell], minus_marks: tuple[str, ...]) -> str:
    """`text` with each minus mark (△) that opens a cell of a rate column written as a minus sign
    (U+2212); the length stays, so offsets into it are offsets into `text`."""
    chars = None
    for c in cells:
        if c.rate and text[c.start] in minus_marks:
            chars = chars or list(text)
            chars[c.start] = "\u2212"
    return "".join(chars) if chars else text


def name_columns(facts: list[Fact], cells: list[Cell]) -> None:
    """A fact that is a whole cell measures its column: its subject is the column head."""
    at = {(c.start, c.end): c for c in cells}
    for f in facts:
        c = at.get((f.start, f.end))
        if c is not None and c.head:
            f.subject = c.head
