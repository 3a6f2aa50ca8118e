"""Furniture told by its block (pipeline/ingest/blocks.py) and the position rules of issue 8's
fifth round in clean.py: boxed notices, lone `▲` captions, a list that closes the article (kept
by the tail and template rules), footnote numbers given once, a running header that names the
issue and recurs within one document. Each rule with lines to act on and lines to leave alone,
in small invented pages (tests/devset/furniture5 has the whole pages)."""
from __future__ import annotations

import pytest

from pipeline.ingest.blocks import boxed_notices, closing_list, lone_captions
from pipeline.ingest.clean import clean

LEAD = "저장성 닝보 저우산항이 다음 달 한국행 냉장 컨테이너 전용 부두를 연다."
MORE = "부산과 광양을 잇는 주 6회 항로가 먼저 이 부두를 쓴다."
LAST = "협회는 설명회에서 항만 당국의 담당자를 초청해 통관 절차를 소개한다."



def items(*lines):
    return [(i, line) for i, line in enumerate(lines) if line.strip()]


def kept_text(lines, profile, **kw):
    return clean(list(lines), profile, **kw).text


# ---- boxed notices

NOTICE_BOX = ["┌────────────────────┐", "│ [행사 안내] 2026 냉장물류 설명회 │", "│ 일시: 4월 8일(수) 14:00 │",
              "│ 장소: 한중무역회관 3층 │", "└────────────────────┘"]
SUMMARY_BOX = ["┌────────────────────┐", "│ 자동화 부두 처리량 720만TEU │", "│ 한국 항로 주 48편 │",
               "└────────────────────┘"]


@pytest.mark.parametrize("box", [
    NOTICE_BOX,
    ["╔══════════╗", "║ 참가 신청 안내 ║", "║ 마감: 2026년 2월 20일(금) ║", "╚══════════╝"],
    ["┏━━━━━━━━┓", "┃ 세미나 참가자 모집 ┃", "┃ 문의: 국제사업팀 ┃", "┗━━━━━━━━┛"],
    ["│ [알림] 설 연휴 휴무 │", "│ 기간: 2월 16일~18일 │"],              # side lines only
    ["┌──────────┐", "2026 한중 물류 설명회", "4월 8일(목) 14:00 가상무역회관", "└──────────┘"],   # a day and a time
])
def test_a_boxed_notice_goes_whole(box, generic):
    page = [LEAD, MORE, *box, LAST]
    assert boxed_notices(items(*page)) == {2 + k for k in range(len(box))}
    text = kept_text(page, generic)
    assert all(line.strip("│║┃ ") not in text for line in box[1:-1] if line.strip("│║┃ "))
    assert LEAD in text and LAST in text


def test_a_boxed_summary_keeps_its_text(generic):
    page = [LEAD, *SUMMARY_BOX, LAST]
    assert boxed_notices(items(*page)) == set()
    text = kept_text(page, generic)
    assert "자동화 부두 처리량 720만TEU" in text and "┌" not in text      # the borders alone go


def test_an_unclosed_border_is_no_box(generic):
    page = [LEAD, "┌────────────────────┐", "일시: 4월 8일(수) 14:00 설명회가 열린다고 협회는 밝혔다.", LAST]
    assert boxed_notices(items(*page)) == set()


# ---- lone ▲ captions

@pytest.mark.parametrize("caption", [
    "▲ 청두 톈푸국제공항 제2터미널 출국장",
    "▲ 선양 훈난신구 반도체 장비 공장 조립 라인",
    "△ 칭다오항 자동화 부두의 무인 크레인",
])
def test_a_lone_caption_between_paragraphs_goes(caption, generic):
    page = [LEAD, caption, MORE, LAST]
    assert lone_captions(items(*page)) == {1}
    text = kept_text(page, generic)
    assert caption not in text and MORE in text


def test_a_lone_caption_at_the_end_or_with_a_date_goes(generic):
    caption = "▲ 지난해 11월 개통한 연길-서울 직항 노선의 첫 비행기"
    assert lone_captions(items(LEAD, MORE, caption)) == {2}
    assert caption not in kept_text([LEAD, MORE, LAST, caption], generic)


def test_a_lone_marked_paragraph_that_ends_in_a_predicate_stays(generic):
    line = "▲ 선양시 정부는 한국 기업 전용 공단을 새로 조성한다고 밝혔다."
    assert lone_captions(items(LEAD, line, MORE)) == set()
    assert line in kept_text([LEAD, line, MORE, LAST], generic)


@pytest.mark.parametrize("page", [
    [LEAD, "▲ 현장 계약 4건, 320만 달러", MORE],                       # a figure: a result line
    [LEAD, "▲ 현지 유통업체와 업무협약", "▲ 통관 간소화 시범 사업 참여", MORE],   # a list of ▲ items
    ["이번 박람회의 성과는 다음과 같다:", "▲ 현지 유통업체와 업무협약 체결", MORE],  # announced
    [LEAD, "▲ 중국 동향", MORE],                                        # a section's heading
])
def test_marked_items_and_headings_stay(page, generic):
    assert lone_captions(items(*page)) == set()


# ---- a list that closes the article

STANDING = ["- 통관 서류 사전 검토", "- 현지 법인 설립 상담", "- 전시회 참가비 지원"]


def test_a_list_in_the_last_sentences_block_stays_in_text(generic):
    page = ["한중교류센터 레터 제32호 (2026.02.09)", "다롄 수산물 가공단지, 냉동창고 임차료 감면", LEAD,
            "센터의 회원사 지원 사업은 올해도 이어진다.", *STANDING, "", "────────", "- 지난 호 보기: 센터 누리집 자료실"]
    text = kept_text(page, generic, template=frozenset(STANDING + ["- 지난 호 보기: 센터 누리집 자료실"]))
    assert all(item in text for item in STANDING)
    assert "지난 호 보기" not in text


def test_a_list_after_a_blank_line_is_no_part_of_the_block(generic):
    page = [LEAD, "센터의 회원사 지원 사업은 올해도 이어진다.", "", *STANDING, "", "────────"]
    text = kept_text(page, generic, template=frozenset(STANDING))
    assert not any(item in text for item in STANDING)


def test_an_announced_numbered_list_at_a_reports_end_stays(generic):
    page = ["창춘 자동차 부품 산업의 재편과 한국 협력사의 선택", "1. 현황", LEAD, MORE, "2. 정책 제언",
            "한국 협력사의 창춘 진출을 돕기 위해 세 가지를 제안한다.",
            "1) 완성차 협력사 공동 진출 지원", "2) 현지 연구개발 거점 마련", "3) 부품 인증 상호인정 협의"]
    text = kept_text(page, generic)
    assert "3) 부품 인증 상호인정 협의" in text and "1) 완성차 협력사 공동 진출 지원" in text


def test_a_list_under_a_sentence_ending_in_a_colon_at_the_text_end_stays(generic):
    page = ["하얼빈 바이오의약 산업의 성장", LEAD, MORE, "한국 기업이 눈여겨볼 분야는 다음과 같다:",
            "- 원료의약품 공동 생산", "- 임상시험 대행", "문의: 국제팀"]
    text = kept_text(page, generic)
    assert "다음과 같다:" in text and "- 임상시험 대행" in text and "문의: 국제팀" not in text


def test_closing_list_needs_one_kind_counting_from_one():
    page = [LEAD, "다음과 같이 돕는다.", "1) 통관", "3) 인증", "- 상담"]
    assert closing_list(items(*page), 1, page) == {2}
    assert closing_list(items(LEAD, "지원은 이어진다.", "- 통관", "· 인증", ""), 1, None) == set()   # HTML: not announced
    html = [LEAD, "지원 분야는 다음과 같다.", "- 통관", "- 인증"]
    assert closing_list(items(*html), 1, None) == {2, 3}


def test_a_related_list_in_html_still_goes(generic):
    page = [LEAD, MORE, "· 대련항 물동량 1천만 개 돌파", "· 선양 공항 국제선 늘어", "· 하얼빈 빙설제 개막"]
    text = clean(page, generic, wrapped_ok=False, link_density=[0, 0, 0, 0, 0]).text
    assert "대련항" not in text and MORE in text


# ---- footnotes: a note is given once; a one-item list under its mark

def test_a_one_item_list_after_the_note_was_given_stays(generic):
    page = ["훈난신구의 반도체 기업은 214곳으로 5년 전의 두 배가 되었다.1)", "1) 선양시 공업정보화국 발표 기준.",
            "한국 장비업체 9곳이 훈난신구에 법인을 두고 있다.", "업체들이 꼽은 가장 큰 애로는 한 가지로 모였다.",
            "1) 현지 고객사의 부품 인증 절차", LAST]
    text = kept_text(page, generic)
    assert "1) 선양시 공업정보화국 발표 기준." not in text
    assert "1) 현지 고객사의 부품 인증 절차" in text


def test_a_note_given_by_position_is_given_once_too(generic):
    page = ["수출은 86억 달러로 6.2% 늘었다.1)", "1) 소프트웨어 매출을 포함한 수치이다.", MORE,
            "업체들이 꼽은 애로는 한 가지였다.", "1) 현지 인증 절차", LAST]
    text = kept_text(page, generic)
    assert "포함한 수치이다" not in text and "1) 현지 인증 절차" in text


@pytest.mark.parametrize("item,goes", [
    ("1) 현지 고객사의 부품 인증 절차", False),       # a noun phrase under its mark: a one-item list
    ("1) 시 통계국 발표 기준", True),                # a note's words
    ("1) 훈난신구는 2010년에 세워졌다.", True),       # a sentence
])
def test_under_its_mark_a_note_or_a_one_item_list(item, goes, generic):
    page = [LEAD, "업체들이 꼽은 가장 큰 애로는 한 가지로 모였다.1)", item, LAST]
    assert (item not in kept_text(page, generic)) is goes


# ---- a running header that names the issue, repeated within one document

HEADER = "서해경제 포커스 2026-02 | 칭다오항 스마트 물류"


def test_an_issue_header_repeated_in_the_document_goes(generic):
    page = [HEADER, "칭다오항 자동화 부두의 확장과 한중 항로 전망", LEAD, MORE, HEADER, LAST, HEADER]
    text = kept_text(page, generic)
    assert HEADER not in text and MORE in text and LAST in text


def test_a_repeated_line_without_an_issue_stays(generic):
    cell = "칭다오항 | 스마트 물류"
    page = [LEAD, cell, MORE, cell, LAST]
    assert cell in kept_text(page, generic)


# ---- a table's rows in columns above the first sentence are no menu

def test_table_rows_in_columns_above_the_first_sentence_stay(generic):
    rows = ["인천        위해         3", "인천        청도         3", "평택        연태         3", "군산        대련         2"]
    page = ["한중 카페리 항로 운항 현황", "", "한국 항만   중국 항만   주간 운항", *rows, "",
            "인천과 평택은 산동성 항만과의 항로가 가장 많다."]
    text = kept_text(page, generic)
    assert all(" ".join(row.split()) in text for row in rows)


def test_a_menu_above_the_first_sentence_still_goes(generic):
    page = ["홈", "뉴스", "경제", "국제", "한중 카페리 항로 운항 현황", "인천과 평택은 산동성 항만과의 항로가 가장 많다.", MORE]
    text = kept_text(page, generic)
    assert "뉴스" not in text.split("\n\n") and "국제" not in text.split("\n\n")


def test_the_title_again_with_a_page_number_after_a_wide_gap_goes(generic):
    title = "창사 건설기계 산업과 한국 부품기업의 과제"
    page = [title, "1. 현황", LEAD, f"{title}                        3", MORE, LAST, f"{title}                        4"]
    text = kept_text(page, generic)
    assert text.startswith(title) and f"{title} 3" not in text and f"{title} 4" not in text and MORE in text


def test_a_table_row_with_a_wide_gap_stays(generic):
    row = "광둥성 수출                3"
    assert "광둥성 수출 3" in kept_text([LEAD, row, MORE, LAST], generic)
