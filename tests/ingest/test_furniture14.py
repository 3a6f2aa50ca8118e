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
