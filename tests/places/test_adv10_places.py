"""Adversarial review of round 10's places (adv10-places): inputs of our own invention that
attack the same readings decided by the page. A gloss the sentence negates (타이저우(泰州)가
아니라 …, 타이저우(泰州)로 오해받지만 …) names the place the page is NOT about: like a contrast it
decides its own mention only, never the page's other mentions."""
import pytest

from pipeline.places import find_places


def rows(text, gaz, surface):
    return [(r.name_zh, r.match) for r in find_places(text, gaz) if r.surface == surface]


def test_a_gloss_negated_with_anira_decides_nothing_else(gaz):
    text = ("타이저우 부품 산업\n\n"
            "이곳은 타이저우(泰州)가 아니라 저장성 남부의 타이저우다. 린하이와 원링에 공장이 모여 있다.\n"
            "타이저우 시정부는 올해 부품 수출이 12% 늘었다고 밝혔다.")
    got = [z for z, _ in rows(text, gaz, "타이저우")]
    assert got.count("泰州市") == 1, got          # only the mention glossed 泰州 itself
    assert "台州市" in got


MISTAKEN = ("타이저우의 부품 산업\n\n"
            "흔히 장쑤성 타이저우(泰州)로 오해받지만 이 기사의 타이저우는 저장성의 타이저우다.\n"
            "타이저우 시정부는 올해 부품 수출이 12% 늘었다고 밝혔다. 린하이와 원링의 기업 300곳이 참가했다.")


def test_a_gloss_of_a_mistaken_identity_decides_nothing_else(gaz):
    got = [r.name_zh for r in find_places(MISTAKEN, gaz) if r.surface == "타이저우"]
    assert got[0] == "台州市" and got[-1] == "台州市", got       # the title, the bare mention after


# (fixed in round 11: the place right before a contrast's gloss is no containing place, matcher._resolve_all)
def test_the_mistaken_province_decides_no_mention_of_its_sentence(gaz):
    got = [r for r in find_places(MISTAKEN, gaz) if r.surface == "타이저우"]
    assert "泰州市" not in [r.name_zh for r in got if r.start == MISTAKEN.index("이 기사의 ") + 6]


def test_one_long_sentence_of_shared_readings_takes_linear_steps(gaz):
    # a statistical bulletin's PDF text: a long list of shared readings with no full stop
    from pipeline.places import matcher, same_reading
    from tests.complexity import growth
    unit = "산시성, 쑤저우, 푸저우, 타이저우, "
    make = lambda n: lambda: find_places("산시성 통계 공보\n\n" + unit * n + "끝.", gaz)
    assert growth(make, [matcher.__file__, same_reading.__file__], 20) < 5


# (fixed in round 11: a reading with 도 'also' after it is not decided by a place inside a candidate)
def test_a_city_in_the_sentence_does_not_overturn_the_page_s_gloss(gaz):
    text = ("산시성(山西省) 진출 가이드\n\n산시성은 석탄 대성이다. 산시성 타이위안에 한국 기업 5곳이 있다. "
            "시안에 있는 한국 총영사관이 산시성도 관할한다.")
    assert "陕西省" not in [z for z, _ in rows(text, gaz, "산시성")]


def test_the_province_of_a_contrast_s_gloss_is_no_province_of_the_page(gaz):
    # a WeChat article translated into Korean: Fujian's 푸저우 throughout, and one warning
    # against Jiangxi's 抚州; 장시성 in that warning says nothing of the page's 푸저우 (were 抚州)
    text = ("푸저우 맛집 10선\n\n푸저우 사람들은 어완(鱼丸)을 즐긴다. 푸저우 삼방칠항 거리에는 노점이 많다. "
            "장시성 푸저우(抚州)와 헷갈리지 말자. 민장 강변 야시장도 추천한다.")
    got = [z for z, _ in rows(text, gaz, "푸저우")]
    assert got[-1] == "抚州市" and "抚州市" not in got[:-1], got


# (fixed in round 11: a destination is no containing place nor a province of the page,
# vocabulary.toml [destination_after])
def test_a_destination_province_is_not_the_place_left(gaz):
    # a firm's notice: its 쑤저우 plant moves to 안후이성 (허페이), so 쑤저우 is not Anhui's 宿州
    text = ("쑤저우 공장 이전 안내\n\n당사 쑤저우 공장은 내년 안후이성으로 이전합니다. "
            "쑤저우(宿州)가 아닌 허페이로 갑니다. 쑤저우 공장 직원 200명은 전원 고용 승계됩니다.")
    got = [z for z, _ in rows(text, gaz, "쑤저우")]
    assert got.count("宿州市") == 1, got
