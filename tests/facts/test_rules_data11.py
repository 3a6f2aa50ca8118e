"""Round 11 (facts11): vocabulary that lived as Python constants in currency.py is data now
(data/currency.toml: not_mainland, clause_connective, change_after, from_after); each table's
examples must match and its keeps must not. And the round's durations and counts, both ways, on
whole sentences: values worked out by reading each sentence (what it measures, how many)."""
import pytest

from pipeline.api import extract_text
from pipeline.facts import read_table
from pipeline.facts.currency import build_currency

TABLE = read_table("currency")
RULES = build_currency(TABLE)


@pytest.mark.parametrize("name", TABLE["not_mainland"]["examples"])
def test_not_mainland_examples(name):
    assert name.startswith(RULES.not_mainland)


@pytest.mark.parametrize("name", TABLE["not_mainland"]["keep"])
def test_not_mainland_keeps(name):
    assert not name.startswith(RULES.not_mainland)


@pytest.mark.parametrize("table, pattern, search", [
    ("clause_connective", "connective", True), ("change_after", "change_after", False),
    ("from_after", "from_after", False)])
def test_moved_patterns_match_their_examples_only(table, pattern, search):
    regex = getattr(RULES, pattern)
    for text in TABLE[table]["examples"]:
        assert _hits(regex, text, search, table), text
    for text in TABLE[table]["keep"]:
        assert not _hits(regex, text, search, table), text


def _hits(regex, text, search, table):
    """A connective is searched for anywhere; the words after an amount or after `에서` are matched
    right after the figure's unit (`원`) or the place's `에서`, as currency.py reads them."""
    if search:
        return regex.search(text) is not None
    anchor = "에서" if table == "from_after" else "원"
    return regex.match(text, text.index(anchor) + len(anchor)) is not None


def _facts(text):
    return [(f.surface, float(f.value), f.unit) for f in extract_text(text).facts]


@pytest.mark.parametrize("text, expected", [
    # time elapsed since an event, a transit or lead time: what the sentence measures
    ("두 도시가 자매결연을 맺은 지 올해로 25년을 맞았다.", [("25년", 25, "year")]),
    ("그가 한국에서 일한 지 10년이 되였다.", [("10년", 10, "year")]),
    ("창원-우시 우호교류 25년…청년 교류 넓힌다", [("25년", 25, "year")]),
    ("화물열차는 알마티까지 9일이면 도착한다.", [("9일", 9, "day")]),
    ("외상 기간은 30~60일이다.", [("30~60일", 30, "day")]),
    # a span that anchors a comparison, a window, months as money: the other figure only
    ("배추값이 석 달 전보다 12.5% 올랐다.", [("12.5%", 12.5, "percent")]),
    ("수출 기업은 5년 전보다 38% 늘었다.", [("38%", 38, "percent")]),
    ("수출이 한 달 새 6천 3백만 달러 늘었다.", [("6천 3백만 달러", 63000000, "USD")]),
    ("임대료가 1년새 30% 올랐다.", [("30%", 30, "percent")]),
    ("보증금은 두 달 치 월세이고 수수료는 한 달 치 임대료의 35%다.", [("35%", 35, "percent")]),
    # counts: storeys before a building noun, times after a native numeral; a rate's base is none
    ("청두에는 2층 공장과 5층 창고를 짓는다.", [("2층", 2, "층"), ("5층", 5, "층")]),
    ("청두와 서울을 왕복 세번 오가며 협상을 마쳤다.", [("세번", 3, "번")]),
    ("집을 세 번 보고 네 번째 집으로 정했다.", [("세 번", 3, "번")]),
    ("20피트 컨테이너 한 대에 운임이 약 1,300달러다.", [("1,300달러", 1300, "USD")]),
    ("트럭 한 대에 하루 운임은 600위안이다.", [("600위안", 600, "CNY")]),
])
def test_round11_spans_and_counts(text, expected):
    assert _facts(text) == [(s, float(v), u) for s, v, u in expected]


@pytest.mark.parametrize("text", TABLE["taiwan"]["hongkong_examples"])
def test_hong_kongs_yuan_written_won_is_hkd(text):
    assert [f.unit for f in extract_text(text).facts if f.quantity == "money"][-1] == "HKD"


@pytest.mark.parametrize("text", TABLE["taiwan"]["hongkong_keep"])
def test_hong_kong_as_an_origin_says_nothing(text):
    assert [f.unit for f in extract_text(text).facts if f.quantity == "money"][-1] == "CNY"


def test_a_page_wholly_about_taiwan_reads_its_yuan_as_twd():
    # Taiwan named in the headline and the first sentence only; no mainland word or place on the page
    page = "대만 편의점 1만곳 넘어\n\n대만의 편의점 수가 지난달 1만곳을 넘었다.\n점원 시급은 110원이다."
    assert [(f.surface, f.unit) for f in extract_text(page).facts if f.quantity == "money"] == [("110원", "TWD")]


@pytest.mark.parametrize("text", TABLE["korean_owner"]["branch_examples"])
def test_a_korean_groups_branch_in_a_mainland_city_pays_in_yuan(text):
    # the city named on the page is found by the places stage; the branch glued to it pays where it stands
    assert [f.unit for f in extract_text(text).facts if f.quantity == "money"] == ["CNY"]


@pytest.mark.parametrize("text", TABLE["korean_owner"]["branch_keep"])
def test_a_korean_groups_own_amount_stays_won(text):
    assert [f.unit for f in extract_text(text).facts if f.quantity == "money"] == ["KRW"]


def test_a_taiwan_or_hong_kong_amount_converted_into_won_in_brackets():
    joseon = "[연변소식] 래년 로동 시장 전망. "
    money = [(f.surface, f.unit) for f in extract_text(joseon + "홍콩 근로자의 월급은 1만 2천원(약 200만원)이다.").facts]
    assert money == [("1만 2천원", "HKD"), ("200만원", "KRW")]
    # a mainland amount converted stays the 元 of the mainland, 80 to 450 won to the yuan
    money = [(f.surface, f.unit) for f in extract_text(joseon + "영업이익은 2,000만원(38억원)이다.").facts]
    assert money == [("2,000만원", "CNY"), ("38억원", "KRW")]
