"""Round 16's place rules (sentences of our own invention): a district decided by the city right
before it though its reading is also a word reading of another county, districts before 와도/과도/로도,
a city glued to its new area, idioms and exclamations that spell a place, and Sino-Korean readings
of 于 and 沈 in Shenyang's district names."""
import pytest

from pipeline.places import find_places


def rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


# 판즈화시 동구: 东区 right after its city, though 동구 is also a word reading of Hunan's 洞口县
@pytest.mark.parametrize("text", ["쓰촨성 판즈화시 동구에 공장이 있다.", "동구는 판즈화시 동구와도 협의를 마쳤다."])
def test_a_planning_word_district_after_its_city(gaz, text):
    assert ("동구", "东区") in rows(text, gaz)


# ... and a Korean 동구 or a village entrance stays no row
@pytest.mark.parametrize("text", ["대구 동구와 북구의 업체가 참여했다.", "동구 밖 과수원길을 걸었다. 판즈화시는 멀다."])
def test_a_korean_or_word_donggu_is_no_row(gaz, text):
    assert "동구" not in [s for s, _ in rows(text, gaz)]


# 와도, 과도, 로도 are particles: the district keeps its suffix, and its city decides between namesakes
@pytest.mark.parametrize("text,want", [
    ("동구는 상하이 황푸구와도 교류를 시작했다.", ("황푸구", "黄浦区")),
    ("광저우 황푸구와도 교류를 시작했다.", ("황푸구", "黄埔区")),
    ("선양 톄시구로도 공장을 옮긴다.", ("톄시구", "铁西区")),
])
def test_a_district_before_wado(gaz, text, want):
    assert want in rows(text, gaz)


# a city glued to its new area is the city and the zone, as when spaced (충칭 량장신구)
@pytest.mark.parametrize("text,want", [
    ("충칭량장신구에 공장을 지었다.", [("충칭", "重庆市"), ("량장신구", "两江新区")]),
    ("청두톈푸신구에 공장을 지었다.", [("청두", "成都市"), ("톈푸신구", "天府新区")]),
    ("톈진빈하이신구의 물동량", [("톈진", "天津市"), ("빈하이신구", "滨海新区")]),
    ("충칭 량장신구에 공장을 지었다.", [("충칭", "重庆市"), ("량장신구", "两江新区")]),
])
def test_a_city_glued_to_its_new_area(gaz, text, want):
    assert rows(text, gaz) == want


# ... but a short name running on into a word is still the word
@pytest.mark.parametrize("text", ["강소기업 육성 예산", "장사꾼들이 모였다."])
def test_a_name_running_on_into_a_word(gaz, text):
    assert rows(text, gaz) == []


# an idiom and an exclamation that spell a place are no row; the place beside them is
@pytest.mark.parametrize("text,word,kept", [
    ("연변의 연길, 룡정, 도문에 관광마을이 생겼다. 이번 축제는 사업의 화룡점정이다.", "화룡", "연길"),
    ("선양시 심하구의 상가를 둘러봤다. 교통 체증이 정말 심하구나 싶었다.", None, "심하구"),
    ("연변의 룡정에 마을이 생겼다. 주민들은 안도의 숨을 내쉬였다.", "안도", "룡정"),
])
def test_word_uses_that_spell_a_place(gaz, text, word, kept):
    got = [s for s, _ in rows(text, gaz)]
    assert kept in got
    if word:
        assert word not in got
    else:
        assert got.count("심하구") == 1


# Shenyang's 于洪区 and 沈北新区 in their Sino-Korean readings (우홍구, 심북신구)
@pytest.mark.parametrize("text,want", [
    ("선양 외곽의 혼남구와 우홍구, 심북신구에 창고가 들어선다.",
     [("선양", "沈阳市"), ("혼남구", "浑南区"), ("우홍구", "于洪区"), ("심북신구", "沈北新区")]),
])
def test_shenyang_districts_in_sino_korean(gaz, text, want):
    assert rows(text, gaz) == want


# Korean districts whose names are the readings of Chinese districts are Korea's after a Korean city
# (성남의 중원구 too); the Chinese one is decided by its own city, also with 의 between
@pytest.mark.parametrize("text,want", [
    ("성남의 중원구는 허난성 정저우의 중원구와 이름이 같다. 정저우 중원구에는 방직 공장이 많다.",
     [("허난성", "河南省"), ("정저우", "郑州市"), ("중원구", "中原区"), ("정저우", "郑州市"), ("중원구", "中原区")]),
    ("서울 강남구와 성동구, 용산구의 아파트값이 올랐다. 난닝시 강남구는 조용하다.",
     [("난닝시", "南宁市"), ("강남구", "江南区")]),
    ("성남시 중원구와 안양시 동안구, 청주시 상당구 주민들. 무단장시 동안구와 창즈시 상당구.",
     [("무단장시", "牡丹江市"), ("동안구", "东安区"), ("창즈시", "长治市"), ("상당구", "上党区")]),
])
def test_korean_and_chinese_districts_of_one_reading(gaz, text, want):
    assert rows(text, gaz) == want


# ... but 의 joins only a name with its suffix: 쓰촨성의 성도 is the provincial capital
def test_of_before_a_bare_reading_decides_nothing(gaz):
    assert "성도" not in [s for s, _ in rows("쓰촨성의 성도 청두는 인구가 많다.", gaz)]


# readings that are words stay words where the page names the place with its suffix
@pytest.mark.parametrize("text,word", [
    ("지린성 요원시의 공장. 경호 요원 20명이 배치됐다.", "요원"),
    ("랴오닝성 신민시. 시는 신민 교육을 강조했다.", "신민"),
    ("랴오닝성 장하시. 학생들은 장하다는 칭찬을 받았다.", "장하"),
    ("천진시 정부가 발표했다. 아이들은 천진난만한 얼굴이었다.", "천진"),
    ("구이저우성 귀양시의 공장. 그는 귀양을 간 선비처럼 지냈다.", "귀양"),
    ("산둥성 임기시의 공장. 시장의 임기는 5년이다.", "임기"),
    ("산둥성 조장시의 공장. 조장 3명이 교대로 일한다.", "조장"),
])
def test_northeastern_readings_that_are_words(gaz, text, word):
    got = [s for s, _ in rows(text, gaz)]
    assert word + "시" in got and word not in got


@pytest.mark.parametrize("text,want", [
    ("산둥 임기, 조장, 유방의 물류 업체", [("산둥", "山东省"), ("임기", "临沂市"), ("조장", "枣庄市"), ("유방", "潍坊市")]),
    ("새 기술을 리용하였다. 내몽골 만주리와 하이라르의 통상구",
     [("내몽골", "内蒙古自治区"), ("만주리", "满洲里市"), ("하이라르", "海拉尔区")]),
])
def test_the_city_listed_with_its_kin(gaz, text, want):
    assert rows(text, gaz) == want


# a Korean city that reads like a Chinese one is Korea's only with its own districts (안산시 단원구);
# with a district of the Chinese namesake it is that city (was no row: any 안산시 X구 was Korea's)
@pytest.mark.parametrize("text,want", [
    ("랴오닝성 안산시 톄시구의 철강 공장", [("랴오닝성", "辽宁省"), ("안산시", "鞍山市"), ("톄시구", "铁西区")]),
    ("허난성 안양시 원펑구의 공장", [("허난성", "河南省"), ("안양시", "安阳市"), ("원펑구", "文峰区")]),
    ("경기도 안산시 단원구와 랴오닝성 안산시 톄시구", [("랴오닝성", "辽宁省"), ("안산시", "鞍山市"), ("톄시구", "铁西区")]),
    ("안양시 동안구와 청주시 흥덕구 주민들", []),
])
def test_a_korean_namesake_with_a_district(gaz, text, want):
    assert rows(text, gaz) == want
