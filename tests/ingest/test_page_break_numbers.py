"""A number cut by a page break (round 16, found measuring held-out set 13): the head ends one page, the tail
starts the next, with a page mark and a running header between. Removing the head as a short line left the tail
alone, a wrong value that looks right (`18억 위안` for `3,218억 위안`). Pages of our own invention."""
from pipeline.api import extract_text

HEADER = "가상정책연구원 이슈노트 제7호 · 서부개발팀"


def _report(head_line: str, tail_line: str) -> str:
    return "\n".join([
        HEADER, "", "1 / 9", "", "Ⅱ. 국경 무역의 흐름", "",
        "윈난성(雲南省)의 대미얀마 교역액은 지난해", head_line, "", "2 / 9", "", HEADER, "",
        tail_line + " 교역액 증가율은 6.1%로 집계됐다.", "쿤밍(昆明)에서 국경까지 화물 운송에는 이틀이 걸린다.",
        "", "3 / 9", "", HEADER, "", "윈난성 정부는 통관 시간을 더 줄일 계획이다."])


def test_a_grouped_number_cut_inside_a_group_is_read_whole_across_the_break():
    doc = extract_text(_report("2,4", "67억 위안이다."))
    assert "2,467억 위안이다." in doc.clean        # (lines that are paragraphs here: the number is joined whole)
    assert [(f.surface, f.value) for f in doc.facts if f.unit == "CNY"] == [("2,467억 위안", 246700000000)]


def test_a_text_line_ending_in_a_number_head_goes_on_past_the_break():
    doc = extract_text(_report("모두 1억", "2천만 달러였다."))
    assert "모두 1억2천만 달러였다." in doc.clean
    assert [(f.surface, f.value) for f in doc.facts if f.unit == "USD"] == [("1억2천만 달러", 120000000)]


def test_a_page_that_ends_a_sentence_joins_nothing():
    doc = extract_text(_report("2,467억 위안이다.", "2025년에는"))
    assert [(f.surface, f.value) for f in doc.facts if f.unit == "CNY"] == [("2,467억 위안", 246700000000)]
    assert "1 / 9" not in doc.clean and HEADER not in doc.clean
