"""Adversarial pass 6, class "suffixes": an autonomous area named with its nationality as
Korean news writes it (이리 카자흐자치주, 간난 티베트족자치주), not as the loanword rules
transliterate it (하싸커족, 짱족), is one mention of that area (was no row). Examples from
curated.toml [ethnic_names]."""
import tomllib

import pytest

from pipeline.places import find_places
from pipeline.places.translit import DATA

ETHNIC = tomllib.loads((DATA / "curated.toml").read_text(encoding="utf-8"))["ethnic_names"]


@pytest.mark.parametrize("case", ETHNIC["examples"])
def test_usual_nationality_names(gaz, case):
    rows = [(m.surface, m.name_zh) for m in find_places(case["text"], gaz)]
    assert (case["surface"], case["place"]) in rows, rows
