"""A text copy's headline line with the site's name after a separator (issue 8, round 16, devset part titles16:
`훈춘-자루비노 화물렬차 주 3회로 늘어 - 백두가상라디오`): the name goes when the page shows it elsewhere in a line that is
no sentence; a dash or bar that is part of the headline stays. Pages of our own invention."""
from __future__ import annotations

import pytest

from pipeline.api import extract_text

PAGE = """흑룡강가상방송
뉴스 | 경제 | 사회 | 문화
경제 > 지역

{headline}
발표시간: 2026-02-03 10:20

목단강시의 올해 1월 버섯 수출액이 지난해 같은 달보다 20프로 늘었다.
{body}

ⓒ 흑룡강가상방송
"""


@pytest.mark.parametrize("headline, body, title", [
    ("목단강 버섯 수출 20프로 늘어 | 흑룡강가상방송", "수출의 절반은 한국으로 갔다.", "목단강 버섯 수출 20프로 늘어"),
    ("목단강 버섯 수출 20프로 늘어 - 흑룡강가상방송", "수출의 절반은 한국으로 갔다.", "목단강 버섯 수출 20프로 늘어"),
    # the words after the dash are the headline's: the page shows them nowhere else, or only in a sentence
    ("목단강 - 수분하 버섯 수출길 열려", "목단강 - 수분하 구간은 지난달 개통됐다.", "목단강 - 수분하 버섯 수출길 열려"),
    ("목단강 버섯 수출 20프로 늘어 - 한국행 절반", "한국행 절반이라는 말이 나온다.", "목단강 버섯 수출 20프로 늘어 - 한국행 절반"),
], ids=["bar", "dash", "route", "deck"])
def test_site_name_after_a_separator_leaves_the_headline(headline, body, title) -> None:
    r = extract_text(PAGE.format(headline=headline, body=body), url="heuk-radio/2026-02-03.txt")
    assert (r.title, r.published) == (title, "2026-02-03")
