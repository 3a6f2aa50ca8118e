"""Shared readings decided by the places around them in the sentence, then the
paragraph (match `sentence` / `paragraph`), and what must not decide them."""
import pytest

from pipeline.places import find_places


def _rows(text, gaz):
    return [(m.surface, m.name_zh, m.adcode, m.match) for m in find_places(text, gaz)]


@pytest.mark.parametrize("text,surface,adcode,match", [
    # the nearest containing place before it in the sentence, words between
    ("안후이성 북부 쑤저우에는 물류 단지가 들어선다.", "쑤저우", "341300", "sentence"),
    ("저장성 남부 해안에 자리한 타이저우는 부품 도시다.", "타이저우", "331000", "sentence"),
    # a city decides between two districts of one name (Beijing's or Nantong's 通州区)
    ("난퉁시 정부는 올해 통주구에 물류 기지를 세운다.", "통주구", "320612", "sentence"),
    # a province read two ways, decided by a city inside one of them
    ("산시성 정부가 올봄 시안 성벽의 개방 시간을 늘렸다.", "산시성", "610000", "sentence"),
    # earlier in the paragraph, when every containing place there agrees
    ("저장성은 민영경제의 본고장이다. 그중 타이저우 기업들은 공장을 늘린다.", "타이저우", "331000", "paragraph"),
    # a weak reading accepted on the same evidence
    ("광둥성의 성도인 광주는 성장했다.", "광주", "440100", "sentence"),
    # a weaker reading right after its own province, over a stronger one of another province
    ("광시 핑샹의 통관량이 늘었다.", "핑샹", "451481", "nearby"),
    ("광시의 핑샹 통관", "핑샹", "451481", "nearby"),
])
def test_decided_in_scope(gaz, text, surface, adcode, match):
    assert any(s == surface and a == adcode and m == match for s, _, a, m in _rows(text, gaz))


@pytest.mark.parametrize("text,surface,adcode", [
    ("장시성 핑샹의 석탄 생산이 줄었다.", "핑샹", "360300"),
    ("핑샹의 통관량이 늘었다.", "핑샹", "360300"),                          # level preference alone
    ("신장 우루무치의 물류 단지가 커졌다.", "우루무치", "650100"),           # its county is no rival
    ("톈진 허베이 일대에 폭우가 쏟아졌다.", "허베이", "130000"),             # never over a province
    ("톈진·허베이 일대에 폭우가 쏟아졌다.", "허베이", "130000"),
    ("충칭시 대표단이 우시를 방문해 반도체 기업을 둘러봤다.", "우시", "320200"),  # not right after it
    ("허난성 대표단이 심양을 방문했다.", "심양", "210100"),
    ("푸젠성 기업들이 난징에 공장을 세웠다.", "난징", "320100"),
])
def test_a_province_elsewhere_does_not_pull_a_place_to_its_county(gaz, text, surface, adcode):
    assert any(s == surface and a == adcode for s, _, a, _m in _rows(text, gaz))


@pytest.mark.parametrize("text,surface", [
    ("장쑤성과 저장성에 모두 타이저우라는 도시가 있다.", "타이저우"),        # listed with its rival
    ("장쑤성의 정원.\n\n안후이성 출신 기업인의 쑤저우 공장", "쑤저우"),      # where a person is from
    ("장쑤성은 의약을 키운다. 저장성은 부품을 키운다. 타이저우는 어디인가.", "타이저우"),  # the paragraph disagrees
    ("광둥성 대표단이 서울과 광주를 방문했다.", "광주"),                    # Korean places in the sentence
    ("2004년 산서성 과기청은 다이 캐스팅 기술을 지원했다.", "다이"),          # a county only by its own city
])
def test_no_row_without_one_way_evidence(gaz, text, surface):
    assert surface not in [s for s, *_ in _rows(text, gaz)]
