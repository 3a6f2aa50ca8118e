"""tests/devset/furniture18 (round 18: blog platforms' chrome, an office's address in hanja, a newsletter's greeting and
sign-off, a scrap's notice, a café's name; event lines, numbered section headings, one-line paragraphs and quotes that
stay), and its probe: every place and fact surface is text of its page, in reading order. Lines and titles are checked by
tests/devset/test_unseen.py; the pipeline is not run."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.test_unseen import out_of_reading_order


PARTS = [Path(__file__).parent, Path(__file__).parent.parent / "furniture18probe"]


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
@pytest.mark.parametrize("table", ["places.csv", "facts.csv"])
def test_rows_follow_the_text(part, table):
    assert out_of_reading_order(part, table) == []
