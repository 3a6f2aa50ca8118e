"""Consistency checks on tests/devset/titles3 (titles, mastheads, archive digests). They do
not run the pipeline: every expected line, title, place and fact surface must be text of
its own page, so a typo cannot pass as "removed" or "missed"."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.devset.test_unseen import out_of_reading_order, page_text, squash

PART = Path(__file__).parent


def rows(name: str) -> list[dict[str, str]]:
    with open(PART / "expected" / name, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_every_page_has_a_title_row_and_lines_of_both_kinds():
    docs = sorted(p.relative_to(PART / "raw").as_posix() for p in (PART / "raw").rglob("*") if p.is_file())
    assert len(docs) >= 12
    assert sorted(r["doc_id"] for r in rows("pages.csv")) == docs
    kinds = {(r["doc_id"], r["kind"]) for r in rows("lines.csv")}
    assert all((d, k) in kinds for d in docs for k in ("furniture", "body"))


@pytest.mark.parametrize("table,column", [("lines.csv", "text"), ("pages.csv", "title"),
                                          ("places.csv", "surface"), ("facts.csv", "surface")])
def test_expected_text_is_text_of_its_page(table, column):
    for row in rows(table):
        assert squash(row[column]) in page_text(row["doc_id"], str(PART)), (row["doc_id"], row[column])


def test_places_and_facts_come_in_reading_order():
    """Each surface is text of its page, found after the previous row's surface."""
    for table in ("places.csv", "facts.csv"):
        assert out_of_reading_order(PART, table) == [], table
