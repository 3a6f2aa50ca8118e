"""A table laid out in columns above the text's first sentence is body, not a menu: its
short rows (`인천        위해         3`) end in a figure after a run of spaces. A menu of
short items stays furniture (places5 helper: a ferry and a battery table lost their rows)."""
from __future__ import annotations

import pytest

from pipeline.ingest.clean import clean

LEAD = "인천과 평택은 산동성 항만과의 항로가 가장 많다."



@pytest.mark.parametrize("row", ["인천        위해         3", "평택        일조         2",
                                 "3     의빈   사천     95", "6     수녕   사천     45"])
def test_a_column_table_row_above_the_text_stays(generic, row):
    lines = ["한중 카페리 항로 운항 현황", "", "한국 항만   중국 항만   주간 운항",
             "인천        위해         3", "평택        일조         2",
             "3     의빈   사천     95", "6     수녕   사천     45", "", LEAD]
    assert " ".join(row.split()) in clean(lines, generic).text


@pytest.mark.parametrize("item", ["홈", "뉴스", "경제", "로그인"])
def test_a_menu_of_short_items_still_goes(generic, item):
    lines = ["홈", "뉴스", "경제", "로그인", "한중 카페리 항로 운항 현황", "", LEAD]
    assert item not in clean(lines, generic).text.split()
