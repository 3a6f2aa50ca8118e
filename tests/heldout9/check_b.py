"""Consistency check of held-out set 9, half B (plain Python, no pipeline import).

    python3 tests/heldout9/check_b.py        exit 0 when every check passes

Checks: the expected CSVs are UTF-8 with BOM and every row has as many fields as its
header; every page decodes in its declared encoding; body rows occur in the page's
visible text in reading order and furniture rows occur in the page but not inside any
body row; the surfaces of places.csv and facts.csv lie inside the body rows in reading
order; values are plain decimals; units, qualifiers and changes come from the vocabulary
of docs/contract.md; pages.csv has one row per page with an ISO date or none.
Comparisons are whitespace-insensitive (hard wraps, spacing of HTML blocks).
"""
from __future__ import annotations

import csv
import html
import io
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent / "b"
RAW = HERE / "raw"
EXP = HERE / "expected"

ENCODINGS = {
    "hanyang-gyeongje/2026-03-04-chongqing-ev.html": "utf-8",
    "hanyang-gyeongje/2026-03-11-hainan-port.html": "utf-8",
    "hanyang-gyeongje/2026-03-18-suzhou-fund.html": "utf-8",
    "jeonggeum-invest/20260220_hunchun.html": "cp949",
    "kcbiz-agency/briefing-118.html": "utf-8",
    "kcbiz-agency/briefing-121.html": "utf-16",
    "dongbang-trade-mail/2026-04-07-yanji.txt": "utf-8",
    "dongbang-trade-mail/2026-05-12-dandong.txt": "cp949",
    "hwanhae-institute/2024-07-gba-manufacturing.txt": "utf-8",
    "hwanhae-institute/2024-09-chengyu-consumer.txt": "cp949",
    "hwanhae-institute/2025-02-shanxi-energy.txt": "utf-8",
    "hwanhae-institute/2025-05-taizhou-private.txt": "utf-8",
    "byeolbit-blog/2026-04-02-qingdao.html": "utf-8",
    "byeolbit-blog/2026-04-20-yiwu.html": "utf-8",
    "shanghai-jujaewon-cafe/article-58213.html": "utf-8",
    "seonbi-travel/post-0311.html": "utf-8",
}

HEADERS = {
    "places.csv": ["doc_id", "surface", "name_zh", "note"],
    "facts.csv": ["doc_id", "surface", "value", "unit", "value_max", "qualifier", "change", "subject", "note"],
    "pages.csv": ["doc_id", "title", "published"],
    "lines.csv": ["doc_id", "kind", "text"],
}

UNITS = set(
    "CNY KRW USD JPY EUR HKD TWD SGD CAD AUD NZD MOP GBP CHF RUB MNT INR VND THB "
    "m2 km2 ha mu pyeong percent pp celsius t kg km m MW kW GW kWh MWh m3 l bbl "
    "year month day TEU".split()
)
COUNTER = re.compile(r"^[가-힣]{1,3}$")  # a counter word as written (개, 곳, 개사, 대, 편 ...)
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"^-?(0|[1-9]\d*)(\.\d*[1-9])?$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


class Visible(HTMLParser):
    """Text a reader sees in <body>: no <head>, <script>, <style>; blocks on their own lines."""

    BLOCK = {"p", "div", "li", "tr", "td", "br", "h1", "h2", "h3", "h4", "pre", "section", "ul", "ol", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "title") and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def read_csv(name: str) -> list[dict]:
    raw = (EXP / name).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: no UTF-8 BOM")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    if rows[0] != HEADERS[name]:
        err(f"{name}: header {rows[0]}")
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(HEADERS[name]):
            err(f"{name}:{n}: {len(row)} fields, expected {len(HEADERS[name])}: {row}")
            continue
        out.append(dict(zip(HEADERS[name], row)))
    return out


def decode(doc: str) -> str:
    data = (RAW / doc).read_bytes()
    enc = ENCODINGS[doc]
    if enc == "utf-16":
        if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            err(f"{doc}: UTF-16 without BOM")
        return data.decode("utf-16")
    if enc == "cp949":
        try:
            data.decode("utf-8")
            err(f"{doc}: declared CP949 but decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    return data.decode(enc)


def visible(doc: str) -> str:
    text = decode(doc)
    if doc.endswith(".html"):
        parser = Visible()
        parser.feed(text)
        return html.unescape("".join(parser.out))
    return text


def main() -> int:
    files = sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file())
    if set(files) != set(ENCODINGS):
        err(f"pages on disk {files} differ from the declared list")
    places, facts = read_csv("places.csv"), read_csv("facts.csv")
    pages, lines = read_csv("pages.csv"), read_csv("lines.csv")

    if sorted(r["doc_id"] for r in pages) != sorted(ENCODINGS):
        err("pages.csv must have one row per page")
    for r in pages:
        if r["published"] and not ISO.match(r["published"]):
            err(f"pages.csv {r['doc_id']}: published {r['published']!r}")
        if not r["title"]:
            err(f"pages.csv {r['doc_id']}: empty title")

    article: dict[str, str] = {}
    for doc in ENCODINGS:
        vis = visible(doc)
        own = [r for r in lines if r["doc_id"] == doc]
        body = [r["text"] for r in own if r["kind"] == "body"]
        furn = [r["text"] for r in own if r["kind"] == "furniture"]
        if any(r["kind"] not in ("body", "furniture") for r in own):
            err(f"{doc}: a lines.csv kind outside body/furniture")
        if not body or not furn:
            err(f"{doc}: needs body and furniture lines")
        # a reader's text: the page without whole furniture lines (running headers, page numbers
        # between the halves of a sentence in PDF text), whitespace removed
        kept = "\n".join(
            ln for ln in vis.splitlines() if squash(ln) not in {squash(f) for f in furn}
        )
        flat = squash(kept)
        pos = 0
        for text in body:
            at = flat.find(squash(text), pos)
            if at < 0:
                where = "out of order" if squash(text) in flat else "not in the page"
                err(f"{doc}: body line {where}: {text}")
            else:
                pos = at + 1
        whole = squash(vis)
        joined = "".join(squash(t) for t in body)
        for text in furn:
            if squash(text) not in whole:
                err(f"{doc}: furniture line not in the page: {text}")
            if squash(text) in joined:
                err(f"{doc}: furniture line occurs inside article text: {text}")
        article[doc] = joined
        title = next((r["title"] for r in pages if r["doc_id"] == doc), "")
        if title and squash(title) not in whole:
            err(f"{doc}: title not in the page's text: {title}")
        size = len(" ".join(body).encode("utf-8"))
        if size < 1500:
            err(f"{doc}: article text only {size} bytes")

    for name, rows in (("places.csv", places), ("facts.csv", facts)):
        last: dict[str, int] = {}
        for r in rows:
            doc = r["doc_id"]
            if doc not in article:
                err(f"{name}: unknown doc {doc}")
                continue
            at = article[doc].find(squash(r["surface"]), last.get(doc, 0))
            if at < 0:
                err(f"{name} {doc}: surface not found in reading order: {r['surface']}")
            else:
                last[doc] = at + 1

    for r in places:
        if not re.fullmatch(r"[\u4e00-\u9fff]+", r["name_zh"]):
            err(f"places.csv {r['doc_id']}: name_zh {r['name_zh']!r}")
    for r in facts:
        where = f"facts.csv {r['doc_id']} {r['surface']}"
        if not DECIMAL.match(r["value"]):
            err(f"{where}: value {r['value']!r}")
        if r["value_max"] and not DECIMAL.match(r["value_max"]):
            err(f"{where}: value_max {r['value_max']!r}")
        if r["value_max"] and float(r["value_max"]) <= float(r["value"]):
            err(f"{where}: value_max not above value")
        if r["unit"] not in UNITS and not COUNTER.match(r["unit"]):
            err(f"{where}: unit {r['unit']!r}")
        if r["qualifier"] not in QUALIFIERS:
            err(f"{where}: qualifier {r['qualifier']!r}")
        if r["change"] not in CHANGES:
            err(f"{where}: change {r['change']!r}")
        if r["value"].startswith("-") and "-" not in r["surface"] and "영하" not in r["surface"] and "마이너스" not in r["surface"]:
            err(f"{where}: negative value without a sign in the surface")

    for e in errors:
        print("FAIL", e)
    print(f"{len(ENCODINGS)} pages, {len(places)} places, {len(facts)} facts, {len(lines)} lines:",
          "ok" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
