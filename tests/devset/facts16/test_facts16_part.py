"""Consistency checks on tests/devset/facts16 (Korean pages quoting small Chinese prices, Taiwanese firms
on the mainland, Japanese ▲, codes after numbers, zero amounts, days, subjects): numbers5's checks
run on this part. They do not run the pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.facts8 import test_facts8_part as facts8


@pytest.fixture
def on_this_part(monkeypatch):
    monkeypatch.setattr(facts8.same_checks, "PART", Path(__file__).parent)
    monkeypatch.setattr(facts8.same_checks, "UNITS",
                        facts8.same_checks.UNITS | {"day", "TWD", "HKD", "USD", "JPY", "pp", "m2"})


test_numbers5_checks_hold_on_this_part = facts8.test_numbers5_checks_hold_on_this_part
