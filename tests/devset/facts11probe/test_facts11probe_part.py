"""Consistency checks on tests/devset/facts11probe (six pages written after round 11's rules, before
the pipeline ran on them: durations as a measure or an anchor, counts, a rate's base, Hong Kong and
Taiwan figures): numbers5's checks run on this part. They do not run the pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.facts8 import test_facts8_part as facts8


@pytest.fixture
def on_this_part(monkeypatch):
    monkeypatch.setattr(facts8.same_checks, "PART", Path(__file__).parent)
    monkeypatch.setattr(facts8.same_checks, "UNITS",
                        facts8.same_checks.UNITS | {"day", "year", "month", "TWD", "HKD", "TEU"})


test_numbers5_checks_hold_on_this_part = facts8.test_numbers5_checks_hold_on_this_part


def test_at_least_five_pages_each_with_facts(on_this_part):
    same = facts8.same_checks
    assert len(same.docs()) >= 5
    assert {r["doc_id"] for r in same.rows()} == set(same.docs())
