"""Dates of a report's or note's header line and of a notice's event (issue 8, round 16, devset part titles16): the
date in an institute's or a firm's header line (`<가상 연구원> 이슈페이퍼 제26-04호   2026. 4. 7.`, `<가상증권>
리서치센터 | China Daily Note   2026.02.20`) is the page's; a month's issue (`Vol.58 | 2026년 5월호`) gives no day, so
none; an event's date, an application period or a deadline (`일시: …`, `신청기간: …`, `접수 마감: …`) never dates the
notice that announces it. Pages of our own invention (sites, people and figures made up)."""
from __future__ import annotations

import pytest

from pipeline.api import extract_text
from pipeline.ingest.dates import date_priority, event_date, iso_date

PAPER = """<가상 연구원> 이슈페이퍼 제26-04호                         2026. 4. 7.

단둥 변경무역구 10년, 호시무역의 성과와 한계

연구위원 오○○ (02-000-0000)

단둥 변경무역구의 호시무역 거래액은 지난해 48억 위안으로 10년 사이 세 배가 됐다.
주민 한 사람이 하루 8,000위안까지 면세로 살 수 있다.
"""

NOTE = """<가상증권> 리서치센터 | China Daily Note                  2026.02.20

위안화 약세 속 수출주 강세

Analyst 유○○  02-0000-0000

위안화가 달러당 7.3위안을 넘어서며 수출주가 이틀 연속 올랐다.
"""

MONTHLY = """가상교역 뉴스레터
Vol.58 | 2026년 5월호

광저우 수입박람회 한국관 40곳 참가

광저우 수입박람회 한국관에 40곳이 참가한다.
"""

NOTICE = """가상청년센터
홈 | 알림 | 행사 | 자료실

2026 옌지 청년 창업 설명회 개최 안내
일시: 2026-05-14(목) 14:00~17:00
장소: 옌지시 창업센터 2층
신청기간: 2026. 4. 1. ~ 2026. 4. 20.

옌지에서 창업을 준비하는 청년을 위한 설명회를 엽니다.
참가비는 없으며 선착순 40명을 받습니다.
"""


@pytest.mark.parametrize("text, title, published", [
    (PAPER, "단둥 변경무역구 10년, 호시무역의 성과와 한계", "2026-04-07"),
    (NOTE, "위안화 약세 속 수출주 강세", "2026-02-20"),
    (MONTHLY, "광저우 수입박람회 한국관 40곳 참가", ""),
    (NOTICE, "2026 옌지 청년 창업 설명회 개최 안내", ""),
    (PAPER.replace("제26-04호                         2026. 4. 7.", "제26-04호 (2026. 4. 7.)"),
     "단둥 변경무역구 10년, 호시무역의 성과와 한계", "2026-04-07"),
], ids=["issue-paper", "daily-note", "month-issue", "notice", "date-in-parentheses"])
def test_header_dates_and_event_dates(text, title, published) -> None:
    r = extract_text(text, url="gasang/page.txt")
    assert (r.title, r.published) == (title, published)


def test_a_posts_own_date_still_dates_it_and_an_event_label_never() -> None:
    assert event_date("접수 마감: 2026년 4월 20일(월) 18:00까지") and date_priority("일시: 2026-05-14 10:00", 3) is None
    assert not event_date("작성일시: 2026.04.01 10:00") and date_priority("작성일시: 2026.04.01 10:00", 3) == 3


TABLE = """<html><head><meta charset="utf-8"><title>행사 안내 | 가상무역회</title></head><body>
<h3>2026 선전 전자부품 상담회 참가 안내</h3>
<table>
<tr><th>일시</th><td>2026년 6월 9일(화) 10:00~16:00</td></tr>
<tr><th>신청기간</th><td>2026.05.01 ~ 2026.05.20</td></tr>
</table>
<p>선전에서 열리는 전자부품 상담회에 참가할 회원사를 모집합니다.</p>
<p>참가 기업에는 통역 1명을 지원합니다.</p>
</body></html>"""


def test_an_event_label_in_a_table_cell_labels_the_date_under_it() -> None:
    r = extract_text(TABLE, url="gasang-muyeok/event.html")
    assert (r.title, r.published) == ("2026 선전 전자부품 상담회 참가 안내", "")


@pytest.mark.parametrize("line,date", [
    ("문서번호: SD19880614-07-0231", "1988-06-14"),     # was 0614-07-02: four digits cut from the run 19880614
    ("문서번호 HD-19971103-09-0412", "1997-11-03"),      # was 1103-09-04
    ("12025.11.03 접수", ""),                            # no date in a longer run of digits
    ("발행 3025.01.01", ""),                             # no page printed in 3025
    ("新東日報 1988.06.14 제7면 經濟", "1988-06-14"),
])
def test_a_date_is_never_cut_from_a_longer_number(line, date):
    assert iso_date(line) == date
