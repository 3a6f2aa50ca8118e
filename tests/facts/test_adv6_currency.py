"""Adversarial pass 6, class currency: a price with a coin the unit table cannot add
(3원 50전, 5위안 50전) was written as its first part (3 KRW, 5 CNY), short of the price;
an English magnitude after a dollar amount ($3.5 billion) was dropped (3.5 USD).  No row
is right for both; coins the table knows still add (3달러 20센트 = 3.2 USD, by hand)."""
import pytest

from pipeline.api import extract_text


@pytest.mark.parametrize("text, expected", [
    ("1980년대 시내버스 요금은 3원 50전이었다.", []),
    ("장춘 시장에서 배추 한 근은 5위안 50전이다.", []),
    ("연길의 버스 요금은 2위안 5마오로 올랐다.", []),
    ("신문은 이 회사가 $3.5 billion을 투자한다고 전했다.", []),
    ("단가는 3달러 20센트로 올랐다.", [("3달러 20센트", "3.2", "USD")]),
    ("가격은 5위안 5자오이다.", [("5위안 5자오", "5.5", "CNY")]),
    ("그는 100만 원을 3일 전에 냈다.", [("100만 원", "1000000", "KRW")]),
])
def test_coin_and_english_magnitude(text, expected):
    assert [(f.surface, str(f.value), f.unit) for f in extract_text(text).facts] == expected


@pytest.mark.parametrize("text, expected", [
    ("중국은 도농 2원 구조를 깨려 한다.", []),                 # 城乡二元结构 was 2 KRW
    ("성 정부는 관리 체계를 1원화했다.", []),                   # 一元化 was 1 KRW
    ("이 지역은 2원적 경제 구조를 보인다.", []),
    ("정부·기업·대학의 3원 합작이 늘었다.", []),
    ("한국 기업은 3억 원 합작 투자를 했다.", [("3억 원", "300000000", "KRW")]),
    ("구조조정에 300억 원 구조조정 자금이 들었다.", [("300억 원", "30000000000", "KRW")]),
])
def test_won_as_element_is_no_money(text, expected):
    assert [(f.surface, str(f.value), f.unit) for f in extract_text(text).facts] == expected
