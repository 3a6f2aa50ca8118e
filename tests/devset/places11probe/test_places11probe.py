"""tests/devset/places11probe (the probe of places11, five pages): its expected surfaces are
text of their pages in reading order (the places5 check, PART pointing here; a probe holds
fewer than twelve pages). The pipeline does not run."""
from pathlib import Path

from tests.devset.places5 import test_places5 as places5


def test_probe_places_in_reading_order(monkeypatch):
    monkeypatch.setattr(places5, "PART", Path(__file__).parent)
    places5.test_places_come_in_reading_order()
