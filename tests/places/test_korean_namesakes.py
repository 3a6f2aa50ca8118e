"""Every Korean city or county whose name is the reading of a Chinese city (korean_places.txt
against the gazetteer: 광주/广州, 안양/安阳, 청주/青州, 상주/常州, 영주/永州, 여수/丽水 …), on a
Korean regional daily's page about its own city and its sister city: the sister city written
in its standard Korean name, with its province and its hanja, and the paper's own city bare,
with its 시청 or 군청. The page's own reading gives no row, whichever namesake it is; the Chinese city
is found. Pages generated from the data (sentences of our own invention)."""
from __future__ import annotations

import pytest

from pipeline.places import find_places, load_gazetteer
from pipeline.places.translit import DATA


def _namesakes() -> list[tuple[str, str, str, str, str]]:
    """(Korean reading, Chinese city's name_zh, its Korean name, its province's Korean name,
    its hanja) for every Korean place name that reads like a Chinese prefecture-level city."""
    gaz = load_gazetteer()
    names = [line.strip() for line in (DATA / "korean_places.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    out = []
    for name in names:
        if name.endswith(("시", "구")) or name not in gaz.korean:
            continue
        for c in gaz.korean[name]:
            p = c.place
            province = gaz.places.get(next((k for k in gaz.places if gaz.places[k].name_zh == p.province_zh), ""))
            # (a city whose standard Korean name is the same string, 안양 for 安阳, is another class)
            if p.level == "prefecture" and p.name_ko.endswith("시") and province is not None \
                    and p.name_ko.removesuffix("시") != name:
                unit = "시" if name + "시" in names else "군"      # 광주시, 상주시; 영덕군, 태안군
                out.append((name + unit, p.name_zh, p.name_ko, province.name_ko, p.hanja))
                break
    return out


NAMESAKES = _namesakes()


def test_the_class_is_not_empty():
    assert {"광주시", "상주시", "청도군", "태안군", "영주시"} <= {n for n, *_ in NAMESAKES}
    assert len(NAMESAKES) >= 15


@pytest.mark.parametrize("name,name_zh,name_ko,province_ko,hanja", NAMESAKES, ids=[n for n, *_ in NAMESAKES])
def test_a_regional_daily_on_its_own_city_and_its_namesake(gaz, name, name_zh, name_ko, province_ko, hanja):
    short = name_ko.removesuffix("시")
    bare = name[:-1]
    text = (f"{name}는 중국 {province_ko} {short}({hanja})와 자매결연 10년을 맞았다. "
            f"{bare} 대표단은 다음 달 {short}를 찾는다. 협약식은 {name}청에서 열렸다.")
    found = [(m.surface, m.name_zh) for m in find_places(text, gaz)]
    assert not [s for s, _ in found if s.startswith(bare)], found
    assert found.count((short, name_zh)) == 2, found
