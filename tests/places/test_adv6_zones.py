"""Adversarial pass 6, class "zones and fixed names": a city's reading that is also a word
followed by a zone word after a space is that city (서안 고신구, 천진 경제기술개발구, 상해
보세구), but not before the Korean planning word 개발구역; 상해 임시정부 is Shanghai. Sentences
of our own invention."""
import pytest

from pipeline.places import find_places


def _rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


@pytest.mark.parametrize("text,surface,name_zh", [
    # were no row
    ("서안 고신구의 삼성 반도체 공장은 증설에 들어갔다.", "서안", "西安市"),
    ("시안 고신구(高新區)의 반도체 클러스터", "시안", "西安市"),
    ("대련 경제기술개발구의 공장 120곳", "대련", "大连市"),   # TEDA is curated: 天津经济技术开发区
    ("상해 보세구의 창고 임대료가 올랐다.", "상해", "上海市"),
    ("상해 임시정부 청사를 찾은 대표단은 항주와 가흥도 방문했다.", "상해", "上海市"),
])
def test_a_zone_word_after_a_space_names_the_city(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text", [
    "충남 서안 개발구역 지정 계획이 나왔다.",
    "서안 개발구역 지정 계획이 나왔다.",
    "교통사고 상해 보험금을 받았다.",
])
def test_no_zone_no_row(gaz, text):
    assert _rows(text, gaz) == []
