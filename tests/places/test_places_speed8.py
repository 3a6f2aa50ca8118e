"""Issue 10: a mention whose candidates all name one place is resolved without reading
the evidence around it (matcher._only_place), and gets what matcher._resolve gives it
whatever that evidence is. Checked on the mentions of the sample texts, against _resolve
with evidence drawn at random (hypothesis), and on whole texts against the plain path."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.places import matcher
from pipeline.places.gazetteer import Candidate

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> list[str]:
    paths = sorted((ROOT / "raw").rglob("*.txt")) + sorted((ROOT / "tests" / "devset").glob("*/raw/**/*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths[:60]]


@pytest.fixture(scope="module")
def single_place_mentions(gaz):
    found = []
    for text in _texts():
        for m in matcher._korean_mentions(text, gaz) + matcher._hanzi_mentions(text, gaz):
            if m.place is None and matcher._one_place(m.cands):
                found.append(m)
    return found


def test_the_samples_hold_mentions_of_one_place(single_place_mentions):
    assert len(single_place_mentions) > 100


def test_one_place_examples(gaz):
    def mention(alias, hanzi=False):
        cands = (gaz.hanzi if hanzi else gaz.korean)[alias]
        return matcher.Mention(0, len(alias), cands, not hanzi, True)
    assert matcher._one_place(mention("광저우").cands)                  # 广州 only
    assert not matcher._one_place(mention("타이저우").cands)            # 台州 and 泰州
    assert not matcher._one_place(mention("쑤저우").cands)              # 苏州 and 宿州
    assert matcher._only_place(mention("광저우"))[0].place.name_zh == "广州市"


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_only_place_is_what_resolve_gives_whatever_the_evidence(gaz, single_place_mentions, data):
    m = data.draw(st.sampled_from(single_place_mentions))
    if data.draw(st.booleans()):      # two candidates of one place (none in the samples): weak first, or strong
        extra = Candidate(m.cands[0].place, "hanja", data.draw(st.sampled_from(["weak", "strong", "gloss"])))
        m = dataclasses.replace(m, cands=data.draw(st.permutations(m.cands + [extra])),
                                strong=data.draw(st.booleans()))
        assert matcher._one_place(m.cands)
    others = [c.place for x in single_place_mentions[:80] for c in x.cands] + [c.place for c in m.cands]
    place = st.none() | st.sampled_from(others)
    provinces = st.frozensets(st.sampled_from(sorted({p.province_zh for p in others})), max_size=3)
    scoped_answer = data.draw(st.sampled_from(["none", "sentence", "tie"]))

    def scoped(cands):
        return None if scoped_answer == "none" else (cands, scoped_answer)
    args = dict(prev=data.draw(place), glossed={p.key for p in data.draw(st.lists(st.sampled_from(others), max_size=2))},
                nxt=data.draw(place), provinces=data.draw(provinces), scoped=scoped,
                own_province=data.draw(place), earlier=data.draw(place), region=data.draw(provinces),
                kin=data.draw(provinces))
    assert matcher._resolve(m, **args) == matcher._only_place(m)


def test_find_places_as_the_plain_path_gives(gaz, monkeypatch):
    texts = _texts()
    fast = [matcher.find_places(t, gaz) for t in texts]
    monkeypatch.setattr(matcher, "_one_place", lambda cands: False)
    assert [matcher.find_places(t, gaz) for t in texts] == fast


def test_a_gloss_is_looked_for_only_near_a_bracket():
    """_attach_glosses tries a name only when a bracket opens within _GLOSS_REACH characters
    after it: as far as _GAP_TO_GLOSS (then _GLOSS at its end) or _GLOSS (one space) can reach."""
    from re import _parser
    assert _parser.parse(matcher._GAP_TO_GLOSS.pattern).getwidth()[1] <= matcher._GLOSS_REACH
    assert matcher._GLOSS.match(" (上海)") and not matcher._GLOSS.match("  (上海)")


@pytest.mark.parametrize("text, glossed", [
    ("상해(上海)에서", True),
    ("포두희토고신기술산업개발구(包頭稀土高新區)", True),
    ("상해 " + "가" * 19 + "(上海)", True),              # the bracket 20 characters after the name
    ("상해 " + "가" * 20 + "(上海)", False),             # 21: no gloss of it
])
def test_gloss_reach_examples(gaz, text, glossed):
    korean = matcher._korean_mentions(text, gaz)
    hanzi = matcher._hanzi_mentions(text, gaz)
    left = matcher._attach_glosses(text, korean, hanzi, gaz)
    assert (korean[0].reason == "glossed") == glossed
    assert (len(left) < len(hanzi)) == glossed


def test_korean_tail_is_tried_only_after_its_first_characters():
    """_korean_mentions tries _KOREAN_TAIL only where the next character can start it."""
    from pipeline.facts.scan import first_chars
    cls = first_chars(matcher._KOREAN_TAIL)
    assert cls is not None
    assert all(cls.match(c) is None for c in "가나다라광특군" if c not in matcher._KOREAN_TAIL_FIRST)
    assert all(cls.match(c) for c in matcher._KOREAN_TAIL_FIRST)
    import re
    from re import _parser
    starts = set()
    for op, av in _parser.parse(cls.pattern)[0][1]:
        assert op is re._constants.LITERAL        # a class of single characters
        starts.add(chr(av))
    assert starts <= set(matcher._KOREAN_TAIL_FIRST)
