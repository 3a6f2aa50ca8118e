"""Places5 rules, each with texts it must act on and texts it must leave alone:
county-level cities under the county suffix they had before (의오현 义乌县 -> 义乌市),
a county reading whose own city the document names (상숙 in a text on 소주), a column of
`<city>: <news>` lines, a list of ordinary words that read like places (중국의 선전,
통화, 보안 정책), and a table whose rows are headed by Korean cities."""
import pytest

from pipeline.places import find_places


def _rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


@pytest.mark.parametrize("text,surface,name_zh", [
    ("절강성 의오현의 소상품 시장에는 하루 5만명이 몰린다.", "의오현", "义乌市"),    # a county until 1988
    ("절강성 정부는 자계현과 여요현의 공장을 늘렸다.", "자계현", "慈溪市"),         # 资溪县 (江西) reads the same
    ("절강성 정부는 자계현과 여요현의 공장을 늘렸다.", "여요현", "余姚市"),
    ("절강성의 동양 최대라는 말은 과장이지만 동양현의 목조각은 이름이 높다.", "동양현", "东阳市"),
    ("광동성 불산(佛山)시 관할 순덕현과 남해현은 가전으로 이름을 얻었다.", "순덕현", "顺德区"),
    ("광동성 불산(佛山)시 관할 순덕현과 남해현은 가전으로 이름을 얻었다.", "남해현", "南海区"),
    ("복건성 복주시 남쪽의 복청현과 장락현", "장락현", "长乐区"),      # its city before it, not 将乐县
    ("복건성 삼명시의 장락현", "장락현", "将乐县"),
])
def test_a_county_level_city_under_its_former_county_suffix(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text,surface,name_zh", [
    ("신강 이리주의 이녕현 농가", "이녕현", "伊宁县"),     # 伊宁市 beside the county of its name: the county's
    ("신강 화전현의 옥 시장", "화전현", "和田县"),       # 桦甸市 (Jilin) was 桦甸县 till 1988: the province decides
    ("길림성 화전현의 인삼 농가", "화전현", "桦甸市"),
])
def test_a_county_of_the_same_name_today_keeps_its_hyeon(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text,word", [
    ("경남 남해현은 조선 시대의 지명이다.", "남해현"),       # a Korean place's reading needs its city
    ("장락현의 가공 공장", "장락현"),                       # 将乐县 today, or 长乐县 (福州) until 2017
    ("조선 시대 의흥현의 향교", "의흥현"),                  # Korea's own 현 (義興縣), not 宜兴: no Chinese province
    ("의오현의 소상품 시장", "의오현"),
    ("화전현의 옥 시장", "화전현"),                       # 和田县 or 桦甸县: nothing decides
])
def test_a_former_county_suffix_without_evidence_gives_no_row(gaz, text, word):
    assert word not in [s for s, _ in _rows(text, gaz)]


@pytest.mark.parametrize("text,surface,name_zh", [
    ("강소성 소주시의 현급시 가운데 곤산은 전자, 상숙은 섬유, 태창은 독일 기업으로 알려져 있다.", "상숙", "常熟市"),
    ("강소성 소주시의 현급시 가운데 곤산은 전자, 상숙은 섬유, 태창은 독일 기업으로 알려져 있다.", "태창", "太仓市"),
])
def test_a_county_reading_in_a_text_on_its_city(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text,word", [
    ("강소성 정부의 현급시 가운데 상숙은 섬유로 알려져 있다.", "상숙"),   # its province only
    ("곤산은 전자, 상숙은 섬유로 알려져 있다.", "상숙"),                   # nothing around it
])
def test_a_county_reading_without_its_city_gives_no_row(gaz, text, word):
    assert word not in [s for s, _ in _rows(text, gaz)]


BRIEF = ("이번 주 중국 도시별 시장 동향\n심양: 화장품 수입액 4.2% 증가\n정주: 물류센터 2곳 신설\n"
         "장춘: 부품 재고 감소\n무한: 장비 입찰 3건 공고\n합비: 소재 구매 확대")


DASHES = "주요 도시 동향\n▲ 심양 — 수입 4.2% 증가\n▲ 정주 — 물류센터 신설\n▲ 장춘 — 재고 감소\n▲ 무한 — 입찰 3건"
BRACKETS = "[심양] 화장품 수입 증가\n[정주] 물류센터 신설\n[장춘] 재고 감소\n[무한] 입찰 공고"
EQUALS = "◇심양=화장품 수입 증가\n◇정주=물류센터 신설\n◇장춘=재고 감소\n◇무한=입찰 공고"


@pytest.mark.parametrize("text", [BRIEF, DASHES, BRACKETS, EQUALS])
@pytest.mark.parametrize("surface,name_zh", [("정주", "郑州市"), ("무한", "武汉市")])
def test_a_column_of_city_lines_with_a_label_end(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text,surface,name_zh", [
    ("광동성 강문시의 개평, 태산, 학산, 은평 네 현은 화교의 고향이다.", "태산", "台山市"),   # 泰山区 reads the same
    ("광동성 강문시의 개평, 태산, 학산, 은평 네 현은 화교의 고향이다.", "개평", "开平市"),
    ("광동성의 동관과 중산은 홍콩 자본이 몰렸다.", "동관", "东莞市"),          # 東莞: 莞 read 관
    ("광동성의 동관과 중산은 홍콩 자본이 몰렸다.", "중산", "中山市"),
    ("흑룡강성 통상구 가운데 수분하, 동녕, 밀산, 호림 등이 늘었다.", "호림", "虎林市"),
])
def test_readings_listed_with_kin_of_a_named_area(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text,word", [
    ("개평, 태산, 학산 세 작품", "태산"),                       # no city or province named
    ("동관과 중산은 홍콩 자본이 몰렸다.", "중산"),
    ("광동성 대표단. 중산층과 동관 배관", "동관"),               # not listed together
])
def test_readings_listed_without_their_area_give_no_row(gaz, text, word):
    assert word not in [s for s, _ in _rows(text, gaz)]


@pytest.mark.parametrize("text,word", [
    ("이번 호 주요 지표\n통화: 기준금리 동결\n재정: 지출 확대\n심양: 화장품 수입 증가", "통화"),   # one city makes no column
    ("심양: 수입 증가\n장춘: 재고 감소\n정주 여건: 개선\n합비: 구매 확대", "정주"),               # a word follows it
    ("[심양] 화장품 수입 증가\n[통화] 금리 동결\n[재정] 지출 확대", "통화"),
])
def test_a_label_column_that_is_no_column_of_cities(gaz, text, word):
    assert word not in [s for s, _ in _rows(text, gaz)]


@pytest.mark.parametrize("text", [
    "중국의 선전, 통화, 보안 정책이 동시에 바뀌고 있다. 광둥성 선전시와 길림성 통화시의 기업들",
    "중국 선전, 통화 정책의 변화. 선전의 제조업은 회복했다.",
    "선전, 통화, 보안 정책이 모두 바뀌었다. 광둥성 선전시",
    "중국의 선전, 통화, 보안 정책이 동시에 바뀌고 있다. 광둥성 선전시",   # 동시 holds no place word
])
def test_a_list_of_words_that_read_like_places_is_no_place(gaz, text):
    words = text.index("정책") + 2
    assert not any(m.end <= words and m.surface in ("선전", "통화", "보안") for m in find_places(text, gaz))


@pytest.mark.parametrize("text,surface", [
    ("중국 통화·백산 지역의 인삼", "통화"),                    # the list ends in a place word
    ("중국 장사·주주·상담 세 도시", "장사"),
    ("정주·무한·장사 등 중부 도시의 소비가 늘었다.", "무한"),   # a place word a few words on
    ("중국 정주, 무한, 장사 공장을 방문했다.", "장사"),           # cities' readings only: nothing says words
    ("광둥성의 광저우, 선전, 둥관 정부는 협약을 맺었다.", "선전"),  # a strong member (광저우, 둥관)
])
def test_a_list_with_a_place_word_or_a_strong_name_stays(gaz, text, surface):
    assert surface in [s for s, _ in _rows(text, gaz)]


SISTER = ("국내 도시 중국 도시 체결 연도\n안양 산둥성 웨이팡 1995\n상주 허난성 안양 2003\n"
          "김해 장쑤성 창저우 2008\n구미 후베이성 샤오간 2014\n안양과 상주는 교류를 준비한다.")


def test_a_table_headed_by_korean_cities_keeps_their_readings_korean(gaz):
    rows = find_places(SISTER, gaz)
    assert ("안양", "安阳市") in [(m.surface, m.name_zh) for m in rows]     # 허난성 안양
    assert [m.surface for m in rows if m.surface in ("안양", "상주")] == ["안양"]
    assert rows[[m.surface for m in rows].index("안양")].start == SISTER.index("허난성 안양") + 4


@pytest.mark.parametrize("text,surface,name_zh", [
    ("도내 기업 중국 법인 소재지\n구미 소주 12\n포항 천진 7\n경산 곤산 5", "소주", "苏州市"),
    ("한국 항만 중국 항만 주간 운항\n인천 위해 3\n평택 일조 2", "위해", "威海市"),
    ("경북 기업 중국 법인 소재지\n구미 소주 12\n영천 청도 4", "청도", "青岛市"),   # paired with a Korean city
])
def test_a_table_under_a_header_naming_china(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text,word", [
    ("중국 관련 통계는 별표.\n<표 2> 한국 항만\n부산 2,275\n위해 12\n군산 8", "위해"),   # its own header is Korea's
    ("중국 법인 소재지\n소주를 마시는 회식 12", "소주"),                                          # no cell
    ("경북 시군의 중국 자매도시\n\n안동 2\n\n상주 3\n\n청도 1\n\n베이징 1", "청도"),   # no Korean city beside it
    ("중국 주요 경제 지표\n성장 5.2\n통화 8.1\n물가 0.3", "통화"),                          # words under it
    ("중국 경제 지표\n통화 8.1\n보정 3.1\n정주 2.0", "보정"),
])
def test_a_header_naming_china_decides_only_its_own_table(gaz, text, word):
    assert word not in [s for s, _ in _rows(text, gaz)]


def test_a_table_of_chinese_cities_still_makes_a_column(gaz):
    text = "도시 처리량\n\n상해 4,916\n\n영파 3,530\n\n심천 2,988\n\n청도 2,875"
    assert ("청도", "青岛市") in _rows(text, gaz)


@pytest.mark.parametrize("surface,name_zh", [("정주", "郑州市"), ("하남", "河南省"), ("무한", "武汉市")])
def test_a_city_with_its_province_in_brackets(gaz, surface, name_zh):
    assert (surface, name_zh) in _rows("정주(하남) 물류센터 신설, 무한(호북) 입찰 공고", gaz)


@pytest.mark.parametrize("text", ["정주(定住) 여건이 좋다.", "통화(하남) 문제", "[서울=연합뉴스] 정주 여건 개선"])
def test_brackets_that_hold_no_province_of_it(gaz, text):
    assert _rows(text, gaz) == []


@pytest.mark.parametrize("surface,name_zh", [("청도", "青岛市"), ("위해", "威海市")])
def test_lines_under_a_heading_naming_chinas_cities(gaz, surface, name_zh):
    text = "중국 도시별 바이어 동향\n\n▶ 청도 — 수산물 가공업체 구매 문의\n▶ 위해 — 화장품 바이어 방한 예정"
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text,word", [
    ("중국 주요 지표\n\n통화: 금리 동결\n재정: 지출 확대", "통화"),                 # no city in the heading
    ("한국 도시별 동향\n\n▶ 청도 — 반시 수확\n▶ 상주 — 곶감 축제", "청도"),       # Korea's cities
    ("중국 도시화 전망\n\n▶ 통화 — 완화 기조 유지\n▶ 재정 — 지출 확대", "통화"),    # urbanisation
    ("중국 지역 경제 브리핑\n\n▶ 통화 — 완화 기조 유지\n▶ 재정 — 지출 확대", "통화"),
])
def test_lines_under_a_heading_naming_no_chinese_city(gaz, text, word):
    assert word not in [s for s, _ in _rows(text, gaz)]
