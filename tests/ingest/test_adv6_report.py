"""Adversarial pass 6 over cleaning, class report: a report's running header set apart from the
page's number by a wide gap (`<series> 2025-11        1`, then `… 2` on the next page) was the
title of a hard-wrapped report and stayed in its text. Report invented for the test."""
from __future__ import annotations

from pipeline.ingest.clean import clean

GAP = " " * 36
REPORT = [
    f"중국 지역경제 포커스 2025-11{GAP}1", "",
    "          청두-충칭 경제권의 산업 연계와 시사점", "",
    "                                   가상대외경제연구원 서부팀", "",
    "1. 개요",
    " 청두(成都)와 충칭(重慶)을 잇는 경제권의 지역총생산은 2024년",
    "기준 8조 2천억 위안으로 중국 전체의 6.5%를 차지한다. 두 도시는",
    "전자정보와 자동차를 중심으로 산업을 연계하고 있다.",
    " 특히 노트북 생산은 연간 1억",
    "2천만 대로 세계 생산의 절반에 가깝다.", "",
    "2. 주요 산업",
    " - 전자정보: 생산액 2조 위안",
    " - 자동차: 생산량 350만 대",
    f"중국 지역경제 포커스 2025-11{GAP}2",
    " - 바이오: 생산액 3천억 위안",
    " 두 도시 정부는 2025년 공동 산업기금 500억 위안을 조성했다.",
    "- 2 -",
]


def test_a_running_header_with_its_page_number_apart_goes_and_is_no_title(generic):
    cleaned = clean(REPORT, generic)
    assert cleaned.title == "청두-충칭 경제권의 산업 연계와 시사점"
    assert "포커스" not in cleaned.text
    for part in ["8조 2천억 위안으로", "연간 1억2천만 대로", "- 자동차: 생산량 350만 대", "- 바이오: 생산액 3천억 위안",
                 "공동 산업기금 500억 위안을 조성했다."]:
        assert part in cleaned.text, part


def test_the_header_of_a_one_page_report_is_no_title(generic):
    cleaned = clean(REPORT[:12], generic)
    assert cleaned.title == "청두-충칭 경제권의 산업 연계와 시사점"
