"""Consistency checks on tests/devset/sites4 (source folders sharing a template). They do not
run the pipeline. Lines and titles are checked for every part by test_unseen.py; here the
place and fact surfaces: each must be text of its page, in the order the rows give."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.devset.test_unseen import out_of_reading_order

PART = Path(__file__).parent


def test_every_folder_is_a_source_of_several_pages():
    folders = [d for d in (PART / "raw").iterdir() if d.is_dir()]
    assert len(folders) == 4 and all(3 <= len(list(d.iterdir())) <= 6 for d in folders)


@pytest.mark.parametrize("table", ["places.csv", "facts.csv"])
def test_surfaces_come_in_reading_order(table):
    assert out_of_reading_order(PART, table) == []
