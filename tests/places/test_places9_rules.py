"""Round 9 (places9): a Korean city beside a Chinese city whose name shares its reading.
A Korean regional daily writes about its own city (광주, 청주, 안동) and its sister city,
which it names by the Chinese city's transliteration, often glossed with the very hanja the
Korean reading reads (광저우(廣州), 칭저우(青州)) or by its old name glossed once (안동(安東)
for 丹东). The gloss names the Chinese city under the spelling it follows; the page's own
bare reading stays Korean. Sentences of our own invention (tests/devset/places9 has whole
pages)."""
import tomllib

import pytest

from pipeline.places import find_places
from pipeline.places.translit import DATA


def rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


# A gloss belongs to the nearest name before it: a reading two places back (광주시는 … 광저우(廣州))
# is not glossed by it, even when the gloss is its hanja.
@pytest.mark.parametrize("text,word", [
    ("광주시는 중국 광둥성 광저우(廣州)시와 자매결연 30년을 맞았다. 광주 대표단은 광저우를 찾는다.", "광주"),
    ("청주시는 산둥성 칭저우(青州)시와 우호도시 협약을 맺었다. 청주 시민들은 환영했다.", "청주"),
    ("상주시는 장쑤성 창저우(常州)시에 곶감을 수출했다. 상주 농민들은 기뻐했다.", "상주"),
])
def test_a_gloss_two_names_back_is_not_the_readings(gaz, text, word):
    found = rows(text, gaz)
    assert not [r for r in found if r[0].startswith(word)], found
    assert len([r for r in found if r[0] not in (word, word + "시")]) >= 2    # the Chinese city and its province


@pytest.mark.parametrize("text,surface,name_zh", [
    ("포두희토고신기술산업개발구(包頭稀土高新區)는 희토류 기업을 모은다.", "포두", "包头市"),   # a longer name's gloss, no place between
    ("광주시는 중국 광둥성 광저우(廣州)시와 교류한다.", "광저우", "广州市"),
    ("중국 광주(廣州)시 대표단이 왔다.", "광주", "广州市"),
])
def test_the_gloss_still_names_its_own_name(gaz, text, surface, name_zh):
    assert (surface, name_zh) in rows(text, gaz)


# A former name glossed once (안동(安東) for 丹东) on a page that names the city by today's name
# (단둥) or marks the reading as Korea's (경북 안동시) is 丹东 only where it is glossed.
def test_a_former_name_beside_todays_is_the_korean_city_elsewhere(gaz):
    text = ("경북 안동시는 중국 랴오닝성 단둥시와 협약을 맺었다. 단둥은 1965년까지 안동(安東)으로 불렸다. "
            "안동시는 단둥과 공연을 주고받는다. 안동 시민들이 단둥을 찾는다.")
    found = rows(text, gaz)
    assert [r for r in found if r[0].startswith("안동")] == [("안동", "丹东市")]
    assert found.count(("단둥", "丹东市")) == 3


def test_a_former_name_alone_is_still_repeated(gaz):   # (not before a noun: 안동 세관, _former_again)
    text = "요령성 안동(安東)시 세관은 수출입 통계를 냈다. 안동은 압록강 하구의 항구다."
    assert [r for r in rows(text, gaz) if r[0].startswith("안동")] == [("안동", "丹东市"), ("안동", "丹东市")]


# A gloss belonged to the name right before it only: 산시성 two names back is decided by its
# sentence's gloss of the same reading (산시(陕西)성), over the document's earlier 山西; its
# province right before it still decides first (장쑤성 쑤저우 after 쑤저우(宿州)).
@pytest.mark.parametrize("text,surface,name_zh", [
    ("산시성 다퉁(大同)은 관광 도시다. 산시성 북부의 위린은 산시(陕西)성의 에너지 기지다.", "산시성", "陕西省"),
    ("안후이성 북부 쑤저우는 농업 도시다. 쑤저우(宿州)시의 임금은 장쑤성 쑤저우의 절반이다.", "쑤저우", "苏州市"),
])
def test_the_same_reading_glossed_in_its_sentence(gaz, text, surface, name_zh):
    assert rows(text, gaz)[-1 if surface == "쑤저우" else 2] == (surface, name_zh)


# A Korean local institution after the reading (광주시청, 안양 시의회: vocabulary.toml
# [korean_institutions]) marks it Korea's: its bare mentions are decided only by evidence at
# them, not by a province earlier in the sentence nor by the same reading confirmed elsewhere.
@pytest.mark.parametrize("text,kept,word", [
    ("중국 광동성 광주(廣州)시 대표단이 15일 광주를 찾았다. 대표단은 광주시청에서 부시장을 만났다.",
     [("광동성", "广东省"), ("광주", "广州市")], "광주"),
    ("경기 안양시는 허난성 안양(安阳)시와 교류한다. 안양시의회는 예산을 승인했다. 안양 시민들은 환영했다.",
     [("허난성", "河南省"), ("안양", "安阳市")], "안양"),
])
def test_a_reading_marked_korean_by_an_institution(gaz, text, kept, word):
    assert rows(text, gaz) == kept


@pytest.mark.parametrize("text,surface,name_zh", [
    ("광주시청 대표단은 광동성 광주를 찾았다.", "광주", "广州市"),            # its province right before
    ("안양시의회 의원들은 허난성 정부를 찾아 정저우와 안양을 둘러봤다.", "허난성", "河南省"),
    ("광저우 시정부와 광저우 시민들", "광저우", "广州市"),                     # not a Korean place's reading
])
def test_evidence_at_the_mention_still_decides(gaz, text, surface, name_zh):
    assert (surface, name_zh) in rows(text, gaz)


# ambiguous.toml [korean_history]: a Korean place's reading glossed with hanja that are also the
# Korean place's (한양(漢陽), 광주(廣州)) in a sentence on Korean history is Korea's.
HISTORY = tomllib.loads((DATA / "ambiguous.toml").read_text(encoding="utf-8"))["korean_history"]


@pytest.mark.parametrize("text", HISTORY["no"])
def test_a_glossed_korean_place_in_korean_history_is_no_row(gaz, text):
    assert rows(text, gaz) == []


@pytest.mark.parametrize("case", HISTORY["yes"])
def test_the_glossed_place_outside_korean_history_is_found(gaz, case):
    assert case["surface"] in [s for s, _ in rows(case["text"], gaz)]
