"""Self-check of the invented news pages: each expect.toml agrees with its page.

Independent of the cleaning code. For every site a CSS selector list names the
parts a Korean analyst counts as the article (headline, subtitle, body
paragraphs); `with` snippets must lie in that text, `without` snippets must lie
on the page but outside it, so a cleaner that keeps the whole page fails.
"""
from __future__ import annotations

import tomllib
import unicodedata
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

SITES_DIR = Path(__file__).parent

# site -> (headline selector, [selectors of the other article blocks, in order])
# :not(...) excludes the byline/e-mail/copyright paragraphs that sit inside the
# body container on these pages.
ARTICLE_PARTS: dict[str, tuple[str, list[str]]] = {
    "gasang-econ": ("h1.headline", ["h2.subtitle", "#article-body > p:not(.copyright)"]),
    "seohaean-ilbo": (".View_Title", [".View_SmTitle", "#articleBody > p:not(:last-of-type)"]),
    "hanbit-wire": ("h1.tit", [".story-news > p:not(:nth-last-of-type(-n+2))"]),
    "hailan-sinbo": (".article_title h1", [".article_title h3", "#zoom > p:not(:last-of-type)"]),
    "chinabiz-insight": ("h1.entry-title", ["p.entry-sub", ".entry-content > p"]),
    "nuri-econ": ("h2.view_title", ["#view_con::text"]),  # bare text split by <br><br>
}

# Wire datelines glued to the first sentence: not article text, the sentence is.
DATELINES: dict[str, str] = {
    "hanbit-wire": "(하이커우=한빛통신) 박지훈 특파원 = ",
    "nuri-econ": "[누리경제=최은지 기자] ",
}
# Bylines left as the last bare-text block of the body: not article text.
TRAILERS: dict[str, str] = {"nuri-econ": "최은지 기자 ejchoi@nuri-econ.example.kr"}

_MIDDLE_DOTS = {0x318D: "·", 0x30FB: "·", 0xFF65: "·", 0x2027: "·", 0x2219: "·", 0x22C5: "·"}


def normalise(text: str) -> str:
    """The clean-text normal form of the spec: NFC, one middle dot, ASCII for full-width ASCII."""
    text = unicodedata.normalize("NFC", text).translate(_MIDDLE_DOTS)
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in text)


def _sites() -> list[str]:
    # Only the invented pages; other folders here (the seeds) have no page to read.
    return sorted(ARTICLE_PARTS)


def _load(site: str) -> tuple[dict, str, BeautifulSoup]:
    expect = tomllib.loads((SITES_DIR / site / "expect.toml").read_text(encoding="utf-8"))
    raw = (SITES_DIR / site / expect["file"]).read_bytes()
    html = raw.decode(expect["encoding"])  # strict: the stated encoding must decode it
    return expect, html, BeautifulSoup(html, "lxml")


def _blocks(soup: BeautifulSoup, selector: str) -> list[str]:
    """Text of each element matched; `sel::text` takes the element's own bare text nodes."""
    if selector.endswith("::text"):
        el = soup.select_one(selector.removesuffix("::text"))
        texts = [normalise(t.strip()) for t in el.find_all(string=True, recursive=False)]
        return [t for t in texts if t]
    return [normalise(el.get_text(" ", strip=True)) for el in soup.select(selector)]


def _article(soup: BeautifulSoup, site: str) -> tuple[str, list[str]]:
    head_sel, body_sels = ARTICLE_PARTS[site]
    headline = normalise(soup.select_one(head_sel).get_text(" ", strip=True))
    blocks = [block for sel in body_sels for block in _blocks(soup, sel)]
    trailer = TRAILERS.get(site)
    if trailer:
        assert blocks.pop() == trailer
    dateline = DATELINES.get(site)
    if dateline:
        glued = [i for i, b in enumerate(blocks) if b.startswith(dateline)]
        assert len(glued) == 1, "dateline must open exactly one paragraph"
        blocks[glued[0]] = blocks[glued[0]][len(dateline):]
    return headline, blocks


def test_every_invented_page_has_expectations() -> None:
    assert len(ARTICLE_PARTS) >= 4
    for site in ARTICLE_PARTS:
        assert (SITES_DIR / site / "expect.toml").is_file(), site
        assert (SITES_DIR / site / "page.html").is_file(), site


@pytest.mark.parametrize("site", _sites())
def test_expect_matches_page(site: str) -> None:
    expect, html, soup = _load(site)
    headline, blocks = _article(soup, site)
    article = "\n\n".join([headline, *blocks])
    # whole page incl. script, style, comments; whitespace squeezed as lines are
    page_text = " ".join(normalise(soup.get_text(" ")).split())

    assert expect["title"] == headline
    assert 1500 <= len("".join(blocks)) <= 4000
    assert article.startswith(expect["first"])
    assert article.endswith(expect["last"])
    assert len(expect["with"]) >= 8 and len(expect["without"]) >= 10
    for snippet in expect["with"]:
        assert snippet in article, snippet
    for snippet in expect["without"]:
        assert snippet in page_text or snippet in normalise(html), f"not on page: {snippet}"
        assert snippet not in article, f"chrome inside article: {snippet}"


def test_cp949_page_is_not_plain_euc_kr() -> None:
    # Declared euc-kr but uses a CP949-only syllable, as such sites do.
    raw = (SITES_DIR / "seohaean-ilbo" / "page.html").read_bytes()
    assert b'charset="euc-kr"' in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("euc_kr")
