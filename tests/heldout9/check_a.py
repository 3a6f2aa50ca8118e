"""Consistency check of held-out set 9, part a (plain Python, no pipeline import).

    python3 tests/heldout9/check_a.py

Checks, for every expected row, that it is text of its own page as a reader sees it:
surfaces in reading order inside the article text, body and furniture lines present,
furniture text not inside the article text, plain decimal values, the contract's
vocabulary of units/qualifiers/changes, ISO dates, every CSV row with as many fields
as its header, and each raw page in the byte encoding declared below.
Exit status 0 when everything holds, 1 with one line per problem otherwise.
"""
from __future__ import annotations

import csv
import datetime
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent / "a"
RAW = HERE / "raw"
EXP = HERE / "expected"

# Byte encoding of each page as written (the pipeline must detect it).
ENCODINGS = {
    "hanbando-archive/1998-11-05-pudong-imf.txt": "cp949",
    "qd-gyomin/2025-02-18-chengyang-market.html": "cp949",
    "namhae-ilbo/2025-08-05-suzhou-second-plant.html": "cp949",
    "dongbei-joseon/2024-09-20-dandong-port.html": "utf-16",
}  # every other page: utf-8 without BOM

HEADERS = {
    "pages.csv": ["doc_id", "title", "published"],
    "lines.csv": ["doc_id", "kind", "text"],
    "places.csv": ["doc_id", "surface", "name_zh", "note"],
    "facts.csv": ["doc_id", "surface", "value", "unit", "value_max", "qualifier", "change", "subject", "note"],
}
MEASURE_UNITS = {
    "CNY", "KRW", "USD", "JPY", "EUR", "HKD", "TWD", "SGD", "CAD", "AUD", "NZD", "MOP", "GBP", "CHF", "RUB",
    "MNT", "INR", "VND", "THB", "m2", "km2", "ha", "mu", "pyeong", "percent", "pp", "celsius", "t", "kg",
    "km", "m", "MW", "kW", "GW", "kWh", "MWh", "m3", "l", "bbl", "year", "month", "day", "TEU",
}
COUNTERS = {"개", "개사", "곳", "명", "건", "배", "회", "차례", "대", "실", "층", "사", "편", "척", "동", "종"}
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"^-?(0|[1-9]\d*)(\.\d*[1-9])?$")
HANZI = re.compile(r"^[\u4e00-\u9fff]+$")

problems: list[str] = []


def problem(msg: str) -> None:
    problems.append(msg)


def squash(text: str) -> str:
    """Whitespace-insensitive form (hard wraps and HTML line breaks vanish)."""
    return re.sub(r"\s+", "", text)


class _Visible(HTMLParser):
    """Text a reader sees: <body> without script/style."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "tr", "td"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if self.in_body and not self.skip:
            self.parts.append(data)


def decode(path: Path, declared: str) -> str:
    data = path.read_bytes()
    if declared == "utf-16":
        if not data.startswith(b"\xff\xfe") and not data.startswith(b"\xfe\xff"):
            problem(f"{path}: declared UTF-16 with BOM, no BOM")
        return data.decode("utf-16")
    if declared == "cp949":
        try:
            data.decode("utf-8")
            problem(f"{path}: declared CP949 but decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        return data.decode("cp949")
    if data.startswith(b"\xef\xbb\xbf") or data.startswith(b"\xff\xfe"):
        problem(f"{path}: declared UTF-8 without BOM, has a BOM")
    return data.decode("utf-8")


def visible(doc: str) -> str:
    text = decode(RAW / doc, ENCODINGS.get(doc, "utf-8"))
    if doc.endswith(".html"):
        parser = _Visible()
        parser.feed(text)
        return "".join(parser.parts)
    return text


def read_csv(name: str) -> list[dict[str, str]]:
    raw = (EXP / name).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problem(f"{name}: no UTF-8 byte-order mark")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    if rows[0] != HEADERS[name]:
        problem(f"{name}: header {rows[0]}")
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(rows[0]):
            problem(f"{name}:{n}: {len(row)} fields, header has {len(rows[0])}")
            continue
        out.append(dict(zip(rows[0], row)))
    return out


def in_order(doc: str, article: str, surfaces: list[str], what: str) -> None:
    pos = 0
    for s in surfaces:
        at = article.find(squash(s), pos)
        if at < 0:
            problem(f"{doc}: {what} {s!r} not in the article text after the previous one")
            continue
        pos = at + 1


def main() -> int:
    docs = sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file())
    pages = read_csv("pages.csv")
    lines = read_csv("lines.csv")
    places = read_csv("places.csv")
    facts = read_csv("facts.csv")
    if sorted(r["doc_id"] for r in pages) != docs:
        problem("pages.csv: doc_ids differ from the pages under raw/")
    for doc in ENCODINGS:
        if doc not in docs:
            problem(f"ENCODINGS names a missing page {doc}")
    for doc in docs:
        vis = squash(visible(doc))
        body = [r["text"] for r in lines if r["doc_id"] == doc and r["kind"] == "body"]
        furn = [r["text"] for r in lines if r["doc_id"] == doc and r["kind"] == "furniture"]
        if not body or not furn:
            problem(f"{doc}: no body or no furniture lines")
        pos = 0
        for b in body:
            at = vis.find(squash(b), pos)
            if at < 0:
                problem(f"{doc}: body line not in the page (in order): {b[:40]!r}")
                continue
            pos = at + 1
        article = "".join(squash(b) for b in body)
        for f in furn:
            if squash(f) not in vis:
                problem(f"{doc}: furniture line not in the page: {f[:40]!r}")
            if squash(f) in article:
                problem(f"{doc}: furniture line occurs in the article text: {f[:40]!r}")
        in_order(doc, article, [r["surface"] for r in places if r["doc_id"] == doc], "place")
        in_order(doc, article, [r["surface"] for r in facts if r["doc_id"] == doc], "fact")
        page = next((r for r in pages if r["doc_id"] == doc), None)
        if page:
            if squash(page["title"]) not in vis:
                problem(f"{doc}: title not in the page")
            if page["published"]:
                try:
                    datetime.date.fromisoformat(page["published"])
                except ValueError:
                    problem(f"{doc}: published {page['published']!r} is not an ISO date")
    for r in lines:
        if r["kind"] not in ("body", "furniture"):
            problem(f"lines.csv: kind {r['kind']!r}")
        if r["doc_id"] not in docs:
            problem(f"lines.csv: unknown doc {r['doc_id']}")
    for r in places:
        if r["doc_id"] not in docs:
            problem(f"places.csv: unknown doc {r['doc_id']}")
        if not HANZI.match(r["name_zh"]):
            problem(f"places.csv: name_zh {r['name_zh']!r} is not simplified hanzi")
    for r in facts:
        where = f"facts.csv: {r['doc_id']} {r['surface']!r}"
        if r["doc_id"] not in docs:
            problem(f"{where}: unknown doc")
        if not DECIMAL.match(r["value"]):
            problem(f"{where}: value {r['value']!r} is not a plain decimal")
        if r["value_max"]:
            if not DECIMAL.match(r["value_max"]):
                problem(f"{where}: value_max {r['value_max']!r} is not a plain decimal")
            elif float(r["value_max"]) <= float(r["value"]):
                problem(f"{where}: value_max not above value")
        if r["unit"] not in MEASURE_UNITS and r["unit"] not in COUNTERS:
            problem(f"{where}: unit {r['unit']!r} outside the vocabulary")
        if r["qualifier"] not in QUALIFIERS:
            problem(f"{where}: qualifier {r['qualifier']!r}")
        if r["change"] not in CHANGES:
            problem(f"{where}: change {r['change']!r}")
        if r["value"].startswith("-") and not squash(r["surface"]).startswith(("-", "마이너스")):
            problem(f"{where}: negative value without a sign in the surface")
    for p in problems:
        print(p)
    print(f"{len(docs)} pages, {len(lines)} lines, {len(places)} places, {len(facts)} facts: "
          f"{'OK' if not problems else str(len(problems)) + ' problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
