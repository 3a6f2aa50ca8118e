"""Round seven of furniture and titles (devset `furniture7/`): a newsletter's event notice in
labelled lines under the article, a section label glued to a text copy's headline (the page's
breadcrumb names it), a blog post's title over a bare date-and-time stamp, and a `<title>` whose
` - ` belongs to the headline when `og:site_name` names the site. Every drop is tried with a body
sentence around it; the examples to leave alone are tested beside them."""
from __future__ import annotations

from pipeline.api import extract_text
from pipeline.ingest.blocks import event_boxes
from pipeline.ingest.clean import clean, is_prose
from pipeline.ingest.html import parse_html

S1 = "톈진시 항만당국에 따르면 1~4월 톈진항의 대한국 컨테이너 물동량은 42만TEU로 8% 늘었다."
S2 = "협의회는 하반기에도 전자상거래 화물이 물동량 증가를 이끌 것으로 본다."


def items(*lines):
    return [(i, line) for i, line in enumerate(lines) if line.strip()]


# ---- an event notice in labelled lines, under the article

EVENT = ["2. 행사 안내", "톈진 수입박람회 한국관 참가기업 모집", "일시: 2025년 9월 3일(수)~5일(금)",
         "장소: 톈진 메이장 컨벤션센터", "참가비: 부스당 150만원 (회원사 50% 할인)", "모집 규모: 선착순 20개사",
         "신청 방법: 첨부 신청서를 작성해 이메일로 제출"]


def test_an_event_notice_under_the_article_goes_with_its_name_and_heading():
    page = items("톈진항 대한국 물동량 8% 늘어", "", S1, S2, "", *EVENT)
    gone = event_boxes(page, is_prose)
    assert {line for i, line in page if i in gone} == set(EVENT)


def test_the_notice_goes_but_the_article_stays(generic):
    done = clean(["톈진항 대한국 물동량 8% 늘어", "", S1, S2, "", *EVENT, "", "정원 30명 (선착순)"], generic)
    assert S1 in done.text and S2 in done.text
    assert "참가비" not in done.text and "150만원" not in done.text and "행사 안내" not in done.text


def test_one_labelled_line_or_labels_above_the_text_are_left_alone():
    one = items(S1, "기간: 2026~2030년", S2)                       # one label: the text's own line
    assert event_boxes(one, is_prose) == set()
    notice_only = items("쑤저우 진출 설명회", "일시: 2월 12일(목) 15:00", "장소: 본사 10층")
    assert event_boxes(notice_only, is_prose) == set()               # no sentence above: the page is the notice
    facts = items(S1, "사업 기간: 2026~2030년", "총 투자액: 320억 위안", "입주 기업: 150곳", S2)
    assert event_boxes(facts, is_prose) == set()                     # a fact box's labels are no event's


def test_a_sentence_above_the_labels_is_never_taken_as_the_event_s_name():
    page = items("제목 줄", S1, "설명회는 다음 달 열린다.", "일시: 3월 5일(수) 10:00", "장소: 칭다오 상공회의소")
    gone = event_boxes(page, is_prose)
    assert {line for i, line in page if i in gone} == {"일시: 3월 5일(수) 10:00", "장소: 칭다오 상공회의소"}


# ---- a section label glued to a text copy's headline

def test_a_section_label_glued_to_the_headline_goes_when_the_breadcrumb_names_it(generic):
    page = ["동녘일보 온라인 > 중국소식", "중국소식웨이하이 카페리 여객 40% 늘어…9월부터 증편",
            "", "산둥성 웨이하이시와 평택을 오가는 카페리의 여객 수가 40% 늘었다.", S2]
    done = clean(page, generic)
    assert done.title == "웨이하이 카페리 여객 40% 늘어…9월부터 증편"
    assert "중국소식" not in done.text


def test_a_label_that_is_no_section_kind_or_not_in_the_breadcrumb_stays(generic):
    economy = clean(["홈 > 경제", "경제성장률 5.2%로 둔화…소비 회복 더뎌", "", S1, S2], generic)
    assert economy.title == "경제성장률 5.2%로 둔화…소비 회복 더뎌"       # 경제 names no kind of section
    news = clean(["중국소식통 “칭다오 최저임금 7월에 오른다”", "", S1, S2], generic)
    assert news.title == "중국소식통 “칭다오 최저임금 7월에 오른다”"       # no breadcrumb names 중국소식


def test_a_bracketed_section_label_goes_from_title_and_text_a_series_label_stays():
    def page(label):
        return ("<html><head><meta charset='utf-8'><meta property='og:site_name' content='한우리넷'>"
                f"<meta property='og:title' content='{label} 칭다오 최저임금 7월부터 2,100위안으로'></head><body>"
                f"<h2><span>{label}</span> 칭다오 최저임금 7월부터 2,100위안으로</h2><p>{S1}</p><p>{S2}</p></body></html>")
    section = extract_text(page("[중국소식]"), url="hanwoori/a.html")
    assert section.title == "칭다오 최저임금 7월부터 2,100위안으로" and "[중국소식]" not in section.clean
    series = extract_text(page("[무역브리핑]"), url="hanwoori/b.html")
    assert series.title == "[무역브리핑] 칭다오 최저임금 7월부터 2,100위안으로"


# ---- a blog post's title over a bare date-and-time stamp

def test_the_line_over_a_bare_posting_stamp_is_the_post_title_not_the_blog_s_blurb(generic):
    page = ["중국 소싱 일지", "이우·광저우 도매시장 발품 기록", "카테고리: 소싱 현장 > 저장성 > 이우",
            "이우 국제박람회 둘째 날 - 크리스마스 용품 가격 정리", "2025. 11. 5. 20:31 · 읽는 데 2분",
            "저장성 이우시 국제박람회 둘째 날에는 크리스마스 장식품 구역을 집중적으로 돌았다.", S2]
    done = clean(page, generic)
    assert done.title == "이우 국제박람회 둘째 날 - 크리스마스 용품 가격 정리"
    assert "발품 기록" not in done.text and done.published == "2025-11-05"


def test_a_headline_over_a_dated_page_mark_without_a_time_is_found_as_before(generic):
    page = ["東海日報 資料室 ─ 국제경제", "1996년 05월 14일 (화) 제7면", "",
            "大連港 컨테이너 부두 2단계 공사 착공", "", "중국 요령성 대련시는 13일 대련항 부두 공사에 착공했다고 밝혔다.", S2]
    assert clean(page, generic).title == "大連港 컨테이너 부두 2단계 공사 착공"


# ---- ` - ` inside a headline, when og:site_name names the site

def _meta(title: str, og: str, site: str):
    return parse_html(f"<html><head><meta charset='utf-8'><title>{title}</title>"
                      f"<meta property='og:title' content='{og}'><meta property='og:site_name' content='{site}'>"
                      f"</head><body><h3>{og}</h3><p>{S1}</p></body></html>")


def test_a_dash_inside_the_headline_is_not_the_site_s_name():
    page = _meta("선양 출장 3일차 - 시타 거리 냉면집 : 북방 출장 노트", "선양 출장 3일차 - 시타 거리 냉면집", "북방 출장 노트")
    assert page.title == "선양 출장 3일차 - 시타 거리 냉면집"


def test_a_dash_before_the_site_s_name_still_cuts_it_off():
    page = _meta("창춘 자동차 부품 단지 방문기 - 북방 출장 노트", "창춘 자동차 부품 단지 방문기 - 북방 출장 노트", "북방 출장 노트")
    assert page.title == "창춘 자동차 부품 단지 방문기"


# ---- an og:title cut at the headline's first quotation mark

QUOTED = ("<html><head><meta charset='utf-8'><title>포털뉴스</title>"
          "<meta property=\"og:title\" content=\"웨이하이시 \"한국 카페리 노선 늘린다\"\"></head><body>"
          "<h1>웨이하이시 \"한국 카페리 노선 늘린다\"</h1>"
          "<p>산둥성 웨이하이시가 한국을 오가는 카페리 노선을 두 개 늘린다고 밝혔다.</p><p>" + S2 + "</p></body></html>")


def test_a_title_cut_at_an_unescaped_quotation_mark_gives_way_to_the_page_s_headline():
    assert extract_text(QUOTED, url="portal/a.html").title == '웨이하이시 "한국 카페리 노선 늘린다"'


def test_a_whole_title_that_a_quoted_line_merely_starts_with_stays(generic):
    page = ["웨이하이 카페리 노선 늘어", "", "웨이하이 카페리 노선 늘어 “한국 관광객 반긴다”", "",
            "산둥성 웨이하이시가 한국을 오가는 카페리 노선을 두 개 늘린다고 밝혔다.", S2]
    assert clean(page, generic, wrapped_ok=False, title="웨이하이 카페리 노선 늘어").title == ""   # shown as given


def test_a_section_label_before_a_bar_or_in_angle_brackets_goes_before_the_headline_is_chosen(generic):
    for head in ["중국소식 | 칭다오 최저임금 7월부터 오른다", "<교민소식> 칭다오 최저임금 7월부터 오른다"]:
        done = clean(["한중일보", head, "입력 2025.06.10 09:42", "", S1, S2], generic)
        assert done.title == "칭다오 최저임금 7월부터 오른다" and "소식" not in done.text
    series = clean(["한중일보", "[무역브리핑] 칭다오 최저임금 7월부터 오른다", "", S1, S2], generic)
    assert series.title == "[무역브리핑] 칭다오 최저임금 7월부터 오른다"     # a series label is the headline's
    body = clean(["칭다오 최저임금 7월부터 오른다", "", S1, "경제·사회 발전 계획도 함께 나왔다.", S2], generic)
    assert "경제·사회 발전 계획도 함께 나왔다." in body.text


def test_an_event_notice_in_table_cells_goes_a_table_of_figures_stays():
    cells = items("칭다오 최저임금 7월부터 오른다", S1, S2, "행사 안내", "칭다오 투자설명회", "일시", "2025년 9월 3일(수) 14:00",
                  "장소", "칭다오 샹그릴라 호텔", "참가비", "무료")
    gone = event_boxes(cells, is_prose)
    assert {line for i, line in cells if i in gone} == {"행사 안내", "칭다오 투자설명회", "일시", "2025년 9월 3일(수) 14:00",
                                                       "장소", "칭다오 샹그릴라 호텔", "참가비", "무료"}
    table = items(S1, S2, "기간", "2021~2025년", "대상", "중소기업 120곳", "지원액", "320억 원 (기업당 5억 원)")
    assert event_boxes(table, is_prose) == set()


# ---- a café's name as og:title, one part of <title>, over the post's heading

def _platform(og: str, body: str, platform: str):
    return extract_text(f"<html><head><meta charset='utf-8'><title>{og} : {platform}</title>"
                        f"<meta property='og:title' content='{og}'><meta property='og:site_name' content='{platform}'>"
                        f"</head><body>{body}</body></html>", url="cafe/a.html")


def test_a_cafe_s_name_as_og_title_gives_way_to_the_post_s_heading():
    body = ("<div>웨이하이 한인회</div><div>카페매니저 해변지기 · 회원 1,204명</div><div>자유게시판</div>"
            "<h3>웨이하이 카페리 예약 팁 공유해요</h3><div>바닷바람 2025.07.01. 10:20 조회 88</div>"
            f"<p>{S1}</p><p>{S2}</p>")
    done = _platform("웨이하이 한인회", body, "네이버 카페")
    assert done.title == "웨이하이 카페리 예약 팁 공유해요" and "한인회" not in done.clean


def test_a_post_title_as_og_title_stays_though_a_subheading_follows_in_the_post():
    body = (f"<div>황해 건너 무역일기</div><h3>칭다오 공장 인건비 정리</h3><div>2025. 6. 12. 21:04</div>"
            f"<p>{S1}</p><h3>1. 출장 일정과 비용 정리해 보면</h3><p>{S2}</p>")
    assert _platform("칭다오 공장 인건비 정리", body, "네이버 블로그").title == "칭다오 공장 인건비 정리"
