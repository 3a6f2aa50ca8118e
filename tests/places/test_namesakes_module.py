"""pipeline/places/namesakes.py: the Korean-namesake questions moved out of the matcher.
named_otherwise_since answers from an index (NamedSince), so one huge paragraph with many
mentions of a shared reading stays linear. Counted in steps, never timed."""
from pipeline.places import find_places, namesakes
from pipeline.places.namesakes import NamedSince
from tests.complexity import growth

# 광저우 names 广州 on the page; each paragraph then holds 광둥성 and bare 광주 again and again,
# so every 광주 asks whether its paragraph named 广州 otherwise since its start. The old walk
# back over every earlier mention of the paragraph did 1,320 steps for 10 units, 19,680 for 40.
HEAD = "광저우는 크다.\n"
UNIT = "광둥성 이야기다. 광주 시민이 왔다. 광주 시민이 갔다. "


def test_one_huge_paragraph_takes_linear_steps(gaz):
    make = lambda n: lambda: find_places(HEAD + UNIT * n + "\n", gaz)
    assert growth(make, [namesakes.__file__], 10) < 5


def test_the_index_answers_as_the_walk_back_did():
    since = NamedSince([0, 5, 9, 14, 20])
    since.add(1, "广州市", "광주")
    since.add(3, "广州市", "광저우")
    assert since.otherwise_between({"广州市"}, "광주", 0, 4)        # 광저우 at index 3
    assert not since.otherwise_between({"广州市"}, "광주", 0, 3)    # only 광주 itself before it
    assert since.otherwise_between({"广州市"}, "광저우", 0, 4)      # 광주 is another surface
    assert not since.otherwise_between({"上海市"}, "광주", 0, 5)    # no other place named
    assert not since.otherwise_between({"广州市"}, "광주", 4, 5)    # the scope starts after 광저우


def test_named_otherwise_since_within_its_scope_only(gaz):
    # 광둥성 광저우(廣州)시와 … 광주 대표단: the province spoke of 광저우, so 광주 is Gwangju;
    rows = find_places("광둥성 광저우(廣州)시와 광주 대표단이 만났다.", gaz)
    assert [(r.surface, r.name_zh) for r in rows] == [("광둥성", "广东省"), ("광저우", "广州市")]
