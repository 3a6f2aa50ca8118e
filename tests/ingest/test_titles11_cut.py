"""A metadata title cut after a word with no mark gives way to the page's headline that goes on from it;
a copy's date stamp is no title even with no other line above its text, and dates it. Pages of our own
invention."""
from __future__ import annotations

from pipeline.api import extract_text


def _page(og: str, h1: str) -> str:
    return (f"<html><head><title>{h1} | 가상솔빛경제</title><meta property=\"og:title\" content=\"{og}\"></head><body>"
            f"<h1>{h1}</h1><p class=\"date\">2026-09-08</p><p>다롄시는 항만 물류단지를 넓혀 연 30만TEU를 처리한다.</p></body></html>")


def test_a_title_cut_after_a_word_takes_the_whole_headline() -> None:
    r = extract_text(_page("다롄 항만 물류단지 확장…연 30만TEU", "다롄 항만 물류단지 확장…연 30만TEU 처리"), url="solbit/a.html")
    assert r.title == "다롄 항만 물류단지 확장…연 30만TEU 처리"


def test_a_site_name_after_the_title_is_no_part_of_it() -> None:
    r = extract_text(_page("다롄 항만 물류단지 확장 본격화", "다롄 항만 물류단지 확장 본격화 - 가상솔빛경제"), url="solbit/b.html")
    assert r.title == "다롄 항만 물류단지 확장 본격화"


def test_a_stamp_over_the_first_sentence_is_no_title_and_dates_the_copy() -> None:
    r = extract_text("2026.09.08 가상솔빛방송\n다롄시는 8일 항만 물류단지를 넓힌다고 밝혔다.\n")
    assert r.title == "" and r.published == "2026-09-08"
    assert r.clean.startswith("다롄시는")


def test_a_system_stamp_over_the_first_sentence_dates_nothing() -> None:
    r = extract_text("2026.11.30 09:41 출력\n다롄시는 8일 항만 물류단지를 넓힌다고 밝혔다.\n")
    assert r.published == ""


def test_a_title_cut_at_its_ellipsis_takes_the_headlines_second_half() -> None:
    r = extract_text(_page("다롄 항만 물류단지 확장", "다롄 항만 물류단지 확장…\"연 30만TEU 처리\""), url="solbit/c.html")
    assert r.title == "다롄 항만 물류단지 확장…\"연 30만TEU 처리\""
