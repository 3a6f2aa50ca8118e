"""Adversarial pass 8 on 원 decided per amount (pipeline/facts/currency.py, data/currency.toml).
Inputs invented for this pass; each expectation worked out by reading the sentence (who pays,
where the money is spent, what size makes sense in won or in yuan).  Strict xfails are known
failures reported to the lead, not fixed here."""
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
])
def test_adv8_won_fixed(text, expected, rules):
    assert _units(text, rules) == expected


@pytest.mark.xfail(strict=True, reason="adv8: a 원 amount converted into yuan AFTER it (18억원(약 1,000만 위안)) "
                   "is not read as a conversion: 18억 CNY on a 조선어 page")
def test_adv8_conversion_written_backwards(rules):
    assert _units(JOSEON + "투자액은 18억원(약 1,000만 위안)으로 집계되였다.", rules)[0] == ("18억원", "KRW")


@pytest.mark.xfail(strict=True, reason="adv8: 한국 돈으로 환산하면 names the currency of the conversion's result, "
                   "not of the amount converted: 4,000원 KRW and 76만원 CNY, both wrong")
def test_adv8_hint_of_a_conversion_goes_to_its_result(rules):
    assert _units(JOSEON + "한국 돈으로 환산하면 월 4,000원은 약 76만원이다.", rules) == [
        ("4,000원", "CNY"), ("76만원", "KRW")]


@pytest.mark.xfail(strict=True, reason="adv8: 한국 기업 as the object of 유치 is read as the payer (KRW)")
def test_adv8_korean_firm_as_object_is_no_payer(rules):
    assert _units(JOSEON + "길림성은 한국 기업 유치를 위해 특별기금 5억원을 내놓았다.", rules) == [("5억원", "CNY")]


@pytest.mark.xfail(strict=True, reason="adv8: 서울 시민 spending 280만원 a month on a 조선어 page is read as 元")
def test_adv8_seoul_residents_spend_won(rules):
    assert _units(JOSEON + "연길 시민의 월평균 지출은 4,500원, 서울 시민은 280만원이다.", rules) == [
        ("4,500원", "CNY"), ("280만원", "KRW")]


@pytest.mark.xfail(strict=True, reason="adv8: a South Korean page on a Chinese project (yuan amounts, a 시 정부 "
                   "fee) reads 원 as 元 for the document: a Korean firm's 300억원 warehouse becomes 300억 yuan")
def test_adv8_korean_page_on_a_chinese_project(rules):
    text = ("중국 훈춘시는 물류단지에 15억 위안을 투입한다. 한국 물류업계는 이 단지에 300억원 규모의 창고를 짓는다. "
            "훈춘시 정부는 토지 사용료로 1㎡당 20원을 받는다.")
    assert ("300억원", "KRW") in _units(text, rules)
