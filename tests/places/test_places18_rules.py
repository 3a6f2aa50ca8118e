"""Round 18's place rules (sentences of our own invention; devset places18): a common word stays a word on a page
that names the place it spells (Kiwi's reading of its phrase, places/word_use.py), a strong name keeps its row
before a suffix of origin (대만산), an airport after its city gives the city only whatever the name between (푸둥),
a list of cities with their airports is still a list, 샤먼 is a bare name."""
import pytest

from pipeline.places import find_places


def rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


YANTAI = "연대시는 산동성의 항구 도시다. "


# the page names 烟台 by its reading with its suffix; the phrase uses the word
@pytest.mark.parametrize("text", [
    YANTAI + "수산공사는 일본 어업단체와 공동 연대를 모색했다.",
    YANTAI + "공사 측은 기술 교류로 연대를 강화하겠다고 말했다.",
    YANTAI + "시 당국은 노동자 연대와 같은 구호를 내걸지 않았다.",
    YANTAI + "회장은 교민 사회의 연대와 나눔이 중요하다고 말했다.",
    "후난성 창사시에서 박람회가 열렸다. 장사를 처음 시작한 청년 상인들도 부스를 냈다.",
    "선전시 바오안구의 물류센터. 물류센터는 보안을 강화하고 냉장 창고를 늘렸다.",
    "후난성 러우디시 신화현. 업계는 새 신화를 쓰겠다며 판매망을 넓힌다.",
])
def test_a_common_word_in_its_phrase_is_no_row(gaz, text):
    got = rows(text, gaz)
    assert [s for s, _ in got if s in ("연대", "장사", "보안", "신화")] == [], got


# ... and the same reading standing as a name on the same pages is the place
@pytest.mark.parametrize("text,want", [
    (YANTAI + "대표단은 연대에서 출발해 위해와 청도를 거쳐 귀국했다.", ("연대", "烟台市")),
    (YANTAI + "연대 항구의 어획량은 연간 12만 톤이다.", ("연대", "烟台市")),
    ("후난성 창사시에서 박람회가 열렸다. 장사에서 열린 박람회에는 40곳이 참가했다.", ("장사", "长沙市")),
    ("산둥성 칭다오와 저장성 항저우에 이어 성도 청두의 소비 시장이 상해를 앞지를 것이다.", ("상해", "上海市")),
    ("푸젠성 안시현의 차밭을 둘러봤다. 다음 날 샤먼에 다녀왔다.", ("샤먼", "厦门市")),
])
def test_the_reading_as_a_name_on_the_same_page(gaz, text, want):
    assert want in rows(text, gaz)


# a time, a relation or a compass point before a reading makes no word with it (held back from the modifier shape)
@pytest.mark.parametrize("text,want", [
    ("광둥성 선전시의 드론 업체. 한 모터 업체는 올해 선전 납품액이 크게 늘었다.", ("선전", "深圳市")),
    ("산시성 시안시에 공장이 있다. 중부의 우한과 서북의 시안도 이 경쟁에 뛰어들었다.", ("시안", "西安市")),
])
def test_a_noun_of_time_or_compass_before_a_name(gaz, text, want):
    assert want in rows(text, gaz)


# 대만산: a strong two-syllable name before a suffix of origin, style or direction is still the name
@pytest.mark.parametrize("text,want", [
    ("대만산 고산 우롱차는 같은 등급이 1,600위안을 넘는다.", ("대만", "台湾省")),
    ("홍콩산 보이차 얘기는 다음 글에서!", ("홍콩", "香港特别行政区")),
    ("대만행 페리도 여기서 뜬다.", ("대만", "台湾省")),
    ("베이징발 항공편이 끊겼다.", ("베이징", "北京市")),
])
def test_a_name_before_a_suffix_of_origin(gaz, text, want):
    assert rows(text, gaz)[:1] == [want]


# an airport or station after its city: the city only, a strong district's name between too
@pytest.mark.parametrize("text,want", [
    ("상하이 푸둥공항과 톈진 빈하이국제공항이 화물터미널을 늘린다.", [("상하이", "上海市"), ("톈진", "天津市")]),
    ("상하이 푸둥국제공항은 연간 화물 400만t을 처리한다.", [("상하이", "上海市")]),
    ("베이징 다싱국제공항 인근이 후보다.", [("베이징", "北京市")]),
    ("광둥성 선전공항에 내렸다.", [("광둥성", "广东省"), ("선전", "深圳市")]),   # a city is no airport's name
    ("푸둥공항에 내렸다.", [("푸둥", "浦东新区")]),                              # no city before: the district
])
def test_an_airport_after_its_city(gaz, text, want):
    assert rows(text, gaz) == want


# a list of cities with their airports' names between them is a list of the cities (places17's one miss)
@pytest.mark.parametrize("text,want", [
    ("상하이 훙차오공항, 광주 백운공항, 선양 타오셴공항 주변에 물류단지가 들어선다.",
     [("상하이", "上海市"), ("광주", "广州市"), ("선양", "沈阳市")]),
    ("남부에서는 광주 백운공항, 선전 바오안공항, 하문 고기공항이 경쟁한다.",
     [("광주", "广州市"), ("선전", "深圳市"), ("하문", "厦门市")]),
])
def test_a_list_broken_by_airports(gaz, text, want):
    assert rows(text, gaz) == want


def test_a_korean_airport_list_stays_korean(gaz):
    assert rows("서울 김포공항, 광주 공항, 제주 공항", gaz) == []
