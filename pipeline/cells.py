"""Spreadsheet-safe text cells (OWASP, "CSV Injection"), and the reader's inverse.

Excel and LibreOffice run a cell as a formula when it starts with `=`, `+`, `-`, `@`, a tab
or a carriage return. The writer prefixes such a *text* cell with one `'` (OWASP's advice),
and also a text cell that already starts with `'`s followed by one of those characters, so
the rule is reversible: a reader strips one leading `'` from a text cell that matches
`^'+[=+\\-@\\t\\r]`. Numbers are written by the writer as numbers (`-2.1`) and never prefixed.
`from_cell()` undoes the prefix, so `clean[start:end] == surface` holds after reading.

A cell holds at most 32,767 characters in Excel (UTF-16 units): a longer text cell is cut to
fit and ends with `…` (only `sentence` and `title` can be that long; a surface never is)."""
from __future__ import annotations

import re

TRIGGERS = "=+-@\t\r"
_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]")
_QUOTED = re.compile(r"'+[=+\-@\t\r]")
MAX_CELL = 32_767
ELLIPSIS = "…"


def to_cell(text: str) -> str:
    """A text value as written to a CSV cell: formula-safe and within Excel's limit."""
    if text and (text[0] in TRIGGERS or text[0] == "'" and _NEEDS_QUOTE.match(text)):
        text = "'" + text
    return text if len(text) <= MAX_CELL // 2 else _cap(text)


def from_cell(cell: str) -> str:
    """A text cell as read back: the writer's `'` removed."""
    return cell[1:] if _QUOTED.match(cell) else cell


def _cap(text: str) -> str:
    if len(text) <= MAX_CELL // 2 or _utf16_units(text) <= MAX_CELL:
        return text
    # Cut by UTF-16 units (a character outside the BMP counts 2), never inside a pair.
    room, kept = MAX_CELL - len(ELLIPSIS), []
    for ch in text:
        room -= 2 if ord(ch) > 0xFFFF else 1
        if room < 0:
            break
        kept.append(ch)
    return "".join(kept) + ELLIPSIS


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
