"""docs/contract.md and the code say the same: CSV columns, unit vocabulary, quantities.
The contract's tables are read as data, so a column or a unit added to both passes and
one added to only one side fails."""
import csv
import re
import tomllib
from pathlib import Path

import pytest

from pipeline.write import DOC_COLUMNS, FACT_COLUMNS, PLACE_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT / "docs" / "contract.md"
UNITS = ROOT / "pipeline" / "facts" / "data" / "units.toml"
CODE_COLUMNS = {"documents.csv": DOC_COLUMNS, "places.csv": PLACE_COLUMNS, "facts.csv": FACT_COLUMNS}


def tables(markdown: str) -> dict[str, list[list[str]]]:
    """Each pipe table's body rows (lists of cells), by the heading above it."""
    found, title, rows = {}, "", None
    for line in markdown.splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if rows is None:
                rows = found.setdefault(title, [])
            elif not set("".join(cells)) <= set("-: "):
                rows.append(cells)
            continue
        rows = None
        if line.startswith("#"):
            title = line.lstrip("#").split("—")[0].strip()
    return found


def codes(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


CONTRACT_TABLES = tables(CONTRACT.read_text(encoding="utf-8"))


def contract_columns(name: str) -> list[str]:
    return [c.strip() for row in CONTRACT_TABLES[name] for c in row[0].split(",")]


def unit_table() -> dict[str, list[str]]:
    return {row[0]: codes(row[1]) for row in CONTRACT_TABLES["Unit vocabulary"]}


def test_the_parser_reads_the_three_column_tables():
    assert set(CODE_COLUMNS) <= set(CONTRACT_TABLES)
    assert contract_columns("documents.csv")[:3] == ["doc_id", "source", "sha256"]
    assert unit_table()["money"][:2] == ["CNY", "KRW"]


@pytest.mark.parametrize("name", sorted(CODE_COLUMNS))
def test_csv_headers_in_code_are_the_contracts(name):
    assert CODE_COLUMNS[name] == contract_columns(name)


@pytest.mark.parametrize("name", sorted(CODE_COLUMNS))
def test_written_csv_headers_are_the_contracts(name):
    with open(ROOT / "tests" / "golden" / name, encoding="utf-8-sig", newline="") as f:
        assert next(csv.reader(f)) == contract_columns(name)


def _code_units() -> dict[str, set[str]]:
    by_quantity: dict[str, set[str]] = {}
    for row in tomllib.loads(UNITS.read_text(encoding="utf-8"))["units"]:
        if "quantity" in row:
            by_quantity.setdefault(row["quantity"], set()).add(row["unit"])
    return by_quantity


def test_quantities_are_the_contracts():
    facts = {row[0]: row[1] for row in CONTRACT_TABLES["facts.csv"]}
    assert set(codes(facts["quantity"])) == set(unit_table()) == set(_code_units())


@pytest.mark.parametrize("quantity", sorted(set(unit_table()) - {"count"}))
def test_unit_vocabulary_in_code_is_the_contracts(quantity):
    assert _code_units().get(quantity, set()) == set(unit_table()[quantity])


def test_counters_are_words_as_written():
    # Counters are an open class: any counter word, never a code like the closed units.
    for unit in _code_units()["count"]:
        assert not re.search(r"[A-Za-z0-9]", unit), unit


def test_golden_and_expected_values_use_the_vocabulary():
    facts = {row[0]: codes(row[1]) for row in CONTRACT_TABLES["facts.csv"]}
    places = {row[0]: codes(row[1]) for row in CONTRACT_TABLES["places.csv"]}
    closed = {u for q, units in unit_table().items() if q != "count" for u in units}
    for path in (ROOT / "tests" / "golden" / "facts.csv", ROOT / "tests" / "devset" / "expected" / "facts.csv"):
        with open(path, encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                quantity = row.get("quantity") or next((q for q, units in unit_table().items()
                                                        if row["unit"] in units), "count")
                assert quantity in facts["quantity"], row
                assert row["qualifier"] in facts["qualifier"] + [""], row
                assert row["change"] in facts["change"] + [""], row
                assert (row["unit"] in unit_table()[quantity] if quantity != "count"
                        else row["unit"] not in closed), row
    for path in (ROOT / "tests" / "golden" / "places.csv", ROOT / "tests" / "devset" / "expected" / "places.csv"):
        with open(path, encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                assert row.get("level", "province") in places["level"], row
                assert row.get("match", "alias") in places["match"], row
