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
