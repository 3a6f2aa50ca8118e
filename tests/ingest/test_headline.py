"""Lines that are never a headline (pipeline/ingest/data/not_headlines.toml): every rule's
examples are skipped and its keep lines stay headline-like; and the HTML title signals."""
import tomllib

import pytest

from pipeline.ingest.title import NOT_HEADLINES, _headline_like, _never_headline
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


def _page_title(html: str) -> str:
    from pipeline.ingest.clean import clean
    from pipeline.ingest.profiles import load_profiles
    page = parse_html(html)
    cleaned = clean(page.lines, load_profiles().generic, wrapped_ok=False, title="" if page.title_weak else page.title,
                    site_names=page.site_names, link_density=page.link_density, headings=page.headings)
    return cleaned.title if page.title_weak else page.title


def test_a_cafe_post_title_in_a_div_is_the_line_right_above_the_post_not_the_cafe_blurb():
    html = ('<html><head><title>작은 도시 생활정보 | 다음카페</title><meta property="og:title" content="작은 도시 생활정보">'
            '</head><body><div><a href="/">작은 도시 생활정보</a> 카페 홈 · 가입하기</div>'
            '<div>교민과 주재원을 위한 생활 정보 나눔터</div><div>부동산 게시판</div>'
            '<div>청양구 아파트 월세, 올가을 얼마나 올랐나</div>'
            '<p>청양구에서 아파트 월세를 알아보니 작년보다 많이 올랐어요.</p>'
            '<div>작은 도시 생활정보 · 카페 이용 안내</div></body></html>')
    assert _page_title(html) == "청양구 아파트 월세, 올가을 얼마나 올랐나"


def test_a_subtitle_between_dashes_is_not_the_title():
    html = ('<html><head><title>보도자료 상세 | 도청</title></head><body>'
            '<div>협력 업무협약 체결, 소재기업 진출 길 열려</div><p>- 도내 소재기업 12곳 시장 진출 지원 -</p>'
            '<p>도는 17일 업무협약을 체결했다고 밝혔다.</p></body></html>')
    assert _page_title(html) == "협력 업무협약 체결, 소재기업 진출 길 열려"


def test_a_report_title_wrapped_after_a_joining_particle_is_one_title():
    from pipeline.ingest.clean import clean
    from pipeline.ingest.profiles import load_profiles
    wrap = ["충칭시의 지난해 자동차 생산량은 231만", "대로 전국 4위를 기록했다. 이 가운데 신에", "너지차는 50만 대로 전년보다 31% 늘었다.",
            "시 정부는 2027년까지 신에너지차 생산을", "100만 대로 늘린다는 목표를 세웠다."]
    lines = ["가상연구원 중국지역 리포트 2024-07", "", "충칭 자동차 산업의 전기차 전환과", "한국 부품기업의 기회", ""] + wrap
    assert clean(lines, load_profiles().generic).title == "충칭 자동차 산업의 전기차 전환과 한국 부품기업의 기회"


def test_a_title_tag_no_heading_shows_gives_way_to_the_post_title_heading():
    html = ('<html><head><title>작은 블로그 생활 : 네이버 블로그</title></head><body><p>작은 블로그 생활</p>'
            '<p>공장 방문기</p><h3>칭다오 맥주 공장 두 곳 견학 후기</h3>'
            '<p>지난주 칭다오의 맥주 공장 두 곳을 견학했어요.</p><p>견학은 평일에만 받는다고 합니다.</p></body></html>')
    assert _page_title(html) == "칭다오 맥주 공장 두 곳 견학 후기"
