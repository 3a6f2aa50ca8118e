"""Adversarial pass 6, class table headers and rate bases: `(단위=억 원)` was an amount of
1억 KRW, a column header `| 만 톤 |` one of 10000 t, and `10만 명 당` (spaced) an amount of
people rather than the base of a rate."""
import pytest

from pipeline.api import extract_text


@pytest.mark.parametrize("text", [
    "주요 지표 (단위=억 원)",
    "구분 | 만 톤 | %",
    "인구 10만 명 당 병상 수는 늘었다.",
])
def test_header_or_rate_base_is_no_fact(text):
    assert [f.surface for f in extract_text(text).facts] == []


@pytest.mark.parametrize("text, surface", [
    ("당원은 300만 명 당원 대회에 모였다.", "300만 명"),
    ("이 회사의 3억 원 당기순이익.", "3억 원"),
    ("| 3만 톤 | 5% |", "3만 톤"),
])
def test_amounts_next_to_such_words_stay(text, surface):
    assert surface in [f.surface for f in extract_text(text).facts]
