"""Consistency checks on tests/devset/places5 (조선어 and old Sino-Korean readings of
prefecture- and county-level cities, bare readings in newsletters and tables, lists of
ordinary words after 중국, tables of Korean cities). They do not run the pipeline:
every expected place surface must be text of its own page, in reading order, and every
page must have rows."""
from __future__ import annotations

import csv
from pathlib import Path

from tests.devset.test_unseen import out_of_reading_order

PART = Path(__file__).parent


def test_at_least_twelve_pages_each_with_places():
    docs = {p.relative_to(PART / "raw").as_posix() for p in (PART / "raw").rglob("*") if p.is_file()}
    with open(PART / "expected" / "places.csv", encoding="utf-8-sig", newline="") as f:
        named = {r["doc_id"] for r in csv.DictReader(f)}
    assert len(docs) >= 12 and named == docs


def test_places_come_in_reading_order():
    assert out_of_reading_order(PART, "places.csv") == []
