"""tests/devset/titles18 (round 18's pages for titles and dates on unprofiled pages, committed with their expected
rows before the first run): every page has one pages row, and every expected title is text of its own page (a typo
cannot pass as a miss); a title that carries a letter's issue tag (`[<letter> 제N호] … 외`) is a mail's subject that
the page shows under a subject header (`제목:`, or `제목` in a header cell), never a bare `<title>`. The lines are
checked by tests/devset/test_unseen.py; `make eval` scores them."""
from __future__ import annotations

import re
from pathlib import Path

from tests.devset.test_unseen import pages_rows_against_pages, rows

PART = Path(__file__).parent
# A letter's issue tag opening a title: `[해성통상레터 제37호] …`, `[… Vol.12] …`.
_ISSUE_TAG = re.compile(r"^[\[【][^\]】]{2,30}(?:제\s?\d{1,5}\s?호|Vol\.\s?\d{1,4})[\]】]")
# A subject header, as a mail's line (`제목: …`) or as a mail reader's header cell (`<td>제목</td><td>…`).
_SUBJECT_HEADER = r"(?:^|\n|>)\s*(?:제목|Subject|Subj)\s*(?::|</t[dh]>\s*<t[dh][^>]*>)\s*"


def test_every_page_has_one_pages_row_and_its_title_is_text_of_the_page() -> None:
    assert pages_rows_against_pages(PART) == ([], [])


def test_an_issue_tag_in_a_title_is_a_subject_the_page_shows_under_its_header() -> None:
    tagged = [r for r in rows("pages.csv", PART) if _ISSUE_TAG.match(r["title"])]
    unshown = [r["doc_id"] for r in tagged if not re.search(_SUBJECT_HEADER + re.escape(r["title"]),
                                                            (PART / "raw" / r["doc_id"]).read_text(encoding="utf-8"))]
    assert len(tagged) == 1 and unshown == []      # bukhae-mail's text mail (`제목: [북해무역정보 제21호] … 외`)
