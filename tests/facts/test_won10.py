"""Round 10 (facts10): Taiwan's 元 written 원 in old digests is TWD; a table's currency column names
its row's currency. Expectations worked out by reading each sentence (whose money, spent where)."""
import pytest

from pipeline.api import extract_text
from pipeline.facts import read_table
from tests.facts.test_won_per_amount import _units

TABLE = read_table("currency")
JOSEON = "[연변소식] 래년 로동 시장 전망. "       # two 조선어 spellings: the page reads 원 as 元


def _page(text):
    """(surface, unit) of the money facts of a whole page (places found, as in the pipeline)."""
    return [(f.surface, f.unit) for f in extract_text(text).facts if f.quantity == "money"]


@pytest.mark.parametrize("text", TABLE["taiwan"]["examples"])
def test_taiwan_examples_give_twd(text):
    assert "TWD" in [u for _, u in _page(text)]


@pytest.mark.parametrize("text", TABLE["taiwan"]["keep"])
def test_taiwan_keeps_give_no_twd(text):
    assert "TWD" not in [u for _, u in _page(text)]


def test_taiwan_beside_the_mainland():
    assert _page("【홍콩=본지특약】 중공 근로자 평균 월급 70원, 대만 근로자 평균 월급 4,500원.") \
        == [("70원", "CNY"), ("4,500원", "TWD")]
    # a mainland place in the clause: the plant's 元 is the mainland's, whoever owns the plant
    assert _page(JOSEON + "복건성 하문의 대만 공장 근로자는 월 3,000원을 받는다.") == [("3,000원", "CNY")]


def test_taiwan_won_on_a_korean_page_stays_won():
    # only 元 is re-read: a South Korean page's 원 is won wherever it is spent
    assert _page("대만 여행 경비는 1인당 100만원이다.") == [("100만원", "KRW")]


def test_a_tables_currency_column_names_its_rows_currency(rules):
    table = JOSEON + "\n품목 | 가격 | 통화\n호텔 객실 | 380원 | 인민폐\n서울-연길 항공권 | 45만원 | 한화\n"
    assert _units(table, rules) == [("380원", "CNY"), ("45만원", "KRW")]
    # a column with another head says nothing: the page's 元 holds
    other = JOSEON + "\n품목 | 가격 | 비고\n호텔 객실 | 380원 | 한화\n"
    assert _units(other, rules) == [("380원", "CNY")]


def test_korea_as_topic_receiver_and_bare_bracket(rules):
    assert _units(JOSEON + "연길시 최저임금은 월 2,120원이며 한국은 시간당 1만 30원이다.", rules) \
        == [("2,120원", "CNY"), ("1만 30원", "KRW")]
    # a Korean firm that receives is no payer: the Chinese city's subsidy is 元
    assert _units(JOSEON + "한국 기업이 받은 연길시 보조금은 300만원이다.", rules) == [("300만원", "CNY")]
    # a bracket holding only another 원 amount 80 to 260 times larger converts into won
    assert _units(JOSEON + "영업이익은 2,000만원(38억원)이다.", rules) == [("2,000만원", "CNY"), ("38억원", "KRW")]
    assert _units(JOSEON + "영업이익은 2,000만원(2,500만원)이다.", rules) == [("2,000만원", "CNY"), ("2,500만원", "CNY")]


def test_a_clause_after_a_connective_with_a_chinese_place_is_its_own(rules):
    # 서울은 … 높지만 연길시 아빠트는 6,000원: the Korean topic is the first clause's; 연길시's amount is 元
    assert _units(JOSEON + "서울은 물가가 높지만 연길시 아빠트는 ㎡당 6,000원이다.", rules) == [("6,000원", "CNY")]
    # no Chinese place after the connective: the Korean group stays the payer
    assert _units(JOSEON + "한국 H그룹은 매출이 늘었지만 영업이익은 300억원에 그쳤다.", rules) == [("300억원", "KRW")]
    assert _units(JOSEON + "연길시는 물가가 낮지만 서울 아파트는 평당 4,000만원이다.", rules) == [("4,000만원", "KRW")]
