"""The facts stage's shortcuts (issue 10) give what the plain way gives: the scanner's
number search through the characters a number can start with, the currency-code check
before a number, and the eojeol reader asking once per stretch between span edges
whether a span holds a word. Each is compared with the plain way on the sample texts
and on generated ones (hypothesis)."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.facts.numbers import tidy
from pipeline.facts.scan import _next_number, first_chars, lead_filter
from pipeline.spans import Cover

SENTENCES = Path(__file__).with_name("subject_sentences.txt")
ROOT = Path(__file__).resolve().parents[2]
# Characters that make numbers, units and words around them, and the odd ones (other digits, a newline)
ALPHABET = "0123456789,. \n~-억만천백십조경원위안달러명개곳%년월일이삼사오육칠팔구한두세네열스물다섯RMB$US一二三十百千万亿元两零２٣的은는이가의"


def _samples() -> list[str]:
    texts = [line for line in SENTENCES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    for p in sorted((ROOT / "raw").rglob("*.txt"))[:20]:
        texts.append(p.read_text(encoding="utf-8", errors="replace"))
    return texts


def _plain_numbers(number: re.Pattern, text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while m := number.search(text, pos):
        out.append(m.span())
        pos = m.end()
    return out


def _first_numbers(sc, text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while m := _next_number(sc, text, pos):
        out.append(m.span())
        pos = m.end()
    return out


def test_first_chars_of_the_number_pattern(fact_rules):
    first = fact_rules.scanner.number_first
    assert first is not None
    for c in "0٣２억천이한두열一万十":
        assert first.match(c), c          # Arabic (any script's digits), Sino-Korean, native, hanzi
    for c in "가나a ,":
        assert not first.match(c), c


@pytest.mark.parametrize("pattern, starts, not_starts", [
    (r"(?<![가-힣])(?:ab|\d+)c?", "a0٣", "bcz"),
    (r"(?=x)[xy]z", "xy", "z"),
    (r"(?:a|b)?c", "abc", "d"),
])
def test_first_chars_examples(pattern, starts, not_starts):
    first = first_chars(re.compile(pattern))
    assert all(first.match(c) for c in starts)
    assert not any(first.match(c) for c in not_starts)


def test_lead_filter_checks_each_branch_look_behind(fact_rules):
    lead = fact_rules.scanner.number_first
    found = [m.start() for m in lead.finditer("했다. 다섯 곳, 사이 이십 개, 12.5와 一万")]
    text = "했다. 다섯 곳, 사이 이십 개, 12.5와 一万"
    # 다섯, 사이 (a word that starts like 사 four), 이십, 12.5, 一万: not 했다's 다, 사이's 이,
    # the 2 and 5 of 12.5 nor the 万 of 一万 (each inside a number or a word)
    assert [text[i] for i in found] == ["다", "사", "이", "1", "一"]


@pytest.mark.parametrize("pattern, text, starts", [
    (r"(?P<a>(?<![\d.])\d+)|(?P<b>(?<![가-힣])[일이삼]+십)", "1.5 이십 사이십 12", [0, 4, 11]),
    (r"(?<!x)a|b", "xa a b", [3, 5]),
    (r"(?<![^ ])a|b", "ca a b", [1, 3, 5]),      # a negated look-behind class is not read: widened
])
def test_lead_filter_examples(pattern, text, starts):
    assert [m.start() for m in lead_filter(re.compile(pattern)).finditer(text)] == starts


@pytest.mark.parametrize("pattern", [r"a?", r"(?i)ab", r"[^a]b", r".b", r"(?i:a)b", r"\bx*"])
def test_first_chars_unknown(pattern):
    assert first_chars(re.compile(pattern)) is None


def test_number_search_on_samples(fact_rules):
    sc = fact_rules.scanner
    for text in _samples():
        assert _first_numbers(sc, text) == _plain_numbers(sc.number, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_number_search_property(fact_rules, text):
    sc = fact_rules.scanner
    assert _first_numbers(sc, text) == _plain_numbers(sc.number, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=14), st.integers(0, 14))
def test_currency_code_before(fact_rules, text, start):
    units = fact_rules.units
    start = min(start, len(text))
    m = units.before_re.search(text[max(0, start - 8):start])
    got = units.match_before(text, start)
    assert (got is None) == (m is None)
    if m:
        assert (got.start, got.end) == (max(0, start - 8) + m.start(), max(0, start - 8) + m.end())


def _spans(draw_ints: list[int], n: int) -> list[tuple[int, int]]:
    edges = sorted({min(x, n) for x in draw_ints})
    return [(a, b) for a, b in zip(edges[::2], edges[1::2]) if a < b]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_samples()[:40]), st.lists(st.integers(0, 120), max_size=8),
       st.lists(st.integers(0, 120), max_size=6))
def test_eojeol_read_once_per_stretch(fact_rules, text, fact_edges, place_edges):
    """read() gives the tokens that reading every word on its own with `within` gives."""
    reader = fact_rules.eojeol
    text = text[:120]
    facts, places = _spans(fact_edges, len(text)), _spans(place_edges, len(text))
    cuts = sorted({x for spans in (facts, places) for ab in spans for x in ab})
    within = Cover(facts + places).contains
    reader.forget()
    got = reader.read(text, len(text), cuts, within)
    want: list = []
    for m in re.finditer(r"\S+", text):
        i, j = m.span()
        if m.group() in reader.stray_particles and want and want[-1][3] == i - 1 \
                and want[-1][1] in ("NNG", "NNP", "NNB", "SL") and text[i - 1] == " ":
            want.append((m.group(), reader.particles[m.group()][0], i, j))
        else:
            reader._read_word(text, i, j, cuts, want, within)
    assert got == want


@pytest.mark.parametrize("digits, value", [("2024", "2024"), ("0100", "100"), ("3,000", "3000"),
                                           ("0", "0"), ("٣٠", "30"), ("12.50", "12.5"), ("3.0", "3")])
def test_digits_alone_read_tidy(fact_rules, digits, value):
    """Digits without a point are read by Decimal alone, already tidy (no exponent, no
    leading zeros); with one, tidy() drops trailing zeros."""
    got = fact_rules.grammar.evaluate(digits)
    assert str(got) == value and got.as_tuple() == tidy(Decimal(digits.replace(",", ""))).as_tuple()


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"\A(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\Z"))
def test_digits_alone_property(fact_rules, digits):
    got = fact_rules.grammar.evaluate(digits)
    want = tidy(Decimal(digits.replace(",", "")))
    assert str(got) == str(want) and got.as_tuple() == want.as_tuple()
