"""Lines that name the publication (a masthead, a series or issue line, an institute's brief, a
periodical's name) or the system (a framed banner) are never the title: the story's headline under
them is (data/not_headlines.toml `publication`, `system_banner`, `organisation`). Pages of our own invention."""
from __future__ import annotations

from pipeline.api import extract_text

BRIEF = """가상솔빛연구원 ISSUE BRIEF
No.415 · 2026. 9. 14.

우한 자동차 반도체, 한국 소재 기업의 기회

연구위원 가상

후베이성 우한(武漢)시는 자동차 반도체 기업 30곳을 유치하는 계획을 내놓았다.
"""

REPORT = """가상솔빛 차이나 리포트
주간 중국 물류 동향

정저우 항공화물, 한국행 비중 9%로

작성: 2026.10.02 | 가상솔빛 물류팀

허난성 정저우(鄭州) 공항의 한국행 항공화물 비중이 올해 9%로 높아졌다.
"""

BULLETIN = ("<html><head><title>솔빛과학기술련합회 소식</title></head><body><p>솔빛과학기술련합회 소식</p>"
            "<p>제88호　2026년 10월 5일</p><p><b>훈춘시 수산물 가공단지 12곳으로 늘린다</b></p>"
            "<p>훈춘시는 래년까지 수산물 가공단지를 12곳으로 늘린다고 밝혔다.</p></body></html>")


def test_an_institutes_series_line_is_no_title() -> None:
    r = extract_text(BRIEF)
    assert r.title == "우한 자동차 반도체, 한국 소재 기업의 기회"
    assert r.published == "2026-09-14"
    assert "ISSUE BRIEF" not in r.clean


def test_a_periodicals_name_and_its_kind_line_are_no_title() -> None:
    r = extract_text(REPORT)
    assert r.title == "정저우 항공화물, 한국행 비중 9%로"
    assert r.published == "2026-10-02"
    assert "차이나 리포트" not in r.clean and "주간 중국 물류 동향" not in r.clean


def test_a_bulletins_masthead_is_no_title() -> None:
    r = extract_text(BULLETIN, url="solbit/sosik-88.html")
    assert r.title == "훈춘시 수산물 가공단지 12곳으로 늘린다"
    assert r.published == "2026-10-05"


def test_a_headline_ending_in_a_kind_word_is_still_the_title_when_alone() -> None:
    r = extract_text("중국 10월 수출 동향\n\n중국의 10월 수출은 작년보다 3% 늘었다.\n")
    assert r.title == "중국 10월 수출 동향"


def test_a_bulletins_name_before_soshik_is_no_title_in_plain_text() -> None:
    r = extract_text("가상농업과학원 소식\n제31호 2026년 9월 2일\n\n연길시 벼 수확량 8% 늘어\n\n연길시의 올해 벼 수확량이 8% 늘었다.\n")
    assert r.title == "연길시 벼 수확량 8% 늘어"
    assert r.published == "2026-09-02"
