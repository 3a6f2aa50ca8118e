"""Consistency checks on tests/devset/facts8 (pages mixing won and yuan written 원, 딸라,
프로, signs, native day counts, counters 기 and 동): the checks of numbers5 run on this part
(every expected fact surface is text of its own page, in reading order, with a value that is a
plain decimal and a unit of the contract). They do not run the pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.numbers5 import test_numbers5 as same_checks

PART = Path(__file__).parent
CHECKS = [same_checks.test_facts_come_in_reading_order, same_checks.test_fact_values_units_and_qualifiers]


@pytest.fixture
def on_this_part(monkeypatch):
    monkeypatch.setattr(same_checks, "PART", PART)
    monkeypatch.setattr(same_checks, "UNITS", same_checks.UNITS | {"day", "year", "kW"})   # durations, power


@pytest.mark.parametrize("check", CHECKS, ids=lambda f: f.__name__)
def test_numbers5_checks_hold_on_this_part(check, on_this_part):
    check()


def test_at_least_eight_pages_each_with_facts(on_this_part):
    assert len(same_checks.docs()) >= 8
    assert {r["doc_id"] for r in same_checks.rows()} == set(same_checks.docs())
