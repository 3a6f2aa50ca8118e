"""Consistency check of held-out set 3, half A (tests/heldout3/a).

Plain Python, no pipeline import: it reads the raw pages and the four expected
files and checks that they agree with each other. It says nothing about the
pipeline. Run: python3 tests/heldout3/check_a.py  (exit status 1 on any problem).

Checks:
- every page decodes with the encoding declared below (and only as intended:
  a CP949 page is not valid UTF-8, a UTF-16 page starts with a BOM, an HTML
  page's declared charset agrees);
- expected files are UTF-8 with a BOM, with the documented headers;
- lines.csv: every furniture line occurs in its page's visible text and every
  body line once the furniture lines are taken out (whitespace-insensitive,
  so hard wraps and a page break inside a sentence do not matter); no
  furniture text occurs inside a body line or the title;
- pages.csv: the title occurs in the visible text, published is an ISO date;
- places.csv / facts.csv: every surface occurs in the article (from the
  headline to the end of the last body line), in reading order;
- values are plain decimals (no exponent, no trailing zeros), ranges ascend,
  units / qualifiers / changes use the contract's vocabulary.
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

ENCODINGS = {
    "hanbando-archive/1987-06-12-shenzhen-zone.txt": "utf-8",
    "hanbando-archive/1994-03-08-liaoning-budget.txt": "cp949",
    "jungang-gisa-db/1999-11-20-pudong-banks.txt": "utf-8",
    "jungang-gisa-db/2003-08-05-heilongjiang-digest.txt": "utf-8",
    "dongbang-joseonmal/2024-05-14-yanbian-rice.html": "utf-8",
    "dongbang-joseonmal/2024-11-02-harbin-ice.html": "utf-16",
    "changbaek-joseon/2023-09-20-changchun-nev.html": "utf-8",
    "changbaek-joseon/2022-03-07-guangdong-grp.html": "utf-8",
    "dongponara/2019-07-22-qingdao-koreans.html": "utf-8",
    "dongponara/2020-01-09-yanji-flights.html": "cp949",
    "hanjung-moim/2022-10-05-zhengzhou-scholarship.html": "utf-8",
    "hanjung-moim/2021-04-12-shenyang-xita.html": "utf-8",
    "sonamu-blog/2023-06-18-changzhutan.html": "utf-8",
    "sonamu-blog/2024-02-03-xiongan.html": "utf-8",
    "jungmusil-cafe/2023-10-24-guangxi-border.html": "utf-8",
    "jungmusil-cafe/2024-09-10-chengdu-chongqing.html": "utf-8",
}

HEADERS = {
    "places.csv": ["doc_id", "surface", "name_zh", "note"],
    "facts.csv": ["doc_id", "surface", "value", "unit", "value_max", "qualifier", "change", "subject", "note"],
    "pages.csv": ["doc_id", "title", "published"],
    "lines.csv": ["doc_id", "kind", "text"],
}

# docs/contract.md, "Unit vocabulary"; count units are counter words as written.
UNITS = set(
    "CNY KRW USD JPY EUR HKD TWD SGD CAD AUD NZD MOP GBP CHF RUB MNT INR VND THB "
    "m2 km2 ha mu pyeong percent pp celsius t kg km m MW kW GW kWh MWh m3 l year month day".split()
)
COUNTER = re.compile(r"^[\uac00-\ud7a3\u4e00-\u9fff]{1,4}$")
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$")
CHARSET = re.compile(rb"charset=[\"']?([A-Za-z0-9_-]+)", re.I)
CHARSET_NAMES = {"utf-8": {"utf-8"}, "cp949": {"euc-kr", "cp949", "ks_c_5601-1987"}, "utf-16": {"utf-16"}}

BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td",
         "table", "header", "footer", "nav", "main", "article", "section", "aside", "span", "b", "small"}


class Visible(HTMLParser):
    """Text a reader sees in <body>; script/style/head skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "noscript"):
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "noscript"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def squash(text: str) -> str:
    return "".join(text.split())


def read_csv(name: str, problems: list[str]) -> list[dict]:
    data = (EXP / name).read_bytes()
    if not data.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{name}: no UTF-8 byte-order mark")
    if b"\r\n" in data:
        problems.append(f"{name}: CRLF line endings")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    if rows[0] != HEADERS[name]:
        problems.append(f"{name}: header {rows[0]} != {HEADERS[name]}")
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def decode(doc: str, problems: list[str]) -> str:
    enc = ENCODINGS[doc]
    data = (RAW / doc).read_bytes()
    text = data.decode(enc)  # strict: raises on a wrong declaration
    if enc == "cp949":
        try:
            data.decode("utf-8")
            problems.append(f"{doc}: declared cp949 but decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    if enc == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.append(f"{doc}: UTF-16 without a byte-order mark")
    if enc == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{doc}: unexpected UTF-8 BOM")
    if doc.endswith(".html"):
        raw_ascii = text.encode("ascii", "ignore")
        m = CHARSET.search(raw_ascii)
        if not m or m.group(1).decode().lower() not in CHARSET_NAMES[enc]:
            problems.append(f"{doc}: HTML charset {m and m.group(1)} does not match {enc}")
        parser = Visible()
        parser.feed(text.lstrip("\ufeff"))
        return "".join(parser.parts)
    return text


def in_order(doc: str, region: str, surfaces: list[str], what: str, problems: list[str]) -> None:
    pos = 0
    for s in surfaces:
        i = region.find(squash(s), pos)
        if i < 0:
            problems.append(f"{doc}: {what} surface {s!r} not found in the article after the previous one")
            continue
        pos = i + len(squash(s))


def main() -> int:
    problems: list[str] = []
    docs = sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file())
    if sorted(ENCODINGS) != docs:
        problems.append(f"raw/ and ENCODINGS differ: {set(docs) ^ set(ENCODINGS)}")
    tables = {name: read_csv(name, problems) for name in HEADERS}
    for name, rows in tables.items():
        for r in rows:
            if r["doc_id"] not in ENCODINGS:
                problems.append(f"{name}: unknown doc_id {r['doc_id']!r}")
    visible = {doc: squash(decode(doc, problems)) for doc in docs}

    pages = {r["doc_id"]: r for r in tables["pages.csv"]}
    if sorted(pages) != docs:
        problems.append("pages.csv does not have exactly one row per page")
    regions: dict[str, str] = {}
    for doc in docs:
        text = visible[doc]
        page = pages.get(doc, {"title": "", "published": ""})
        title = squash(page["title"])
        if title and title not in text:
            problems.append(f"{doc}: title not in the visible text")
        if page["published"]:
            try:
                datetime.date.fromisoformat(page["published"])
            except ValueError:
                problems.append(f"{doc}: published {page['published']!r} is not an ISO date")
        lines = [r for r in tables["lines.csv"] if r["doc_id"] == doc]
        body = [squash(r["text"]) for r in lines if r["kind"] == "body"]
        furniture = [squash(r["text"]) for r in lines if r["kind"] == "furniture"]
        if not body or not furniture:
            problems.append(f"{doc}: needs body and furniture lines")
            continue
        # a body sentence may be interrupted by furniture (a page break of a
        # report); it must occur once the furniture lines are taken out
        cleaned = text
        for f in sorted(furniture, key=len, reverse=True):
            cleaned = cleaned.replace(f, "") if f else cleaned
        for r in lines:
            if r["kind"] not in ("body", "furniture"):
                problems.append(f"{doc}: kind {r['kind']!r}")
            if squash(r["text"]) not in (text if r["kind"] == "furniture" else cleaned):
                problems.append(f"{doc}: {r['kind']} line not in the page: {r['text']!r}")
        for f in furniture:
            for b in body + [title]:
                if f and f in b:
                    problems.append(f"{doc}: furniture {f!r} occurs inside article text {b[:30]!r}")
        first = cleaned.find(body[0])
        start = cleaned.rfind(title, 0, first) if title else -1
        start = first if start < 0 else start
        end = max(cleaned.rfind(b) + len(b) for b in body)
        regions[doc] = cleaned[start:end]
        size = sum(len(b.encode("utf-8")) for b in body) + len(title.encode("utf-8"))
        print(f"{doc}: {len(body)} body / {len(furniture)} furniture lines, ~{size} bytes of article text")

    for name, what in (("places.csv", "place"), ("facts.csv", "fact")):
        by_doc: dict[str, list[str]] = {}
        for r in tables[name]:
            by_doc.setdefault(r["doc_id"], []).append(r["surface"])
        for doc, surfaces in by_doc.items():
            if doc in regions:
                in_order(doc, regions[doc], surfaces, what, problems)

    for r in tables["places.csv"]:
        if not re.search(r"[\u4e00-\u9fff]", r["name_zh"]):
            problems.append(f"places.csv: name_zh {r['name_zh']!r} is not Chinese")
    for r in tables["facts.csv"]:
        where = f"facts.csv {r['doc_id']} {r['surface']!r}"
        if not DECIMAL.match(r["value"]):
            problems.append(f"{where}: value {r['value']!r} is not a plain decimal")
        if r["value_max"]:
            if not DECIMAL.match(r["value_max"]):
                problems.append(f"{where}: value_max {r['value_max']!r} is not a plain decimal")
            elif float(r["value_max"]) <= float(r["value"]):
                problems.append(f"{where}: value_max not above value")
        if r["unit"] not in UNITS and not COUNTER.match(r["unit"]):
            problems.append(f"{where}: unit {r['unit']!r} not in the contract vocabulary")
        if r["qualifier"] not in QUALIFIERS:
            problems.append(f"{where}: qualifier {r['qualifier']!r}")
        if r["change"] not in CHANGES:
            problems.append(f"{where}: change {r['change']!r}")

    counts = ", ".join(f"{name} {len(rows)}" for name, rows in tables.items())
    print(f"{len(docs)} pages; rows: {counts}")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
