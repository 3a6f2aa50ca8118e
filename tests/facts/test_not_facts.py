"""Negative corpus (data/not_facts.toml): each text yields no fact."""
import pytest

from pipeline.facts import read_table
from tests.facts.corpus import facts_of


@pytest.mark.parametrize("text", read_table("not_facts")["texts"])
def test_not_a_fact(text, fact_rules):
    assert [(f.surface, f.unit) for f in facts_of(text, fact_rules)] == []
