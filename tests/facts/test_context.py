"""Subject and period examples (data/context.toml)."""
import pytest

from pipeline.facts import read_table
from tests.facts.corpus import facts_of


@pytest.mark.parametrize("row", read_table("context")["examples"], ids=lambda r: r["sentence"][:20])
def test_context_examples(row, fact_rules):
    got = [[f.surface, f.subject, f.period] for f in facts_of(row["sentence"], fact_rules)]
    assert got == row["facts"]
