"""Adversarial examples (our own invention) left for the places stage by round 7: each was a
wrong place row that looks right, a strict xfail, and is fixed since (round 8): an origin
list (광둥성과 산둥성 출신) decides nothing; a sentence opening on another topic (한편 …) takes no
reading from before; a word run on into a noun (일조시간) is the word; a national list names
a province only by naming it."""
from pipeline.places import find_places


def _rows(text, gaz):
    return [(m.surface, m.name_zh, m.match, m.start) for m in find_places(text, gaz)]


def test_chinese_students_in_gwangju(gaz):
    text = ("광주 대학가 중국인 유학생 3천명 시대\n광주 지역 대학에 재학 중인 중국인 유학생이 3,012명으로 늘었다. "
            "이들 대부분은 광둥성과 산둥성 출신이다. 광주의 한 대학 관계자는 중국 유학생들이 한 학기 생활비로 "
            "2만 위안가량을 쓴다고 말했다.")
    assert not [r for r in _rows(text, gaz) if r[0] == "광주"]


def test_kia_gwangju_plant_after_a_guangzhou_plant(gaz):
    text = ("완성차 업계, 中 공장 정리 가속\n현대차는 중국 광주 합작공장 지분을 매각했다. 매각 대금은 12억 위안이다.\n"
            "한편 기아 광주 공장은 올해 생산 목표를 50만 대로 올렸다.")
    at = text.index("기아 광주") + 3
    assert not [r for r in _rows(text, gaz) if r[3] == at]


def test_sunshine_hours_written_as_one_word(gaz):
    text = "산둥성 일조(日照)시 통계공보\n일조시의 일조시간은 연간 2,300시간이다."
    at = text.index("일조시간")
    assert not [r for r in _rows(text, gaz) if r[3] == at]


def test_a_shared_reading_in_a_national_ranking(gaz):
    text = ("2025 중국 주요 도시 수출입 (단위: 억 달러)\n도시 수출입\n상해 4,916\n심천 4,233\n소주 2,980\n"
            "푸저우 1,020\n타이저우 890")
    assert not [r for r in _rows(text, gaz) if r[0] == "타이저우"]
