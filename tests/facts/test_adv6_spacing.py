"""Adversarial pass 6, class spacing/magnitude: a number whose digits were never written
(몇 억 위안 = "some hundreds of millions", 수천 만 명) or that is grouped by spaces in
threes (1 234 567 위안) gave a value that looks right (1억, 만 명, 567 위안): no row at
all is the right answer.  Values of the positives worked out by hand."""
import pytest

from pipeline.api import extract_text

NO_FACT = [
    "중국 지방정부는 도로 건설에 몇 억 위안을 쏟아부었다.",
    "시장에서 몇 천만 원의 손실을 본 상인도 많다.",
    "이 현에는 몇 만 명의 조선족이 산다.",
    "장쑤성의 기업들은 수 억 위안의 설비 투자를 미뤘다.",
    "랴오닝성 정부는 수 천만 달러의 외자를 끌어들였다.",
    "지린성 곡창지대에서는 해마다 수 만 톤의 곡물이 썩는다.",
    "개발구에는 십수 억 위안이 투입되었다.",
    "광둥성은 수십 억 달러를 반도체에 쏟아부었다.",
    "농촌에서 도시로 수천 만 명이 이주했다.",
    "부동산 개발업체들은 수 조 원대의 부채를 안고 있다.",
    "이 현은 총 1 234 567 위안을 도로 보수에 썼다.",
    "중국 통계에 따르면 이 성의 인구는 1,2345만 명이다.",
    # a Hangul digit spaced from its magnitude (삼 억 was 1억, 사 천 명 was 1000)
    "이 현은 삼 억 원을 들여 다리를 놓았다.",
    "광장에는 사 천 명이 모였다.",
    # two Hangul digits side by side are a rough range (이삼십 = 20~30) and were read 230, 560, 2300
    "마을에는 이삼십 명이 남았다.",
    "행사에는 오륙십 명이 모였다.",
    "공장에는 이삼백 명이 일한다.",
    "每户投资二三十万元。",          # 200k~300k yuan, was 2300000
]


@pytest.mark.parametrize("text", NO_FACT)
def test_no_value_from_digits_never_written(text):
    assert [f.surface for f in extract_text(text).facts] == []


KEEP = [
    ("산둥성은 올해 천 2백만 달러를 투자했다.", "천 2백만 달러", "12000000"),
    ("헤이룽장성의 인구 수는 3천 1백만 명이다.", "3천 1백만 명", "31000000"),
    ("시는 2천 4백 80만 위안을 배정했다.", "2천 4백 80만 위안", "24800000"),
    ("이 공장은 연간 200 만 톤을 생산한다.", "200 만 톤", "2000000"),
    ("광장에는 이천 오백만 명이 모였다.", "이천 오백만 명", "25000000"),
    ("시는 일억 이천 삼백만 달러를 빌렸다.", "일억 이천 삼백만 달러", "123000000"),
]


@pytest.mark.parametrize("text, surface, value", KEEP, ids=[k[1] for k in KEEP])
def test_written_numbers_still_read(text, surface, value):
    assert [(f.surface, str(f.value)) for f in extract_text(text).facts] == [(surface, value)]
