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
