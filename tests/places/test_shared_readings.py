"""data/shared_readings.tsv (written by make gazetteer): every Korean spelling that names two
provinces or prefecture-level cities of the same level is decided by evidence only. Run over
the whole list: alone it gives no row; after a province that holds one candidate it is that one
(`nearby`); on a page whose other places lie in one candidate's province it is that one."""
import csv

import pytest

from pipeline.places import find_places
from pipeline.places.translit import DATA


def shared() -> list[tuple[str, list[str]]]:
    with open(DATA / "shared_readings.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return [(r["reading"], r["places"].split("|")) for r in rows]


def test_the_list_holds_the_known_pairs():
    found = dict(shared())
    for reading, places in [("산시성", ["山西省", "陕西省"]), ("쑤저우", ["宿州市", "苏州市"]),
                            ("타이저우", ["台州市", "泰州市"]), ("푸저우", ["抚州市", "福州市"]), ("태주", ["台州市", "泰州市"])]:
        assert found[reading] == places


def one_level(gaz, places):
    found = [p for p in gaz.places.values() if p.name_zh in places and p.current]
    return found if len({p.level for p in found}) == 1 and len(found) == len(places) else []


def cities(gaz):
    return [(r, ps) for r, ps in shared() if not r.endswith("시") and one_level(gaz, ps)
            and one_level(gaz, ps)[0].level == "prefecture"]


def test_a_bare_shared_reading_gives_no_row(gaz):
    for reading, places in shared():
        if one_level(gaz, places):
            assert not [r for r in find_places(f"{reading}의 한 기업이 공장을 지었다.", gaz)
                        if r.surface == reading], reading


def province_name(gaz, name_zh):
    return next(p.name_ko for p in gaz.places.values() if p.name_zh == name_zh and p.level == "province")


def test_its_province_right_before_decides(gaz):
    checked = 0
    for reading, places in cities(gaz):
        for p in one_level(gaz, places):
            text = f"{province_name(gaz, p.province_zh)} {reading}의 한 기업이 공장을 지었다."
            got = [(r.name_zh, r.match) for r in find_places(text, gaz) if r.surface == reading]
            assert got == [(p.name_zh, "nearby")], (text, got)
            checked += 1
    assert checked >= 10


def test_the_page_s_other_places_decide(gaz):
    # the candidate's province named in another paragraph, and nothing for the other (not a
    # province whose own name is shared: 위린 with 산시성 stays undecided)
    readings = {r for r, _ in shared()}
    for reading, places in cities(gaz):
        for p in one_level(gaz, places):
            province = province_name(gaz, p.province_zh)
            if province in readings:
                continue
            text = f"{reading}의 한 기업이 공장을 지었다.\n\n이 회사는 {province}의 최대 기업이다."
            got = [r.name_zh for r in find_places(text, gaz) if r.surface == reading]
            assert got == [p.name_zh], (text, got)
