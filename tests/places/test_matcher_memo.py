"""What the matcher remembers about runs of Han characters (Gazetteer.runs, .labelled)
changes no answer, and stays bounded."""
from pipeline.places import find_places, load_gazetteer
from pipeline.places import matcher

TEXT = "廣東省 深圳市의 투자와 上海 浦東新區, 北京大学 연구진"


def test_remembered_runs_give_the_same_places():
    fresh = find_places(TEXT, load_gazetteer())
    gaz = load_gazetteer()
    first = find_places(TEXT, gaz)
    assert {"廣東省", "深圳市"} <= set(gaz.runs)
    assert find_places(TEXT, gaz) == first == fresh
    # a run the same in both scripts takes each document's default, remembered or not
    assert [p.match for p in find_places("서울과 上海의 교역이 늘었다", gaz)] == ["hanja"]
    assert [p.match for p in find_places("上海", gaz)] == ["chinese"]


def test_remembered_runs_are_bounded(monkeypatch):
    monkeypatch.setattr(matcher, "_RUNS_KEPT", 2)
    gaz = load_gazetteer()
    for text in ("上海", "北京", "廣州", "深圳"):
        find_places(text, gaz)
    assert len(gaz.runs) <= 2
    assert [p.name_zh for p in find_places("上海", gaz)] == ["上海市"]
