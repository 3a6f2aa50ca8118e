"""The speed-ups of the place matcher's loops give what the plain code gave (issue 10)."""
import re

from hypothesis import given, settings, strategies as st

from pipeline.places import matcher


@given(st.text(alphabet=st.sampled_from(list("가나힣 a.廣东\n")), min_size=1, max_size=3000))
@settings(max_examples=300, deadline=None)
def test_mostly_hangul_counts_as_the_whole_count_would(text):
    hangul = len(re.findall("[가-힣]", text))
    assert matcher._mostly_hangul(text) == (hangul >= 0.1 * len(text) or hangul > 200)
