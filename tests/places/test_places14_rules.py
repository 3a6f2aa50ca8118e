"""Round 14's place rules (sentences of our own invention): readings that are also words (하문, 교주)
with their word uses, places offered as choices (나/이나/또는/혹은), two readings named as ports,
a border zone, bays, and Hangul fillers and odd spaces in the input."""
import tomllib
import unicodedata
from pathlib import Path

import pytest

from pipeline.ingest.normalize import load_normalizer
from pipeline.places import find_places

AMBIGUOUS = tomllib.loads((Path("pipeline/places/data/ambiguous.toml")).read_text(encoding="utf-8"))


def rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


# Places offered as choices are listed: a planning-word district (市南区) or a county-level city
# that is also a word (胶州 / 敎主) with its sibling, on a page naming their city
@pytest.mark.parametrize("text,want", [
    ("청도 라오산구는 비싸요. 아이 학교 때문이라면 시남구나 황도구를 추천해요.",
     [("시남구", "市南区"), ("황도구", "黄岛区")]),
    ("칭다오 라오산구는 비싸요. 회사가 청양구 혹은 이창구라면 3호선 근처가 좋아요.",
     [("청양구", "城阳区"), ("이창구", "李沧区")]),
    ("칭다오 시내는 비싸요. 교주나 지모 쪽은 싸요.", [("교주", "胶州市"), ("지모", "即墨区")]),
    ("칭다오 시내는 비싸요. 교주 또는 지모 쪽은 싸요.", [("교주", "胶州市"), ("지모", "即墨区")]),
])
def test_places_offered_as_choices_are_a_list(gaz, text, want):
    got = rows(text, gaz)
    assert all(w in got for w in want), got


# ... but a choice between words stays words, and a planning word alone stays one
@pytest.mark.parametrize("text,absent", [
    ("칭다오 시내는 비싸요. 종교 교주나 점쟁이를 조심하세요.", "교주"),
    ("칭다오 시내는 비싸요. 시남구나 동구 같은 이름은 흔하다.", "동구"),
])
def test_a_choice_of_words_is_no_list_of_places(gaz, text, absent):
    assert absent not in [s for s, _ in rows(text, gaz)]


@pytest.mark.parametrize("case", AMBIGUOUS["city_list_examples"])
def test_two_readings_named_as_ports(gaz, case):
    assert case["surface"] in [s for s, _ in rows(case["text"], gaz)]


@pytest.mark.parametrize("text", AMBIGUOUS["city_list_no"])
def test_two_readings_named_as_cities_in_a_text_on_korea(gaz, text):
    assert "청도" not in [s for s, _ in rows(text, gaz)]


# 下問 and 下文 are 하문's word uses; on a page for Koreans in Xiamen the name is 厦门 elsewhere
def test_hamun_word_uses_beside_the_city(gaz):
    text = ("하문 한인회가 신입생을 모집한다. 학교는 하문 시내 후리구에 있다. 푸젠성의 인가를 받았다. "
            "관계자의 하문에 교장은 답했다. 하문에서 차로 한 시간 거리다. 자세한 사항은 하문(下文)의 요강을 보라.")
    got = [(m.start, m.name_zh) for m in find_places(text, gaz) if m.surface == "하문"]
    assert [z for _, z in got] == ["厦门市"] * 3
    assert text.index("하문에 교장") not in [s for s, _ in got]


# A border zone in its four scripts and short forms; bare 훈춘 stays the city
def test_hunchun_border_zone(gaz):
    text = ("지린성 훈춘변경경제합작구(珲春边境经济合作区)는 1992년에 섰다. 훈춘합작구에는 기업 12곳이 있다. "
            "훈춘시는 러시아와 맞닿아 있다. 훈춘변경합작구와 훈춘의 항구")
    assert rows(text, gaz) == [("지린성", "吉林省"), ("훈춘변경경제합작구", "珲春边境经济合作区"),
                               ("훈춘합작구", "珲春边境经济合作区"), ("훈춘시", "珲春市"),
                               ("훈춘변경합작구", "珲春边境经济合作区"), ("훈춘", "珲春市")]


# A bay is no place row (교주만 대교), even written with a Hangul filler for its space
def test_a_bay_is_no_place(gaz):
    text = load_normalizer()("칭다오 라오산구에서 교주만\u3164대교를 건넌다.")
    assert rows(text, gaz) == [("칭다오", "青岛市"), ("라오산구", "崂山区")]


# Every Unicode space separator and the Hangul fillers become a plain space
def test_spaces_and_fillers_are_plain_spaces():
    normalize = load_normalizer()
    zs = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Zs"]
    assert [hex(ord(c)) for c in zs if normalize(c) != " "] == []
    assert normalize("교주만\u3164대교\uffa0건너\u115f\u1160편") == "교주만 대교 건너  편"


# A transliteration with a swapped aspirate (장닝구 for 창닝구) is the district of the page's one city,
# only where the page names nothing of the place the spelling names as written (江宁区: 南京, 江苏)
@pytest.mark.parametrize("text,want", [
    ("경남 기업들이 상하이 장닝구에 사무소를 연다. 장닝구는 한국 기업이 많다.", [("长宁区", "aspirate")] * 2),
    ("장쑤성 난징의 장닝구에 공장을 짓는다.", [("江宁区", "transliteration")]),
    ("상하이와 난징을 오간다. 장닝구에 공장을 짓는다.", [("江宁区", "transliteration")]),
    ("상하이 공장을 닫는다. 광저우 사무소는 장닝구로 옮긴다.", [("江宁区", "transliteration")]),
])
def test_a_swapped_aspirate_in_the_pages_one_city(gaz, text, want):
    assert [(m.name_zh, m.match) for m in find_places(text, gaz) if m.surface == "장닝구"] == want


def test_swapped_spellings():
    from pipeline.places.aspirates import swapped
    assert swapped("장닝구") == ["짱닝구", "창닝구", "장닝꾸", "장닝쿠"]
    assert swapped("상하이") == ["쌍하이"] and swapped("A") == []


# A bare 난사 is Guangzhou's district; the new area with a zone word, a 新区 gloss, the new area named as
# one before it, or on a page on the new areas
@pytest.mark.parametrize("text,want", [
    ("내년에는 광저우 난사에도 사무소를 연다.", "南沙区"),
    ("광저우 난사항의 컨테이너 처리량이 늘었다.", "南沙区"),
    ("광저우 난사 개발구에 기업 12곳이 입주했다.", "南沙新区"),
    ("광저우의 난사신구는 2012년 지정됐다. 이후 난사의 물동량은 늘었다.", "南沙新区"),
    ("난사는 2012년 국가급 신구가 됐다. 광저우 난사의 항만", "南沙新区"),
    ("상하이 푸둥과 허베이성 슝안, 광저우 난사의 산업", "南沙新区"),
])
def test_bare_nansha(gaz, text, want):
    got = [m.name_zh for m in find_places(text, gaz) if m.surface == "난사"]
    assert got and set(got) == {want}, got


@pytest.mark.parametrize("text", AMBIGUOUS["datelines"]["no"])
def test_a_dateline_gives_no_place(gaz, text):
    assert rows(text, gaz) == []


@pytest.mark.parametrize("case", AMBIGUOUS["datelines"]["yes"])
def test_the_story_after_a_dateline_keeps_its_places(gaz, case):
    assert case["surface"] in [s for s, _ in rows(case["text"], gaz)]


# 싼야 (三亚) is no Korean word: kiwi's split 싸+ㄴ+야 (an adnominal ending before another ending) is
# no word form, so the reading is strong; 지난 (지나+ㄴ) stays a word
def test_sanya_is_a_name_alone(gaz):
    assert rows("싼야에서 면세점 매출이 늘었다.", gaz) == [("싼야", "三亚市")]
    assert rows("지난 3월 매출이 늘었다.", gaz) == []
