"""Round 17 (facts17): amounts listed after 각각 take the currency of their own owner, in order; Macao's 元 is
MOP. Expectations worked out by reading each sentence (which city each amount belongs to)."""
import pytest

from pipeline.api import extract_text
from pipeline.facts import read_table

TABLE = read_table("currency")


def _units(text):
    return [f.unit for f in extract_text(text).facts if f.quantity == "money"]


@pytest.mark.parametrize("row", TABLE["respectively"]["examples"], ids=lambda r: r[0][:16])
def test_respectively_pairs_each_amount_with_its_owner(row):
    assert _units(row[0]) == row[1:]


@pytest.mark.parametrize("text", TABLE["taiwan"]["macau_examples"])
def test_macaos_yuan_is_mop(text):
    assert _units(text)[-1] == "MOP"


def test_owners_and_amounts_that_do_not_pair_give_no_row():
    assert _units("샤먼과 가오슝, 타이베이의 시내버스 요금은 각각 2元, 12元으로만 안내됐다.") == []


def test_a_list_without_respectively_is_read_as_before():
    # no 각각: the clause of the second amount starts after the first, which names no place
    assert _units("타이베이의 우육면은 180元이다.") == ["TWD"]
