"""Consistency check of held-out set 10, half B (plain Python, no pipeline import).

    python3 tests/heldout10/check_b.py

Checks, for every page under b/raw/ and the rows under b/expected/:
- the page's bytes are in the encoding declared below (and an HTML page's charset agrees);
- every page has a pages.csv row, with an ISO date or none, and its title is text of the page;
- every body line and furniture line of lines.csv is text of the page (whitespace-insensitive,
  so hard wraps and cuts do not matter); body lines are text of the page once the furniture
  lines are taken out (a sentence cut by a page footer and running header must join up);
  no furniture line is text of any body line;
- place and fact surfaces occur, in the order of the rows, in that cleaned text;
- values are plain decimals; units, qualifiers and changes are in docs/contract.md's vocabulary.
Exit status 0 when all hold, 1 otherwise (each problem printed on one line).
"""
from __future__ import annotations

import csv
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "b"
RAW, EXP = ROOT / "raw", ROOT / "expected"

ENCODINGS = {  # every other page is UTF-8 without a BOM
    "hanbit-kyungje/2026-10-21-shanghai-fund.html": "cp949",
    "hanjung-trade/newsletter_vol88.txt": "cp949",
    "neurin-blog/post_223410.html": "utf-16",
}
MONEY = "CNY KRW USD JPY EUR HKD TWD SGD CAD AUD NZD MOP GBP CHF RUB MNT INR VND THB".split()
UNITS = set(MONEY) | set("m2 km2 ha mu pyeong percent pp celsius t kg km m MW kW GW kWh MWh m3 l bbl year month day TEU".split())
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"^-?(0|[1-9]\d*)(\.\d*[1-9])?$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COUNTER = re.compile(r"^[가-힣]+$")

problems: list[str] = []


def bad(msg: str) -> None:
    problems.append(msg)


class Visible(HTMLParser):
    """Text a reader sees: the body without script/style, plus <title> and og:title kept apart."""

    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "header", "footer",
             "nav", "aside", "section", "article", "main", "ul", "ol", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.titles: list[str] = []
        self.skip = 0
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style", "head"):
            self.skip += tag != "head"
        if tag == "title":
            self.in_title = True
        if tag == "meta" and a.get("property") == "og:title":
            self.titles.append(a.get("content") or "")
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag == "title":
            self.in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.titles.append(data)
        elif not self.skip:
            self.parts.append(data)


def squeeze(s: str) -> str:
    return "".join(s.split())


def decode(doc: str, data: bytes) -> str:
    enc = ENCODINGS.get(doc, "utf-8")
    if enc == "utf-16":
        if not data.startswith(b"\xff\xfe"):
            bad(f"{doc}: declared UTF-16 with BOM, no BOM")
        return data.decode("utf-16")
    if enc == "cp949":
        try:
            data.decode("utf-8")
            bad(f"{doc}: declared CP949 but decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        return data.decode("cp949")
    if data.startswith(b"\xef\xbb\xbf"):
        bad(f"{doc}: UTF-8 page with a BOM")
    return data.decode("utf-8")


def page_text(doc: str) -> tuple[str, list[str]]:
    text = decode(doc, (RAW / doc).read_bytes())
    if not doc.endswith(".html"):
        return text, []
    m = re.search(r"charset=[\"']?([\w-]+)", text)
    declared = (m.group(1).lower() if m else "")
    want = {"utf-8": "utf-8", "cp949": "euc-kr", "utf-16": "utf-16"}[ENCODINGS.get(doc, "utf-8")]
    if declared != want:
        bad(f"{doc}: HTML declares charset {declared!r}, bytes are {want}")
    v = Visible()
    v.feed(text)
    return "".join(v.parts), v.titles


def rows(name: str) -> list[dict]:
    raw = (EXP / name).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{name}: no UTF-8 BOM")
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


def in_order(doc: str, clean: str, kind: str, surfaces: list[str]) -> None:
    pos = 0
    for s in surfaces:
        at = clean.find(squeeze(s), pos)
        if at < 0:
            where = "anywhere" if squeeze(s) not in clean else f"after the previous {kind} row"
            bad(f"{doc}: {kind} surface {s!r} not found {where}")
            continue
        pos = at + len(squeeze(s))


def main() -> int:
    docs = sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file())
    places, facts, pages, lines = (rows(n) for n in ("places.csv", "facts.csv", "pages.csv", "lines.csv"))
    page_of = {r["doc_id"]: r for r in pages}
    if sorted(page_of) != docs:
        bad(f"pages.csv documents {sorted(page_of)} differ from raw/ {docs}")
    for table in (places, facts, lines):
        for r in table:
            if r["doc_id"] not in docs:
                bad(f"row for unknown document {r['doc_id']}")
    for doc in docs:
        text, titles = page_text(doc)
        flat = squeeze(text)
        body = [squeeze(r["text"]) for r in lines if r["doc_id"] == doc and r["kind"] == "body"]
        furn = [squeeze(r["text"]) for r in lines if r["doc_id"] == doc and r["kind"] == "furniture"]
        if any(r["kind"] not in ("body", "furniture") for r in lines if r["doc_id"] == doc):
            bad(f"{doc}: a lines.csv kind is neither body nor furniture")
        clean = flat
        for f in sorted(furn, key=len, reverse=True):
            if f not in flat:
                bad(f"{doc}: furniture line not in the page: {f!r}")
            clean = clean.replace(f, "")
            for b in body:
                if f in b:
                    bad(f"{doc}: furniture {f!r} occurs inside body line {b!r}")
        for b in body:
            if b not in clean:
                bad(f"{doc}: body line not in the page once furniture is out: {b!r}")
        p = page_of.get(doc, {})
        title, published = p.get("title", ""), p.get("published", "")
        if published and not ISO.match(published):
            bad(f"{doc}: published {published!r} is not YYYY-MM-DD")
        if title and squeeze(title) not in flat and not any(squeeze(title) in squeeze(t) for t in titles):
            bad(f"{doc}: title {title!r} is not text of the page")
        in_order(doc, clean, "place", [r["surface"] for r in places if r["doc_id"] == doc])
        in_order(doc, clean, "fact", [r["surface"] for r in facts if r["doc_id"] == doc])
    for r in places:
        if not r["name_zh"] or re.search(r"[가-힣]", r["name_zh"]):
            bad(f"{r['doc_id']}: place {r['surface']!r} has name_zh {r['name_zh']!r}")
    for r in facts:
        where = f"{r['doc_id']}: fact {r['surface']!r}"
        for col in ("value", "value_max"):
            if (r[col] or col == "value") and not DECIMAL.match(r[col]):
                bad(f"{where}: {col} {r[col]!r} is not a plain decimal")
        if r["value_max"] and DECIMAL.match(r["value"]) and float(r["value_max"]) <= float(r["value"]):
            bad(f"{where}: value_max not above value")
        if r["unit"] not in UNITS and not COUNTER.match(r["unit"]):
            bad(f"{where}: unit {r['unit']!r} not in the vocabulary")
        if r["qualifier"] not in QUALIFIERS:
            bad(f"{where}: qualifier {r['qualifier']!r}")
        if r["change"] not in CHANGES:
            bad(f"{where}: change {r['change']!r}")
    for msg in problems:
        print(msg)
    print(f"{len(docs)} pages; rows: places {len(places)}, facts {len(facts)}, pages {len(pages)}, "
          f"lines {len(lines)}; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
