"""Round nine's cleaning (furniture9): body sentences whose subject a wrap cut from the predicate, a
report's note-style sentences under its last sentence, a café's name over its post when `<title>` names
the platform. Each class with lines to act on and lines to leave alone; every page is invented."""
from __future__ import annotations

import pytest

from pipeline.api import extract_text
from pipeline.ingest.clean import clean
from pipeline.ingest.html import _Found, _on_a_platform

HEAD = ["가상연구원 지역동향", "", "네이멍구와 광시의 산업 전환", "", "1. 현황", "",
        "네이멍구자치구의 자원도시들은 석탄 의존도를 낮추기 위해", "신에너지 산업을 키우고 있다. 이 지역의 석탄 생산은",
        "중국 전체의 4분의 1을 차지한다."]


# ---- a sentence's subject wrapped from its predicate, between the headline and a line of prose

@pytest.mark.parametrize("head, rest", [
    ("광시 자치구는", "베트남과 맞닿은 국경 통상구 12곳을 통해 아세안 교역을 늘리고 있다."),
    ("광시", "자치구는 베트남과 맞닿은 국경 통상구 12곳을 통해 아세안 교역을 늘리고 있다."),
    ("광시(廣西)", "자치구의 국경무역액은 1,500억 위안이다."),
    ("어얼둬쓰(鄂爾多斯)", "시는 풍력 발전 설비를 1,200만kW 늘렸다."),
])
def test_a_subject_cut_from_its_predicate_stays(generic, head, rest):
    text = clean(HEAD + [head, rest], generic).text
    assert "".join((head + rest).split()) in "".join(text.split()), text


def test_a_tool_over_the_first_sentence_still_goes(generic):
    """`기사원문` over a line of prose neither ends in a topic particle nor is continued by a class word."""
    lines = ["광시 국경무역 18% 증가", "기사원문", "SNS 보내기",
             "광시좡족자치구의 국경무역액이 1,500억 위안으로 18% 늘었다.", "난닝시는 전시관을 두 곳 더 연다."]
    text = clean(lines, generic).text
    assert "기사원문" not in text and "SNS 보내기" not in text and "난닝시는" in text


# ---- a report's note-style sentences right under its last sentence

@pytest.mark.parametrize("line", [
    "광시 자치구는 국경무역 1위 지역",
    "어얼둬쓰(鄂爾多斯)시는 석탄 생산량 1위 도시임",
    "얼롄하오터(二連浩特)는 아세안 교역을 늘리는 중",
    "▶ 바오터우(包頭)시는 희토류 기업 120곳 보유",
])
def test_a_note_style_sentence_under_the_text_stays(line):
    doc = extract_text("\n".join(HEAD + [line]))
    assert line in doc.clean, doc.clean


@pytest.mark.parametrize("line", ["공감 5 · 구독하기", "목록 | 이전글 | 다음글", "가상연구원 지역동향", "좋아요 3"])
def test_the_page_s_tools_under_the_text_still_go(line):
    doc = extract_text("\n".join(HEAD + ["한국 기업은 협력 범위를 넓힐 필요가 있다.", "", line]))
    assert line not in doc.clean and "넓힐 필요가 있다." in doc.clean


# ---- a café's name as og:title when `<title>` names the platform and no og:site_name does

CAFE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>{title}</title><meta property="og:title" content="칭다오 한인 모임">
</head><body>
<div class="cafe-name">칭다오 한인 모임</div>
<h3>라오산구 새 한국 마트 열었어요</h3>
<p class="writer">산책러 | 2025.10.08. 21:14 | 조회 356</p>
<p>산둥성 칭다오시 라오산구에 한국 식품 마트가 새로 문을 열었어요.</p>
<p>매장 면적은 800㎡이고 한국 라면과 김치를 들여온다고 하네요.</p>
</body></html>"""


def test_a_cafe_s_name_over_its_post_is_no_title():
    doc = extract_text(CAFE.format(title="칭다오 한인 모임 : 네이버 카페"), url="cafe/post.html")
    assert doc.title == "라오산구 새 한국 마트 열었어요"
    assert "칭다오 한인 모임" not in doc.clean


def test_a_page_whose_title_names_no_platform_still_takes_the_line_over_its_stamp():
    """`<title>` with a part that is a headline ending in 카페, long: no platform's name. The café
    rule does not fire, but the post's own headline over its stamp is still the title (titles9's
    rule: a name given as og:title gives way to the line over the post's stamp)."""
    doc = extract_text(CAFE.format(title="칭다오 한인 모임 : 라오산구에 새로 생긴 한국 식품 전문 카페"), url="cafe/post.html")
    assert doc.title == "라오산구 새 한국 마트 열었어요"


@pytest.mark.parametrize("title, platform", [
    ("칭다오 한인 모임 : 네이버 카페", True), ("칭다오 한인 모임 | 다음카페", True),
    # a long part ending in 카페 is a headline, no platform's name
    ("칭다오 한인 모임 : 라오산구에 새로 생긴 한국 식품 전문 카페", False), ("칭다오 한인 모임", False),
])
def test_a_platform_is_named_by_a_short_part_of_the_title(title, platform):
    found = _Found()
    found.title = [title]
    assert _on_a_platform(found, "칭다오 한인 모임") is platform


# ---- a short heading over the note-style lines that close a report is the text's

def test_a_heading_over_closing_notes_stays():
    notes = ["주요 지표", "닝샤 자치구는 신에너지 발전 비중 전국 3위", "인촨시는 태양광 설비 600만kW 신규 연결"]
    doc = extract_text("\n".join(HEAD + [""] + notes + ["", "- 5 -"]))
    assert all(n in doc.clean for n in notes), doc.clean
    assert "- 5 -" not in doc.clean


def test_a_short_line_over_a_tool_under_the_text_still_goes():
    doc = extract_text("\n".join(HEAD + ["", "관련 기사", "공감 5 · 구독하기"]))
    assert "관련 기사" not in doc.clean and "구독하기" not in doc.clean


# ---- a notice board post's headline with its label, right over its stamp, against a pinned notice

def test_a_pinned_notice_over_the_post_s_headline_still_goes(generic):
    page = ["칭다오 한인 모임", "공지: 장터 게시판 이용 수칙", "청양구 한국 식당 거리 새로 생겼어요", "2025.07.01",
            "산둥성 칭다오시 청양구에 한국 식당 10곳이 모인 거리가 생겼다.", "주차장은 200면이다."]
    done = clean(page, generic)
    assert "장터 게시판 이용 수칙" not in done.text and done.title == "청양구 한국 식당 거리 새로 생겼어요"


def test_a_labelled_post_headline_over_its_stamp_stays(generic):
    page = ["대륙로펌 뉴스레터", "공지: 중국 데이터 반출 규정 개정 주요 내용", "작성일 2025-08-04 10:20",
            "중국 인터넷정보판공실은 지난달 데이터 반출 규정 개정안을 공포했다.", "신고 대상 기업은 1,200곳 줄어든다."]
    assert "중국 데이터 반출 규정 개정 주요 내용" in clean(page, generic).title
