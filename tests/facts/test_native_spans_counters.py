"""Native Korean words for days and counts (units.toml `word_amounts`, native counters), the
counters 기 and 동 after their nouns, a span exempted or deferred (3년 면제), a range of days
that takes that long, a range whose unit is written once on its first end, and the sign of a
rate after a label.  Values worked out by reading each text; the negatives give no row."""
import pytest

from pipeline.api import extract_text


def rows(text):
    return [(f.surface, str(f.value), str(f.value_max or ""), f.unit, f.qualifier) for f in extract_text(text).facts]


ONE = [
    # native day counts: a span where a duration word, a passing or a stay follows
    ("비자 수속에는 아흐레가 걸린다.", ("아흐레", "9", "", "day", "")),
    ("폭우가 그친 지 아흐레가 지났다.", ("아흐레", "9", "", "day", "")),
    ("출국 전 교육은 열흘 동안 진행된다.", ("열흘", "10", "", "day", "")),
    ("그는 연길에서 열흘을 머물렀다.", ("열흘", "10", "", "day", "")),
    ("행사는 열흘 넘게 이어졌다.", ("열흘", "10", "", "day", "more_than")),
    ("설비 운송에는 보름이 걸렸다.", ("보름", "15", "", "day", "")),
    ("공사는 보름 남짓 걸렸다.", ("보름", "15", "", "day", "more_than")),
    ("설치는 사흘 만에 끝났다.", ("사흘", "3", "", "day", "")),
    ("대표단은 하얼빈에서 사흘을 묵었다.", ("사흘", "3", "", "day", "")),
    ("통관에는 이틀 이상 걸린다.", ("이틀", "2", "", "day", "at_least")),
    ("통관에는 이틀은 걸린다.", ("이틀", "2", "", "day", "")),
    ("회의는 나흘 동안 열렸다.", ("나흘", "4", "", "day", "")),
    ("닷새 만에 복구됐다.", ("닷새", "5", "", "day", "")),
    ("엿새가 걸렸다.", ("엿새", "6", "", "day", "")),
    ("시험 운행은 두 달 동안 진행된다.", ("두 달", "2", "", "month", "")),
    ("석 달 만에 문을 열었다.", ("석 달", "3", "", "month", "")),
    # native counts
    ("지원 대상을 향진 두 곳으로 넓힌다.", ("두 곳", "2", "", "곳", "")),
    ("매장 다섯 개를 열었다.", ("다섯 개", "5", "", "개", "")),
    ("보세창고 두 동을 지었다.", ("두 동", "2", "", "동", "")),
    # counters 기 and 동 after their nouns
    ("풍력발전기 14기가 새로 가동되였다.", ("14기", "14", "", "기", "")),
    ("가동 중인 원전은 현재 14기이다.", ("14기", "14", "", "기", "")),
    ("원자력발전소 2기를 짓는다.", ("2기", "2", "", "기", "")),
    ("변전소 1동을 새로 지었다.", ("1동", "1", "", "동", "")),
    ("랭동창고 3동을 짓는다.", ("3동", "3", "", "동", "")),
    ("축사 3동을 새로 지었다.", ("3동", "3", "", "동", "")),
    # a span exempted, deferred or extended
    ("임대료 3년 면제", ("3년", "3", "", "year", "")),
    ("상환을 2년 유예했다.", ("2년", "2", "", "year", "")),
    ("돈을 모으려면 4년은 걸린다.", ("4년", "4", "", "year", "")),
    # ranges
    ("통관에는 3일에서 5일 정도 걸린다.", ("3일에서 5일", "3", "5", "day", "approx")),
    ("연봉은 30만 위안에서 50만 사이다.", ("30만 위안에서 50만", "300000", "500000", "CNY", "")),
    # signs after a label
    ("수출 증가율: - 3.2%", ("- 3.2%", "-3.2", "", "percent", "")),
    ("1분기-2.0%", ("-2.0%", "-2", "", "percent", "")),
]


@pytest.mark.parametrize("text, expected", ONE, ids=[t for t, _ in ONE])
def test_one_fact(text, expected):
    assert rows(text) == [expected]


NONE = [
    "하루빨리 가동하기 위해 작업한다.",     # an adverb
    "이틀째 밤샘 작업을 하고 있다.",        # the second day running: an ordinal
    "이틀 뒤 발표했다.",                   # a point in time
    "사흘 전 도착했다.",
    "보름달이 떴다.",
    "중국 동부 연안의 인건비가 오른다.",      # 동부, 동북, 동시: words
    "동북 지역 영업소를 동시 가동한다.",
    "1기 신도시 재건축",                   # a phase
    "창고 한 동의 면적은 넓다.",             # one building as a base
    "아파트 한 채 값이 올랐다.",
    "5일에서 10일 사이에 열린다.",          # two dates
    "연봉은 30만 위안에서 50 사이다.",       # 50 or 50만? no end alone is a value
    "2025년 면제 대상",                    # a year
]


@pytest.mark.parametrize("text", NONE)
def test_no_fact(text):
    assert rows(text) == []


def test_a_base_of_one_keeps_the_price():
    assert rows("러시아산 대게는 한 마리에 60원에 팔린다.") == [("60원", "60", "", "CNY", "")]
    assert rows("창고 한 동을 지었다.") == [("한 동", "1", "", "동", "")]


def test_a_days_high_and_low_are_exact():
    assert rows("하얼빈 날씨: 최저 -25도, 최고 -12도.") == [("-25도", "-25", "", "celsius", ""),
                                                    ("-12도", "-12", "", "celsius", "")]
