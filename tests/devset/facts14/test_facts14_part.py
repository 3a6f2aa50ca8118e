"""Consistency checks on tests/devset/facts14 (won or yuan per amount on Korean and 교민 pages, Taiwan's
and Hong Kong's 元, routes between two currencies, statistical signs △/▲, currency codes before
numbers): numbers5's checks run on this part. They do not run the pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.facts8 import test_facts8_part as facts8


@pytest.fixture
def on_this_part(monkeypatch):
    monkeypatch.setattr(facts8.same_checks, "PART", Path(__file__).parent)
    monkeypatch.setattr(facts8.same_checks, "UNITS",
                        facts8.same_checks.UNITS | {"day", "TWD", "HKD", "USD", "pp"})


test_numbers5_checks_hold_on_this_part = facts8.test_numbers5_checks_hold_on_this_part
