"""Consistency check of held-out set 10, half A (plain python, no pipeline import).

    python3 tests/heldout10/check_a.py

Checks, per document, against what a reader sees on the page:
- every raw page is listed in pages.csv and decodes in the encoding declared below
  (and an HTML page's declared charset agrees);
- expected files are UTF-8 with a BOM and have the contract's headers;
- the title and every body line occur in the visible text, body lines in reading order;
- every furniture line occurs in the visible text and not inside the article text
  (title + body lines), so the "must not be in the cleaned text" test means something;
- place and fact surfaces occur in the article text (title, then body lines) in reading
  order, whitespace-insensitive (hard wraps cut numbers and names), each row at its own
  occurrence after the previous row's (so five `천진` rows need five mentions);
- values are plain decimals (no exponent, no trailing zeros), value <= value_max, units,
  qualifiers and changes are in the contract's vocabulary; published is an ISO date.
Exit status 1 with one line per problem.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent / "a"
RAW = HERE / "raw"
EXP = HERE / "expected"

ENCODINGS = {  # as written; README's table says the same
    "kukje-archive/1988-05-17-tianjin-port.txt": "utf-8",
    "kukje-archive/1994-11-02-weihai-investment.txt": "cp949",
    "kukje-archive/2003-07-21-chongqing-growth.txt": "utf-8",
    "sinmun-db/2007-03-09-dalian-shipyard.txt": "utf-8",
    "dongfang-kr/2024-09-12-harbin-expo.html": "utf-8",
    "dongfang-kr/2025-01-08-yanji-ice-tourism.html": "utf-8",
    "dongfang-kr/2025-06-20-hunchun-border.html": "utf-8",
    "songhwa-net/2023-10-15-jilin-rice.html": "utf-16",
    "shanghai-kyomin/2025-03-04-minhang-rent.html": "cp949",
    "shanghai-kyomin/2025-05-19-kunshan-automation.html": "utf-8",
    "qd-hanin-news/2024-08-27-chengyang-vacancy.html": "utf-8",
    "qd-hanin-news/2025-02-11-airport-routes.html": "utf-8",
    "honam-maeil/2025-04-15-guangzhou-30years.html": "utf-8",
    "honam-maeil/2024-11-02-laver-exports.html": "utf-8",
    "daegyeong-ilbo/2023-06-08-anyang-cathode.html": "cp949",
    "chungbuk-sinbo/2022-09-20-heilongjiang-25years.html": "utf-8",
}
CHARSET_NAMES = {"utf-8": {"utf-8"}, "cp949": {"euc-kr", "cp949"}, "utf-16": {"utf-16"}}

UNITS = {
    "CNY", "KRW", "USD", "JPY", "EUR", "HKD", "TWD", "SGD", "CAD", "AUD", "NZD", "MOP", "GBP",
    "CHF", "RUB", "MNT", "INR", "VND", "THB",
    "m2", "km2", "ha", "mu", "pyeong", "percent", "pp", "celsius", "t", "kg", "km", "m",
    "MW", "kW", "GW", "kWh", "MWh", "m3", "l", "bbl", "year", "month", "day", "TEU",
}
COUNTERS = {"개", "개사", "개국", "곳", "명", "배", "편", "대", "회", "가지", "가구", "실"}
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
HEADERS = {
    "places.csv": ["doc_id", "surface", "name_zh", "note"],
    "facts.csv": ["doc_id", "surface", "value", "unit", "value_max", "qualifier", "change",
                  "subject", "note"],
    "pages.csv": ["doc_id", "title", "published"],
    "lines.csv": ["doc_id", "kind", "text"],
}
DECIMAL = re.compile(r"^-?(0|[1-9]\d*)(\.\d*[1-9])?$")


class _Visible(HTMLParser):
    """Text a reader sees: no head, script or style; attribute values are not text."""

    SKIP = {"head", "script", "style", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def decode(doc: str, problems: list[str]) -> str:
    data = (RAW / doc).read_bytes()
    enc = ENCODINGS[doc]
    if enc == "utf-16":
        if not data.startswith(b"\xff\xfe"):
            problems.append(f"{doc}: declared UTF-16 but no BOM")
        text = data.decode("utf-16")
    elif enc == "cp949":
        try:
            data.decode("utf-8")
            problems.append(f"{doc}: declared CP949 but decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        text = data.decode("cp949")
    else:
        text = data.decode("utf-8")
        if data.startswith(b"\xef\xbb\xbf"):
            problems.append(f"{doc}: unexpected UTF-8 BOM")
    if doc.endswith(".html"):
        m = re.search(r"charset=[\"']?([\w-]+)", text, re.I)
        if not m or m.group(1).lower() not in CHARSET_NAMES[enc]:
            problems.append(f"{doc}: page declares {m and m.group(1)!r}, expected {enc}")
    return text


def visible(doc: str, text: str) -> str:
    if not doc.endswith(".html"):
        return text
    p = _Visible()
    p.feed(text)
    return "\n".join(p.parts)


def read(name: str, problems: list[str]) -> list[dict]:
    path = EXP / name
    raw = path.read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{name}: no UTF-8 BOM")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    if rows[0] != HEADERS[name]:
        problems.append(f"{name}: header {rows[0]}")
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(HEADERS[name]):
            problems.append(f"{name}:{i}: {len(r)} cells")
            continue
        out.append(dict(zip(HEADERS[name], r)))
    return out


def in_order(doc: str, what: str, needles: list[str], hay: str, problems: list[str]) -> None:
    pos = 0
    for n in needles:
        k = hay.find(squash(n), pos)
        if k < 0:
            where = "anywhere" if squash(n) not in hay else "after the previous one"
            problems.append(f"{doc}: {what} {n!r} not found {where}")
        else:
            pos = k + len(squash(n))  # a repeated surface needs its own, later occurrence


def main() -> int:
    problems: list[str] = []
    tables = {name: read(name, problems) for name in HEADERS}
    docs = sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file())
    pages = {r["doc_id"]: r for r in tables["pages.csv"]}
    if sorted(pages) != docs or sorted(ENCODINGS) != docs:
        problems.append(f"pages.csv / ENCODINGS do not list exactly the raw pages: {docs}")
    for name in ("places.csv", "facts.csv", "lines.csv"):
        for r in tables[name]:
            if r["doc_id"] not in pages:
                problems.append(f"{name}: unknown doc_id {r['doc_id']}")

    for doc in docs:
        if doc not in ENCODINGS or doc not in pages:
            continue
        seen = squash(visible(doc, decode(doc, problems)))
        page = pages[doc]
        title = page["title"]
        if not title or squash(title) not in seen:
            problems.append(f"{doc}: title {title!r} not in the visible text")
        if page["published"]:
            try:
                dt.date.fromisoformat(page["published"])
            except ValueError:
                problems.append(f"{doc}: published {page['published']!r}")
        lines = [r for r in tables["lines.csv"] if r["doc_id"] == doc]
        body = [r["text"] for r in lines if r["kind"] == "body"]
        furn = [r["text"] for r in lines if r["kind"] == "furniture"]
        if any(r["kind"] not in ("body", "furniture") for r in lines):
            problems.append(f"{doc}: a lines.csv kind outside body/furniture")
        if not body or not furn:
            problems.append(f"{doc}: no body or no furniture lines")
        in_order(doc, "body line", body, seen, problems)
        article = squash(title + "".join(body))
        for f in furn:
            if squash(f) not in seen:
                problems.append(f"{doc}: furniture {f!r} not in the visible text")
            if squash(f) in article:
                problems.append(f"{doc}: furniture {f!r} occurs inside the article text")
        if len(furn) != len(set(furn)) or len(body) != len(set(body)):
            problems.append(f"{doc}: a line listed twice")
        places = [r for r in tables["places.csv"] if r["doc_id"] == doc]
        facts = [r for r in tables["facts.csv"] if r["doc_id"] == doc]
        in_order(doc, "place", [r["surface"] for r in places], article, problems)
        in_order(doc, "fact", [r["surface"] for r in facts], article, problems)
        for r in places:
            if not re.fullmatch(r"[\u4e00-\u9fff]+", r["name_zh"]):
                problems.append(f"{doc}: name_zh {r['name_zh']!r}")
        for r in facts:
            ok = DECIMAL.match(r["value"]) and (not r["value_max"] or DECIMAL.match(r["value_max"]))
            if not ok:
                problems.append(f"{doc}: value {r['value']!r} / {r['value_max']!r} not a plain decimal")
            elif r["value_max"] and float(r["value_max"]) <= float(r["value"]):
                problems.append(f"{doc}: value_max not above value in {r['surface']!r}")
            if r["unit"] not in UNITS and r["unit"] not in COUNTERS:
                problems.append(f"{doc}: unit {r['unit']!r}")
            if r["qualifier"] not in QUALIFIERS or r["change"] not in CHANGES:
                problems.append(f"{doc}: qualifier/change {r['qualifier']!r}/{r['change']!r}")
            if r["unit"] in COUNTERS and r["unit"] not in r["surface"]:
                problems.append(f"{doc}: counter {r['unit']!r} not in {r['surface']!r}")
    for p in problems:
        print(p)
    n = {k: len(v) for k, v in tables.items()}
    print(f"{len(docs)} pages; rows: {n}; problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
