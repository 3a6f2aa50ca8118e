"""Adversarial pass 6, class qualifiers: `근 10만 명` (近, nearly) and `거의 200만 톤` were
written without a qualifier, as if exact."""
import pytest

from pipeline.api import extract_text

CASES = [
    ("박람회에는 근 10만 명이 다녀갔다.", "10만 명", "100000", "approx"),
    ("헤이룽장성의 콩 생산량은 거의 200만 톤에 달한다.", "200만 톤", "2000000", "approx"),
    ("최근 10만 명이 이 도시로 옮겨왔다.", "10만 명", "100000", ""),
]


@pytest.mark.parametrize("text, surface, value, qualifier", CASES, ids=[c[0][:12] for c in CASES])
def test_nearly(text, surface, value, qualifier):
    assert [(f.surface, str(f.value), f.qualifier) for f in extract_text(text).facts] == [(surface, value, qualifier)]
