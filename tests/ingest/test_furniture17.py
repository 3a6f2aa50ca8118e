"""furniture17 (round 17): what unseen pages still got wrong after round 16 — other articles' headlines on one line with
no heading, source notes at a text's end, a report's table rows below its last sentence, event lines with a day and a
time, a byline glued after the last sentence — each checked with the article's lines of the same shape kept. Pages of
my own invention; each test names the general shape."""
from __future__ import annotations

from tests.ingest.test_furniture16 import _html, _text     # a plain text and an HTML page through the whole pipeline


HEAD = "훈춘 국경무역구, 한국 기업 입주 늘어"
LEAD = "지린성 훈춘(琿春)시의 국경무역구에 입주한 한국 기업이 올해 들어 12곳 늘었다."
NEXT = "무역구 관리위원회는 연말까지 입주 기업을 50곳으로 늘릴 계획이다."


# ---- other articles' headlines on one line, no heading over them

def test_a_one_line_list_of_other_headlines_under_the_text_goes():
    for listed in ("· 룡정 사과배 수확량 3만톤 · 화룡시 관광객 15% 증가",
                   "■ 취안저우 석재 수출 12% 회복 ■ 푸저우 신항 2단계 준공 ■ 장저우 화훼단지 한국 바이어 유치",
                   "- 웨이하이 한국상품관 매출 30% 늘어 - 르자오항 곡물 부두 증설"):
        text = _text([HEAD, "", LEAD, "", NEXT, "", listed])
        assert LEAD in text and NEXT in text
        assert listed.split()[1] not in text, (listed, text)


def test_a_one_line_list_of_other_headlines_in_html_goes_with_the_byline_between():
    text = _html(f"<h1>{HEAD}</h1><p>{LEAD}</p><p>{NEXT}</p><p>김영수 기자</p>"
                 "<p>· 잉커우항 컨테이너 물동량 600만TEU 눈앞 · 판진시 한국 기업 전용 공단 2곳 추가</p>")
    assert LEAD in text and NEXT in text
    assert "잉커우항" not in text and "판진시" not in text


def test_a_headlines_deck_on_one_line_above_the_first_sentence_stays():
    deck = "- 한국 기업 입주 12곳 늘어 - 관리위원회 연말 목표 50곳 제시"
    text = _text([HEAD, deck, "", LEAD, "", NEXT])
    assert "한국 기업 입주 12곳 늘어" in text and "관리위원회 연말 목표 50곳 제시" in text


def test_items_on_one_line_under_a_heading_of_the_text_stay():
    items = "ㆍ 둥싱의 수산물 수입 2만 톤 ㆍ 닝밍의 목재 수입 3% 감소"
    text = _text(["광시 국경무역 동향", "", LEAD, NEXT, "", "주요 지표", items, "", "광시 정부는 올해 통관 시간을 더 줄이겠다고 밝혔다."])
    assert "둥싱의 수산물 수입 2만 톤" in text and "닝밍의 목재 수입 3% 감소" in text


def test_items_on_one_line_under_a_line_that_announces_them_stay():
    items = "· 한국 식품 기업 17곳 입주 · 한국 물류 기업 2곳 계약"
    text = _text([HEAD, "", LEAD, "", "주요 내용은 다음과 같다.", items, "", NEXT])
    assert "한국 식품 기업 17곳 입주" in text


def test_body_bullets_that_are_sentences_stay_one_a_line():
    text = _text(["광시 국경무역 동향", "", LEAD, "", "2. 품목별 특징",
                  "ㆍ 핑샹의 과일 수입은 전년보다 12% 증가했다", "ㆍ 둥싱의 수산물 수입은 2만 톤으로 늘었다", "", NEXT])
    assert "핑샹의 과일 수입은 전년보다 12% 증가했다" in text and "둥싱의 수산물 수입은 2만 톤으로 늘었다" in text


# ---- source notes at the end of a text

def test_source_notes_at_the_end_go_whether_or_not_the_text_carries_their_mark():
    text = _text([HEAD, "", LEAD, "", NEXT, "", "1) 훈춘시 상무국 내부자료(2025).", "주: 해관총서 광시 분서 통계.",
                  "※ 주: 해관총서 하얼빈 분서 통계 기준.", "자료: 지린성 상무청", "출처: 훈춘시 정부 누리집"])
    assert LEAD in text and NEXT in text
    for gone in ("내부자료", "광시 분서", "하얼빈 분서", "지린성 상무청", "누리집"):
        assert gone not in text, (gone, text)


def test_a_numbered_item_and_a_noted_sentence_of_the_text_stay():
    text = _text([HEAD, "", LEAD, "", "1) 훈춘시는 물류단지를 넓혔다(2025).", "1) 수출 통계(2025)",
                  "※ 참고: 광둥성의 1인당 GDP는 2024년 13만 위안으로 전국 평균의 1.3배다.", NEXT])
    assert "훈춘시는 물류단지를 넓혔다" in text and "수출 통계(2025)" in text and "1.3배다" in text


# ---- a report's table rows, a label and its figures one space apart

def test_table_rows_under_a_caption_below_the_last_sentence_stay():
    text = _text(["광시 국경무역 동향", "", LEAD, NEXT, "", "<표 1> 광시 주요 국경도시의 교역액 (억 위안)", "핑샹 980", "둥싱 640",
                  "닝밍 210", "자료: 광시 상무청"])
    for row in ("핑샹 980", "둥싱 640", "닝밍 210"):
        assert row in text, (row, text)
    assert "광시 상무청" not in text


def test_table_rows_under_a_heading_with_the_unit_or_naming_the_text_s_places_stay():
    text = _text(["광시 국경무역 동향", "", "핑샹과 둥싱이 광시 국경무역의 대부분을 맡았다.", NEXT, "",
                  "지역별 교역액(억 위안)", "핑샹 980", "둥싱 640", "", "주요 국경도시", "핑샹 12", "둥싱 9"])
    for row in ("지역별 교역액(억 위안)", "핑샹 980", "둥싱 640", "주요 국경도시", "핑샹 12", "둥싱 9"):
        assert row in text, (row, text)


def test_a_table_under_a_unit_heading_below_the_last_sentence_of_an_html_page_stays_and_the_list_under_it_goes():
    text = _html(f"<h1>{HEAD}</h1><p>{LEAD}</p><p>{NEXT}</p><p>품목별 구매 단가(위안)</p><p>보이차 180</p><p>커피 원두 95</p>"
                 "<p>ㆍ 다리 고성 숙소 후기와 객잔 가격 비교 ㆍ 리장 야시장 물가 정리와 환전 요령 ㆍ 쿤밍 꽃시장 새벽 풍경 스케치</p>")
    for row in ("품목별 구매 단가(위안)", "보이차 180", "커피 원두 95"):
        assert row in text, (row, text)
    assert "리장" not in text and "객잔" not in text


def test_a_side_box_of_counters_below_the_text_still_goes():
    text = _text([HEAD, "", LEAD, NEXT, "", "카테고리", "중국경제 88", "출장일기 51"])
    assert LEAD in text and "출장일기" not in text


# ---- event lines with a day and a time

def test_event_lines_with_a_day_and_a_time_stay_and_a_bare_stamp_goes():
    events = ["설명회는 2026년 5월 12일 14:00 선양 코리아센터에서 열린다(문의 024-000-0000)",
              "▶ 설명회는 2026년 5월 12일 14:00부터 선양 코리아센터에서",
              "2026-05-12 14:00 선양 코리아센터에서 설명회 개최 예정",
              "설명회는 5월 12일 오후 2시 선양 코리아센터 대회의실에서 열린다."]
    text = _text([HEAD, "2026.04.11 10:20", "", LEAD, *events, NEXT])
    for line in events:
        assert line in text, (line, text)
    assert "10:20" not in text


def test_a_comments_stamp_after_its_sentence_still_goes_whatever_the_nickname():
    comment = "쑤저우에서 우수회원 쑤저우 공업원구는 8천 위안 선이에요. 상해 출퇴근은 힘들지만요 ㅠㅠ 2026.05.09. 09:05 답글쓰기"
    text = _html(f"<h1>{HEAD}</h1><p>{LEAD}</p><p>{NEXT}</p><div>{comment}</div>")
    assert LEAD in text and "09:05" not in text and "답글쓰기" not in text


# ---- a byline glued after the last sentence

def test_a_byline_after_a_slash_or_with_its_city_is_cut_off_the_last_sentence():
    for tail in (" /한기철 특파원", " 선양=한기철 특파원"):
        text = _text([HEAD, "", LEAD, "", "관리위원회 관계자는 \"물류 창고도 새로 짓는다\"고 말했다." + tail])
        assert "물류 창고도 새로 짓는다\"고 말했다." in text and "한기철" not in text, text
