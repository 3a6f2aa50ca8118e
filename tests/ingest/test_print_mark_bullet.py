"""An archive's print mark behind a bullet, with the paper's name and edition between the day and
the page (`■ 1991.04.02 大韓日報 夕刊 2面 (國際)`, `▶ 2002.11.08 가상일보 조간 3면 (경제)`), is furniture that dates the page; it is never the
title. Invented page; the rule is generic.toml's print_mark_line."""
from __future__ import annotations

from pipeline.api import extract_text

PAGE = """■ 1991.04.02  大韓日報  夕刊 2面  (國際)

上海 浦東 개발 가속

상하이시는 올해 포동 지구에 외자 12억 달러를 유치했다고 밝혔다. 시 당국은 내년에도 투자를 늘릴 계획이다.
"""


def test_a_bulleted_print_mark_dates_the_page_and_is_not_the_title():
    doc = extract_text(PAGE, url="archive/19910402.txt")
    assert doc.title == "上海 浦東 개발 가속"
    assert doc.published == "1991-04-02"
    assert "夕刊 2面" not in doc.clean
    assert "외자 12억 달러를 유치했다" in doc.clean


def test_a_sentence_that_cites_the_mark_stays():
    doc = extract_text(PAGE.replace("상하이시는", "▶ 2002.11.08 가상일보 조간 3면에 실린 대로 상하이시는"),
                       url="archive/19910402.txt")
    assert "조간 3면에 실린 대로" in doc.clean
