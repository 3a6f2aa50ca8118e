"""Round 8 place rules (our own examples; tests/devset/places8 has the pages): a gloss that
writes a name without its suffix, the spellings the press uses beside the loanword table's,
names in the languages of the autonomous regions, a district of a city the text names, and a
bare reading read as the place its suffixed form named before. Each rule has examples it
acts on and examples it leaves alone."""
import pytest

from pipeline.places import find_places
from pipeline.places.translit import load_pinyin_hangul


def _rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


# -- a gloss after a reading of the same place is one mention, one row ---------------

@pytest.mark.parametrize("text, surface, name_zh", [
    ("후베이성 우한시 도심은 우창(武昌)과 한양 등으로 나뉜다.", "우창", "武昌区"),   # 武昌 alone is no alias
    ("저장성 이우(義烏)시의 국제상무성", "이우", "义乌市"),
    ("광둥성 중산(中山)시 한인상공회", "중산", "中山市"),
    ("교민 기업은 동관(東莞)과 광저우(广州)에 많다.", "동관", "东莞市"),
    ("요령성 심양(瀋陽)시도 외자 유치에 나섰다.", "심양", "沈阳市"),
])
def test_a_gloss_after_its_reading_is_one_row(text, surface, name_zh, gaz):
    rows = _rows(text, gaz)
    assert (surface, name_zh) in rows
    assert not [r for r in rows if r[1] == name_zh and r[0] != surface]     # no second row for the gloss


@pytest.mark.parametrize("text, surface, name_zh", [
    ("동관(둥관)의 공장", "동관", "东莞市"),       # a reading glossed with the standard name
    ("광주(광저우) 교민", "광주", "广州市"),
])
def test_a_reading_glossed_with_the_standard_name_is_one_row(text, surface, name_zh, gaz):
    assert _rows(text, gaz) == [(surface, name_zh)]


def test_a_reading_glossed_with_a_weak_reading_is_left_alone(gaz):
    assert _rows("보안(바오안) 검색이 강화됐다.", gaz) == []      # 바오안 needs evidence itself


def test_a_gloss_naming_no_candidate_is_left_alone(gaz):
    # 광주(光州) is Korea's Gwangju: the gloss names none of the reading's places
    assert _rows("광주(光州)의 한 대학", gaz) == []


# -- the spellings the press uses beside the table's (ong as 옹), guarded like any reading

def test_usual_spellings_come_from_the_table():
    ph = load_pinyin_hangul()
    assert ph.usual_words(["pu", "dong"]) == {"푸동"}
    assert ph.usual_words(["long", "gang"]) == {"롱강"}
    assert ph.usual_words(["zhong", "shan"]) == set()      # the press writes 중산 by the table


@pytest.mark.parametrize("text, surface, name_zh", [
    ("상하이 푸동 공항에 내렸다.", "푸동", "浦东新区"),
    ("선전 롱강구의 공장", "롱강구", "龙岗区"),
    ("헤이롱장성 하얼빈", "헤이롱장성", "黑龙江省"),
])
def test_usual_spellings_are_found(text, surface, name_zh, gaz):
    assert (surface, name_zh) in _rows(text, gaz)


def test_a_usual_spelling_that_is_a_korean_place_or_word_needs_evidence(gaz):
    assert _rows("영월 동강에서 래프팅을 했다.", gaz) == []           # 东港 read 동강: Korea's river


# -- names in the languages of the autonomous regions (curated.toml runs the rest) ----

@pytest.mark.parametrize("text, surface, name_zh", [
    ("신장 서쪽 끝의 카슈가르(喀什)에 도착했다.", "카슈가르", "喀什地区"),
    ("코를라(库尔勒) 일대에서 면화 수확이 시작됐다.", "코를라", "库尔勒市"),
    ("열차는 골무드(格尔木)를 지나 고원으로 올라간다.", "골무드", "格尔木市"),
])
def test_a_name_and_its_chinese_gloss_are_one_row(text, surface, name_zh, gaz):
    assert [r for r in _rows(text, gaz) if r[1] == name_zh] == [(surface, name_zh)]


def test_hanyang_is_seouls_old_name_without_evidence(gaz):
    text = "우한시 한양구 공장. 서울 한양대학교 연구진과 공동연구"
    assert [r for r in _rows(text, gaz) if r[0].startswith("한양")] == [("한양구", "汉阳区")]


# -- a short transliteration of a district of a city the text names ----------------------

def test_a_district_of_the_named_city(gaz):
    rows = _rows("광둥성 선전시. 룽강이나 광밍은 멀다.", gaz)
    assert ("룽강", "龙岗区") in rows and ("광밍", "光明区") in rows


def test_a_district_reading_before_a_noun_is_left_alone(gaz):
    # 다이 (大邑县 of 成都, named as 성도) before 캐스팅 is die casting
    assert not [r for r in _rows("성도의 공장. 다이 캐스팅 설비", gaz) if r[0] == "다이"]


# -- a bare reading is the place its suffixed form named before ---------------------------

@pytest.mark.parametrize("text, surface, name_zh", [
    ("선전 푸톈구로 이사. 푸톈의 학교", "푸톈", "福田区"),              # not the prefecture 莆田市
    ("베이징 차오양구 사무실. 차오양의 공실률", "차오양", "朝阳区"),    # not 朝阳市 of 辽宁
])
def test_a_bare_reading_after_its_suffixed_form(text, surface, name_zh, gaz):
    assert [r for r in _rows(text, gaz) if r[0] == surface] == [(surface, name_zh)]


def test_a_bare_reading_with_its_province_before_it_is_left_alone(gaz):
    assert ("푸톈", "莆田市") in _rows("푸젠성 푸톈의 신발 공장", gaz)


# -- round 7's strict xfails, fixed (tests/places/test_adv7_left.py): what the rules leave alone

def test_a_province_not_of_origin_still_decides(gaz):
    text = "이들은 광둥성 정부 관계자들이다. 광주의 한 공장을 둘러봤다. 5만 위안을 투자한다."
    assert ("광주", "广州市") in _rows(text, gaz)


def test_evidence_at_the_mention_decides_after_a_topic_switch(gaz):
    text = ("현대차는 중국 광주 합작공장 지분을 매각했다. 대금은 12억 위안이다.\n"
            "한편 광둥성 광주 공장은 생산 목표를 올렸다.")
    assert [r for r in _rows(text, gaz) if r[0] == "광주"] == [("광주", "广州市"), ("광주", "广州市")]


def test_a_glossed_word_standing_as_a_name_is_still_the_place(gaz):
    text = "산둥성 일조(日照)시 통계공보\n일조의 항구 물동량이 늘었다."
    assert [r for r in _rows(text, gaz) if r[0] == "일조"] == [("일조", "日照市"), ("일조", "日照市")]


def test_a_national_text_that_names_the_province_still_decides(gaz):
    text = "2025 중국 주요 도시 수출입\n상해 4,916\n심천 4,233\n소주 2,980\n저장성 타이저우 890"
    assert ("타이저우", "台州市") in _rows(text, gaz)


# -- the transliterated zone words after a city give the city; bare, no row -------------

@pytest.mark.parametrize("text, surface, name_zh", [
    ("광둥성의 중산 가오신구", "중산", "中山市"),
    ("청두가오신구 관리위원회", "청두", "成都市"),
    ("허페이 징카이구", "허페이", "合肥市"),
])
def test_a_city_before_a_transliterated_zone_word(text, surface, name_zh, gaz):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text", ["중국 내륙 가오신구 동향", "가오신구(高新区)는 줄여 부르는 말이다."])
def test_a_bare_zone_word_is_no_place(text, gaz):
    assert _rows(text, gaz) == []


# -- readings of polyphonic characters in place names (pinyin_overrides.tsv) -------------

@pytest.mark.parametrize("text, surface, name_zh", [
    ("산둥성 허쩌시 산현의 양고기 국수", "산현", "单县"),        # 单 reads shàn here (a one-character core)
    ("허베이성 장자커우시 위현의 전지공예", "위현", "蔚县"),    # 蔚 reads yù
    ("쓰촨성 쥔롄현의 차", "쥔롄현", "筠连县"),                # 筠 reads jūn
    ("신장 바인궈렁몽골자치주 쿠얼러시의 배", "쿠얼러시", "库尔勒市"),   # 勒 reads lè
    ("광저우 화두구 공항", "화두구", "花都区"),                # 都 reads dū in every place name
    ("티베트 창두의 수력발전소", "창두", "昌都市"),
    ("후베이성 쩡두구", "쩡두구", "曾都区"),                   # 曾 reads zēng (not 청두, as 成都)
])
def test_polyphonic_readings(text, surface, name_zh, gaz):
    assert (surface, name_zh) in _rows(text, gaz)


# -- one county-level city against rural counties under a transliteration ---------------

def test_a_county_level_city_over_rural_counties(gaz):
    assert ("이우", "义乌市") in _rows("중국 이우 시장에 다녀왔다.", gaz)          # not 伊吾县 of 哈密


@pytest.mark.parametrize("text", [
    "중국 우창에서 만났다.",         # 五常市 or 武昌区: a district keeps the tie
    "중국 자계현 공장",              # 慈溪市 (a county until 1988) or 资溪县: a 현 form keeps it
])
def test_a_tie_with_a_district_or_a_former_county_is_left_alone(text, gaz):
    assert [r for r in _rows(text, gaz) if r[0] != "중국"] == []


def test_a_district_of_a_municipality_the_text_names(gaz):
    # (the municipality is the district's city; 같은 lists names, it makes no word with them)
    assert ("칭푸", "青浦区") in _rows("상하이로 발령이 났다. 칭푸 같은 외곽은 멀다.", gaz)


def test_a_district_reading_in_a_text_naming_another_city_is_left_alone(gaz):
    assert not [r for r in _rows("베이징으로 발령이 났다. 칭푸 같은 외곽은 멀다.", gaz) if r[0] == "칭푸"]
