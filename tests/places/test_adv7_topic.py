"""Adversarial examples (our own invention) against the page's topic deciding a bare
reading that is also a Korean place (match `topic`), and against a province farther back
in the sentence deciding a reading the page marks as Korea's (청도군)."""
import pytest

from pipeline.places import find_places


def _rows(text, gaz):
    return [(m.surface, m.name_zh, m.match) for m in find_places(text, gaz)]


@pytest.mark.parametrize("text,word", [
    # a Qingdao community page (its district 청양구) on a troupe from Gwangju
    ("[청도 교민소식] 한인회 송년회 안내\n올해 송년회는 12월 20일 청양구 호텔에서 열린다. "
     "참가비는 1인 200위안이다. 이번 행사에는 광주에서 온 국악 공연단이 출연한다. "
     "공연단은 광주 시립국악단 단원 12명으로 구성됐다.", "광주"),
    # a Shenyang Korean's hometown
    ("심양 교민 김씨, 고향 사천에 장학금\n심양에서 20년째 식당을 운영하는 교민 김씨가 "
     "고향 사천의 모교에 장학금 5만 위안을 보냈다. 김씨는 사천 삼천포 출신이다.", "사천"),
    # a hometown before 교민, the community's city named later (청도 교민)
    ("광주 출신 교민 김씨의 청도 정착기\n김씨는 광주에서 대학을 마치고 2010년 청도에 왔다. "
     "청도 교민 사회에서 식당을 한다. 점심 메뉴는 35위안이다.", "광주"),
    # two bare readings of Korean places on a page of a 주재원's wife: which city is the
    # page's is not said, so neither is read by the topic
    ("주재원 가족 모임 후기\n남편 주재원 발령으로 청도에 온 지 2년이다. 친정이 있는 광주에는 "
     "1년에 한 번 간다. 비행기표는 2,000위안이다.", "광주"),
])
def test_a_community_page_reads_only_its_own_city_by_topic(gaz, text, word):
    assert not [r for r in _rows(text, gaz) if r[0] == word], _rows(text, gaz)


def test_the_community_s_city_named_after_it_is_still_read(gaz):
    text = ("광주 출신 교민 김씨의 청도 정착기\n김씨는 광주에서 대학을 마치고 2010년 청도에 왔다. "
            "청도 교민 사회에서 식당을 한다. 점심 메뉴는 35위안이다.")
    assert ("청도", "青岛市", "topic") in _rows(text, gaz)


def test_the_community_s_own_city_is_still_read(gaz):
    text = ("[청도 교민소식] 한인회 송년회 안내\n올해 송년회는 12월 20일 청양구 호텔에서 열린다. "
            "참가비는 1인 200위안이다. 청도 한인들은 광주에서 온 공연단을 맞는다.")
    assert ("청도", "青岛市", "topic") in _rows(text, gaz)


def test_a_province_far_back_in_the_sentence_does_not_make_a_marked_reading_chinese(gaz):
    # a Korean regional daily: tourists from Shandong visit 경북 청도 (청도군 below)
    text = ("중국 단체관광객 120명, 청도 소싸움 보러 온다\n중국 산둥성 여행사가 모집한 단체관광객 "
            "120명이 다음 달 청도를 찾는다. 이들은 청도 소싸움경기장을 둘러본 뒤 대구로 이동한다. "
            "청도군 관계자는 1인당 3,500위안짜리 상품이라고 밝혔다.")
    assert not [r for r in _rows(text, gaz) if r[0] == "청도"], _rows(text, gaz)
    # right after its province it is still Qingdao
    assert ("청도", "青岛市", "nearby") in _rows("경북 청도군과 산둥성 청도시는 이름이 같다. 산둥성 청도에는 "
                                                "맥주 공장이 있다.", gaz)


@pytest.mark.parametrize("text,word", [
    ("청주시와 산둥성 교류 30년\n산둥성 정부 대표단은 지난주 청주를 방문했다. 청주 시장은 만찬을 열었다.", "청주시"),
    ("광주와 광둥성의 우호 협력 20년", "광주"),
])
def test_a_korean_city_listed_with_a_chinese_province_is_a_partner_not_a_kin(gaz, text, word):
    assert not [r for r in _rows(text, gaz) if r[0] == word], _rows(text, gaz)


def test_a_province_s_reading_listed_with_provinces_stays(gaz):
    assert ("사천", "四川省", "nearby") in _rows("서남부의 사천과 운남성은 차 산지다.", gaz)
