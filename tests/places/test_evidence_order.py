"""Places6 rules, each with texts it must act on and texts it must leave alone: the
nearest evidence decides a shared reading before the document does (a gloss elsewhere,
the same surface read before); the cities of a sentence point to their province; its
own city right before a county-level reading (`천주시 관할 진강`); a Korean place's reading
is not made the Chinese city by another name of it (`광주` beside `광저우`), nor `상담`
(consultation, by its listed uses) by `샹탄`; an everyday word is not confirmed from afar; a county-level
city's reading that is no word (`의오`); compound particles and the copula after a
suffix; transliterated nationalities in an autonomous area's name."""
import pytest

from pipeline.places import find_places


def _rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


@pytest.mark.parametrize("text,surface,name_zh", [
    # its city after it in the sentence, whatever the gloss above (陕西, not the glossed 山西)
    ("산시(山西)성 타이위안의 탄광은 감산했다. 반면 산시성 북부의 위린(榆林)은 증산했다.", "산시성", "陕西省"),
    # its province right before it, whatever the gloss below (苏州, not the glossed 宿州)
    ("장쑤성 쑤저우에 다녀왔다. 안후이성 쑤저우(宿州)는 다른 도시다.", "쑤저우", "苏州市"),
    ("허베이성 창저우(沧州)의 항만. 장쑤성 창저우와 혼동하지 말 것.", "창저우", "常州市"),
    # the other cities of its sentence lie in one province (Jiangsu's 泰州)
    ("저장성 남부의 타이저우는 부품 도시다.\n양저우와 난퉁 사이에 있는 타이저우는 의약 도시다.", "타이저우", "泰州市"),
    # and in its paragraph, though the page read 타이저우 as both cities before
    ("저장성 남부의 타이저우는 부품 도시다.\n양저우와 난퉁 사이의 타이저우는 의약 도시다. 이 타이저우의 단지는 넓다.",
     "이 타이저우", "泰州市"),
    # as the same surface was read before, where nothing nearer decides
    ("저장성 남부의 타이저우는 부품 도시다.\n이곳 타이저우의 업체는 납품을 시작했다.", "타이저우", "台州市"),
])
def test_the_nearest_evidence_decides_a_shared_reading(gaz, text, surface, name_zh):
    if surface.startswith("이 "):                    # the mention after 이, not the others
        at = text.index(surface) + 2
        assert [m.name_zh for m in find_places(text, gaz) if m.start == at] == [name_zh]
    else:
        assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text,surface", [
    # both candidates named in its sentence: nothing farther away decides it
    ("저장성 남부의 타이저우는 부품 도시다.\n台州와 泰州는 한국어로 모두 타이저우여서 혼동된다.", "타이저우"),
    # a count before it: it names both (두 산시성), whatever the gloss below
    ("석탄 주산지 두 산시성, 감산과 증산 엇갈려\n산시(山西)성 타이위안의 탄광은 감산했다.", "산시성"),
    # read as two places before: the document does not decide it any more
    ("안후이성 북부 쑤저우의 물류 단지. 장쑤성의 쑤저우는 공업 도시다.\n상하이 업체는 쑤저우 현지를 둘러본다.", "쑤저우"),
])
def test_a_reading_left_undecided(gaz, text, surface):
    rows = _rows(text, gaz)
    assert [s for s, _ in rows].count(surface) == text.count(surface) - 1, rows


@pytest.mark.parametrize("text,surface,name_zh,count", [
    # its own city right before it with 관할 between: 晋江 (泉州), not the prefecture 镇江
    ("복건성 천주시 관할 진강, 석사, 남안의 공장. 진강의 신발 공장은 300곳이 넘는다.", "진강", "晋江市", 2),
    ("진강의 공장", "진강", "镇江市", 1),
    ("강소성 남경시와 진강시", "진강시", "镇江市", 1),
])
def test_its_own_city_right_before_it(gaz, text, surface, name_zh, count):
    assert _rows(text, gaz).count((surface, name_zh)) == count


@pytest.mark.parametrize("text,surface,name_zh,count", [
    # the city a list of its places starts from decides each of them, and their later mentions
    ("절강성 온주시 관할 락청, 서안의 기업인이 왔다. 서안은 부품 도시다.", "서안", "瑞安市", 2),
    ("섬서성 서안의 기업인이 왔다. 락청, 서안, 연안을 돈다.", "서안", "西安市", 2),
])
def test_a_list_under_its_own_city(gaz, text, surface, name_zh, count):
    assert _rows(text, gaz).count((surface, name_zh)) == count


@pytest.mark.parametrize("text,word", [
    ("후난성 창사 수출 상담회. 상담에 나선 바이어는 창사와 주저우, 샹탄에서 왔다. 현장 상담은 146건이었다.", "상담"),
    # a text on Korean places that writes 광저우 for Guangzhou writes 광주 for Gwangju
    ("광주광역시는 광저우시와 자매결연을 맺었다. 광주의 청년 20명은 광저우 톈허구의 창업기지를 찾는다.", "광주"),
    # with no Korean place named: 광주와 광저우 lists two places, and 광주 stands before its
    # province (a containing place before it in its sentence or paragraph would still decide)
    ("광주 기업 8곳이 광저우에 갔다.\n광주시는 광둥성 광저우시 박람회를 도왔다.\n광주와 광저우의 교류", "광주"),
    # an everyday word (다리: leg, bridge) is not confirmed by the same place named elsewhere
    ("윈난성 쿤밍, 다리, 리장을 돌았다. 호숫가를 돌았더니 다리가 뻐근했다.", "다리가"),
])
def test_a_word_reading_where_the_place_is_written_otherwise(gaz, text, word):
    start = text.index(word, text.index(".") if word == "다리가" else 0)
    hits = [m for m in find_places(text, gaz) if m.surface == word.rstrip("가") and m.start >= start]
    assert hits == [] if word != "광주" else all(m.name_zh != "广州市" for m in hits)


@pytest.mark.parametrize("text,surface,name_zh", [
    ("광둥성 광주는 화남 유통의 중심이다. 광주 기업이 광저우 바이어를 만난다.", "광주", "广州市"),   # its province right before
    ("후난성 상담시(湘潭)정부는 샹탄 공단을 넓혔다.", "상담시", "湘潭市"),                          # its suffix and gloss
    ("윈난성 쿤밍, 다리, 리장을 돌았다.", "다리", "大理白族自治州"),                              # a list of prefectures
    ("방부(蚌埠)는 안휘성 북부의 도시다. 방부의 공업용지 가격은 낮다.", "방부", "蚌埠市"),          # this reading glossed
    ("베이징과 상하이를 잇는 고속철. 북경에서 상해까지 4시간이다.", "상해", "上海市"),              # writers mix namings
    ("선전의 전자 시장. 심천에 진출한 한국 기업", "선전", "深圳市"),
])
def test_the_place_where_evidence_stands_at_it(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text,surface,name_zh", [
    ("절강성 금화시 의오를 찾아 소상품시장을 돌아보았다. 의오에서 연길까지 닷새가 걸린다.", "의오", "义乌市"),
    ("쿤밍에서 다리시까지는 고속철로 두 시간이다.", "다리시", "大理市"),
    ("다리바이족자치주의 주도는 다리시다.", "다리시", "大理市"),
    ("다리바이족자치주의 주도는 다리시다.", "다리바이족자치주", "大理白族自治州"),
])
def test_county_level_cities_and_autonomous_areas(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text,word", [
    ("의오의 공장", "의오"),                                 # nothing names its city or province
    ("석사 학위를 받고 하문에 부임했다.", "석사"),             # 石狮市's reading is a word
    ("천주시 관할 진강에는 동양 최대의 시장이 있다.", "동양"),    # 东阳市 (金华) is not this city's
])
def test_no_row_for_a_county_reading_without_evidence(gaz, text, word):
    assert word not in [s for s, _ in _rows(text, gaz)]
