"""Round 10 (facts10): a range with a signed end keeps its signs (−5~3℃ is -5 to 3, −15∼−20℃ -20 to
-15, -3%~-5% -5 to -3), value the smaller end; an end that cannot be read is no value alone (3%~-5%);
a count keeps a typeset minus (−0.8만명) but never a hyphen (a list's dash)."""
import pytest

from tests.facts.corpus import facts_of


def _read(text, fact_rules):
    return [(f.surface, float(f.value), None if f.value_max is None else float(f.value_max))
            for f in facts_of(text, fact_rules)]


@pytest.mark.parametrize("text, expected", [
    ("연길의 기온은 −5~3℃다.", [("−5~3℃", -5.0, 3.0)]),
    ("연길의 기온은 -5~3℃다.", [("-5~3℃", -5.0, 3.0)]),
    ("기온은 −15∼−20℃", [("−15∼−20℃", -20.0, -15.0)]),
    ("기온은 -5~-10℃", [("-5~-10℃", -10.0, -5.0)]),
    ("증가율 -3%~-5%", [("-3%~-5%", -5.0, -3.0)]),
    ("증가율은 -3~5%다", [("-3~5%", -3.0, 5.0)]),
    ("영하 5~10도", [("영하 5~10도", -10.0, -5.0)]),
])
def test_signed_ranges(text, expected, fact_rules):
    assert _read(text, fact_rules) == expected


@pytest.mark.parametrize("text", ["기온은 3~−5℃", "증가율 3%~-5%"])
def test_a_range_signed_on_its_second_end_only_gives_no_row(text, fact_rules):
    # 3 to −5? −3 to −5? the top end alone would be a wrong value
    assert _read(text, fact_rules) == []


def test_a_count_keeps_a_typeset_minus_only(fact_rules):
    assert _read("인구 증감: 2022년 +1.2만명, 2023년 −0.8만명", fact_rules) \
        == [("1.2만명", 12000.0, None), ("−0.8만명", -8000.0, None)]
    assert _read("-300명이 참가했다", fact_rules) == [("300명", 300.0, None)]   # a list's dash, not a sign
