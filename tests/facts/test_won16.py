"""Round 16 (facts16): a South Korean page quoting a few Chinese prices keeps its own amounts in won; a
zero amount decides nothing; Taiwan's firms on the mainland (쿤산, 샤먼 bare) keep their 元 the mainland's.
Expectations worked out by reading each sentence (whose money, spent where)."""
from pipeline.api import extract_text


def _page(text):
    """(surface, unit) of the money facts of a whole page (places found, as in the pipeline)."""
    return [(f.surface, f.unit) for f in extract_text(text).facts if f.quantity == "money"]


def test_korean_fair_quoting_two_chinese_prices():
    doc = extract_text("협회는 오는 5월 서울 코엑스에서 박람회를 연다. 부스 참가비는 45만원이다. "
                       "청두 현지에서 라면 한 그릇은 15원, 만두 한 판은 12원이었다. 입장료는 무료(0원)이다.")
    assert [(f.surface, f.unit) for f in doc.facts if f.quantity == "money"] == \
        [("45만원", "KRW"), ("15원", "CNY"), ("12원", "CNY"), ("0원", "KRW")]
    assert doc.won_as == "KRW" and doc.won_evidence.startswith("korean_home: "), doc.won_evidence


def test_the_same_prices_without_a_korean_home_decide_the_page():
    # no South Korean city holds the event: the two prices decide, as in round 14
    assert _page("성도 현지 조사. 국수 한 그릇 값은 12원, 만두 한 판 값은 9원이었다. 이 식당의 하루 매출은 5,000원이다.") \
        == [("12원", "CNY"), ("9원", "CNY"), ("5,000원", "CNY")]


def test_a_fee_on_a_page_whose_yuan_is_quoted_prices_only_gives_no_row():
    # (lead) a members' fee of 5만 read as 元 would be 50,000 yuan: the page says 元 only by its prices
    doc = extract_text("회원 모집. 성도 현지 조사에서 국수 한 그릇 값은 12원, 만두 한 판 값은 9원이었다. 회비는 5만원이다.")
    assert [(f.surface, f.unit) for f in doc.facts if f.quantity == "money"] == [("12원", "CNY"), ("9원", "CNY")]
    assert "5만원 no row (a fee on a page whose 元 is quoted prices only)" in doc.won_evidence, doc.won_evidence
    # the same fee where the writer is in China (the 조선어 norm) is 元
    assert ("3만원", "CNY") in _page("연변 로인협회 소식. 배추는 한 근에 2원, 고추는 한 봉지에 5원이다. "
                                    "올해 후원금은 3만원을 모았다고 리사장은 말했다. 참가률은 80프로였다.")


def test_zero_is_no_fare():
    # 무료(0원) once counted as a fare too small for won and, with one price, turned the page to 元
    assert _page("서울 코엑스에서 열리는 박람회. 입장료는 무료(0원)이며 부스비는 30만원이다. 청두에서 국수 한 그릇은 12원이다.") \
        == [("0원", "KRW"), ("30만원", "KRW"), ("12원", "CNY")]


def test_taiwanese_firms_in_a_mainland_city_named_bare():
    assert _page("대만 기업의 대륙 투자. 대만 전자업체가 몰려 있는 쿤산의 공장 근로자 월급은 평균 5,800元이다. "
                 "타이베이의 우육면은 한 그릇에 180元 안팎이다.") == [("5,800元", "CNY"), ("180元", "TWD")]


def test_taiwan_itself_beside_an_unconfirmed_mainland_city_gives_no_row():
    assert _page("대만 통계. 타이베이 근로자와 쿤산 근로자의 월급 차이는 6,000元이다.") == []


QUALS = __import__("pipeline.facts", fromlist=["read_table"]).read_table("qualifiers")


def test_japanese_minus_with_a_legend():
    for text, surface, value in QUALS["stat_signs"]["japan_examples"]:
        facts = [f for f in extract_text(text).facts if f.unit == "percent"]
        assert [(f.surface, str(f.value), f.change) for f in facts] == [(surface, value, "")], text


def test_japanese_usage_without_a_legend_gives_no_row():
    for text in QUALS["stat_signs"]["japan_keep"]:
        assert [f for f in extract_text(text).facts if f.unit == "percent"] == [], text
    # the Korean rise stays where nothing says Japan
    assert [(f.surface, str(f.value), f.change) for f in extract_text("매출은 전년 대비 ▲5.1% 늘었다.").facts] \
        == [("5.1%", "5.1", "increase")]


def test_a_result_achieved_is_no_rise():
    for text, change in QUALS["achieved"]["examples"] + QUALS["achieved"]["keep"]:
        facts = extract_text(text).facts
        assert [f.change for f in facts] == [change], text


def test_a_chinese_place_on_a_korean_page_quoting_prices_gives_no_row():
    doc = extract_text("부산의 식품기업 가상푸드는 청두 공장에 1,200만원을 투자했다. 현지 라면 한 그릇은 15원, 만두 한 판은 12원이다.")
    assert [(f.surface, f.unit) for f in doc.facts] == [("15원", "CNY"), ("12원", "CNY")]
    assert "1,200만원 no row (a Chinese place on a Korean page quoting 元 prices)" in doc.won_evidence
