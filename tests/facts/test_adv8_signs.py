"""Adversarial pass 8 on lost minus signs (pipeline/facts/scan.py `_signed`).  Inputs invented
for this pass; the strict xfail (en dash) was fixed in round 9 (facts9: scan.py MINUS)."""
from tests.facts.corpus import facts_of


def _values(text, fact_rules):
    return [(f.surface, float(f.value)) for f in facts_of(text, fact_rules)]


def test_adv8_en_dash_as_minus(fact_rules):
    assert [v for _, v in _values("투자 증가율: –3.2%", fact_rules)] == [-3.2]


def test_adv8_ranges_and_periods_keep_no_sign(fact_rules):
    # a hyphen between two figures is a range or a period, never a minus
    assert _values("소매판매 증가율은 3-5% 수준이다.", fact_rules) == [("3-5%", 3)]
    assert _values("2022-2024년 연평균 성장률은 5.2%였다.", fact_rules) == [("5.2%", 5.2)]
    assert _values("- 3 -\n지난해 GDP는 5.2% 성장했다.", fact_rules) == [("5.2%", 5.2)]
    assert _values("성장률 추이: 2021년 8.1%, 2022년-3.0%", fact_rules) == [("8.1%", 8.1), ("-3.0%", -3)]
