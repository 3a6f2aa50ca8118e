"""Adversarial pass 6 over titles: a page whose `<title>` and `og:title` are only the paper's name
in Hangul (`가상동북신문`) kept it as the title and the header line in the text; a newsletter's
section label (`■ 이번 호 주요 소식`) above its first story was taken for the headline. Pages
invented for the test."""
from __future__ import annotations

from pipeline.api import extract_text

NEWS = """<html><head><title>가상동북신문</title><meta property="og:title" content="가상동북신문"></head><body>
<header><a href="/">가상동북신문</a> <a href="/login">로그인</a></header>
<div class="path">홈 &gt; 경제 &gt; 중국</div>
<h2 class="tit">다롄 LNG 터미널 증설…연 1천만t 처리</h2>
<p class="date">2024-08-21 14:05</p>
<div id="body">다롄(大連)시가 액화천연가스(LNG) 터미널을 증설한다.<br><br>증설 뒤 처리 능력은 연간 1천만t으로 늘어난다.
<br><br>사업비는 38억 위안이다.</div>
<footer>ⓒ 가상동북신문 | 대표: 김가상</footer></body></html>"""

LETTER = """메일이 제대로 보이지 않으면 웹에서 보기
한중물류 뉴스레터 제58호 (2025.06.02)
■ 이번 호 주요 소식
톈진항 컨테이너 처리량 2천만 TEU 돌파
톈진항의 올해 1~5월 컨테이너 처리량이 2,010만 TEU를 기록했다.
항만 당국은 연말까지 4,800만 TEU를 목표로 한다.
■ 단신
- 칭다오항 자동화 부두 3기 착공
"""


def test_a_title_that_is_only_the_papers_name_gives_way_to_the_headline():
    result = extract_text(NEWS)
    assert result.title == "다롄 LNG 터미널 증설…연 1천만t 처리"
    assert result.published == "2024-08-21"
    assert result.clean.startswith("다롄 LNG 터미널 증설…연 1천만t 처리\n\n다롄(大連)시가")
    assert "사업비는 38억 위안이다." in result.clean


def test_a_newsletters_section_label_is_no_headline():
    result = extract_text(LETTER)
    assert result.title == "톈진항 컨테이너 처리량 2천만 TEU 돌파"
    assert result.published == "2025-06-02"
    assert "- 칭다오항 자동화 부두 3기 착공" in result.clean


TRADE_NEWS = """가상무역진흥공사 해외시장뉴스
우한 광전자 산업 현황
2025-09-03  우한무역관 최가상
우한(武漢)의 광전자 산업 매출은 2024년 6,500억 위안으로 집계됐다.
광섬유 생산은 세계 시장의 25%를 차지한다.
※ 본 자료의 내용은 작성자 개인의 의견이며 공사의 공식 견해가 아닙니다.
"""


def test_a_trade_agencys_bulletin_name_and_dated_byline_are_no_title_nor_text():
    """The issuer's bulletin line (`…진흥공사 해외시장뉴스`) was the title, and the date-first byline
    with the writer's office stayed in the text and dated nothing."""
    result = extract_text(TRADE_NEWS)
    assert result.title == "우한 광전자 산업 현황"
    assert result.published == "2025-09-03"
    assert result.clean == ("우한 광전자 산업 현황\n\n우한(武漢)의 광전자 산업 매출은 2024년 6,500억 위안으로 집계됐다.\n\n"
                            "광섬유 생산은 세계 시장의 25%를 차지한다.")
