"""The HTML reader on real pages' shapes (issue 8, html11): element boundaries that must not glue
two tokens, hidden text, zoned timestamps, JSON-LD and Atom dates, `<br>` inside a headline, a feed
read as HTML without a warning; and the decoder on a CP949 page with a UTF-8 block."""
from __future__ import annotations

import warnings

import pytest

from pipeline.ingest.decode import decode
from pipeline.ingest.html import local_stamp, parse_html
from pipeline.model import BadInput


def _lines(body: str, head: str = "") -> list[str]:
    page = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return [line.strip() for line in page.lines if line.strip()]


def _published(head: str, body: str = "<p>상하이 기사 본문입니다.</p>", lang: str = "ko") -> str:
    return parse_html(f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>').published


# ---- 1a: an element boundary between a digit and a digit or a letter is a space -----------------

@pytest.mark.parametrize(("body", "line"), [
    ("<p><span>2023</span><span>40만 건</span></p>", "2023 40만 건"),            # two spans laid apart by CSS
    ("<p>차유나 기자<span>25.11.26 09:12</span></p>", "차유나 기자 25.11.26 09:12"),   # byline glued to its date
    ("<p><b>2024</b>95만 건</p>", "2024 95만 건"),
    ("<p><strong>40</strong>만 건</p>", "40만 건"),                              # a number's unit stays on it
    ("<p>면적 4.3km<sup>2</sup>로</p>", "면적 4.3km2로"),                         # a superscript is its token's
    ("<p>규모는 1<!-- x -->2개</p>", "규모는 12개"),                               # a comment is no element
    ("<p>매출<span>은</span> 3억</p>", "매출은 3억"),                              # letter after letter: as written
])
def test_element_boundaries_do_not_glue_tokens(body, line):
    assert _lines(body) == [line]


def test_a_block_styled_or_block_role_span_is_a_line():
    assert _lines('<div><span style="display:block">2023</span><span role="listitem">40만 건</span></div>') == \
        ["2023", "40만 건"]


# ---- 1b: hidden content is not the page's text ------------------------------------------------------

@pytest.mark.parametrize("hidden", [
    '<div hidden>3조 9천억 위안</div>',
    '<div style="display: none">3조 9천억 위안</div>',
    '<div style="color:red;visibility:hidden">3조 9천억 위안</div>',
    '<div aria-hidden="true">3조 9천억 위안</div>',
    '<textarea readonly>3조 9천억 위안</textarea>',
    '<template><p>3조 9천억 위안</p></template>',
    '<noscript>3조 9천억 위안</noscript>',
])
def test_hidden_text_is_dropped(hidden):
    assert _lines(f"<p>상하이 GDP는 3조 8,520억 위안이었다.</p>{hidden}") == ["상하이 GDP는 3조 8,520억 위안이었다."]


def test_visible_styles_and_aria_false_are_kept():
    assert _lines('<p style="display:block">가</p><p aria-hidden="false">나</p>') == ["가", "나"]


# ---- 1c: a zoned timestamp gives the page's own day -------------------------------------------------

def test_utc_stamp_on_a_korean_page_is_its_korean_day():
    head = '<meta property="article:published_time" content="2025-11-25T23:50:00Z">'
    assert _published(head) == "2025-11-26T08:50:00+09:00"
    assert local_stamp("2025-11-25T23:50:00+00:00", korean=True) == "2025-11-26T08:50:00+09:00"
    assert local_stamp("2025-11-25T10:50:00Z", korean=True) == "2025-11-25T19:50:00+09:00"   # same day


def test_a_stamp_with_its_own_offset_keeps_its_date():
    assert local_stamp("2025-11-25T23:50:00+08:00", korean=True) == "2025-11-25T23:50:00+08:00"
    assert local_stamp("2025-11-26T00:10:00+09:00", korean=True) == "2025-11-26T00:10:00+09:00"


def test_utc_stamp_on_a_page_that_is_not_korean_is_kept():
    head = '<meta property="article:published_time" content="2025-11-25T23:50:00Z">'
    assert _published(head, "<p>上海市今年GDP增长。</p>", lang="zh-CN") == "2025-11-25T23:50:00Z"
    # no lang attribute: the page's own letters decide
    assert parse_html(f"<html><head>{head}</head><body><p>上海市今年GDP增长。</p></body></html>").published \
        == "2025-11-25T23:50:00Z"
    assert parse_html(f"<html><head>{head}</head><body><p>상하이 소식입니다.</p></body></html>").published \
        == "2025-11-26T08:50:00+09:00"


def test_a_date_without_time_is_not_moved():
    assert local_stamp("2025-11-25", korean=True) == "2025-11-25"


# ---- 3: dates the reader used to ignore ------------------------------------------------------------

def test_json_ld_date_published():
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},'
          '{"@type":"NewsArticle","headline":"광저우 로보택시","datePublished":"2025-11-26T09:12:00+09:00"}]}</script>')
    assert _published(ld) == "2025-11-26T09:12:00+09:00"


def test_malformed_json_ld_gives_no_date():
    assert _published('<script type="application/ld+json">{"datePublished": </script>') == ""


def test_meta_tags_win_over_json_ld():
    ld = '<script type="application/ld+json">{"datePublished":"2025-11-20T09:00:00+09:00"}</script>'
    assert _published('<meta name="pubdate" content="2025-11-21">' + ld) == "2025-11-21"


def test_atom_entry_published_saved_as_a_page():
    feed = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>대륙통신</title><updated>2025-11-28T06:00:00+09:00</updated><entry><title>시안 반도체</title>"
            "<published>2025-11-27T18:30:00+09:00</published><content>시안 소식</content></entry></feed>")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        page = parse_html(feed)
    assert page.published == "2025-11-27T18:30:00+09:00"
    assert not [w for w in caught if "XMLParsedAsHTML" in type(w.message).__name__]


# ---- 2: a headline split by <br> is one line --------------------------------------------------------

def test_br_inside_a_headline_joins_its_lines():
    assert _lines("<h2>상하이 린강신구 외자 30% 늘어<br>반도체 기업 몰려</h2><p>본문</p>") == \
        ["상하이 린강신구 외자 30% 늘어 반도체 기업 몰려", "본문"]
    assert _lines("<p>첫 줄<br>둘째 줄</p>") == ["첫 줄", "둘째 줄"]     # elsewhere a <br> still breaks


# ---- 2: a CP949 page with one UTF-8 block -----------------------------------------------------------

_PAGE = ("<html><head><meta charset=euc-kr><title>창춘 자동차 부품 수출</title></head><body>"
         "<p>지린성 창춘시의 올해 자동차 부품 수출액은 3억 달러로 집계됐다. 지난해 같은 기간보다 늘어난 규모다.</p>"
         "{ad}<p>창춘 자동차산업개발구에는 부품 기업 620개가 모여 있다.</p></body></html>")


def test_cp949_page_with_a_utf8_block_keeps_the_page_and_replaces_the_block():
    ad = "<div class=ad>지금 가입하면 첫 달 무료</div>"
    data = _PAGE.format(ad="{ad}").encode("cp949").replace(b"{ad}", ad.encode("utf-8"))
    text, encoding = decode(data)
    assert encoding == "cp949"
    assert "창춘 자동차산업개발구에는 부품 기업 620개가 모여 있다." in text
    assert "<div class=ad>\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd \ufffd \ufffd \ufffd\ufffd</div>" in text   # markup kept


def test_a_utf8_run_too_short_to_be_a_block_is_still_refused():
    data = _PAGE.format(ad="{ad}").encode("cp949").replace(b"{ad}", "첫 달".encode("utf-8"))
    with pytest.raises(BadInput, match="encoding not recognised"):
        decode(data)


def test_a_page_declared_chinese_is_not_read_as_cp949_with_blocks():
    ad = "<div>지금 가입하면 첫 달 무료</div>"
    data = _PAGE.format(ad="{ad}").replace("euc-kr", "big5").encode("cp949").replace(b"{ad}", ad.encode("utf-8"))
    with pytest.raises(BadInput):
        decode(data)


def test_invalid_utf8_lookalike_runs_are_refused_not_crashed():
    """Bytes shaped like 3-byte UTF-8 but invalid (a surrogate's `\\xed\\xa0\\x80`) are no UTF-8 block."""
    data = "광동성은 요령성에 982개".encode("utf-8") + b" \xed\xac\x95\x98" + "다. 廣東".encode("utf-8")
    with pytest.raises(BadInput):
        decode(data)
