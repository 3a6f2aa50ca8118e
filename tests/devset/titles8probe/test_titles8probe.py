"""Consistency checks on tests/devset/titles8probe (five pages written after the titles8 rules,
committed with their expected rows before the pipeline ran on them). They do not run the pipeline: lines and
titles are checked by test_unseen.py; here the place and fact surfaces must be text of their page, in reading order."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.test_unseen import out_of_reading_order

PART = Path(__file__).parent


@pytest.mark.parametrize("table", ["places.csv", "facts.csv"])
def test_surfaces_come_in_reading_order(table):
    assert out_of_reading_order(PART, table) == []
