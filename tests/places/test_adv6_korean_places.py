"""Adversarial pass 6, class "a Korean place read as Chinese": a reading that names a
Korean city as well as a Chinese one, right after a Korean province (충북 청주시, 경기
안양시), a Korean city with its districts (창원시 진해구, 서울 강북구) or 한국 (한국 광주),
is the Korean place, whatever Chinese places its sentence names. Sentences of our own
invention, in the shape of city-partnership news (ambiguous.toml [korean_areas])."""
import tomllib

import pytest

from pipeline.places import find_places
from pipeline.places.translit import DATA

KOREAN_AREAS = tomllib.loads((DATA / "ambiguous.toml").read_text(encoding="utf-8"))["korean_areas"]


def _rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


@pytest.mark.parametrize("text,korean", [
    # was 青州市 (sentence: 웨이팡 holds 青州)
    ("충북 청주시와 산둥성 웨이팡시는 우호 협약을 맺었다.", "청주시"),
    ("충청북도 청주시와 산둥성 웨이팡시는 우호 협약을 맺었다.", "청주시"),
    # was 安阳市 (nearby: listed with 허난성)
    ("경기 안양시와 허난성 안양시는 이름이 같아 자매결연을 했다.", "안양시"),
    # was 广州市 (sentence: 광둥성 after it)
    ("경기 광주시는 광둥성 포산시와 교류한다.", "광주시"),
    # was 鞍山市 (nearby)
    ("경기 안산시와 랴오닝성 안산시는 이름이 같다.", "안산시"),
    # was 镇海区 (Ningbo; nearby: listed with 푸젠성)
    ("창원시 진해구와 푸젠성 샤먼시의 항만 협력", "진해구"),
    # Seoul's districts, was 江北区 / 江东区 (sentence)
    ("서울 강북구와 중국 산둥성 웨이하이시는 교류를 약속했다.", "강북구"),
    ("서울시 강동구와 충칭시는 청년 교류를 약속했다.", "강동구"),
    # was 广州市 (sentence: 광둥성 after it, but marked 중국 as the other side)
    ("광주의 한 호텔에서 중국 광둥성 대표단을 맞았다.", "광주"),
    ("청주 시민들은 중국 산둥성 웨이팡시 방문단을 환영했다.", "청주"),
    # was 广州市 (document: 중국 광주 after it)
    ("한국 광주의 기아 공장과 중국 광주의 도요타 공장을 비교했다.", "광주"),
])
def test_korean_place_after_a_korean_area_is_no_row(gaz, text, korean):
    rows = _rows(text, gaz)
    at = text.index(korean)
    assert not [m for m in find_places(text, gaz) if m.start == at], rows


@pytest.mark.parametrize("text,surface,name_zh", [
    # the Chinese partner in the same sentences is still found
    ("경기 안양시와 허난성 안양시는 이름이 같아 자매결연을 했다.", "안양시", "安阳市"),
    ("경기 안산시와 랴오닝성 안산시는 이름이 같다.", "안산시", "鞍山市"),
    ("한국 광주의 기아 공장과 중국 광주의 도요타 공장을 비교했다.", "광주", "广州市"),
    # a Korean city bare before a Chinese one is a route, not an area: 인천 위해 항로
    ("산둥성 위해시 정부는 인천 위해 항로를 늘렸다.", "위해", "威海市"),
    ("광둥성 광주시 천하구의 IT 기업", "천하구", "天河区"),
    # a containing place after it, not marked 중국, still decides (Sino-Korean 광주 for 广州)
    ("광주는 광동성의 성도로 무역이 발달했다.", "광주", "广州市"),
])
def test_the_chinese_place_beside_it_stays(gaz, text, surface, name_zh):
    rows = _rows(text, gaz)
    assert (surface, name_zh) in rows, rows
    if surface == "안양시" or surface == "안산시" or surface == "광주":
        assert rows.count((surface, name_zh)) == 1, rows


@pytest.mark.parametrize("case", KOREAN_AREAS["no"])
def test_korean_areas_examples_give_no_row(gaz, case):
    at = case["text"].index(case["surface"])
    assert not [m for m in find_places(case["text"], gaz) if m.start == at]


@pytest.mark.parametrize("case", KOREAN_AREAS["yes"])
def test_korean_areas_examples_keep_chinese_places(gaz, case):
    assert (case["surface"], case["place"]) in _rows(case["text"], gaz)
