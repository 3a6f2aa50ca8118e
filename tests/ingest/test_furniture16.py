"""furniture16 (round 16): furniture that unseen pages still kept — a column's notice and its list of the writer's other
columns, one-line disclaimers of securities notes and institute briefs, tables of contents under a marked heading,
event notices and board rows laid out in table cells, a report's summary box head — each removal checked with the
article's sentences of the same shape kept. Pages of my own invention; each test names the general shape."""
from __future__ import annotations

from pipeline.api import extract_text


def _text(lines: list[str]) -> str:
    return extract_text("\n".join(lines) + "\n").clean


def _html(body: str, title: str = "") -> str:
    head = f"<title>{title}</title>" if title else ""
    page = f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    return extract_text(page, url="x/page.html").clean


def _flat(text: str) -> str:
    return "".join(text.split())


HEAD = "<h1>난징 전기차 부품단지, 한국 기업 30곳 넘어</h1>"
LEAD = "장쑤성 난징(南京)시 전기차 부품단지의 한국 기업은 올해 31곳으로 늘었다."
NEXT = "시 정부는 내년에 배터리 소재 전용 구역을 새로 지정할 계획이다."


# ---- class 5: a column's notice and the writer's other columns

def test_a_columns_notice_and_the_writers_other_columns_go_the_text_stays():
    text = _html(HEAD + f"<p>{LEAD}</p><p>{NEXT}</p>"
                 "<p>※ 칼럼 내용은 가상포털의 편집 방향과 무관합니다.</p>"
                 "<div><h3>이 필자의 다른 칼럼</h3><ul><li><a href='/1'>허페이의 반도체, 다시 뛴다</a></li>"
                 "<li><a href='/2'>우한 광밸리 20년</a></li></ul></div>")
    assert LEAD in text and NEXT in text
    for gone in ("편집 방향", "다른 칼럼", "허페이", "광밸리"):
        assert gone not in text, (gone, text)


def test_a_sentence_of_the_text_that_begins_with_the_notice_mark_stays():
    prose = "※ 칼럼 내용과 관련해 난징시 정부는 아직 아무 입장도 내지 않았다."
    text = _html(HEAD + f"<p>{LEAD}</p><p>{prose}</p><p>{NEXT}</p>")
    assert prose in text and NEXT in text


# ---- class 6: one-line disclaimers of securities notes and briefs

def test_a_notes_one_line_disclaimers_go_and_a_sentence_reporting_one_stays():
    reported = "본 자료는 투자 판단에 참고가 될 뿐 법적 근거로 쓰일 수 없다고 금융당국은 설명했다."
    text = _text(["난징 전기차 부품, 수출이 끌고 간다", "", LEAD, reported, NEXT, "",
                  "본 자료는 고객의 투자 판단을 돕기 위한 참고자료이며, 어떠한 경우에도 법적 책임의 근거로 사용될 수 없습니다.",
                  "당사는 본 자료 발간일 현재 해당 종목을 1% 이상 보유하고 있지 않습니다."])
    assert LEAD in text and reported in text and NEXT in text
    assert "참고자료이며" not in text and "보유하고 있지" not in text


def test_a_briefs_official_view_notice_goes():
    text = _text(["난징 전기차 부품단지의 성장과 과제", "", LEAD, NEXT, "",
                  "이 보고서에 실린 내용은 집필진의 의견이며, 가상연구원의 공식적인 견해를 나타내는 것은 아닙니다."])
    assert LEAD in text and NEXT in text and "공식적인 견해" not in text


# ---- class 1: a table of contents under a marked heading

def test_contents_under_a_marked_heading_go_and_a_sentence_naming_contents_stays():
    prose = "세관 측은 신청 서류의 목차와 작성 요령을 이달 말 누리집에 공개하겠다고 밝혔다."
    text = _text(["가상통상레터 제12호 | 2026.05.12", "", "■ 이번 호 목차", " ① 난징 부품단지 31곳", " ② 세관 서류 간소화", "",
                  "① 난징 전기차 부품단지, 한국 기업 30곳 넘어", "", LEAD, NEXT, "", "② 세관 서류 간소화", "", prose])
    assert LEAD in text and prose in text and "② 세관 서류 간소화" in text
    assert "이번 호 목차" not in text and "부품단지 31곳" not in text


# ---- class 2: event notices and board rows laid out in table cells

def test_an_info_table_in_cells_above_the_text_goes_with_its_fee():
    text = _html(HEAD + "<table><tr><th>일시</th><td>2026년 5월 14일(목) 14:00~17:30</td></tr>"
                 "<tr><th>장소</th><td>난징 국제전시센터 3층</td></tr><tr><th>참가비</th><td>회원 무료 / 비회원 30,000원</td></tr>"
                 "<tr><th>문의</th><td>02-000-0000</td></tr></table>" f"<p>{LEAD}</p><p>{NEXT}</p>")
    assert LEAD in text and NEXT in text
    for gone in ("일시", "난징 국제전시센터", "30,000원", "참가비", "문의"):
        assert gone not in text, (gone, text)


def test_an_info_table_between_sentences_goes_a_table_of_figures_stays():
    figures = "<table><tr><th>기간</th><td>2026~2028년</td></tr><tr><th>대상</th><td>도내 중소 수출기업 200곳</td></tr>" \
              "<tr><th>지원액</th><td>기업당 최대 3천만 원</td></tr></table>"
    notice = "<table><tr><th>일시</th><td>2026년 9월 16일</td></tr><tr><th>장소</th><td>난징 국제전시센터</td></tr>" \
             "<tr><th>신청마감</th><td>2026년 8월 10일</td></tr><tr><th>문의</th><td>025-000-0000</td></tr></table>"
    text = _html(HEAD + f"<p>{LEAD}</p>{figures}<p>{NEXT}</p>{notice}<p>{LEAD.replace('31곳', '서른 곳')}</p>")
    assert "도내 중소 수출기업 200곳" in text and "기업당 최대 3천만 원" in text and "지원액" in text
    for gone in ("난징 국제전시센터", "신청마감", "8월 10일", "025-000-0000"):
        assert gone not in text, (gone, text)


def test_a_boards_previous_and_next_rows_go_whatever_the_other_posts_title_says():
    text = _html(HEAD + f"<table><tr><td>{LEAD}</td></tr><tr><td>{NEXT}</td></tr>"
                 "<tr><td class='label'>이전글</td><td>2011년 상반기 정기총회 결과 안내</td></tr>"
                 "<tr><td class='label'>다음글</td><td>청도 교류회에서 다시 만났다</td></tr></table>")
    assert LEAD in text and NEXT in text
    for gone in ("이전글", "정기총회", "다음글", "청도 교류회"):
        assert gone not in text, (gone, text)


# ---- class 4: a summary box head and its items

def test_a_summary_head_stays_a_heading_and_its_items_stay_lines_of_their_own():
    items = ["ㆍ 난징 전기차 부품단지의 한국 기업은 2026년 31곳으로 늘어 전년보다 5곳 증가",
             "ㆍ 배터리 소재 전용 구역은 2027년 지정 예정", "ㆍ 인건비 상승이 과제"]
    text = extract_text("\n".join([
        "가상연구원 차이나 포커스 제26-11호                                       2026. 6. 3.", "",
        "난징 전기차 부품단지의 성장과 과제", "", "< 요 약 >", *items, "", "1. 현황",
        "난징시는 2020년 이후 전기차 부품을 전략산업으로 육성해 왔다. 부품단지에는 한국 기업 31곳이 들어섰다.",
        "", "가상연구원 차이나 포커스                                                     - 3 -"]) + "\n").clean
    paragraphs = text.split("\n\n")
    assert "< 요 약 >" in paragraphs, text
    for item in items:
        assert item.replace("ㆍ", "·") in paragraphs, (item, text)


def test_a_marked_head_above_the_first_sentence_stays_when_the_text_uses_the_mark():
    text = _text(["난징 전기차 부품, 수출이 끌고 간다", "", "■ 핵심 요약", "ㆍ 한국 기업 31곳", "", "■ 지역 동향", LEAD, "",
                  "■ 투자 포인트", NEXT])
    for head in ("■ 핵심 요약", "■ 지역 동향", "■ 투자 포인트"):
        assert head in text, (head, text)


def test_an_event_notices_day_does_not_date_a_notice_page():
    page = ("<html><head><meta charset='utf-8'><title>[행사] 난징 진출 세미나 | 가상협회</title></head><body>"
            "<h2>난징 전기차 부품 진출 세미나</h2><table><tr><th>일시</th><td>2026년 5월 14일(목) 14:00~17:30</td></tr>"
            "<tr><th>장소</th><td>난징 국제전시센터 3층</td></tr><tr><th>참가비</th><td>무료</td></tr></table>"
            f"<p>{LEAD}</p><p>{NEXT}</p></body></html>")
    doc = extract_text(page, url="x/notice.html")
    assert LEAD in doc.clean and "14:00" not in doc.clean
    assert doc.published == "", doc.published


# ---- bylines and footers that carry places: a pair of researchers, a writer's box, an address footer

def test_a_researcher_pair_a_writers_box_and_an_address_footer_go():
    text = _text(["난징 전기차 부품단지의 성장과 과제", "", "이가상 부연구위원 · 정가상 연구원", "", LEAD, NEXT, "",
                  "윤가상 가상대학교 중국학과 교수 · 전 가상무역관 난징 주재원",
                  "(사)가상통상협회 | 서울특별시 중구 가상로 00 | 대표 김가상"])
    assert LEAD in text and NEXT in text
    for gone in ("부연구위원", "주재원", "가상로", "통상협회"):
        assert gone not in text, (gone, text)


# ---- class 3: sentences ending in a footnote's mark stay, the notes under them go

def test_notes_under_a_notes_label_go_and_the_marked_sentences_stay_apart():
    s2 = "부품단지의 한국 기업은 31곳으로 늘었다는 집계가 나왔다."
    text = _text(["난징 전기차 부품단지의 성장과 과제", "", "난징시는 2020년 이후 전기차 부품을 전략산업으로 육성해 왔다.1)",
                  s2 + "2)", NEXT, "", "주:", "1) 난징시 통계국 발표 기준.", "2) 현지 기업 3곳 면담."])
    paragraphs = text.split("\n\n")
    assert "난징시는 2020년 이후 전기차 부품을 전략산업으로 육성해 왔다." in paragraphs, text
    assert s2 in paragraphs and NEXT in paragraphs, text
    assert "통계국" not in text and "면담" not in text and "2)" not in text


def test_a_list_under_a_colon_that_is_no_notes_label_stays():
    text = _text(["난징 전기차 부품단지의 성장과 과제", "", "난징시는 부품 기업에 두 가지를 요구했다.1)", "",
                  "요구 사항:", "1) 현지 인력 채용", "2) 연구소 설립", "", NEXT])
    assert "1) 현지 인력 채용" in text and "2) 연구소 설립" in text, text
