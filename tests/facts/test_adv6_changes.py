"""Adversarial pass 6, class changes and multiples: price and rate words (0.25%포인트
인하, 20% 인상, 3% 급등, 10% 반등, 5% 역성장) left `change` empty; `두 배 반` (2.5 times)
was written as 2 배; `3프로 야구단` (professional) as 3 percent."""
import pytest

from pipeline.api import extract_text


@pytest.mark.parametrize("text, expected", [
    ("인민은행은 대출우대금리를 0.25%포인트 인하했다.", [("0.25%포인트", "0.25", "pp", "decrease")]),
    ("선양시는 수도 요금을 20% 인상했다.", [("20%", "20", "percent", "increase")]),
    ("철광석 가격이 하루 만에 3% 급등했다.", [("하루", "1", "day", ""), ("3%", "3", "percent", "increase")]),
    ("상하이 증시는 10% 반등했다.", [("10%", "10", "percent", "increase")]),
    ("이 성의 공업생산은 5% 역성장했다.", [("5%", "5", "percent", "decrease")]),
    ("위안화 가치는 2% 절하됐다.", [("2%", "2", "percent", "decrease")]),
    ("헤이룽장성 수출 3.5%↓, 수입 2.1%↑", [("3.5%", "3.5", "percent", "decrease"), ("2.1%", "2.1", "percent", "increase")]),
    # 个百分点 half translated was 2.1 개 (a count) with no change
    ("도시 실업률은 2.1개 퍼센트 포인트 하강했다.", [("2.1개 퍼센트 포인트", "2.1", "pp", "decrease")]),
])
def test_price_and_rate_words(text, expected):
    assert [(f.surface, str(f.value), f.unit, f.change) for f in extract_text(text).facts] == expected


@pytest.mark.parametrize("text", [
    "수출액은 10년 전의 두 배 반으로 늘었다.",
    "이 도시에는 3프로 야구단이 있다.",
    "영업이익 △3.5억 원",          # △ with no comparison word: a minus or a bullet (round 14: after 증가율 a minus)
])
def test_no_part_of_a_multiple_or_pro(text):
    assert extract_text(text).facts == []
