"""Adversarial pass 6 over cleaning, class wrap: a number broken by a line end (`…모두 1조` /
`2천억 원이었다.`). A rule that removes one half alone leaves a wrong value that looks right
(`2천억 원` for `1조2천억 원`), or takes the line of the article for a headline. Pages and
figures invented for the test."""
from __future__ import annotations

import pytest

from pipeline.api import extract_text
from pipeline.ingest.clean import clean

PAGES = {
    # a short lead's first half above the headline-like line: not a menu, not a headline
    "first line": ("대련항 물동량은 1억\n2천만톤이다. 증가율은 -\n1.5%로 전망했다.\n",
                   ["대련항 물동량은 1억", "2천만톤이다"], ""),
    # under the headline, the body's line ending in the number's head is no tool
    "below the headline": ("길림성 외자 유치 늘어\n\n길림성은 올해 외자 유치액이 모두\n1조\n"
                           "2천억 원에 이르렀다고 밝혔다. 성은 투자 설명회를 늘린다.\n",
                           ["모두", "1조", "2천억 원에"], "길림성 외자 유치 늘어"),
    # a page without a long sentence: the headline stays the title, the lead is not taken for it
    "short lines": ("연변 관광객 급증\n\n연변주의 올해 관광객은 전년보다 크게 늘었다. 관광 수입은 모두 1조\n"
                    "2천억 원이었다.\n", ["모두 1조", "2천억 원이었다."], "연변 관광객 급증"),
    # a comma of thousands at the line end
    "thousands": ("홈 | 뉴스 | 경제 | 지역\n흑룡강성 곡물 생산\n\n흑룡강성의 곡물 생산량은 모두 7,\n"
                  "788만 톤에 이르렀다고 성 정부가 밝혔다.\n", ["모두 7,", "788만 톤에"], "흑룡강성 곡물 생산"),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_neither_half_of_a_broken_number_goes_alone(name):
    page, kept, title = PAGES[name]
    result = extract_text(page)
    for part in kept:
        assert part in result.clean, (name, result.clean)
    assert result.title == title
    assert all(f.surface not in ("2천만톤", "2천억 원", "788만 톤") for f in result.facts), \
        [(f.surface, f.value) for f in result.facts]


SHORT_DIGEST = ["東洋日報 資料室 ─ 중국경제", "", "요녕성 수출 감소", "",
                "중국 요녕성의 올해 수출은 작년보다 3.5% 줄어", "모두 120억 달러에 그쳤다. 대",
                "련항 물동량은 1억", "2천만톤이다. 성은 내년에도 항만을 늘린다."]


def test_the_digest_line_with_the_head_stays(generic):
    """A fixed-width archive digest: the short body line `련항 물동량은 1억` above the first
    line long enough to be prose is no tool of the page."""
    text = clean(SHORT_DIGEST, generic).text
    assert "련항 물동량은 1억" in text and "2천만톤이다." in text, text


# fixed by titles9 (title._opens_a_wrapped_paragraph): a line the next one runs on from, past a sentence's end, is a
# wrapped paragraph's first line; the short headline alone above it is the title
def test_the_short_digest_keeps_its_headline(generic):
    cleaned = clean(SHORT_DIGEST, generic)
    assert cleaned.title == "요녕성 수출 감소"
    assert cleaned.text.startswith("요녕성 수출 감소\n\n중국 요녕성의 올해 수출은")


def test_a_long_digest_cut_at_a_fixed_width(generic):
    """An archive digest cut every 19 characters (a line may start with the space of a word
    break, the last period falls alone on a line), under a masthead between marks, signed off
    with the desk's date: the headline is the title, words stay apart, the period stays, the
    desk's date dates it."""
    body = ("【장춘=本社特約】 중국 길림성(吉林省)의 올해 상반기 대외무역 총액은 작년 같은 기간보다 12.4% 늘어난 "
            "1백35억 7천만달러로 집계됐다고 길림일보가 보도했다. 이 가운데 수출은 48억 2천만달러, 수입은 "
            "87억 5천만달러였다. 성 정부는 연말까지 무역 총액이 3백억 달러를 넘을 것으로 내다봤다. 한편 장춘 "
            "자동차 산업단지의 생산액은 2천 1백억 위안으로 성 전체 공업 생산의 3분의 1을 차지했다. 일본과 "
            "한국 기업의 투자가 크게 늘었다.")
    lines = ["◇ 東亞經濟 資料 DB ◇  중국·동북3성", "", "길림성 상반기 무역 12% 증가", ""]
    lines += [body[k:k + 19] for k in range(0, len(body), 19)] + ["", "(1998.07.15 자료실)"]
    assert lines[-3] == "."
    result = extract_text("\n".join(lines))
    assert result.title == "길림성 상반기 무역 12% 증가"
    assert result.published == "1998-07-15"
    assert "총액은 작년 같은 기간보다" in result.clean
    assert result.clean.endswith("투자가 크게 늘었다.")
    assert "東亞經濟" not in result.clean and "자료실" not in result.clean


def test_a_page_number_is_no_head_of_a_number(generic):
    """`- 7 -` holds no letters: it is not half of a number, and goes as before."""
    lines = ["흑룡강성 곡물 생산 동향", "", "흑룡강성의 올해 곡물 생산량은 작년보다 늘어 모두 7,788만 톤에 이르렀다.",
             "- 7 -", "2024년 성 정부는 생산 목표를 높였다. 농업 투자도 늘렸다."]
    text = clean(lines, generic).text
    assert "- 7 -" not in text and "2024년 성 정부는" in text
