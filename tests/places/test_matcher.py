"""Matching rules: boundaries, particles, compounds, glosses, hanzi runs, evidence."""
import pathlib
import tomllib

import pytest

from pipeline.places import find_places


def rows(text, gaz):
    return [(m.surface, m.name_zh, m.match) for m in find_places(text, gaz)]


@pytest.mark.parametrize("text,expected", [
    ("광동성은 요령성에 투자했다.", [("광동성", "广东省", "sino_korean"), ("요령성", "辽宁省", "sino_korean")]),
    ("광동성대표단이 도착했다.", [("광동성", "广东省", "sino_korean")]),
    ("그러나 북경과의 거리", [("북경", "北京市", "sino_korean")]),
    ("헤이룽장성(黑龍江省)의 곡물", [("헤이룽장성", "黑龙江省", "transliteration")]),
    ("최근 낭방(廊坊)시에서 열린 포럼", [("낭방", "廊坊市", "sino_korean")]),
    ("후난성(湖南, Hunan) 일대", [("후난성", "湖南省", "transliteration")]),
    ("호남(湖南)성 상담시(湘潭)정부", [("호남", "湖南省", "glossed"), ("상담시", "湘潭市", "sino_korean")]),
    ("중국북방의약기지(中國北藥基地)를 건설", []),
    ("북경 통주구(通州區)에 기지", [("북경", "北京市", "sino_korean"), ("통주구", "通州区", "nearby")]),
    ("강소성 진강(鎭江) 단도경제개발구", [("강소성", "江苏省", "sino_korean"), ("진강", "镇江市", "sino_korean"),
                                    ("단도", "丹徒区", "sino_korean")]),
])
def test_korean_rows(gaz, text, expected):
    assert rows(text, gaz) == expected


@pytest.mark.parametrize("text,expected", [
    # a gloss of a longer name naming the same place again is one mention (SPEC.md)
    ("내몽고 포두희토고신기술산업개발구(包頭稀土高新區)", [("내몽고", "内蒙古自治区"), ("포두", "包头市")]),
    ("신강건설병단(新疆建設兵團)과 협정을 맺었다", [("신강", "新疆维吾尔自治区")]),
    ("包頭稀土高新區는 1990년대 초 지정됐다", [("包頭", "包头市")]),
    ("中關村軟件園(Zhongguancun Software Park)", [("中關村", "中关村")]),
    ("长株潭国家自主创新示范区", [("长株潭", "长株潭")]),
    ("海門신소재산업기지, 通化생물의약산업기지", [("海門", "海门区"), ("通化", "通化市")]),
    ("서북지역(甘肅, 靑海, 寧夏)", [("甘肅", "甘肃省"), ("靑海", "青海省"), ("寧夏", "宁夏回族自治区")]),
])
def test_hanzi_runs(gaz, text, expected):
    assert [(s, z) for s, z, _ in rows(text, gaz)] == expected


def test_hanja_or_chinese_label(gaz):
    assert rows("(廣東, 福建)", gaz)[0][2] == "hanja"
    assert rows("(广东, 福建)", gaz)[0][2] == "chinese"


NEGATIVE = pathlib.Path(__file__).parent / "data" / "negative.txt"
CORPUS = pathlib.Path(__file__).parent / "data" / "corpus.toml"


def _negatives() -> list[str]:
    lines = NEGATIVE.read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln.strip() and not ln.startswith("#")]


@pytest.mark.parametrize("text", _negatives())
def test_negative_corpus(gaz, text):
    assert find_places(text, gaz) == []


@pytest.mark.parametrize("text,surface,name_zh", [
    ("광주, 심천을 중심으로", "광주", "广州市"),           # enumeration
    ("중국 광주의 수출입 박람회", "광주", "广州市"),        # context word
    ("베이징 다싱에 물류단지가 선다", "다싱", "大兴区"),    # next to its own city (베이징 다싱국제공항: the
                                                              # airport's name since round 17, test_places17_rules)
    ("광시좡족자치구(广西壮族自治区) 핑샹시는 국경 도시", "핑샹시", "凭祥市"),  # nearby province decides
    ("산시성(陕西省) 시안. 신장과 산시성이", "산시성", "陕西省"),               # glossed earlier
    ("선전 첸하이(前海)와 주하이", "선전", "深圳市"),
    ("이우에서 닝보항까지 트럭 운임은", "닝보", "宁波市"),          # place head 항까지
    ("동료는 민항(闵行)구 쪽에 집을 구했다.", "민항", "闵行区"),   # Mǐnháng
])
def test_evidence(gaz, text, surface, name_zh):
    found = [(m.surface, m.name_zh) for m in find_places(text, gaz)]
    assert (surface, name_zh) in found
    assert all(not (s == surface and z != name_zh) for s, z in found)


def test_confirmed_elsewhere_but_not_as_a_word(gaz):
    text = "천진항을 통한 통관. 위해시와 연태시. 비용을 줄이기 위해 위해와 인천을 잇는 항로"
    got = [(m.surface, m.start) for m in find_places(text, gaz)]
    assert ("천진", 0) in got
    assert [s for s, _ in got].count("위해") == 1
    second = text.rindex("위해와")
    assert ("위해", second) in got


def test_invariants(gaz):
    text = "북경, 상해, 광주 등 대도시와 長春, 南通 그리고 장강삼각주(長江三角洲)와 주강삼각주"
    ms = find_places(text, gaz)
    assert all(text[m.start:m.end] == m.surface for m in ms)
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))
    assert [m.surface for m in ms] == ["북경", "상해", "광주", "長春", "南通", "장강삼각주", "주강삼각주"]


def _korean_words():
    from pipeline.places.translit import DATA
    lines = (DATA / "korean_words.txt").read_text(encoding="utf-8").splitlines()
    return [ln.split("\t")[0] for ln in lines if ln.strip() and not ln.startswith("#")]


@pytest.mark.parametrize("word", _korean_words())
def test_korean_word_alone_is_not_a_place(gaz, word):
    assert find_places(f"그는 {word}에 대해 말했다.", gaz) == []


@pytest.mark.parametrize("text,surface,name_zh", [
    ("꽝저우(廣州)에서 열린 박람회", "꽝저우", "广州市"),          # unknown spelling, glossed
    ("옌볜 조선족 자치주 정부", "옌볜 조선족 자치주", "延边朝鲜族自治州"),  # press spacing
    ("시짱 자치구와 네이멍구", "시짱", "西藏自治区"),   # the class word after a space is no part of it
])
def test_spellings(gaz, text, surface, name_zh):
    assert (surface, name_zh) in [(m.surface, m.name_zh) for m in find_places(text, gaz)]


@pytest.mark.parametrize("text,expected", [
    ("허베이성 스자좡, 산시성 타이위안, 산시성 시안.",
     [("허베이성", "河北省"), ("스자좡", "石家庄市"), ("산시성", "山西省"), ("타이위안", "太原市"),
      ("산시성", "陕西省"), ("시안", "西安市")]),                     # the city after it decides
    ("산동성 청도시와 연태시, 광서장족자치구 남녕시", [("산동성", "山东省"), ("청도시", "青岛市"), ("연태시", "烟台市"),
                                       ("광서장족자치구", "广西壮族自治区"), ("남녕시", "南宁市")]),  # 台 태, 寧 녕
    ("상해(Shanghai), 대련(Dalian), 장춘 등", [("상해", "上海市"), ("대련", "大连市"), ("장춘", "长春市")]),
    ("하얼빈에서 왔다. 산시성의 한 탄광 도시", [("하얼빈", "哈尔滨市")]),        # 山西 or 陕西: no row
])
def test_resolution(gaz, text, expected):
    assert [(m.surface, m.name_zh) for m in find_places(text, gaz)] == expected


@pytest.mark.parametrize("text,expected", [
    ("城关镇的和平路与新华街交叉口，南海诸岛，江南水乡，长安街。", []),       # words, not the counties
    ("中国义乌小商品城位于浙江省义乌市", [("义乌", "义乌市"), ("浙江省", "浙江省"), ("义乌市", "义乌市")]),
    ("成渝地区双城经济圈", [("成渝地区双城经济圈", "成渝地区")]),
])
def test_running_chinese(gaz, text, expected):
    assert [(m.surface, m.name_zh) for m in find_places(text, gaz)] == expected


def test_extra_dir_adds_aliases(tmp_path):
    from pipeline.places import load_gazetteer
    (tmp_path / "aliases_analyst.tsv").write_text(
        "# analyst's own spellings\nalias\tkey\tmatch\tstrength\n샹하이\t上海市@310000\talias\tstrong\n",
        encoding="utf-8")
    gaz = load_gazetteer(tmp_path)
    assert [(m.surface, m.name_zh, m.match) for m in find_places("샹하이 증시", gaz)] == [("샹하이", "上海市", "alias")]


def _corpus():
    for group in tomllib.loads(CORPUS.read_text(encoding="utf-8"))["group"]:
        for surface in group["surfaces"]:
            yield pytest.param(group["place"], surface, id=f"{group['place']}:{surface}")


@pytest.mark.parametrize("place,surface", list(_corpus()))
def test_corpus(gaz, place, surface):
    if "\uac00" <= surface[0] <= "\ud7a3":
        text, start = f"{surface}에서 회의가 열렸다.", 0
    else:
        text, start = f"회의는 {surface}에서 열렸다.", 4
    found = [(m.start, m.surface, m.name_zh) for m in find_places(text, gaz)]
    assert found == [(start, surface, place)]


@pytest.mark.parametrize("text,name_zh", [
    ("저장성의 민영경제. 타이저우의 자동차 부품 산업이 성장했다.", "台州市"),
    ("장쑤성 난징. 타이저우 의약단지", "泰州市"),
])
def test_province_named_elsewhere_decides(gaz, text, name_zh):
    assert [m.name_zh for m in find_places(text, gaz) if m.surface == "타이저우"] == [name_zh]


def test_same_reading_two_prefectures_without_clue_is_no_row(gaz):
    assert find_places("타이저우의 자동차", gaz) == []


@pytest.mark.parametrize("text,expected", [
    ("长江西路", []),                                   # 长江|西路, not 长|江西|路
    ("上海证券交易所", [("上海", "上海市")]),             # a name starting a longer word
    ("南京东路와 北京大学", [("北京", "北京市")]),     # a street named after a city is no row (contract)
    ("武汉市长江大桥", [("武汉市", "武汉市")]),
])
def test_segmentation_against_common_words(gaz, text, expected):
    assert [(m.surface, m.name_zh) for m in find_places(text, gaz)] == expected
