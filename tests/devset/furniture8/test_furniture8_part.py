"""Consistency checks on tests/devset/furniture8 (broadcast scripts, press releases, public bodies'
pages, securities notes, journal articles, trade agencies' briefs). They do not run the pipeline: lines
and titles are checked for every part by test_unseen.py; here the place and fact surfaces must be text
of their page, in the order the rows give."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.test_unseen import out_of_reading_order

PART = Path(__file__).parent


def test_folders_of_one_and_of_several_pages():
    sizes = sorted(len(list(d.iterdir())) for d in (PART / "raw").iterdir() if d.is_dir())
    assert len(sizes) >= 8 and sizes[0] == 1 and sizes[-1] >= 2 and sum(sizes) >= 16


@pytest.mark.parametrize("table", ["places.csv", "facts.csv"])
def test_surfaces_come_in_reading_order(table):
    assert out_of_reading_order(PART, table) == []
