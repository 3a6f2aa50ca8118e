"""Consistency checks on tests/devset/places4 (bare readings in reports and tables, old
names, free-trade-zone areas, readings that are words, fact units such as TEU). They do
not run the pipeline: every expected place and fact surface must be text of its own
page, in reading order, and units must be in the contract's vocabulary."""
from __future__ import annotations

import csv
import re
from decimal import Decimal
from pathlib import Path

from tests.devset.test_unseen import out_of_reading_order

PART = Path(__file__).parent
UNITS = {"CNY", "KRW", "USD", "SGD", "t", "m3", "m2", "km", "ha", "mu", "pyeong", "percent", "MW", "kW", "TEU"}
COUNTER = re.compile(r"^[가-힣]+$")


def rows(name: str) -> list[dict[str, str]]:
    with open(PART / "expected" / name, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def docs() -> list[str]:
    return sorted(p.relative_to(PART / "raw").as_posix() for p in (PART / "raw").rglob("*") if p.is_file())


def test_at_least_twelve_pages_each_with_places_or_facts():
    assert len(docs()) >= 12
    named = {r["doc_id"] for r in rows("places.csv")} | {r["doc_id"] for r in rows("facts.csv")}
    assert named == set(docs())


def test_places_and_facts_come_in_reading_order():
    """Each surface is text of its page, found after the previous row's surface."""
    for table in ("places.csv", "facts.csv"):
        assert out_of_reading_order(PART, table) == [], table


def test_fact_values_and_units():
    for row in rows("facts.csv"):
        Decimal(row["value"])
        assert row["unit"] in UNITS or COUNTER.match(row["unit"]), row
        assert row["change"] in ("", "increase", "decrease"), row
