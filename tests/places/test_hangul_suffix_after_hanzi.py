"""A name in Han script with its administrative suffix in Hangul is one mention, suffix
attached (contract: a mention covers its attached suffix); never a suffix that begins a
longer Hangul word. Examples of our own invention."""
import pytest

from pipeline.api import extract_text


@pytest.mark.parametrize("text, surface, name_zh", [
    ("江蘇省 蘇州시의 공업단지가 문을 열었다.", "蘇州시", "苏州市"),
    ("天津시 당국은 투자 유치를 발표했다.", "天津시", "天津市"),
    ("浦東신구에 진출한 한국 기업이 늘었다.", "浦東신구", "浦东新区"),
    ("廣東성과 福建성이 협약을 맺었다.", "廣東성", "广东省"),
    ("延邊자치주는 관광객 유치에 나섰다.", "延邊자치주", "延边朝鲜族自治州"),
])
def test_hangul_suffix_is_part_of_the_surface(text: str, surface: str, name_zh: str) -> None:
    place = next(p for p in extract_text(text).places if p.name_zh == name_zh)
    assert place.surface == surface
    assert text[place.start:place.end] == surface


@pytest.mark.parametrize("text, surface", [
    ("天津시정부는 새 계획을 내놓았다.", "天津"),      # 시정부: the city government, a word of its own
    ("天津 시민들이 모였다.", "天津"),                 # spaced: no suffix attached
    ("蘇州市의 공업단지", "蘇州市"),                   # the suffix already in Han script
])
def test_no_suffix_taken_from_a_longer_word(text: str, surface: str) -> None:
    assert extract_text(text).places[0].surface == surface
