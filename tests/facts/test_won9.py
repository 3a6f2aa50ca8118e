"""Round 9 rules of 원 per amount (data/currency.toml `named_after`, `conversion_pair`, `anaphora`,
`table_column`, `korean_owner.not_payer_after`, magnitudes `monthly_income`, `monthly_earning`):
every example of each section decides its amounts, every `keep` text does not.  Expectations
worked out by reading each sentence (the bracket names the currency; the ratio of a conversion;
who pays; what a month's pay can be)."""
import pytest

from pipeline.facts import read_table
from tests.facts.test_won_per_amount import _doc, _units

TABLE = read_table("currency")
JOSEON = "[연변소식] 래년 로동 시장 전망. "       # two 조선어 spellings: the page reads 원 as 元


@pytest.mark.parametrize("text", TABLE["named_after"]["examples"])
def test_a_currency_named_after_the_amount_decides_it(text, rules):
    code = "KRW" if "한화" in text else "CNY"
    for page in (JOSEON + text, "서울경제 리포트. " + text):       # whatever the page's own decision
        assert _units(page, rules) == [(text.split("은 ")[1].split("(")[0], code)], page


def test_named_after_keep(rules):
    conv, year = TABLE["named_after"]["keep"]
    assert _units(JOSEON + conv, rules) == [("3억원", "KRW"), ("160만 위안", "CNY")]   # a conversion (180 to 1)
    assert _units(JOSEON + year, rules) == [("3억원", "CNY")]                          # (2024년) names no currency


def test_conversion_pair(rules):
    [text] = TABLE["conversion_pair"]["examples"]
    assert _units(JOSEON + text, rules) == [("4,800원", "CNY"), ("91만원", "KRW")]
    assert _units(JOSEON + "연길 시민의 한 달 로임 4,800원은 약 91만원이다.", rules) != [
        ("4,800원", "CNY"), ("91만원", "KRW")]          # no converting word: not read as a conversion
    [keep] = TABLE["conversion_pair"]["keep"]
    assert _units(keep, rules) == [("4,800원", "KRW"), ("1억원", "KRW"), ("200억원", "KRW")]


def test_anaphora_reads_the_sentence_before(rules):
    [text] = TABLE["anaphora"]["examples"]
    assert _units(JOSEON + text, rules) == [("300억원", "KRW")]
    assert "(the sentence before)" in _doc(JOSEON + text, rules).won_evidence
    [keep] = TABLE["anaphora"]["keep"]
    assert _units(JOSEON + keep, rules) == [("300억원", "CNY")]     # no anaphor: 연길시 pays


def test_table_column(rules):
    [text] = TABLE["table_column"]["examples"]
    assert _units(JOSEON + "\n" + text + "\n", rules) == [("320만원", "KRW"), ("5,800원", "CNY")]
    [keep] = TABLE["table_column"]["keep"]
    assert _units(JOSEON + "\n" + keep + "\n", rules) == [("5,800원", "CNY"), ("5,200원", "CNY")]


@pytest.mark.parametrize("text, expected", [
    (JOSEON + "길림성은 한국 기업 유치를 위해 특별기금 5억원을 내놓았다.", [("5억원", "CNY")]),
    (JOSEON + "연길시는 한국 기업을 상대로 설명회를 열고 1억원을 썼다.", [("1억원", "CNY")]),
    (JOSEON + "한국 기업은 연길에 1억원을 투자했다.", [("1억원", "KRW")]),            # the payer
])
def test_korea_as_the_object_is_no_payer(text, expected, rules):
    assert _units(text, rules) == expected


@pytest.mark.parametrize("text, expected", [
    # a Chinese worker's, farmer's or resident's month in an archive digest: 元 by size
    ("【북경=本紙 특약】 중국인 근로자의 임금은 월 3백~4백원이다.", [("3백~4백원", "CNY")]),
    ("교외 농민은 한 달에 150원을 번다.", [("150원", "CNY")]),
    ("북경 시민 한 사람의 한 달 생활비는 평균 80원이다.", [("80원", "CNY")]),
    ("국영공장 로동자의 월평균 수입은 120원 안팎이다.", [("120원", "CNY")]),
    # Korean months: dues, savings, a raise and a real wage stay won
    ("회원들은 매달 5천원을 낸다.", [("5천원", "KRW")]),
    ("적금에 한 달에 5천원을 넣는다.", [("5천원", "KRW")]),
    ("그의 월평균 수입이 5천원 올랐다.", [("5천원", "KRW")]),
    ("서울 직장인의 월 임금은 3백만원 안팎이다.", [("3백만원", "KRW")]),
    ("한 달 구독료는 9,900원이다.", [("9,900원", "KRW")]),
    ("초등학생 아들은 용돈으로 월 5천원을 받는다.", [("5천원", "KRW")]),       # a child's pocket money
    ("어르신들은 교통비로 매달 8천원을 받는다.", [("8천원", "KRW")]),
    ("중국 근로자들은 월 3백~4백원을 받는다.", [("3백~4백원", "CNY")]),        # an earner's pay
])
def test_a_month_too_small_for_won(text, expected, rules):
    assert _units(text, rules) == expected


def test_one_small_yuan_amount_does_not_flip_a_page_that_writes_yuan(rules):
    text = ("청도 법인장 인터뷰: 현지 직원 월급은 6,000위안 수준이며 한국 파견 직원은 월 500만원을 받는다. "
            "현지 직원 월급은 작년보다 300원 올랐다. 법인 매출은 1,200억원이다.")
    result = _doc(text, rules)
    assert result.won_as == "KRW", result.won_evidence
    assert _units(text, rules)[-1] == ("1,200억원", "KRW")


@pytest.mark.parametrize("text, expected", [
    # a 원 amount converted into won in brackets is not won (1995: 93 won to the yuan)
    ("투자액은 2백억원(한화 약 1조8천6백억원)이다.", [("2백억원", "CNY"), ("1조8천6백억원", "KRW")]),
    # ... and a yuan amount converted at the 1990s' rate is a conversion on a 조선어 page too
    (JOSEON + "상해시 재정수입은 2백억 위안(약 1조8천6백억원)이다.", [("2백억 위안", "CNY"), ("1조8천6백억원", "KRW")]),
    # a Korean earner and a Korean city's own prices of another age: won, or no row when the size says 元
    ("1985년 한국 근로자의 한 달 임금은 평균 20만원이었다. 1970년 서울 버스 요금은 10원이었다.", [("20만원", "KRW")]),
])
def test_breaking_attempts(text, expected, rules):
    assert _units(text, rules) == expected


@pytest.mark.parametrize("text, expected", [
    # a conversion in brackets whose gap names the other currency as well as 약 (two words)
    (JOSEON + "투자액은 18억원(인민폐 약 1,000만 위안)이다.", [("18억원", "KRW"), ("1,000만 위안", "CNY")]),
    (JOSEON + "투자액은 18억원(미화 약 160만 달러)이다.", [("18억원", "KRW"), ("160만 달러", "USD")]),
    # a column header with its unit in brackets: 한국(원)
    (JOSEON + "\n구분 | 한국(원) | 연길(원)\n아빠트 평당 가격 | 2,500만원 | 7,000원\n",
     [("2,500만원", "KRW"), ("7,000원", "CNY")]),
])
def test_breaking_attempts_2(text, expected, rules):
    assert _units(text, rules) == expected


@pytest.mark.parametrize("text, expected", [
    # a starting salary and a day's pay of a Chinese worker in a digest: 元 by size
    ("【북경=本紙 특약】 중국 대학 졸업생의 초임은 월 8백원이다.", [("8백원", "CNY")]),
    ("중국 농민공의 보수는 하루 30원 안팎이다.", [("30원", "CNY")]),
    # a month's earning too large for yuan on a 조선어 page: won earned abroad
    (JOSEON + "한국에 로무 나간 사람은 월 200만원을 번다.", [("200만원", "KRW")]),
    # ... and one that fits yuan stays 元
    (JOSEON + "연길의 식당 종업원은 월 3,500원을 번다.", [("3,500원", "CNY")]),
    # a firm earning in a month is no person's pay: a large sum stays 元
    (JOSEON + "연길의 한 식당은 월 50만원을 번다.", [("50만원", "CNY")]),
    # a Korean day's pay stays won
    ("건설 현장 일용직의 보수는 하루 15만원 안팎이다.", [("15만원", "KRW")]),
])
def test_breaking_attempts_3(text, expected, rules):
    assert _units(text, rules) == expected


@pytest.mark.parametrize("row", TABLE["too_big_for_yuan"], ids=lambda r: r["name"])
def test_too_big_for_yuan_examples(row, rules):
    for text in row["examples"]:
        assert _units(text, rules)[-1][1] == "KRW", text
    for text in row["keep"]:
        assert _units(text, rules)[-1][1] == "CNY", text
