"""Properties with hypothesis on the cleaner, the place matcher and the whole per-document
step: no exception on any input, every offset valid (clean[start:end] == surface), values
parse back. Text is drawn from an alphabet of what the stages react to (Hangul, hanja,
digits, number and unit words, markup, separators), so most examples reach every stage."""
from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings, strategies as st

from pipeline.document import process
from pipeline.ingest.clean import clean
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.places import find_places

PIECES = ["광동성", "광둥성", "廣東", "深圳市", "상해", "성도", "보안", "산시성", "쑤저우", "할빈",
          "3억 4567만 8900", "6천 3백만", "-2.1%", "%p", "위안", "원", "달러", "홍콩 달러", "만", "억", "조",
          "(", ")", "·", "~", ",", ".", "다.", "했다. ", "\n", "\n\n", " ", "<div>", "</div>", "<p>", "<a href='x'>",
          "</a>", "입력 2023.05.02 14:10", "기자", "@", "=", "[", "]", "- 7 -", "영하", "마이너스 ", "이십 퍼센트"]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(TEXT)
@example("0\t0\n광동성광동성")     # a tab inside a line removed above the headline
def test_the_cleaner_never_raises_and_keeps_only_text_it_was_given(ingest_rules, text):
    lines = text.split("\n")
    cleaned = clean(lines, ingest_rules.profiles.generic)
    assert isinstance(cleaned.text, str)
    # a removed line is recorded with its spaces squeezed (as review pages show it)
    assert all(r.text in squeeze_spaces(text) for r in cleaned.removed if r.whole_line)


@SETTINGS
@given(TEXT)
def test_place_mentions_are_valid_spans(rules, text):
    mentions = find_places(text, rules.gazetteer)
    ends = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.surface
        assert m.start >= ends                      # sorted, never overlapping
        ends = m.end
        assert m.name_zh and m.level


@SETTINGS
@given(TEXT, st.sampled_from(["x/page.txt", "x/page.html"]))
def test_the_whole_step_ends_ok_or_with_a_reason_and_its_offsets_hold(rules, text, doc_id):
    r = process(doc_id, text.encode("utf-8"), rules)
    assert not r.error.startswith("internal error"), r.error
    assert "\n" not in r.error
    for row in [*r.places, *r.facts]:
        assert 0 <= row.start < row.end <= len(r.clean) and r.clean[row.start:row.end] == row.surface
    for f in r.facts:
        assert Decimal(str(f.value)) == f.value and (f.value_max is None or f.value_max > f.value)
