"""Consistency checks on tests/devset/facts8 (pages mixing won and yuan written 원, 딸라,
프로, signs, native day counts, counters 기 and 동). They do not run the pipeline: every expected fact surface must be text of its
own page, in reading order, with a value that is a plain decimal and a unit of the contract."""
from __future__ import annotations

import csv
import re
from decimal import Decimal
from pathlib import Path

from tests.devset.test_unseen import out_of_reading_order

PART = Path(__file__).parent
UNITS = {"CNY", "KRW", "USD", "t", "kg", "m3", "m2", "km2", "km", "ha", "mu", "percent", "pp",
         "celsius", "month", "day", "year", "kW"}
COUNTER = re.compile(r"^[가-힣]+$")
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}


def rows() -> list[dict[str, str]]:
    with open(PART / "expected" / "facts.csv", encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def docs() -> list[str]:
    return sorted(p.relative_to(PART / "raw").as_posix() for p in (PART / "raw").rglob("*") if p.is_file())


def test_at_least_eight_pages_each_with_facts():
    assert len(docs()) >= 8
    assert {r["doc_id"] for r in rows()} == set(docs())


def test_facts_come_in_reading_order():
    assert out_of_reading_order(PART, "facts.csv") == []


def test_fact_values_units_and_qualifiers():
    for row in rows():
        assert str(Decimal(row["value"])) == row["value"], row
        assert row["unit"] in UNITS or COUNTER.match(row["unit"]), row
        assert row["qualifier"] in QUALIFIERS, row
        assert row["change"] in ("", "increase", "decrease"), row
