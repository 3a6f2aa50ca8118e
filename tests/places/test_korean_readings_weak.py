"""The whole list of Korean places (pipeline/places/data/korean_places.txt: South Korea's cities,
counties and provinces as Korean writing names them, with the 시 forms that are Korean cities)
crossed with the gazetteer: a Korean place's name is never a strong reading of a Chinese place,
so a bare match needs evidence (안양 安阳, 안산 鞍山, 광주 广州, 청도 青岛, 양주 扬州, 태안 泰安, 하남
河南, 강서 江西 …). A strong one would make every Korean mention a Chinese row: the wrong value
that looks right."""
from pipeline.places import find_places


def test_no_korean_place_is_a_strong_chinese_reading(gaz):
    strong = [(w, c.place.name_zh) for w in sorted(gaz.korean_places) for c in gaz.korean.get(w, ())
              if c.strength == "strong"]
    assert strong == []


def test_the_shared_names_are_many_and_each_needs_evidence(gaz):
    shared = sorted(w for w in gaz.korean_places
                    if any(c.strength == "weak" for c in gaz.korean.get(w, ())))
    assert len(shared) >= 50 and {"안양", "안산", "광주", "청도", "양주", "태안", "하남", "강서"} <= set(shared)
    # alone in a sentence on Korea, none of them is a row
    for w in shared:
        text = f"올해 {w} 지역 축제에 관광객이 몰렸다. 서울과 부산에서도 손님이 왔다."
        assert [m.surface for m in find_places(text, gaz) if m.surface.startswith(w)] == [], w
