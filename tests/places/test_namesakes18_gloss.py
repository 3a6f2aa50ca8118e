"""A gloss of one namesake (타이저우(台州), 쑤저우(宿州)) elsewhere on the page does not decide a mention whose own
sentence names the other namesake's places (sentences of our own invention; devset namesakes18)."""
import pytest

from pipeline.places import find_places


def rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


def readings(text, gaz, surface):
    return [z for s, z in rows(text, gaz) if s == surface]


def test_sentence_siblings_over_a_later_gloss_of_the_other_namesake(gaz):
    text = ("회사는 타이저우 공장을 늘린다. 관계자는 \"타이저우는 양저우, 난징과 가까워 조달이 편하다\"고 말했다. "
            "한편 저장성 타이저우(台州)의 업체들도 뛰어들었다.")
    assert readings(text, gaz, "타이저우")[1:] == ["泰州市", "台州市"], rows(text, gaz)


def test_sentence_siblings_over_a_gloss_of_the_other_suzhou(gaz):
    text = "쑤저우(宿州)는 안후이성 북부 도시다.\n\n쑤저우는 우시, 창저우와 함께 전자 산업이 강하다."
    assert readings(text, gaz, "쑤저우") == ["宿州市", "苏州市"], rows(text, gaz)


def test_a_sentence_naming_both_sides_gives_no_row(gaz):
    text = "쑤저우(宿州)는 안후이성 북부 도시다.\n\n쑤저우는 우시와 벙부 사이에서 물류 거점을 노린다."
    assert readings(text, gaz, "쑤저우") == ["宿州市"], rows(text, gaz)


@pytest.mark.parametrize("text", [
    "저장성 타이저우(台州)시는 해안 도시다. 타이저우 시정부는 목표를 잡았다. 타이저우 기업들은 원저우 기업과 비교된다.",
    "타이저우(台州)의 업체 340곳이 수출했다. 타이저우 업체들은 닝보를 거쳐 수출한다.",
])
def test_bare_mentions_keep_the_only_gloss(gaz, text):
    got = readings(text, gaz, "타이저우")
    assert got and set(got) == {"台州市"}, rows(text, gaz)


def test_one_city_of_the_other_province_does_not_overrule_the_gloss(gaz):
    # (a page about 台州 whose sentence names one city of 江苏 only: too weak against the page's gloss)
    text = "타이저우(台州)의 신발 업체 120곳이 모였다. 타이저우 기업들은 난징에도 공장을 세웠다."
    got = readings(text, gaz, "타이저우")
    assert got and set(got) == {"台州市"}, rows(text, gaz)
