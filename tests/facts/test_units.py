"""The unit table's example corpus (data/units.toml)."""
import pytest

from tests.facts.corpus import cases, check_one, facts_of


@pytest.mark.parametrize("text,row", cases("units"))
def test_unit_examples(text, row, fact_rules):
    check_one(text, row, fact_rules)


def test_won_means_yuan_follows_the_source(fact_rules):
    assert facts_of("200만 원", fact_rules)[0].unit == "KRW"
    assert facts_of("200만 원", fact_rules, won_means_yuan=True)[0].unit == "CNY"
    assert facts_of("200만 위엔", fact_rules, won_means_yuan=False)[0].unit == "CNY"


def test_surface_covers_number_magnitude_and_unit(fact_rules):
    text = "광동성은 96.56억 위엔, 2백47만명, 3.75만 평방킬로미터를 기록했다."
    facts = facts_of(text, fact_rules)
    assert [f.surface for f in facts] == ["96.56억 위엔", "2백47만명", "3.75만 평방킬로미터"]
    assert all(text[f.start:f.end] == f.surface for f in facts)


def test_a_currency_word_before_won_overrides_the_source(fact_rules):
    # a Korean-language paper from China: 원 is 元, except where the text says 한화
    text = "투자액은 한화로 약 450억 원, 인민폐로 약 2.4억원 규모이다."
    facts = facts_of(text, fact_rules, won_means_yuan=True)
    assert [(f.surface, f.unit, f.qualifier) for f in facts] == [
        ("450억 원", "KRW", "approx"), ("2.4억원", "CNY", "approx")]
    facts = facts_of("인민폐로 약 2.4억원", fact_rules, won_means_yuan=False)
    assert [f.unit for f in facts] == ["CNY"]


@pytest.mark.parametrize("text", ["가상시는 인민폐 3억 원을 들였다.", "가상현은 인민폐 7천만원을 보탰다.",
                                  "총액은 RMB 12억 원이다."])
def test_a_currency_word_in_the_surface_names_the_won(text, fact_rules):
    # the currency word before the number is part of the surface and decides, whatever the source
    for won_means_yuan in (False, True):
        assert [f.unit for f in facts_of(text, fact_rules, won_means_yuan=won_means_yuan)] == ["CNY"]


def test_values_are_exact_decimals(fact_rules):
    text = "96.56억 위엔과 3.75만 평방킬로미터, 21,689.5헥타르"
    assert [str(f.value) for f in facts_of(text, fact_rules)] == ["9656000000", "37500", "21689.5"]


@pytest.mark.parametrize("text", ["매출은 3억원", "비중은 46%", "기업 5개", "면적 3평방킬로미터", "-2.1%p", "3달러 20센트"])
def test_a_unit_ending_the_text_ends_the_fact(text, fact_rules):
    # a shorter slice at the end of the text once matched a longer surface: end was past the text
    facts = facts_of(text, fact_rules)
    assert [(f.end, text[f.start:f.end] == f.surface) for f in facts] == [(len(text), True)]
