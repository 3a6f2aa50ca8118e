"""tests/devset/titles16 (round 16's pages for titles and dates on unprofiled pages, committed with their expected
rows before the first run): every page has a pages row, and every expected title is text of its own page (a typo
cannot pass as a miss). The pipeline is not run here; `make eval` scores the titles and dates."""
from __future__ import annotations

from pathlib import Path

from tests.devset.test_unseen import page_text, rows, squash

PART = Path(__file__).parent


def test_every_page_has_one_pages_row() -> None:
    docs = sorted(p.relative_to(PART / "raw").as_posix() for p in (PART / "raw").rglob("*") if p.is_file())
    assert sorted(r["doc_id"] for r in rows("pages.csv", PART)) == docs


def test_every_title_is_text_of_its_page() -> None:
    bad = [r["doc_id"] for r in rows("pages.csv", PART) if squash(r["title"]) not in page_text(r["doc_id"], str(PART))]
    assert bad == []
