"""Adversarial pass 6, class "glosses": a reading glossed with hanja that name something
else is that other thing (광주(光州) is Korea's Gwangju, 상해(傷害) an injury), however the
document reads the same surface elsewhere; a hanzi name glossed with its Hangul reading
(上海(상해), 浦東(포동)신구) is one mention, not two; a suffix written after a gloss picks
the place of that level (다리(大理)시 is 大理市, not the prefecture). Sentences of our own
invention."""
import pytest

from pipeline.places import find_places


def _rows(text, gaz):
    return [(m.start, m.surface, m.name_zh) for m in find_places(text, gaz)]


@pytest.mark.parametrize("text,rows", [
    # was a second 广州市 (document) for Korea's 광주(光州)
    ("광주(廣州)와 광주(光州)의 자매결연 30주년", [(0, "광주", "广州市")]),
    ("광둥성 광주(廣州)시 대표단이 광주(光州)광역시를 찾았다.",
     [(0, "광둥성", "广东省"), (4, "광주", "广州市")]),
    # Korea's 청주(淸州) beside Shandong's 청주(靑州)
    ("충북 청주(淸州)와 산둥성 청주(靑州)는 한자가 다르다.",
     [(11, "산둥성", "山东省"), (15, "청주", "青州市")]),
    ("상해(上海)의 금융 중심. 상해(傷害) 사건은 줄었다.", [(0, "상해", "上海市")]),
])
def test_a_gloss_naming_something_else_is_no_row(gaz, text, rows):
    assert _rows(text, gaz) == rows


@pytest.mark.parametrize("text,rows", [
    # was two rows: 上海 and 상해 (document)
    ("上海(상해)의 금융 중심에 한국 은행이 진출했다.", [(0, "上海", "上海市")]),
    ("深圳(심천)시의 전자 산업", [(0, "深圳", "深圳市")]),
    ("浦東(포동)신구의 금융 중심지", [(0, "浦東", "浦东新区")]),
    ("通化(통화)의 인삼 시장", [(0, "通化", "通化市")]),
    # several readings in the bracket, or a reading after the hanja gloss (were two or three rows)
    ("深圳(선전·심천)의 전자 산업", [(0, "深圳", "深圳市")]),
    ("上海(상해, Shanghai)의 금융", [(0, "上海", "上海市")]),
    ("광주(廣州, 광저우)의 무역", [(0, "광주", "广州市")]),
    # a bracket listing other places keeps them
    ("광둥성(광저우·선전)의 수출", [(0, "광둥성", "广东省"), (4, "광저우", "广州市"), (8, "선전", "深圳市")]),
])
def test_a_hanzi_name_glossed_with_its_reading_is_one_row(gaz, text, rows):
    assert _rows(text, gaz) == rows


@pytest.mark.parametrize("text,surface,name_zh", [
    # was 大理白族自治州
    ("다리(大理)시의 관광객이 늘었다.", "다리", "大理市"),
    ("대리(大理)시의 관광객", "대리", "大理市"),
    ("낭방(廊坊)시의 물류 단지", "낭방", "廊坊市"),
    ("평화(平和)현의 차 농장", "평화", "平和县"),
])
def test_a_suffix_after_the_gloss_decides_the_level(gaz, text, surface, name_zh):
    assert (surface, name_zh) in [(m.surface, m.name_zh) for m in find_places(text, gaz)]
