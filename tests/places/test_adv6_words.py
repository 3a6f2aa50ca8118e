"""Adversarial pass 6, class "an ordinary word read as a place": 성도 (聖徒, church members:
성도 20명, 선교 여행에 성도) beside a province, 연변 (沿邊 "along": 도로 연변, 철도 연변) which
is a strong reading of 延边 elsewhere (were 成都市 and 延边朝鲜族自治州). Sentences of our own
invention; the word_uses table's examples run here too."""
import tomllib

import pytest

from pipeline.places import find_places
from pipeline.places.translit import DATA

WORD_USES = tomllib.loads((DATA / "ambiguous.toml").read_text(encoding="utf-8"))["word_uses"]


@pytest.mark.parametrize("text", [
    "쓰촨성 선교 여행에 성도 20명이 참가했다.",
    "성도 여러분께 알립니다. 쓰촨성 선교 여행 일정입니다.",
    "도로 연변의 상가는 임대료가 올랐다.",
    "지린성 철도 연변 지역의 개발 계획",
] + WORD_USES["no"])
def test_an_ordinary_word_is_no_row(gaz, text):
    assert [m.surface for m in find_places(text, gaz) if m.surface in ("성도", "연변")] == []


@pytest.mark.parametrize("case", WORD_USES["yes"] + [
    {"text": "쓰촨성의 중심 도시인 성도(成都)에 선교사 기념관이 있다.", "surface": "성도"},
    {"text": "중국 연변의 조선족 인구는 줄었다.", "surface": "연변"},
])
def test_the_place_is_still_found(gaz, case):
    assert case["surface"] in [m.surface for m in find_places(case["text"], gaz)]
