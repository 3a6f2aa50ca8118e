"""Titles and dates on pages no profile was written for (issue 8, round 14): a site's slogan in `og:title`, a café's
or forum's name in `og:title`, a report's header and a broadcast's date line, a title wrapped after its colon, a
record's title field, a copying tool's stamp. Pages of our own invention (sites, people and figures made up)."""
from __future__ import annotations

import tomllib

import pytest

from pipeline.api import extract_text
from pipeline.ingest.title import TITLE_LABELS, field_title, name_of_board, site_slogan, without_field_label

SLOGAN = """<html><head><meta charset="utf-8">
<meta property="og:title" content="누리시장 - 숫자로 읽는 산업 뉴스">
<title>창저우 배터리 공장 증설, 한국 장비 발주 늘어 - 누리시장</title></head><body>
<div>누리시장 | 로그인</div>
<h1>창저우 배터리 공장 증설, 한국 장비 발주 늘어</h1>
<div>입력 2026.03.04 08:10</div>
<p>장쑤성 창저우의 배터리 공장들이 올해 생산능력을 30% 늘린다고 현지 매체가 3일 전했다.</p>
<p>장비 발주의 절반가량이 한국 업체에 돌아갈 것으로 보인다.</p>
</body></html>"""


def test_a_sites_slogan_in_og_title_gives_way_to_the_headline() -> None:
    r = extract_text(SLOGAN, url="nuri-sijang/2026-03-04.html")
    assert r.title == "창저우 배터리 공장 증설, 한국 장비 발주 늘어"
    assert r.published == "2026-03-04"


def test_site_slogan_needs_the_sites_name_and_a_piece_the_page_never_shows() -> None:
    assert site_slogan("숫자로 읽는 산업 뉴스", "누리시장 - 숫자로 읽는 산업 뉴스", ("누리시장",), {"누리시장 | 로그인"})
    # the piece the page shows as its headline is the headline
    assert not site_slogan("창저우 배터리 공장 증설", "누리시장 - 창저우 배터리 공장 증설", ("누리시장",), {"창저우 배터리 공장 증설"})
    # no site's name in it: a whole headline
    assert not site_slogan("창저우 배터리 공장 증설", "창저우 배터리 공장 증설", ("누리시장",), set())


CAFE = """<html><head><meta charset="utf-8">
<meta property="og:title" content="다롄 한인 사랑방 [생활 꿀팁]">
<title>다롄 한인 사랑방 : 가상 카페</title></head><body>
<div>가상 카페 | 다롄 한인 사랑방 | 카페 가입</div>
<div>전체글 · 공지 · 생활 꿀팁 · 장터</div>
<div>생활 꿀팁</div>
<div>진저우 신구 한국 학원 셔틀버스 노선 정리</div>
<div>바닷가고양이 | 2026.02.11. 21:05 | 조회 142</div>
<p>아이 학원 셔틀버스 노선을 학원마다 전화해서 정리했어요.</p>
<p>진저우 신구 쪽은 세 곳이 운행하고, 한 달 요금은 400위안 안팎입니다.</p>
</body></html>"""

FORUM = """<html><head><meta charset="utf-8">
<meta property="og:title" content="수출입 마당">
<title>수출입 마당 - 통관 실무 게시판</title></head><body>
<div>수출입 마당 | 로그인 | 회원가입</div>
<div>통관 실무 게시판</div>
<table><tr><td>옌타이항 냉동 컨테이너 검사 비율 올랐나요</td></tr>
<tr><td>연대상사 | 2026-02-02 10:31 | 조회 58</td></tr>
<tr><td><p>이번 달 옌타이항으로 보낸 냉동 컨테이너 세 대가 모두 검사에 걸렸습니다.</p>
<p>작년에는 열 대 중 한 대 정도였는데 요즘 어떤가요?</p></td></tr></table>
</body></html>"""


@pytest.mark.parametrize("page, title, day", [
    (CAFE, "진저우 신구 한국 학원 셔틀버스 노선 정리", "2026-02-11"),
    (FORUM, "옌타이항 냉동 컨테이너 검사 비율 올랐나요", "2026-02-02"),
])
def test_a_cafes_or_forums_name_in_og_title_gives_way_to_the_posts_heading(page: str, title: str, day: str) -> None:
    r = extract_text(page, url="board/post.html")
    assert r.title == title
    assert r.published == day


def test_name_of_board_reads_the_title_tags_other_part() -> None:
    assert name_of_board("다롄 한인 사랑방 [생활 꿀팁]", ["다롄 한인 사랑방", "가상 카페"]) == "다롄 한인 사랑방"
    assert name_of_board("수출입 마당", ["수출입 마당", "통관 실무 게시판"]) == "수출입 마당"
    # a news site's name beside a headline in `<title>` is no board's
    assert name_of_board("누리시장", ["창저우 배터리 공장 증설", "누리시장"]) == ""


REPORT = """새봄투자증권 리서치센터                                      2026년 3월 6일
China Strategy | 산업분석

저장성 태양광 수출, 바닥을 지났다

Analyst 최○○  02-0000-0000

저장성의 2026년 1~2월 태양광 모듈 수출액은 31억 달러로 전년 동기 대비 12% 늘었다.
닝보와 자싱의 공장 가동률은 2월 74%로 두 달 연속 올랐다.
"""

SCRIPT = """<html><head><meta charset="utf-8"><title>가상방송 | 저녁 중국 이야기 - 다시듣기</title></head><body>
<div>가상방송 ON AIR | 편성표 | 다시듣기</div>
<div>저녁 중국 이야기 (월~금 19:10) 진행 정○○</div>
<h2>[현지연결] 하얼빈 얼음 조각 축제, 누적 관광객 600만 명</h2>
<div>방송일 2026.01.27 | 연출 한○○ | 작가 서○○</div>
<p>▷ 진행자: 하얼빈의 얼음 조각 축제 소식입니다. 현지 연결합니다.</p>
<p>▶ 리포터: 네, 개막 3주 만에 누적 관광객이 600만 명을 넘었습니다.</p>
</body></html>"""


def test_a_reports_header_is_no_title_and_dates_the_report() -> None:
    r = extract_text(REPORT)
    assert r.title == "저장성 태양광 수출, 바닥을 지났다"
    assert r.published == "2026-03-06"
    assert "리서치센터" not in r.clean


def test_a_broadcasts_date_line_with_its_credits_dates_the_item_and_goes() -> None:
    r = extract_text(SCRIPT, url="gasang-radio/2026-01-27.html")
    assert r.title == "[현지연결] 하얼빈 얼음 조각 축제, 누적 관광객 600만 명"
    assert r.published == "2026-01-27"
    assert "연출" not in r.clean


def test_a_title_wrapped_after_its_colon_is_one_title() -> None:
    r = extract_text("가상지역연구소 워킹페이퍼 WP 2026-04\n\n윈난 국경 물류의 변화와 과제:\n루이리·허커우 통상구 비교\n\n"
                     "이○○(가상지역연구소 연구원)\n\n요 약\n본 연구는 윈난성 국경 물류의 변화를 살핀다.\n"
                     "루이리 통상구의 화물 처리량은 2024년 820만 톤으로 늘었다.\n")
    assert r.title == "윈난 국경 물류의 변화와 과제: 루이리·허커우 통상구 비교"


def test_a_records_title_field_is_the_title_over_the_archives_header() -> None:
    r = extract_text("======================================\n  가상신문 기사 데이터베이스 / 국제면\n  1993年 6月 2日 (水) 제5면\n"
                     "======================================\n[分類] 中國經濟\n[標題] 靑島 港에 韓國 物流 몰린다\n\n"
                     "【靑島=本社 金○○ 特派員】 산동성 청도항에 한국 물류 기업의 진출이 잇따르고 있다.\n"
                     "올해 1~4월 신규 투자는 12건이다. (끝)\n")
    assert r.title == "靑島 港에 韓國 物流 몰린다"
    assert r.published == "1993-06-02"
    assert "[標題]" not in r.clean and "데이터베이스" not in r.clean


FIELD_RULES = tomllib.loads(TITLE_LABELS.read_text(encoding="utf-8"))["field"]


@pytest.mark.parametrize("line, title", [tuple(ex) for rule in FIELD_RULES for ex in rule["examples"]])
def test_title_field_examples(line: str, title: str) -> None:
    assert without_field_label(line) == title


def test_title_field_keeps_lines_with_no_field_label() -> None:
    for rule in FIELD_RULES:
        for line in rule["keep"]:
            assert without_field_label(line) == line
    assert field_title([(0, "[分類] 中國經濟"), (1, "[標題] 靑島 港에 韓國 物流 몰린다"), (3, "본문이다.")], 2) == 1


def test_a_copying_tools_stamp_is_never_the_articles_date() -> None:
    r = extract_text("복사 2026.03.01 09:12 | 가상포털 뉴스\n\n광저우항 자동차 수출 석 달 연속 늘어\n\n"
                     "광저우항의 2월 자동차 수출 선적량이 8만 대로 석 달 연속 늘었다.\n")
    assert r.title == "광저우항 자동차 수출 석 달 연속 늘어"
    assert r.published == ""
