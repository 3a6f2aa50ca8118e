"""Properties of the number grammar and the scanner (hypothesis): no exception
on any text, offsets inside the text with clean[start:end] == surface, values
that parse back from their CSV cell, and every number spaced by 만 groups read
back whole."""
from decimal import Decimal

from hypothesis import given, settings, strategies as st

from pipeline.facts.scan import scan
from pipeline.write import cell

# Pieces that make the scanner work hard: digits, magnitude words, units,
# qualifiers, signs, brackets and the spaces between number groups.
PIECES = ["1", "2", "0", "9", "12", "3,456", "0.5", ".", ",", " ", "  ", "\n", "-", "−", "~", "(", ")",
          "일", "이", "삼", "사", "오", "십", "백", "천", "만", "억", "조", "경", "一", "两", "千", "万", "亿",
          "원", "위안", "달러", "미국 달러", "센트", "%", "%p", "퍼센트", "프로센트", "딸라", "명", "개", "사",
          "층", "동", "대", "척", "편", "년", "월", "일", "여", "약", "마이너스", "영하", "℃", "단위",
          "제", "한", "두", "세", "스물", "가", "는", "이상", "증가", "a", "@", "x", "$", "RMB"]
texty = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _check(text: str, facts) -> None:
    for f in facts:
        assert 0 <= f.start < f.end <= len(text), (text, f)
        assert text[f.start:f.end] == f.surface, (text, f)
        assert Decimal(cell(f.value)) == f.value
        if f.value_max is not None:
            assert f.value_max > f.value
    assert all(a.end <= b.start for a, b in zip(facts, facts[1:])), text


@settings(max_examples=300, deadline=None)
@given(st.one_of(texty, st.text(max_size=60)))
def test_scanner_on_any_text(fact_rules, text):
    _check(text, scan(fact_rules.scanner, text))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789억만천조경 ,.원", max_size=80))
def test_long_and_odd_figures_never_raise(fact_rules, text):
    _check(text, scan(fact_rules.scanner, text))


def _korean(n: int, inner: bool) -> str:
    """345678900 -> `3억 4567만 8900` (inner: `3억 4천5백67만 8천9백`)."""
    groups, words = [], ["", "만", "억", "조", "경"]
    for word in words:
        n, g = divmod(n, 10000)
        if g:
            groups.append(_group(g, inner) + word)
    return " ".join(reversed(groups))


def _group(g: int, inner: bool) -> str:
    if not inner:
        return str(g)
    out = ""
    for word, size in (("천", 1000), ("백", 100)):
        d, g = divmod(g, size)
        out += f"{d}{word}" if d else ""
    return out + (str(g) if g else "")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**20 - 1), st.booleans(), st.booleans(),
       st.sampled_from(["원", " 달러", "명"]))
def test_spaced_groups_read_whole(fact_rules, n, inner, loose, unit):
    number = _korean(n, inner)
    if loose:       # a space between digits and their magnitude word too: `4567 만`
        number = "".join(f" {c}" if c in "천백만억조경" and i and number[i - 1].isdigit() else c
                         for i, c in enumerate(number))
    text = f"총 {number}{unit}을 기록했다."
    facts = scan(fact_rules.scanner, text)
    assert [f.value for f in facts] == [n], text
    _check(text, facts)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=10**8), st.integers(min_value=1, max_value=10**8))
def test_a_value_never_comes_from_the_tail(fact_rules, a, b):
    # groups after a space that grow instead of shrinking (`5만 3억 2000만원`)
    # are no number at all: neither the whole nor its tail is a fact
    small, big = _korean(min(a, b) * 10**4, False), _korean(max(a, b) * 10**8, False)
    text = f"{small} {big}원"
    assert scan(fact_rules.scanner, text) == [], text
