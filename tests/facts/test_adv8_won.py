"""Adversarial pass 8 on 원 decided per amount (pipeline/facts/currency.py, data/currency.toml).
Inputs invented for this pass; each expectation worked out by reading the sentence (who pays,
where the money is spent, what size makes sense in won or in yuan).  The strict xfails of this pass
were fixed in round 9 (facts9: currency.toml named_after, conversion_pair, anaphora,
table_column, korean_owner not_payer_after; a page writing 위안 not flipped by one amount's size)."""
import pytest

from tests.facts.test_won_per_amount import _units

JOSEON = "[연변소식] 래년 로동 시장 전망. "       # two 조선어 spellings: the page reads 원 as 元


@pytest.mark.parametrize("text, expected", [
    # a day's wage of 8만원 is an ordinary day's pay in Korea: no evidence of 元, and the
    # document must not turn to 元 for its other amounts either
    ("서울 직장인 김모씨는 월급에서 매달 30만원을 떼어 적금을 넣는다. 식당 아르바이트 일당은 8만원이다.",
     [("30만원", "KRW"), ("8만원", "KRW")]),
    # the size of a raise may be small in won: it says nothing about the currency
    ("서울 직장인의 월급이 지난해보다 5만원 올랐다.", [("5만원", "KRW")]),
    # 방한복 (winter clothes) is no visit to Korea: the Yanji market's price stays 元
    (JOSEON + "방한복 한 벌에 80원, 털모자는 25원에 팔린다.", [("80원", "CNY"), ("25원", "CNY")]),
    # a Korean firm named by its initial (P사, B사) is a Korean payer
    (JOSEON + "한국 P사는 연길에 300억원 규모의 창고를 짓는다.", [("300억원", "KRW")]),
    # the Korean side (한국측) as a payer; a recipient (한국측에) is none
    (JOSEON + "총투자 1,000만 위안 가운데 한국측 투자는 18억원이다.", [("1,000만 위안", "CNY"), ("18억원", "KRW")]),
    (JOSEON + "연길시는 한국측에 3억원을 지원한다.", [("3억원", "CNY")]),
    # a range with its unit on the first end is an amount in 원 like any other
    (JOSEON + "로임은 3천원에서 5천 사이다.", [("3천원에서 5천", "CNY")]),
    ("서울의 한 식당 아르바이트 시급은 1만원에서 1만 2천 사이다.", [("1만원에서 1만 2천", "KRW")]),
    # a raise of 300원 in a month's wage is 元; 5만원 is won (above)
    ("상해 법인 현지 직원 월급은 작년보다 300원 올랐다.", [("300원", "CNY")]),
    # Seoul as the place of spending, on a 조선어 page
    (JOSEON + "연길시 아빠트 평균 가격은 1평방메터당 6,500원, 서울은 평당 4,000만원이다.",
     [("6,500원", "CNY"), ("4,000만원", "KRW")]),
    (JOSEON + "연길 시민의 월평균 지출은 4,500원, 서울 시민은 280만원이다.", [("4,500원", "CNY"), ("280만원", "KRW")]),
])
def test_adv8_won_fixed(text, expected, rules):
    assert _units(text, rules) == expected


def test_adv8_conversion_written_backwards(rules):
    assert _units(JOSEON + "투자액은 18억원(약 1,000만 위안)으로 집계되였다.", rules)[0] == ("18억원", "KRW")


def test_adv8_hint_of_a_conversion_goes_to_its_result(rules):
    assert _units(JOSEON + "한국 돈으로 환산하면 월 4,000원은 약 76만원이다.", rules) == [
        ("4,000원", "CNY"), ("76만원", "KRW")]


def test_adv8_korean_firm_as_object_is_no_payer(rules):
    assert _units(JOSEON + "길림성은 한국 기업 유치를 위해 특별기금 5억원을 내놓았다.", rules) == [("5억원", "CNY")]


def test_adv8_korean_page_on_a_chinese_project(rules):
    text = ("중국 훈춘시는 물류단지에 15억 위안을 투입한다. 한국 물류업계는 이 단지에 300억원 규모의 창고를 짓는다. "
            "훈춘시 정부는 토지 사용료로 1㎡당 20원을 받는다.")
    assert ("300억원", "KRW") in _units(text, rules)


def test_adv8_expatriate_pay_beside_local_wages(rules):
    text = ("청도 법인장 인터뷰: 현지 직원 월급은 6,000위안 수준이며 한국 파견 직원은 월 500만원을 받는다. "
            "현지 직원 월급은 작년보다 300원 올랐다.")
    assert _units(text, rules) == [("6,000위안", "CNY"), ("500만원", "KRW"), ("300원", "CNY")]


def test_adv8_table_with_a_korean_column(rules):
    text = JOSEON + "\n구분 | 한국 | 연길\n평균 월급 | 320만원 | 5,800원\n아빠트 평당 가격 | 2,500만원 | 7,000원\n"
    assert _units(text, rules) == [("320만원", "KRW"), ("5,800원", "CNY"), ("2,500만원", "KRW"), ("7,000원", "CNY")]


@pytest.mark.parametrize("text, expected", [
    (JOSEON + "투자액은 3억원(한화)이다.", [("3억원", "KRW")]),
    ("서울경제 리포트. 상하이시 예산은 3억원(元)이다.", [("3억원", "CNY")]),
])
def test_adv8_currency_in_brackets_after_the_amount(text, expected, rules):
    assert _units(text, rules) == expected


def test_adv8_owner_in_the_sentence_before(rules):
    text = JOSEON + "한국의 H그룹은 19일 연길 진출 계획을 발표했다. 이 그룹은 연길 공장에 300억원을 투자한다."
    assert _units(text, rules) == [("300억원", "KRW")]
