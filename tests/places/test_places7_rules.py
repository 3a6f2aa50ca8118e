"""Rules of the places7 round, with examples both ways (sentences of our own invention):
a bare reading that is also a Korean place decided by what the page is about (match
`topic`, ambiguous.toml [topic]); readings that are everyday words running on into a word
of their own or standing first in a compound; a route between two places; an autonomous
area's class word after a space; TEDA; a weaker reading inside the province its paragraph
names when a place listed with it lies there too; 中 before a name in a headline; a bare
地区 name and its seat city."""
import tomllib

import pytest

from pipeline.places import find_places
from pipeline.places.matcher import DATA

TOPIC = tomllib.loads((DATA / "ambiguous.toml").read_text(encoding="utf-8"))["topic"]


def _rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


@pytest.mark.parametrize("case", TOPIC["yes"], ids=lambda c: c["text"][:20])
def test_topic_reads_the_city(gaz, case):
    found = [(m.surface, m.name_zh, m.match) for m in find_places(case["text"], gaz)]
    assert (case["surface"], case["place"], "topic") in found, found


@pytest.mark.parametrize("text", TOPIC["no"], ids=lambda t: t[:20])
def test_topic_leaves_korea_s_place_korean(gaz, text):
    korean = {"청도", "광주", "태안"}
    assert not [r for r in _rows(text, gaz) if r[0] in korean]


@pytest.mark.parametrize("text,word", [
    ("복건성 천주(泉州)는 항구다. 천주의 시가지에는 천주교 성당이 있다.", "천주교"),
    ("복건성 천주(泉州)는 항구다. 안내인은 천주님께 기도한다.", "천주님"),
    ("산둥성 르자오시는 딸기 하우스를 짓는다. 일조량이 많은 경사지가 대상이다.", "일조량"),
    ("산둥성 르자오와 옌타이는 겨울철 일조 시간이 길다.", "일조 시간"),
    ("산동성 연대(煙臺)의 사과. 조합원들은 대출에 연대 보증을 선다.", "연대 보증"),
    ("산동성 연대(煙臺)의 사과. 농가끼리 연대하지 않으면 협상할 수 없다.", "연대하지"),
])
def test_a_word_is_no_place_where_the_place_is_named(gaz, text, word):
    at = text.index(word)
    assert not any(m.start == at for m in find_places(text, gaz)), _rows(text, gaz)


@pytest.mark.parametrize("text,surface,name_zh", [
    ("서안은 관광도시다. 섬서성 서안(西安)에는 서안교통대가 있다.", "서안", "西安市"),     # a name in a compound
    ("훈춘시는 국경무역을 늘린다. 훈춘통상구를 거친 수출입액이 늘었다.", "훈춘", "珲春市"),
    ("신장 카스지구와 카스시. 카스 공항에 내리자 모래 바람이 불었다.", "카스", "喀什地区"),
    ("홍콩 증시. 한 홍콩계 기업은 샤먼 공장을 늘렸다.", "홍콩", "香港特别行政区"),
])
def test_a_name_in_a_compound_or_before_a_place_noun_stays(gaz, text, surface, name_zh):
    rows = find_places(text, gaz)
    assert any(m.surface == surface and m.name_zh == name_zh and m.start > text.index(".") for m in rows)


@pytest.mark.parametrize("text,surface,name_zh", [
    ("복건성 천주(泉州)는 항구다. 천주에서 하문까지는 고속철로 40분이 걸린다.", "하문", "厦门市"),
    ("하문에서 천주로 옮겼다. 천주(泉州)는 항구다.", "하문", "厦门市"),
])
def test_a_route_from_a_place_names_a_place(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


def test_a_route_needs_a_chinese_place_at_its_other_end(gaz):
    assert _rows("서울에서 광주까지 KTX로 갔다.", gaz) == []


@pytest.mark.parametrize("text,rows", [
    ("광시 자치구는 베트남과 국경을 맞댄다.", [("광시", "广西壮族自治区")]),
    ("신장 이리 자치주의 초원", [("신장", "新疆维吾尔自治区"), ("이리", "伊犁哈萨克自治州")]),
    ("신장 이리 카자흐자치주의 초원", [("신장", "新疆维吾尔自治区"), ("이리 카자흐자치주", "伊犁哈萨克自治州")]),
    ("광시좡족 자치구 정부", [("광시좡족 자치구", "广西壮族自治区")]),
])
def test_an_autonomous_area_s_class_word_after_a_space_is_no_part_of_it(gaz, text, rows):
    assert _rows(text, gaz) == rows


@pytest.mark.parametrize("text,surface", [
    ("천진경제기술개발구는 외자 유치액이 늘었다.", "천진경제기술개발구"),
    ("1984년 문을 연 천진 경제기술개발구에는 기업이 있다.", "천진 경제기술개발구"),
    ("톈진경제기술개발구(TEDA)의 자동차 공장", "톈진경제기술개발구"),
])
def test_teda_is_its_own_row(gaz, text, surface):
    assert _rows(text, gaz) == [(surface, "天津经济技术开发区")]


@pytest.mark.parametrize("text,surface,name_zh", [
    ("광시 자치구는 변경 지역이다. 핑샹과 둥싱의 통상구를 거친 교역이 늘었다.", "핑샹", "凭祥市"),
    ("충칭시 대표단이 우시를 방문해 반도체 기업을 둘러봤다.", "우시", "无锡市"),      # nothing listed with it
    ("장시성은 도자기를 알린다. 핑샹의 석탄 산업도 컸다.", "핑샹", "萍乡市"),
])
def test_a_weaker_reading_of_the_paragraph_s_province_needs_a_listed_kin(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text,rows", [
    ("화장품 업체, 中 광주 공장 증설", [("광주", "广州市")]),
    ("청도군, 中 칭다오시와 우호교류 협약", [("칭다오시", "青岛市")]),
])
def test_zhong_before_a_name_is_china(gaz, text, rows):
    assert _rows(text, gaz) == rows


@pytest.mark.parametrize("text,rows", [
    ("신장 남부 여행: 카스시 외곽의 가축 시장, 카스지구의 산악 마을",
     [("신장", "新疆维吾尔自治区"), ("카스시", "喀什市"), ("카스지구", "喀什地区")]),
    ("신장 아커쑤를 거쳐 허톈으로 갔다.", [("신장", "新疆维吾尔自治区"), ("아커쑤", "阿克苏地区"), ("허톈", "和田地区")]),
])
def test_a_bare_prefecture_name_is_the_prefecture_and_its_seat_city_has_its_suffix(gaz, text, rows):
    assert _rows(text, gaz) == rows


def test_a_beer_is_no_place(gaz):
    assert ("카스", "喀什地区") not in _rows("신장 카스시의 식당에서 카스 한 병을 마셨다.", gaz)


@pytest.mark.parametrize("text,rows", [
    ("개발구 관리위원회는 대련과 청도의 개발구보다 토지 사용료가 낮다고 본다.", [("대련", "大连市"), ("청도", "青岛市")]),
    ("태권도 대련과 청도의 경기", []),
])
def test_two_cities_readings_before_a_zone_word(gaz, text, rows):
    assert _rows(text, gaz) == rows


def test_a_reading_in_a_column_of_places_is_a_name_below_it(gaz):
    text = ("중국 항만도시 처리량 (만TEU)\n\n도시      처리량\n상해      4,916\n영파      3,530\n심천      2,988\n"
            "청도      2,875\n천진      2,217\n하문      1,255\n대련        500\n\n"
            "청도는 산동성의 최대 항만이다. 하문은 대만 교역의 창구다.")
    assert _rows(text, gaz).count(("하문", "厦门市")) == 2


@pytest.mark.parametrize("text,rows", [
    # the 조선어 norm (래년) says the text comes from Korean-language media in China
    ("청도시 상무국은 래년에 한국 상품 전시회를 연다. 청도의 한국 기업은 600곳이다.",
     [("청도시", "青岛市", "topic"), ("청도", "青岛市", "topic")]),
    ("래년 봄 경북 청도의 반시 축제. 청도 농가는 기대했다.", []),
    ("광주시와 지역 산업진흥원은 기업을 모집했다. 중국 바이어 80명이 왔다. 100위안.", []),
])
def test_topic_in_the_joseon_norm_and_with_the_city_suffix(gaz, text, rows):
    assert [(m.surface, m.name_zh, m.match) for m in find_places(text, gaz)] == rows
