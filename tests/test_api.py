"""The Python API: extract_text, extract_files, load and frames."""
import csv
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

import pipeline
from pipeline.write import format_decimal

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "raw" / "hwanghae-biz" / "2025-11-18.html"


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_extract_text_returns_places_and_facts_with_the_contracts_fields(rules):
    doc = pipeline.extract_text("광둥성 선전시는 올해 96.56억 위엔을 투자했다.", rules=rules)
    assert [(p.surface, p.name_zh, p.adcode, p.level) for p in doc.places] == [
        ("광둥성", "广东省", "440000", "province"), ("선전시", "深圳市", "440300", "prefecture")]
    [fact] = doc.facts
    assert (fact.surface, fact.value, fact.unit, fact.quantity, fact.place) == (
        "96.56억 위엔", Decimal("9656000000"), "CNY", "money", "深圳市")
    assert doc.clean[fact.start:fact.end] == fact.surface
    assert doc.doc_id == "text" and doc.source == "generic"


def test_extract_text_cleans_a_page_with_the_named_source_profile(rules):
    html = PAGE.read_text(encoding="utf-8")
    doc = pipeline.extract_text(html, source="hwanghae-biz", url="https://example.com/2025-11-18.html", rules=rules)
    golden = ROOT / "tests" / "golden" / "clean" / "hwanghae-biz" / "2025-11-18.html.txt"
    assert doc.source == "hwanghae-biz" and doc.doc_id == "https://example.com/2025-11-18.html"
    assert doc.clean + "\n" == golden.read_text(encoding="utf-8")
    assert doc.published == "2025-11-18"
    # Without the profile the page's furniture is not known: the same page cleans differently.
    assert pipeline.extract_text(html, rules=rules).clean != doc.clean


def test_extract_text_says_what_is_wrong(rules):
    with pytest.raises(ValueError, match="unknown source profile 'nope'; known: generic, "):
        pipeline.extract_text("상하이", source="nope", rules=rules)
    with pytest.raises(pipeline.BadInput):
        pipeline.extract_text("", rules=rules)


def test_extract_files_gives_the_rows_the_cli_writes(seeds_extracted):
    paths = sorted((ROOT / "raw").rglob("*.*"))
    results = pipeline.extract_files(paths, jobs=2)
    assert [r.doc_id for r in results] == [r["doc_id"] for r in read_csv(seeds_extracted / "documents.csv")]
    got = pipeline.frames(results)
    want = pipeline.load(seeds_extracted)
    for name in want._fields:
        pd.testing.assert_frame_equal(getattr(got, name), getattr(want, name))


def test_extract_files_reports_a_bad_file_and_goes_on(tmp_path):
    bad = tmp_path / "src" / "bad.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"")
    [result] = pipeline.extract_files([bad])
    assert result.doc_id == "src/bad.txt" and result.error


def test_load_keeps_every_row_and_exact_value(seeds_extracted):
    tables = pipeline.load(seeds_extracted)
    for name in tables._fields:
        assert len(getattr(tables, name)) == len(read_csv(seeds_extracted / f"{name}.csv"))
    rows = read_csv(seeds_extracted / "facts.csv")
    facts = tables.facts
    assert all(isinstance(v, Decimal) for v in facts.value)
    assert [format_decimal(v) for v in facts.value] == [r["value"] for r in rows]
    assert [format_decimal(v) if v is not None else "" for v in facts.value_max] == [r["value_max"] for r in rows]
    assert facts.value_float.dtype == "float64"
    assert facts.value_float.tolist() == [float(r["value"]) for r in rows]
    assert facts.surface.tolist() == [r["surface"] for r in rows]


def test_load_gives_each_column_its_type(seeds_extracted):
    docs, places, facts = pipeline.load(seeds_extracted)
    assert str(docs.published.dtype).startswith("datetime64")
    assert docs.set_index("doc_id").published["hwanghae-biz/2025-11-18.html"] == pd.Timestamp("2025-11-18")
    assert pd.isna(docs.set_index("doc_id").published["report-2004/000_8c6fa38a57622a72.txt"])
    for df, col in ((places, "level"), (facts, "unit"), (facts, "quantity")):
        assert isinstance(df[col].dtype, pd.CategoricalDtype), col
    assert pd.api.types.is_string_dtype(places.adcode)
    assert places.set_index("name_zh").adcode["江苏省"].iloc[0] == "320000"
    assert str(facts.start.dtype) == "Int64"


def test_load_reads_leading_zeros_and_big_values_exactly(tmp_path, seeds_extracted):
    # Values Excel and float would round, and codes a number type would shorten.
    for name in ("documents", "places", "facts"):
        (tmp_path / f"{name}.csv").write_bytes((seeds_extracted / f"{name}.csv").read_bytes())
    text = (tmp_path / "facts.csv").read_text(encoding="utf-8-sig").replace(",50000000000,", ",12345678901234567.89,", 1)
    (tmp_path / "facts.csv").write_text(text, encoding="utf-8-sig")
    text = (tmp_path / "places.csv").read_text(encoding="utf-8-sig").replace(",320000,", ",012345,", 1)
    (tmp_path / "places.csv").write_text(text, encoding="utf-8-sig")
    _, places, facts = pipeline.load(tmp_path)
    assert Decimal("12345678901234567.89") in facts.value.tolist()
    assert "012345" in places.adcode.tolist()


def test_load_names_the_missing_files(tmp_path):
    with pytest.raises(FileNotFoundError, match="no documents.csv, places.csv, facts.csv"):
        pipeline.load(tmp_path)


def test_load_undoes_the_spreadsheet_quote(tmp_path, seeds_extracted):
    # The writer puts ' before a text cell that a spreadsheet would run (pipeline/cells.py).
    for name in ("documents", "places", "facts"):
        (tmp_path / f"{name}.csv").write_bytes((seeds_extracted / f"{name}.csv").read_bytes())
    rows = read_csv(tmp_path / "facts.csv")
    rows[0]["subject"], rows[1]["subject"] = "'-5.9℃ 한파", "''=x"
    with open(tmp_path / "facts.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    subjects = pipeline.load(tmp_path).facts.subject.tolist()
    assert subjects[:2] == ["-5.9℃ 한파", "'=x"]


def test_rules_folder_overlays_the_packaged_rules_as_the_readme_says(tmp_path):
    from pipeline.rules import load_rules
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "report-2004.toml").write_text(     # same name: replaces the packaged one
        'name = "report-2004"\n[detect]\npaths = ["report-2004/*"]\n', encoding="utf-8")
    (tmp_path / "profiles" / "my-site.toml").write_text(          # new name: adds a source
        'name = "my-site"\n[detect]\npaths = ["my-site/*"]\n', encoding="utf-8")
    (tmp_path / "places").mkdir()
    (tmp_path / "places" / "aliases_mine.tsv").write_text(         # adds a spelling
        "alias\tkey\tmatch\tstrength\n상하이시티\t上海市@310000\talias\tstrong\n", encoding="utf-8")
    rules = load_rules(tmp_path, stages=("places",))
    profiles = {p.name: p for p in rules.profiles.all()}
    assert not profiles["report-2004"].won_means_yuan          # the packaged file says true
    assert "my-site" in profiles and "hwanghae-biz" in profiles
    doc = pipeline.extract_text("상하이시티와 상하이", rules=rules)
    assert [(p.surface, p.name_zh) for p in doc.places] == [("상하이시티", "上海市"), ("상하이", "上海市")]
