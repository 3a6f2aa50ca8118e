"""Round 11's place rules (sentences of our own invention): a bare reading shared with a Korean
place follows its running referent (namesakes.follow_running_referents), districts written only
with planning words, Sino-Korean district readings, peninsulas, institutions named after a city."""
import pytest

from pipeline.places import find_places


def rows(text, gaz, surface=None):
    return [(m.surface, m.name_zh, m.match) for m in find_places(text, gaz) if surface in (None, m.surface)]


# A running referent: after the Chinese city decided by evidence at it, in an earlier sentence
RUNNING = [
    ("중국 허난성(河南省) 안양(安陽)시에 공장을 짓는다. 회사는 안양시 정부와 협약을 맺었다. "
     "연구는 경기 안양시에 있는 연구소가 맡는다.", "안양시", 1),
    ("허난성 안양시에 공장이 선다. 안양시는 옛 도읍이다.", "안양시", 2),
    ("랴오닝성 안산(鞍山)시의 철강 기업이 왔다. 안산시 대표단은 사흘 머문다.", "안산시", 1),
]


@pytest.mark.parametrize("text,surface,n", RUNNING)
def test_a_bare_reading_follows_its_running_referent(gaz, text, surface, n):
    got = [z for s, z, _ in rows(text, gaz, surface)]
    assert len(got) == n and len(set(got)) == 1, got


def test_the_running_referent_is_named_in_match(gaz):
    text = RUNNING[0][0]
    assert ("안양시", "安阳市", "running") in rows(text, gaz)


# Split evidence: the page marked the reading as Korea's before the bare mention, or the bare
# mention shares its sentence with its antecedent, or it stands beside another Korean place
@pytest.mark.parametrize("text,surface", [
    ("경기 안양시는 허난성 안양(安阳)시와 교류한다. 안양시는 탐방단을 보낸다.", "안양시"),
    ("한국의 안산과 중국의 안산은 다르다. 중국 안산시는 철강 도시다. 안산 기업들은 부품을 판다.", "안산"),
    ("중국 광동성 광주(廣州)시 대표단이 15일 광주를 찾았다.", "광주"),
    ("허난성 안양시와 교류한다. 안양과 상주는 교류를 준비한다.", "안양"),
    ("허난성 안양(安陽)시에 공장을 짓는다. 한편 안양시 본사는 이전한다.", "안양시"),
])
def test_no_running_referent_where_the_evidence_is_split(gaz, text, surface):
    assert [r for r in rows(text, gaz, surface) if r[2] == "running"] == []


def test_a_korean_mark_after_the_bare_mentions_does_not_undo_them(gaz):
    text = RUNNING[0][0]
    assert [s for s, _z, _m in rows(text, gaz)].count("안양시") == 1       # 경기 안양시: no row


# A district written only with planning words (市南区, 스난구) that no other city has, listed with
# or routed from a district of its own city the document names; 신성구 (in many cities) is not so
@pytest.mark.parametrize("text", ["청도 지하철이 개통했다. 황다오구와 스난구를 잇는다.",
                                  "칭다오 새 노선은 황다오구에서 스난구까지 간다."])
def test_a_unique_planning_word_district_listed_with_its_sibling(gaz, text):
    assert ("스난구", "市南区") in [(s, z) for s, z, _ in rows(text, gaz)]


@pytest.mark.parametrize("text", ["슝안신구는 기보구와 신성구로 나뉜다.", "스난구 주민 대표", "도시 동구와 서구를 잇는 다리"])
def test_a_planning_word_district_alone_is_no_row(gaz, text):
    assert [r for r in rows(text, gaz) if r[0] in ("신성구", "스난구", "동구", "서구")] == []


# Sino-Korean readings of districts (禺 is read 우 in Korean writing as well as 옹)
@pytest.mark.parametrize("text,surface,name_zh", [
    ("광둥성 광저우시 번우구에 물류센터를 연다.", "번우구", "番禺区"),
    ("광저우 판위구의 공장", "판위구", "番禺区"),
    ("장삼각과 주삼각의 공장이 내륙으로 간다.", "주삼각", "珠江三角洲"),
])
def test_district_and_region_readings(gaz, text, surface, name_zh):
    assert (surface, name_zh) in [(s, z) for s, z, _ in rows(text, gaz)]


# A peninsula is no place, and its name neither the province nor a city
@pytest.mark.parametrize("text", ["공항은 산둥반도 전체의 관문이다.", "랴오둥 반도의 항구들", "자오둥반도의 끝",
                                  "山东半岛城市群的发展"])
def test_a_peninsula_is_no_place(gaz, text):
    assert rows(text, gaz) == []


def test_a_city_beside_a_peninsula_and_before_its_airport_is_found(gaz):
    text = "산둥성 칭다오 자오둥(膠東)국제공항은 자오둥반도의 옌타이와 웨이하이도 잇는다."
    assert [(s, z) for s, z, _ in rows(text, gaz)] == [("산둥성", "山东省"), ("칭다오", "青岛市"),
                                                      ("옌타이", "烟台市"), ("웨이하이", "威海市")]


# A reading whose word uses are all listed (bare_name), outside them, on a page on China
def test_a_bare_name_outside_its_word_uses(gaz):
    text = ("부산은행은 칭다오 지점을 유지한다. 광주은행은 광둥성 광저우 사무소를 닫는다. "
            "대구은행은 선양 사무소를 홍콩으로 옮긴다.")
    got = [(s, z) for s, z, _ in rows(text, gaz)]
    assert ("선양", "沈阳市") in got and "广州市" == dict(got).get("광저우")
    assert [s for s, _ in got].count("광주") == 0          # 광주은행: Kwangju Bank, no row


# A page by or for Koreans living in Qingdao writes 칭다오 and 청도 alike (topic), unless it marks
# the reading as Korea's (경북 청도군) or names Korean places
@pytest.mark.parametrize("text,n", [
    ("칭다오 한인회가 월세를 조사했다. 청도 시내 월세는 4,500위안이다. 청도 외곽은 더 싸다.", 2),
    ("칭다오 한인회가 경북 청도군 방문단을 맞았다. 청도 시내 월세는 4,500위안이다.", 0),
    ("광저우 교민회 회원들은 광주 비엔날레를 보러 광주광역시에 갔다. 비용은 3천위안이다.", 0),
])
def test_a_page_for_koreans_in_the_city_writes_both_names(gaz, text, n):
    got = [z for s, z, _ in rows(text, gaz) if s in ("청도", "광주")]
    assert got == ["青岛市"] * n, got
