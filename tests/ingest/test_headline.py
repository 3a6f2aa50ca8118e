"""Lines that are never a headline (pipeline/ingest/data/not_headlines.toml): every rule's
examples are skipped and its keep lines stay headline-like; and the HTML title signals."""
import tomllib

import pytest

from pipeline.ingest.clean import NOT_HEADLINES, _headline_like, _never_headline
from pipeline.ingest.html import parse_html

RULES = tomllib.loads(NOT_HEADLINES.read_text(encoding="utf-8"))["rule"]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r["name"])
def test_rule_examples_are_never_headlines_and_its_keep_lines_are(rule):
    assert rule["examples"] and rule["keep"]
    for line in rule["examples"]:
        assert _never_headline(line), line
    for line in rule["keep"]:
        assert _headline_like(line) and not _never_headline(line), line


def test_og_title_that_is_the_site_name_gives_way_to_the_post_title():
    page = parse_html('<html><head><title>글 제목입니다 :: 작은 블로그</title><meta property="og:title" content="작은 블로그">'
                      '</head><body><h1><a href="/">작은 블로그</a></h1><h2>글 제목입니다</h2><p>본문이다.</p>'
                      '<div>작은 블로그 · Designed by 누군가</div></body></html>')
    assert page.title == "글 제목입니다" and "작은 블로그" in page.site_names


def test_og_title_equal_to_og_site_name_makes_the_title_weak():
    page = parse_html('<html><head><title>작은 카페 : 네이버 카페</title><meta property="og:title" content="작은 카페">'
                      '<meta property="og:site_name" content="작은 카페"></head><body><h3>게시글 제목이다</h3></body></html>')
    assert page.title_weak and page.title == "" and page.headings


def test_a_news_headline_shown_once_stays_the_title():
    page = parse_html('<html><head><title>공장 두 곳 증설 | 서부경제</title><meta property="og:title" content="공장 두 곳 증설 - 서부경제">'
                      '</head><body><div>서부경제</div><h1>공장 두 곳 증설</h1><p>본문이다.</p></body></html>')
    assert page.title == "공장 두 곳 증설" and not page.title_weak


def test_a_series_line_is_the_title_only_when_nothing_else_is_there():
    from pipeline.ingest.clean import clean
    from pipeline.ingest.profiles import load_profiles
    generic = load_profiles().generic
    body = "광둥성 정부는 올해 외자 유치 목표를 새로 정했다고 밝혔다."
    assert clean(["주간 중국경제 제1247호", "광둥성 외자 유치 목표 상향", body], generic).title == "광둥성 외자 유치 목표 상향"
    assert clean(["[중국 지방정책 브리핑] 제42호 - 지방정부 공고 읽기", body], generic).title.endswith("지방정부 공고 읽기")
