"""tests/devset/places16 (districts decided by their city, new areas after or glued to their city,
조선어 spellings, lists with ·, ㆍ, / and 및, same readings decided by their neighbours): every
expected surface is text of its own page in reading order, and every page has rows. The pipeline
does not run."""
from pathlib import Path

from tests.devset.test_unseen import out_of_reading_order, pages_without_places

PART = Path(__file__).parent


def test_seven_pages_each_with_places():
    assert pages_without_places(PART) == (7, set())


def test_places_come_in_reading_order():
    assert out_of_reading_order(PART, "places.csv") == []
