"""Adversarial pass 6 over cleaning, class café: a café post's own stamp (`<nickname> <date>
<time> 조회 …`) right under its title was taken for a comment's, and the post's body (three
lines in the polite style) went as a comment thread. Pages invented for the test."""
from __future__ import annotations

import pytest

from pipeline.ingest.clean import clean

HEAD = ["중국무역 실전카페", "카페 홈 | 가입하기 | 인기글 | 전체글보기", "자유게시판"]
POST = ["요즘 칭다오 청양구 창고 임대료가 ㎡당 월 28위안 정도라고 합니다.", "작년엔 22위안이었어요.",
        "혹시 자오저우 쪽 시세 아시는 분 계신가요?"]
COMMENTS = ["물류왕 2025.09.14 22:10", "자오저우는 25위안 선입니다", "바다건너 2025.09.14 22:31", "감사합니다!"]


@pytest.mark.parametrize("title", ["칭다오 물류창고 임대료 얼마나 올랐나요?", "칭다오 물류창고 임대료 시세 정리"])
@pytest.mark.parametrize("heading", [["댓글 3"], []])
def test_the_post_under_its_own_stamp_stays_and_the_comments_go(title, heading, generic):
    page = HEAD + [title, "바다건너 2025.09.14 21:07 조회 214 댓글 3"] + POST + ["좋아요 5 | 스크랩 | 신고"] \
        + heading + COMMENTS
    cleaned = clean(page, generic)
    assert cleaned.title == title
    assert cleaned.paragraphs[1:] == POST, cleaned.paragraphs
    assert cleaned.published == "2025-09-14"
