"""Speed-only shortcuts in the unwrapper give what the plain code gives (issue 10)."""
import re

from hypothesis import given, settings, strategies as st

from pipeline.ingest.unwrap import _laid_out

_PADDING = re.compile(r"\S\s{5,}\S|^\s{5,}")


@given(st.text(alphabet=st.sampled_from(list(" \t\u3000\u00a0\u2028\x0b\n가a.")), max_size=30) | st.text())
@settings(max_examples=500, deadline=None)
def test_laid_out_shortcut_answers_as_the_pattern(line):
    assert _laid_out(line) == bool(_PADDING.search(line.rstrip()))
