"""Adversarial pass 6, class "suffixes": an autonomous area written with a space between
its name and its nationality, none before 자치주 (연변 조선족자치주, the commonest way
Korean news writes it), is one mention covering the whole name (was the bare name only,
or nothing for 다리 바이족자치주). Sentences of our own invention."""
import pytest

from pipeline.places import find_places


@pytest.mark.parametrize("text,surface,name_zh", [
    ("연변 조선족자치주 정부는 관광 진흥책을 내놓았다.", "연변 조선족자치주", "延边朝鲜族自治州"),
    ("옌볜 조선족자치주의 인구가 줄었다.", "옌볜 조선족자치주", "延边朝鲜族自治州"),
    ("윈난성 다리 바이족자치주는 얼하이 호수로 유명하다.", "다리 바이족자치주", "大理白族自治州"),
    ("경남 양산시와 쓰촨성 량산 이족자치주의 교류", "량산 이족자치주", "凉山彝族自治州"),
    ("시솽반나 다이족자치주의 고무 농장", "시솽반나 다이족자치주", "西双版纳傣族自治州"),
])
def test_name_space_nationality_autonomous_area(gaz, text, surface, name_zh):
    assert (surface, name_zh) in [(m.surface, m.name_zh) for m in find_places(text, gaz)]
