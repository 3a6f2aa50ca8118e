"""The examples carried by the curated and ambiguity tables ARE their tests."""
import tomllib

import pytest

from pipeline.places import find_places
from pipeline.places.translit import DATA

CURATED = tomllib.loads((DATA / "curated.toml").read_text(encoding="utf-8"))["place"]
AMBIG = tomllib.loads((DATA / "ambiguous.toml").read_text(encoding="utf-8"))["reading"]


def _curated_cases():
    for place in CURATED:
        for ex in place.get("examples", []):
            yield pytest.param(place["name_zh"], ex["text"], ex["surface"], id=f"{place['name_zh']}:{ex['surface']}")


@pytest.mark.parametrize("name_zh,text,surface", list(_curated_cases()))
def test_curated_example(gaz, name_zh, text, surface):
    found = [(m.surface, m.name_zh) for m in find_places(text, gaz)]
    assert (surface, name_zh) in found


def test_every_curated_entry_has_examples():
    assert all(p.get("examples") for p in CURATED)


def _ambiguous_cases(kind):
    for r in AMBIG:
        for text in r[kind]:
            yield pytest.param(r, text, id=f"{r['reading']}:{text[:12]}")


@pytest.mark.parametrize("reading,text", list(_ambiguous_cases("yes")))
def test_ambiguous_reading_with_evidence(gaz, reading, text):
    found = [(m.surface, m.name_zh) for m in find_places(text, gaz)]
    assert (reading["reading"], reading["place"]) in found or \
        any(s.startswith(reading["reading"]) and z == reading["place"] for s, z in found)


@pytest.mark.parametrize("reading,text", list(_ambiguous_cases("no")))
def test_ambiguous_reading_without_evidence(gaz, reading, text):
    assert reading["reading"] not in [m.surface for m in find_places(text, gaz)]


def test_every_ambiguous_reading_has_both_ways():
    assert all(r["yes"] and r["no"] for r in AMBIG)


GENERIC = tomllib.loads((DATA / "ambiguous.toml").read_text(encoding="utf-8"))["generic_districts"]


@pytest.mark.parametrize("case", GENERIC["yes"], ids=lambda c: c["surface"])
def test_generic_district_after_its_city(gaz, case):
    found = [(m.surface, m.name_zh) for m in find_places(case["text"], gaz)]
    assert (case["surface"], case["place"]) in found


@pytest.mark.parametrize("text", GENERIC["no"])
def test_generic_district_alone_is_a_planning_word(gaz, text):
    levels = [m.level for m in find_places(text, gaz)]
    assert "county" not in levels


JOSEON = tomllib.loads((DATA / "joseon.toml").read_text(encoding="utf-8"))
JOSEON_SPELLINGS = {sp for p in JOSEON["place"] for sp in p["spellings"]}


@pytest.mark.parametrize("name_zh,case", [(p["name_zh"], c) for p in JOSEON["place"] for c in p.get("yes", [])],
                         ids=lambda x: x if isinstance(x, str) else x["surface"])
def test_joseon_spelling(gaz, name_zh, case):
    found = {(m.surface, m.name_zh): m.match for m in find_places(case["text"], gaz)}
    # `joseon`, or the evidence that decided a reading two places share (왕청: 汪清县, 望城区),
    # or `sino_korean` where the norm's name is the Sino-Korean reading itself (훈춘)
    allowed = ("joseon", "glossed", "nearby", "document", "context", "sentence", "paragraph")
    assert found.get((case["surface"], name_zh)) in allowed + (() if case["surface"] in
                                                               JOSEON_SPELLINGS else ("sino_korean",))


@pytest.mark.parametrize("name_zh,text", [(p["name_zh"], t) for p in JOSEON["place"] for t in p.get("no", [])])
def test_joseon_spelling_not_a_place(gaz, name_zh, text):
    assert name_zh not in [m.name_zh for m in find_places(text, gaz)]


def test_every_joseon_place_has_examples():
    assert all(p.get("yes") for p in JOSEON["place"])


@pytest.mark.parametrize("text", JOSEON["marker_examples"])
def test_joseon_marker(gaz, text):
    assert gaz.joseon_markers.search(text)


@pytest.mark.parametrize("text", JOSEON["not_marker_examples"])
def test_not_joseon_marker(gaz, text):
    assert not gaz.joseon_markers.search(text)


NEW_AREAS = sorted({p["name_zh"] for p in CURATED if p["name_zh"].endswith("新区")})


def test_all_national_new_areas_are_curated():
    # the nineteen 国家级新区 (1992-2017)
    assert len(NEW_AREAS) == 19


def _four_scripts(gaz, name_zh):
    place = next(p for p in gaz.places.values() if p.name_zh == name_zh)
    # the Sino-Korean reading (포동신구), generated or curated (웅안신구)
    sino = sorted(a for a, cands in gaz.korean.items() if a.endswith("신구") and " " not in a
                  and a != place.name_ko and not a.startswith(place.name_ko[:2])
                  and any(c.place.key == place.key and c.match in ("sino_korean", "alias") for c in cands))
    spaced = place.name_ko.replace("신구", " 신구")
    return [place.name_zh, place.hanja, place.name_ko, sino[0], spaced]


@pytest.mark.parametrize("name_zh", NEW_AREAS)
def test_new_area_in_four_scripts(gaz, name_zh):
    for surface in _four_scripts(gaz, name_zh):
        text = f"{surface}에 투자했다." if "\uac00" <= surface[0] <= "\ud7a3" else f"투자처는 {surface}이다."
        found = [(m.surface, m.name_zh) for m in find_places(text, gaz)]
        assert found == [(surface, name_zh)], surface


SHARED = tomllib.loads((DATA / "ambiguous.toml").read_text(encoding="utf-8"))["shared"]


@pytest.mark.parametrize("case", [c for r in SHARED for c in r["decided"]], ids=lambda c: c["text"][:16])
def test_shared_reading_decided_by_evidence(gaz, case):
    found = [(m.surface, m.name_zh, m.match) for m in find_places(case["text"], gaz)]
    assert (case["surface"], case["place"], case["match"]) in found


@pytest.mark.parametrize("reading,text", [(r["reading"], t) for r in SHARED for t in r["undecided"]])
def test_shared_reading_without_evidence_is_no_row(gaz, reading, text):
    assert not [m for m in find_places(text, gaz) if m.surface.startswith(reading)]


CURRENCY = tomllib.loads((DATA / "ambiguous.toml").read_text(encoding="utf-8"))["currency_names"]


@pytest.mark.parametrize("text", CURRENCY["no"])
def test_currency_name_is_not_a_place(gaz, text):
    assert find_places(text, gaz) == []


@pytest.mark.parametrize("case", CURRENCY["yes"], ids=lambda c: c["surface"])
def test_place_beside_its_currency_name_still_found(gaz, case):
    assert [m.surface for m in find_places(case["text"], gaz)] == [case["surface"]]


KOREA_NAMES = tomllib.loads((DATA / "ambiguous.toml").read_text(encoding="utf-8"))["korea_names"]


@pytest.mark.parametrize("text", KOREA_NAMES["no"])
def test_old_name_of_korea_in_a_name_is_not_a_place(gaz, text):
    # 해동신문, 海東新聞: no row for 海东市 from the paper's name (해동시 itself may stay)
    assert not [m for m in find_places(text, gaz) if m.name_zh == "海东市" and m.surface in ("해동", "海東")]


@pytest.mark.parametrize("case", KOREA_NAMES["yes"], ids=lambda c: c["surface"])
def test_place_beside_an_old_name_of_korea_still_found(gaz, case):
    assert (case["surface"], "海东市") in [(m.surface, m.name_zh) for m in find_places(case["text"], gaz)]
