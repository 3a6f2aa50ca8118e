"""The speed-ups of the place matcher's loops give what the plain code gave (issue 10)."""
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from pipeline.places import matcher


@given(st.text(alphabet=st.sampled_from(list("가나힣 a.廣东\n")), min_size=1, max_size=3000))
@settings(max_examples=300, deadline=None)
def test_mostly_hangul_counts_as_the_whole_count_would(text):
    hangul = len(re.findall("[가-힣]", text))
    assert matcher._mostly_hangul(text) == (hangul >= 0.1 * len(text) or hangul > 200)


def test_spans_skip_only_patterns_that_cannot_match(rules):
    gaz = rules.gazetteer
    patterns = gaz.korean_use + gaz.place_use + gaz.currency_names + gaz.korea_names
    golden = Path(__file__).parents[1] / "golden" / "clean"
    texts = ["장사가 잘 된다. 홍콩 달러로 3억, 해동신문 보도", "선전의 경제특구에서 보안 당국은", ""] + \
        [p.read_text(encoding="utf-8") for p in sorted(golden.rglob("*.txt"))]
    assert len(texts) > 5
    for text in texts:
        assert matcher._spans(patterns, text) == [m.span() for p in patterns for m in p.finditer(text)]
