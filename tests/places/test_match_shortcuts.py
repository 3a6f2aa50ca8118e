"""The place matcher's shortcuts (issue 10, speed7b) give what the plain code gives: a
whole-text search skipped when the text lacks what every match holds (found_in), and
the facts about each Hangul alias found once, when the automaton is built."""
from pathlib import Path

from hypothesis import given, settings, strategies as st

from pipeline.places import gazetteer, matcher

ROOT = Path(__file__).resolve().parents[2]
# Hangul of the marker words and Korean places, their look-behind's neighbours, and the rest
ALPHABET = list("딸라프로센트씨야리용동녀성래년서울부산광역시충청남북도경기 가나a.\n")


def _samples() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "raw").rglob("*.txt"))[:20]]


def test_found_in_examples(gaz):
    # to act on: a marker of the 조선어 norm, a Korean place
    assert matcher.found_in(gaz.joseon_markers, "환률은 1딸라에 7.1원이다")
    assert matcher.found_in(gaz.joseon_markers, "래년 로동 시장")
    assert matcher.found_in(gaz.korean_context, "서울과 부산의 기업")
    # to leave alone: none of their words; a marker word inside a longer word (look-behind)
    assert not matcher.found_in(gaz.joseon_markers, "환율은 1달러에 7.1위안이다")
    assert not matcher.found_in(gaz.joseon_markers, "전력사용")      # 력사 inside a word
    assert not matcher.found_in(gaz.korean_context, "광둥성 선전시의 기업")


def test_found_in_is_the_plain_search_on_samples(gaz):
    for text in _samples():
        for pattern in (gaz.joseon_markers, gaz.korean_context):
            assert matcher.found_in(pattern, text) == bool(pattern.search(text))


@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=200))
@settings(max_examples=300, deadline=None)
def test_found_in_is_the_plain_search(gaz, text):
    for pattern in (gaz.joseon_markers, gaz.korean_context):
        assert matcher.found_in(pattern, text) == bool(pattern.search(text))


def test_automaton_values_are_the_alias_table(gaz):
    for alias, (same, cands, strong, long_strong) in gaz.automaton.items():
        assert same == alias and cands is gaz.korean[alias]
        assert strong == any(c.strong for c in cands)
        assert long_strong == gazetteer.long_strong(alias, cands)
    assert len(gaz.automaton) == len(gaz.korean)


def test_long_strong_examples(gaz):
    assert gazetteer.long_strong("장강삼각주", gaz.korean["장강삼각주"])      # 현황장강삼각주: found
    assert not gazetteer.long_strong("광저우", gaz.korean["광저우"])         # too short: 신광저우 is no mention


def test_candidate_strong_is_its_strength(gaz):
    for cands in list(gaz.korean.values()) + list(gaz.hanzi.values()):
        for c in cands:
            assert c.strong == (c.strength == "strong")
