"""tests/devset/titles18 (round 18's pages for titles and dates on unprofiled pages, committed with their expected
rows before the first run): every page has one pages row, and every expected title is text of its own page (a typo
cannot pass as a miss). The lines are checked by tests/devset/test_unseen.py; `make eval` scores them."""
from __future__ import annotations

from pathlib import Path

from tests.devset.test_unseen import pages_rows_against_pages


def test_every_page_has_one_pages_row_and_its_title_is_text_of_the_page() -> None:
    assert pages_rows_against_pages(Path(__file__).parent) == ([], [])
