"""Consistency checks on tests/devset/facts17 (amounts listed with 각각 after places of two currencies,
subjects after a Korean city or an 에 phrase, native day counts after a time noun, 만 groups spaced, broken
by a wrap, currencies with their country, signs, Hangul numerals, counters, 경, the 조선어 norm): numbers5's
checks run on this part. They do not run the pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.facts8 import test_facts8_part as facts8


@pytest.fixture
def on_this_part(monkeypatch):
    monkeypatch.setattr(facts8.same_checks, "PART", Path(__file__).parent)
    monkeypatch.setattr(facts8.same_checks, "UNITS",
                        facts8.same_checks.UNITS | {"day", "TWD", "HKD", "MOP", "SGD", "USD", "JPY", "TEU"})


test_numbers5_checks_hold_on_this_part = facts8.test_numbers5_checks_hold_on_this_part


def test_seven_pages_each_with_facts(on_this_part):
    assert len(facts8.same_checks.docs()) >= 7
    assert {r["doc_id"] for r in facts8.same_checks.rows()} == set(facts8.same_checks.docs())
