"""Consistency checks on tests/devset/furniture8probe (broadcast scripts, press releases, public bodies'
pages, securities notes, journal articles, trade agencies' briefs). They do not run the pipeline: lines
and titles are checked for every part by test_unseen.py; here the place and fact surfaces must be text
of their page, in the order the rows give."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.test_unseen import out_of_reading_order

PART = Path(__file__).parent


@pytest.mark.parametrize("table", ["places.csv", "facts.csv"])
def test_surfaces_come_in_reading_order(table):
    assert out_of_reading_order(PART, table) == []
