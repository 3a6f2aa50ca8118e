"""The comparison logic of scripts/eval.py, on tiny hand-made rows (no pipeline run)."""
from __future__ import annotations

import importlib.util
import sys
from decimal import Decimal
from pathlib import Path

import pytest

_PATH = Path(__file__).parent.parent / "scripts" / "eval.py"


@pytest.fixture(scope="module")
def ev():
    spec = importlib.util.spec_from_file_location("eval_script", _PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def place(doc: str, surface: str, name_zh: str) -> dict[str, str]:
    return {"doc_id": doc, "surface": surface, "name_zh": name_zh}


def fact(doc: str, value: str, unit: str, subject: str = "", surface: str = "") -> dict[str, str]:
    return {"doc_id": doc, "value": value, "unit": unit, "subject": subject, "surface": surface}


def test_places_multiset_counts_repeats(ev) -> None:
    expected = [place("a.txt", "광동성", "广东省")] * 3 + [place("a.txt", "심천", "深圳市")]
    found = [place("a.txt", "광동성", "广东省")] * 2 + [place("a.txt", "광주", "广州市")]
    m = ev.compare(expected, found, ev.place_key)
    assert len(m.pairs) == 2
    assert [r["surface"] for r in m.misses] == ["광동성", "심천"]
    assert [r["surface"] for r in m.false_positives] == ["광주"]
    assert m.precision == pytest.approx(2 / 3)
    assert m.recall == pytest.approx(2 / 4)
    assert m.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_place_key_needs_same_name_and_document(ev) -> None:
    m = ev.compare([place("a.txt", "광주", "广州市")],
                   [place("a.txt", "광주", "光州"), place("b.txt", "광주", "广州市")], ev.place_key)
    assert not m.pairs and len(m.misses) == 1 and len(m.false_positives) == 2


def test_fact_values_compare_as_decimals(ev) -> None:
    expected = [fact("a.txt", "9656000000", "CNY"), fact("a.txt", "46", "percent"), fact("a.txt", "21689.5", "CNY")]
    found = [fact("a.txt", "9.656E+9", "CNY"), fact("a.txt", "46.0", "percent"), fact("a.txt", "21689.50", "KRW")]
    m = ev.compare(expected, found, ev.fact_key)
    assert len(m.pairs) == 2
    assert [r["value"] for r in m.misses] == ["21689.5"]          # unit differs
    assert [r["unit"] for r in m.false_positives] == ["KRW"]
    assert ev.fact_key(found[0])[1] == Decimal("9656000000")


def test_unparsable_value_never_matches_a_number(ev) -> None:
    m = ev.compare([fact("a.txt", "5", "개")], [fact("a.txt", "five", "개")], ev.fact_key)
    assert not m.pairs and len(m.misses) == 1 and len(m.false_positives) == 1


def test_nothing_found_gives_undefined_precision(ev) -> None:
    m = ev.compare([place("a.txt", "북경", "北京市")], [], ev.place_key)
    assert m.precision is None and m.recall == 0 and m.f1 is None
    assert ev.fmt(m.precision) == "n/a"
    empty = ev.compare([], [], ev.place_key)
    assert empty.precision is None and empty.recall is None


def test_subject_share_pairs_in_reading_order(ev) -> None:
    expected = [fact("a.txt", "88", "건", "협력프로젝트"), fact("a.txt", "88", "건", "토지위법사건"),
                fact("a.txt", "3", "배", "임대료")]
    found = [fact("a.txt", "88", "건", "협력프로젝트"), fact("a.txt", "88", "건", "사건"),
             fact("a.txt", "3", "배", " 임대료 ")]
    m = ev.compare(expected, found, ev.fact_key)
    assert ev.subject_share(m) == pytest.approx(2 / 3)
    assert ev.subject_share(ev.compare([], found, ev.fact_key)) is None


def test_floors(ev) -> None:
    floors = {"precision": 0.97, "recall": 0.95}
    assert ev.below_floors({"precision": 0.98, "recall": 0.95}, floors) == []
    assert ev.below_floors({"precision": 0.96, "recall": 0.99}, floors) == ["precision 0.960 < 0.97"]
    assert ev.below_floors({"precision": None, "recall": 0.0}, floors) == [
        "precision n/a < 0.97", "recall 0.000 < 0.95"]


def test_evaluate_reports_per_document(ev) -> None:
    expected = {"places": [place("r/a.txt", "광동성", "广东省"), place("r/b.html", "상해", "上海市")],
                "facts": [fact("r/a.txt", "9656000000", "CNY", "사업비", "96.56억 위엔")]}
    found = {"places": [place("r/a.txt", "광동성", "广东省"), place("r/b.html", "상해", "上海市"),
                        place("r/b.html", "서울", "首尔")],
             "facts": [fact("r/a.txt", "9656000000", "CNY", "사업비", "96.56억 위엔")]}
    lines, failed = ev.evaluate("devset", expected, found,
                                {"places": {"precision": 0.97}, "facts": {"subject": 0.85}})
    text = "\n".join(lines)
    assert "places  P 0.667  R 1.000" in text
    assert "subject 1.000" in text
    assert "places false positives (1):\n    r/b.html\n      - 서울 -> 首尔" in text
    assert failed == ["devset places precision 0.667 < 0.97"]


def test_evaluate_skips_a_table_without_expected_rows(ev) -> None:
    lines, failed = ev.evaluate("seeds", {"places": [place("a.txt", "북경", "北京市")]},
                                {"places": [], "facts": [fact("a.txt", "5", "개")]},
                                {"places": {"recall": 0.95}, "facts": {"precision": 0.97}})
    assert not any(line.startswith("facts") for line in lines)
    assert failed == ["seeds places recall 0.000 < 0.95"]
    assert "      - 북경 -> 北京市" in lines
