"""Round 14 (facts14), 원 per amount: one price of one thing too small for won (`찰떡 한 근이 12원`) decides
its own amount only; two such prices, or one and a Chinese payer, still decide the page; a figure
reported too small to be won (a county's revenue, a wage) still decides it alone; a tiny amount with a
mainland place in its clause is 元."""
import pytest

from pipeline.api import extract_text


def _units(text: str) -> list[tuple[str, str]]:
    return [(f.surface, f.unit) for f in extract_text(text).facts if f.quantity == "money"]


@pytest.mark.parametrize("text, expected", [
    # a Seoul association's trip: the fee is won, the market's price per 근 元
    ("협회는 회원 자녀와 연길을 다녀왔다. 1인당 참가비 45만원 가운데 30만원은 협회가 지원했다. "
     "아이들은 서시장에서 찰떡 한 근이 12원이라는 말에 신기해했다.",
     [("45만원", "KRW"), ("30만원", "KRW"), ("12원", "CNY")]),
    ("참가자들은 \"현지 식당에서 샤오룽바오 한 판이 15원이라 놀랐다\"고 말했다. 참가비는 89만원이다.",
     [("15원", "CNY"), ("89만원", "KRW")]),
    # a mainland place in the clause makes a tiny amount 元, the page stays won
    ("상하이 편의점 생수는 3원이다. 연수 참가비는 89만원이다.", [("3원", "CNY"), ("89만원", "KRW")]),
])
def test_one_price_decides_its_own_amount(text, expected):
    assert _units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two prices of one thing: the page deals in 元
    ("대게는 한 마리에 60원, 꿀은 한 병에 45원에 팔린다. 총 매출은 300만원이다.",
     [("60원", "CNY"), ("45원", "CNY"), ("300만원", "CNY")]),
    # a price and a Chinese payer
    ("찹쌀떡은 한 근에 12원이다. 연길시정부는 시장 보수에 300만원을 들였다.",
     [("12원", "CNY"), ("300만원", "CNY")]),
    # a figure reported too small for won decides the page alone
    ("연길시의 지방재정수입은 35억 원으로 늘었다. 새 청사에는 2억 원을 쓴다.", [("35억 원", "CNY"), ("2억 원", "CNY")]),
])
def test_the_page_still_decided_by_two_signs(text, expected):
    assert _units(text) == expected


def test_no_sign_of_china_keeps_a_tiny_amount_won():
    assert _units("단돈 1원이면 된다.") == [("1원", "KRW")]
