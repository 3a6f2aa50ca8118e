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


def test_wrong_values_pair_a_miss_and_a_false_positive_at_one_surface(ev) -> None:
    expected = [fact("a.txt", "372000000", "USD", surface="3억7천2백만달러"), fact("a.txt", "5", "개", surface="5개")]
    found = [fact("a.txt", "2000000", "USD", surface="3억7천2백만달러"), fact("a.txt", "6", "개", surface="6개")]
    m = ev.compare(expected, found, ev.fact_key)
    wrong = ev.wrong_values(m)
    assert [(e["value"], f["value"]) for e, f in wrong] == [("372000000", "2000000")]
    lines, _ = ev.evaluate("s", {"facts": expected}, {"facts": found}, {})
    assert "wrong values 1" in "\n".join(lines)


def test_wrong_values_pair_a_longer_surface_that_holds_the_expected_one(ev) -> None:
    expected = [fact("a.txt", "900000000", "CNY", surface="9억 원"), fact("a.txt", "5", "%", surface="5%")]
    found = [fact("a.txt", "900000000", "KRW", surface="인민폐 9억 원"), fact("a.txt", "0.5", "%", surface="0.5%")]
    wrong = ev.wrong_values(ev.compare(expected, found, ev.fact_key))
    assert [(e["unit"], f["unit"]) for e, f in wrong] == [("CNY", "KRW")]     # 0.5% does not hold 5%


def test_wrong_values_match_surfaces_across_a_line_break(ev) -> None:
    expected = [fact("a.txt", "6200000000", "CNY", surface="62억 원")]
    found = [fact("a.txt", "6200000000", "KRW", surface="62억원")]
    wrong = ev.wrong_values(ev.compare(expected, found, ev.fact_key))
    assert [(e["unit"], f["unit"]) for e, f in wrong] == [("CNY", "KRW")]


def test_wrong_values_pair_a_part_of_the_expected_surface(ev) -> None:
    """`4.1개 백분점` read as a count `4.1개`, `3억 4567만 8900` read as its tail `8900`:
    wrong values, though no found row holds the expected surface."""
    expected = [fact("a.txt", "4.1", "pp", surface="4.1개 백분점"),
                fact("a.txt", "345678900", "", surface="3억 4567만 8900"),
                fact("a.txt", "5", "%", surface="5%")]
    found = [fact("a.txt", "4.1", "개", surface="4.1개"), fact("a.txt", "8900", "", surface="8900"),
             fact("a.txt", "1.5", "%", surface="1.5%")]    # 5% is not a part of 1.5%
    wrong = ev.wrong_values(ev.compare(expected, found, ev.fact_key))
    assert [(e["surface"], f["surface"]) for e, f in wrong] == [("4.1개 백분점", "4.1개"), ("3억 4567만 8900", "8900")]


def test_a_matched_fact_with_another_range_end_or_the_opposite_change_is_wrong(ev) -> None:
    def row(surface: str, value_max: str = "", change: str = "", qualifier: str = "") -> dict[str, str]:
        return {**fact("a.txt", "10", "%", surface=surface), "value_max": value_max, "change": change,
                "qualifier": qualifier}
    expected = [row("10~20%", value_max="20"), row("10% 감소", change="decrease"),
                row("10% 늘어", change="increase"), row("약 10%", qualifier="approx")]
    found = [row("10~20%"), row("10% 감소", change="increase"), row("10% 늘어"), row("약 10%")]
    m = ev.compare(expected, found, ev.fact_key)
    assert [(e["surface"], column) for e, _, column in ev.wrong_readings(m)] == [
        ("10~20%", "value_max"), ("10% 감소", "change")]
    text = "\n".join(ev.evaluate("s", {"facts": expected}, {"facts": found}, {})[0])
    assert "wrong values 2" in text
    assert "columns differ on matched facts: qualifier 1, change 2" in text
    assert "a.txt: 10% 늘어: expected 'increase', got ''" in text


def test_score_lines_ignores_whitespace_and_counts_missing_text_as_nothing_removed(ev) -> None:
    clean = {"a.txt": "대련 개발구\n\n투자는 3억7천2백만 달러에 이르렀다."}
    rows = [{"doc_id": "a.txt", "kind": "body", "text": "투자는 3억7천\n2백만달러에 이르렀다."},
            {"doc_id": "a.txt", "kind": "body", "text": "사라진 문장이다."},
            {"doc_id": "a.txt", "kind": "furniture", "text": "김철수 기자"},
            {"doc_id": "a.txt", "kind": "furniture", "text": "대련 개발구"},
            {"doc_id": "b.txt", "kind": "furniture", "text": "인쇄"}]
    removed, kept = ev.score_lines(rows, clean.get)
    assert (removed.passed, len(removed.failures)) == (1, 2)
    assert (kept.passed, len(kept.failures)) == (1, 1)
    assert kept.value == pytest.approx(0.5)
    with pytest.raises(ValueError):
        ev.score_lines([{"doc_id": "a.txt", "kind": "menu", "text": "x"}], clean.get)


def test_score_pages_normalises_whitespace_and_both_empty_is_right(ev) -> None:
    docs = {"a.txt": {"title": "대련  개발구 ", "published": "1994-03-15"}, "b.txt": {"title": "", "published": ""}}
    rows = [{"doc_id": "a.txt", "title": "대련 개발구", "published": "1994-03-15"},
            {"doc_id": "b.txt", "title": "", "published": "2024-07-03"},
            {"doc_id": "c.txt", "title": "없는 문서", "published": ""}]
    titles, dates = ev.score_pages(rows, docs)
    assert (titles.passed, len(titles.failures)) == (2, 1)
    assert (dates.passed, len(dates.failures)) == (2, 1)


def test_find_sets_accepts_parts_and_a_plain_set(ev, tmp_path) -> None:
    (tmp_path / "raw").mkdir()
    (tmp_path / "p1" / "raw").mkdir(parents=True)
    (tmp_path / "p2" / "expected").mkdir(parents=True)   # no raw: not a part
    sets = ev.find_sets(tmp_path, "s")
    assert [(s.name, s.raw, s.expected) for s in sets] == [
        ("s", tmp_path / "raw", tmp_path / "expected"), ("s/p1", tmp_path / "p1" / "raw", tmp_path / "p1" / "expected")]


FIXTURE = Path(__file__).parent / "fixtures" / "evalset"


def test_eval_scores_a_fixture_set_end_to_end(ev, capsys) -> None:
    """`scripts/eval.py --set` on a one-document fixture: the pipeline runs, every table is scored."""
    assert ev.main(["--set", str(FIXTURE), "--no-floor"]) == 0
    out = capsys.readouterr().out
    assert "== evalset/part1 ==" in out
    assert "furniture_removed  1.000  (2 of 2)" in out
    assert "body_kept          1.000  (2 of 2)" in out
    assert "title              1.000  (1 of 1)" in out
    assert "places  P 1.000  R 1.000" in out
    assert "wrong values 0" in out


def test_a_part_exception_lowers_only_its_own_floor(ev) -> None:
    targets = {"facts": {"precision": 0.97, "subject": 0.85},
               "parts": {"devset/x": {"facts": {"subject": 0.65}}}}
    assert ev.part_targets(targets, "devset/x") == {"facts": {"precision": 0.97, "subject": 0.65}}
    assert ev.part_targets(targets, "devset/y") == {"facts": {"precision": 0.97, "subject": 0.85}}
