"""Consistency checks on tests/devset/facts18 (signed rates in report tables, durations against a rate's base,
subjects after words of how often and of a base: 매일, 왕복, 하룻밤, a time base, an owner before
each amount): numbers5's
checks run on this part. They do not run the pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.facts8 import test_facts8_part as facts8


@pytest.fixture
def on_this_part(monkeypatch):
    monkeypatch.setattr(facts8.same_checks, "PART", Path(__file__).parent)
    monkeypatch.setattr(facts8.same_checks, "UNITS",
                        facts8.same_checks.UNITS | {"day", "year", "month", "t", "km2", "TWD", "USD"})


test_numbers5_checks_hold_on_this_part = facts8.test_numbers5_checks_hold_on_this_part


def test_seven_pages_each_with_facts(on_this_part):
    assert len(facts8.same_checks.docs()) >= 7
    assert {r["doc_id"] for r in facts8.same_checks.rows()} == set(facts8.same_checks.docs())
