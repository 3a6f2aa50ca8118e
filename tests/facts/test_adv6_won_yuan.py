"""Adversarial pass 6, class won_yuan: a currency word written before an amount in 원
(인민폐 5억 원, 인민페 3천만 원, RMB 2억원) says the 원 is 元 (values worked out by hand:
the digits times their magnitude); the document's evidence must not turn it into won."""
import pytest

from pipeline.document import process

CASES = [
    # (sentence, surface, value, unit)
    ("인민폐 5억 원을 투입하였다.", "인민폐 5억 원", "500000000", "CNY"),
    ("마을은 인민페 3천만 원을 들여 도로를 닦았다.", "인민페 3천만 원", "30000000", "CNY"),
    ("서울의 한 기업은 RMB 2억원을 투자했다고 밝혔다.", "RMB 2억원", "200000000", "CNY"),
    ("삼성전자는 올해 3조 원을 쓴다. 중국 법인은 인민폐 12억 원을 들인다.", "인민폐 12억 원", "1200000000", "CNY"),
    ("현 정부는 인민폐 1억 2천만 원을 지원했다.", "인민폐 1억 2천만 원", "120000000", "CNY"),
]


@pytest.mark.parametrize("text, surface, value, unit", CASES, ids=[c[1] for c in CASES])
def test_currency_word_before_decides_won(text, surface, value, unit, rules):
    result = process("unprofiled/page.txt", text.encode("utf-8"), rules)
    got = {f.surface: (str(f.value), f.unit) for f in result.facts}
    assert got[surface] == (value, unit), got


def test_other_won_amounts_still_follow_the_document(rules):
    text = "삼성전자는 올해 3조 원을 쓴다. 중국 법인은 인민폐 12억 원을 들인다."
    result = process("unprofiled/page.txt", text.encode("utf-8"), rules)
    assert {f.surface: f.unit for f in result.facts}["3조 원"] == "KRW"


@pytest.mark.parametrize("text, surface", [
    ("연변일보 기자 김철. 연길시 기업은 300만 싱가포르 달러(약 30억 원)를 유치했다.", "30억 원"),
    ("연변일보 기자 김철. 이 회사는 500만 대만 달러(약 2억 원)를 투자했다.", "2억 원"),
    ("연변일보 기자 김철. 이 회사는 1000만 루블(약 1.5억 원)을 투자했다.", "1.5억 원"),
    ("연변일보 기자 김철. 이 회사는 200만 캐나다달러(약 20억 원)를 투자했다.", "20억 원"),
])
def test_conversion_from_any_currency_decides_its_won(text, surface, rules):
    # a Chinese outlet, but the ratio (SGD ~ 1000 KRW, TWD ~ 40, RUB ~ 15, CAD ~ 1000) says won;
    # with no rate band for the currency the 원 took the document's 元 (30억 yuan)
    result = process("unprofiled/page.txt", text.encode("utf-8"), rules)
    assert {f.surface: f.unit for f in result.facts}[surface] == "KRW"
    assert "conversion" in result.won_evidence
