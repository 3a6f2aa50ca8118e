"""Spreadsheet-safe cells (OWASP CSV injection) that still read back exactly (pipeline/cells.py)."""
from decimal import Decimal

import pytest

from pipeline.cells import MAX_CELL, from_cell, to_cell
from pipeline.diff import read_rows
from pipeline.model import DocResult, Fact
from pipeline.write import cell, write_outputs


@pytest.mark.parametrize("text,written", [
    ("=HYPERLINK(\"http://x\",\"클릭\")", "'=HYPERLINK(\"http://x\",\"클릭\")"),
    ("+82 2", "'+82 2"),
    ("-5.9℃", "'-5.9℃"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("'=1", "''=1"),                     # already quoted text gets one more: reading strips exactly one
    ("''-x", "'''-x"),
    ("'공동부유' 정책", "'공동부유' 정책"),   # a quote not before a trigger is left alone
    ("광동성", "광동성"),
    ("1+1", "1+1"),
    ("", ""),
])
def test_text_cells(text, written):
    assert to_cell(text) == written and cell(text) == written
    assert from_cell(written) == text


def test_numbers_stay_numbers():
    assert cell(Decimal("-2.1")) == "-2.1" and cell(-3) == "-3" and cell(Decimal("9656000000")) == "9656000000"
    assert from_cell("-2.1") == "-2.1"            # a reader may apply from_cell to every cell


def test_long_cells_are_cut_to_excels_limit():
    assert to_cell("가" * MAX_CELL) == "가" * MAX_CELL
    cut = to_cell("가" * (MAX_CELL + 1))
    assert len(cut) == MAX_CELL and cut.endswith("…")
    wide = to_cell("𠀀" * MAX_CELL)                # outside the BMP: two UTF-16 units each in Excel
    assert len(wide.encode("utf-16-le")) // 2 <= MAX_CELL and wide.endswith("𠀀…")
    assert len(to_cell("=" + "x" * MAX_CELL).encode("utf-16-le")) // 2 == MAX_CELL


def test_written_tables_are_safe_and_offsets_hold(tmp_path):
    clean = "-5.9℃ 한파가 이어졌다. =1+1 이라는 문자열."
    fact = Fact(start=0, end=5, surface="-5.9℃", value=Decimal("-5.9"), value_max=None, unit="celsius",
                quantity="temperature", sentence="-5.9℃ 한파가 이어졌다.")
    result = DocResult(doc_id="=cmd|' /C calc'!A0.txt", title="@SUM(1+1)*cmd", clean=clean,
                       sentences=[(0, 15), (16, len(clean))], facts=[fact])
    write_outputs([result], tmp_path)
    raw = (tmp_path / "facts.csv").read_text(encoding="utf-8-sig")
    row = raw.splitlines()[1]
    assert row.startswith("'=cmd|' /C calc'!A0.txt,0,0,5,'-5.9℃,-5.9,,celsius,")
    for table in ("documents", "places", "facts"):
        for line in (tmp_path / f"{table}.csv").read_text(encoding="utf-8-sig").splitlines()[1:]:
            for c in line.split(","):
                assert not c or c[0] not in "=+@\t\r" and not (c[0] == "-" and not c[1:2].isdigit()), c
    fact_row = read_rows(tmp_path / "facts.csv")[0]
    assert clean[int(fact_row["start"]):int(fact_row["end"])] == fact_row["surface"] == "-5.9℃"
    assert read_rows(tmp_path / "documents.csv")[0]["title"] == "@SUM(1+1)*cmd"


def test_pandas_loader_reads_the_values_back(tmp_path):
    from pipeline.tables import frames, load
    clean = "-5.9℃ 한파."
    fact = Fact(start=0, end=5, surface="-5.9℃", value=Decimal("-5.9"), value_max=None, unit="celsius",
                quantity="temperature", sentence=clean)
    result = DocResult(doc_id="=a.txt", title="+82", clean=clean, sentences=[(0, len(clean))], facts=[fact])
    write_outputs([result], tmp_path)
    for tables in (load(tmp_path), frames([result])):
        assert tables.facts.surface[0] == "-5.9℃" and tables.facts.value[0] == Decimal("-5.9")
        assert tables.documents.doc_id[0] == "=a.txt" and tables.documents.title[0] == "+82"


def test_any_text_round_trips_and_never_starts_a_formula():
    import random
    rng = random.Random(11)
    alphabet = ["=", "+", "-", "@", "\t", "\r", "'", "a", "가", "1", " ", "\n", '"']
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        written = to_cell(text)
        assert from_cell(written) == text
        assert not written or written[0] not in "=+-@\t\r"
