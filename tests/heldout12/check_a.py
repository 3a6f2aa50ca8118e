"""Consistency check of held-out set 12, half A (plain Python, no pipeline import).

Run:  python3 tests/heldout12/check_a.py     (exit 0 when every check passes)

Checks: encodings as declared; expected files UTF-8 with BOM and their headers; every
body line and furniture line occurs in its page's visible text (whitespace-insensitive,
so hard wraps do not matter); no furniture line occurs inside the article text; titles
occur in the article text; place and fact surfaces occur in the article text (the body
lines joined) in reading order; values are plain decimals; units, qualifiers and changes
are in the contract's vocabulary; published dates are ISO.
"""
from __future__ import annotations

import csv
import html
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent / "a"
RAW = HERE / "raw"
EXP = HERE / "expected"

ENCODING = {  # declared byte encoding of each page
    "gukje-jaryo/1988-11-04-weihai-ferry.txt": "cp949",
    "chungbuk-ilbo/2025-06-26-heilongjiang-agrifood.html": "cp949",
    "cheongdo-life/2016-03-08-chengyang-rent-freeze.html": "cp949",
    "jeonbuk-minbo/2024-04-09-saemangeum-yancheng.html": "utf-16",
}
MONEY = {"CNY", "KRW", "USD", "JPY", "EUR", "HKD", "TWD", "SGD", "CAD", "AUD", "NZD", "MOP",
         "GBP", "CHF", "RUB", "MNT", "INR", "VND", "THB"}
UNITS = MONEY | {"m2", "km2", "ha", "mu", "pyeong", "percent", "pp", "celsius", "t", "kg", "km",
                 "m", "MW", "kW", "GW", "kWh", "MWh", "m3", "l", "bbl", "year", "month", "day", "TEU"}
COUNTERS = {"곳", "개", "개사", "명", "건", "회", "배", "호", "가구"}
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"^-?(0|[1-9]\d*)(\.\d*[1-9])?$")
WS = re.compile(r"\s+")

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def squash(text: str) -> str:
    return WS.sub("", html.unescape(text))


class Visible(HTMLParser):
    """Text of <body>, without script/style."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in ("script", "style", "title", "head"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title", "head") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if self.in_body and not self.skip:
            self.parts.append(data)


def decode(doc: str) -> str:
    raw = (RAW / doc).read_bytes()
    enc = ENCODING.get(doc, "utf-8")
    if enc == "utf-16":
        if not raw.startswith(b"\xff\xfe"):
            err(f"{doc}: declared UTF-16 but no little-endian BOM")
        return raw[2:].decode("utf-16-le")
    if enc == "cp949":
        try:
            raw.decode("utf-8")
            err(f"{doc}: declared CP949 but the bytes are valid UTF-8")
        except UnicodeDecodeError:
            pass
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{doc}: page has a UTF-8 BOM (not declared)")
    return raw.decode(enc)


def visible(doc: str) -> str:
    text = decode(doc)
    if doc.endswith(".html"):
        p = Visible()
        p.feed(text)
        return squash("".join(p.parts))
    return squash(text)


def read(name: str, header: list[str]) -> list[dict]:
    path = EXP / name
    raw = path.read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: no UTF-8 BOM")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    if rows[0] != header:
        err(f"{name}: header {rows[0]} != {header}")
    return [dict(zip(header, r)) for r in rows[1:]]


def main() -> int:
    docs = sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file())
    pages = read("pages.csv", ["doc_id", "title", "published"])
    lines = read("lines.csv", ["doc_id", "kind", "text"])
    places = read("places.csv", ["doc_id", "surface", "name_zh", "note"])
    facts = read("facts.csv", ["doc_id", "surface", "value", "unit", "value_max", "qualifier",
                               "change", "subject", "note"])
    if sorted(r["doc_id"] for r in pages) != docs:
        err("pages.csv does not list every page exactly once")
    for d in ENCODING:
        if d not in docs:
            err(f"declared encoding for missing page {d}")
    vis = {d: visible(d) for d in docs}
    article: dict[str, str] = {d: "" for d in docs}
    furniture: dict[str, list[str]] = {d: [] for d in docs}
    for r in lines:
        d, kind, text = r["doc_id"], r["kind"], squash(r["text"])
        if d not in vis:
            err(f"lines.csv: unknown doc {d}")
            continue
        if kind not in ("body", "furniture"):
            err(f"lines.csv: bad kind {kind}")
        if not text or text not in vis[d]:
            err(f"{d}: {kind} line not in the page: {r['text']!r}")
        if kind == "body":
            article[d] += text
        else:
            furniture[d].append(text)
    for d in docs:
        if not article[d]:
            err(f"{d}: no body lines")
        for f in furniture[d]:
            if f in article[d]:
                err(f"{d}: furniture line occurs inside the article text: {f!r}")
    for r in pages:
        d = r["doc_id"]
        if squash(r["title"]) not in article.get(d, ""):
            err(f"{d}: title not in the article text")
        if r["published"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"]):
            err(f"{d}: published not ISO: {r['published']}")
    for table, rows in (("places", places), ("facts", facts)):
        pos: dict[str, int] = {}
        for r in rows:
            d = r["doc_id"]
            s = squash(r["surface"])
            at = article.get(d, "").find(s, pos.get(d, 0))
            if at < 0:
                err(f"{table}: {d}: surface {r['surface']!r} not found in reading order")
                continue
            pos[d] = at + 1
    for r in places:
        if not re.fullmatch(r"[\u4e00-\u9fff]+", r["name_zh"]):
            err(f"places: bad name_zh {r['name_zh']!r}")
    for r in facts:
        for col in ("value", "value_max"):
            if r[col] and not DECIMAL.match(r[col]):
                err(f"facts: {r['doc_id']} {r['surface']}: {col} not a plain decimal: {r[col]}")
        if r["value_max"] and float(r["value_max"]) <= float(r["value"]):
            err(f"facts: {r['surface']}: value_max not above value")
        if r["unit"] not in UNITS and r["unit"] not in COUNTERS:
            err(f"facts: {r['surface']}: unit {r['unit']!r} not in the vocabulary")
        if r["qualifier"] not in QUALIFIERS:
            err(f"facts: {r['surface']}: qualifier {r['qualifier']!r}")
        if r["change"] not in CHANGES:
            err(f"facts: {r['surface']}: change {r['change']!r}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(docs)} pages, {len(lines)} lines, {len(places)} places, {len(facts)} facts:",
          "ok" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
