"""furniture10: furniture classes of issue 8 on sources nobody profiled — a report's summary box (its rules
go, its sentences stay), an archive's print mark under the text dating the page. Pages of my own invention;
each test names the general shape it stands for."""
from __future__ import annotations

from pipeline.api import extract_text
from pipeline.ingest.blocks import unframed


def _result(lines: list[str]):
    return extract_text("\n".join(lines) + "\n")


def _flat(text: str) -> str:
    return "".join(text.split())


REPORT = ["가상산업연구원", "지역 브리프 제12호", "", "허페이 신에너지차 산업의 부상", "",
          "┌────────── 요 약 ──────────┐",
          "│ 허페이시의 신에너지차 생산은 2024년 │",
          "│ 68만대로 3년 새 네 배가 됐다.       │",
          "└───────────────────────────┘", "",
          "1. 산업 현황", "",
          "안후이성 허페이(合肥)시는 2020년 이후",
          "완성차 공장 세 곳을 유치했다. 부품 기업",
          "은 지난해 말 기준 420곳이다.", "",
          "가상산업연구원 | 지역 브리프 제12호", "- 2 -"]


def test_a_summary_box_keeps_its_sentences_and_loses_its_rules():
    result = _result(REPORT)
    flat = _flat(result.clean)
    assert _flat("허페이시의 신에너지차 생산은 2024년 68만대로 3년 새 네 배가 됐다.") in flat, result.clean
    assert not any(c in result.clean for c in "│┌┐└┘─"), result.clean
    assert "요 약" not in result.clean and result.title == "허페이 신에너지차 산업의 부상"


def test_a_double_ruled_summary_box_too():
    lines = [line.replace("┌", "╔").replace("┐", "╗").replace("└", "╚").replace("┘", "╝").replace("│", "║")
             .replace("─", "═").replace("요 약", "핵심 요약") for line in REPORT]
    result = _result(lines)
    assert _flat("68만대로 3년 새 네 배가 됐다.") in _flat(result.clean) and "║" not in result.clean, result.clean


def test_a_boxed_notice_still_goes_whole():
    result = _result(["허페이 설명회 안내와 시장 동향", "", "허페이시의 올해 신에너지차 수출은 20만대를 넘었다.", "",
                      "┌──────── 행사 안내 ────────┐", "│ 일시: 4월 8일(수) 14:00     │", "│ 장소: 가상센터 3층 대회의실 │",
                      "└───────────────────────────┘", "", "협회는 하반기에 현지 조사단을 보낸다."])
    assert "일시" not in result.clean and "가상센터" not in result.clean and "조사단을 보낸다." in result.clean, result.clean


def test_unframed_takes_off_side_borders_only():
    assert unframed("│ 허페이시의 생산은 2024년 │") == "허페이시의 생산은 2024년 "
    assert unframed("║ 68만대로 늘었다.║") == "68만대로 늘었다."
    assert unframed("수출은 20만대 | 내수는 48만대") == "수출은 20만대 | 내수는 48만대"   # a table's bar, no frame
    assert unframed("│") == "│"


def test_an_archive_print_mark_under_the_text_dates_the_page():
    """`■ <paper> 2002년 5월 17일자 11면` under the digest: the page's only date."""
    result = _result(["가상신문 기사 DB ▶ 국제", "", "톈진 항만 한국 화물 늘어", "",
                      "톈진항의 한국행 화물이 올해 1~4월 12만TEU로 작년보다 9% 늘었다.", "",
                      "■ 가상新聞 2002년 5월 17일자 11면"])
    assert result.published == "2002-05-17" and "11면" not in result.clean, (result.published, result.clean)


def test_a_print_mark_does_not_outrank_a_posted_line():
    result = _result(["톈진 항만 한국 화물 늘어", "입력 2002.05.18 09:00", "",
                      "톈진항의 한국행 화물이 올해 1~4월 12만TEU로 작년보다 9% 늘었다.", "", "가상新聞 2002년 5월 17일자 11면"])
    assert result.published == "2002-05-18", result.published


def test_the_mark_of_a_footnote_that_went_goes_too():
    result = _result(["가상산업연구원", "", "허페이 신에너지차 산업의 부상", "",
                      "안후이성 허페이(合肥)시의 부품 기업은 420곳이다.1) 완성차 공장은 세 곳이다.", "",
                      "1) 허페이시 통계국 자료 기준."])
    assert "420곳이다. 완성차" in result.clean and "통계국" not in result.clean, result.clean


def test_a_mark_whose_note_stayed_stays():
    """No note under the text: `1)` is no footnote's mark that went (a list's number, a kept note)."""
    result = _result(["허페이 신에너지차 산업의 부상", "", "허페이시의 부품 기업은 420곳이다.1) 완성차 공장은 세 곳이다."])
    assert "420곳이다.1)" in result.clean, result.clean


def _html(tail: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>포산 가전 수출 8% 늘어 - 가상일보</title></head><body>"
            "<h1>포산 가전 수출 8% 늘어</h1><div class='art'><p>광둥성 포산시의 올해 가전 수출은 120억 달러로 작년보다 8% 늘었다.</p>"
            "<p>시 정부는 한국 부품 기업 유치를 위해 전용 단지를 만든다.</p></div>" + tail + "</body></html>")


def test_comments_stamped_without_the_year_go_under_the_text():
    """A comment list with no heading, each comment a nickname and `11.03 14:20` (month, day, time): two such
    stamps under the text make a thread; the comments' places and figures are no text."""
    result = extract_text(_html("<ul class='cmt'><li><span>foshan77</span> <span>11.03 14:20</span><div>부품 단지 어디에 생기나요? "
                                "순더구인가요?</div></li><li><span>운영자</span> <span>11.03 15:02</span><div>난하이구 2곳에 생깁니다.</div>"
                                "</li></ul>"), url="gasang/2025-11-03.html")
    assert "순더구" not in result.clean and "난하이구" not in result.clean, result.clean
    assert "전용 단지를 만든다." in result.clean


def test_a_comment_heading_behind_a_mark_cuts_the_thread():
    result = _result(["포산 가전 수출 8% 늘어", "", "광둥성 포산시의 올해 가전 수출은 120억 달러로 작년보다 8% 늘었다.", "",
                      "▶ 댓글", "[1] 둥관댁 : 저희 회사도 입주 검토 중입니다 (11.03 14:20)",
                      "[2] 순더사람 : 땅값이 ㎡당 800위안이라네요 (11.03 15:02)"])
    assert "800위안" not in result.clean and "120억 달러" in result.clean, result.clean


def test_a_text_copys_site_and_section_line_is_neither_text_nor_title():
    result = _result(["가상한인광장 - 생활정보", "", "진저우 아파트 월세 소폭 하락", "", "글쓴이 : 가상 | 날짜 : 2025-11-22 13:05 | 조회 : 402", "",
                      "대련 진저우구의 아파트 월세가 평균 2,800위안으로 석 달 전보다 5% 내렸다."])
    assert result.title == "진저우 아파트 월세 소폭 하락" and "생활정보" not in result.clean, (result.title, result.clean)


def test_a_hanja_print_line_above_a_digest_dates_it():
    result = _result(["가상新聞 1991年 6月 11日 7面", "", "청도 외자기업 1년새 倍로", "",
                      "청도시에 설립된 외국인 투자기업이 5월말 현재 4백12개로 늘었다."])
    assert result.published == "1991-06-11" and "7面" not in result.clean, (result.published, result.clean)


def test_a_broadcasts_sign_off_naming_its_program_goes():
    page = ("<html><head><meta charset='utf-8'><title>선양 버스 한국 카드로 - 가상 경제매거진 | 가상TV 뉴스</title></head><body>"
            "<h2>가상 경제매거진</h2><h1>선양 버스 한국 카드로</h1><p>랴오닝성 선양시는 다음 달부터 한국 교통카드로 버스 요금을 "
            "낼 수 있게 한다고 밝혔습니다.</p><p>선양을 찾는 한국인은 한 해 30만명입니다.</p><p>지금까지 가상 경제매거진이었습니다.</p>"
            "</body></html>")
    result = extract_text(page, url="gasang-tv/2025-10-17.html")
    assert "경제매거진" not in result.clean and "한 해 30만명입니다." in result.clean, result.clean


def test_a_sentence_that_ends_like_a_sign_off_stays():
    page = ("<html><head><meta charset='utf-8'><title>선양 버스 한국 카드로 - 가상 경제매거진 | 가상TV 뉴스</title></head><body>"
            "<h1>선양 버스 한국 카드로</h1><p>랴오닝성 선양시는 한국 교통카드로 버스 요금을 낼 수 있게 한다고 밝혔습니다.</p>"
            "<p>지금까지 최대 규모였습니다.</p></body></html>")
    assert "지금까지 최대 규모였습니다." in extract_text(page, url="gasang-tv/2025-10-18.html").clean
