"""The number grammar's example corpus (data/numbers.toml)."""
from decimal import Decimal

import pytest

from pipeline.facts import read_table
from tests.facts.corpus import cases


@pytest.mark.parametrize("surface,row", cases("numbers", "surfaces"))
def test_number_examples(surface, row, fact_rules):
    assert fact_rules.grammar.parse(surface) == Decimal(row["value"])


def test_no_binary_float_residue(fact_rules):
    value = fact_rules.grammar.parse("96.56억")
    assert str(value) == "9656000000"


@pytest.mark.parametrize("word", ["사람", "이것", "오늘", "한편", "세계"])
def test_words_are_not_numbers(word, fact_rules):
    assert fact_rules.grammar.parse(word) is None


def test_one_digit_table():
    # the digits exist once, in the table; every digit and magnitude is one character
    t = read_table("numbers")
    assert all(len(k) == 1 for k in {**t["digits"]["hangul"], **t["digits"]["hanzi"], **t["magnitudes"]})


@pytest.mark.parametrize("surface", [s for row in read_table("numbers")["not_numbers"] for s in row["surfaces"]])
def test_spaced_groups_out_of_order_are_no_number(surface, fact_rules):
    assert fact_rules.grammar.parse(surface) is None
