"""A plain text's headline over two lines whose first is shorter than a headline preferred and ends on a joining
particle (`광둥성 제조업 이전과` / `주강삼각주 공급망 재편`, devset furniture14 hanseo-inst): one headline, not its second half
alone (issue 8, round 16). Pages of our own invention."""
from __future__ import annotations

from pipeline.api import extract_text

BRIEF = """가상경제연구원 이슈브리프 2026-03                      2026년 3월 9일

진장 신발 이전과
장시성 내륙 공급망 재편

오○○(가상경제연구원 연구위원)

푸젠성 진장의 신발 공장 가운데 40곳이 지난 3년 동안 장시성으로 옮겼다.
인건비가 진장보다 25% 낮은 것이 가장 큰 이유다.
"""


def test_a_short_first_half_ending_on_a_particle_joins_the_line_under_it() -> None:
    r = extract_text(BRIEF, url="gasang-inst/ib-2026-03.txt")
    assert (r.title, r.published) == ("진장 신발 이전과 장시성 내륙 공급망 재편", "2026-03-09")

