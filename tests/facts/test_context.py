"""Subject and period examples (data/context.toml)."""
import pytest

from pipeline.facts import find_facts, read_table
from pipeline.model import PlaceMention
from tests.facts.corpus import facts_of


@pytest.mark.parametrize("row", read_table("context")["examples"], ids=lambda r: r["sentence"][:20])
def test_context_examples(row, fact_rules):
    text = row["sentence"]
    places = _places_in(text, row.get("places", []))
    got = [[f.surface, f.subject, f.period] for f in find_facts(text, [(0, len(text))], places, fact_rules)]
    assert got == row["facts"]


def _place(start, end, surface, name_zh):
    return PlaceMention(start, end, surface, name_zh, "", "", "", "", "province", name_zh, None, None, "alias")


def _places_in(text, names):
    return [_place(text.index(s), text.index(s) + len(s), s, z) for s, z in names]


def test_place_is_the_nearest_before_the_fact(fact_rules):
    text = "현재 광동성은 요령성에 982개 기업을 설립하였다."
    places = _places_in(text, [("광동성", "广东省"), ("요령성", "辽宁省")])
    facts = find_facts(text, [(0, len(text))], places, fact_rules)
    assert [(f.surface, f.place) for f in facts] == [("982개", "辽宁省")]


def test_a_count_of_places_ending_an_enumeration_has_no_place(fact_rules):
    text = "장춘, 대련, 하얼빈, 심양 4개 도시는 회의를 열었고 장강삼각주 16개 도시도 참여했다."
    places = _places_in(text, [("장춘", "长春市"), ("대련", "大连市"), ("하얼빈", "哈尔滨市"),
                               ("심양", "沈阳市"), ("장강삼각주", "长江三角洲")])
    facts = find_facts(text, [(0, len(text))], places, fact_rules)
    assert [(f.surface, f.subject, f.place) for f in facts] == [
        ("4개", "도시", ""), ("16개", "도시", "长江三角洲")]


def test_places_inside_a_quoted_title_do_not_count(fact_rules):
    text = "‘범주강삼각지역협력과 발전포럼’에서 8대 경제지역이 제시되었다."
    places = _places_in(text, [("범주강삼각", "泛珠江三角洲")])
    facts = find_facts(text, [(0, len(text))], places, fact_rules)
    assert [(f.surface, f.place) for f in facts] == [("8대", "")]


def test_sentence_column_is_the_sentence_of_the_fact(fact_rules):
    text = "첫 문장이다. 개발구는 6,741개였다."
    facts = find_facts(text, [(0, 7), (8, len(text))], [], fact_rules)
    assert [(f.surface, f.sentence, f.subject) for f in facts] == [("6,741개", "개발구는 6,741개였다.", "개발구")]
