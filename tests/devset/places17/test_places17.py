"""tests/devset/places17 (everyday words read as counties, districts and cities; a name that is part of an
airport's name; 한커우; a city glued to its district; Foshan's districts after their province; 산시성 decided by
its neighbours; a reading before its hanja gloss; new areas after their city): every expected surface is text of
its own page in reading order, and every page has rows. The pipeline does not run."""
from pathlib import Path

from tests.devset.test_unseen import out_of_reading_order, pages_without_places

PART = Path(__file__).parent


def test_eight_pages_each_with_places():
    assert pages_without_places(PART) == (8, set())


def test_places_come_in_reading_order():
    assert out_of_reading_order(PART, "places.csv") == []
