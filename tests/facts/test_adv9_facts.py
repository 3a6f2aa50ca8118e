"""Adversarial pass 9 on the facts stage after round 9 (원 per amount, signs and ranges, signs of
two currencies).  Inputs invented for this pass; each expectation worked out by reading the
sentence (who pays, where the money is spent, what size makes sense in won or in yuan).  The
strict xfails are failures left for the builders: each names what it should give."""
import pytest

from tests.facts.corpus import facts_of
from tests.facts.test_won_per_amount import _units

JOSEON = "[연변소식] 래년 로동 시장 전망. "       # two 조선어 spellings: the page reads 원 as 元


def _ranges(text, fact_rules):
    return [(f.surface, float(f.value), None if f.value_max is None else float(f.value_max))
            for f in facts_of(text, fact_rules)]


# ---------------------------------------------------------------- ¥ / ￥: the yen or the yuan

@pytest.mark.parametrize("text", [
    "도쿄 신주쿠의 원룸 월세는 ¥85,000 수준이다.",          # a Japanese city, not the word 일본
    "오사카 공장의 시급은 ¥1,100이다.",
    "청도의 월세는 ￥3,500이다. 일본 도쿄의 월세는 ￥120,000이다.",   # the full-width sign, Japan named
])
def test_adv9_yen_sign_beside_japan_gives_no_yuan(text, rules):
    assert [u for _, u in _units(text, rules)] == []


def test_adv9_yuan_sign_still_yuan(rules):
    assert _units("청도의 월세는 ￥3,500이다.", rules) == [("￥3,500", "CNY")]


# ---------------------------------------------------------------- U+2212 between two figures

def test_adv9_minus_sign_between_figures_is_a_range(fact_rules):
    # a typeset page sets the range dash as U+2212: 6.5%−7% is 6.5 to 7, never a fall of 7%
    assert _ranges("올해 증가율은 6.5%−7% 사이다.", fact_rules) == [("6.5%−7%", 6.5, 7.0)]
    assert _ranges("월급은 3,000−4,000위안이다.", fact_rules) == [("3,000−4,000위안", 3000.0, 4000.0)]
    assert _ranges("성장률은 3−5% 수준으로 예상된다.", fact_rules) == [("3−5%", 3.0, 5.0)]


@pytest.mark.parametrize("dash", ["‐", "‑", "﹣", "―"])
def test_adv9_other_dashes_between_figures_are_a_range(dash, fact_rules):
    # a range read as its top end (3‐5% as 5%, 3,000―4,000위안 as 4,000위안) is a wrong value
    assert _ranges(f"성장률은 3{dash}5%다.", fact_rules) == [(f"3{dash}5%", 3.0, 5.0)]
    assert _ranges(f"월급은 3,000{dash}4,000위안이다.", fact_rules) == [(f"3,000{dash}4,000위안", 3000.0, 4000.0)]


@pytest.mark.parametrize("dash", ["‐", "‑", "﹣"])
def test_adv9_hyphens_as_minus_keep_the_sign(dash, fact_rules):
    # a word processor's hyphen before a rate is its sign: ‐3.2% read as 3.2% is a wrong value
    assert [v for _, v, _ in _ranges(f"수출 증가율: {dash}3.2%", fact_rules)] == [-3.2]


def test_adv9_minus_sign_in_a_table_row_keeps_its_sign(fact_rules):
    # a spaced sign before a figure in a row of figures stays a sign
    assert [v for _, v, _ in _ranges("증가율(%): 5.2 −0.3%", fact_rules)] == [-0.3]
    assert [v for _, v, _ in _ranges("성장률: 2023년 5.2%, 2024년 −0.3%", fact_rules)] == [5.2, -0.3]


# ---------------------------------------------------------------- 원인데: the copula, not 원인 (cause)

def test_adv9_won_before_copula_is_an_amount(rules):
    assert _units("라면은 1,500원인데 비싸다.", rules) == [("1,500원", "KRW")]
    assert _units("서울의 커피 한 잔은 5,000원인 셈이다.", rules) == [("5,000원", "KRW")]


def test_adv9_won_in_cause_is_no_amount(rules):
    assert _units("가격 상승의 원인은 수요 증가다.", rules) == []


# ---------------------------------------------------------------- 원 per amount: Korean owners missed

@pytest.mark.parametrize("text, expected", [
    # Seoul's flats with a district between the city and the flat: won per ㎡, not 2,000만 元
    (JOSEON + "서울 강남 아파트 값은 ㎡당 2,000만원, 연길 아빠트는 ㎡당 6,000원이다.",
     [("2,000만원", "KRW"), ("6,000원", "CNY")]),
    # a Korean university's fee: where the money is spent
    (JOSEON + "한국 대학 등록금은 한 학기에 400만원이다.", [("400만원", "KRW")]),
    # a night in Korea (한국 현지) on a 조선어 page
    (JOSEON + "한국행 비행기표는 2,400원, 한국 현지 숙박비는 하루 15만원이다.",
     [("2,400원", "CNY"), ("15만원", "KRW")]),
    # a South Korean digest's 국내 근로자: Korea's worker, not 20만 元 a month
    ("【홍콩=본지특약】 상해 로동자의 초임은 월 80원, 숙련공은 월 150원이다. 같은 직종 국내 근로자 초임은 월 20만원 선이다.",
     [("80원", "CNY"), ("150원", "CNY"), ("20만원", "KRW")]),
])
def test_adv9_korean_owner(text, expected, rules):
    assert _units(text, rules) == expected


def test_adv9_seoul_worker_of_1978_is_not_yuan(rules):
    # 월급 5만원 of a Seoul worker in 1978: won (or unsure), never 5만 元
    got = dict(_units("1978년 북경 로동자 월급 60원, 서울 로동자 월급 5만원.", rules))
    assert got["60원"] == "CNY" and got.get("5만원") in (None, "KRW")


def test_adv9_a_meal_under_100_won_is_yuan(rules):
    assert _units("베이징 시내 식당의 점심 한 끼는 30원 안팎이다.", rules) == [("30원", "CNY")]


def test_adv9_day_pay_after_a_colon_is_yuan(rules):
    # a digest's table-like line: 임금: 하루 80원~120원 is a migrant worker's day pay in 元 (the
    # bracket converts it into won without a hint word, so the page's default holds for it)
    got = _units("농민공 임금: 하루 80원~120원(약 1만 5천원~2만 3천원)", rules)
    assert got[0] == ("80원~120원", "CNY")


def test_adv9_two_set_keyboard_is_no_count(fact_rules):
    assert [(f.surface, f.unit) for f in facts_of("옷 3벌을 압수했다. 2벌식 자판이다.", fact_rules)] == [("3벌", "벌")]


def test_adv9_gdp_per_head_in_old_yuan(rules):
    # a country's GDP per head of 850원 or 8만 9,000원 is no sum in won (나라 1인당 GDP passed 100만
    # won in the 1970s): 元, even on a page with no other sign of 元
    assert _units("1985년 중국 1인당 GDP는 850원이었다.", rules) == [("850원", "CNY")]
    assert _units("대학 연구소 브리프: 중국 1인당 GDP는 8만 9,000원(약 1,700만원)으로 추산된다.", rules)[0] \
        == ("8만 9,000원", "CNY")
    assert _units("한국 1인당 GDP는 4,500만원이다.", rules) == [("4,500만원", "KRW")]


def test_adv9_money_sent_home_from_korea_is_won(rules):
    # a son who sends home 100만원 a month on a 조선어 page: 100만 元 a month is no one's remittance
    assert _units(JOSEON + "한국에 있는 아들이 매달 100만원을 보내온다.", rules) == [("100만원", "KRW")]
    assert _units(JOSEON + "아들이 매달 300원을 보내온다.", rules) == [("300원", "CNY")]


def test_adv9_korean_city_plant_is_won(rules):
    # a plant in a South Korean city (울산공장) spends won, on a 조선어 page too
    assert _units(JOSEON + "현대자동차 울산공장은 1조 2천억원을 투자한다.", rules) == [("1조 2천억원", "KRW")]


def test_adv9_translated_bulletin_per_head_spending_and_household_income(rules):
    # a translated city bulletin: a year's spending per head of 4만 6천원 is 元; a Korean household's
    # monthly income of 650만원 is won even on a page that reads 원 as 元 (650만 元 a month is no income)
    assert _units("위챗 공식계정 번역: 지난해 항저우 주민 1인당 소비지출은 4만 6천원으로, 이 가운데 식품 지출이 "
                  "28%를 차지했다.", rules) == [("4만 6천원", "CNY")]
    assert _units("[번역] 항저우시 통계국 발표. 항저우 도시 주민 1인당 가처분소득은 5만 2,300원이며 농촌 주민은 "
                  "3만 1,800원이다. 한국 도시근로자가구 월평균 소득은 650만원이다.", rules) \
        == [("5만 2,300원", "CNY"), ("3만 1,800원", "CNY"), ("650만원", "KRW")]
    # a tourist's spending per trip is no resident's year: 25만원 stays won
    assert _units("국내 여행 관광객 1인당 소비지출은 25만원이다.", rules) == [("25만원", "KRW")]


def test_adv9_flat_number_is_no_household_count(fact_rules):
    # 102동 1503호: a flat's address (building, flat), not 1,503 households
    assert [f.surface for f in facts_of("입주민 김씨는 102동 1503호에 살고 있다.", fact_rules)] == []
    assert [f.surface for f in facts_of("이 마을 주민 120여호가 새 아파트로 이주했다.", fact_rules)] == ["120여호"]


def test_adv9_early_1980s_rate_of_400_won_to_the_yuan(rules):
    # 1980-85 the yuan was worth 300-410 won (1.5-2.9 yuan and 600-870 won to the dollar): a digest's
    # conversion at that rate says which amount is 元 (both were swapped, or 180억 read as won)
    assert _units("1983년 중국 근로자 월급을 한국 돈으로 환산하면 월 70원은 약 2만 8천원이다.", rules) \
        == [("70원", "CNY"), ("2만 8천원", "KRW")]
    assert _units("【홍콩=본지특약】 1982년 중공의 국방비는 1백80억원(한화 약 7조원)이다.", rules) \
        == [("1백80억원", "CNY"), ("7조원", "KRW")]


def test_adv9_conversion_across_years_is_no_exchange(rules):
    # a price of 1970 in today's money: both are won, the ratio is inflation, not a rate (100원 was 元)
    assert _units("현재 가치로 환산하면 1970년 짜장면 값 100원은 약 1만 5천원이다.", rules) \
        == [("100원", "KRW"), ("1만 5천원", "KRW")]


def test_adv9_yearly_income_written_apart(rules):
    assert _units("【홍콩=본지특약】 중공 농민 한 사람의 연간 수입은 1백50원에 불과하다.", rules) == [("1백50원", "CNY")]


@pytest.mark.parametrize("text, expected", [
    # an hourly wage over 1,000 is won (no one earns 1,000 元 an hour), on a 조선어 page too
    (JOSEON + "한국의 최저시급은 1만 30원이다.", [("1만 30원", "KRW")]),
    (JOSEON + "한국 편의점 알바 시급은 9,860원이다.", [("9,860원", "KRW")]),
    # an hourly wage under 300 is no wage in won since the late 1980s: 元
    ("중국 베이징의 최저 시급은 26.4원이다.", [("26.4원", "CNY")]),
    ("서울의 편의점 시급은 지난해보다 240원 올랐다.", [("240원", "KRW")]),
])
def test_adv9_hourly_wages(text, expected, rules):
    assert _units(text, rules) == expected


# ---------------------------------------------------------------- left: strict xfails

def _left(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


_SMALL = _left("no magnitude for a monthly tax threshold: 중국 면세점 월 5,000원 read as won (a tourist's spending, "
               "관광객 1인당 지출 4,800원, was fixed in round 11)")
_TOPIC = _left("a Korean topic earlier in the sentence (서울은 물가가 높지만) takes a Chinese place's amount (연길 아빠트는 "
               "㎡당 6,000원) for won: the clause after 지만 is cut only at a place the places stage finds, and bare "
               "연길 with no other evidence is none (연길시 is: tests/facts/test_won10.py)")


@pytest.mark.parametrize("text, expected", [
    pytest.param(JOSEON + "\n품목 | 가격 | 통화\n사과 1근 | 6원 | 인민폐\n한국산 배 1상자 | 5만원 | 한화\n",
                 [("6원", "CNY"), ("5만원", "KRW")]),
    pytest.param("구분 | 한국 | 중국\n최저임금(월) | 206만원 | 2,690원", [("206만원", "KRW"), ("2,690원", "CNY")]),
    pytest.param(JOSEON + "한국 드라마 촬영팀은 연길에서 1억원을 썼다.", [("1억원", "KRW")]),
    pytest.param(JOSEON + "서울에서 온 관광객 김모씨는 북경 왕푸징에서 3일 동안 150만원을 썼다고 말했다.",
                 [("150만원", "KRW")]),
    pytest.param(JOSEON + "삼성전자는 올해 매출 300조원을 기록했다.", [("300조원", "KRW")]),
    pytest.param(JOSEON + "롯데마트는 연길 매장을 정리하며 300억원의 손실을 봤다.", [("300억원", "KRW")]),
    pytest.param("회계법인 뉴스레터: 중국 자회사의 개인소득세 면세점은 월 5,000원이며 한국은 연 150만원이다.",
                 [("5,000원", "CNY"), ("150만원", "KRW")], marks=_SMALL),
    # fixed in round 11 (facts11): magnitude tourist_spending
    pytest.param("베이징을 찾은 한국인 관광객 1인당 지출은 4,800원으로 집계됐다.", [("4,800원", "CNY")]),
    pytest.param("【홍콩=본지특약】 중공 근로자 평균 월급 70원, 대만 근로자 평균 월급 4,500원.",
                 [("70원", "CNY"), ("4,500원", "TWD")]),
    pytest.param(JOSEON + "연길-서울 항공권은 왕복 2,800원, 서울-제주 항공권은 12만원이다.",
                 [("2,800원", "CNY"), ("12만원", "KRW")]),
    pytest.param(JOSEON + "인천공항 면세점에서 산 화장품은 8만원이었다.", [("8만원", "KRW")]),
    pytest.param(JOSEON + "부산 자갈치시장에서 대게는 한 마리에 15만원이다.", [("15만원", "KRW")]),
    pytest.param(JOSEON + "영업이익은 2,000만원(38억원)이다.", [("2,000만원", "CNY"), ("38억원", "KRW")]),
    pytest.param(JOSEON + "한국 기업이 받은 연길시 보조금은 300만원이다.", [("300만원", "CNY")]),
    pytest.param(JOSEON + "연길시 최저임금은 월 2,120원이며 한국은 시간당 1만 30원이다.",
                 [("2,120원", "CNY"), ("1만 30원", "KRW")]),
    pytest.param(JOSEON + "서울은 물가가 높지만 연길 아빠트는 ㎡당 6,000원이다.", [("6,000원", "CNY")], marks=_TOPIC),
])
def test_adv9_won_left(text, expected, rules):
    assert _units(text, rules) == expected




@pytest.mark.parametrize("text, expected", [
    pytest.param("철거 대상 주택 가운데 305호 주민이 가장 늦게 이주했다.", []),
    pytest.param("연길시 신흥가 12호 주택에 거주하는 주민", []),
    pytest.param("연길의 기온은 −5~3℃다.", [(-5.0, 3.0)]),
    pytest.param("기온은 −15∼−20℃", [(-20.0, -15.0)]),
    pytest.param("인구 증감: 2022년 +1.2만명, 2023년 −0.8만명", [(12000.0, None), (-8000.0, None)]),
])
def test_adv9_values_left(text, expected, fact_rules):
    assert [(v, m) for _, v, m in _ranges(text, fact_rules)] == expected
