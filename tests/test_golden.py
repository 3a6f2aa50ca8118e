"""The seeds in raw/ against golden files that a person verified value by value.
A failure prints a readable diff; `make golden` rewrites the files for review."""
import difflib
from pathlib import Path

import pytest

from pipeline.cli import extract
from pipeline.diff import diff_rows, format_diff, read_rows

ROOT = Path(__file__).parent.parent
GOLDEN = Path(__file__).parent / "golden"
# The two seeds, and the invented third source of the README's walk-through.
SEEDS = ["report-2004/000_8c6fa38a57622a72.txt", "news-2025/004_781489ab579a93bd.txt", "hwanghae-biz/2025-11-18.html"]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("extracted")
    assert extract(ROOT / "raw", out, None, 1) == 0
    return out


@pytest.mark.parametrize("doc_id", SEEDS)
def test_clean_text(extracted, doc_id):
    want = (GOLDEN / "clean" / f"{doc_id}.txt").read_text(encoding="utf-8")
    got = (extracted / "clean" / f"{doc_id}.txt").read_text(encoding="utf-8")
    if got != want:
        diff = difflib.unified_diff(want.split("\n"), got.split("\n"), "golden", "extracted", lineterm="", n=0)
        pytest.fail("clean text differs from the golden file:\n" + "\n".join(diff))


@pytest.mark.parametrize("table", ["documents", "places", "facts"])
def test_table(extracted, table):
    golden = GOLDEN / f"{table}.csv"
    if not golden.exists():
        pytest.skip(f"{golden.name} not written yet")
    seeds = lambda rows: [r for r in rows if r["doc_id"] in SEEDS]  # noqa: E731
    d = diff_rows(table, seeds(read_rows(golden)), seeds(read_rows(extracted / f"{table}.csv")))
    if d:
        pytest.fail(f"{table}.csv differs from the golden file:\n{format_diff(d)}")


def test_clean_offsets_hold(extracted):
    """clean[start:end] == surface for every row written."""
    for table in ("places", "facts"):
        for row in read_rows(extracted / f"{table}.csv"):
            clean = (extracted / "clean" / f"{row['doc_id']}.txt").read_text(encoding="utf-8")
            assert clean[int(row["start"]):int(row["end"])] == row["surface"], row
