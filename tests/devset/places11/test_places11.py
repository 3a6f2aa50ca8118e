"""tests/devset/places11 (Chinese cities that share a Korean city's reading, districts, peninsulas and
regions, institutions named after a city): the places5 checks hold here too, each run with PART
pointing at this folder. The pipeline does not run."""
from pathlib import Path

from tests.devset.places5 import test_places5 as places5


def test_twelve_pages_with_places_in_reading_order(monkeypatch):
    monkeypatch.setattr(places5, "PART", Path(__file__).parent)
    places5.test_at_least_twelve_pages_each_with_places()
    places5.test_places_come_in_reading_order()
