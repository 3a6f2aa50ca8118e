"""Round eight's cleaning on whole pages of our own (helper furniture8): broadcast scripts, press
releases, securities notes, journal articles, trade agencies' briefs. Each rule's line examples run in
test_profiles.py; here the rules meet each other and the text around them: what must go goes, and no
sentence of the text goes with it."""
from __future__ import annotations

from pipeline.ingest.clean import clean

LEAD = "광둥성 선전시의 드론 배송 노선은 지난달 250개로 1년 새 두 배가 됐습니다."
NEXT = "한국 모터 업체의 선전 납품액은 1,200만 달러로 지난해보다 40% 늘었습니다."


def _gone(done, line: str) -> bool:
    return line not in done.text


def test_a_broadcast_script_loses_its_tags_captions_credits_and_sign_off(generic):
    page = ["선전 드론 배송 하루 3만 건…한국 부품사 납품 늘어", "방송일 2025.10.02", "[앵커]", LEAD, "[자막] 선전 드론 배송 하루 3만 건 돌파",
            "<인터뷰> 천웨이 / 선전 드론물류업체 운영이사", "\"배터리와 모터 부품은 절반 가까이를 한국 업체에서 사 옵니다.\"", NEXT,
            "화남TV 뉴스 김도윤입니다.", "영상취재: 박가상 / 영상편집: 최가상"]
    done = clean(page, generic)
    for line in page[1:3] + page[4:6] + page[8:]:
        assert _gone(done, line), line
    assert LEAD in done.text and NEXT in done.text and page[6] in done.text
    assert done.published == "2025-10-02"       # the broadcast date dates the report


def test_a_speaker_tag_glued_to_the_sentence_goes_and_the_sentence_stays(generic):
    done = clean(["훈춘 국제상품박람회 개막", "【아나운서】 제12회 훈춘 국제상품박람회가 19일 훈춘시에서 개막했습니다.", NEXT], generic)
    assert "제12회 훈춘 국제상품박람회가 19일 훈춘시에서 개막했습니다." in done.paragraphs and "【아나운서】" not in done.text


def test_a_sign_off_shaped_sentence_between_two_sentences_is_the_text_s(generic):
    line = "가상방송 특집입니다."
    done = clean(["선전 드론 배송 하루 3만 건", LEAD, line, NEXT], generic)
    assert line in done.paragraphs


def test_a_press_release_loses_its_banner_enclosures_files_and_licence(generic):
    body = ["□ 경상도는 2일 중국 쓰촨성 청두시에서 통상대표처 개소식을 열었다.", "□ 지난해 도내 기업의 쓰촨성 수출액은 4억 2천만 달러로 전년보다 18% 늘었다."]
    furniture = ["붙임1. 청두 통상대표처 개소식 사진 1부.", "첨부파일", "청두대표처_개소_보도자료(최종).hwp (32KB) 다운로드",
                 "공공누리 제1유형: 출처표시 - 본 저작물은 \"공공누리\" 제1유형 조건에 따라 이용할 수 있습니다.", "첨부파일이 없습니다."]
    done = clean(["보 도 자 료", "경상도, 중국 청두에 통상대표처 개소"] + body + furniture, generic)
    assert all(b in done.paragraphs for b in body) and "보 도 자 료" not in done.text
    assert all(_gone(done, f) for f in furniture)


def test_a_brief_s_marked_section_heads_stay_under_the_headline(generic):
    page = ["칭다오 색조화장품 시장, 온라인 직판이 절반 넘어", "□ 시장 동향",
            "산둥성 칭다오시의 색조화장품 소매 판매액은 2024년 86억 위안으로 전년보다 9% 늘었다.", "<자료: 칭다오시 통계국>",
            "□ 수입 동향", "칭다오 세관을 거친 한국산 색조화장품 수입액은 1억 2천만 달러로 일본산에 이어 2위다.",
            "자료원: 중국 해관총서, 칭다오무역관 종합", "□ 시사점", "현지 유통업체들은 한국 브랜드에 소용량 제품을 요구하고 있다."]
    done = clean(page, generic)
    assert [p for p in done.paragraphs if p.startswith("□")] == ["□ 시장 동향", "□ 수입 동향", "□ 시사점"]
    assert _gone(done, "<자료: 칭다오시 통계국>") and _gone(done, "자료원: 중국 해관총서, 칭다오무역관 종합")


def test_a_securities_note_loses_its_market_data_charts_and_compliance_notice(generic):
    body = ["가상화장품은 3분기 중국 매출이 420억원으로 전년 같은 기간보다 25% 늘었다고 밝혔다.",
            "우리는 목표주가를 16,000원으로 올리고 투자의견 매수를 유지한다."]
    page = ["가상화장품: 쓰촨성 유통망 확대로 중국 매출 반등", "투자의견 Buy (유지) | 목표주가 16,000원 (상향)", "외국인 지분율 12.3%",
            body[0], "그림 3. 가상화장품 중국 매출 추이", "(%, YoY)", body[1], "Compliance Notice",
            "당사는 자료 작성일 현재 가상화장품의 지분을 1% 이상 보유하고 있지 않습니다.", "2025.06.10 Buy 14,000원 -15.2% -3.6%"]
    done = clean(page, generic)
    # the figure's caption is article text since furniture11 (tests/devset/README.md "Captions"); its unit is not
    assert done.paragraphs[1:] == [body[0], "그림 3. 가상화장품 중국 매출 추이", body[1]]


def test_a_paper_loses_its_english_block_author_notes_and_review_dates(generic):
    body = ["이 연구는 2015년 이후 지린성 수출구조의 변화를 창춘의 자동차 산업을 중심으로 분석했다.",
            "지린성의 수출액은 2015년 42억 달러에서 2024년 78억 달러로 늘었다.", "Ⅰ. 서론",
            "그 가운데 지린성 창춘시는 완성차 생산이 지역 총생산의 3분의 1을 차지하는 자동차 도시다."]
    page = ["지린성 수출구조의 변화와 한국 기업의 대응", "A Study on the Changing Export Structure of Jilin Province", "김가상* · 이가상**",
            "국문초록"] + body + ["** 교신저자, 가상연구원 동북아연구실 연구위원", "논문접수일: 2025년 9월 1일 / 게재확정일: 2025년 11월 14일",
                                "이 논문은 2023년도 가상학술재단의 지원을 받아 수행된 연구임(GS-2023-0000).", "Abstract",
                                "This study analyzes the changes in the export structure of Jilin Province since 2015."]
    done = clean(page, generic)
    assert done.paragraphs == [page[0], "국문초록"] + body


def test_an_english_line_cited_between_two_sentences_and_a_text_all_in_english_stay(generic):
    cited = "Made in China: the next decade of manufacturing policy"
    done = clean(["중국 제조업 정책", LEAD, cited, NEXT], generic)
    assert cited in done.paragraphs
    english = ["Shenzhen drone deliveries pass 30,000 a day", "Drone deliveries in Shenzhen passed 30,000 a day last month.",
               "Korean motor makers sold 40% more parts to the city this year."]
    assert clean(english, generic).paragraphs == english      # no Korean text: nothing to translate


def test_a_chinese_original_quoted_in_hanzi_is_never_foreign(generic):
    quote = "深圳市无人机配送航线达到250条"
    done = clean(["선전 드론 배송 노선 250개", LEAD, quote, NEXT], generic)
    assert quote in done.paragraphs


def test_a_wrapped_bullet_s_first_line_is_no_heading_but_a_marked_head_is(generic):
    page = ["경상도, 중국 청두에 통상대표처 개소", "", "□ 시장 동향", "□ 경상도는 2일 중국 쓰촨성 청두시 ", "고신구에서 경상도 청두 통상대표처 ",
            "개소식을 열었다고 3일 밝혔다. 청두 ", "대표처는 도내 기업의 서부 내륙 진출을 ", "돕는 거점으로 직원 3명이 상주한다. ",
            "도는 올해 충칭과 시안에서도 상담회를 ", "세 차례 열 계획이라고 덧붙였다. "]
    done = clean(page, generic)
    assert done.layout == "hard-wrapped" and "□ 시장 동향" in done.paragraphs
    assert any(p.startswith("□ 경상도는 2일 중국 쓰촨성 청두시 고신구에서") for p in done.paragraphs)


def test_a_chart_s_axis_under_its_caption_goes_and_a_column_of_figures_elsewhere_stays(generic):
    body = ["중국의 10월 소매판매는 4조 5천억 위안으로 전년 같은 달보다 4.8% 늘었다.",
            "우리는 내년 중국 소비재 업종의 투자의견을 비중확대로 제시한다."]
    done = clean(["중국 소비 회복", body[0], "그림 1. 중국 소매판매 증가율 추이", "(%, YoY)", "12", "8", "4", "0",
                  "자료: 국가통계국", body[1]], generic)
    assert done.paragraphs[1:] == [body[0], "그림 1. 중국 소매판매 증가율 추이", body[1]]      # the caption is text, its axis not
    bare = clean(["중국 소비 회복", body[0], "[그림 2] 월별 소매판매 증가율", "12", "8", "4", body[1]], generic)
    assert bare.paragraphs[1:] == [body[0], "[그림 2] 월별 소매판매 증가율", body[1]]     # ticks right under the caption
    column = ["2022", "2023", "2024"]
    kept = clean(["중국 소비 회복", body[0], "연도별 소매판매 증가율", *column, body[1]], generic)
    assert all(c in kept.paragraphs for c in column)
