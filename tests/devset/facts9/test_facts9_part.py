"""Consistency checks on tests/devset/facts9 (pages mixing won and yuan written 원: conversions
written either way, a currency named in brackets after the amount, owners named a sentence
earlier, a table's column, archive wages; signs and counters): numbers5's checks run on this
part. They do not run the pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.facts8 import test_facts8_part as facts8


facts8_units = facts8.on_this_part          # facts8's fixture (its units), pointed at this part below


@pytest.fixture
def on_this_part(monkeypatch, facts8_units):
    monkeypatch.setattr(facts8.same_checks, "PART", Path(__file__).parent)


test_numbers5_checks_hold_on_this_part = facts8.test_numbers5_checks_hold_on_this_part
test_at_least_eight_pages_each_with_facts = facts8.test_at_least_eight_pages_each_with_facts
