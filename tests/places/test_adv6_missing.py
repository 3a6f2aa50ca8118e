"""Adversarial pass 6: rows an analyst needs that were missing (strict xfails until the
places7 round): a county's reading after 중국, a compass region deciding 山西/陕西, the
东湖 zone, 조선어 county readings listed beside a county-level city of their prefecture.
Sentences of our own invention."""
from pipeline.places import find_places


def _rows(text, gaz):
    return [(m.surface, m.name_zh) for m in find_places(text, gaz)]


def test_county_reading_after_china(gaz):
    assert ("훈춘", "珲春市") in _rows("북한 나선과 중국 훈춘, 러시아 하산을 잇는 물류 회랑", gaz)


def test_direction_region_decides_shanxi(gaz):
    assert ("산시성", "陕西省") in _rows("서북 지역의 산시성과 간쑤성은 가뭄을 겪었다.", gaz)


def test_uncurated_high_tech_zone(gaz):
    assert ("둥후 첨단기술개발구", "东湖新技术开发区") in _rows("우한 둥후 첨단기술개발구의 광섬유 기업", gaz)


def test_joseon_county_list_without_its_prefecture(gaz):
    rows = _rows("연길시 인민정부는 관광수입이 40프로 늘었다고 밝혔다. 도문과 룡정, 화룡의 관광지도 붐볐다.", gaz)
    assert ("룡정", "龙井市") in rows
