"""HTML -> lines (one per block element) and the page's own metadata."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.ingest.clean import is_prose, page_part_rules
from pipeline.ingest.title import name_of_board, site_slogan

# Elements that never hold article text.
_DROP = {"script", "style", "noscript", "template", "nav", "aside", "footer", "form",
         "button", "select", "iframe", "svg", "head", "figcaption", "textarea"}
# An element the reader never sees: `hidden`, `aria-hidden="true"`, or styled out of sight (a
# display:none SEO draft, a screen reader's copy): its text is not the page's.
_HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
# An inline element laid out as a block (a span styled or given a block's role): its text is a line.
_BLOCK_STYLE = re.compile(r"(?i)display\s*:\s*(?:block|flex|grid|list-item|table)")
_BLOCK_ROLES = {"listitem", "heading", "paragraph", "row", "article", "list"}
_BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
          "table", "section", "article", "header", "main", "blockquote", "dd", "dt", "dl",
          "figure", "figcaption", "pre", "hr", "address"}
_LOOKS_LIKE_HTML = re.compile(r"<\s*(html|head|body|div|p|meta|title|article)\b", re.I)


@dataclass
class Page:
    lines: list[str]
    title: str = ""
    published: str = ""   # raw value from metadata; the caller parses it
    site_names: tuple[str, ...] = ()   # the site's own name(s): og:site_name, other parts of <title>
    title_weak: bool = False           # the title is `<title>`'s and may be the site's name
    link_density: list[float] = field(default_factory=list)   # per line: share of its letters in links
    headings: frozenset[int] = frozenset()   # lines holding text of an h1-h3 element (post titles)
    # heading lines that open with a bracketed label in the heading's own text (`<h1>[교민소식] …</h1>`), not in an
    # element of its own (`<h1><em>[교민소식]</em> …`): the label is printed on the headline's line
    labels_in_text: frozenset[int] = frozenset()


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.search(text[:4096]))


def parse_html(text: str) -> Page:
    """One walk over the tree, linear in its size and depth: block elements open and
    close a line, dropped elements give no text, and the metadata is picked up on the way.
    (Inserting newline nodes around every block made bs4 walk to each block's last
    descendant: quadratic in nesting depth.) Each line also gets its link density: the
    share of its letters inside `<a>` (jusText's signal for menus and article lists)."""
    parts, found = _parts(text)
    lines, link_density, headings, labels_in_text = _lines(parts)
    title, published, sites, from_title_tag = found.metadata()
    if _ZONED.match(published):     # (only a UTC stamp asks whether the page is Korean: a pass over its text)
        published = local_stamp(published, _korean(found.lang, lines))
    heading_texts = {" ".join(lines[k].split()) for k in headings}
    title, sites, from_title_tag = _not_the_site(title, sites, from_title_tag, found, lines, heading_texts)
    # A `<title>` that no heading shows, on a page whose headings hold a headline (a blog's
    # post title in h3 under the blog's name from `<title>`), may be the site's name.
    posted = any(len(h) >= _POST_TITLE_MIN and h not in sites for h in heading_texts)
    # A title taken from `<title>` is trusted only when the page shows it as a line of its
    # own and `<title>` had a site name to split off; otherwise it may be the site's name
    # (`블로그 이름 : 네이버 블로그`) and the headline is looked for on the page.
    weak = from_title_tag and (not title or not sites or title not in {" ".join(line.split()) for line in lines}
                               or (posted and title not in heading_texts))
    return Page(lines, title, published, sites + (title,) * (weak and bool(title)), weak, link_density, headings,
                labels_in_text)


def _parts(text: str) -> tuple[list[tuple[str, bool, bool, bool]], "_Found"]:
    """The page's text pieces (text, inside a link, inside an h1-h3, the h1-h3's own text and not an element's inside
    it) and metadata elements, in one pass over lxml's parse events (no tree is built: bs4's tree was most of
    this step's time, issue 10). `_Walk` keeps bs4's rules for the strings its tree would hold, so the pieces
    are those the walk over bs4's tree gave; a page that lxml refuses or that uses what `_Walk` does not
    know (namespaces) is read through bs4 itself, as before."""
    from lxml import etree
    walk = _Walk()
    try:
        # bs4's call (builder/_lxml.py: parser_for and feed; prepare_markup drops a leading BOM)
        parser = etree.HTMLParser(target=walk, recover=True, huge_tree=False, encoding=None)
        parser.feed(text[1:] if text[:1] == "\ufeff" else text)
        parser.close()
    except Exception:        # noqa: BLE001 - bs4 decides: it retries as UTF-8 bytes, or refuses the page
        walk = _Walk()
        _replay(_soup(text), walk)
    return walk.parts, walk.found


def _soup(text: str):
    """bs4's tree of the page (built by lxml's parser). Attributes as plain strings: bs4 otherwise splits
    class, rel and the like into lists. A feed or XHTML file saved as a page (`<?xml …?><feed>`) is read as
    HTML on purpose: bs4's XMLParsedAsHTMLWarning would print twelve lines into the CLI's one-line-per-document
    report."""
    import warnings
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
    with warnings.catch_warnings():
        if text.lstrip("\ufeff \t\r\n")[:5].lower() == "<?xml":
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(text, "lxml", multi_valued_attributes=None)


def _replay(soup, walk: "_Walk") -> None:
    """bs4's tree as the parse events that build it, in document order."""
    from bs4 import NavigableString, Tag
    contained = set(soup.builder.string_containers.values())      # `script`'s strings and the like
    stack: list = [(node, False) for node in reversed(soup.contents)]
    while stack:
        node, done = stack.pop()
        if done:
            walk.end(node.name)
        elif isinstance(node, Tag):
            walk.start(node.name, node.attrs)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) is NavigableString or type(node) in contained:
            walk.data(str(node))
        else:                   # a comment, doctype, CDATA or processing instruction: a string of its own
            walk.comment(str(node))
    walk.close()


class _Unusual(Exception):
    """A page with what `_Walk` does not read as bs4 does (namespaced names): bs4 reads it."""


_ROOT = "[document]"        # bs4's name for the tree's root
_STRING = object()          # a child that is a string (bs4: any kind of NavigableString)
_ASCII_SPACES = " \n\t\x0c\r"
_CONTAINERS = {"rt", "rp", "style", "script", "template"}   # bs4's string containers: their strings are no text
_KEEP_SPACES = {"pre", "textarea"}                            # bs4's whitespace-preserving elements


class _Open:
    """An element open in `_Walk`: its name, what its end undoes, its last child so far, and the strings
    of its text when the metadata asks for them (bs4's get_text(" ", strip=True))."""
    __slots__ = ("name", "drop", "line", "link", "heading", "last", "strings", "into", "kind")

    def __init__(self, name: str):
        self.name, self.drop, self.line, self.link, self.heading = name, False, False, False, False
        self.last = None        # the previous sibling of a string added now: None, _STRING or a tag's name
        self.strings: list[str] | None = None
        self.into: list[str] | None = None
        self.kind = None


class _Walk:
    """lxml's parse events (a parser target) -> the page's text pieces and metadata, as the walk over
    bs4's tree gave them. bs4's rules for its tree (bs4/__init__.py): the text between two events is one
    string; a string of ASCII whitespace alone becomes "\\n" (when it holds one) or " ", outside `pre` and
    `textarea`; a string inside a string container (`script`, `rt`, ...) is of that kind, a comment's,
    doctype's or processing instruction's is of its own kind (only plain strings are the page's text);
    an end tag closes the elements up to the last open one of its name, and none when none is open.
    The walk: block elements open and close a line, dropped elements give no text."""

    def __init__(self) -> None:
        self.found = _Found()
        self.parts: list[tuple[str, bool, bool, bool]] = []
        self.open = [_Open(_ROOT)]
        self.counts: dict[str, int] = {}        # open elements by name
        self.data_: list[str] = []
        self.keep_spaces = 0
        self.containers: list[str] = []
        self.collecting: list[_Open] = []
        self.dropped = self.links = self.headings = 0

    def start(self, tag: str, attrib, nsmap=None) -> None:
        if nsmap or tag[:1] == "{" or any(k[:1] == "{" for k in attrib):
            raise _Unusual(tag)
        self._end_data()
        attrs = dict(attrib)
        self.open[-1].last = tag
        node = _Open(tag)
        self.open.append(node)
        self.counts[tag] = self.counts.get(tag, 0) + 1
        self.keep_spaces += tag in _KEEP_SPACES
        if tag in _CONTAINERS:
            self.containers.append(tag)
        if (strings := self.found.see(tag, attrs)) is not None:
            node.strings, node.into, node.kind = [], strings, tag if tag in _CONTAINERS else None
            self.collecting.append(node)
        if tag in _DROP or (attrs and _hidden(attrs)):
            self.dropped += 1
            node.drop = True
        elif tag == "br" and self.headings and not self.dropped:
            self.parts.append((" ", False, True, True))     # `<h2>A<br>B</h2>`: one headline over two lines
        elif not self.dropped and (tag in _BLOCK or (attrs and _block_like(attrs))):
            self.parts.append(("\n", False, False, False))
            node.line = True
        if tag == "a":
            self.links += 1
            node.link = True
        if tag in _HEADINGS:
            self.headings += 1
            node.heading = True

    def end(self, tag: str) -> None:
        self._end_data()
        if tag == _ROOT:
            return
        for k in range(len(self.open) - 1, 0, -1):
            if not self.counts.get(tag):
                break
            if self._close().name == tag:
                break

    def data(self, data: str) -> None:
        self.data_.append(data)

    def comment(self, text: str) -> None:
        self._end_data()
        self.open[-1].last = _STRING

    def pi(self, target: str, data: str) -> None:
        self.comment(data)

    def doctype(self, name: str, pubid, system) -> None:
        self.comment(name)

    def close(self) -> None:
        self._end_data()
        while len(self.open) > 1:
            self._close()

    def _close(self) -> _Open:
        node = self.open.pop()
        self.counts[node.name] -= 1
        self.keep_spaces -= node.name in _KEEP_SPACES
        if self.containers and node.name in _CONTAINERS:
            self.containers.pop()
        if node.into is not None:
            node.into.append(" ".join(node.strings))
            self.collecting.remove(node)
        self.headings -= node.heading
        self.links -= node.link
        if node.line:
            self.parts.append(("\n", False, False, False))
        self.dropped -= node.drop
        return node

    def _end_data(self) -> None:
        if not self.data_:
            return
        text = "".join(self.data_)
        self.data_ = []
        if not self.keep_spaces and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        parent = self.open[-1]
        kind = self.containers[-1] if self.containers else None
        if kind is None and not self.dropped:
            piece = " " + text if text and self.parts and _glued(self.parts[-1][0], text, parent) else text
            self.parts.append((piece, self.links > 0, self.headings > 0, parent.name in _HEADINGS))
        for node in self.collecting:
            if node.kind == kind and (stripped := text.strip()):
                node.strings.append(stripped)
        parent.last = _STRING




def _hidden(attrs) -> bool:
    style = attrs.get("style")
    return ("hidden" in attrs or attrs.get("aria-hidden") == "true"
            or (isinstance(style, str) and _HIDDEN_STYLE.search(style) is not None))


def _block_like(attrs) -> bool:
    style = attrs.get("style")
    return attrs.get("role") in _BLOCK_ROLES or (isinstance(style, str) and _BLOCK_STYLE.search(style) is not None)


def _glued(before: str, text: str, parent: "_Open") -> bool:
    """Two elements' texts that would join into one token (`<span>2023</span><span>40만 건</span>`
    read `202340만 건`, `기자</span><span>25.11.26` read `기자25.11.26`): a digit after a digit or a
    letter across an element boundary (`text`, a string added to `parent`, after `before`). A superscript
    or subscript (`km<sup>2</sup>`) is part of its token, and text next to text (split only by a comment)
    has no boundary between."""
    if not (text[0].isdigit() and before and (before[-1].isdigit() or before[-1].isalpha())):
        return False
    previous = parent.last
    if previous is _STRING:
        return False
    return parent.name not in _ATTACHED and (previous is None or previous not in _ATTACHED)


_ATTACHED = {"sup", "sub"}


def _lines(parts: list[tuple[str, bool, bool, bool]]) -> tuple[list[str], list[float], frozenset[int], frozenset[int]]:
    """The text split into lines, each line's share of letters inside links, the lines
    with text of a heading element, and those of them that open with a bracketed label in the heading's own text."""
    lines: list[str] = []
    density: list[float] = []
    headings: set[int] = set()
    labelled: set[int] = set()
    opened: set[int] = set()      # lines whose first text is seen
    current: list[str] = []
    letters = linked = 0
    for text, in_link, in_heading, own in parts:
        for k, piece in enumerate(text.split("\n")):
            if k:
                lines.append("".join(current))
                density.append(linked / letters if letters else 0.0)
                current, letters, linked = [], 0, 0
            current.append(piece)
            n = len(piece) - piece.count(" ") - piece.count("\t")
            letters += n
            linked += n if in_link else 0
            if in_heading and piece.strip():
                headings.add(len(lines))
            if piece.strip() and len(lines) not in opened:
                opened.add(len(lines))
                if in_heading and own and _LABEL_FIRST.match(piece):
                    labelled.add(len(lines))
    lines.append("".join(current))
    density.append(linked / letters if letters else 0.0)
    return lines, density, frozenset(headings), frozenset(labelled)


# A bracketed label that opens a heading's text, more text after it (`[교민소식] 선양 …`).
_LABEL_FIRST = re.compile(r"^\s*[\[【<〈《][^\]】>〉》]{1,16}[\]】>〉》]\s*\S")


_HEADINGS = {"h1", "h2", "h3"}
_META_KEYS = ("og:title", "twitter:title", "og:site_name", "article:published_time", "og:article:published_time",
              "pubdate", "publish-date", "date", "dc.date")


class _Found:
    """The elements the metadata comes from, first of each kind in document order: their
    attributes, and the text of `<title>` and the first h1."""

    def __init__(self) -> None:
        self.meta: dict[tuple[str, str], str] = {}    # (attribute, key) -> the tag's content
        self.h1: list[str] | None = None              # the strings of its text (bs4's get_text(strip=True))
        self.title: list[str] | None = None
        self.time: str | None = None                   # the first <time datetime=...>'s value
        self.ld_json: list[str] = []                   # the texts of JSON-LD scripts
        self.atom: list[str] | None = None             # an Atom entry's <published> (a feed saved as a page)
        self.lang = ""                                 # <html lang>

    def see(self, name: str, attrs) -> list[str] | None:
        """A tag `name` with its attributes; for the first h1 or title, the list to put
        the stripped strings of its text into."""
        if name == "meta":
            for attr in ("property", "name"):
                key = attrs.get(attr)
                if isinstance(key, str) and key in _META_KEYS:
                    self.meta.setdefault((attr, key), attrs.get("content", ""))
        elif name == "h1" and self.h1 is None:
            self.h1 = []
            return self.h1
        elif name == "title" and self.title is None:
            self.title = []
            return self.title
        elif name == "time" and self.time is None and "datetime" in attrs:
            self.time = attrs["datetime"]
        elif name == "script" and attrs.get("type") == "application/ld+json":
            return self.ld_json
        elif name == "published" and self.atom is None:
            self.atom = []
            return self.atom
        elif name == "html" and isinstance(attrs.get("lang"), str):
            self.lang = attrs["lang"]
        return None

    def value(self, *keys: str) -> str:
        for key in keys:
            content = self.meta.get(("property", key))
            if content is None:
                content = self.meta.get(("name", key))
            if content is not None and content.strip():
                return content.strip()
        return ""

    def title_parts(self) -> list[str]:
        """`<title>` split where it joins the site's name: `사이트 - 제목`, `제목_섹션_사이트`."""
        parts = [p.strip() for p in _TITLE_PARTS.split(" ".join(self.title))] if self.title is not None else []
        return [p for p in parts if p]

    def metadata(self) -> tuple[str, str, tuple[str, ...], bool]:
        """(title, published, site names, whether the title comes from `<title>`)."""
        parts = self.title_parts()
        site, title = self.value("og:site_name"), self.value("og:title", "twitter:title")
        # With the site named (`og:site_name`), a piece of `<title>` that is a piece of `og:title` is
        # the headline's own (`선양 출장 3일차 - 시타 거리 … : 북방 출장 노트`), not another site name.
        sites = [site] + [p for p in sorted(parts, key=len)[:-1] if not (site and title and p in title and site not in p)]
        from_title_tag = False
        if not title and self.h1 is not None:
            title = " ".join(self.h1)
            if _names_the_site(title, parts):
                sites.append(title)     # the blog's name as its logo (`무역일기` of `후기 | 무역일기 블로그`)
                title = ""
        if not title and parts:
            title = max(parts, key=len)
            from_title_tag = True
        elif parts and len(parts) == 1 and parts[0] != title:
            sites.append(parts[0])      # `<title>` is the site's name alone
        sites = [s for s in sites if s and s != title and len(s) <= _SITE_NAME_MAX]
        title = _without_site_name(title, sites)
        sites = [s for s in sites if s not in title]   # a name inside the headline is not a logo line
        published = self.value("article:published_time", "og:article:published_time", "pubdate",
                               "publish-date", "date", "dc.date")
        if not published:
            published = _ld_value(self.ld_json, "datePublished")
        if not published and self.time is not None:
            published = self.time
        if not published and self.atom:
            published = self.atom[0]
        if from_title_tag:
            sites += [p for p in parts if p != title and len(p) <= _SITE_NAME_MAX]
        return title, published, tuple(dict.fromkeys(sites)), from_title_tag


def _ld_value(scripts: list[str], key: str) -> str:
    """The first string value of `key` in the page's JSON-LD (a NewsArticle's `datePublished`), looking into lists and `@graph`; malformed JSON gives nothing."""
    import json
    from collections import deque
    todo: deque = deque()
    for script in scripts:
        try:
            todo.append(json.loads(script))
        except ValueError:
            continue
    while todo:
        item = todo.popleft()
        if isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, dict):
            if isinstance(value := item.get(key), str) and value.strip():
                return value.strip()
            todo.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return ""


# An ISO stamp with a time and a zone: `2025-11-25T23:50:00Z`, `2025-11-26T08:50:00+09:00`.
_ZONED = re.compile(r"^\s*(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)\s*(Z|[+-]00:?00)\s*$", re.I)
_KST = 9   # hours east of UTC: a Korean page's own day


def local_stamp(stamp: str, korean: bool) -> str:
    """A UTC stamp (`Z`, `+00:00`) of a Korean page as the page's own time, +09:00 (`2025-11-25T23:50:00Z`
    -> `2025-11-26T08:50:00+09:00`): the day a reader of the page saw, not the server's. A stamp with
    another offset is the date as written in it; other pages keep their stamp."""
    m = _ZONED.match(stamp)
    if not m or not korean:
        return stamp
    from datetime import datetime, timedelta, timezone
    try:
        when = datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}+00:00")
    except ValueError:
        return stamp
    return when.astimezone(timezone(timedelta(hours=_KST))).isoformat()


def _korean(lang: str, lines: list[str]) -> bool:
    """The page is Korean: `<html lang="ko">`, or with no language given, more Hangul than kana and hanzi."""
    if lang:
        return lang.lower().startswith("ko")
    text = "".join(lines)
    return sum(1 for _ in _HANGUL.finditer(text)) > sum(1 for _ in _OTHER_CJK.finditer(text))


_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_OTHER_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _names_the_site(h1: str, parts: list[str]) -> bool:
    """An h1 that is the site's part of `<title>` or inside it, while another, longer part is
    the page's own (`닝보 소비재 박람회 후기 | 무역일기 블로그` over an h1 `무역일기`)."""
    if len(parts) < 2 or not h1:
        return False
    longest = max(parts, key=len)
    return h1 not in longest and any(h1 in p for p in parts if p != longest)


_SITE_NAME_MAX = 30
# A blog or café platform's name (`og:site_name`): its pages' `og:title` may be the blog's name.
_PLATFORM = re.compile(r"(?i)(?:블로그|카페|blog|cafe|café)$")
_POST_TITLE_MIN = 12   # a heading this long is a post's or article's title, not a section name
_TITLE_PARTS = re.compile(r"\s+[-|:]{1,2}\s+|_")


def _without_site_name(title: str, sites: list[str]) -> str:
    """`기사 제목 - 누리경제` -> `기사 제목` when the page names its site."""
    for site in sites:
        if site and title != site:
            rest = re.sub(rf"^\s*{re.escape(site)}\s*[-|:_]+\s*|\s*[-|:_]+\s*{re.escape(site)}\s*$", "", title)
            if len(rest) > len(site):     # what is left must be the longer part: the headline
                title = rest
    return title


def _over_a_post(title: str, found: "_Found", lines: list[str], heading_texts: set[str]) -> bool:
    """On a blog or café platform, an `og:title` that is a part of `<title>` (`웨이하이 한인회` of
    `웨이하이 한인회 : 네이버 카페`) and stands as a line above a heading of a post title's length
    that differs from it, both above the post's first sentence (or, not shown as a line of its own, a
    café's name over such a heading): the café's name over its post."""
    if title not in found.title_parts():
        return False
    shown = [" ".join(line.split()) for line in lines]
    at = shown.index(title) if title in shown else -1
    text = next((k for k, line in enumerate(shown) if is_prose(line)), len(shown))   # the post's first sentence
    # (not shown as a line of its own, the café's name stands inside its header bar: `☰ <café> 앱으로 보기`)
    return at < text and any(len(h) >= _POST_TITLE_MIN and title not in h for h in heading_texts & set(shown[at + 1:text]))


def _on_a_platform(found: "_Found", title: str) -> bool:
    """The page is a blog's or café's on a platform: `og:site_name` names the platform, or, with no
    `og:site_name`, a short part of `<title>` besides the title does (`<café> : 네이버 카페`)."""
    return bool(_PLATFORM.search(found.value("og:site_name") or "") or any(
        p != title and len(p) <= _PLATFORM_NAME_MAX and _PLATFORM.search(p) for p in found.title_parts()))


_PLATFORM_NAME_MAX = 12


def _post_under_the_name(title: str, found: "_Found", lines: list[str], heading_texts: set[str]) -> str:
    """On a blog platform, `<title>` is `<post> : <platform>` and `og:title` the blog's name (`책가방 메고 대륙 한 바퀴`,
    a name as long as a headline): the post's part of `<title>` when the page shows it as a heading and shows `og:title`
    as a line above it (the blog's header). "" otherwise."""
    shown = [" ".join(line.split()) for line in lines]
    if title not in shown or not _on_a_platform(found, title):
        return ""
    posts = [p for p in found.title_parts() if p != title and len(p) >= _POST_TITLE_MIN and p in heading_texts
             and p in shown and shown.index(title) < shown.index(p)]
    return posts[0] if len(posts) == 1 else ""


def _not_the_site(title: str, sites: tuple[str, ...], from_title_tag: bool, found: "_Found",
                  lines: list[str], heading_texts: set[str] = frozenset()) -> tuple[str, tuple[str, ...], bool]:
    """Blogs and cafés often give their own name as `og:title`: it equals `og:site_name`, or
    the page repeats it at the head of its header and footer lines, or (on a page of a blog or
    café platform) it is the whole `<title>` while another heading holds a post's title. Then
    the title is the other part of `<title>` shown on the page, or, with none, the headline
    found on the page. An `og:title` with a suffix (`제목 : 네이버 블로그`) gives the part the
    page shows; one that is the site's name and a slogan the page never shows (`<site> - <motto>`
    over a `<title>` of the site's name alone) is no title either."""
    if not title or from_title_tag or page_part_rules()["cut_end"].search(title):
        return title, sites, from_title_tag     # a title the site cut (`…`) is no site's name
    shown = {" ".join(line.split()) for line in lines}
    whole = found.value("og:title", "twitter:title")
    if (board := name_of_board(whole, found.title_parts())):   # a café's or forum's name: the post's heading on the page
        return "", tuple(dict.fromkeys(sites + (title, board))), True
    if site_slogan(title, whole, sites, shown):     # `<site> - <slogan>`: the `<title>` part the page shows, or its headline
        other = [q for q in found.title_parts() if q in shown and q not in sites]
        return (max(other, key=len) if other else ""), tuple(dict.fromkeys(sites + (title,))), True
    page_title = " ".join(found.title) if found.title else ""
    if page_title and page_title != title and page_title in whole and not any(title in line for line in shown):
        return "", tuple(dict.fromkeys(sites + (title,))), True       # `<site> - <slogan>` over `<site>`
    if (post := _post_under_the_name(title, found, lines, heading_texts)):
        return post, tuple(dict.fromkeys(sites + (title,))), False     # `<post> : <platform>` under the blog's name
    # a short title that names a café or blog itself (`고소 한인 생활 카페`, all of `<title>` and `og:title`) over a post
    named = len(title) <= _PLATFORM_NAME_MAX and _PLATFORM.search(title) is not None
    if _on_a_platform(found, title) and (page_title == whole == title and any(
            len(h) >= _POST_TITLE_MIN and h != title for h in heading_texts) or _over_a_post(title, found, lines, heading_texts)) \
            or named and _over_a_post(title, found, lines, heading_texts):
        return "", tuple(dict.fromkeys(sites + (title,))), True       # the blog's name over its post
    pieces = [q.strip() for q in _TITLE_PARTS.split(title) if q.strip()]
    if len(pieces) > 1 and title not in shown:
        title = next((q for q in sorted(pieces, key=len, reverse=True) if q in shown), title)
    heads = [line for line in lines if " ".join(line.split()).startswith(title)]
    if title != found.value("og:site_name") and (len(heads) < 2 or all(len(h.strip()) == len(title) for h in heads)):
        return title, sites, from_title_tag
    other = [q for q in found.title_parts() if q != title and q in shown]
    return (max(other, key=len) if other else ""), tuple(dict.fromkeys(sites + (title,))), True
