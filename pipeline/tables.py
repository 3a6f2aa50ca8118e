"""The three tables of an extracted/ folder as pandas DataFrames with the contract's types.

    tables = pipeline.load("extracted")
    tables.facts.groupby("unit", observed=True).value_float.sum()

`value` and `value_max` stay exact (`decimal.Decimal`, object dtype): a float would turn
`96.56억` into 9655999999.999998 in some sums. `value_float`/`value_max_float` beside them
are for plotting. Empty cells (unknown values) become missing values (NA), and text is
as the pipeline found it (the CSV's spreadsheet-safe `'` prefix removed).
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Iterable, NamedTuple

import pandas as pd

from pipeline.cells import from_cell
from pipeline.model import DocResult
from pipeline.write import (DOC_COLUMNS, FACT_COLUMNS, PLACE_COLUMNS, cell, document_row,
                            span_rows)

COLUMNS = {"documents": DOC_COLUMNS, "places": PLACE_COLUMNS, "facts": FACT_COLUMNS}
INTEGERS = ("sent", "start", "end", "chars_raw", "chars_clean", "lines_removed")
FLOATS = ("lat", "lon")
DECIMALS = ("value", "value_max")
DATES = ("published",)
# Small vocabularies: categoricals make groupby and value_counts cheap and say what they are.
CATEGORIES = ("source", "encoding", "level", "match", "unit", "quantity", "qualifier", "change")


class Tables(NamedTuple):
    documents: pd.DataFrame
    places: pd.DataFrame
    facts: pd.DataFrame


def load(folder: str | Path = "extracted") -> Tables:
    """Read documents.csv, places.csv and facts.csv of `folder` (written by `hanfacts extract`)."""
    folder = Path(folder)
    missing = [t for t in COLUMNS if not (folder / f"{t}.csv").is_file()]
    if missing:
        raise FileNotFoundError(f"{folder}: no {', '.join(t + '.csv' for t in missing)} "
                                f"(run `hanfacts extract --out {folder}` first)")
    return Tables(*(typed(pd.read_csv(folder / f"{t}.csv", dtype=str, keep_default_na=False,
                                      encoding="utf-8-sig"))
                    for t in COLUMNS))


def frames(results: Iterable[DocResult]) -> Tables:
    """The same three DataFrames from results in memory (`extract_text`, `extract_files`)."""
    results = sorted(results, key=lambda r: r.doc_id)
    rows = {"documents": [document_row(r) for r in results],
            "places": [row for r in results for row in span_rows(r, r.places)],
            "facts": [row for r in results for row in span_rows(r, r.facts)]}
    return Tables(*(typed(pd.DataFrame([[cell(row[c]) for c in cols] for row in rows[t]],
                                       columns=cols, dtype=str))
                    for t, cols in COLUMNS.items()))


def typed(df: pd.DataFrame) -> pd.DataFrame:
    """Give the text columns of one contract table their types; unknown columns stay text.
    Text cells lose the `'` the writer put before a formula-like start (pipeline/cells.py)."""
    df = df.replace("", pd.NA)
    for c in df.columns:
        quoted = df[c].str.startswith("'", na=False)
        if quoted.any():
            df.loc[quoted, c] = df.loc[quoted, c].map(from_cell)
        if c in INTEGERS:
            df[c] = df[c].astype("Int64")
        elif c in FLOATS:
            df[c] = df[c].astype("float64")
        elif c in DATES:
            df[c] = pd.to_datetime(df[c], format="%Y-%m-%d")
        elif c in CATEGORIES:
            df[c] = df[c].astype("category")
        elif c in DECIMALS:
            exact = df[c].map(Decimal, na_action="ignore").astype(object)
            df[c] = exact.where(exact.notna(), None)
    for c in DECIMALS:
        if c in df.columns:
            at = df.columns.get_loc(c) + 1
            df.insert(at, f"{c}_float", df[c].map(float, na_action="ignore").astype("float64"))
    return df
