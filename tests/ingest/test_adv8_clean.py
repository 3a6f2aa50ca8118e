"""Adversarial pass on round eight's cleaning, titles and dates (adv8-clean): lines of the text
shaped like the new furniture (a law firm's article on exemption clauses, a university centre's
survey rows, a securities note in Hong Kong dollars, an interview's headline, a TV program page
with its other episodes under the text). Every page is invented."""
from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# ---- a law firm's article whose own section is headed 면책조항: the compliance cut is not the text's end

LAW = _page(
    "가상법무법인 중국팀 뉴스레터 2025년 11월호", "",
    "중국 민법전상 계약 면책조항의 효력과 실무상 유의점", "",
    "중국 민법전 시행 이후 한국 기업이 중국 거래처와 맺는 계약에서 면책조항을 둘러싼 분쟁이 늘고 있다.", "",
    "불가항력", "",
    "민법전 제590조는 불가항력으로 계약을 이행할 수 없는 경우 책임의 전부 또는 일부를 면제한다고 규정한다.", "",
    "면책조항", "",
    "고의 또는 중대한 과실로 인한 재산상 손해를 면제하는 조항은 무효이다. 상하이시 고급인민법원은 2024년 한국계 "
    "물류기업의 면책 주장을 배척하고 손해배상금 1,250만 위안을 인정했다.", "",
    "분쟁 해결", "",
    "선전국제중재원의 2024년 한국 관련 사건 수는 86건으로 전년보다 14% 늘었다.")


def test_a_section_on_the_clause_the_article_is_about_stays():
    doc = extract_text(LAW)
    assert "손해배상금 1,250만 위안을 인정했다." in doc.clean
    assert "86건으로 전년보다 14% 늘었다." in doc.clean
    assert any(f.surface == "1,250만 위안" for f in doc.facts)


def test_a_newsletter_s_own_disclaimer_at_its_end_still_cuts():
    page = LAW + _page("", "Disclaimer", "", "본 뉴스레터는 일반적인 정보 제공을 목적으로 하며 법률 자문이 아닙니다.")
    doc = extract_text(page)
    assert "법률 자문이 아닙니다" not in doc.clean and "86건으로 전년보다 14% 늘었다." in doc.clean


# ---- a survey's rows that start with 답변자 are the brief's findings, not an answerer's line

SURVEY = _page(
    "가상대학교 중국연구센터 이슈브리프 제12호", "",
    "재중 한국기업 설문조사 결과", "",
    "이번 조사는 2025년 9월 중국에 진출한 한국 기업 200곳을 대상으로 했다.", "",
    "답변자 중 62%, 향후 3년 내 중국 사업 확대 계획",
    "답변자의 38%, 장쑤성 쑤저우를 최우선 투자지로 선택", "",
    "조사 결과 한국 기업의 중국 사업 의지는 여전히 높은 것으로 나타났다.")


def test_survey_rows_starting_with_answerers_stay():
    doc = extract_text(SURVEY)
    assert "답변자 중 62%, 향후 3년 내 중국 사업 확대 계획" in doc.clean
    assert "답변자의 38%, 장쑤성 쑤저우를 최우선 투자지로 선택" in doc.clean
    assert {"장쑤성", "쑤저우"} <= {p.surface for p in doc.places}


# ---- a securities note on a Hong Kong stock: its price box in HK$ goes like one in 원

def test_a_price_box_in_hong_kong_dollars_goes():
    page = _page(
        "가상증권 리서치센터 기업분석 2025.11.03", "",
        "비야디 (1211 HK) 해외 판매가 이끄는 성장", "",
        "투자의견 BUY (유지)", "목표주가 HK$ 480", "현재주가(10/31) HK$ 352", "시가총액 HK$ 9,800억", "",
        "비야디의 3분기 순이익은 82억 위안으로 전년 대비 10% 늘었다.")
    doc = extract_text(page)
    assert "HK$" not in doc.clean
    assert [f.surface for f in doc.facts if f.unit == "HKD"] == []
    assert "82억 위안" in doc.clean


# ---- headlines shaped like the new furniture: the title must not fall to the masthead

def test_an_interview_s_headline_is_the_title():
    # fixed by furniture9: interview_line acts only under the text's first sentence (under_text), and
    # script_tag_prefix takes [인터뷰] only before a sentence
    page = _page("동북아경제신문", "", "[인터뷰] 김영수 가상상공회의소 선양사무소장", "", "입력 2025.11.20 09:12", "",
                 "김영수 소장은 \"선양의 한국 기업 수가 2024년 기준 320곳으로 늘었다\"고 말했다.")
    assert extract_text(page).title == "[인터뷰] 김영수 가상상공회의소 선양사무소장"


def test_a_market_headline_opening_with_market_cap_is_the_title():
    page = _page("가상경제 중국증시", "", "시가총액 1조 위안 돌파…닝더스다이 주가 사상 최고", "", "2025-10-14 15:30", "",
                 "푸젠성 닝더에 본사를 둔 배터리 기업 닝더스다이의 주가가 14일 5% 올랐다.")
    assert extract_text(page).title == "시가총액 1조 위안 돌파…닝더스다이 주가 사상 최고"


# ---- a TV program page: the dates of its other episodes under the text do not date it

def test_other_episodes_broadcast_dates_do_not_date_the_page():
    page = _page("세계를 가다 - 중국 편", "", "윈난성 쿤밍, 동남아로 가는 관문", "",
                 "쿤밍은 라오스와 연결된 중라오철도의 출발점이다. 2024년 이 철도로 운송된 화물은 1,960만 톤에 달했다.", "",
                 "다른 회차 보기", "광시 난닝, 아세안 박람회의 도시", "2025.10.16 방송", "구이저우 빅데이터 산업의 오늘", "2025.10.09 방송")
    assert extract_text(page).published == ""


# ---- a press release's bullets in note style that cite its enclosure are the release's findings

def test_note_style_lines_citing_the_enclosure_stay():
    rows = ["붙임 자료 기준 도내 기업의 청두 수출액은 2024년 3억 2천만 달러로 전년 대비 18% 증가함",
            "붙임 2의 표와 같이 청두 진출 기업은 45곳으로 늘어남"]
    page = _page("보 도 자 료", "", "경상도, 쓰촨성 청두시와 경제협력 협약 체결", "",
                 "경상도는 2일 중국 쓰촨성 청두시와 경제협력 협약을 체결했다고 밝혔다.", "", *rows, "",
                 "붙임1. 협약식 사진 1부.")
    doc = extract_text(page)
    assert all(r in doc.clean for r in rows)
    assert "협약식 사진" not in doc.clean
    assert any(f.surface == "3억 2천만 달러" for f in doc.facts)


# ---- note-style lines that open like a rating row or a chart's caption are the text's

@pytest.mark.parametrize("lines", [
    ("2025.06.10 매도 의견 나온 구이저우 교통투자 채권 3억 위안", "2025.07.02 중립 조정된 윈난 성투 채권 5억 위안"),
    ("차트 1 기준 상위 10개 브랜드 중 한국 브랜드는 3개", "그림 2 보듯 저장성 항저우 물류센터 출고량은 30% 증가"),
])
def test_note_style_findings_shaped_like_a_note_s_furniture_stay(lines):
    page = _page("중국 지방 채권과 소비 동향", "", "가상리서치 중국팀", "",
                 "중국 지방정부 융자기구의 등급 조정과 광군제 결과를 정리했다. 주요 내역은 다음과 같다.", "",
                 *lines, "", "구이저우성과 윈난성의 융자기구 채권 잔액은 합계 2조 위안을 넘는다.")
    doc = extract_text(page)
    assert all(x in doc.clean for x in lines)


# ---- an interview caption whose speaker's name ends the line (no slash, no title at its end)

def test_an_interview_caption_ending_in_the_name_goes():
    # fixed by furniture9: interview_caption_name (a tag and words with no particle ending in a name, under the text)
    page = _page("화남TV 뉴스", "", "광저우 캔톤페어 한국관 역대 최대", "", "방송일 2025.10.17", "", "[앵커]",
                 "광저우 캔톤페어에 한국관이 역대 최대 규모로 꾸려졌습니다.", "", "[리포트]",
                 "올해 한국관에는 기업 150곳이 참가했습니다.", "", "[인터뷰] 장쑤성 쑤저우 바이어 왕리",
                 "수출 상담액은 3억 달러로 집계됐습니다.", "", "화남TV 뉴스 김도윤입니다.")
    doc = extract_text(page)
    assert "왕리" not in doc.clean and "쑤저우" not in {p.surface for p in doc.places}


# ---- a radio page's headline with its subtitle over the broadcast date

# fixed by titles9 (title._subtitle_of): the line over the stamp is the second of a block of two, a blank line
# between it and the stamp
def test_a_broadcast_headline_with_a_subtitle_under_it_is_the_title():
    page = _page("가상라디오 중국을 읽다", "", "시안 반도체 클러스터, 한국 기업의 기회", "삼성 공장 20년, 협력사 120곳으로", "",
                 "방송일 2025.10.02", "",
                 "산시성 시안의 반도체 클러스터에는 한국 협력사 120곳이 입주해 있습니다.")
    doc = extract_text(page)
    assert doc.title == "시안 반도체 클러스터, 한국 기업의 기회"


# ---- a consulate's notice whose own section is headed 고지사항 (notes to travellers): no disclaimer

def test_a_notice_s_section_headed_goji_sahang_stays():
    rows = ["후베이성과 후난성에서 숙박 등록을 하지 않으면 벌금 2,000위안이 부과될 수 있습니다.",
            "우한 톈허공항 입국 시 귀국 항공권을 제시해야 합니다."]
    page = _page("주가상 총영사관", "", "중국 단기 비자 면제 연장 안내", "",
                 "중국 정부는 한국 여권 소지자의 무비자 체류 기간을 30일로 연장했습니다.", "", "고지사항", "", *rows)
    doc = extract_text(page)
    assert all(r in doc.clean for r in rows)
    assert {"후베이성", "후난성", "우한"} <= {p.surface for p in doc.places}
