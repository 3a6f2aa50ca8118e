"""Qualifiers, ranges and changes (data/qualifiers.toml)."""
import pytest

from tests.facts.corpus import cases, check_one, facts_of


@pytest.mark.parametrize("text,row", cases("qualifiers"))
def test_qualifier_examples(text, row, fact_rules):
    check_one(text, row, fact_rules)


def test_levels_before_and_after_are_not_changes(fact_rules):
    text = "국무원은 신청을 49평방킬로미터에서 34평방킬로미터로 줄였는데 전년도에 비해 46%가 감소하였다."
    facts = facts_of(text, fact_rules)
    assert [(str(f.value), f.unit, f.change) for f in facts] == [
        ("49", "km2", ""), ("34", "km2", ""), ("46", "percent", "decrease")]
