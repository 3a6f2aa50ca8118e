"""Titles and dates on unprofiled pages (issue 8, round 17, devset part titles17): a newsletter's, weekly's or series'
masthead with the issue's date and no issuer in brackets dates the page and is never its title (`<name> 뉴스레터
2026.05.04 발행`, `<name> 산업동향 제41호   2026년 2월 23일`, `<English series> No.17 (2026.1.19)`); a newsletter's
sending note (`… 회원사 여러분께 보내 드립니다`) is no headline; a blog's posting line with the writer's name before a
middle dot (`<id> · 2026. 5. 2. 22:14 · 공감 18`) marks the line over it as the post's title; a café whose name only
heads its header line (`<café> | 카페 홈 · 가입하기 …`) still gives way to the post's title; an archive's scrap line
(`<paper> 자료실 스크랩 94-0312`) is no headline; a print mark in angle brackets (`<1994年 3月 8日字 3面>`) dates the
digest; so does an archive record's line of fields (`분류: … | 1993.11.02 | 면: 9`), which is no line of its text; a
blog's name that heads its header line with its blurb (`<blog> <blurb>`) gives way to the post's title; a research
header's date may carry its weekday (`<firm> 리서치센터 | <series>   2026.04.08 (수)`). Pages of our own invention (sites, people and figures made up), not the devset's."""
from __future__ import annotations

import pytest

from pipeline.api import extract_text

LETTER = """바다길무역 뉴스레터 2026.06.15 발행
바다길무역협회 회원 여러분께 보내 드립니다

옌타이항 한국행 신선화물 전용 창고 문 열어

옌타이항에 한국행 신선화물을 보관하는 전용 창고가 문을 열었다.
창고 면적은 4,200㎡이고 냉장 구역이 절반을 차지한다.
"""

WEEKLY = """서부 산업동향 제63호    2026년 7월 6일

쓰촨성 리튬 정련 공장 두 곳 증설

쓰촨성 쑤이닝의 리튬 정련 공장 두 곳이 생산 능력을 늘린다.
두 공장의 연간 생산 능력은 합쳐서 8만 톤이 된다.
"""

ENGLISH_SERIES = """Northeast Trade Monitor  No.9  (2026.8.24)

다롄 자동차 부두 수출 물량 석 달째 늘어

다롄항 자동차 부두의 수출 물량이 7월에 3만 2천 대로 석 달째 늘었다.
대부분 중동과 남미로 가는 차량이다.
"""

BLOG = """산마루 중국 장보기
장보기 메모 · 방명록 · 태그
전체보기 (88) | 광저우 (12)

광저우 (12)
광저우 이더루 건어물 도매시장, 오후 4시면 문 닫는다
산마루장꾼 · 2026. 6. 9. 21:40 · 공감 7

이더루 건어물 도매시장을 사흘 동안 돌아봤다.
대부분의 가게가 오후 4시면 셔터를 내려서 오전에 가야 한다.
"""

CAFE = """<html><head><meta charset="utf-8"><title>옌타이 별빛 한인카페 : 가상카페</title>
<meta property="og:title" content="옌타이 별빛 한인카페"></head><body>
<div>옌타이 별빛 한인카페 | 카페 홈 · 가입하기 · 멤버 1,208</div>
<div>전체글보기 | 공지사항 | 생활정보 | 사고팔고</div>
<div>생활정보</div>
<div>옌타이 개발구 수영장 여름 회원권 가격 정리해 봤어요</div>
<div>별빛엄마 <span>새싹회원</span></div>
<div>2026.06.30. 20:15 조회 64</div>
<p>개발구에 있는 실내 수영장 세 곳의 여름 회원권 가격을 물어봤습니다.</p>
<p>석 달 회원권은 한 곳이 1,200위안으로 가장 쌌어요.</p>
</body></html>"""

SCRAP = """한길경제 자료실 스크랩 95-0718
분류: 중국 > 산업 > 청도

靑島에 韓國 製靴 合作工場 준공
1995.07.18(火) 한길경제신문 8면

  中國 山東省 靑島市에 韓國 製靴業體와 中國 企業이 合作한
工場이 17일 준공됐다. 年間 生産能力은 운동화 200萬켤레다.
"""

BLOG_HTML = """<html><head><meta charset="utf-8"><title>솔바람 출장수첩</title>
<meta property="og:title" content="솔바람 출장수첩"></head><body>
<div><a href="/">솔바람 출장수첩</a> <span>공장 보러 다니는 엔지니어의 메모</span></div>
<div>프롤로그 | 블로그 | 지도 | 안부</div>
<p>중국 출장</p>
<h3>쑤저우 공업원구 협력사 두 곳 방문기</h3>
<p>솔바람 · 2026. 5. 19. 22:40</p>
<p>이번 출장에서는 쑤저우 공업원구의 협력사 두 곳을 들렀다.</p>
<p>두 곳 모두 올해 설비를 새로 들여 생산 능력을 늘리고 있었다.</p>
</body></html>"""

RECORD = """淸州日報 資料室 ─ 중국경제 스크랩
분류: 광동·해남 | 1993.11.02 | 면: 9

해남도 양포 개발구, 외자 유치 늘어

  중국 해남도의 양포 경제개발구가 올해 외국 기업과 맺은
투자 계약은 모두 2억 달러를 넘었다고 현지 신문이 보도했다.
"""

NOTE = """솔빛증권 리서치센터 | 차이나 위클리                          2026.04.08 (수)
중국 소비 · 지역

저장성 이우 소상품 수출, 1분기 12% 늘어

이우의 1분기 소상품 수출액이 지난해 같은 기간보다 12% 늘었다.
"""

DIGEST = """廣州에 韓國 電子部品 商談會
   [香港=本紙 특약] 中國 廣東省 廣州市에서 韓國 電子部品
업체 40여곳이 참가한 商談會가 열렸다. 商談 실적은 1천2백만
달러로 집계됐다.
<1995年 11月 21日字 6面>
"""


@pytest.mark.parametrize("text, url, title, published", [
    (LETTER, "badagil/letter.txt", "옌타이항 한국행 신선화물 전용 창고 문 열어", "2026-06-15"),
    (WEEKLY, "seobu/no63.txt", "쓰촨성 리튬 정련 공장 두 곳 증설", "2026-07-06"),
    (ENGLISH_SERIES, "ntm/no9.txt", "다롄 자동차 부두 수출 물량 석 달째 늘어", "2026-08-24"),
    (BLOG, "sanmaru/2026-06-09.txt", "광저우 이더루 건어물 도매시장, 오후 4시면 문 닫는다", "2026-06-09"),
    (CAFE, "byeolbit-cafe/post.html", "옌타이 개발구 수영장 여름 회원권 가격 정리해 봤어요", "2026-06-30"),
    (SCRAP, "hangil/95-0718.txt", "靑島에 韓國 製靴 合作工場 준공", "1995-07-18"),
    (DIGEST, "archive/1995-11-21.txt", "廣州에 韓國 電子部品 商談會", "1995-11-21"),
    (BLOG_HTML, "solbaram/post.html", "쑤저우 공업원구 협력사 두 곳 방문기", "2026-05-19"),
    (RECORD, "cheongju-archive/1993-11-02.txt", "해남도 양포 개발구, 외자 유치 늘어", "1993-11-02"),
    (NOTE, "solbit/note.txt", "저장성 이우 소상품 수출, 1분기 12% 늘어", "2026-04-08"),
], ids=["newsletter-masthead", "weekly-series", "english-series", "blog-dot-stamp", "cafe-header-line", "archive-scrap",
        "digest-angle-print-mark", "blog-name-with-blurb", "archive-record-fields",
        "research-header-weekday"])
def test_titles_and_dates_under_header_lines(text, url, title, published) -> None:
    r = extract_text(text, url=url)
    assert (r.title, r.published) == (title, published)
    assert "발행" not in r.clean and "보내 드립니다" not in r.clean


def test_a_headline_that_ends_on_a_date_is_still_the_title() -> None:
    # no publication's mark (an issue number, `발행`, a series' kind): a headline, not a masthead
    text = "칭다오 맥주축제 2026.08.01 개막\n\n칭다오 맥주축제가 8월 1일 개막해 보름 동안 열린다.\n입장객은 지난해 60만 명이었다.\n"
    assert extract_text(text, url="x/beer.txt").title == "칭다오 맥주축제 2026.08.01 개막"
