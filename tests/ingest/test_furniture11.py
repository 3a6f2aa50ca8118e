"""furniture11: furniture classes of issue 8 on sources nobody profiled — a database export's frame, stamp
and download notice; a dateline alone on its line; editor lines; audio-player widgets; a bulletin's masthead
and issue lines; page words of PDF text; a list of other articles above the article; comments under a heading
after short sentences; figure captions as article text. Pages of my own invention; each test names the
general shape it stands for, and each removal is checked with the article's sentences kept."""
from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _result(lines: list[str]):
    return extract_text("\n".join(lines) + "\n")


def _flat(text: str) -> str:
    return "".join(text.split())


LEAD = "허베이성 창저우(沧州)시의 한국 부품기업은 올해 27곳으로 늘었다."
NEXT = "시 정부는 내년에 부품 전용 공단을 새로 조성할 계획이다."


# ---- a database export: its frame, labels and download notice go; its own stamp never dates the page

EXPORT = ["=== 가상경제신문 기사DB 내보내기 (TXT) ===", "내보낸 날짜: 2026-11-28 10:40", "기사번호: GK-19990611-0031",
          "출처: 가상경제신문 1999년 6월 11일자 8면", "", "창저우 한국 부품기업 27곳으로", "", "【창저우(滄州)=박가상 특파원】",
          LEAD, NEXT, "", "이 기사는 가상경제신문 기사DB에서 2026-11-28에 내려받은 것입니다.", "=== 내보내기 끝 ==="]


def test_a_db_export_loses_its_frame_stamp_and_notice_and_keeps_the_article():
    doc = _result(EXPORT)
    assert doc.title == "창저우 한국 부품기업 27곳으로"
    assert LEAD in doc.clean and NEXT in doc.clean
    for gone in ("===", "내보낸 날짜", "기사번호", "내려받은", "특파원"):
        assert gone not in doc.clean, (gone, doc.clean)
    assert doc.published != "2026-11-28", doc.published       # the copy's stamp is not the article's date


# ---- widgets, editor lines, page words, a masthead and its issue line: the sentences around them stay

@pytest.mark.parametrize("furniture", ["▶ 음성으로 듣기 (02:15)", "기사 읽어주기 | 재생 | 정지", "AI 음성 듣기 | 재생 00:00 / 01:48",
                                       "책임편집: 가상민", "편집: 나가상 교열: 다가상", "责任编辑：가상철", "Page 2", "p. 4",
                                       "가상기업가협회 소식", "2026년 제3기 발행: 가상기업가협회", "가상지역연구원 ISSUE BRIEF"])
def test_a_line_of_furniture_between_two_sentences_goes(furniture):
    doc = _result(["창저우 한국 부품기업 27곳으로", "", LEAD, furniture, NEXT])
    assert furniture not in doc.clean and LEAD in doc.clean and NEXT in doc.clean, doc.clean


@pytest.mark.parametrize("body", ["AI 음성 비서 시장, 창저우에서도 커진다", "편집: 회의가 열렸다는 기사.", "12쪽 분량의 보고서가 나왔다.",
                                  "한인회 소식을 전했다.", "2026년 제5기 공산당 학교 수료"])
def test_a_sentence_shaped_like_such_furniture_stays(body):
    doc = _result(["창저우 한국 부품기업 27곳으로", "", LEAD, body, NEXT])
    assert _flat(body) in _flat(doc.clean), doc.clean


# ---- a list of other articles above the article (HTML): a furniture heading over linked lines

def _html(side: str) -> str:
    return f"""<html><head><title>창저우 부품기업 늘어 - 가상포털</title></head><body>
<div class="side">{side}</div>
<div class="article"><h1>창저우 부품기업 늘어</h1><p>{LEAD}</p><p>{NEXT}</p></div></body></html>"""


def test_a_most_read_list_above_the_article_goes_with_its_heading():
    doc = extract_text(_html('<h3>많이 본 뉴스</h3><ul><li><a href="/a">톈진 항만 물동량 5% 늘어</a></li>'
                             '<li><a href="/b">칭다오 맥주축제 관람객 600만명</a></li></ul>'))
    assert "톈진" not in doc.clean and "600만명" not in doc.clean and LEAD in doc.clean, doc.clean
    assert doc.title == "창저우 부품기업 늘어"


def test_lines_without_links_under_such_a_heading_above_the_article_are_not_taken_for_a_list():
    doc = extract_text(_html("<h3>주요 뉴스</h3><p>창저우 부품 박람회 개막</p>"))
    assert LEAD in doc.clean and NEXT in doc.clean
    assert not any(r.rule.endswith("links_above") for r in doc.removed), doc.removed


# ---- comments under their heading after a post of short plain sentences

def test_comments_under_a_heading_after_short_plain_sentences_go():
    doc = _result(["창저우 부품 시장 다녀왔다", "", "2025.11.02 18:40", "", "창저우 부품 시장에 다녀왔다.", "베어링이 싸다.",
                   "정말 많았다.", "", "댓글 2", "바다사랑 2025.11.2 20:11", "저도 가봤어요", "나그네 2025.11.3 08:02",
                   "몇 시에 문을 닫나요?"])
    assert "정말 많았다." in doc.clean and "문을 닫나요" not in doc.clean and "가봤어요" not in doc.clean, doc.clean


def test_a_comment_heading_under_one_sentence_only_cuts_nothing():
    """One plain sentence above `댓글` may be a headline's: the heading is no end of the article there."""
    doc = _result(["창저우 부품기업 27곳으로 늘었다.", "댓글", "", LEAD, NEXT])
    assert LEAD in doc.clean and NEXT in doc.clean, doc.clean


@pytest.mark.parametrize("comment", ["1. 산동댁 | 11.10 13:40 | 정리 감사합니다", "2) 상하이댁 | 2025.11.10 14:11 | 출장 갈 때 편하겠어요"])
def test_a_numbered_comment_on_one_line_goes_and_a_schedule_row_stays(comment):
    row = "1. 개막식 | 11.10 13:40 | 전시장 A홀"
    doc = _result(["창저우 부품 박람회 일정", "", LEAD, row, NEXT, "", "의견 2", comment])
    assert comment not in doc.clean and _flat(row) in _flat(doc.clean), doc.clean


# ---- figure captions are article text (tests/devset/README.md "Captions"); a chart's axis under one goes

@pytest.mark.parametrize("caption", ["<그림 2> 창저우 부품기업 수 추이 (단위: 곳)", "[그림 1] 창저우 부품기업 수", "그림 3. 창저우 부품 수출 추이",
                                     "[차트 2] 업종별 기업 수"])
def test_a_figure_caption_between_or_under_sentences_stays(caption):
    assert caption in _result(["창저우 한국 부품기업 27곳으로", "", LEAD, caption, "자료: 창저우시 통계국", NEXT]).clean
    assert caption in _result(["창저우 한국 부품기업 27곳으로", "", LEAD, NEXT, "", caption]).clean


def test_a_chart_s_ticks_right_under_its_caption_go_and_the_caption_stays():
    doc = _result(["창저우 한국 부품기업 27곳으로", "", LEAD, "[그림 1] 창저우 부품기업 수", "30", "20", "10", NEXT])
    assert "[그림 1] 창저우 부품기업 수" in doc.clean
    assert [r.text for r in doc.removed if r.rule.endswith("chart_axis")] == ["30", "20", "10"]
