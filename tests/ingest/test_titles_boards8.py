"""Titles and dates on broadcasters', Q&A, forum, café and journal pages (issue 8, titles8), and the
community boards' furniture: each rule with pages to act on and pages to leave alone. Every page is
invented."""
from __future__ import annotations

import textwrap
import tomllib

import pytest

from pipeline.api import extract_text
from pipeline.ingest.clean import clean
from pipeline.ingest.title import TITLE_LABELS, without_board_label

LABELS = tomllib.loads(TITLE_LABELS.read_text(encoding="utf-8"))["label"]
TEXT = ["산둥성 웨이하이시는 다음 달부터 한국행 카페리 운항을 주 6회로 늘린다고 밝혔다.",
        "시 교통국은 늘어나는 항차가 모두 평택항을 오간다고 설명했다."]


def html(head: str, top: str, tail: str = "") -> str:
    """A page: `head`'s elements, `top`'s blocks, the two sentences of TEXT, `tail`'s blocks."""
    return f"<html><head>{head}</head><body>{top}" + "".join(f"<p>{s}</p>" for s in TEXT) + f"{tail}</body></html>"


# ---- a board's label for the post's kind is no part of the title; a paper's genre label is

@pytest.mark.parametrize("rule", LABELS, ids=lambda r: r["name"])
def test_title_label_examples_lose_their_label_and_keep_titles_stay(rule):
    assert rule["examples"] and rule["keep"]
    for title, bare in rule["examples"]:
        assert without_board_label(title) == bare
    for title in rule["keep"]:
        assert without_board_label(title) == title


def test_a_forum_post_s_title_is_its_subject_without_the_board_s_name_or_label():
    page = html("<title>수출입 자유게시판 - 무역인 포럼</title>",
                "<div><a href='/'>홈</a> <a href='/free'>자유게시판</a></div><div>수출입 자유게시판</div>"
                "<div>[정보] 웨이하이 카페리 주 6회로 늘어난대요</div>"
                "<div>글쓴이 : 바다건너 | 작성일 2025-10-11 09:05 | 조회 388</div>")
    doc = extract_text(page, url="board/read-1.html")
    assert doc.title == "웨이하이 카페리 주 6회로 늘어난대요" and doc.published == "2025-10-11"
    assert "수출입 자유게시판" not in doc.clean


def test_a_news_page_whose_title_tag_is_its_headline_keeps_it():
    page = html("<title>웨이하이 카페리 주 6회로 - 서해일보</title>",
                "<div>서해일보</div><h1>웨이하이 카페리 주 6회로</h1><div>입력 2025.10.11 09:05</div>")
    assert extract_text(page, url="news/1.html").title == "웨이하이 카페리 주 6회로"


# ---- a question over a board's post line is the post's title; a relative stamp dates nothing

def test_a_question_over_a_post_line_with_counters_is_the_title_and_a_relative_stamp_no_date():
    page = "\n".join(["≡ 메뉴", "웨이하이 사람들 카페", "자유게시판 | 질문게시판 | 장터", "",
                      "[질문] 웨이하이 카페리 예약은 어디서 하나요?", "새내기 | 5시간 전 | 조회 41", ""] + TEXT)
    doc = extract_text(page)
    assert doc.title == "웨이하이 카페리 예약은 어디서 하나요?" and doc.published == ""
    assert "웨이하이 사람들 카페" not in doc.clean


def test_a_question_asked_in_the_text_is_no_title_without_a_post_line_under_it(generic):
    page = ["웨이하이 카페리 증편", "", "웨이하이 카페리는 언제 늘어날까요?"] + TEXT
    assert clean(page, generic).title == "웨이하이 카페리 증편"


# ---- a broadcast: the headline stands over its date line, the program's name above it

@pytest.mark.parametrize("stamp, date", [("방송일 2025년 10월 10일", "2025-10-10"), ("방송 2025.10.3(금) 07:40", "2025-10-03"),
                                         ("방송일 2025.10.17", "2025-10-17")])
def test_a_radio_script_s_headline_is_over_its_broadcast_date(generic, stamp, date):
    page = ["KBN 라디오 | 편성표 | 다시듣기", "", "아침의 창 중국 리포트", "웨이하이 카페리, 주 6회로 늘린다", stamp, ""] + TEXT
    done = clean(page, generic)
    assert done.title == "웨이하이 카페리, 주 6회로 늘린다" and done.published == date
    assert done.title_from == "the line over the post's stamp"


def test_a_sentence_about_broadcasting_stays(generic):
    line = "방송 시간은 2025년부터 저녁 7시로 옮긴다."
    assert line in clean(["웨이하이 방송국 개편", ""] + TEXT + [line], generic).text


# ---- a paper's subtitle is its title's; a press release's subtitle between dashes is not

PAPER = ["북방경제연구 제37권 제2호 (2025. 6.) pp. 45-78", "", "중국 국경도시의 물류 네트워크 재편", "― 훈춘과 단둥을 중심으로 ―", "",
         "김서연* · 박준호**", "", "국문 초록"] + TEXT + ["", "* 제1저자, 북방대학교 국제통상학과 부교수"]


def test_a_paper_s_subtitle_between_dashes_is_part_of_its_title(generic):
    done = clean(PAPER, generic)
    assert done.title == "중국 국경도시의 물류 네트워크 재편 ― 훈춘과 단둥을 중심으로 ―"
    assert done.title_from == "the headline above the text"


def test_a_press_release_s_subtitle_between_dashes_is_not(generic):
    page = ["보도자료", "", "웨이하이 카페리 주 6회로 늘어난다", "- 평택항 항차 두 배로 -", ""] + TEXT
    assert clean(page, generic).title == "웨이하이 카페리 주 6회로 늘어난다"


def test_a_heading_that_goes_on_with_a_subtitle_the_metadata_left_out_is_the_title():
    page = html("<title>학술정보 - 광시 둥싱 국경무역구의 성장과 한계</title>"
                "<meta property='og:title' content='광시 둥싱 국경무역구의 성장과 한계'><meta property='og:site_name' content='학술정보'>",
                "<div>학술정보</div><h1>광시 둥싱 국경무역구의 성장과 한계: 베트남 접경 교역 자료를 바탕으로</h1>")
    assert extract_text(page, url="j/1.html").title == "광시 둥싱 국경무역구의 성장과 한계: 베트남 접경 교역 자료를 바탕으로"


def test_a_heading_that_goes_on_with_the_site_s_name_gives_no_longer_title():
    page = html("<title>웨이하이 카페리 주 6회로</title><meta property='og:site_name' content='서해일보'>",
                "<h1>웨이하이 카페리 주 6회로 - 서해일보</h1>")
    assert extract_text(page, url="n/1.html").title == "웨이하이 카페리 주 6회로"


# ---- a café's name in `<title>` and `og:title`, shown only inside its header bar, gives way to the post

def test_a_mobile_cafe_page_s_title_is_the_post_s_heading_not_the_cafe_s_name():
    page = html("<title>웨이하이 한인들 : 네이버 카페</title><meta property='og:site_name' content='네이버 카페'>"
                "<meta property='og:title' content='웨이하이 한인들'>",
                "<div><span>☰</span> <span>웨이하이 한인들</span> <span>앱으로 보기</span></div><div>생활정보 게시판</div>"
                "<h3>웨이하이 카페리 주 6회로 늘었네요</h3><div>바닷바람 매니저 2025.10.11. 09:40 조회 88</div>",
                "<div>앱으로 보기 · PC버전 · 웨이하이 한인들 카페 가입하기</div>")
    doc = extract_text(page, url="cafe/m-1.html")
    assert doc.title == "웨이하이 카페리 주 6회로 늘었네요" and doc.published == "2025-10-11"
    assert "앱으로 보기" not in doc.clean and "생활정보 게시판" not in doc.clean


# ---- a Q&A page: the question's date, not the answer's; the answer's furniture goes, its text stays

QNA = ("<html><head><title>웨이하이 카페리 예약은 어디서 하나요? : 지식문답</title>"
       "<meta property='og:title' content='웨이하이 카페리 예약은 어디서 하나요?'></head><body>"
       "<div><a href='/'>지식문답</a> <a href='/ask'>질문하기</a></div>"
       "<h2>웨이하이 카페리 예약은 어디서 하나요?</h2><div>비공개 · 작성일 2025.09.14 21:30 · 조회수 1,482</div>"
       "<p>다음 달에 산둥성 웨이하이에 처음 가 보려고 합니다.</p>"
       "<div>답변자 바다사나이 · 여행 분야 고수 · 채택답변 412</div><div>질문자 채택</div>"
       "<p>선사 누리집에서 출항 2주 전부터 예약을 받습니다.</p><div>답변일 2025.09.15 08:12</div>"
       "<div>도움돼요 12 · 의견 3</div><h3>관련 질문</h3><ul><li><a href='/q/1'>칭다오 카페리 짐 규정 알려주세요</a></li>"
       "<li><a href='/q/2'>이우에서 한국까지 해운 배송 기간은?</a></li></ul></body></html>")


def test_a_q_and_a_page_is_dated_by_its_question_and_loses_the_answer_s_furniture():
    doc = extract_text(QNA, url="qna/q-1.html")
    assert doc.title == "웨이하이 카페리 예약은 어디서 하나요?" and doc.published == "2025-09-14"
    assert "선사 누리집에서 출항 2주 전부터 예약을 받습니다." in doc.clean
    for gone in ["답변자", "질문자 채택", "도움돼요", "관련 질문", "칭다오 카페리 짐 규정", "해운 배송 기간은?", "질문하기"]:
        assert gone not in doc.clean, gone


def test_a_question_of_a_sentence_s_length_after_a_related_list_ends_the_list_and_stays(generic):
    question = "그렇다면 웨이하이와 평택을 오가는 노선을 찾는 한국 관광객은 올해 얼마나 더 늘어날까?"
    done = clean(["웨이하이 카페리 증편"] + TEXT + ["관련 질문", "칭다오 카페리 짐 규정 알려주세요", question], generic)
    assert "칭다오 카페리 짐 규정 알려주세요" not in done.text and question in done.text


# ---- a list of other posts above the post: each title over its stamp; the post's own title has none

def test_one_post_over_its_stamp_is_the_title_and_dates_the_page(generic):
    page = ["칭다오 사는 이야기", "웨이하이 카페리 타 본 후기", "2025. 10. 3. 14:20", ""] + TEXT
    done = clean(page, generic)
    assert done.title == "웨이하이 카페리 타 본 후기" and done.published == "2025-10-03"


def test_stamped_titles_over_a_title_of_no_stamp_are_a_list(generic):
    page = ["칭다오 사는 이야기", "최근 글", "라오산 등산로 다녀왔어요", "2025. 10. 3. 14:20", "칭다오 맥주축제 후기",
            "2025. 8. 20. 22:05", "웨이하이 카페리 주 6회로 늘었어요"] + TEXT
    done = clean(page, generic)
    assert done.title == "웨이하이 카페리 주 6회로 늘었어요" and done.published == ""
    assert "라오산 등산로 다녀왔어요" not in done.text


# ---- a hard-wrapped text: a headline's last word alone on the next line of its block

# A paragraph wrapped at 30 characters, as old digests and PDF text are.
WRAPPED = textwrap.wrap("칭다오시는 올해 1~8월 한국행 카페리 여객이 지난해 같은 기간보다 38% 늘었다고 밝혔다. 시 교통국은 평택항과 "
                        "인천항을 오가는 항로의 운항 횟수를 주 6회로 늘리고 새 터미널도 짓는다고 설명했다. 터미널은 2027년 문을 "
                        "열며 연간 여객 처리 능력은 150만명 규모다. 시는 한국 관광객을 위한 안내 창구도 함께 늘릴 계획이라고 "
                        "덧붙였다. 선사들은 늘어나는 수요에 맞춰 새 선박을 들여올 예정이다.", 30)


def test_a_headline_s_last_word_alone_under_it_is_the_headline_s(generic):
    done = clean(["웨이하이 카페리, 한중 항로의 다음", "단계", ""] + WRAPPED, generic)
    assert done.title == "웨이하이 카페리, 한중 항로의 다음 단계"


def test_a_short_line_that_goes_on_into_the_text_is_not_the_headline_s(generic):
    done = clean(["웨이하이 카페리, 한중 항로의 다음 단계", "", "요약", "칭다오시 발표"] + WRAPPED, generic)
    assert done.title == "웨이하이 카페리, 한중 항로의 다음 단계"
