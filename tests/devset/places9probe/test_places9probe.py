"""Consistency checks on tests/devset/places9probe (a probe of places9 written after its rules: Korean dailies whose
cities share a reading, Korean-Chinese portals and 조선어 pages writing 广州 as 광주, Taiwan in all
its spellings): the checks of places5 run on this part (every page has rows; every expected
surface is text of its page, in reading order). They do not run the pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.places5 import test_places5 as same_checks

CHECKS = [same_checks.test_places_come_in_reading_order]   # a probe holds fewer than twelve pages


@pytest.mark.parametrize("check", CHECKS, ids=lambda f: f.__name__)
def test_places5_checks_hold_on_this_probe(check, monkeypatch):
    monkeypatch.setattr(same_checks, "PART", Path(__file__).parent)
    check()
