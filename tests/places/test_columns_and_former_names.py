"""Bare readings in a column of places (table rows, numbered lists), former city names
(安東 for 丹东, 봉천 奉天 for 沈阳), and a Korean place's reading listed in a text on
Korean places: what makes each a row, and what must not."""
import pytest

from pipeline.places import find_places


def _rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


TABLE = "도시 처리량\n\n상해 4,916\n\n영파 3,530\n\n심천 2,988\n\n청도 2,875\n\n천진 2,217"
LIST = " 1) 심양 7,695억 위안\n 2) 대련 8,431억 위안\n 3) 장춘 6,745억 위안\n 4) 안산 1,950억 위안"
NEW_AREAS = "1 포동신구 상해 1992\n2 빈해신구 천진 2006\n3 양강신구 중경 2010\n4 상강신구 호남 2015\n5 웅안신구 하북 2017"


@pytest.mark.parametrize("text,surface,name_zh", [
    (TABLE, "상해", "上海市"),           # a weak reading at the head of the column
    (TABLE, "청도", "青岛市"),           # 청도 is also Korea's Cheongdo: the column says which
    (TABLE, "천진", "天津市"),
    (LIST, "대련", "大连市"),
    (LIST, "안산", "鞍山市"),            # 안산 is also Korea's Ansan
    (NEW_AREAS, "상해", "上海市"),       # a second column, beside the new areas
    (NEW_AREAS, "호남", "湖南省"),       # 호남 is also Korea's Honam
])
def test_a_column_of_places_makes_a_bare_reading_a_place(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text,word", [
    ("목차\n\n1. 청도 2,875\n\n2. 통화 정책의 변화 5\n\n3. 상주 인구 7", "통화"),   # not a cell: words follow
    ("목차\n1. 베이징 3\n2. 통화 12\n3. 보정 15", "통화"),     # one place makes no column
    ("지역 인구\n\n청도 4만\n\n안동 15만\n\n상주 10만", "청도"),  # Korean places: no anchor at all
    ("경북 시군별 사과 생산\n\n청도 1,200\n\n영천 3,400\n\n안동 2,100", "청도"),
    ("청도 반시 20톤\n칭다오 30톤\n베이징 10톤", "청도"),      # a word after the reading: no cell
    ("상하이 4,916\n통화 정책은 바뀌었다.\n베이징 3,000", "통화"),  # a sentence is no row
])
def test_no_column_no_row(gaz, text, word):
    assert word not in [s for s, _ in _rows(text, gaz)]


@pytest.mark.parametrize("text,surface,name_zh", [
    ("요령성의 국경도시 안동(安東)시. 안동시 당국은 목재를 보낸다.", "안동시", "丹东市"),
    ("요령성의 국경도시 안동(安東)시. 안동시 당국은 목재를 보낸다.", "안동", "丹东市"),
    ("압록강 건너 安東.\n\n요령성 안동(安東)의 제지 공장", "安東", "丹东市"),
    ("요령성 봉천(奉天)의 공장 설비. 봉천은 지금의 심양이다.", "봉천", "沈阳市"),
])
def test_a_former_name_glossed_in_a_text_on_its_province(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text", [
    "경북 안동(安東)의 하회마을",                           # Korea's Andong, glossed
    "안동(安東)의 유교 문화를 소개했다.",                    # glossed, but no Chinese province named
    "安東金氏 족보를 정리했다.",                             # a Korean clan's seat
    "요령성 대표단은 경북 안동을 찾았다.",
    "봉천동 주민센터. 봉천(奉天)이라는 지명은 하늘을 받든다는 뜻이다.",
    "신경 쓰이는 일이 많다. 길림성 장춘의 공장",             # 신경 nerve
    "여대 졸업생 30명이 요령성 대련 공장에 취업했다.",        # 여대 women's university
    "안동 간고등어와 청도 반시를 중국 상해에 수출했다.",
])
def test_a_former_name_is_never_bare(gaz, text):
    rows = _rows(text, gaz)
    assert not any(z in ("丹东市",) or s in ("봉천", "신경", "여대", "安東") for s, z in rows), rows


@pytest.mark.parametrize("text,kept,dropped", [
    ("서울과 경남 기업들. 사천과 청두는 이름도 비슷하다.", "청두", "사천"),   # a Korean city beside a Chinese one
    ("경북 청도군 방문단. 청도·연태·위해 박람회가 열렸다.", "연태", None),      # a list of three: 청도 too
])
def test_a_korean_place_reading_listed_in_a_text_on_korea(gaz, text, kept, dropped):
    surfaces = [s for s, _ in _rows(text, gaz)]
    assert kept in surfaces
    if dropped:
        assert dropped not in surfaces
    else:
        assert "청도" in surfaces


def _ambiguous():
    import tomllib
    from pipeline.places.translit import DATA
    return tomllib.loads((DATA / "ambiguous.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", _ambiguous()["abroad_examples"])
def test_a_koreans_association_abroad_names_the_city(gaz, case):
    assert case["surface"] in [s for s, _ in _rows(case["text"], gaz)]


@pytest.mark.parametrize("text", _ambiguous()["abroad_no"])
def test_no_association_abroad_no_row(gaz, text):
    assert _rows(text, gaz) == []


@pytest.mark.parametrize("text", [
    "중국 부양 정책이 나왔다.", "중국 지주 회사가 인수했다.", "중국 주주 총회", "중국 호주 간 무역 분쟁",
    "중국 형태 변화", "중국 소통 채널", "중국 대리 판매", "중국 임기 만료", "중국 장치 산업", "중국 감자 생산",
    "중국 백색 가전", "중국 북해 함대", "중국 안경 시장", "중국 회화 작품", "중국 조경 사업", "중국 통화 당국은 금리를 내렸다.",
    "중국 상주 인구는 14억 명이다.", "중국 영구 거주 자격을 얻었다.", "중국 정주 여건이 좋아졌다.", "중국 금주 증시는 올랐다.",
])
def test_a_word_modified_by_china_is_no_place(gaz, text):
    assert _rows(text, gaz) == []


@pytest.mark.parametrize("text,surface", [
    ("중국 장사에서 열린 박람회", "장사"), ("중국 광주의 캔톤페어", "광주"), ("중국 신장의 면화", "신장"),
    ("중국 광주 캔톤페어", "광주"), ("중국 청도 맥주 공장", "청도"),     # a Korean place's reading: 중국 decides
])
def test_a_name_after_china_is_a_place(gaz, text, surface):
    assert surface in [s for s, _ in _rows(text, gaz)]


@pytest.mark.parametrize("text,word", [
    ("안후이성 정부는 경기 부양 정책을 내놨다.", "부양"),      # 阜阳 is in Anhui, but 부양 is stimulus
    ("허베이성은 산업의 형태를 바꾼다.", "형태"),              # 邢台
    ("후난성 기업의 주주 총회가 열렸다.", "주주"),              # 株洲
    ("윈난성 정부는 소통 채널을 열었다.", "소통"),              # 昭通
    ("쓰촨성의 수령 금액은 늘었다.", "수령"),                  # 遂宁
    ("광둥성 조경 사업", "조경"),                              # 肇庆
])
def test_an_unlisted_everyday_word_needs_more_than_its_province_in_the_sentence(gaz, text, word):
    assert word not in [s for s, _ in _rows(text, gaz)]


@pytest.mark.parametrize("text,surface,name_zh", [
    ("안휘성 부양(阜陽)의 공장", "부양", "阜阳市"),              # a gloss
    ("하북성 형태, 보정, 석가장 세 도시", "형태", "邢台市"),      # its province right before, a list
    ("푸젠성 정부는 올해 샤먼에 반도체 공장을 유치했다.", "샤먼", "厦门市"),   # listed in ambiguous.toml
])
def test_an_everyday_word_with_nearer_evidence_is_the_place(gaz, text, surface, name_zh):
    assert (surface, name_zh) in _rows(text, gaz)


@pytest.mark.parametrize("text,surfaces", [
    ("청도, 대련, 천진 세 항만의 물동량이 늘었다.", ["청도", "대련", "천진"]),   # weak readings that list cities
    ("보고서는 정주, 무한, 장사의 철도망을 비교했다.", ["정주", "무한", "장사"]),
    ("안산, 광주, 청도의 공장", []),            # all three may be Korea's
    ("통화, 주주, 부양 정책", []),               # everyday words
    ("남는 장사, 상해 보험, 무한 리필", []),      # their ordinary uses
    ("청도와 대련의 항만 물동량", []),           # two weak readings are no evidence
])
def test_three_weak_readings_listed_together(gaz, text, surfaces):
    assert [s for s, _ in _rows(text, gaz)] == surfaces


@pytest.mark.parametrize("text", ["중국 주주의 권리", "중국 감자를 수입했다.", "저장성과 호주의 무역이 늘었다."])
def test_an_everyday_word_after_china_or_beside_a_province_is_no_place(gaz, text):
    assert all(s.endswith("성") for s, _ in _rows(text, gaz))
