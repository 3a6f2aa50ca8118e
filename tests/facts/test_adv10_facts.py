"""Adversarial pass 10 on round 10's facts (currency per amount, Taiwan's 元, 한 + counter idioms,
flat numbers, durations). Inputs invented for this pass; each expectation worked out by reading the
sentence (whose money, spent where, how many). Strict xfails are failures left for the builders:
each names what it should give."""
import pytest

from pipeline.api import extract_text

JOSEON = "[연변소식] 래년 로동 시장 전망. "       # two 조선어 spellings: the page reads 원 as 元


def _facts(text):
    return [(f.surface, f.value, f.unit) for f in extract_text(text).facts]


def _money(text):
    return [(f.surface, f.unit) for f in extract_text(text).facts if f.quantity == "money"]


# ---------------------------------------------------------------- fixed on this branch

def test_a_flat_number_one_lives_in_is_no_count_of_households():
    # 305호에 사는 김씨: flat 305, not 305 households (the village's 1,200호 stays a count)
    assert _facts("마을에는 1,200호의 농가가 있으며 305호에 사는 리씨는 이사를 앞두고 있다.") \
        == [("1,200호", 1200, "호")]
    assert _facts("조선족 마을 주민 305호에 사는 김씨는 올해 이주한다.") == []


def test_one_person_each_is_no_count():
    # 한 명씩 돌아가며 (one at a time) answers no "how many"; 대표 한 명이 발언 stays 1
    assert _facts("기업 대표 한 명이 발언했다. 참석자들은 한 명씩 돌아가며 의견을 냈다.") == [("한 명", 1, "명")]


def test_a_price_for_one_geun_is_yuan():
    # 8 won for a 근 of apples buys nothing: 元, also where no 조선어 spelling says so
    assert _money("상해의 시장에서 사과 한 근은 8원이다.") == [("8원", "CNY")]


def test_a_month_written_before_the_pay_word_after_the_amount_is_yuan():
    # 월 6,500원의 임금: a month's pay under 1만 원
    assert _money("중국 서안의 합자기업은 로동자에게 월 6,500원의 임금을 지급한다.") == [("6,500원", "CNY")]
    # with a South Korean group named, no row rather than won (its plant in 서안 pays local wages)
    assert _money("삼성전자 서안공장은 월 6,500원의 임금을 지급한다.") != [("6,500원", "KRW")]
    # a raise in won stays won
    assert _money("서울 직장인은 월 5천원의 임금 인상을 요구했다.") == [("5천원", "KRW")]


def test_taiwan_as_the_investor_of_a_mainland_plant_is_no_taiwan_amount():
    # 대만 회사가 투자한 상해 공장: the plant and its wages are the mainland's (상해 is not read as a place
    # here: 傷害 too), so the investor's origin must not make the 元 Taiwan's
    assert _money(JOSEON + "대만 회사가 투자한 상해 공장의 로동자 월급은 5,200원이다.") == [("5,200원", "CNY")]
    assert _money(JOSEON + "대만 기업이 세운 곤산 공장의 월급은 5,200원이다.") == [("5,200원", "CNY")]
    # Taiwan's own wage stays TWD
    assert _money(JOSEON + "대만 타이중의 한 공장은 로동자 월급을 3만 2천원으로 올렸다.") == [("3만 2천원", "TWD")]


# ---------------------------------------------------------------- left: strict xfails

def _left(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


@_left("a South Korean group's plant in a mainland city pays local wages: 현대자동차 북경공장 월급 7,800원 "
       "should be CNY; it gives no row (conflict: monthly_wage / 현대자동차), the body's figure lost")
def test_a_korean_groups_chinese_plant_pays_yuan():
    assert _money("현대자동차 북경공장 직원들의 월급은 평균 7,800원이다.") == [("7,800원", "CNY")]


@_left("a price per 근 at a South Korean group's store in China (롯데마트 심양점 사과 한 근 8원) should be CNY; "
       "the Korean group names the owner and the amount comes out KRW (before this branch) or no row")
def test_a_korean_stores_chinese_branch_sells_in_yuan():
    assert _money("롯데마트 심양점에서 사과 한 근은 8원이다.") == [("8원", "CNY")]


# fixed in round 11 (facts11): a district of a South Korean city before the amount (서울 종로의) is where it is spent: korean_owner
def test_a_seoul_district_price_on_a_yuan_page_is_won():
    assert _money("길림성 장춘시의 한 식당에서 랭면 한 그릇은 18원이다. 서울 종로의 랭면은 1만 2천원이다.") \
        == [("18원", "CNY"), ("1만 2천원", "KRW")]


# fixed in round 11 (facts11): magnitude monthly_fee (a flat's fee under 1만 a month in a sentence naming a Chinese place)
def test_a_monthly_fee_in_yanji_is_yuan():
    assert _facts("래년 연길시 아빠트 관리비는 한달에 260원이다.") == [("260원", 260, "CNY")]


# fixed in round 11 (facts11): magnitude hotel_night (a night under 1만 in a sentence naming a Chinese place)
def test_a_hotel_night_in_xiamen_is_yuan():
    assert _money("대만 타이베이의 호텔은 1박에 3,200원, 복건성 하문의 호텔은 1박에 400원이다.")[1] == ("400원", "CNY")


# fixed in round 11 (facts11): 외상 기간 names a credit's span, as 결제 기한 (units.toml); 2~3일에서 하루로
# 줄었다 (two levels of a clearance time) is still no row and is not asserted here
def test_credit_terms_and_clearance_time_are_durations():
    assert [(f.value, f.value_max, f.unit) for f in extract_text("외상 기간은 30~60일이다.").facts] \
        == [(30, 60, "day")]


@pytest.mark.parametrize("name", ["monthly_pay_after", "unit_price"])
def test_magnitude_keeps_added_here_say_nothing(name):
    from pipeline.facts import read_table
    row = next(r for r in read_table("currency")["magnitude"] if r["name"] == name)
    for text in row["keep"]:
        assert name not in extract_text(text).won_evidence, text


@_left("the contract's own example: a full-width minus before a count keeps its sign (2023년 －0.8만명 → -8000); "
       "ingest/normalize.py maps U+FF0D to a hyphen, and a hyphen is no sign of a count: 8000 comes out")
def test_a_full_width_minus_before_a_count_is_its_sign():
    assert [(f.value, f.unit) for f in extract_text("인구 증감: 2023년 －0.8만명").facts] == [(-8000, "명")]


# fixed in round 11 (facts11): a bracket holding only another 원 amount in Taiwan's band (20–60 won to the TWD) after an amount whose clause names Taiwan converts it into won
def test_a_twd_amount_converted_into_won():
    assert _money(JOSEON + "대만 근로자 평균 월급 4,500원(약 19만원)이다.") == [("4,500원", "TWD"), ("19만원", "KRW")]


# fixed in round 11 (facts11): Hong Kong named in the clause reads 元 as HKD, as Taiwan's is TWD (currency.toml)
def test_hong_kongs_yuan_written_won_is_no_cny():
    assert _money(JOSEON + "홍콩 근로자의 평균 월급은 1만 2천원이다.") in ([("1만 2천원", "HKD")], [])


def test_not_even_one_is_no_count():
    # 한 … 도 + a negation says none, never 1; 두 건도 안 된다 (fewer than two) is left as it is
    assert _facts("올해 검사는 한 차례도 없었다. 신청자는 한 명도 없었다.") == []
    assert _facts("사고는 한 건도 발생하지 않았다.") == []
    assert _facts("불합격품은 단 한 개도 나오지 않았다.") == []
    # one with 도 meaning "also" stays a count
    assert _facts("공장 두 곳과 농장 한 곳도 방문했다.") == [("두 곳", 2, "곳"), ("한 곳", 1, "곳")]


# fixed in round 11 (facts11): currency.py's recipient particle ends its word: 서울의 로동자 (조선어 로) is no 로 after 서울의
def test_seouls_wage_beside_yanjis_is_won():
    assert _money(JOSEON + "서울의 로동자는 월 300만원, 연길은 5,000원이다.") == [("300만원", "KRW"), ("5,000원", "CNY")]


@_left("a Korean firm paying its Chinese plant's workers a month's sum under 1만 (한국 기업 P사는 훈춘 공장 "
       "로동자에게 월 4,000원을 준다) should be CNY (or no row); it comes out KRW, 4,000 won a month")
def test_a_korean_firms_chinese_wage_is_no_won():
    assert _money(JOSEON + "한국 기업 P사는 훈춘 공장 로동자에게 월 4,000원을 준다.") in ([("4,000원", "CNY")], [])


def test_taiwan_as_where_visitors_came_from_or_a_kind_is_no_taiwan_amount():
    # they spend where they go; a Taiwanese restaurant in 연길 sells in 元 (bare 연길 is not read as a place)
    assert _money(JOSEON + "대만에서 온 관광객은 연길에서 1인당 2,000원을 썼다.") == [("2,000원", "CNY")]
    assert _money(JOSEON + "대만 관광객은 연길에서 1인당 2,000원을 썼다.") == [("2,000원", "CNY")]
    assert _money(JOSEON + "연길의 대만 식당에서 우육면은 한 그릇에 25원이다.") == [("25원", "CNY")]
    # a Taiwanese city's own price stays TWD
    assert _money(JOSEON + "대만 관광객이 많은 타이베이의 호텔은 1박에 3,200원이다.") == [("3,200원", "TWD")]


@_left("a PDF bulletin hard-wrapped between a count and its counter (공업기업은 모두 1,200\\n개로, 기업은 310\\n개다) "
       "loses both counts (the amount wrapped inside its number, 2만\\n1,300위안, is read): body facts lost")
def test_a_count_wrapped_before_its_counter_is_read():
    text = ("연변조선족자치주 통계국이 발표한 2026년 상반기 국민경제 운행 상황에 따르면 전 주의 지역\n"
            "총생산은 412억 3천만 위안으로 전년 동기 대비 4.1% 늘었다. 규모 이상 공업기업은 모두 1,200\n"
            "개로 집계됐으며 이 가운데 조선족 기업인이 운영하는 기업은 310\n"
            "개다. 도시 주민 1인당 가처분소득은 2만\n1,300위안이었다.\n")
    counts = [(f.value, f.unit) for f in extract_text(text).facts if f.quantity == "count"]
    assert counts == [(1200, "개"), (310, "개")]


# fixed in round 11 (facts11): a plus before a range's second end is read past, as a minus is (scan.py)
def test_a_range_with_a_plus_on_its_second_end_is_one_fact():
    # values as floats: Decimal("3.2") never equals the float 3.2, which the xfail's assertion compared
    assert [(float(f.value), float(f.value_max)) for f in extract_text("영업이익 증감률: -12.5%~+3.2%").facts] \
        == [(-12.5, 3.2)]
