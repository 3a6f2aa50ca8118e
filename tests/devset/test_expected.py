"""Consistency checks on the hand-written development set.

These do not run the pipeline; they check that every expected row can be found
in its document, in reading order, and that values use SPEC.md's vocabulary.
"""
from __future__ import annotations

import csv
import re
from decimal import Decimal
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

DEVSET = Path(__file__).parent
RAW = DEVSET / "raw"
EXPECTED = DEVSET / "expected"

UNITS = {"CNY", "KRW", "USD", "JPY", "EUR", "HKD", "TWD", "m2", "km2", "ha", "mu",
         "pyeong", "percent", "celsius", "t", "kg", "km", "m", "MW", "kW", "GW",
         "kWh", "MWh", "m3", "l", "year", "month", "day"}
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
COUNTER = re.compile(r"^[가-힣\u4e00-\u9fff]+$")  # counter word as written


def read_rows(name: str) -> list[dict[str, str]]:
    with open(EXPECTED / name, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def decode(data: bytes) -> str:
    """Decode as the set was written: UTF-16 with BOM, UTF-8, else CP949."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp949")


def plain_text(path: Path) -> str:
    """Readable text of a document; hard-wrapped reports are re-joined."""
    text = decode(path.read_bytes()).replace("\r\n", "\n")
    if path.suffix in (".html", ".htm"):
        return BeautifulSoup(text, "html.parser").get_text(" ")
    lines = text.split("\n")
    if len(lines) > 10 and all(not l for l in lines[1::2]):  # wrapped, blank between
        return "".join(lines[0::2])
    return text


def docs() -> list[str]:
    return sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file())


PLACES = read_rows("places.csv")
FACTS = read_rows("facts.csv")


def test_header_and_bom() -> None:
    for name in ("places.csv", "facts.csv"):
        assert (EXPECTED / name).read_bytes().startswith(b"\xef\xbb\xbf")
    assert list(PLACES[0]) == ["doc_id", "surface", "name_zh", "note"]
    assert list(FACTS[0]) == ["doc_id", "surface", "value", "unit", "value_max",
                              "qualifier", "change", "subject", "note"]


def test_every_document_has_rows_and_size() -> None:
    assert len(docs()) >= 12
    for doc in docs():
        assert any(r["doc_id"] == doc for r in PLACES), doc
        assert any(r["doc_id"] == doc for r in FACTS), doc
        n = len(decode((RAW / doc).read_bytes()))
        assert 1500 <= n <= 5000, (doc, n)


def test_encodings_mixed() -> None:
    raws = [(RAW / d).read_bytes() for d in docs()]
    assert sum(r.startswith(b"\xff\xfe") or r.startswith(b"\xfe\xff") for r in raws) >= 1
    not_utf8 = 0
    for r in raws:
        try:
            r.decode("utf-8")
        except UnicodeDecodeError:
            not_utf8 += 1
    assert not_utf8 >= 3  # two CP949 + one UTF-16


@pytest.mark.parametrize("table", ["places", "facts"])
def test_surfaces_in_reading_order(table: str) -> None:
    rows = PLACES if table == "places" else FACTS
    for doc in docs():
        text, pos = plain_text(RAW / doc), 0
        for r in (r for r in rows if r["doc_id"] == doc):
            found = text.find(r["surface"], pos)
            assert found >= 0, f"{doc}: {r['surface']!r} not found after offset {pos}"
            pos = found + 1


def test_fact_values_use_spec_vocabulary() -> None:
    for r in FACTS:
        for col in ("value", "value_max"):
            if r[col]:
                v = Decimal(r[col])
                assert r[col] == format(v.normalize(), "f") or r[col] == str(int(v)), r
        assert r["unit"] in UNITS or COUNTER.match(r["unit"]), r
        assert r["qualifier"] in QUALIFIERS, r
        assert r["change"] in CHANGES, r


def test_place_names_are_simplified() -> None:
    for r in PLACES:
        assert re.fullmatch(r"[\u4e00-\u9fff]+", r["name_zh"]), r
        assert r["name_zh"] not in ("中国", "中华人民共和国"), r
        assert r["surface"] not in ("중국", "中国", "中國"), r
