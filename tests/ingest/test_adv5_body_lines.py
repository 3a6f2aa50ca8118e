"""Body lines shaped like furniture, found by an adversarial pass over the furniture5 rules
(inputs invented for it): each must stay in the clean text, whole."""
from __future__ import annotations

import pytest

from pipeline.ingest.blocks import boxed_notices
from pipeline.ingest.clean import clean

LEAD = "후난성 창사시가 대규모 건설기계 산업단지를 조성한다."
LAST = "창사시는 이 단지를 통해 연간 1,000억 위안의 매출을 기대한다."



FACT_BOX = ["┌──────────────────────┐", "│ 창사 건설기계 산업단지 개요 │", "│ 사업 기간: 2026~2030년 │",
            "│ 총 투자액: 320억 위안 │", "│ 입주 기업: 150곳 │", "│ 고용 효과: 4만 5천 명 │",
            "└──────────────────────┘"]
FACT_TABLE = ["│ 구분 │ 2024년 │ 2025년 │", "│ 원탄 생산 │ 13억 톤 │ 12.6억 톤 │",
              "│ 수출 │ 210만 톤 │ 180만 톤 │", "│ 대상: 산시성 규모 이상 탄광 │"]


@pytest.mark.parametrize("box", [FACT_BOX, FACT_TABLE])
def test_a_box_of_the_articles_figures_stays_with_a_label_like_a_notice(box, generic):
    page = [LEAD, *box, LAST]
    assert boxed_notices([(i, line) for i, line in enumerate(page)]) == set()
    text = clean(page, generic).text
    for line in box:
        inner = line.strip("│ ")
        if inner and not set(inner) <= set("┌┐└┘─"):
            for cell in inner.split("│"):
                assert cell.strip() in text


@pytest.mark.parametrize("line", [
    "[人民日報 2026.02.14 3면]에 따르면 우한의 연구개발 투자는 1,200억 위안이다.",   # a cited print mark
    "우편번호 570100번 지역인 하이커우 시내 면세점 매출이 가장 많았다.",
    "이 내용은 가상에너지연구원(2025), 『중국 수소경제 보고서』, 48쪽에서 인용했다.",
])
def test_a_sentence_naming_furniture_stays_whole(line, generic):
    page = ["후베이성 우한 광학 밸리 성장세", LEAD, line, LAST]
    cleaned = clean(page, generic)
    assert line in cleaned.text
    assert cleaned.published == ""          # a cited paper's day is not this page's


CHRONOLOGY = ["국무원 2021-10 | 황허 유역 생태보호 및 고품질 발전 계획",
              "국가발전개혁위원회 2022-06 | 황허 유역 수자원 절약 방안",
              "생태환경부 2023-03 | 황허 보호법 시행 세칙"]


def test_rows_shaped_like_a_running_header_one_under_another_stay(generic):
    page = ["황허 유역 발전 정책의 흐름", LEAD, "주요 정책은 다음과 같다.", *CHRONOLOGY, LAST]
    text = clean(page, generic).text
    assert all(row in text for row in CHRONOLOGY)


def test_a_running_header_alone_still_goes(generic):
    page = ["가상경제 리뷰 2026-03 | 창사 건설기계", LEAD, LAST, "가상경제 리뷰 2026-03 | 창사 건설기계", LEAD + " 추가"]
    assert "가상경제 리뷰" not in clean(page, generic).text


def test_a_print_mark_quoted_mid_post_does_not_date_the_post(generic):
    page = ["30년 전 톈진 보도를 다시 읽다", "2026.03.05", "톈진시가 한국 기업 전용 공단을 처음 만든 것은 1994년이다.",
            "당시 현지 신문은 이렇게 전했다.", "[北京日報 1994.03.21 6면]",
            "천진시는 한국 기업 50곳을 유치하기 위해 공단 200만 ㎡를 조성한다."]
    assert clean(page, generic).published == "2026-03-05"
    assert clean([p for p in page if p != "2026.03.05"], generic).published == "1994-03-21"   # the only date


POINTS = ["- 충칭 량장신구의 부품 공급망 참여 확대", "- 청두·충칭 경제권 통합 시장 진출", "- 현지 인재 확보 투자 확대(연 2억 위안 규모)"]
REPORT = ["충칭시 전자정보 산업 보고서", "", "충칭시의 노트북 생산량은 지난해 7,500만 대로 세계 생산의 3분의 1을 차지했다.",
          "충칭시 정부는 2030년까지 반도체 산업에 600억 위안을 투자한다."]


@pytest.mark.parametrize("heading", ["<정책 시사점>", "[정책 제언]", "■ 향후 과제"])
def test_a_closing_list_under_its_heading_stays(heading, generic):
    text = clean([*REPORT, heading, *POINTS], generic).text
    assert all(point[2:] in text for point in POINTS)


@pytest.mark.parametrize("heading", ["[추천 기사]", "태그", "관련 기사"])
def test_a_related_list_under_its_heading_still_goes(heading, generic):
    text = clean([*REPORT, heading, "- 충칭, 반도체 공장 착공", "- 청두 전자산업 매출 두 배로"], generic).text
    assert "반도체 공장 착공" not in text and "매출 두 배로" not in text


@pytest.mark.parametrize("line", ["(浦東開發 초기) 푸둥의 외자 유치액은 3억 달러였다.", "(開發區 기준) 수출은 12% 늘었다."])
def test_a_bracket_with_kaifa_is_no_dateline(line, generic):
    assert line in clean(["푸둥 개발 30년", LEAD, line, LAST], generic).text


def test_a_bracketed_subhead_stating_a_figure_stays(generic):
    page = ["광둥성 주요 도시 1분기 성적표", "광둥성 21개 도시의 1분기 성적이 발표됐다.",
            "【광저우: 지역총생산 7,600억 위안, 4.2% 성장】", "광저우시는 자동차 생산 감소로 성장률이 낮아졌다.",
            "【포산: 수출 1,100억 위안】", "포산시는 가전 수출이 14% 늘었다."]
    assert "【포산: 수출 1,100억 위안】" in clean(page, generic).text
