"""Adversarial pass 7 (adv7-facts): a liquor's strength in a sentence about the weather was read
as a temperature (52도 바이주 -> 52 celsius at 69dc49e); the weather's own 도 stays."""
import pytest

from pipeline.api import extract_text


def rows(text):
    return [(f.surface, str(f.value), f.unit) for f in extract_text(text).facts]


@pytest.mark.parametrize("text, expected", [
    ("폭염이 이어지자 52도 바이주 판매가 20% 줄었다.", [("20%", "20", "percent")]),
    ("한파 속에 바이주 52도 한 병이 팔렸다.", []),
    ("폭염에 40도짜리 술 판매가 줄었다.", []),
    ("기온이 35도로 올라 소주 판매가 늘었다.", [("35도", "35", "celsius")]),
    ("폭염 속 기온은 40도까지 올라 술 판매가 늘었다.", [("40도", "40", "celsius")]),
])
def test_a_liquors_strength_is_no_temperature(text, expected):
    assert rows(text) == expected
