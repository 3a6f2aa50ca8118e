"""Parts of newsletters and reports found by position (pipeline/ingest/data/page_parts.toml):
tables of contents, footnotes, and the title a site cut or labelled. Every pattern's examples
and keeps are run; every position rule is tried with body sentences beside the furniture
(tests/devset/furniture4 has the whole pages)."""
import tomllib

import pytest

from pipeline.document import clean_into
from pipeline.ingest.clean import PAGE_PARTS, clean, iso_date
from pipeline.ingest.profiles import load_profiles
from pipeline.model import DocResult
from pipeline.rules import load_rules

GENERIC = load_profiles().generic
PARTS = tomllib.loads(PAGE_PARTS.read_text(encoding="utf-8"))["part"]
HEAD = "장쑤성 난퉁, 한국 부품기업 전용 산업단지 착공"
S1 = "장쑤성 난퉁시가 한국 자동차 부품기업을 위한 전용 산업단지 조성에 들어갔다."
S2 = "단지에는 이미 한국 기업 14곳이 입주 의향서를 냈다."


def paragraphs(lines: list[str], **kw) -> list[str]:
    return clean(lines, GENERIC, wrapped_ok=False, **kw).paragraphs


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p["name"])
def test_part_examples_match_and_keeps_do_not(part):
    import re
    rx = re.compile(part["pattern"])
    assert part["examples"] and part["keep"]
    for line in part["examples"]:
        assert rx.search(line), line
    for line in part["keep"]:
        assert not rx.search(line) if part["name"] in ("footnote_mark", "headline_label", "cut_end", "other_issue") \
            else not rx.match(line), line


# ---------------------------------------------------------------- tables of contents

def test_numbered_entries_under_a_contents_heading_go_and_the_text_s_headings_stay():
    lines = ["목차", "1) 난퉁 부품단지 착공 소식", "2) 저장성 수출입 동향", "3) 회원사 동정", HEAD, S1, S2]
    assert paragraphs(lines) == [HEAD, S1, S2]
    # the numbering starting again is the text's own first heading, which stays
    report = ["CONTENTS", "Ⅰ. 요약", "Ⅱ. 교역 동향", "Ⅰ. 요약", S1, "Ⅱ. 교역 동향", S2]
    assert paragraphs(report) == ["Ⅰ. 요약", S1, "Ⅱ. 교역 동향", S2]


def test_a_numbered_list_without_a_contents_heading_stays():
    lines = [HEAD, S1, "1) 관세 인하 및 통관 간소화", "2) 전용 물류창고 지원", S2]
    assert paragraphs(lines) == lines


def test_a_sentence_about_the_contents_is_no_heading():
    lines = [HEAD, S1, "목차를 보면 회원사 소식이 가장 길다.", "1. 착공 소식", S2]
    assert paragraphs(lines) == lines


# ---------------------------------------------------------------- footnotes

def test_a_footnote_whose_mark_the_text_carries_goes_even_when_it_is_a_sentence():
    marked = "선전의 전기차 생산량은 2023년 180만 대로 늘었다.1)"
    lines = [HEAD, S1, marked, S2, "1) 배터리 셀 공급망은 광둥성 전체를 기준으로 하면 이보다 넓다."]
    # the note went, and its mark with it (furniture10): the sentence ends at its period
    assert paragraphs(lines) == [HEAD, S1, marked.removesuffix("1)"), S2]
    sup = "수분하와 흑하 통상구를 거친 화물이 전체의 절반을 넘었다.¹"
    assert paragraphs([HEAD, S1, sup, S2, "¹ 헤이룽장성 상무청(2024) 자료 기준."]) == [HEAD, S1, sup.removesuffix("¹"), S2]


def test_a_numbered_line_without_a_mark_in_the_text_stays():
    lines = [HEAD, S1, "2) 중국 정부는 부품 관세를 낮추기로 했다.", S2]
    assert paragraphs(lines) == lines
    # a mark inside brackets, `(주1)`, `(표1)`, is no footnote mark of a sentence
    lines = [HEAD, S1, "광둥성의 주요 지표는 아래 (표1) 과 같이 정리된다.", "1) 관세 인하", S2]
    assert paragraphs(lines) == lines


# ---------------------------------------------------------------- titles

def test_a_cut_or_labelled_title_gives_way_to_the_page_s_whole_headline():
    whole = "우시 반도체 후공정 단지, 한국 장비업체 수주 잇따라…올해만 3천억 원 규모"
    lines = ["[차이나 인사이드] 중국 지방경제를 현장에서 읽다", "[차이나 인사이드]", whole, S1, S2]
    cleaned = clean(lines, GENERIC, wrapped_ok=False, title="[차이나 인사이드] 우시 반도체 후공정 단지, 한국 장비업체 수주…")
    assert cleaned.title == whole and cleaned.paragraphs == [whole, S1, S2]
    # a label the page prints on the headline's own line stays in the title
    labelled = "[무역브리핑] " + HEAD
    cleaned = clean([labelled, S1], GENERIC, wrapped_ok=False, title=HEAD + "…")
    assert cleaned.title == labelled


def test_a_title_the_page_shows_whole_is_kept_and_a_short_cut_one_is_not_guessed():
    assert clean([HEAD, S1], GENERIC, wrapped_ok=False, title=HEAD).title == ""   # the given title stands
    cleaned = clean(["장쑤성 난퉁 산업단지 이야기", S1], GENERIC, wrapped_ok=False, title="장쑤성…")
    assert cleaned.title == ""


def test_html_page_title_cut_by_the_site_and_a_board_name_in_title():
    rules = load_rules(stages=())
    whole = "경남 기업 14곳, 난닝 중국-아세안 박람회 참가…수출상담 2,300만 달러 목표"
    html = ('<html><head><title>경남 기업 14곳, 난닝 중국-아세안 박람회 참가…수출상담 2,300만 달러… - …</title>'
            '<meta property="og:title" content="경남 기업 14곳, 난닝 중국-아세안 박람회 참가…수출상담 2,300만…"></head>'
            f'<body><p>경제 · 무역</p><h1>{whole}</h1><p>{S1}</p><p>{S2}</p></body></html>')
    result = DocResult(doc_id="a/b.html")
    clean_into(result, html.encode(), rules)
    assert result.title == whole and "경제 · 무역" not in result.clean
    board = ('<html><head><title>칭다오 한인누리 :: 교민소식</title><meta property="og:title" content="칭다오 한인누리">'
             '</head><body><div>칭다오 한인누리 회원가입 로그인 사이트맵</div><div>교민소식</div>'
             f'<div>{HEAD}</div><p>{S1}</p><p>{S2}</p><div>칭다오 한인누리 | 문의 qd@hanin.example</div></body></html>')
    result = DocResult(doc_id="a/c.html")
    clean_into(result, board.encode(), rules)
    assert result.title == HEAD


def test_a_bullet_before_a_newsletter_headline_is_not_part_of_the_title():
    cleaned = clean(["[이번 호 목차]", "1) 착공 소식", "2) 수출입 동향", "■ " + HEAD, S1, S2], GENERIC)
    assert cleaned.title == HEAD


# ---------------------------------------------------------------- dates

def test_a_document_number_holding_the_only_date_dates_the_page():
    assert iso_date("문서번호 : HJ-20030412-0153") == "2003-04-12"
    assert iso_date("문서번호 : HJ-20031332-0153") == ""            # no 13th month
    assert iso_date("입력 2025.11.03 | 문서 20030412") == "2025-11-03"   # a date with separators wins
    lines = ["문서번호 : HJ-20030412-0153", "", HEAD, "", S1, S2]
    assert clean(lines, GENERIC).published == "2003-04-12"
    # a series and issue number, `2025-07-03`, is no date (the line still goes, as a header)
    cleaned = clean(["문서번호 KNI-RB-2025-07-03", "", HEAD, "", S1, S2], GENERIC)
    assert cleaned.published == "" and cleaned.paragraphs == [HEAD, S1, S2]


@pytest.mark.parametrize("header,date", [
    ("한중교역 소식 제27호 (2024.10.08)", "2024-10-08"),
    ("Vol.15 No.7 | 2024년 7월 22일 발간", "2024-07-22"),
    ("◆ 중국 무역정보 메일진 ◆ 제112호 2025년 1월 15일 발행", "2025-01-15"),
    ("게재일자: 1998년 05월 12일", "1998-05-12"),
])
def test_a_newsletter_dated_only_in_its_header(header, date):
    cleaned = clean([header, "", HEAD, "", S1, S2], GENERIC)
    assert cleaned.published == date and cleaned.paragraphs == [HEAD, S1, S2]


# ---------------------------------------------------------------- hard-wrapped reports

WRAPPED = """서해경제연구 Vol.9 No.2

칭다오 해양경제 특구의 현황과 한국
기업의 참여 방안

선임연구위원 문가람

산둥성 칭다오시는 2023년 해양경제 생산
액이 5,300억 위안으로 도시 전체 생산의
3분의 1을 넘었다.1) 시는 서해안신구를 해
양경제 특구로 지정해 기업을 모은다.
특구에 입주한 기업은 지난해 말 2,100곳
이며, 이 가운데 한국계 기업은 74곳이다.
1) 칭다오시 해양발전국 발표 기준이며, 해
양 관광 수입은 포함하지 않은 수치이다.

한국 기업은 특구의 공동연구센터를 활용해
현지 진출 비용을 줄일 수 있다.""".split("\n")


def test_a_report_wrapped_at_a_narrow_margin_keeps_its_two_line_title_and_loses_its_wrapped_footnote():
    cleaned = clean(WRAPPED, GENERIC)
    assert cleaned.layout == "hard-wrapped"
    assert cleaned.title == "칭다오 해양경제 특구의 현황과 한국 기업의 참여 방안"
    text = "".join(cleaned.text.split())
    assert "관광수입" not in text and "해양발전국" not in text
    for sentence in ("3분의1을넘었다.", "74곳이다.", "현지진출비용을줄일수있다.", "서해안신구를해양경제특구로"):
        assert sentence in text, sentence


def test_a_footnote_that_closes_its_sentence_takes_no_line_after_it():
    lines = WRAPPED[:-4] + ["1) 칭다오시 해양발전국 발표 기준이다.", "한국 기업은 특구의 공동연구센터를 활용해", "현지 진출 비용을 줄일 수 있다."]
    text = "".join(clean(lines, GENERIC).text.split())
    assert "해양발전국" not in text and "현지진출비용을줄일수있다." in text and "공동연구센터를활용해" in text


def test_a_title_tag_that_names_the_bulletin_gives_way_to_the_headline():
    rules = load_rules(stages=())
    page = ('<html><head><title>한중물류협회 회보 | 한중물류협회</title></head><body><p>한중물류협회 회보</p>'
            f'<p>제59호 (2025.12.03)</p><table><tr><td><b>{HEAD}</b></td></tr><tr><td>{S1}</td></tr>'
            f'<tr><td>{S2}</td></tr></table><p>문의: 사무국 (02-000-5566)</p></body></html>')
    result = DocResult(doc_id="a/d.html")
    clean_into(result, page.encode(), rules)
    assert result.title == HEAD and result.published == "2025-12-03"
    assert "회보" not in result.clean and S1 in result.clean and S2 in result.clean
    # a real headline that holds an issue number is no issuer's name: it stays the title
    storm = "제9호 태풍 상륙, 상하이 항만 멈춰"
    page = (f'<html><head><title>{storm} | 동방일보</title></head><body><div>동방일보</div><h1>{storm}</h1>'
            f'<p>{S1}</p><p>{S2}</p></body></html>')
    result = DocResult(doc_id="a/e.html")
    clean_into(result, page.encode(), rules)
    assert result.title == storm


def test_bulleted_contents_entries_go_only_right_below_their_heading():
    lines = ["[목차]", "▣ 다롄 한국상품전 개막", "▣ 회원 소식", "", "▣ 다롄 한국상품전 개막…국내 기업 65곳 참가", "", S1, S2,
             "", "▣ 회원 소식", "", "협회 다롄지부는 다음 달 회원 기업 간담회를 연다."]
    cleaned = clean(lines, GENERIC)
    assert cleaned.title == "다롄 한국상품전 개막…국내 기업 65곳 참가"
    assert cleaned.paragraphs[1:] == [S1, S2, "▣ 회원 소식", "협회 다롄지부는 다음 달 회원 기업 간담회를 연다."]


def test_a_metadata_table_s_labels_and_values_go_and_a_headline_under_a_label_stays():
    lines = ["저자", "정하윤 외", "키워드", "샤먼, 자유무역시험구, 양안", "조회수", "1,204", HEAD, S1, S2]
    assert paragraphs(lines) == [HEAD, S1, S2]
    lines = ["저자", "정하윤 외", HEAD, S1, S2, "키워드", "샤먼의 자유무역시험구에 관한 대만 기업의 시각", S1]
    assert paragraphs(lines)[-2:] == ["샤먼의 자유무역시험구에 관한 대만 기업의 시각", S1]


def test_contents_footnotes_and_metadata_are_read_in_linear_steps():
    from pipeline.ingest import clean as clean_module
    from tests.complexity import growth
    block = ["목차", "1) 착공 소식", "2) 수출 동향", "", HEAD, "", S1 + "1)", S2, "1) 통계국 발표 기준이다.",
             "저자", "정하윤 외", "CONTENTS", "▣ 회원 소식", ""]

    def make(n: int):
        return lambda: clean(block * n, GENERIC)
    assert growth(make, [clean_module.__file__], 30) < 5.5


def test_a_numbered_list_under_a_marked_sentence_is_no_footnote():
    marked = "후난성 창사시는 중국 건설기계 생산의 약 4분의 1을 맡고 있다.1)"
    intro = "한국 부품기업이 현지 완성업체에 납품하려면 다음 세 가지 조건을 갖춰야 한다:"
    items = ["1) 현지 인증 취득", "2) 2주 이내 납기", "3) 현지 사후관리 인력 확보"]
    note = "1) 후난성 공업정보화청(2024) 자료 기준."
    # a run with numbers no sentence carries stays, the note under it goes
    assert paragraphs([HEAD, marked, S1, *items, S2, note, S1]) == [HEAD, marked.removesuffix("1)"), S1, *items, S2, S1]
    # one item alone after a colon stays too
    assert paragraphs([HEAD, marked, intro, "1) 현지 인증 취득", S2]) == [HEAD, marked, intro, "1) 현지 인증 취득", S2]


def test_a_line_whose_sentence_in_front_is_furniture_too_goes_whole():
    footer = "본 소식지는 회원사에 무료로 배포됩니다. 수신을 원하지 않으시면 회신해 주십시오."
    assert paragraphs([HEAD, S1, S2, footer, S1]) == [HEAD, S1, S2, S1]
    # a sentence of the article in front of furniture stays
    glued = S2 + " 수신을 원하지 않으시면 회신해 주십시오."
    assert paragraphs([HEAD, S1, glued, S1]) == [HEAD, S1, S2, S1]


def test_a_table_s_short_rows_below_the_headline_are_no_tools():
    lines = ["중부 6성 성도 도시의 성장", "", "하남    정주    13,617", "강서    남창     7,324", "산서    태원     5,573", "",
             "정주와 무한은 철도 교통의 중심이고, 합비는 반도체 투자가 빠르게 늘었다."]
    text = clean(lines, GENERIC).text
    assert "남창 7,324" in " ".join(text.split()) and "태원 5,573" in " ".join(text.split())
    # a short tool line between the headline and the text still goes
    assert paragraphs([HEAD, "기사원문", S1, S2]) == [HEAD, S1, S2]
