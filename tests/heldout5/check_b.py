"""Consistency check of held-out set 5, half B (plain Python, no pipeline import).

Run: python3 tests/heldout5/check_b.py     (exit status 0 when every check passes)

What it checks, page by page, against the raw bytes only:
- each page decodes in the encoding declared below (UTF-16 with a BOM, CP949 that is not
  valid UTF-8, or UTF-8), and every raw page has exactly one pages.csv row;
- the expected CSVs are UTF-8 with a BOM and carry the documented headers;
- every furniture line is text of the page (whitespace-insensitive) and is not inside any
  body line of that page;
- the page's article text is the visible text with the furniture lines taken out; every
  body line occurs in it (so a sentence broken by a page number or a running header is
  whole once that furniture is gone), and place and fact surfaces occur in it in the
  order of the rows (whitespace-insensitive, so hard wraps do not matter);
- titles are text of the page, dates are ISO or empty;
- values are plain decimals, ranges have value < value_max, and units, qualifiers and
  changes use the vocabulary of docs/contract.md.
"""
from __future__ import annotations

import csv
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent / "b"
RAW = HERE / "raw"
EXP = HERE / "expected"

ENCODING = {  # declared byte encoding of each page; every other page is UTF-8
    "dongpo-sesang/2026-10-08-qingdao-hanin.html": "utf-16",
    "jungguk-tuja/2026-06-17-shenyang-auto.html": "cp949",
    "bukbang-jeongchaek/2026-winter-hunchun.txt": "cp949",
}
HEADERS = {
    "pages.csv": ["doc_id", "title", "published"],
    "places.csv": ["doc_id", "surface", "name_zh", "note"],
    "facts.csv": ["doc_id", "surface", "value", "unit", "value_max", "qualifier", "change", "subject", "note"],
    "lines.csv": ["doc_id", "kind", "text"],
}
MONEY = "CNY KRW USD JPY EUR HKD TWD SGD CAD AUD NZD MOP GBP CHF RUB MNT INR VND THB".split()
MEASURES = "m2 km2 ha mu pyeong percent pp celsius t kg km m MW kW GW kWh MWh m3 l year month day TEU".split()
COUNTERS = "건 개 명 곳 가지 개사 종 배 사 층 동 대 척 편 회 차례 채 실 쌍 가구".split()
UNITS = set(MONEY + MEASURES + COUNTERS)
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"-?(0|[1-9]\d*)(\.\d*[1-9])?")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")

problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def squeeze(text: str) -> str:
    """Drop all whitespace (also NBSP): wraps and spacing never decide a match."""
    return re.sub(r"\s+", "", text)


class Visible(HTMLParser):
    """Text a reader sees in <body> (no <head>, script or style)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1
        elif tag in ("br", "p", "div", "li", "tr", "td", "h1", "h2", "h3", "h4"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def decode(doc_id: str) -> str:
    raw = (RAW / doc_id).read_bytes()
    enc = ENCODING.get(doc_id, "utf-8")
    if enc == "utf-16":
        if not raw.startswith(b"\xff\xfe") and not raw.startswith(b"\xfe\xff"):
            fail(f"{doc_id}: declared UTF-16 but has no BOM")
        return raw.decode("utf-16")
    if enc == "cp949":
        try:
            raw.decode("utf-8")
            fail(f"{doc_id}: declared CP949 but is valid UTF-8")
        except UnicodeDecodeError:
            pass
        return raw.decode("cp949")
    return raw.decode("utf-8")


def visible(doc_id: str, text: str) -> str:
    if doc_id.endswith((".html", ".htm")):
        p = Visible()
        p.feed(text)
        return "".join(p.parts)
    return text


def read(name: str) -> list[dict]:
    path = EXP / name
    data = path.read_bytes()
    if not data.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: no UTF-8 byte-order mark")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    if rows[0] != HEADERS[name]:
        fail(f"{name}: header {rows[0]} != {HEADERS[name]}")
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(rows[0]):
            fail(f"{name}:{i}: {len(r)} cells, expected {len(rows[0])}")
            continue
        out.append(dict(zip(rows[0], r)))
    return out


def in_order(doc_id: str, what: str, article: str, surfaces: list[str]) -> None:
    pos = 0
    for s in surfaces:
        k = article.find(squeeze(s), pos)
        if k < 0:
            where = "anywhere" if squeeze(s) not in article else f"after position {pos} (order)"
            fail(f"{doc_id}: {what} surface {s!r} not found {where}")
            continue
        pos = k + len(squeeze(s))


def main() -> int:
    pages = read("pages.csv")
    places = read("places.csv")
    facts = read("facts.csv")
    lines = read("lines.csv")

    docs = sorted(str(p.relative_to(RAW)) for p in RAW.rglob("*") if p.is_file())
    ids = [r["doc_id"] for r in pages]
    if sorted(ids) != docs or len(set(ids)) != len(ids):
        fail(f"pages.csv doc_ids {sorted(ids)} != raw files {docs}")
    for d in ENCODING:
        if d not in docs:
            fail(f"declared encoding for a missing page {d}")

    for row in pages:
        d = row["doc_id"]
        if d not in docs:
            continue
        text = decode(d)
        shown = squeeze(visible(d, text))
        whole = squeeze(text if d.endswith(".txt") else re.sub(r"<[^>]+>", " ", text))
        if squeeze(row["title"]) not in shown and squeeze(row["title"]) not in whole:
            fail(f"{d}: title {row['title']!r} is not text of the page")
        if row["published"] and not ISO.fullmatch(row["published"]):
            fail(f"{d}: published {row['published']!r} is not YYYY-MM-DD")

        body = [r["text"] for r in lines if r["doc_id"] == d and r["kind"] == "body"]
        furn = [r["text"] for r in lines if r["doc_id"] == d and r["kind"] == "furniture"]
        if not body or not furn:
            fail(f"{d}: needs body and furniture lines")
        for f in furn:
            if squeeze(f) not in shown:
                fail(f"{d}: furniture {f!r} is not text of the page")
            for b in body:
                if squeeze(f) in squeeze(b):
                    fail(f"{d}: furniture {f!r} occurs inside body line {b!r}")
        article = shown
        for f in sorted(furn, key=lambda t: -len(squeeze(t))):
            article = article.replace(squeeze(f), "")
        for b in body:
            if squeeze(b) not in article:
                fail(f"{d}: body line {b!r} is not in the article text")

        in_order(d, "place", article, [r["surface"] for r in places if r["doc_id"] == d])
        in_order(d, "fact", article, [r["surface"] for r in facts if r["doc_id"] == d])

    for r in places + facts:
        if r["doc_id"] not in ids:
            fail(f"row for unknown doc {r['doc_id']}")
    for r in places:
        if not r["name_zh"] or re.search(r"[\uac00-\ud7a3]", r["name_zh"]):
            fail(f"{r['doc_id']}: name_zh {r['name_zh']!r} of {r['surface']!r} is not Chinese")
    for r in facts:
        where = f"{r['doc_id']}: fact {r['surface']!r}"
        if not DECIMAL.fullmatch(r["value"]):
            fail(f"{where}: value {r['value']!r} is not a plain decimal")
        if r["value_max"]:
            if not DECIMAL.fullmatch(r["value_max"]):
                fail(f"{where}: value_max {r['value_max']!r} is not a plain decimal")
            elif float(r["value_max"]) <= float(r["value"]):
                fail(f"{where}: value_max not above value")
        if r["unit"] not in UNITS:
            fail(f"{where}: unit {r['unit']!r} not in the contract vocabulary")
        if r["qualifier"] not in QUALIFIERS:
            fail(f"{where}: qualifier {r['qualifier']!r}")
        if r["change"] not in CHANGES:
            fail(f"{where}: change {r['change']!r}")
    for r in lines:
        if r["kind"] not in ("body", "furniture"):
            fail(f"{r['doc_id']}: line kind {r['kind']!r}")

    for p in problems:
        print("FAIL", p)
    print(f"{len(pages)} pages, {len(places)} places, {len(facts)} facts, {len(lines)} lines; "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
