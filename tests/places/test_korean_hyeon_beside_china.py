"""Korea had its own 현 of the same readings as China's former counties and districts
(전라도 용담현, 평안도 용강현, 조선 시대 대흥현), as Japan's prefectures read in Sino-Korean
(일본 정강현 静冈). A Chinese province named elsewhere in the
text (a 조선족 family's migration, a sister-city visit) does not make them Chinese; and
령하, the 조선어 spelling of 零下 (below zero), is no 宁夏 before a temperature.
Found by the adv5-facts adversarial check; inputs invented."""
import pytest

from pipeline.places import find_places


def _rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


@pytest.mark.parametrize("text,word", [
    ("김씨 일가는 1938년 전라도 용담현에서 길림성 교하로 이주했다.", "용담현"),          # not 龙潭区 (Jilin)
    ("리씨의 조상은 평안도 용강현 출신으로 광동성 심수에 정착했다.", "용강현"),          # not 龙岗区 nor 榕江县
    ("그의 고향은 황해도 강령현이며, 1950년대 강소성 남경에서 유학했다.", "강령현"),     # not 江宁区
    ("료녕성 호로도에서 온 연구자는 충청도 연산현의 향교를 조사했다.", "연산현"),        # not 连山区
    ("충청도 청산현은 조선 시대의 고을이다. 후베이성과의 교류도 깊다.", "청산현"),       # not 青山区
    ("베이징시 대표단이 예산군을 찾았다. 예산군 대흥면은 조선 시대 대흥현의 관아가 있던 곳이다.", "대흥현"),
    ("일본 정강현의 전자기업이 강소성 소주에 공장을 세웠다.", "정강현"),             # 静冈 (Japan), not 靖江市
    ("일본 강산현 출신 기업인이 절강성 항주를 찾았다.", "강산현"),                  # 冈山 (Japan), not 江山市
    ("연길의 아침 기온은 령하 18도였다.", "령하"),
    ("모허의 기온은 령하 35도에서 령하 40도 사이였다.", "령하"),
])
def test_a_korean_hyeon_or_below_zero_is_no_chinese_place(gaz, text, word):
    assert word not in [s for s, _ in _rows(text, gaz)]


@pytest.mark.parametrize("text,surface,name_zh", [
    ("길림성 길림시 룡담현의 화학 공장", "룡담현", "龙潭区"),                  # no Korean province before it
    ("경상북도 대표단은 절강성 의오현의 소상품 시장을 찾았다.", "의오현", "义乌市"),  # a Korean province elsewhere in the sentence
    ("령하회족자치구 은천시의 포도주 기업", "령하회족자치구", "宁夏回族自治区"),
    ("일본 기업들이 강소성 정강현에 공장을 세웠다.", "정강현", "靖江市"),           # 일본 not right before it
])
def test_a_chinese_hyeon_beside_korea_stays(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


SISTER_CITIES = ("중국 지방정부와의 교류 실적\n\n올해 우리 지방자치단체들의 중국 교류 실적은 다음과 같다.\n\n"
                 "한국 도시\n\n중국 도시\n\n교류 건수\n\n청주\n\n무한\n\n12\n\n광주\n\n심양\n\n8\n\n"
                 "충청북도 청주시는 호북성 무한시와 30년째 교류를 이어가고 있다.")


def test_a_full_korean_province_name_marks_a_text_on_korean_places(gaz):
    # 충청북도 (not only 충북) says the text speaks of Korean places: the Korean column's 광주
    # beside 심양 is Gwangju, not 广州
    rows = _rows(SISTER_CITIES, gaz)
    assert "광주" not in [s for s, _ in rows]
    assert ("심양", "沈阳市") in rows and ("무한시", "武汉市") in rows
