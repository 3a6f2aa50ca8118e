"""Round 10 (issue 8): titles, dates and wraps on shapes of tests/devset/titles10 (pages of our own; the
examples here are other invented lines of the same classes). Each rule has lines it acts on and lines it
leaves alone."""
from __future__ import annotations

import pytest

from pipeline.api import extract_text
from pipeline.ingest.dates import iso_date
from pipeline.ingest.title import _glued_to_a_label, names_an_issue
from pipeline.ingest.unwrap import unwrap


# ---- a newsletter's name with its issue number as <title>, the name printed alone on the page

@pytest.mark.parametrize("title", ["동북아물류 소식 Vol.7", "서해무역 뉴스레터 제112호", "가상통상 포커스 No. 31",
                                   "동북아물류 소식 통권 58호", "동북아물류 소식 2026년 12월호", "동북아물류 소식 2025 겨울호"])
def test_a_newsletters_name_and_issue_is_no_title(title):
    name = "동북아물류 소식" if title.startswith("동북아물류 소식") else title.rsplit(" ", 1)[0].replace(" No.", "")
    assert names_an_issue(title, ["메일이 잘 보이지 않으면", name, "■ 지역 소식", "선양 세관, 통관 시간 줄여"])


def test_a_name_over_an_issue_line_is_no_title():
    assert names_an_issue("남해통상 레터", ["웹 브라우저로 보기", "남해통상 레터", "2026년 12월호 · 2026.12.01 발송",
                                           "샤먼 냉장 물류센터 가동"])
    assert not names_an_issue("샤먼 냉장 물류센터 가동", ["남해통상 레터", "2026년 12월호", "샤먼 냉장 물류센터 가동",
                                                   "샤먼시에 물류센터가 문을 열었다."])


@pytest.mark.parametrize("title", ["제9호 태풍 힌남노, 상하이 항만 운영 중단", "동북아물류 소식 Vol.7"])
def test_an_issue_number_without_the_name_line_leaves_the_title(title):
    assert not names_an_issue(title, ["선양 세관, 통관 시간 줄여", "동북아물류 소식 Vol.7 · 2026.10.02"])


def test_an_html_mail_takes_its_first_storys_headline():
    page = ("<html><head><title>동북아물류 소식 Vol.7</title></head><body><table>"
            "<tr><td><b>동북아물류 소식</b></td></tr><tr><td>Vol.7 · 2026.10.02 · 가상물류협회</td></tr>"
            "<tr><td><b>선양 세관, 한국행 화물 통관 시간 하루로 줄여</b></td></tr>"
            "<tr><td>랴오닝성 선양 세관은 한국행 화물의 통관 시간을 평균 3일에서 하루로 줄였다.</td></tr>"
            "<tr><td>올해 1~9월 한국행 화물은 1만 2천t이었다.</td></tr></table></body></html>")
    result = extract_text(page, url="mail.html")
    assert result.title == "선양 세관, 한국행 화물 통관 시간 하루로 줄여" and result.published == "2026-10-02"


# ---- a series label the page sets apart, glued before the headline in <title>/og:title

def test_a_series_label_glued_to_the_headline_stays_out():
    lines = ["가상경제 | 정치 | 경제", "[기획연재] 서부 대개발 20년 ③", "구이양, 데이터센터 도시로", "입력 2026-10-05"]
    assert _glued_to_a_label("[기획연재] 서부 대개발 20년 ③ 구이양, 데이터센터 도시로", lines) == "구이양, 데이터센터 도시로"
    assert _glued_to_a_label("[기획연재] 서부 대개발 20년 ③ | 구이양, 데이터센터 도시로", lines) == \
        "구이양, 데이터센터 도시로"


def test_a_title_not_made_of_two_page_lines_is_left():
    lines = ["구이양, 데이터센터 도시로", "입력 2026-10-05"]
    assert _glued_to_a_label("[단독] 구이양, 데이터센터 도시로", lines) == ""     # the label is not a line
    assert _glued_to_a_label("구이양, 데이터센터 도시로", lines) == ""


# ---- an archive's stamp with a two-digit year

@pytest.mark.parametrize("line, iso", [("89/06/11 3면 경제", "1989-06-11"), ("[94.03.05] 국제면", "1994-03-05"),
                                       ("1989.3.4 (土) 4面 國際", "1989-03-04")])
def test_an_archive_stamp_with_a_two_digit_year(line, iso):
    assert iso_date(line) == iso


@pytest.mark.parametrize("line", ["11/06/05 회의", "1/2/3", "쪽수 12/10/31", "버전 89.06.11.2"])
def test_a_two_digit_group_that_could_be_a_day_or_a_version_is_no_date(line):
    assert iso_date(line) == ""


def test_an_archive_page_with_a_two_digit_year_is_dated():
    result = extract_text("[가상신문 자료실]\n92/11/05 7면 국제\n\n上海 포동 외자 몰려\n\n"
                          "상해시 포동 지구에 올해 들어 외국인 투자기업 300여개가 새로 들어섰다.\n")
    assert result.published == "1992-11-05" and result.title == "上海 포동 외자 몰려"


# ---- a figure cut at its decimal point by a hard wrap

def test_a_decimal_cut_by_the_wrap_is_read_whole():
    assert unwrap(["새로 닦은 도로는 12.", "5km에 이른다."]) == ["새로 닦은 도로는 12.5km에 이른다."]
    assert unwrap(["수출이 작년보다 4.", "3% 늘었다."]) == ["수출이 작년보다 4.3% 늘었다."]


@pytest.mark.parametrize("lines", [["목표는 다음 두 가지다. 1.", "2개 항만 확장"], ["기념식은 2026.", "10. 5. 열린다."],
                                   ["모두 끝났다.", "3일 뒤에 다시 연다."]])
def test_a_sentence_end_before_a_number_is_left(lines):
    assert unwrap(lines) == lines


# ---- a copy's stamp line under its headline: a date, a time or not, and the source's name

def test_a_stamp_line_under_the_headline_dates_the_page_and_goes():
    result = extract_text("\n".join(["단둥 변경무역 늘어", "2026-10-12 가상압록강방송", "",
                                     "단둥시의 1~9월 변경무역액은 48억 위안으로 작년보다 9% 늘었다고 11일 밝혔다.",
                                     "북한산 수산물 수입이 크게 늘었다."]) + "\n")
    assert result.title == "단둥 변경무역 늘어" and result.published == "2026-10-12"
    assert "가상압록강방송" not in result.clean, result.clean


def test_a_dated_line_with_figures_under_the_headline_stays():
    line = "2026-10-12 단둥 변경무역 9% 늘어나"
    result = extract_text("\n".join(["단둥 소식", line, "", "단둥시의 1~9월 변경무역액은 48억 위안이다.",
                                     "북한산 수산물 수입이 크게 늘었다."]) + "\n")
    assert "9% 늘어나" in result.clean or result.title == line, result.clean


# ---- a blank line after a line short of the margin ends a wrapped paragraph; after a line at the margin not

def test_a_blank_line_after_a_short_line_ends_the_paragraph():
    lines = ["바람 부는 언덕에", "꽃이 피었네", "단둥시는 올해 공원 세 곳을 새로 짓는다."]
    paragraphs = unwrap(lines, blank_before=frozenset({2}))
    assert len(paragraphs) == 2 and paragraphs[1] == lines[2], paragraphs


def test_a_blank_line_after_a_line_at_the_margin_goes_on():
    lines = ["단둥시의 올해 1~9월 변경무역액은 48억 위안으로", "작년 같은 기간보다 9% 늘었다고 시 정부가 밝혔다."]
    assert len(unwrap(lines, blank_before=frozenset({1}))) == 1


def test_a_range_cut_after_its_tilde_is_joined_whole():
    assert unwrap(["올해 1~", "10월 수출은 늘었다."]) == ["올해 1~10월 수출은 늘었다."]
    # (a line with a trailing space ended at a word break: the space stays)
    assert unwrap(["올해 1~ ", "10월 수출은 늘었다."]) == ["올해 1~ 10월 수출은 늘었다."]


# ---- a text a paragraph a line: a number cut by a break is read whole (lineshape._runs_into, unwrap.join_broken)

def test_a_decimal_cut_in_a_text_laid_out_a_paragraph_a_line():
    result = extract_text("\n".join(["동북 3성 대외무역 동향", "", "발행일 2026. 10. 5.", "",
                                     "올해 1~9월 동북 3성의 대외무역액은 전년 같은", "기간보다 4.",
                                     "3% 늘었다. 랴오닝성이 절반을 차지했다.", "", "지린성의 대외무역액은 6.1% 늘었다."]) + "\n")
    assert "기간보다 4.3% 늘었다." in result.clean, result.clean


def test_join_broken_leaves_lines_that_no_number_crosses():
    from pipeline.ingest.lineshape import _runs_into
    assert _runs_into("기간보다 4.", "3% 늘었다.") and not _runs_into("다음과 같다. 1.", "2개 항만")
    lines = [(0, "매출은 4."), (1, "3% 늘었다."), (2, "총사업비는 400억"), (3, "위안."), (5, "2. 현황")]
    from pipeline.ingest.unwrap import join_broken
    assert join_broken(lines, frozenset({0, 2})) == ["매출은 4.3% 늘었다.", "총사업비는 400억", "위안.", "2. 현황"]


# ---- an archive page: a print mark with a two-digit year, a lead opened by a dateline under a short headline

def test_a_short_headline_over_a_lead_opened_by_a_dateline():
    result = extract_text("\n".join(["◎ 東北日報 資料 ◎", "95.08.21 (月) 3面", "", "大連 항만 확장",  "",
                                     "【大連=本社】 대련시의 상반기 항만", "물동량은 8천만t으로 작년보다 6% 늘", "었다. 대련시는 부두 두 곳을 새로",
                                     "짓는다고 밝혔다."]) + "\n")
    assert result.title == "大連 항만 확장" and result.published == "1995-08-21"


def test_blank_lines_after_every_line_say_nothing():
    from pipeline.ingest.unwrap import blank_lines_before
    double = [(0, "가"), (2, "나"), (4, "다"), (6, "라")]
    lines = ["가", "", "나", "", "다", "", "라"]
    assert blank_lines_before(double, lines) == frozenset()
    blocks = [(0, "가"), (1, "나"), (2, "다"), (4, "라"), (5, "마")]
    assert blank_lines_before(blocks, ["가", "나", "다", "", "라", "마"]) == frozenset({3})
    # a line that kept its trailing space ended at a word break: a blank line under it ends nothing
    assert len(unwrap(["바람 부는 언덕에 ", "꽃이 피었네"], blank_before=frozenset({1}))) == 1


# ---- a label and a date above the headline (`[가상신문] 2026년 10월 3일`), a serial line in hanja

def test_a_labelled_date_above_the_headline_dates_the_page_and_is_no_title():
    result = extract_text("[가상신문] 2026년 10월 3일\n\n연길 공항 국제선 늘어\n\n연길공항의 국제선이 12개로 늘었다.\n")
    assert result.title == "연길 공항 국제선 늘어" and result.published == "2026-10-03"


def test_several_dated_lines_above_the_headline_are_a_list_and_date_nothing():
    result = extract_text("2026-10-01 훈춘 물류단지 착공\n2026-09-28 도문 통상구 개통\n\n연길 공항 국제선 늘어\n\n"
                          "연길공항의 국제선이 12개로 늘었다.\n")
    assert result.published == ""


def test_a_serial_line_in_hanja_is_no_headline():
    result = extract_text("東北消息 ─ 資料 第88-07號\n1988.02.11\n\n장춘 자동차 공장 증설\n\n장춘시는 자동차 공장을 늘린다.\n")
    assert result.title == "장춘 자동차 공장 증설" and result.published == "1988-02-11"


def test_a_narrow_copy_without_blank_lines_ends_its_head_at_the_stamp():
    result = extract_text("\n".join(["단둥 변경무역 9월 동향", "2026.10.06 가상압록강통신", "단둥시의 9월 변경무역액",
                                     "은 8억 위안이었다. 작년", "같은 달보다 5% 늘었다.", "수산물 수입이 크게 늘었", "다. 시는 통관 시간을 줄",
                                     "이겠다고 밝혔다."]) + "\n")
    assert result.title == "단둥 변경무역 9월 동향" and result.published == "2026-10-06"
    assert "가상압록강통신" not in result.clean, result.clean
