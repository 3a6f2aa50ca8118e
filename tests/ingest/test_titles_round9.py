"""Titles and dates on round 9's families (issue 8): a site's own tag glued before the headline, a
bracketed exchange-rate ticker, a report's year-numbered issue line, a date line that heads a page's
meta labels. Every page here is invented."""
from __future__ import annotations

from pipeline.ingest.clean import clean
from pipeline.ingest.title import without_site_tag

WIRE = ["[시세] 상하이종합 3,288.40 ▼0.4%  선전성분 10,512.33 ▲0.1%",
        "[환율] 원/위안 194.82  위안/달러 7.1130",
        "가상와이어 > 국제 > 중국",
        "[가상와이어] 쿤밍, 동남아 화물열차 하루 4편으로",
        "2025.11.18 07:30",
        "윈난성 쿤밍과 라오스를 잇는 국제 화물열차가 이달부터 하루 4편으로 늘었다.",
        "쿤밍시 상무국은 이 노선의 화물이 크게 늘 것으로 내다봤다.",
        "<저작권자 ⓒ 가상와이어, 무단 전재-재배포 금지>"]


def test_a_wire_copy_with_a_bracketed_ticker_keeps_its_headline_without_the_sites_tag(generic):
    cleaned = clean(WIRE, generic)
    assert cleaned.title == "쿤밍, 동남아 화물열차 하루 4편으로"
    assert cleaned.published == "2025-11-18"
    assert "194.82" not in cleaned.text


def test_a_label_is_the_sites_tag_only_when_the_page_names_the_site_outside_brackets():
    furniture = ["가상와이어 > 국제 > 중국", "<저작권자 ⓒ 가상와이어, 무단 전재-재배포 금지>", "[단독] 선양 공장 증설"]
    assert without_site_tag("[가상와이어] 쿤밍 화물열차 증편", furniture) == "쿤밍 화물열차 증편"
    assert without_site_tag("【한빛일보】 쿤밍 화물열차 증편", [], ("한빛일보",)) == "쿤밍 화물열차 증편"
    # a genre or series label stays, even when a list of other articles carries it in brackets
    assert without_site_tag("[단독] 쿤밍 화물열차 증편", furniture) == "[단독] 쿤밍 화물열차 증편"
    assert without_site_tag("[무역브리핑] 쿤밍 화물열차 증편", furniture) == "[무역브리핑] 쿤밍 화물열차 증편"
    # a longer name that holds the label is another name
    assert without_site_tag("[와이어] 쿤밍 화물열차 증편", furniture) == "[와이어] 쿤밍 화물열차 증편"


REPORT = ["중국지역경제 포커스 제25-11호", "가상산업연구원 | 2025년 6월", "김가상 책임연구원", "",
          "중국 서부 신에너지 기지의 전력 송출 구조", "",
          "어얼둬쓰(鄂爾多斯)시는 네이멍구 서부의 석탄 도시에서 풍력과 태양광 발전의 거점으로 바뀌고 있다.",
          "광시 자치구는 같은 기간 해상풍력 설비를 빠르게 늘렸다."]


def test_a_reports_year_numbered_issue_line_is_not_its_title_and_its_body_stays(generic):
    cleaned = clean(REPORT, generic)
    assert cleaned.title == "중국 서부 신에너지 기지의 전력 송출 구조"
    assert cleaned.published == ""          # a month without a day is no date
    assert "제25-11호" not in cleaned.text
    assert "어얼둬쓰(鄂爾多斯)시는 네이멍구" in cleaned.text and "광시 자치구는 같은 기간" in cleaned.text


CAFE = ["칭다오 맘스", "카페 메뉴 | 전체글 | 인기글", "중국생활 Q&A", "라오산구 스쿨버스 노선 바뀌었나요?",
        "칭다오아빠 2025.11.05. 22:31 조회 88",
        "다음 주부터 라오산구 스쿨버스 노선이 바뀐다는 이야기를 들었어요.",
        "정류장이 3곳 줄어든다고 하던데 혹시 아시는 분 계신가요?"]


def test_a_cafes_name_given_as_the_title_gives_way_to_the_post_over_its_stamp(generic):
    cleaned = clean(CAFE, generic, title="칭다오 맘스")
    assert cleaned.title == "라오산구 스쿨버스 노선 바뀌었나요?"
    assert cleaned.published == "2025-11-05"
    assert "칭다오 맘스" not in cleaned.text


def test_a_post_title_given_stays_and_a_short_title_with_no_post_under_it_stays(generic):
    # (`Cleaned.title` is empty when the given title stands: the page's metadata is the title)
    assert clean(CAFE, generic, title="라오산구 스쿨버스 노선 바뀌었나요?").title == ""
    news = ["칭다오 소식", "칭다오 지하철 6호선이 다음 달 말 개통한다.", "6호선은 역 21곳을 지나며 청양구와 시내를 잇는다."]
    cleaned = clean(news, generic, title="칭다오 소식")
    assert cleaned.title == ""            # the given title stands (the page's metadata): nothing found instead


ARCHIVE = ["【上海=本紙 金○○ 특파원】 포동지구에 외국기업 몰려",
           "중국 상해시 포동(浦東)지구에 올들어 외국기업의 투자가 몰리면서 공업용지의 가격이 크게 뛰었다.",
           "상해시 당국에 따르면 포동지구에 새로 들어선 외국인 투자기업은 모두 412개로 집계됐다.",
           "1994년 3월 5일자 7면"]


def test_an_archives_print_mark_below_the_text_dates_the_page_when_nothing_else_does(generic):
    cleaned = clean(ARCHIVE, generic)
    assert cleaned.published == "1994-03-05"
    assert cleaned.title == "포동지구에 외국기업 몰려"
    # a date the page states above its text wins over the mark
    assert clean(["입력 1994.03.06 09:00"] + ARCHIVE, generic).published == "1994-03-06"


COVER = ["가상산업연구원", "중국지역경제 포커스", "2025년 제11호", "", "중국 서부 신에너지 기지의", "전력 송출 구조와 시사점", "",
         "김가상 (책임연구원)", "2025년 6월", "",
         "어얼둬쓰(鄂爾多斯)시는 네이멍구 서부의 석탄 도시에서 풍력과 태양광 발전의 거점으로 바뀌고 있다.",
         "광시 자치구는 같은 기간 해상풍력 설비를 빠르게 늘렸다."]


def test_a_report_covers_title_on_two_lines_is_one_title_when_its_first_line_ends_on_a_joining_particle(generic):
    assert clean(COVER, generic).title == "중국 서부 신에너지 기지의 전력 송출 구조와 시사점"
    # a headline that closes on its own line keeps its subtitle apart
    apart = COVER[:4] + ["중국 서부 신에너지 기지", "전력 송출 구조와 시사점"] + COVER[6:]
    assert clean(apart, generic).title == "중국 서부 신에너지 기지"


BOARD = ["상하이한인마당", "로그인 | 회원가입", "실시간 인기글", "홍차오 공항 택시 요금 올랐나요 [12]",
         "징안구 한식당 추천 부탁드립니다 [31]", "교민소식", "상하이 한국상회, 연말 채용박람회 연다",
         "글쓴이 : 운영자 | 2025-11-10 14:22 | 조회 512",
         "상하이 한국상회는 이달 22일 민항구에서 한국 기업 채용박람회를 연다고 밝혔다.",
         "박람회에는 한국 기업 35곳이 참가한다."]


def test_posts_of_a_boards_list_with_their_reply_counts_are_not_the_headline(generic):
    cleaned = clean(BOARD, generic)
    assert cleaned.title == "상하이 한국상회, 연말 채용박람회 연다"
    assert cleaned.published == "2025-11-10"


def test_a_date_printed_in_chinese_characters_dates_a_joseon_page(generic):
    page = ["연변일보", "룡정시 사과배 수출 첫 200톤 돌파", "2025年11月03日 10:21  来源：연변일보",
            "룡정시 사과배가 올해 처음으로 수출 물량 200톤을 넘어섰다.", "시 농업농촌국에 따르면 수출 대상국은 5개 나라이다."]
    cleaned = clean(page, generic)
    assert cleaned.published == "2025-11-03" and "来源" not in cleaned.text
    assert cleaned.title == "룡정시 사과배 수출 첫 200톤 돌파"


def test_an_institutes_paper_series_is_not_the_reports_title(generic):
    page = ["가상산업연구원 이슈페이퍼", "2025-07", "", "훈춘 국경물류의 재편과 한국 기업", "", "2025. 6. 30.", "김가상 · 이가상", "",
            "훈춘시는 러시아와 북한을 잇는 물류 거점이다.", "지린성은 훈춘 물류 단지에 올해 12억 위안을 투자했다."]
    cleaned = clean(page, generic)
    assert cleaned.title == "훈춘 국경물류의 재편과 한국 기업"
    assert cleaned.published == "2025-06-30"
