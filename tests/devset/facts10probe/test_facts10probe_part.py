"""Consistency checks on tests/devset/facts10probe (a small probe written after round 10's facts
rules, to try to break them): numbers5's checks run on this part. They do not run the pipeline."""
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


def test_at_least_four_pages_each_with_facts(on_this_part):
    assert len(facts8.same_checks.docs()) >= 4
    assert {r["doc_id"] for r in facts8.same_checks.rows()} == set(facts8.same_checks.docs())
