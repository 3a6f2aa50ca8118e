"""Korean namesakes, round 10 (pipeline/places/namesakes.py): the twinning class of
namesakes.toml with its examples; 청도 on a page about 青岛 and its province; 교주 the city
only with evidence. Sentences of our own invention."""
import tomllib

import pytest

from pipeline.places import find_places
from pipeline.places.namesakes import twinning
from pipeline.places.translit import DATA

TWINNING = tomllib.loads((DATA / "namesakes.toml").read_text(encoding="utf-8"))["twinning"]


@pytest.mark.parametrize("text", TWINNING["match"])
def test_twinning_examples_match(text):
    assert twinning().search(text)


@pytest.mark.parametrize("text", TWINNING["keep"])
def test_twinning_examples_keep(text):
    assert not twinning().search(text)


def rows(text, gaz):
    return [(r.surface, r.name_zh) for r in find_places(text, gaz)]


def test_a_list_of_two_still_decides_outside_twinning(gaz):
    # (청도와 옌타이 with no twinning word: a list of Chinese cities; with one, 청도 may be 경북 청도)
    assert rows("청도와 옌타이를 잇는 고속도로가 개통했다.", gaz) == [("청도", "青岛市"), ("옌타이", "烟台市")]
    assert rows("청도와 옌타이는 자매결연 30주년을 맞았다.", gaz) == [("옌타이", "烟台市")]


def test_qingdao_on_a_page_about_its_province(gaz):
    text = ("중국 산동성의 항구 도시 청도의 물동량이 늘고 있다.\n청도 시는 교주만 서쪽 교주시에 부두를 짓고 있다.\n"
            "한국 업체들도 청도에 지사를 내고 있다. 인근 연대와 위해에도 한국 기업이 몰린다.")
    found = rows(text, gaz)
    assert found.count(("청도", "青岛市")) == 3 and ("교주시", "胶州市") in found
    assert not [s for s, _ in found if s == "교주"]            # 교주만 is the bay


def test_a_cult_leader_is_no_city(gaz):
    text = "경북 청도군의 사이비 종교 교주가 중국 산둥성 옌타이로 도피하려다 붙잡혔다. 청도 주민들은 교주의 송환에 안도했다."
    assert rows(text, gaz) == [("산둥성", "山东省"), ("옌타이", "烟台市")]


def test_jiaozhou_listed_after_its_city_and_province(gaz):
    # 교주 (胶州 or 教主, a cult's leader) is the city listed right after 청도 named after 산동성;
    # not alone, not after 청도 with no province, not as 청도의 교주 (the leader of something there)
    assert rows("한국 기업들이 산동성 청도와 교주에 공장을 세웠다.", gaz)[-1] == ("교주", "胶州市")
    for text in ["청도와 교주에 공장을 세웠다.", "산동성 청도의 교주가 체포됐다.", "교주는 신도들에게 헌금을 강요했다."]:
        assert not [s for s, _ in rows(text, gaz) if s == "교주"], text


def test_a_city_form_beside_the_korean_county_only_outside_korean_sentences(gaz):
    text = "경북 청도군 방문단이 왔다. 청도시 조선족 기업은 2,300개에 달한다."
    assert rows(text, gaz)[-1] == ("청도시", "青岛市")
    # (a sentence naming Korean places keeps its 시 form Korean: 경북 … 청도시라고 잘못 적은 안내문)
    assert rows("경북 청도군 방문단이 왔다. 경북 청도시라는 표기는 틀렸다.", gaz) == []
