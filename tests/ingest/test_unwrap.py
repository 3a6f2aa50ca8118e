import re

from pipeline.ingest.unwrap import display_width, is_hard_wrapped, unwrap

HEADING = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\.\s+\S.{0,40}$")
FULL = "가" * 30   # 60 columns: a line that reaches the margin


def test_word_split_across_lines_is_rejoined():
    lines = [FULL + "서안고신기술산업개발", "구’가 있다. " + FULL + "가가가", "끝이다."]   # lines at the margin
    assert unwrap(lines) == [FULL + "서안고신기술산업개발구’가 있다. " + FULL + "가가가끝이다."]


def test_line_ending_with_space_continues_after_a_space():
    assert unwrap([FULL + " 북경에 웬 ", "서안? " + FULL + "가가", "짧다."]) == [FULL + " 북경에 웬 서안? " + FULL + "가가짧다."]


def test_short_line_closing_a_sentence_ends_the_paragraph():
    lines = [FULL + "나", FULL + "다", "있다. ", FULL + "라", "끝."]
    assert unwrap(lines) == [FULL + "나" + FULL + "다있다.", FULL + "라끝."]


def test_full_line_closing_a_sentence_without_trailing_space_ends_the_paragraph():
    lines = [FULL + "나나나나나", FULL + "내용이다.", FULL + "라라라라라", "끝."]
    assert unwrap(lines) == [FULL + "나나나나나" + FULL + "내용이다.", FULL + "라라라라라끝."]


def test_heading_is_its_own_paragraph_but_sentence_final_da_is_not_a_heading():
    lines = [FULL + "나" * 12, "수 있다.", "1. 점→선→면으로 클러스터 규모 확대", FULL + "개발되었" + "가" * 8,
             "다. 이러한 지역들을 " + FULL, "끝."]
    assert unwrap(lines, HEADING) == [FULL + "나" * 12 + "수 있다.", "1. 점→선→면으로 클러스터 규모 확대",
                                      FULL + "개발되었" + "가" * 8 + "다. 이러한 지역들을 " + FULL + "끝."]


def test_display_width_counts_wide_characters_twice():
    assert display_width("북경 ab") == 7


def test_detection():
    assert is_hard_wrapped([FULL + "가"] * 9 + ["끝."])
    assert not is_hard_wrapped(["짧은 제목", "한 문단이 한 줄로 된 뉴스 본문이다. " * 8, "또 한 문단이다."] * 3)


def test_news_with_short_paragraph_ends_is_wrapped_and_line_per_paragraph_text_is_not():
    wrapped = [FULL + "나", FULL + "다", "있다.", FULL + "라", "끝이다.", FULL + "마", FULL + "바", "끝."]
    assert is_hard_wrapped(wrapped)
    # one paragraph per line: the longest lines close their sentences
    lines = ["짧은 제목", FULL + "이다.", FULL + "였다.", "짧은 문장이다.", FULL + "했다.", "또 다른 문장이다."]
    assert not is_hard_wrapped(lines)
