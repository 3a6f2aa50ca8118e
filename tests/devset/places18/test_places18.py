"""tests/devset/places18 (a common word that is also a city the page names: 연대, 평화, 안정, 보안, 신화, 성도,
상해, 장사, 대련; 대만 glued to a suffix; airports and stations after their city; 쑤저우 and 타이저우 decided by
the places named with them): every expected surface is text of its own page in reading order, and every page has
rows. The pipeline does not run."""
from pathlib import Path

from tests.devset.test_unseen import out_of_reading_order, pages_without_places

PART = Path(__file__).parent


def test_seven_pages_each_with_places():
    assert pages_without_places(PART) == (7, set())


def test_places_come_in_reading_order():
    assert out_of_reading_order(PART, "places.csv") == []
