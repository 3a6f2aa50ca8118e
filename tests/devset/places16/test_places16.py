"""tests/devset/places16 (districts decided by their city, new areas after or glued to their city, 조선어 spellings,
lists with ·, ㆍ, / and 및, same readings decided by their neighbours): every expected surface is text of its own page in reading order, and every
page has rows. The pipeline does not run."""
import csv
from pathlib import Path

from tests.devset.test_unseen import out_of_reading_order

PART = Path(__file__).parent


def test_seven_pages_each_with_places():
    docs = {p.relative_to(PART / "raw").as_posix() for p in (PART / "raw").rglob("*") if p.is_file()}
    with open(PART / "expected" / "places.csv", encoding="utf-8-sig", newline="") as f:
        named = {r["doc_id"] for r in csv.DictReader(f)}
    assert len(docs) == 7 and named == docs


def test_places_come_in_reading_order():
    assert out_of_reading_order(PART, "places.csv") == []
