"""The header lines the cleaner and the title finder share (pipeline/ingest/data/header_lines.toml): one entry each,
read by the generic profile's drop rule of that name and by the title finder's copy stamp (not_headlines.toml
`date_stamp`, `also`). Every entry's examples and keep lines are run through both stages' readers here."""
from __future__ import annotations

import pytest

from pipeline.ingest.dates import iso_date
from pipeline.ingest.profiles import header_lines, load_profiles
from pipeline.ingest.title import _never_headline, date_stamp

_GENERIC = load_profiles().generic
_ENTRIES = list(header_lines().values())


@pytest.mark.parametrize("entry", _ENTRIES, ids=lambda e: e["name"])
def test_the_cleaners_rule_of_that_name_is_the_shared_entry(entry) -> None:
    rule = next(r for r in _GENERIC.rules if r.name == f"generic:{entry['name']}")
    assert rule.regex.pattern == entry["pattern"] and rule.date is not None
    assert [e for e in entry["examples"] if not rule.matches(e)] == []
    assert [k for k in entry["keep"] if rule.matches(k)] == []


@pytest.mark.parametrize("entry", _ENTRIES, ids=lambda e: e["name"])
def test_the_title_finder_reads_every_dated_example_as_a_stamp(entry) -> None:
    dated = [e for e in entry["examples"] if iso_date(e)]
    assert dated, "each shared entry has dated examples"
    assert [e for e in dated if not (date_stamp().search(e) and _never_headline(e))] == []
    # a header with no date (`[대본] … | 진행 …`) is the cleaner's only: no stamp dates the page by it
    assert [e for e in entry["examples"] if not iso_date(e) and date_stamp().search(e)] == []
    assert [k for k in entry["keep"] if date_stamp().search(k)] == []


def test_the_stamps_date_check_stands_after_each_headers_anchor() -> None:
    # before the `^`, the look-ahead ran from every position of a line that is no stamp: a search of a
    # 500-character prose line read the rest of it 500 times (10 ms; it took a quarter of the cleaning)
    pattern = date_stamp().pattern
    assert all(e["pattern"].startswith("^") for e in _ENTRIES)
    assert "|(?=" not in pattern and pattern.count("|^(?=.*?") == len(_ENTRIES)    # each entry is in `also`
