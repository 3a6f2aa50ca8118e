"""Adversarial pass 8 on round 8's rule "a bare reading takes the place its suffixed form
was read as earlier" (푸톈구 … 푸톈: 福田区). Right after a province that holds the other
place, the bare reading is that province's (푸젠성 푸톈: 莆田市; 랴오닝성 차오양: 朝阳市), not
the district read before: the place right before decides first (wrong places, both, before
this fix). Sentences of our own invention."""
import pytest

from pipeline.places import find_places


@pytest.mark.parametrize("text,surface,name_zh", [
    ("선전시 푸톈구에 본사를 둔 A사. 푸젠성 푸톈은 신발 산업으로 유명하다.", "푸톈", "莆田市"),
    ("베이징시 차오양구 CBD. 랴오닝성 차오양은 석탄 도시다.", "차오양", "朝阳市"),
    # the rule still holds where nothing nearer decides
    ("선전시 푸톈구에 본사를 둔 A사는 푸톈 신발 공장과 거래한다. 푸젠성 정부도 지원한다.", "푸톈", "福田区"),
])
def test_the_province_right_before_decides_over_the_earlier_reading(gaz, text, surface, name_zh):
    assert [m.name_zh for m in find_places(text, gaz) if m.surface == surface] == [name_zh]
