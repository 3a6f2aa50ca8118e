"""Round 18: figures in table rows of report text (pipeline/facts/table_cells.py). Held-out set 14's writers counted
`-2.9%` in a row `2023 437.6 -2.9%` under `연도 매출 증감률` as a fact whose subject is the column head; the pipeline
read `437.6 -2.9%` as a range and gave nothing. Texts are invented, in the cleaner's form (one row a line)."""
from pipeline.facts import find_facts
from pipeline.facts.table_cells import table_cells


def _facts(text, rules):
    return [(f.surface, str(f.value), f.unit, f.subject) for f in find_facts(text, [], [], rules)]


TABLE = ("<표 1> 푸젠성 수출액 추이 (단위: 억 달러)\n\n연도 수출액 증감률\n\n2023 318.4 -2.4%\n\n2024 330.9 3.9%\n\n"
         "2025 301.2 −9.0%\n\n자료: 푸젠성 상무청(2026)")


def test_signed_rates_in_rows_are_facts_of_their_column(fact_rules):
    assert _facts(TABLE, fact_rules) == [("-2.4%", "-2.4", "percent", "증감률"), ("3.9%", "3.9", "percent", "증감률"),
                                         ("−9.0%", "-9", "percent", "증감률")]


def test_a_longer_label_is_read_from_the_right(fact_rules):
    text = "법인 매출액 증가율\n\n닝보 법인 412 –1.5%\n\n자싱 법인 208 7.4%"
    assert _facts(text, fact_rules) == [("–1.5%", "-1.5", "percent", "증가율"), ("7.4%", "7.4", "percent", "증가율")]


def test_a_head_with_its_units_in_brackets(fact_rules):
    text = "도시 가공량(만 톤) 증가율\n\n푸저우 41.3 12.5%\n\n샤먼 22.8 −3.7%"
    assert _facts(text, fact_rules) == [("12.5%", "12.5", "percent", "증가율"), ("−3.7%", "-3.7", "percent", "증가율")]


def test_a_hollow_triangle_under_a_rate_head_is_a_minus(fact_rules):
    text = "항만 물동량 증감률\n\n닝보 62,540 △1.8%\n\n원저우 9,870 5.2%\n\n※ △는 감소를 뜻함"
    assert _facts(text, fact_rules) == [("△1.8%", "-1.8", "percent", "증감률"), ("5.2%", "5.2", "percent", "증감률")]


def test_a_hollow_triangle_under_another_head_stays_no_row(fact_rules):
    text = "항만 물동량 비중\n\n닝보 62,540 △1.8%"
    assert _facts(text, fact_rules) == []


def test_a_page_marking_falls_with_the_down_triangle_keeps_its_rule(fact_rules):
    # there △ is the hollow mark of a rise (qualifiers.toml rise_where_page_has): no minus from the table
    text = "위안화는 ▽0.4원 내린 183.1원이었다.\n\n항만 물동량 증감률\n\n닝보 62,540 △1.8%"
    assert all(not f.surface.startswith("△") or f.value > 0 for f in find_facts(text, [], [], fact_rules))


def test_ranges_keep_their_dash(fact_rules):
    assert _facts("성장률은 10-20%로 본다.", fact_rules)[0][:3] == ("10-20%", "10", "percent")
    assert _facts("성장률은 10 - 20%로 본다.", fact_rules)[0][:3] == ("10 - 20%", "10", "percent")


def test_no_table_without_two_figures_under_a_head_line(fact_rules):
    rate = frozenset({"증감률"})
    assert table_cells("품목별 특징\n\nㆍ 닝샤 21%", rate) == []            # a list item under a heading
    assert table_cells("2. 수출 동향\n\n닝샤 4,560 21%", rate) == []        # a numbered heading is no head line
    assert table_cells("수출은 늘었다.\n\n닝샤 4,560 21%", rate) == []       # a sentence is no head line
    cells = table_cells("지역 수출액 증감률\n\n닝샤 4,560 21%", rate)
    assert [(c.head, c.rate) for c in cells] == [("수출액", False), ("증감률", True)]
