"""furniture14: chrome of unprofiled pages that unseen3 found kept, and body lines it found lost — a table under
its caption at the end of a report, a last paragraph ending in the end mark `(끝)`, widgets, counters, footnotes,
side boxes, script headers. Pages of my own invention; each test names the general shape it stands for, and
each removal is checked with the article's sentences kept."""
from __future__ import annotations

from pipeline.api import extract_text


def _result(lines: list[str]):
    return extract_text("\n".join(lines) + "\n")


def _flat(text: str) -> str:
    return "".join(text.split())


HEAD = "창저우 한국 부품기업 27곳으로 늘어"
LEAD = "허베이성 창저우(沧州)시의 한국 부품기업은 올해 27곳으로 늘었다."
NEXT = "시 정부는 내년에 부품 전용 공단을 새로 조성할 계획이다."


# ---- a table under its caption after the last sentence is article text, its source line is not

def test_a_table_under_its_caption_at_the_end_is_kept_and_its_source_line_goes():
    doc = _result([HEAD, "", LEAD, NEXT, "", "[표 1] 창저우 한국 부품기업 수 (단위: 곳)",
                   "구분        2023     2024     2025", "기업         14       19       27",
                   "자료: 창저우시 상무국", "", "1 / 4"])
    flat = _flat(doc.clean)
    assert _flat("[표 1] 창저우 한국 부품기업 수 (단위: 곳)") in flat
    assert _flat("기업 14 19 27") in flat and LEAD in doc.clean
    assert "자료:" not in doc.clean and "1 / 4" not in doc.clean


def test_a_short_line_after_a_caption_that_is_no_table_row_is_still_the_tail():
    doc = _result([HEAD, "", LEAD, NEXT, "", "<표 2> 부품기업 업종 (단위: 곳)", "구독하기 | 공유"])
    assert "구독하기" not in doc.clean and NEXT in doc.clean


# ---- a hard-wrapped last paragraph that ends with the text's end mark is prose, not the page's tail

def test_a_wrapped_last_paragraph_ending_in_the_end_mark_is_kept():
    doc = _result(["  가상신문 1995年 3月 2日 제9면", "", "창저우 부품공단 확장", "",
                   "허베이성 창저우(沧州)시의 한국 부품기", "업은 올해 27곳으로 늘었다고 시 상무국", "이 밝혔다.",
                   "한편 北京과 天津을 잇는 화물 철도도", "내년에 늘릴 것으로 보인다. (끝)", "-----------------------",
                   "<저작권자 가상신문. 무단전재 금지>"])
    flat = _flat(doc.clean)
    assert _flat("한편 北京과 天津을 잇는 화물 철도도 내년에 늘릴 것으로 보인다.") in flat, doc.clean
    assert "(끝)" not in doc.clean and "저작권자" not in doc.clean


# ---- a paper's notes under a drawn rule go, the first one's mark carried only by an author's line

def test_superscript_notes_under_a_rule_go_with_the_author_lines_that_carry_their_marks():
    doc = _result(["창저우 부품공단과 지방재정", "", "김○○(가상대학교 국제통상학과 부교수)¹", "최○○(가상연구소 연구원)²", "",
                   LEAD, NEXT + "³", "", "―――――――――――――――", "¹ 교신저자, e-mail: kim@gasang.example",
                   "² 본 논문은 가상대학교 교내연구비 지원을 받았다.", "³ 공단 면적은 계획 기준이다."])
    assert LEAD in doc.clean and _flat(NEXT) in _flat(doc.clean)
    for gone in ("부교수", "연구원)", "교내연구비", "계획 기준", "―"):
        assert gone not in doc.clean, (gone, doc.clean)


def test_a_numbered_list_under_a_rule_stays():
    doc = _result([HEAD, "", LEAD, NEXT, "", "―――――――――――――――", "1) 부품 인증 절차를 줄인다.", "2) 전용 공단을 연다."])
    assert "부품 인증 절차" in doc.clean and "전용 공단을 연다" in doc.clean


# ---- an economic daily's widgets: ranked headlines and exchange rates in one line each

def test_ranked_headlines_and_rate_widget_go_and_give_no_rows():
    html = ("<html><body><h1>" + HEAD + "</h1><div>입력 2026.03.02 06:01</div><p>" + LEAD + "</p><p>" + NEXT + "</p>"
            "<div>많이 본 뉴스 1 청두 지하철 12호선 개통 2 광저우 수출 18% 증가 3 톈진항 물동량 최대</div>"
            "<div>오늘의 환율 USD 1,371.20 CNY 188.64 JPY 905.51</div></body></html>")
    doc = extract_text(html, url="page.html")
    assert LEAD in doc.clean and "많이 본" not in doc.clean and "환율" not in doc.clean
    assert {p.name_zh for p in doc.places} >= {"河北省"} and "成都市" not in {p.name_zh for p in doc.places}
    assert all(f.unit not in ("JPY", "EUR") and f.value != 18 for f in doc.facts), doc.facts


# ---- a broadcaster's script: the episode line dates it, the header and the closing notice go, and a
# sentence broken over lines in the middle of it stays

def test_a_script_text_loses_its_header_and_notice_and_keeps_a_sentence_broken_over_lines():
    doc = _result(["가상방송 라디오 「대륙 통신」 제88회 (2026. 2. 10.)", "[대본] 창저우 특파원 연결 | 진행 한○○ | 작가 문○○", "",
                   "진행자) 오늘은 창저우로 가 보겠습니다.", "", "특파원) 네, 창저우입니다. 부품공단에 한국 기업 27곳이 입주했습니다.",
                   "시 정부는 내년에 부품 전용 공단을 새로 조성할", "계획이며, 한국 기업 전용 창구도 따로 만들", "것으로 보인다. (끝)", "",
                   "진행자) 지금까지 창저우였습니다.", "", "※ 본 대본은 방송 원고이며, 무단 인용을 금합니다."])
    assert doc.published == "2026-02-10"
    assert _flat("시 정부는 내년에 부품 전용 공단을 새로 조성할 계획이며, 한국 기업 전용 창구도 따로 만들 것으로 보인다.") \
        in _flat(doc.clean), doc.clean
    for gone in ("[대본]", "본 대본은", "제88회"):
        assert gone not in doc.clean, (gone, doc.clean)
