"""Consistency checks on tests/devset/facts11 (durations that are what a sentence measures against
spans that anchor a comparison or a window or measure money; counts with native and Sino counters;
idioms of the base of a rate; 조선어 pages mixing won and yuan; Hong Kong and Taiwan figures):
numbers5's checks run on this part. They do not run the pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.facts8 import test_facts8_part as facts8


@pytest.fixture
def on_this_part(monkeypatch):
    monkeypatch.setattr(facts8.same_checks, "PART", Path(__file__).parent)
    monkeypatch.setattr(facts8.same_checks, "UNITS",
                        facts8.same_checks.UNITS | {"day", "year", "month", "TWD", "HKD"})


test_numbers5_checks_hold_on_this_part = facts8.test_numbers5_checks_hold_on_this_part
test_at_least_eight_pages_each_with_facts = facts8.test_at_least_eight_pages_each_with_facts
