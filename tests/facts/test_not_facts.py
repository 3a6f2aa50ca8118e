"""Negative corpus (data/not_facts.toml): each text yields no fact."""
import pytest

from pipeline.facts import read_table
from tests.facts.corpus import facts_of


NEGATIVES = read_table("not_facts")["texts"] + [t for row in read_table("not_facts")["negatives"] for t in row["texts"]]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_fact(text, fact_rules):
    assert [(f.surface, f.unit) for f in facts_of(text, fact_rules)] == []


def test_masks_that_start_with_a_repeated_class_start_only_at_a_run_start():
    # `[\w.+-]+@...` tried at every position of a long run without spaces is
    # quadratic (issue 9); a lookbehind on the same class keeps it linear
    import re
    checked = 0
    for p in read_table("not_facts")["mask"]:
        guard = re.match(r"\(\?<!\[?([^\])]+)\]?\)", p)
        rest = p[guard.end():] if guard else p
        m = re.match(r"(\[[^\]]+\]|\\d|\\w)[+*]", rest)
        if m:
            checked += 1
            assert guard and guard.group(1) == m.group(1).strip("[]"), p
    assert checked >= 4
