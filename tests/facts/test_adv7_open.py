"""Adversarial pass 7 (adv7-facts): failures found and left open (strict xfails: each must fail
until the rule is written; expectations worked out by hand from the sentence)."""
import pytest

from pipeline.api import extract_text


def rows(text):
    return [(f.surface, str(f.value), str(f.value_max or ""), f.unit, f.qualifier) for f in extract_text(text).facts]


@pytest.mark.xfail(strict=True, reason="won/yuan is decided per document: a page in the 조선어 norm "
                   "writes 원 for 元, and a won wage earned in Korea in the same page becomes 2.5M yuan a month")
def test_a_wage_earned_in_korea_stays_won():
    text = "연변 소식. 연길시 로동자 월평균 임금은 5,200원으로 늘었다. 한국에서 일하면 월 250만 원을 번다."
    assert [(f.surface, f.unit) for f in extract_text(text).facts] == [("5,200원", "CNY"), ("250만 원", "KRW")]


@pytest.mark.xfail(strict=True, reason="a minus spaced from its digits (- 3.2%) or glued after a "
                   "label (2022년-5.2%) is read as no sign: the rate's sign is lost (no row would be right)")
@pytest.mark.parametrize("text, lost", [
    ("수출 증가율: - 3.2%", "3.2"),
    ("2022년-5.2%, 2023년 3.1%", "5.2"),
])
def test_a_spaced_or_glued_minus_is_no_positive_rate(text, lost):
    assert lost not in [v for _, v, *_ in rows(text)]


@pytest.mark.xfail(strict=True, reason="최고 before a day's high temperature is read as at_most "
                   "(최고 5년: up to 5 years); the high was exactly -12 degrees")
def test_a_days_high_is_no_upper_bound():
    assert rows("하얼빈 날씨: 최저 -25도, 최고 -12도.") == [("-25도", "-25", "", "celsius", ""),
                                                    ("-12도", "-12", "", "celsius", "")]


@pytest.mark.xfail(strict=True, reason="miss: a range of days written out before 정도 걸린다 "
                   "(not_after takes N일에서 for the first day of an event)")
def test_days_written_out_before_a_duration_word():
    assert rows("통관에는 3일에서 5일 정도 걸린다.") == [("3일에서 5일", "3", "5", "day", "approx")]
