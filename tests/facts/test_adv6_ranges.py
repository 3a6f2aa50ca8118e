"""Adversarial pass 6, class ranges: `2천~3천만 위안` was written as 2000 ~ 30000000 (the
big magnitude written once after the second end belongs to both: 2천만~3천만), and a
range that cannot be read (9천~1억 원: 9천만 or 9천?) left its second end as a fact of its
own (1억 원).  Values worked out by hand."""
import pytest

from pipeline.api import extract_text

CASES = [
    ("허베이성은 올해 2천~3천만 위안을 환경 정비에 쓴다.", "2천~3천만 위안", "20000000", "30000000", "CNY"),
    ("외자 유치액은 3백~5백만 달러로 예상된다.", "3백~5백만 달러", "3000000", "5000000", "USD"),
    ("광시의 새 공장은 1천5백~2천만 위안이 든다.", "1천5백~2천만 위안", "15000000", "20000000", "CNY"),
    ("관광객은 하루 5천~3만 명으로 들쭉날쭉하다.", "5천~3만 명", "5000", "30000", "명"),
    ("설비 투자는 8천-9천만 달러 규모다.", "8천-9천만 달러", "80000000", "90000000", "USD"),
    ("항만 확장에는 3천~4천억 원이 필요하다.", "3천~4천억 원", "300000000000", "400000000000", "KRW"),
]


@pytest.mark.parametrize("text, surface, value, value_max, unit", CASES, ids=[c[1] for c in CASES])
def test_shared_magnitude_range(text, surface, value, value_max, unit):
    facts = extract_text(text).facts
    assert [(f.surface, str(f.value), str(f.value_max), f.unit) for f in facts] == [(surface, value, value_max, unit)]


@pytest.mark.parametrize("text", [
    "공장 건설비는 9천~1억 원으로 추산된다.",
    "보조금은 1천~1억 원까지 다양하다.",
    "사업비는 3억~5 위안이라고 적혀 있었다.",
])
def test_unreadable_range_gives_no_row_not_its_end(text):
    assert [f.surface for f in extract_text(text).facts] == []
