"""Issue 10, speed8b: the facts stage's shortcuts give what the plain way gives."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings, strategies as st

from pipeline.facts import eojeol
from pipeline.facts.numbers import tidy

# Every kind of white space str.split and re's \s know (the ASCII separators \x1c-\x1f,
# no-break and ideographic spaces, line and paragraph separators), and words around them
SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000\u200b\ufeff"


def _words(s: str, end: int) -> list[tuple[str, int, int]]:
    """The words the eojeol reader walks (split, each found after the one before)."""
    out, j = [], 0
    for word in s[:end].split():
        i = s.find(word, j)
        j = i + len(word)
        out.append((word, i, j))
    return out


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=SPACES + "가나3억원.,a", max_size=40), st.integers(0, 45))
def test_the_reader_walks_the_words_of_its_regex(s, end):
    assert _words(s, end) == [(m.group(), *m.span()) for m in eojeol._EOJEOL.finditer(s, 0, min(end, len(s)))]


def _tidy_plain(value: Decimal) -> Decimal:
    """numbers.tidy as it was written first: normalise, then an integral value without exponent."""
    from pipeline.facts.numbers import _EXACT, _ONE
    value = value.normalize(_EXACT)
    if value == value.to_integral_value(context=_EXACT):
        return value.quantize(_ONE, context=_EXACT)
    return value


@settings(max_examples=400, deadline=None)
@given(st.decimals(allow_nan=False, allow_infinity=False, places=None) | st.sampled_from(
    [Decimal("-0"), Decimal("0E+5"), Decimal("-0.000"), Decimal("1E+30"), Decimal("2.50"), Decimal("37500"),
     Decimal("3.75E+4"), Decimal("1.000"), Decimal("-12.3400"), Decimal("1E-20")]))
def test_tidy_as_written_first(value):
    a, b = tidy(value), _tidy_plain(value)
    assert str(a) == str(b) and a.as_tuple() == b.as_tuple()
