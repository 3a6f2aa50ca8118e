"""`--format parquet`: each table also as a Parquet dataset (OUT/parquet/<table>/), for
corpora too large for a spreadsheet; `pandas.read_parquet` and `dask.dataframe.read_parquet`
read the folders directly. Converted from the CSV just written, block by block (memory
stays flat), so the two formats hold the same rows: offsets and counts as int64, every
other cell as text (values stay exact decimals, never floats). Parquet is not opened by
spreadsheets, so the CSV's formula guard (a `'` before `=`, `+`, `-`, `@`, pipeline/cells.py)
is taken off again: `clean[start:end] == surface` holds without `from_cell`."""
from __future__ import annotations

from pathlib import Path

INT_COLUMNS = {"sent", "start", "end", "chars_raw", "chars_clean", "lines_removed"}


def write_parquet(csv_path: Path, parquet_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    with open(csv_path, "rb") as f:
        columns = f.readline().decode("utf-8-sig").rstrip("\n").split(",")
        types = {c: pa.int64() if c in INT_COLUMNS else pa.string() for c in columns}
        reader = pacsv.open_csv(
            f, read_options=pacsv.ReadOptions(column_names=columns, block_size=1 << 22),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(column_types=types, strings_can_be_null=False,
                                                 quoted_strings_can_be_null=False))
        parquet_path.parent.mkdir(parents=True, exist_ok=True)
        with pq.ParquetWriter(parquet_path, pa.schema([(c, types[c]) for c in columns])) as writer:
            for batch in reader:
                writer.write_batch(_unguard(batch))


def _unguard(batch):
    """pipeline.cells.from_cell on every text column, vectorised."""
    import pyarrow as pa
    import pyarrow.compute as pc
    from pipeline.cells import _QUOTED
    columns = []
    for column in batch.columns:
        if pa.types.is_string(column.type):
            column = pc.if_else(pc.match_substring_regex(column, "^" + _QUOTED.pattern),
                                pc.utf8_slice_codeunits(column, 1), column)
        columns.append(column)
    return pa.RecordBatch.from_arrays(columns, schema=batch.schema)
