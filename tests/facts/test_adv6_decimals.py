"""Adversarial pass 6, class spacing (separators): a dot before three digits ending in 0
(1.500명, 2.000톤, 1.200만 위안) is a thousands separator in the writer's hand, and was
read as a decimal point (1.5 persons, 2 tonnes, 12000 yuan); 1500 or 1.5 cannot be told
for sure, so no row.  Rates keep their decimals (2.750% = 2.75, by hand)."""
import pytest

from pipeline.api import extract_text


@pytest.mark.parametrize("text", [
    "개막식에는 1.500명이 모였다.",
    "이 항구는 지난달 쌀 2.000톤을 수출했다.",
    "현 정부의 교육 예산은 1.200만 위안이다.",
    "인구는 1.200.000명이다.",
])
def test_thousands_dot_gives_no_row(text):
    assert extract_text(text).facts == []


@pytest.mark.parametrize("text, surface, value", [
    ("국채 금리는 2.750%이다.", "2.750%", "2.75"),
    ("수출액은 1.234억 달러였다.", "1.234억 달러", "123400000"),
    ("성장률은 0.500%에 그쳤다.", "0.500%", "0.5"),
])
def test_decimals_stay(text, surface, value):
    assert [(f.surface, str(f.value)) for f in extract_text(text).facts] == [(surface, value)]
