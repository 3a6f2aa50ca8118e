"""Adversarial pass 8 on round 8's new spellings: Korean words and names equal to a new
`ong` alias or a new curated name. 동강 (the river of 영월 and 정선, 동강 래프팅) was read
东港市 once the text named 랴오닝성 anywhere; 쿠차 (a Korean shopping app) and 참도
(참 + 도: 참도 열심히, and 眞道 glossed) were strong curated names of 库车市 and 昌都市, a
row on any page; 공이 (공 + 이: the ball) and 이두 (吏讀, the old Korean script), new
readings of 巩义市 and 宜都市, were rows in a text naming their province. 동강, 공이 and 이두
are now in korean_words.txt (a bare match needs evidence); 东港 is still found with it. 쿠차 was left
strong: made weak, the curated example 신장 쿠차 (신장 is a weak reading itself) loses it. 참도 was
left strong too until round 11, when it became an ambiguous.toml reading (weak, but decided by its
sentence like 서안 or 장사: 티베트 동부 참도 keeps it). Sentences of our own invention."""
import tomllib

import pytest

from pipeline.places import find_places
from pipeline.places.translit import DATA


@pytest.mark.parametrize("text,word", [
    ("강원 정선의 동강은 한국의 대표적인 생태 하천이다. 한편 중국 랴오닝성 단둥은 북한과 마주한다.", "동강"),
    ("동강은 영월과 정선을 흐른다. 랴오닝성 단둥시와 교류 협정을 맺었다.", "동강"),
    ("허난성 정저우에서 열린 친선 경기. 후반 20분 공이 골대를 맞고 튀어나왔다.", "공이"),
    ("조선 시대 이두 문서를 연구하는 학자들이 후베이성 이창시를 찾았다.", "이두"),
])
def test_the_korean_word_is_no_row(gaz, text, word):
    assert [m.name_zh for m in find_places(text, gaz) if m.surface == word] == []


@pytest.mark.parametrize("text,surface,name_zh", [
    ("랴오닝성 동강시는 단둥시가 관할하는 현급시다.", "동강시", "东港市"),
    ("단둥시 동강(东港) 항구의 물동량이 늘었다.", "동강", "东港市"),
    ("랴오닝성 단둥, 동강, 좡허 등 연해 도시들이 협력한다.", "동강", "东港市"),
    ("신장 쿠차의 석유 기지", "쿠차", "库车市"),
    ("투르판, 쿠차, 카슈가르를 잇는 실크로드 여행 상품.", "쿠차", "库车市"),
])
def test_the_place_is_still_found(gaz, text, surface, name_zh):
    assert (surface, name_zh) in [(m.surface, m.name_zh) for m in find_places(text, gaz)]


# (fixed in round 9: a name right before 앱/어플 is an app's, ambiguous.toml [word_uses])
def test_a_korean_app_named_kucha_is_no_row(gaz):
    assert [m.name_zh for m in find_places("쿠차 앱에서 할인 쿠폰을 받았다.", gaz)] == []


# (fixed in round 11: 참도 is an ambiguous.toml reading, so a bare match needs evidence; 티베트 동부
# 참도 keeps it by its sentence, and 참도(眞道) is glossed with another thing)
@pytest.mark.parametrize("text", ["그는 참도 열심히 일했다. 베이징 지사로 발령났다.", "동양 철학에서 참도(眞道)란 무엇인가."])
def test_champ_do_the_word_is_no_row(gaz, text):
    assert [m.name_zh for m in find_places(text, gaz) if m.surface == "참도"] == []


# A district's short reading used as a person's name before a title, in a text naming
# the district's city (ambiguous.toml [person_titles]; its examples run here).
PERSON_TITLES = tomllib.loads((DATA / "ambiguous.toml").read_text(encoding="utf-8"))["person_titles"]


@pytest.mark.parametrize("case", PERSON_TITLES["no"])
def test_a_name_before_a_title_is_no_row(gaz, case):
    assert case["surface"] not in [m.surface for m in find_places(case["text"], gaz)]


@pytest.mark.parametrize("case", PERSON_TITLES["yes"])
def test_the_district_without_a_title_is_found(gaz, case):
    assert case["surface"] in [m.surface for m in find_places(case["text"], gaz)]


@pytest.mark.parametrize("text,surface", [
    ("상하이 대표 기업들이 참가했다.", "상하이"),       # a strong name is never vetoed
    ("중국 광주 사장님들의 모임", "광주"),              # 사장님들: the title runs on, no name before it
])
def test_titles_leave_strong_and_context_names(gaz, text, surface):
    assert surface in [m.surface for m in find_places(text, gaz)]
