"""tests/devset/titles9probe (six pages written after round 9's title and unwrap rules, committed with
their expected rows before the pipeline ran on them): place and fact surfaces are text of their page,
in reading order (lines and titles: tests/devset/test_unseen.py). The pipeline is not run here."""
from __future__ import annotations

from pathlib import Path

from tests.devset.test_unseen import out_of_reading_order


def test_place_and_fact_rows_follow_their_pages():
    part = Path(__file__).parent
    assert out_of_reading_order(part, "places.csv") == [] and out_of_reading_order(part, "facts.csv") == []
