"""Consistency check of held-out set 8, half B (plain Python, no pipeline import).

    python3 tests/heldout8/check_b.py        exit 0 when every check passes

What it checks, per document (raw/<source>/<name>):
  * the byte encoding is the one declared below (UTF-16 with BOM, CP949 that is not UTF-8, UTF-8);
  * the expected CSVs are UTF-8 with a BOM and have the headers of tests/devset/README.md;
  * every furniture line occurs in the page's visible text, and no furniture line occurs inside
    a body line;
  * every body line occurs in the visible text once the furniture lines are taken out (a wrapped
    sentence broken by a running header or a page number must join up again);
  * place and fact surfaces occur in that article text in reading order;
  * values are plain decimals; a small reader of Korean number forms agrees with every value it
    can read from the surface (signs, 만/억/조 groups, 백/천 inside a group, Hangul numerals);
  * units, qualifiers and changes are in docs/contract.md's vocabulary; value_max > value;
  * the title is the page's headline as shown (visible text, <title> or og:title), the date ISO.
All comparisons are whitespace-insensitive (wraps, &nbsp;, spacing inside tables).
"""
from __future__ import annotations

import csv
import re
import sys
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent / "b"
RAW = HERE / "raw"
EXP = HERE / "expected"

ENCODINGS = {  # declared byte encodings; everything else is UTF-8 without BOM
    "sijang-gyeongje/20250821_0031.html": "cp949",
    "bukbang-yeonguwon/issue-25-11.txt": "cp949",
    "jiyeok-forum/report-2026-01-changzhutan.txt": "utf-16",
}
HEADERS = {
    "places.csv": ["doc_id", "surface", "name_zh", "note"],
    "facts.csv": ["doc_id", "surface", "value", "unit", "value_max", "qualifier", "change", "subject", "note"],
    "pages.csv": ["doc_id", "title", "published"],
    "lines.csv": ["doc_id", "kind", "text"],
}
UNITS = set("CNY KRW USD JPY EUR HKD TWD SGD CAD AUD NZD MOP GBP CHF RUB MNT INR VND THB "
            "m2 km2 ha mu pyeong percent pp celsius t kg km m MW kW GW kWh MWh m3 l bbl "
            "year month day TEU".split())
COUNTERS = {"건", "개", "명", "곳", "가지", "개사", "종", "배", "사", "층", "동", "대", "척", "편",
            "회", "차례", "채", "실", "쌍", "석", "세트", "기", "잔", "벌", "상자"}
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"^-?(0|[1-9]\d*)(\.\d*[1-9])?$")

errors: list[str] = []


def err(doc: str, msg: str) -> None:
    errors.append(f"{doc}: {msg}")


class Visible(HTMLParser):
    """Text a reader sees in <body>, plus <title> and og:title."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title = ""
        self.og_title = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "title":
            self.in_title = True
        if tag == "meta" and a.get("property") == "og:title":
            self.og_title = a.get("content") or ""
        if tag in ("p", "div", "li", "tr", "br", "h1", "h2", "h3", "td", "th", "ul", "ol"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.parts.append(data)


def squash(s: str) -> str:
    return "".join(s.split())


def decode(doc: str, data: bytes) -> str:
    enc = ENCODINGS.get(doc, "utf-8")
    if enc == "utf-16":
        if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            err(doc, "declared UTF-16 but has no BOM")
        return data.decode("utf-16")
    if enc == "cp949":
        try:
            data.decode("utf-8")
            err(doc, "declared CP949 but decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        return data.decode("cp949")
    if data.startswith(b"\xef\xbb\xbf"):
        err(doc, "UTF-8 page with a BOM (declare it)")
    return data.decode("utf-8")


def read_csv(name: str) -> list[dict]:
    raw = (EXP / name).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: no UTF-8 BOM")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    if rows[0] != HEADERS[name]:
        errors.append(f"{name}: header {rows[0]}")
    return [dict(zip(rows[0], r)) for r in rows[1:]]


# --- a small reader of Korean number forms, for cross-checking values -----------------
DIGIT = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
          "아홉": 9, "열": 10, "스무": 20, "스물": 20, "사흘": 3, "이틀": 2, "열흘": 10}
SMALL = {"십": 10, "백": 100, "천": 1000}
BIG = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}
NUMTOK = re.compile(r"\d[\d,]*(?:\.\d+)?|[일이삼사오육칠팔구십백천만억조경]")


def read_number(surface: str) -> Decimal | None:
    """Value of the first number in `surface` (up to a `~`), or None when it cannot tell."""
    s = surface.split("~")[0].replace(" ", "")
    for word, v in sorted(NATIVE.items(), key=lambda kv: -len(kv[0])):
        if s.startswith(word):
            return Decimal(v)
    sign = -1 if s.startswith(("-", "영하", "마이너스")) else 1
    s = re.sub(r"^(영하|마이너스|[-+])", "", s)
    # digits take only magnitude words after them (`4일` is four days, not 4 and 1)
    run = r"[\d,.십백천만억조경]+" if s[:1].isdigit() else r"[\d,.일이삼사오육칠팔구십백천만억조경]+"
    m = re.match(run, s)
    if not m:
        return None
    body = m.group(0)
    total = Decimal(0)
    group = Decimal(0)
    cur: Decimal | None = None
    for tok in NUMTOK.findall(body):
        if tok[0].isdigit():
            cur = Decimal(tok.replace(",", ""))
        elif tok in DIGIT:
            cur = Decimal(DIGIT[tok])
        elif tok in SMALL:
            group += (cur if cur is not None else 1) * SMALL[tok]
            cur = None
        elif tok in BIG:
            group += cur or 0
            total += (group or 1) * BIG[tok]
            group, cur = Decimal(0), None
    group += cur or 0
    return sign * (total + group)


def second_number(surface: str) -> Decimal | None:
    if "~" not in surface:
        return None
    return read_number(surface.split("~", 1)[1])


def main() -> int:
    docs = sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file())
    places, facts, pages, lines = (read_csv(n) for n in HEADERS)
    texts: dict[str, str] = {}
    heads: dict[str, tuple[str, str]] = {}
    for doc in docs:
        text = decode(doc, (RAW / doc).read_bytes())
        if doc.endswith(".html"):
            v = Visible()
            v.feed(text)
            texts[doc] = "".join(v.parts)
            heads[doc] = (v.title, v.og_title)
        else:
            texts[doc] = text
            heads[doc] = ("", "")
    for name, rows in (("places", places), ("facts", facts), ("pages", pages), ("lines", lines)):
        for r in rows:
            if r["doc_id"] not in texts:
                errors.append(f"{name}.csv: unknown doc_id {r['doc_id']}")

    article: dict[str, str] = {}
    for doc in docs:
        full = squash(texts[doc])
        body = [squash(r["text"]) for r in lines if r["doc_id"] == doc and r["kind"] == "body"]
        furn = [squash(r["text"]) for r in lines if r["doc_id"] == doc and r["kind"] == "furniture"]
        kinds = {r["kind"] for r in lines if r["doc_id"] == doc}
        if not body or not furn or kinds - {"body", "furniture"}:
            err(doc, f"lines.csv kinds {kinds}")
        for f in furn:
            if f not in full:
                err(doc, f"furniture line not in the page: {f}")
            for b in body:
                if f in b:
                    err(doc, f"furniture line inside a body line: {f} in {b}")
        art = full
        for f in sorted(set(furn), key=len, reverse=True):
            art = art.replace(f, "")
        article[doc] = art
        for b in body:
            if b not in art:
                err(doc, f"body line not in the article text: {b}")

    for name, rows in (("places", places), ("facts", facts)):
        pos: dict[str, int] = {}
        for r in rows:
            doc = r["doc_id"]
            art = article.get(doc, "")
            s = squash(r["surface"])
            i = art.find(s, pos.get(doc, 0))
            if i < 0:
                err(doc, f"{name}: surface out of reading order or missing: {r['surface']}")
            else:
                pos[doc] = i + len(s)

    for r in places:
        if not r["name_zh"] or re.search(r"[A-Za-z가-힣]", r["name_zh"]):
            err(r["doc_id"], f"places: name_zh {r['name_zh']!r}")

    for r in facts:
        doc, s = r["doc_id"], r["surface"]
        for col in ("value", "value_max"):
            if r[col] and not DECIMAL.match(r[col]):
                err(doc, f"facts: {col} {r[col]!r} is not a plain decimal ({s})")
        if r["unit"] not in UNITS and r["unit"] not in COUNTERS:
            err(doc, f"facts: unit {r['unit']!r} ({s})")
        if r["qualifier"] not in QUALIFIERS:
            err(doc, f"facts: qualifier {r['qualifier']!r} ({s})")
        if r["change"] not in CHANGES:
            err(doc, f"facts: change {r['change']!r} ({s})")
        if r["value_max"] and DECIMAL.match(r["value"]) and DECIMAL.match(r["value_max"]):
            if Decimal(r["value_max"]) <= Decimal(r["value"]):
                err(doc, f"facts: value_max not above value ({s})")
        if not DECIMAL.match(r["value"]):
            continue
        got = read_number(s)
        if got is not None and got != Decimal(r["value"]):
            err(doc, f"facts: {s} reads {got}, expected row says {r['value']}")
        top = second_number(s)
        if top is not None and r["value_max"] and top != Decimal(r["value_max"]):
            err(doc, f"facts: {s} upper end reads {top}, row says {r['value_max']}")
        if s.endswith("대") and r["unit"] not in ("대",) and not r["value_max"]:
            err(doc, f"facts: band {s} without value_max")

    seen = set()
    for r in pages:
        doc = r["doc_id"]
        seen.add(doc)
        t = squash(r["title"])
        title, og = heads.get(doc, ("", ""))
        if not t or not (t in article.get(doc, "") or t in squash(title) or t in squash(og)):
            err(doc, f"pages: title not shown on the page: {r['title']}")
        if r["published"] and not re.match(r"^\d{4}-\d{2}-\d{2}$", r["published"]):
            err(doc, f"pages: published {r['published']!r}")
    for doc in docs:
        if doc not in seen:
            err(doc, "no pages.csv row")

    for e in errors:
        print(e)
    print(f"{len(docs)} pages; places {len(places)}, facts {len(facts)}, pages {len(pages)}, "
          f"lines {len(lines)} ({sum(r['kind'] == 'body' for r in lines)} body); "
          f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
