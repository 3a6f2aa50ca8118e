"""Adversarial pass 6, class native numerals and names with numbers: a native range spaced
by its writer (한 두 곳, 두 세 차례) gave its tail alone (두 곳 = 2); a ratio (1대1 맞춤,
'1대1로' for 一带一路) gave 1 대 (vehicles); a Party slogan that counts ('4개 현대화',
'2개 100년') gave a count of 4 or 2 things.  Values worked out by hand."""
import pytest

from pipeline.api import extract_text


@pytest.mark.parametrize("text, expected", [
    ("지린성 정부는 한 두 곳의 공장을 더 짓는다.", [("한 두 곳", "1", "2", "곳")]),
    ("회의는 두 세 차례 연기됐다.", [("두 세 차례", "2", "3", "차례")]),
    ("사고로 노동자 서 너 명이 다쳤다.", [("서 너 명", "3", "4", "명")]),
    ("마을에는 대 여섯 명만 남았다.", [("대 여섯 명", "5", "6", "명")]),
])
def test_spaced_native_range(text, expected):
    assert [(f.surface, str(f.value), str(f.value_max), f.unit) for f in extract_text(text).facts] == expected


@pytest.mark.parametrize("text, expected", [
    ("시는 중소기업에 1대1 맞춤 지원을 한다.", []),
    ("'1대1로' 사업에 5억 달러를 투자했다.", [("5억 달러", "500000000", "USD")]),
    ("당은 '4개 현대화' 건설을 다시 강조했다.", []),
    ("'2개 100년' 목표를 향해 나아간다.", []),
    ("이 시는 4개 현을 거느린다.", [("4개", "4", "개")]),
    ("자동차 3대와 트럭 2대가 부딪쳤다.", [("3대", "3", "대"), ("2대", "2", "대")]),
])
def test_names_with_numbers(text, expected):
    assert [(f.surface, str(f.value), f.unit) for f in extract_text(text).facts] == expected
