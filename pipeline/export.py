"""`hanfacts export --xlsx FILE`: the three tables of an extracted/ folder in one workbook.

Excel-safe by construction: every text cell is written as text (data_type "s"), so a
scraped `=HYPERLINK(...)` stays a string and never runs as a formula; numbers are numbers
and `published` is a date. Excel keeps 15 significant digits: when a value has more, the
exact value is also written as text in `value_exact` (`value_max_exact`) beside it.
"""
from __future__ import annotations

import datetime
import numbers
import os
import sys
import tempfile
import unicodedata
from decimal import Decimal
from pathlib import Path

import pandas as pd

from pipeline.tables import load
from pipeline.write import format_decimal

EXCEL_DIGITS = 15
MAX_WIDTH = {"sentence": 80, "title": 60, "status": 40}


def export_command(folder: Path, xlsx: Path) -> int:
    try:
        counts = export_xlsx(folder, xlsx)
    except ModuleNotFoundError as e:
        print(f"error: the Excel export needs {e.name}: pip install 'hanfacts[xlsx]'", file=sys.stderr)
        return 1
    except (FileNotFoundError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"wrote {xlsx}: " + ", ".join(f"{t} {n} rows" for t, n in counts.items()), file=sys.stderr)
    return 0


def export_xlsx(folder: Path, xlsx: Path) -> dict[str, int]:
    """Write the workbook atomically (a half-written file never replaces a good one)."""
    from openpyxl import Workbook

    tables = load(folder)._asdict()
    wb = Workbook(write_only=True)
    for name, df in tables.items():
        _sheet(wb.create_sheet(name), _for_excel(df))
    xlsx = Path(xlsx)
    fd, tmp = tempfile.mkstemp(dir=xlsx.parent if str(xlsx.parent) else ".", suffix=".xlsx.tmp")
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, xlsx)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return {name: len(df) for name, df in tables.items()}


def _for_excel(df: pd.DataFrame) -> pd.DataFrame:
    """Drop the float helper columns; add exact text where Excel would round a value."""
    df = df.drop(columns=[c for c in df.columns if c.endswith("_float")])
    for c in ("value", "value_max"):
        if c in df.columns:
            exact = df[c].map(lambda d: format_decimal(d) if _rounds(d) else None)
            df.insert(df.columns.get_loc(c) + 1, f"{c}_exact", exact)
    return df


def _rounds(d: Decimal | None) -> bool:
    return d is not None and len(d.normalize().as_tuple().digits) > EXCEL_DIGITS


def _sheet(ws, df: pd.DataFrame) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    # A write-only sheet takes its layout before the first row.
    for i, col in enumerate(df.columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = _column_width(col, df[col])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(df.columns))}{len(df) + 1}"
    ws.append([_cell(ws, str(c), WriteOnlyCell) for c in df.columns])
    for row in df.itertuples(index=False):
        ws.append([_cell(ws, v, WriteOnlyCell) for v in row])


def _column_width(name: str, values: pd.Series) -> int:
    """Wide enough for the header and most values (judged on the first rows), capped."""
    shown = values.head(1000).dropna().map(lambda v: _width(str(v)))
    widest = int(shown.quantile(0.9)) if len(shown) else 0
    return min(max(_width(name), widest) + 2, MAX_WIDTH.get(name, 30))


def _cell(ws, v, WriteOnlyCell):
    """A typed cell: numbers and dates as such, anything else as text, never a formula."""
    if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v):
        return WriteOnlyCell(ws, None)
    if isinstance(v, Decimal):
        return WriteOnlyCell(ws, float(v))
    if isinstance(v, pd.Timestamp):
        c = WriteOnlyCell(ws, v.date())
        c.number_format = "yyyy-mm-dd"
        return c
    if isinstance(v, (numbers.Real, datetime.date)) and not isinstance(v, bool):
        return WriteOnlyCell(ws, v)
    c = WriteOnlyCell(ws, None)
    c.value = _printable(str(v))
    c.data_type = "s"       # after the value: openpyxl would take a leading "=" for a formula
    return c


def _printable(s: str) -> str:
    """XML cannot hold most control characters; show them instead of failing the export."""
    return "".join(ch if ch in "\t\n" or unicodedata.category(ch) != "Cc" else "\ufffd" for ch in s)


def _width(s: str) -> int:
    """Display width in Excel's character units: Hangul and hanzi are two wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s[:200])
