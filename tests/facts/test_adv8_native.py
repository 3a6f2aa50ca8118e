"""Adversarial pass 8 on native Korean numerals for days and counts (data/units.toml
`word_amounts`).  Inputs invented for this pass."""
import pytest

from tests.facts.corpus import facts_of


@pytest.mark.parametrize("text", [
    "하루 이틀 사이에 결정될 것이다.",       # a day or two: no span of exactly two days
    "이틀 사흘 걸리는 일이 아니다.",
])
def test_adv8_two_day_words_in_a_row_are_a_vague_span(text, fact_rules):
    assert [(f.surface, f.value) for f in facts_of(text, fact_rules)] == []


def test_adv8_a_day_word_alone_still_counts(fact_rules):
    assert [(f.surface, f.value, f.unit) for f in facts_of("이틀 사이에 매진됐다. 사흘이 걸린다.", fact_rules)] == [
        ("이틀", 2, "day"), ("사흘", 3, "day")]
