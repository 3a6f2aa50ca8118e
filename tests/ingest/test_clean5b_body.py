"""Body lines lost and furniture kept, found by an adversarial pass over the generic cleaner
(inputs invented for it). Each rule is tried both ways, a body sentence in front: the line
the article owns stays whole, the furniture of the same shape goes."""
from __future__ import annotations

import pytest

from pipeline.ingest.clean import clean

HEAD = "헤이룽장성 곡물 생산 또 늘었다"
LEAD = "헤이룽장성이 올해 곡물 생산 목표를 다시 높였다."
LAST = "성 정부는 내년에도 경작 면적을 늘릴 계획이라고 밝혔다."



# ---- 1. a line with a figure and its unit right under the last sentence is its summary
HARBIN = "하얼빈시 신구와 다칭시도 외자 유치와 원유 증산에 나섰다."


@pytest.mark.parametrize("summary", [
    ["【헤이룽장성 곡물 생산 7,788만 톤】"],
    ["▲ 하얼빈시 신구의 외자 유치액 12억 달러"],
    ["▲ 하얼빈시 신구의 외자 유치액 12억 달러", "▲ 다칭시 원유 생산 3천만 톤"],
])
def test_a_summary_with_figures_under_the_last_sentence_stays(summary, generic):
    cleaned = clean([HEAD, LEAD, HARBIN, LAST, *summary], generic)
    assert cleaned.paragraphs[-len(summary):] == summary
    assert not cleaned.removed


@pytest.mark.parametrize("tail", [
    ["[관련] 선양 자동차 부품 수출 20% 확대"],                      # a related article's label
    ["☞ 다롄항 컨테이너 물동량 5% 감소"],                           # a link's arrow
    ["김하늘 기자 sky@bukbang.example.kr", "창춘 옥수수 수매가 3% 올라"],    # under the byline
])
def test_a_headline_with_figures_in_the_pages_tail_goes(tail, generic):
    cleaned = clean([HEAD, LEAD, LAST, *tail], generic)
    assert cleaned.paragraphs[-1] == LAST
    assert {r.text for r in cleaned.removed} >= {tail[-1]}


@pytest.mark.parametrize("counter", ["구독자 1.2만 명", "공유 5회", "누적 방문자 34만 명", "글자크기 100%"])
def test_a_page_counter_under_the_last_sentence_goes(counter, generic):
    """A figure that names nothing the text names is the page's, not a summary."""
    cleaned = clean([HEAD, LEAD, LAST, counter], generic)
    assert cleaned.paragraphs[-1] == LAST and [r.text for r in cleaned.removed] == [counter]


# ---- 2. a reference cited between two sentences is the text's; a list of references goes
REFERENCE = "Zhang, W. (2024). Hydrogen in Tianjin. Energy Policy 12(3), 45-67."
REFERENCE2 = "Li, X. (2023). Ports of Bohai. Maritime Review 8(2), 11-30."


def test_a_year_and_an_issue_in_brackets_are_no_post_counts(generic):
    counted = next(r for r in generic.rules_of("drop") if r.name.endswith(":counted_list"))
    assert not counted.matches(REFERENCE) and not counted.matches(REFERENCE2)
    assert counted.matches("카테고리 | 중국 출장기(48) | 공장 탐방(21) | 일상(102)")


def test_a_reference_cited_between_two_sentences_stays(generic):
    cleaned = clean(["톈진의 수소 산업", LEAD, REFERENCE, LAST], generic)
    assert REFERENCE in cleaned.paragraphs and not cleaned.removed


def test_a_list_of_references_under_the_text_goes(generic):
    cleaned = clean(["톈진의 수소 산업", LEAD, LAST, "참고문헌", REFERENCE, REFERENCE2], generic)
    assert cleaned.paragraphs[-1] == LAST
    assert {REFERENCE, REFERENCE2} <= {r.text for r in cleaned.removed}


def test_two_references_between_sentences_are_a_list(generic):
    cleaned = clean(["톈진의 수소 산업", LEAD, REFERENCE, REFERENCE2, LAST], generic)
    assert REFERENCE not in cleaned.text and LAST in cleaned.text


# ---- 1 (more): a list of headlines that holds one figure
def test_a_bulleted_list_of_headlines_with_one_figure_goes(generic):
    page = [HEAD, LEAD, LAST, "· 다롄항 물동량 1천만 개 돌파", "· 선양 공항 국제선 늘어", "· 하얼빈 빙설제 개막"]
    assert clean(page, generic).paragraphs[-1] == LAST


# ---- 3. a leading `(…=…)` is a wire dateline only with a place on its left, an agency on its right
@pytest.mark.parametrize("sentence", [
    "(1위=광둥성) 광둥성의 수출은 지난해 1조 위안을 넘었다.",
    "(기준=2025년) 수출은 전년보다 5% 늘었다.",
    "(단위=억 위안) 성별 수출은 광둥성이 가장 많았다.",
    "(2024년=100) 랴오닝성의 소비자물가지수는 103.2였다.",
])
def test_a_bracket_with_a_rank_a_base_or_a_unit_stays_on_its_sentence(sentence, generic):
    cleaned = clean(["수출 늘어난 광둥성", LEAD, sentence, LAST], generic)
    assert sentence in cleaned.paragraphs and not cleaned.removed


@pytest.mark.parametrize("dateline", ["(선양=연합뉴스)", "[창춘=가상신문]", "(서울=뉴스1)"])
def test_a_wire_dateline_still_goes(dateline, generic):
    cleaned = clean(["수출 늘어난 랴오닝성", f"{dateline} 랴오닝성의 수출이 늘었다고 성 정부가 밝혔다.", LAST], generic)
    assert "랴오닝성의 수출이 늘었다고 성 정부가 밝혔다." in cleaned.paragraphs
    assert [r.text for r in cleaned.removed] == [dateline]


# ---- 4. a blog copied to text, a sentence a line without periods, is not hard-wrapped
BLOG = ["칭다오 출장 셋째 날, 항만 이야기", "",
        "오늘은 아침부터 비가 와서 택시 잡기가 힘들었다", "호텔 앞에서 택시를 잡는 데만 이십 분이 걸렸다",
        "(칭다오=바다일보) 시 정부의 항만 발표가 나왔다", "발표를 맡은 사람은 항만국 대변인 박명호(朴明浩)",
        "올해 항만 물동량이 7억 톤을 넘을 것이라고 말했다", "점심은 부두 근처 작은 식당에서 해산물로 먹었다",
        "해산물 가격이 작년보다 눈에 띄게 많이 올랐더라", "저녁에는 현지 거래처 사람들을 만나 얘기를 나눴다",
        "다들 내년 경기를 꽤 걱정하고 있는 눈치였다", "내일은 아침 일찍 고속철로 웨이하이로 넘어간다"]
# The same kind of line width, but wrapped mid-sentence at the margin: a digest's hard wrap.
WRAPPED = ["칭다오 항만 물동량 7억 톤 넘을 듯", "",
           "칭다오시 항만국은 올해 항만 물동량이 7억 톤을 넘어 ", "지난해보다 5% 가량 늘어날 것으로 내다봤다. 항만국 ",
           "대변인은 컨테이너 처리량도 3천만 TEU에 이를 것이라며 ", "한국과 일본을 잇는 항로가 늘어난 덕분이라고 설명했 ",
           "다. 시는 내년에 부두 두 곳을 새로 열 계획이다."]


def test_a_blog_with_a_sentence_a_line_is_not_rejoined(generic):
    cleaned = clean(BLOG, generic)
    assert cleaned.layout == "lines"
    assert "발표를 맡은 사람은 항만국 대변인 박명호(朴明浩)" in cleaned.paragraphs
    assert "올해 항만 물동량이 7억 톤을 넘을 것이라고 말했다" in cleaned.paragraphs


def test_text_wrapped_mid_sentence_is_still_rejoined(generic):
    cleaned = clean(WRAPPED, generic)
    assert cleaned.layout == "hard-wrapped"
    assert any("7억 톤을 넘어 지난해보다" in p for p in cleaned.paragraphs)


# ---- 5. furniture kept: the title as running header, a repeated issue line, researchers, a contact
TITLE = "칭다오 해양경제 특구의 현황과 과제"
S1 = "산둥성 칭다오시는 올해 해양경제 규모를 늘리기로 했다."
S2 = "시는 항만과 조선 산업에 3백억 위안을 투자한다."
S3 = "한국 기업에도 부품 공급의 기회가 열릴 것으로 보인다."


def test_the_reports_title_repeated_on_later_pages_goes(generic):
    cleaned = clean([TITLE, "", S1, S2, "", TITLE, "", S3, "", TITLE, "", LAST], generic)
    assert cleaned.paragraphs == [TITLE, S1, S2, S3, LAST]
    assert [r.rule for r in cleaned.removed] == ["generic:running_header"] * 2


def test_the_title_repeated_in_wrapped_text_goes_mid_sentence(generic):
    page = [TITLE, "", "산둥성 칭다오시는 올해 해양경제 규모를 크게 늘리기로 ", "하고 항만과 조선 산업에 3백억 위안을 투자한다고 ",
            TITLE, "밝혔다. 시는 한국 기업의 부품 공급도 늘어날 것으로 ", "내다봤다. 특구에는 이미 한국 기업 열두 곳이 들어와 ",
            "있다."]
    cleaned = clean(page, generic)
    assert cleaned.layout == "hard-wrapped"
    assert any("투자한다고 밝혔다." in p for p in cleaned.paragraphs)


ISSUE = "가상경제연구원 중국 지역 브리핑 제24호"


def test_an_issue_line_repeated_in_one_document_goes(generic):
    cleaned = clean([ISSUE, "칭다오 해양경제 특구의 현황", S1, S2, ISSUE, S3], generic)
    assert ISSUE not in cleaned.text and S3 in cleaned.paragraphs


def test_an_issue_line_printed_once_in_the_text_stays(generic):
    cleaned = clean(["칭다오 해양경제 특구의 현황", S1, ISSUE, S2, S3], generic)
    assert ISSUE in cleaned.paragraphs


@pytest.mark.parametrize("researcher", ["김영호 연구위원(대외경제정책연구원)", "박성민 한국외대 중국연구소 교수"])
def test_a_researcher_line_at_the_top_goes_and_between_sentences_stays(researcher, generic):
    top = clean(["칭다오 해양경제 특구의 현황", researcher, S1, S2, S3], generic)
    assert researcher not in top.text and top.paragraphs[1:] == [S1, S2, S3]
    inside = clean(["칭다오 해양경제 특구의 현황", S1, researcher, S2, S3], generic)
    assert researcher in inside.paragraphs


def test_a_contact_line_with_a_number_abroad_goes(generic):
    contact = "칭다오한인상공회 연락처: +86-532-8888-1234"
    cleaned = clean(["칭다오 해양경제 특구의 현황", S1, S2, S3, contact], generic)
    assert cleaned.paragraphs[-1] == S3 and [r.text for r in cleaned.removed] == [contact]
    sentence = "상공회 문의 전화는 +86-532-8888-1234로 하면 된다고 밝혔다."
    assert sentence in clean(["칭다오 해양경제 특구의 현황", S1, sentence, S3], generic).paragraphs


def test_a_reference_cited_between_two_wrapped_paragraphs_stays(generic):
    page = ["톈진 수소 산업의 현황과 과제", "", "톈진시는 올해 수소 충전소를 서른 곳으로 늘리고 연료전지 ",
            "트럭 보급도 두 배로 늘릴 계획이다. 시는 이 계획의 근거로 ", "항만 물류 연구를 들었고 그 연구는 수소 트럭의 비용을 ",
            "자세히 따져 본 최근의 연구로 다음과 같이 인용된다. ", "", REFERENCE, "",
            "이 연구는 항만 물류에서 수소 트럭의 비용이 디젤 트럭과 ", "같아지는 시점을 2028년으로 내다봤다. 시는 항만 트럭부터 ",
            "먼저 바꾸고 시내 버스와 청소차는 그 다음 해부터 차례로 ", "바꿀 예정이다. 충전소 부지는 항만 배후 단지에 먼저 ",
            "마련하고 도심 부지는 내년 상반기에 고시한다. 시는 이를 ", "위해 올해 예산에 12억 위안을 따로 잡았다."]
    cleaned = clean(page, generic)
    assert cleaned.layout == "hard-wrapped"
    assert REFERENCE in cleaned.paragraphs and not cleaned.removed
