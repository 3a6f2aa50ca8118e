"""Dates of the system (export, download, print, search, access, retrieval, collection) never date the
page; the article's own date (an archive's date label, a print mark, `입력`, a dateline, `게시일`) does;
when only such stamps are there, `published` is empty (pipeline/ingest/dates.py, data/date_labels.toml).
Pages of our own invention."""
from __future__ import annotations

import re
import tomllib

import pytest

from pipeline.api import extract_text
from pipeline.ingest.dates import DATE_LABELS, date_priority, iso_date

RULES = tomllib.loads(DATE_LABELS.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(RULES))
def test_label_examples_match_and_keep_lines_do_not(name):
    rx = re.compile(RULES[name]["pattern"])
    assert RULES[name]["examples"] and RULES[name]["keep"]
    for line in RULES[name]["examples"]:
        assert rx.search(line), line
    for line in RULES[name]["keep"]:
        assert not rx.search(line), line


@pytest.mark.parametrize("text, iso", [("Date: Mon, 23 Nov 2026 08:12:40 +0900", "2026-11-23"),
                                       ("Accessed November 3, 2026", "2026-11-03"),
                                       ("Sent: 8 Oct. 2026", "2026-10-08"),
                                       ("2026.11.03 (화)", "2026-11-03"),
                                       ("Mon, 31 Foo 2026", "")])
def test_english_dates_are_read(text, iso):
    assert iso_date(text) == iso


def test_priorities() -> None:
    assert date_priority("출력일시: 2026.11.30 09:41", 3) is None
    assert date_priority("내보내기 일시: 2026-11-27 14:03", 2) is None
    assert date_priority("게시일 2026.11.03", None) == 3
    assert date_priority("입력 2026.11.03 09:00", 2) == 2
    assert date_priority("조회 41 | 2026.11.03", 3) == 3


EXPORT = """=== 가상솔빛신문 기사 DB 내보내기 (TXT) ===
내보내기 일시: 2026-11-20 10:00
검색어: 청도
[DB] 기사번호 SB-19980305-0012
게재일: 1998년 3월 5일 6면

청도 개발구에 한국 전자업체 공장 잇따라

【청도=본사 특약】 중국 산동성 청도(靑島) 개발구에 올해 들어 한국 전자업체 8곳이 새로 공장을 세웠다. 개발구 관리위원회가 4일 밝혔다.
"""

PRINT = """***** 가상솔빛일보 디지털 아카이브 *****
출력일시: 2026.11.29 18:20

상해 외고교 보세구 무역액 두 배로

1993.07.21 가상솔빛일보 4면

중국 상해(上海)시 외고교 보세구의 상반기 무역액이 작년의 두 배로 늘었다고 현지 당국이 20일 밝혔다.
"""

ONLY_STAMPS = """■■ 가상솔빛 뉴스 아카이브 ■■
다운로드: 2026-11-28 16:20
수집일: 2026.11.28

다롄항 한국행 카페리 증편

다롄(大連)항은 한국행 카페리 운항을 늘리기로 했다.
"""


def test_an_exports_stamp_never_beats_the_articles_own_date() -> None:
    r = extract_text(EXPORT)
    assert r.title == "청도 개발구에 한국 전자업체 공장 잇따라"
    assert r.published == "1998-03-05"
    assert "내보내기" not in r.clean and "기사번호" not in r.clean


def test_a_print_stamp_gives_way_to_the_print_mark() -> None:
    r = extract_text(PRINT)
    assert r.title == "상해 외고교 보세구 무역액 두 배로"
    assert r.published == "1993-07-21"
    assert "*****" not in r.clean


def test_a_page_with_only_system_stamps_has_no_date() -> None:
    r = extract_text(ONLY_STAMPS)
    assert r.title == "다롄항 한국행 카페리 증편"
    assert r.published == ""


def test_an_html_print_page_is_dated_by_the_article_not_the_print() -> None:
    page = ("<html><head><title>국제 | 가상솔빛신문</title></head><body><p>*** 인쇄용 페이지 ***</p>"
            "<p>인쇄일시 : 2026-11-30 08:15</p><h1>선양 자동차 부품 단지 확장</h1>"
            "<p>2026년 11월 12일 | 산업부 | 가상 기자</p><p>선양(瀋陽)시는 자동차 부품 단지를 넓힌다고 밝혔다.</p>"
            "<p>출력일: 2026.11.30</p></body></html>")
    r = extract_text(page, url="solbit/print.html")
    assert r.title == "선양 자동차 부품 단지 확장"
    assert r.published == "2026-11-12"


def test_a_posting_label_dates_the_page_and_a_retrieval_stamp_does_not() -> None:
    page = ("<html><head><title>솔빛 웹진 2026 가을호</title></head><body><p>솔빛 웹진</p><p>2026 가을호</p>"
            "<h3>하얼빈 빙설 관광객 역대 최대</h3><p>게시일 2026.10.21</p>"
            "<p>하얼빈(哈爾濱)시를 찾은 관광객이 올겨울 역대 최대를 기록할 전망이다.</p><p>조회일: 2026.11.30</p></body></html>")
    r = extract_text(page, url="solbit/webzine.html")
    assert r.title == "하얼빈 빙설 관광객 역대 최대"
    assert r.published == "2026-10-21"


def test_a_date_inside_a_system_banner_never_dates_the_page() -> None:
    r = extract_text("=== 가상솔빛 아카이브 2026-11-27 ===\n\n톈진항 한국 항로 신설\n\n톈진(天津)항은 한국 항로를 새로 열었다.\n"
                     "\n[1999.02.11 가상솔빛일보 3면]\n")
    assert r.title == "톈진항 한국 항로 신설"
    assert r.published == "1999-02-11"


@pytest.mark.parametrize("head, published", [
    ("=== 가상솔빛DB 기사 내보내기 (TXT) ===\n내보내기: 2026-11-27\n\n대련항 물동량 늘어\n\n【대련=본사 특약 2007.3.9】 ", "2007-03-09"),
    ("가상솔빛DB 내보내기 | 2026-11-27\n기사일자: 2007.03.09 | 가상솔빛일보 | 3면\n\n대련항 물동량 늘어\n\n", "2007-03-09"),
    ("가상솔빛DB 내보내기 | 2026-11-27\n\n대련항 물동량 늘어\n\n", ""),
])
def test_the_articles_dateline_or_date_label_dates_it_and_an_export_stamp_never(head, published) -> None:
    r = extract_text(head + "대련항의 물동량이 크게 늘었다. 항만 당국이 밝혔다.\n")
    assert r.title == "대련항 물동량 늘어"
    assert r.published == published
