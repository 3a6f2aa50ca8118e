"""Adversarial pass 6 over cleaning, class related list: a page copied a line per paragraph (no
blank line inside it) ends with headlines of other stories, bulleted, with figures and places and
no heading (`· 뤄양 물류단지 2단계 준공…투자 25억 위안`). The newline that ends the file counted
as a blank line, so the text seemed laid out in blocks and the list the article's own: false
facts and places. Page invented for the test."""
from __future__ import annotations

from pipeline.api import extract_text

TEXT = ["중국 허난성 정저우 공항 화물 70만t", "정저우(鄭州) 신정국제공항의 올해 항공화물 처리량이 70만t을 넘었다.",
        "허난성 정부는 2030년까지 150만t으로 늘린다는 계획이다."]
RELATED = ["· 뤄양 물류단지 2단계 준공…투자 25억 위안", "· 카이펑 관광객 8천만명 돌파", "· 신샹 배터리 공장 3곳 가동"]


def test_a_bulleted_list_of_other_stories_under_the_text_goes_whatever_the_file_ends_with():
    for end in ("", "\n", "\n\n"):
        result = extract_text("\n".join(TEXT + RELATED) + end)
        assert result.clean == "\n\n".join(TEXT), (end, result.clean)
        assert all(f.surface not in ("25억 위안", "8천만명", "3곳") for f in result.facts)


def test_a_list_in_the_last_sentences_block_stays_in_text_laid_out_in_blocks():
    page = [TEXT[0], "", TEXT[1], "", TEXT[2], *RELATED, "", "김가상 기자"]
    result = extract_text("\n".join(page) + "\n")
    for line in RELATED:
        assert line in result.clean
