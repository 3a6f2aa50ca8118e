"""Round 17's place rules (sentences of our own invention; devset places17): the hanja gloss of an everyday word is
no place gloss, two county readings listed right after their province are its counties, a name between its city
and a facility word glued to it is part of the facility's name, 한커우 (汉口) is a row of Wuhan."""
import tomllib

import pytest

from pipeline.places import find_places
from pipeline.places.translit import DATA


def rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


# 안정(安定), 평화(平和): kiwi knows the reading as a word and jieba the gloss: the gloss is the word's hanja
@pytest.mark.parametrize("text", [
    "간쑤성 딩시시. 농가 소득의 안정(安定)이 무엇보다 중요하다.",
    "간쑤성 딩시시. 가격 안정(安定)을 위해 창고를 짓는다.",
    "간쑤성 딩시시. 경제가 안정(安定)적으로 자란다.",
    "한 관계자는 \"안정(安定)된 노사관계가 중요하다\"고 말했다.",
    "푸젠성 장저우시. 주민들이 평화(平和)롭게 사는 농촌.",
])
def test_the_gloss_of_an_everyday_word_is_no_place(gaz, text):
    assert [s for s, _ in rows(text, gaz) if s in ("안정", "평화")] == []


# ... but the county written with its suffix, glossed with it, or glossed after a reading that is no word, is a row
@pytest.mark.parametrize("text,want", [
    ("딩시시 안정구(安定區)에는 전분 공장이 있다.", ("안정구", "安定区")),
    ("푸젠성 장저우 평화(平和)현의 꿀유자.", ("평화", "平和县")),
    ("선전 보안(寶安)의 공장.", ("보안", "宝安区")),
])
def test_a_county_glossed_as_a_place_is_a_row(gaz, text, want):
    assert want in rows(text, gaz)


# two or more county readings listed right after their province are its counties (Foshan's 顺德, 南海)
@pytest.mark.parametrize("text", ["광둥성 순덕, 남해의 가구단지를 둘러봤다.", "광둥성 순덕·남해 가구단지 찾아",
                                  "광동성 순덕과 남해의 가구업체들."])
def test_counties_listed_after_their_province(gaz, text):
    assert [z for s, z in rows(text, gaz) if s in ("순덕", "남해")] == ["顺德区", "南海区"]


# ... and Korea's 남해 or a list after no province stays no row
@pytest.mark.parametrize("text", ["경남 남해와 순천의 펜션. 광둥성은 멀다.", "남해안 펜션용 가구를 주문했다. 광둥성은 멀다."])
def test_korean_namhae_is_no_row(gaz, text):
    assert "남해" not in [s for s, _ in rows(text, gaz)]


# a name between its city and a facility word glued to it is the facility's: the city only
@pytest.mark.parametrize("text,want", [
    ("광둥성 광주 백운공항에서 내렸다.", [("광둥성", "广东省"), ("광주", "广州市")]),
    ("광저우 바이윈공항에서 내렸다.", [("광저우", "广州市")]),
    ("청두 톈푸국제공항 일대에 정비 단지가 선다.", [("청두", "成都市")]),
    ("상하이 훙차오공항 주변의 물류단지", [("상하이", "上海市")]),
    # (round 17 changed these two: the district that names the airport is part of the airport's name)
    ("베이징 다싱국제공항", [("베이징", "北京市")]),
    ("선전시 보안국제공항", [("선전시", "深圳市")]),
])
def test_a_name_inside_an_airport_s_name(gaz, text, want):
    assert rows(text, gaz) == want


# ... a district alone before 공항, or a new area after its city, keeps its row
@pytest.mark.parametrize("text,want", [
    ("선전 난산구에 산다. 바오안 공항까지도 가깝다.", ("바오안", "宝安区")),
    ("청두 톈푸신구에 연구소를 세웠다.", ("톈푸신구", "天府新区")),
])
def test_a_district_before_an_airport_word_alone(gaz, text, want):
    assert want in rows(text, gaz)


# 한커우 (汉口) is no division: a row of the city it lies in, whatever the script
@pytest.mark.parametrize("text,surface", [("기차는 한커우역에 닿았다.", "한커우"), ("옛 지도에는 漢口라고 적혀 있었다.", "漢口"),
                                          ("무한(武漢)의 한구(漢口) 상인들", "한구"), ("우한 한커우의 상업지구", "한커우")])
def test_hankou_is_wuhan(gaz, text, surface):
    assert (surface, "武汉市") in rows(text, gaz)


# a district or county written with its suffix right after its city, as one word, is the city and the district
@pytest.mark.parametrize("text,want", [
    ("선양톄시구에 새로 생긴 한인마트", [("선양", "沈阳市"), ("톄시구", "铁西区")]),
    ("심양철서구 쪽 아파트 월세", [("심양", "沈阳市"), ("철서구", "铁西区")]),
    ("선양시톄시구 지하철역 앞", [("선양시", "沈阳市"), ("톄시구", "铁西区")]),
    ("대련금주구에도 같은 마트가 있다.", [("대련", "大连市"), ("금주구", "金州区")]),
])
def test_a_district_glued_to_its_city(gaz, text, want):
    assert rows(text, gaz) == want


# ... but a suffix starting the next word, or a district of another city glued on, stays as before
@pytest.mark.parametrize("text", ["임상시험 결과가 나왔다.", "보안구역 출입 금지", "대구동구청에서 만났다."])
def test_no_glued_district_inside_a_word(gaz, text):
    assert rows(text, gaz) == []


# 산시성 decided by a province of its sentence that borders only one of 山西 and 陕西 (same_readings.toml
# [neighbours]: its examples and its texts that give no row)
NEIGHBOURS = tomllib.loads((DATA / "same_readings.toml").read_text(encoding="utf-8"))["neighbours"]


@pytest.mark.parametrize("example", NEIGHBOURS["examples"], ids=lambda e: e["text"][:20])
def test_a_neighbouring_province_decides(gaz, example):
    assert [z for s, z in rows(example["text"], gaz) if s == example["surface"]] == [example["place"]]


@pytest.mark.parametrize("text", NEIGHBOURS["none"])
def test_no_neighbour_or_both_decides_nothing(gaz, text):
    assert "산시성" not in [s for s, _ in rows(text, gaz)]


def test_the_table_is_symmetric_between_the_two():
    # each borders the other, and a neighbour listed for one and not the other is what decides
    assert "陕西省" in NEIGHBOURS["山西省"] and "山西省" in NEIGHBOURS["陕西省"]
    assert set(NEIGHBOURS["山西省"]) ^ set(NEIGHBOURS["陕西省"]) >= {"河北省", "甘肃省", "四川省"}


# a reading the gazetteer lacks but the page glossed is the place again where it stands bare as a name
def test_a_reading_taught_by_its_gloss(gaz):
    text = "강서성 감주(贛州)시에 공장을 세운다. 광동성 업체들도 감주에 공장을 내고 있다. 감주의 인구는 900만이다."
    assert [(s, z) for s, z in rows(text, gaz) if s == "감주"] == [("감주", "赣州市")] * 3


# ... not where it takes a particle a word takes as readily (감주, sweet rice drink), nor on a page without the gloss
@pytest.mark.parametrize("text,count", [("강서성 감주(贛州)시에 공장. 식후에 감주를 한 잔 마셨다.", 1),
                                        ("감주에 공장을 세운다.", 0)])
def test_a_taught_reading_as_a_word(gaz, text, count):
    assert [s for s, _ in rows(text, gaz) if s == "감주"] == ["감주"] * count


# a county reading that needs a gloss, accepted in its paragraph by evidence at it, is the place again there
def test_a_county_said_again_in_its_paragraph(gaz):
    text = "광둥성 순덕, 남해의 가구단지를 찾았다. 순덕과 남해는 불산(佛山)시에 속한 구로, 순덕에는 도매시장이 있다."
    assert [z for s, z in rows(text, gaz) if s == "순덕"] == ["顺德区"] * 3


# ... but not an everyday word's reading, nor in another paragraph
@pytest.mark.parametrize("text,word", [("선전 보안(寶安)의 공장. 보안 검색이 강화됐다.", "보안"),
                                       ("광둥성 순덕, 남해의 가구단지.\n\n통역은 순덕이 맡았다.", "순덕")])
def test_not_said_again(gaz, text, word):
    assert len([s for s, _ in rows(text, gaz) if s == word]) == 1


# an everyday word after a comma beside one place of another province is the word (감자, potato; not 甘孜)
@pytest.mark.parametrize("text", ["간쑤성 딩시, 감자 가공단지 키운다", "딩시, 감자 농가 소득 늘어"])
def test_an_everyday_word_beside_one_place_of_another_province(gaz, text):
    assert "감자" not in [s for s, _ in rows(text, gaz)]
