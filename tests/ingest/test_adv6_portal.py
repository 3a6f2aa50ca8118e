"""Adversarial pass 6 over cleaning, classes portal and archive: a community portal's post under
its posting line with no writer's name (`2025-03-12 08:30 조회 3,482`) took the portal's name for
its title and kept it in the text; an archive digest's bracketed tag with the day
(`【海外經濟 요약 1992.4.3】`) dated nothing. Pages invented for the test."""
from __future__ import annotations

from pipeline.ingest.clean import clean

PORTAL = ["조선족 커뮤니티 가상넷", "로그인 | 회원가입", "뉴스 > 경제", "연길 아파트값 4개월째 하락",
          "2025-03-12 08:30  조회 3,482  추천 12",
          "연길시의 신축 아파트 평균 가격이 2월 ㎡당 6,850원으로 4개월 연속 내렸다.", "1년 전보다는 9.3% 낮다.",
          "시 주택국은 \"공급이 많았다\"고 설명했다.", "[이 게시물을 SNS로 공유하기]",
          "이전글 | 도문 공장 이전 소식", "다음글 | 화룡 사과배 축제 개막"]


def test_the_line_above_a_posting_line_is_the_posts_title(generic):
    cleaned = clean(PORTAL, generic)
    assert cleaned.title == "연길 아파트값 4개월째 하락"
    assert cleaned.paragraphs == [PORTAL[3], *PORTAL[5:8]]
    assert cleaned.published == "2025-03-12"


ARCHIVE = ["【海外經濟 요약 1992.4.3】", "上海 浦東 개발 본격화",
           "중국 상해시는 포동(浦東) 신구 개발에 올해 1백20억원(元)을 투입한다고 밝혔다.", "외국인 투자 기업은 3백여개.",
           "시 당국은 \"2000년까지 포동을 국제 금융 중심지로 만들겠다\"고 말했다.", "(北京=聯合)"]


def test_an_archive_tag_with_the_day_dates_the_digest(generic):
    cleaned = clean(ARCHIVE, generic)
    assert cleaned.title == "上海 浦東 개발 본격화"
    assert cleaned.published == "1992-04-03"
    assert cleaned.paragraphs == ARCHIVE[1:5]
