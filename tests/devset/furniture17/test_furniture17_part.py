"""tests/devset/furniture17 and its probe (round 17: headline lists on one line, notes at a text's end, a report's table
rows, event lines with a day and a time, datelines and bylines glued to prose): every place and fact surface is text of
its page, in reading order. Lines and titles are checked by tests/devset/test_unseen.py; the pipeline is not run."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.test_unseen import out_of_reading_order

PARTS = [Path(__file__).parent, Path(__file__).parent.parent / "furniture17probe"]


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
@pytest.mark.parametrize("table", ["places.csv", "facts.csv"])
def test_rows_follow_the_text(part, table):
    assert out_of_reading_order(part, table) == []
