"""Adversarial pass 6, class qualifiers: `근 10만 명` (近, nearly) and `거의 200만 톤` were
written without a qualifier, as if exact."""
import pytest

from pipeline.api import extract_text

CASES = [
    ("박람회에는 근 10만 명이 다녀갔다.", "10만 명", "100000", "approx"),
    ("헤이룽장성의 콩 생산량은 거의 200만 톤에 달한다.", "200만 톤", "2000000", "approx"),
    ("최근 10만 명이 이 도시로 옮겨왔다.", "10만 명", "100000", ""),
    # within, close to, short of: written as if exact before
    ("허가는 30일 이내에 난다.", "30일", "30", "at_most"),
    ("관광객은 10만 명에 육박했다.", "10만 명", "100000", "approx"),
    ("외자 유치액은 3억 달러에 못 미쳤다.", "3억 달러", "300000000", "less_than"),
    # a record is exact: 최대 after a scope was written as at_most (an upper bound)
    ("광둥성 수출은 역대 최대 3천억 달러를 기록했다.", "3천억 달러", "300000000000", ""),
    ("실업률은 사상 최고 5.2%로 치솟았다.", "5.2%", "5.2", ""),
    ("시는 최대 5억 달러를 투자한다.", "5억 달러", "500000000", "at_most"),
]


@pytest.mark.parametrize("text, surface, value, qualifier", CASES, ids=[c[0][:12] for c in CASES])
def test_nearly(text, surface, value, qualifier):
    assert [(f.surface, str(f.value), f.qualifier) for f in extract_text(text).facts] == [(surface, value, qualifier)]
