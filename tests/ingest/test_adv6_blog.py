"""Adversarial pass 6 over cleaning, class blog: a post copied as text writes short lines in the
polite style, none two in a row long enough to be prose. Its sentences were taken for the
writer's profile introduction (a removed button beside, a related post's title below) and the
blog's name for the title. Post invented for the test."""
from __future__ import annotations

from pipeline.ingest.clean import clean

TITLE = "광저우 캔톤페어 다녀왔어요 (2025 가을)"
BODY = ["올해 가을 캔톤페어는 3만 개가 넘는 업체가 참가했대요.", "전시 면적은 155만 ㎡.", "정말 넓어요.",
        "바이어도 작년보다 20% 늘었다고 하네요."]
PAGE = ["무역하는 곰돌이의 중국 이야기", "이웃추가", "본문 기타 기능", TITLE, "곰돌이무역  2025. 10. 20. 23:11",
        "URL 복사", *BODY, "#캔톤페어 #광저우 #중국무역", "공감 12 댓글 3", "이 블로그 인기글", "이우 시장 도매가 정리 2편"]


def test_the_posts_lines_under_its_stamp_stay_and_its_title_is_the_line_above_the_stamp(generic):
    cleaned = clean(PAGE, generic)
    assert cleaned.paragraphs == [TITLE, *BODY]
    assert cleaned.title == TITLE
    assert cleaned.published == "2025-10-20"


def test_a_news_headline_over_its_subtitle_and_posted_line_stays_the_title(generic):
    """A news page's stamp carries a label (`입력`): the line above it may be a subtitle."""
    page = ["가상경제신문", "중국 산둥성, 신에너지차 생산 2배로", "2027년까지 연간 240만 대 목표",
            "입력 2025.10.02 17:40", "중국 산둥성(山東省)이 신에너지차 생산을 2027년까지 두 배로 늘린다.",
            "성 정부는 2일 발표한 계획에서 연간 생산량을 120만 대에서 240만 대로 높이겠다고 밝혔다."]
    assert clean(page, generic).title == "중국 산둥성, 신에너지차 생산 2배로"
