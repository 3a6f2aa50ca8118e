"""Adversarial pass 6, class "same reading, two places": a shared reading right after its
own province is that province's place even when the next name in a list is the other
candidate's province (저장성 타이저우와 장쑤성 타이저우: 台州 then 泰州; was 泰州 twice, the
first read by the province after it). Sentences of our own invention."""
import pytest

from pipeline.places import find_places


@pytest.mark.parametrize("text,first,second", [
    ("저장성 타이저우와 장쑤성 타이저우는 이름이 같다.", "台州市", "泰州市"),
    ("허베이성 창저우와 장쑤성 창저우는 한글 표기가 같다.", "沧州市", "常州市"),
    ("안후이성의 쑤저우와 장쑤성의 쑤저우는 다른 도시다.", "宿州市", "苏州市"),
    ("장시성 푸저우와 푸젠성 푸저우를 혼동하면 안 된다.", "抚州市", "福州市"),
])
def test_its_own_province_right_before_wins_over_the_next_in_the_list(gaz, text, first, second):
    reading = text.split(" ")[1].rstrip("와과")
    rows = [m.name_zh for m in find_places(text, gaz) if m.surface == reading]
    assert rows == [first, second]


@pytest.mark.parametrize("text,reading", [
    # were 山西省 twice (nearby, then document)
    ("산시성과 산시성은 한글 표기가 같아 혼동된다.", "산시성"),
    ("타이저우와 타이저우를 구별해야 한다.", "타이저우"),
])
def test_a_shared_reading_listed_with_itself_is_no_row(gaz, text, reading):
    assert [m.surface for m in find_places(text, gaz) if m.surface == reading] == []
