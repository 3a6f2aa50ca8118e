"""Consistency checks on tests/devset/facts10 (원 per amount with Korean firms, crews, places and
Taiwan's 元; a table's currency column; idioms with native counters; terms of payment and spans):
numbers5's checks run on this part. They do not run the pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.facts8 import test_facts8_part as facts8


@pytest.fixture
def on_this_part(monkeypatch):
    monkeypatch.setattr(facts8.same_checks, "PART", Path(__file__).parent)
    monkeypatch.setattr(facts8.same_checks, "UNITS",
                        facts8.same_checks.UNITS | {"day", "year", "TWD", "HKD"})


test_numbers5_checks_hold_on_this_part = facts8.test_numbers5_checks_hold_on_this_part
test_at_least_eight_pages_each_with_facts = facts8.test_at_least_eight_pages_each_with_facts
