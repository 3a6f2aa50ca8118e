"""Adversarial pass 6 over cleaning, class tail: on a page whose only line long enough to be
prose is the lead, every short line under it was taken for the page's tail: a quoted sentence
(`“2030년 가동이 목표”`) and a line whose number's unit went to the next line (`총사업비는 400억` /
`위안.`) were lost, above a short sentence that stayed. Page invented for the test."""
from __future__ import annotations

from pipeline.ingest.clean import clean

BODY = ["푸젠성 장저우(漳州)에서 원전 2기가 착공했다.", "총사업비는 400억", "위안.", "“2030년 가동이 목표”",
        "성 발전개혁위원회 관계자의 말이다."]


def test_the_lines_above_a_short_sentence_are_no_tail(generic):
    page = ["가상일보", "중국 푸젠성 원전 2기 착공", "2025.05.07 15:02", *BODY, "공유하기", "많이 본 뉴스", "1 샤먼 공항 확장"]
    cleaned = clean(page, generic)
    assert cleaned.paragraphs == ["중국 푸젠성 원전 2기 착공", *BODY]


def test_a_polite_footer_is_no_short_sentence_of_the_text(generic):
    page = ["중국 푸젠성 원전 2기 착공", BODY[0], "김가상 기자", "무단전재 및 재배포를 금지합니다."]
    assert clean(page, generic).paragraphs == ["중국 푸젠성 원전 2기 착공", BODY[0]]
