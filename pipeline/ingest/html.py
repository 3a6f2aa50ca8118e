"""HTML -> lines (one per block element) and the page's own metadata."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment

# Elements that never hold article text.
_DROP = ["script", "style", "noscript", "template", "nav", "aside", "footer", "form",
         "button", "select", "iframe", "svg", "head", "figcaption"]
_BLOCK = ["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
          "table", "section", "article", "header", "main", "blockquote", "dd", "dt", "dl",
          "figure", "figcaption", "pre", "hr", "address"]
_LOOKS_LIKE_HTML = re.compile(r"<\s*(html|head|body|div|p|meta|title|article)\b", re.I)


@dataclass
class Page:
    lines: list[str]
    title: str = ""
    published: str = ""   # raw value from metadata; the caller parses it


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.search(text[:4096]))


def parse_html(text: str) -> Page:
    soup = BeautifulSoup(text, "lxml")
    title, published = _metadata(soup)
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(_BLOCK):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = soup.get_text("").split("\n")
    return Page(lines=lines, title=title, published=published)


def _without_site_name(title: str, site: str) -> str:
    """`기사 제목 - 누리경제` -> `기사 제목` when the page names its site."""
    if site and title != site:
        title = re.sub(rf"^\s*{re.escape(site)}\s*[-|:_]+\s*|\s*[-|:_]+\s*{re.escape(site)}\s*$", "", title)
    return title


def _metadata(soup: BeautifulSoup) -> tuple[str, str]:
    def meta(*keys: str) -> str:
        for key in keys:
            tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
            if tag and tag.get("content", "").strip():
                return tag["content"].strip()
        return ""

    title = _without_site_name(meta("og:title", "twitter:title"), meta("og:site_name"))
    if not title:
        h1 = soup.find("h1")
        title = h1.get_text(" ", strip=True) if h1 else ""
    if not title and soup.title:
        # `<title>` usually carries the site's name too: `사이트 - 제목`, `제목_섹션_사이트`.
        parts = re.split(r"\s+[-|:]{1,2}\s+|_", soup.title.get_text(" ", strip=True))
        title = max(parts, key=len)
    published = meta("article:published_time", "og:article:published_time", "pubdate",
                     "publish-date", "date", "dc.date")
    time_tag = soup.find("time", attrs={"datetime": True})
    if not published and time_tag:
        published = time_tag["datetime"]
    return title, published
