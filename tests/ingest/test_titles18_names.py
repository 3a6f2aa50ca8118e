"""A page's own name above its headline (issue 8, round 18, devset part titles18): a weekly's masthead with its issue
numbered by year and month and its week (`<desk> 주간 동향 2026-05-3호 (5월 18일~22일)`) is never the title and dates
nothing (the issue number is no date: `2026-05-3호` is not 3 May); an archive print-out's record line (`자료번호 … │
1988.03.07(月)`) is never the title and dates the page; a café's name with its slogan in `og:title` (`<café> - <slogan>`
over a `<title>` `<café> : <platform>`) gives way to the post's subject; a writer line `<nick> (<grade>)` under a post's
subject marks it as the title; a newsletter's section label (`■ 이슈 포커스`) over its first story's head is no title: the
head is, even when `<title>` holds a mail subject (`[<letter> 제N호] <story> 외`) that the page shows under no header
(a subject titles only a page that shows the mail's header block: the header table test below). Pages of our own invention (sites, people and figures made up), not the devset's."""
from __future__ import annotations

import pytest

from pipeline.api import extract_text
from pipeline.ingest.dates import iso_date

WEEKLY = """가람통상센터 주간 동향 2026-05-3호 (5월 18일~22일)
발행: 가람통상센터 | 담당 동북아팀
------------------------------------------

지린성 창춘 자동차 부품 수출 4월 12% 늘어

지린성 창춘의 4월 자동차 부품 수출이 지난해 같은 달보다 12% 늘었다.
대부분 러시아와 중앙아시아로 가는 물량이다.
"""

WEEKLY_DATED = WEEKLY.replace("발행: 가람통상센터 | 담당", "발행: 가람통상센터 | 2026. 5. 22. | 담당")

RECORD = """漢江日報 資料館 ─ 국제 / 중국
자료번호 HG-880307-0101 │ 1988.03.07(月)
조간 5면
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
上海 浦東에 外資 工團 조성 검토

【홍콩=本紙 특약】 중국 상해(上海)시가 황포강 동쪽의 포동 지역에
외국 기업 전용 공업단지를 만드는 방안을 검토하고 있다고 홍콩의
한 경제지가 6일 보도했다.
"""

CAFE = """<html><head><meta charset="utf-8"><title>쑤저우한인마을 : 가상 카페</title>
<meta property="og:title" content="쑤저우한인마을 - 쑤저우 교민 생활 정보 나눔터"></head><body>
<div>쑤저우한인마을 - 쑤저우 교민 생활 정보 나눔터</div>
<div>매니저 고소지기 · 멤버 5,102</div>
<div>생활 정보 &gt; 병원·약국</div>
<h3>공업원구 한국어 통하는 소아과 세 곳 정리</h3>
<div>진지호맘 (우수회원) · 2026.06.03. 22:10 · 조회 402</div>
<p>아이가 열이 나서 공업원구의 소아과 세 곳을 차례로 다녀왔어요.</p>
<p>세 곳 모두 한국어 통역이 있고, 진료비는 한 번에 200위안 안팎이었어요.</p>
</body></html>"""

CAFE_TEXT = """난징한인쉼터 - 난징 교민들의 사랑방
카페 가입하기 | 카페 글쓰기
자유게시판

신제커우 한국 빵집 이전 소식
쯔진산바람 (새싹멤버)
2026.07.11. 09:20 조회 88

신제커우에 있던 한국 빵집이 이번 주에 허시 쪽으로 옮겼어요.
새 가게는 지하철역에서 걸어서 3분 거리예요.
"""

LETTER = """<html><head><meta charset="utf-8"><title>[가온통상레터 제52호] 광둥성 후이저우 석유화학 단지 2단계 착공 외</title></head>
<body><table>
<tr><td>가온통상레터 제52호 | 2026. 6. 16.</td></tr>
<tr><td><h3>■ 이슈 포커스</h3></td></tr>
<tr><td><h4>후이저우 석유화학 단지 2단계 착공</h4></td></tr>
<tr><td><p>광둥성 후이저우의 석유화학 단지가 2단계 공사에 들어갔다. 투자액은 모두 310억 위안이다.</p></td></tr>
</table></body></html>"""

# A headline with a bullet (the shape of a section label) over the text, no story head under it: it is the title.
BULLETED = """<html><head><meta charset="utf-8"><title>가온통상</title></head><body>
<h2>■ 광둥성 후이저우 수출 급증</h2>
<p>광둥성 후이저우의 1분기 수출이 지난해 같은 기간보다 18% 늘었다.</p>
<p>전기차 배터리와 석유화학 제품이 늘어난 몫의 절반을 차지했다.</p>
</body></html>"""


@pytest.mark.parametrize("text, url, title, published", [
    (WEEKLY, "garam/weekly-2026-05-3.txt", "지린성 창춘 자동차 부품 수출 4월 12% 늘어", ""),
    (WEEKLY_DATED, "garam/weekly-2026-05-3b.txt", "지린성 창춘 자동차 부품 수출 4월 12% 늘어", "2026-05-22"),
    (RECORD, "hangang-archive/1988-03-07.txt", "上海 浦東에 外資 工團 조성 검토", "1988-03-07"),
    (CAFE, "suzhou-cafe/ArticleRead_88.html", "공업원구 한국어 통하는 소아과 세 곳 정리", "2026-06-03"),
    (CAFE_TEXT, "nanjing-cafe/post.txt", "신제커우 한국 빵집 이전 소식", "2026-07-11"),
    (LETTER, "gaon-letter/no52.html", "후이저우 석유화학 단지 2단계 착공", "2026-06-16"),
    (BULLETED, "gaon-letter/news.html", "광둥성 후이저우 수출 급증", ""),
], ids=["weekly-issue-by-month", "weekly-dated-publisher-line", "archive-record-number", "cafe-name-and-slogan",
        "cafe-writer-with-grade", "letter-story-head-under-section", "bulleted-headline-over-its-text"])
def test_titles_and_dates_under_a_pages_own_name(text, url, title, published) -> None:
    r = extract_text(text, url=url)
    assert (r.title, r.published) == (title, published)


def test_an_issue_numbered_by_year_and_month_is_no_date() -> None:
    assert iso_date("가람통상센터 주간 동향 2026-05-3호 (5월 18일~22일)") == ""
    assert iso_date("주간 동향 2026-05-3호 | 2026. 5. 22.") == "2026-05-22"
    assert iso_date("2026-05-03 가상뉴스") == "2026-05-03"


def test_a_cafe_name_and_slogan_line_is_not_the_text() -> None:
    r = extract_text(CAFE, url="suzhou-cafe/ArticleRead_88.html")
    assert "나눔터" not in r.clean and "세 곳을 차례로" in r.clean


BOARD = """<html><head><meta charset="utf-8"><title>다롄한인광장 - 교민게시판</title>
<meta property="og:title" content="다롄한인광장"></head><body>
<div class="board-name">교민게시판</div>
<h1>{head} 다롄 한국학교 여름 캠프 참가자 모집</h1>
<div class="info">작성자 운영자 | 작성일 2026.05.11 09:40 | 조회 120</div>
<p>다롄 한국학교가 7월에 여름 캠프를 연다.</p>
<p>참가비는 한 사람에 1,500위안이다.</p>
</body></html>"""


@pytest.mark.parametrize("head, title", [
    ("[교민소식]", "[교민소식] 다롄 한국학교 여름 캠프 참가자 모집"),            # printed on the headline's line: its own
    ("<em>[교민소식]</em>", "다롄 한국학교 여름 캠프 참가자 모집"),              # set apart in an element of its own
    ('<span class="cate">[생활정보]</span>', "다롄 한국학교 여름 캠프 참가자 모집"),
], ids=["label-in-the-text", "label-in-em", "label-in-span"])
def test_a_section_label_in_a_heading_stays_only_when_printed_in_its_text(head, title) -> None:
    assert extract_text(BOARD.format(head=head), url="dalian-board/view-1.html").title == title


BLOG = """<html><head><meta charset="utf-8"><title>{post} : 가상 블로그</title>
<meta property="og:title" content="별빛 지도 들고 떠나는 중국 골목 산책"></head><body>
<div class="blog-top"><p>별빛 지도 들고 떠나는 중국 골목 산책</p>
<p>별빛지도(starmap_walk) <a>이웃추가</a></p>
<p><a>프롤로그</a> | <a>블로그</a> | <a>지도</a> | <a>안부</a></p></div>
<div class="post"><p class="cate">화북 여행</p>
<h3>{post}</h3>
<p class="date">별빛지도 · 2026. 2. 21. 22:48 <a>URL 복사</a></p>
<p>톈진의 오대도 거리를 반나절 동안 자전거로 돌았어요.</p>
<p>자전거 대여료는 두 시간에 15위안이었어요.</p>
</div></body></html>"""


@pytest.mark.parametrize("post", ["톈진 오대도 자전거 산책 코스 정리", "톈진 오대도 자전거로 돌아봤어요…두 시간이면 충분할까?"],
                         ids=["headline", "headline-read-as-a-sentence"])
def test_a_blog_name_as_long_as_a_headline_gives_way_to_the_post(post) -> None:
    # `og:title` the blog's name (longer than a short name), `<title>` `<post> : <platform>`, the post in `<h3>` under the
    # blog's header: the post's title; its stamp under it dates the page even when the title reads as a sentence
    r = extract_text(BLOG.format(post=post), url="starmap-blog/post_1.html")
    assert (r.title, r.published) == (post, "2026-02-21")


MAIL_PAGE = """<html><head><meta charset="utf-8"><title>메일 보기 - 누리통상레터</title></head><body>
<table class="mailhead">
<tr><td>보낸사람</td><td>누리통상 뉴스레터 &lt;letter@nuri-trade.example&gt;</td></tr>
<tr><td>받는사람</td><td>export-team@example.kr</td></tr>
<tr><td>날짜</td><td>2026년 8월 4일 화요일 오전 8:00</td></tr>
<tr><td>제목</td><td>[누리통상레터 제14호] 윈난 쿤밍 화훼 경매장 한국행 항공편 늘려 외</td></tr>
</table>
<table><tr><td>누리통상레터 제14호 | 2026. 8. 4.</td></tr>
<tr><td><h3>■ 이슈 포커스</h3></td></tr>
<tr><td><h4>쿤밍 화훼 경매장, 한국행 항공편 늘려</h4></td></tr>
<tr><td><p>윈난성 쿤밍의 화훼 경매장이 한국행 항공 화물편을 주 3회에서 주 5회로 늘렸다.</p></td></tr>
</table></body></html>"""


def test_a_mail_readers_header_table_gives_the_subject_and_the_date() -> None:
    # the header's labels and values stand in cells of their own (`제목` / `[…] …`): read as the mail's header lines
    r = extract_text(MAIL_PAGE, url="nuri-letter/view.html")
    assert (r.title, r.published) == ("[누리통상레터 제14호] 윈난 쿤밍 화훼 경매장 한국행 항공편 늘려 외", "2026-08-04")
    assert "보낸사람" not in r.clean and "export-team" not in r.clean and "주 5회로 늘렸다" in r.clean


NAMED_CAFE = """<html><head><meta charset="utf-8"><title>푸저우 한인 생활 카페</title>
<meta property="og:title" content="푸저우 한인 생활 카페"></head><body>
<div class="cafe-info"><p>푸저우 한인 생활 카페</p><p>매니저 민강지기 | 멤버 2,104명</p></div>
<div class="board-path">생활정보 &gt; 정착 후기</div>
<h3>창산구 아파트 월세, 석 달 살아 보니</h3>
<p class="writer">민강산책 (열심회원) | 2026.03.08. 21:12 | 조회 240</p>
<p>푸저우 창산구의 투룸 아파트 월세는 3,200위안 정도예요.</p>
<p>지하철역까지 걸어서 10분이라 출퇴근이 편해요.</p>
</body></html>"""

NEWS_ON_A_CAFE = """<html><head><meta charset="utf-8"><title>칭다오에 문 연 한국 북카페</title>
<meta property="og:title" content="칭다오에 문 연 한국 북카페"></head><body>
<h1>칭다오에 문 연 한국 북카페</h1>
<h2>교민들이 기증한 책 3천 권으로 서가 채워</h2>
<p>칭다오 청양구에 한국 책을 읽을 수 있는 북카페가 문을 열었다.</p>
<p>서가의 책 3천 권은 모두 교민들이 기증했다.</p>
</body></html>"""


def test_a_cafe_named_in_title_and_og_title_gives_way_to_its_post() -> None:
    r = extract_text(NAMED_CAFE, url="fuzhou-cafe/ArticleRead_12.html")
    assert (r.title, r.published) == ("창산구 아파트 월세, 석 달 살아 보니", "2026-03-08")
    # a headline that ends on 카페, longer than a name, over its deck: still the headline
    assert extract_text(NEWS_ON_A_CAFE, url="news/bookcafe.html").title == "칭다오에 문 연 한국 북카페"
