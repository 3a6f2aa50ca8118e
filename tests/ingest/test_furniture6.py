"""Issue 8, sixth round: cafés, blogs, portals, report PDF text and newsletters. Each position or
block rule with lines to act on and lines to leave alone, a body sentence beside them, in small
invented pages (tests/devset/furniture6 has the whole pages; the line rules' own examples live in
generic.toml and run in test_profiles.py)."""
from __future__ import annotations

import re

import pytest

from pipeline.ingest.blocks import html_closing_list, marked_section
from pipeline.ingest.clean import clean
from pipeline.ingest.html import parse_html
from pipeline.ingest.unwrap import is_hard_wrapped, unwrap

S1 = "진저우 개발구 북쪽 공업단지가 주거지로 바뀐다는 공고가 지난주 구청 홈페이지에 올라왔습니다."
S2 = "단지 안 공장들은 2028년 말까지 새 산업원으로 옮겨야 하고, 구에서 이전비 일부를 보조한다고 합니다."
RELATED = re.compile(r"^\[")


def items(*lines):
    return [(i, line) for i, line in enumerate(lines) if line.strip()]


# ---- a café's or forum's post title written as a question, over the writer's stamp

def test_a_question_over_the_writer_s_stamp_is_the_post_title(generic):
    page = ["다롄 한인 모임", "카페 홈 | 공지사항 | 자유게시판 | 구인구직", "공장 이전 소식 들으셨나요?",
            "다롄아재(열심회원) 2026.02.21 22:14 조회 87 댓글 2", "", S1, S2]
    done = clean(page, generic)
    assert done.title == "공장 이전 소식 들으셨나요?"
    assert done.published == "2026-02-21"          # the stamp under the title is the post's, not a comment's
    assert "다롄 한인 모임" not in done.text and S1 in done.text and S2 in done.text


def test_a_question_that_opens_the_text_stays_its_first_sentence(generic):
    page = ["진저우 개발구 공장 이전 보상 기준 바뀐다", "", "공장 이전 소식 들으셨나요?", S1, S2]
    done = clean(page, generic)       # no stamp under the question: the text's own first sentence
    assert done.title == "진저우 개발구 공장 이전 보상 기준 바뀐다"
    assert "공장 이전 소식 들으셨나요?" in done.text


# ---- hard-wrapped reports: a short text, list items and table rows

REPORT = ["1. 조사 개요",
          "청두 시내 대형마트와 편의점 42곳을 2026년 2월 둘째 주와 셋째 주",
          "에 나누어 방문했다. 현지 조사는 세 명의 연구진이 나누어 맡았다.",
          "- 김하늘 연구위원: 대형마트 가격 조사",
          "- 이도윤 연구원: 수입상 면담",
          "2. 가격대",
          "중국 주요 도시 소비자물가",
          "도시      식품    외식    전체",
          "청두      1.2     2.1     0.6",
          "한국산 라면의 청두 평균 판매가는 봉지당 6.8위안으로 현지 제품의 두",
          "배를 넘었다. 수입상 네 곳은 모두 물류비가 판매가의 15% 안팎이라고",
          "답했다."]


def test_a_short_report_with_lists_and_a_table_is_hard_wrapped():
    assert is_hard_wrapped(REPORT)
    # one paragraph a line, sentences closed at the line's end: not wrapped
    assert not is_hard_wrapped([S1, "1. 개요", S2, "- 항목", S1 + " " + S2, "2. 전망", S2])


def test_list_items_and_table_rows_stay_paragraphs_of_their_own():
    paragraphs = unwrap(REPORT)
    assert "- 김하늘 연구위원: 대형마트 가격 조사" in paragraphs and "- 이도윤 연구원: 수입상 면담" in paragraphs
    assert "중국 주요 도시 소비자물가" in paragraphs                 # a table's title over its rows
    assert "도시      식품    외식    전체" in paragraphs and "청두      1.2     2.1     0.6" in paragraphs
    assert "한국산 라면의 청두 평균 판매가는 봉지당 6.8위안으로 현지 제품의 두 배를 넘었다. " \
           "수입상 네 곳은 모두 물류비가 판매가의 15% 안팎이라고 답했다." in paragraphs
    # a wrapped line that starts with a minus sign is no list item
    assert len(unwrap(["한국 기업의 현지 법인 가운데 절반이 넘는 곳이 올해", "-10% 이하의 역성장을 예상했다."])) == 1


@pytest.mark.parametrize("heading", ["요약", "Summary", "결론 및 시사점", "핵심 요약"])
def test_a_report_s_unnumbered_part_below_the_title_stays(generic, heading):
    page = ["중국 주요 도시의 물가 흐름과 한국 소비재 수출", "", heading, S1, S2]
    assert heading in clean(page, generic).paragraphs


def test_a_button_below_the_title_still_goes(generic):
    page = ["중국 주요 도시의 물가 흐름과 한국 소비재 수출", "기사원문", S1, S2]
    assert "기사원문" not in clean(page, generic).text


# ---- HTML: a list right under the last sentence (`<ul>` items carry no mark)

LAST = "시는 조건을 채운 기업에 추가 혜택도 준다."
HEFEI = "허페이시는 투자액이 10억 위안을 넘는 기업에 공장 부지를 시세의 절반에 넘긴다."


def test_an_unannounced_html_list_under_the_last_sentence_stays(generic):
    page = [HEFEI, LAST, "공장 부지 우선 배정", "연구소 임대료 2년 면제", "<저작권자 © 가상경제, 무단전재 및 재배포 금지>"]
    text = clean(page, generic, wrapped_ok=False, link_density=[0] * 5).text
    assert "공장 부지 우선 배정" in text and "연구소 임대료 2년 면제" in text and "저작권자" not in text


def test_html_closing_list_leaves_other_articles_alone():
    # after a furniture line (a heading a rule removed), with dates, typed bullets, or one line only
    below_heading = [(0, S1), (1, LAST), (3, "안후이 자동차 수출 1위 굳혀"), (4, "우후항 처리량 12% 증가")]
    assert html_closing_list(below_heading, 1, [2], RELATED) == set()      # line 2, `관련기사`, went
    assert html_closing_list(items(S1, LAST, "웨이하이 한인회 총회 2026-02-20", "영사관 예약제 2026-02-17"), 1, [], RELATED) == set()
    assert html_closing_list(items(S1, LAST, "· 대련항 물동량 돌파", "· 선양 공항 국제선 늘어"), 1, [], RELATED) == set()
    assert html_closing_list(items(S1, LAST, "공장 부지 우선 배정"), 1, [], RELATED) == set()
    assert html_closing_list(items(HEFEI, LAST, "공장 부지 우선 배정", "연구소 임대료 2년 면제"), 1, [], RELATED) == {2, 3}
    assert html_closing_list(items(S1, LAST, "공장 부지 우선 배정", "연구소 임대료 2년 면제"), 1, [], RELATED) == set()  # names nothing of the text


def test_a_linked_related_list_under_the_last_sentence_goes(generic):
    page = [S1, LAST, "안후이 자동차 수출 1위 굳혀", "허페이 디스플레이 단지 2단계 착공"]
    text = clean(page, generic, wrapped_ok=False, link_density=[0, 0, 1.0, 1.0]).text
    assert "안후이 자동차" not in text and LAST in text


# ---- HTML titles: a blog's name as og:title, a site's slogan

def _page(head: str, body: str):
    return parse_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>")


def test_a_blog_s_name_as_og_title_gives_way_to_the_post_s_heading():
    head = ("<title>김대리의 중국 소싱 일지</title><meta property='og:title' content='김대리의 중국 소싱 일지'>"
            "<meta property='og:site_name' content='누리 블로그'>")
    body = ("<h1>김대리의 중국 소싱 일지</h1><p>중국 소싱 12년차 무역상의 기록</p>"
            "<h2>닝보항 수출 통관에서 서류 때문에 이틀 늦어진 이야기</h2><p>" + S1 + "</p>")
    page = _page(head, body)
    assert page.title == "" and "김대리의 중국 소싱 일지" in page.site_names
    # a news page whose og:title and <title> are its headline, with a subtitle in h2, keeps it
    news = _page("<title>닝보항 통관 이틀 지연</title><meta property='og:title' content='닝보항 통관 이틀 지연'>"
                 "<meta property='og:site_name' content='가상경제'>",
                 "<h1>닝보항 통관 이틀 지연</h1><h2>서류 중량 차이로 재검량 요구받아</h2><p>" + S1 + "</p>")
    assert news.title == "닝보항 통관 이틀 지연"


def test_a_site_name_and_slogan_as_og_title_is_no_title():
    page = _page("<title>한빛경제</title><meta property='og:title' content='한빛경제 - 경제를 보는 빛'>",
                 "<h2>톈진항 자동화 부두 4곳 추가</h2><p>" + S1 + "</p>")
    assert page.title == ""
    shown = _page("<title>한빛경제</title><meta property='og:title' content='한빛경제 - 톈진항 자동화 부두 4곳 추가'>",
                  "<h2>톈진항 자동화 부두 4곳 추가</h2><p>" + S1 + "</p>")
    assert shown.title == "톈진항 자동화 부두 4곳 추가"


# ---- dates: a copy's date before its copyright mark, the last resort

def test_a_dated_copyright_line_dates_a_page_with_no_other_date(generic):
    assert clean([S1, S2, "2026.02.09 ⓒ 경제주간"], generic).published == "2026-02-09"
    assert clean(["입력 2026.02.10 09:00", S1, S2, "2026.02.09 ⓒ 경제주간"], generic).published == "2026-02-10"


# ---- a newsletter's next section below its story (`▶ 단신` and its items)

def test_a_section_marked_like_the_text_s_headline_stays_below_the_last_sentence(generic):
    page = ["▶ 옌타이 보세물류센터 개장", "", S1, S2, "", "▶ 단신", "· 칭다오항, 한국행 LCL 화물 주 3회 출항",
            "· 르자오 세관, 검사 예약 앱 시범 운영", "", "첨부 1건 | 요금표.pdf"]
    text = clean(page, generic).text
    assert "▶ 단신" in text and "· 르자오 세관, 검사 예약 앱 시범 운영" in text and "요금표" not in text


def test_marked_section_needs_the_text_s_own_mark_and_items():
    story = [(0, "▶ 옌타이 보세물류센터 개장"), (2, S1), (3, S2)]
    brief = [(5, "▶ 단신"), (6, "· 칭다오항 주 3회 출항"), (7, "· 르자오 세관 앱 운영")]
    assert marked_section(story + brief, 2, []) == {5, 6, 7}
    assert marked_section([(0, "옌타이 보세물류센터 개장")] + story[1:] + brief, 2, []) == set()  # no mark above
    assert marked_section(story + brief, 2, [4]) == set()            # below a line a rule removed
    assert marked_section(story + brief[:1], 2, []) == set()         # a heading without items


# ---- a short wrapped text with a long reference that was never wrapped

FERRY = ["인천과 산둥성 항구를 잇는 카페리의 화물", "수송량이 2025년 하반기에 회복세로 돌아섰",
         "다. 웨이하이 항로는 같은 기간 컨테이너 수",
         "송이 12% 늘었다. 관련 연구(Lee, S. and Wang, Y., Ro-Ro Ferry Logistics between Korea and Shandong "
         "after the Pandemic, Journal of Yellow Sea Economy 9(2), 2025)는", "소형 화물의 전환을 원인으로 꼽았다."]


def test_an_overlong_reference_does_not_set_the_margin():
    assert is_hard_wrapped(FERRY)
    assert unwrap(FERRY) == ["인천과 산둥성 항구를 잇는 카페리의 화물 수송량이 2025년 하반기에 회복세로 돌아섰다. "
                             "웨이하이 항로는 같은 기간 컨테이너 수송이 12% 늘었다. 관련 연구(Lee, S. and Wang, Y., "
                             "Ro-Ro Ferry Logistics between Korea and Shandong after the Pandemic, Journal of Yellow Sea "
                             "Economy 9(2), 2025)는 소형 화물의 전환을 원인으로 꼽았다."]
    # a text a paragraph a line, with one long line among short ones, is still not wrapped
    assert not is_hard_wrapped([S1, S2, "1. 개요", S1 + " " + S2 + " " + S1 + " " + S2, S2, S1])


def test_a_heading_after_a_short_line_still_stands_alone():
    report = ["톈진항의 자동화 부두는 올해 네 곳으로 늘어난다. 항만 당국은 하역", "시간이 평균 여섯 시간 줄어든다고 밝혔다.",
              "다. 추진 체계", "항만 그룹과 시 정부가 함께 사업단을 꾸린다. 사업단은 연말까지 세부 계획을", "내놓는다."]
    assert "다. 추진 체계" in unwrap(report, re.compile(r"^[가나다라]\.\s+\S.{0,40}$"))


# ---- second probe: a blog's name as its h1, a wrapped sentence's end in text not seen as wrapped

def test_an_h1_that_is_the_site_s_part_of_the_title_is_its_logo():
    page = _page("<title>닝보 소비재 박람회 후기 | 무역일기 블로그</title>",
                 "<h1>무역일기</h1><p>작은 무역회사 대표의 하루</p><h2>닝보 소비재 박람회 후기</h2><p>" + S1 + "</p>")
    assert page.title == "닝보 소비재 박람회 후기" and "무역일기" in page.site_names
    headline = _page("<title>닝보 박람회 한국관 성황 | 가상일보</title>", "<h1>닝보 박람회 한국관 성황</h1><p>" + S1 + "</p>")
    assert headline.title == "닝보 박람회 한국관 성황"


def test_a_table_above_a_wrapped_last_sentence_is_not_the_tail(generic):
    page = ["산둥성 해상풍력 공급망과 한국 기업의 참여 방안", "", S1, S2, "",
            "<표 3> 산둥성 해상풍력 설비 용량", "연도      2023    2024    2025", "용량      580     790     1,020", "",
            "한국 기업은 현지 업체와 합작해 하부구조물 제작 공장을 옌타이에 두는", "방안을 검토할 만하다.", "", "문의: 국제팀"]
    text = clean(page, generic).text
    assert "용량 580 790 1,020" in " ".join(text.split()) and "<표 3>" in text and "만하다." in text


def test_a_short_closing_line_needs_an_open_line_right_above(generic):
    # under a closed sentence, a short `…다.` line is no wrapped end: the tail rules still see the page's foot
    page = ["산둥성 해상풍력 공급망과 한국 기업의 참여 방안", "", S1, S2, "", "가상연구원 김가상", "잘 봤습니다."]
    assert "가상연구원 김가상" not in clean(page, generic).text


def test_a_newsletter_s_standing_section_heading_is_no_template_line(generic):
    page = ["▶ 옌타이 보세물류센터 개장", "", S1, S2, "", "▶ 단신", "· 칭다오항, 한국행 LCL 화물 주 3회 출항",
            "· 르자오 세관, 검사 예약 앱 시범 운영", "", "서해무역레터 | 구독 해지"]
    text = clean(page, generic, template=frozenset({"▶ 단신", "서해무역레터 | 구독 해지"})).text
    assert "▶ 단신" in text and "구독 해지" not in text
    html = clean([HEFEI, LAST, "공장 부지 우선 배정", "연구소 임대료 2년 면제", "가상경제 | 회사소개"], generic, wrapped_ok=False,
                 link_density=[0] * 5, template=frozenset({"공장 부지 우선 배정", "가상경제 | 회사소개"})).text
    assert "공장 부지 우선 배정" in html and "회사소개" not in html


def test_unlinked_headlines_of_other_stories_under_the_last_sentence_still_go(generic):
    page = [S1, S2, "다롄 항만 물동량 최대", "선양 공항 국제선 확대", "ⓒ 가상일보"]
    text = clean(page, generic, wrapped_ok=False, link_density=[0] * 5).text
    assert "다롄 항만" not in text and S2 in text
    # the same lines under a sentence that announces them stay
    announced = [S1, "시는 입주 기업에 다음 지원을 약속했다.", "법인세 감면 5년", "전력 요금 20% 할인", "ⓒ 가상일보"]
    assert "전력 요금 20% 할인" in clean(announced, generic, wrapped_ok=False, link_density=[0] * 5).text


# ---- a piece of a wrapped sentence is no tool below the title and no headline

def test_a_wrapped_piece_ending_in_a_number_head_is_kept(generic):
    page = ["요녕성 수출 감소", "", "중국 요녕성의 올해 수출은 작년보다 3.5% 줄어 모두 120억 달러에 그쳤",
            "다. 수입은 2.1퍼센트 늘어 80억 달러였다. 대", "련항 물동량은 1억", "2천만톤이다. 성은 내년에도 항만을 늘린다."]
    assert "련항 물동량은 1억" in clean(page, generic).text
    first = clean(["대련항 물동량은 1억", "2천만톤이다. 증가율은 -", "1.5%로 전망했다."], generic)
    assert first.title == "" and "대련항 물동량은 1억" in first.text


def test_a_short_tool_below_the_title_still_goes(generic):
    page = ["요녕성 수출 감소", "기사원문", "중국 요녕성의 올해 수출은 작년보다 3.5% 줄어 모두 120억 달러에 그쳤다.", S2]
    assert "기사원문" not in clean(page, generic).text
    # a short headline over a sentence stays the title even when its line ends in a figure
    assert clean(["수출 120억 달러", "", "중국 요녕성의 올해 수출은 작년보다 3.5% 줄었다.", S2], generic).title == "수출 120억 달러"
