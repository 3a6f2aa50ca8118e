"""Adversarial pass 7 on numbers: wrong values that looked right, one case per class found,
each read wrong by the code before this round (the value it gave is in the comment). Every
expected value is worked out by hand from the sentence."""
import pytest

from pipeline.api import extract_text

READ_WHOLE = [
    # 6개월: the years before the months were left out
    ("공사 기간은 2년 6개월이다.", "2년 6개월", "30", "", "month"),
    # 6 month: 개월째 ruled out, the scan fell back to the shorter surface 개 (3개)
    ("수출은 1년 6개월 만에 회복됐다.", "1년 6개월", "18", "", "month"),
    # 3억 배, a multiple
    ("중국의 원유 수입은 3억 배럴을 넘었다.", "3억 배럴", "300000000", "", "bbl"),
    # 7 percent: the band 7%대 is 7 up to 8
    ("성장률이 7%대로 떨어졌다.", "7%대", "7", "8", "percent"),
    ("투자 규모는 1천억 원대다.", "1천억 원대", "100000000000", "200000000000", "KRW"),
    # 10 years: the range written out (에서…사이) lost its first end
    ("회수에는 5년에서 10년 사이 걸린다.", "5년에서 10년", "5", "10", "year"),
    ("관광객은 1만 명에서 2만 명 사이를 오간다.", "1만 명에서 2만 명", "10000", "20000", "명"),
    # 영하 5~10도: no row (the range's second end did not see 영하); both ends are below zero
    ("영하 5~10도로 떨어지는 한파가 이어졌다.", "영하 5~10도", "-10", "-5", "celsius"),
]


@pytest.mark.parametrize("text, surface, value, value_max, unit", READ_WHOLE, ids=[c[1] for c in READ_WHOLE])
def test_read_whole(text, surface, value, value_max, unit):
    facts = extract_text(text).facts
    assert [(f.surface, str(f.value), str(f.value_max or ""), f.unit) for f in facts] == [(surface, value, value_max, unit)]


NO_ROW = [
    "성장률은 3 . 5%였다.",            # 5%: the tail of a spaced decimal
    "방문객은 3, 500명이다.",           # 500명: the tail of a spaced thousands comma
    "성장률은 3점5%였다.",              # 5%: 점 read aloud as the decimal point
    "금리는 0·5%였다.",                # 5%: a middle dot as the decimal point
    "매출이 2·3배 늘었다.",             # 3배: 2~3 times, or 2 and 3
    "十二点五亿美元的投资",              # 五亿美元 (500,000,000): 点 is a decimal point
    "사업비는 12억 3천 위안이다.",       # 1,200,003,000: or 12억 3천만 with 만 dropped?
    "우리 팀이 5대 3으로 이겼다.",       # 5대: a score
    "인구 3개월째 감소",                # 3개
    "수출은 7년째 늘었다.",             # 7 years: the seventh year running, an ordinal
    "2015년에서 10년 사이에 지어졌다.",   # 10 years
    "연수 기간 5일~9일",               # 5 days: the 5th to the 9th
    "한파 속에 경기·강원 등 3도에 특보가 내려졌다.",   # 3 celsius: three provinces
    "정원: 80명",                      # 80명: an event notice's seats
    "선착순 60명을 모집한다.",           # 60명
]


@pytest.mark.parametrize("text", NO_ROW)
def test_no_row(text):
    assert [(f.surface, str(f.value)) for f in extract_text(text).facts] == []


CONVENTIONS = [
    # (text, surface, value, unit, change)
    ("수출은 -15.2% 증가했다.", "-15.2%", "-15.2", "percent", "decrease"),
    ("수출은 -15.2% 감소했다.", "-15.2%", "-15.2", "percent", "decrease"),
    ("표본오차는 ±3.1%p이다.", "±3.1%p", "3.1", "pp", ""),
    ("300MW급 태양광 발전소를 짓는다.", "300MW", "300", "MW", ""),
    ("중국 기업이 ¥500万을 투자했다.", "¥500万", "5000000", "CNY", ""),
]


@pytest.mark.parametrize("text, surface, value, unit, change", CONVENTIONS, ids=[c[1] for c in CONVENTIONS])
def test_conventions(text, surface, value, unit, change):
    facts = extract_text(text).facts
    assert [(f.surface, str(f.value), f.unit, f.change) for f in facts] == [(surface, value, unit, change)]


def test_levels_of_a_change_are_two_facts_without_change():
    facts = extract_text("실업률은 3%에서 5%로 높아졌다.").facts
    assert [(f.surface, str(f.value), f.change) for f in facts] == [("3%", "3", ""), ("5%", "5", "")]


def test_a_ship_class_is_no_fact():
    assert extract_text("2만TEU급 선박 5척을 발주했다.").facts[0].surface == "5척"


def test_yen_sign_in_a_text_that_names_the_yen_gives_no_row():
    facts = extract_text("일본 기업은 ¥500万을 냈고 한국 기업은 300만 엔을 냈다.").facts
    assert [(f.surface, f.unit) for f in facts] == [("300만 엔", "JPY")]


@pytest.mark.parametrize("text, won_as", [
    ("가상현은 인민폐 3억 원을 들였다.", "CNY"),
    ("투자액은 한화로 35억 원이다.", "KRW"),
])
def test_won_as_when_every_won_amount_names_its_currency(text, won_as):
    result = extract_text(text)
    assert (result.won_as, result.won_evidence) == (won_as, f"named: {won_as}")
