"""Consistency check of held-out set 6, half A (plain python, no pipeline import).

    python3 tests/heldout6/check_a.py        exit 0 when every check passes

It checks that the expected files agree with the pages, never what the pipeline does:
- every raw page decodes in the encoding declared below (and in a/README.md);
- expected files are UTF-8 with a BOM, LF line endings, the contract's columns;
- every page has one pages.csv row; its title is text of the page, published is ISO or empty;
- every body and furniture line of lines.csv is text of its page (whitespace-insensitive,
  so hard wraps do not matter); no furniture line is text of a body line or of the title;
- every place and fact surface is text of the article (a body line or the title) and the
  rows of each document come in reading order, searched from the headline on;
- values are plain decimals, units, qualifiers and changes are in the contract vocabulary.
"""
from __future__ import annotations

import csv
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "a"
RAW = HERE / "raw"
EXPECTED = HERE / "expected"

ENCODINGS = {
    "hanbando-db/1987-06-11-shenzhen.txt": "utf-8",
    "hanbando-db/1994-03-22-hunchun-border.txt": "cp949",
    "hanbando-db/2001-11-09-pudong.txt": "utf-8",
    "kyungje-scrap/2006-04-18-chongqing-chengdu.txt": "utf-8",
    "dongfangnet/2024-08-12-heilongjiang-trade.html": "utf-8",
    "dongfangnet/2024-09-03-longjing-pears.html": "utf-16",
    "lioha-joseon/2024-11-05-shenyang-dandong-rail.html": "utf-8",
    "zhonghua-kr/2025-01-23-yangtze-delta-gdp.html": "utf-8",
    "dongpomoa/2025-03-14-yanbian-wage.html": "utf-8",
    "dongpomoa/2025-04-02-qingdao-korean-firms.html": "cp949",
    "dongpomoa/2025-05-20-shenzhen-youth.html": "utf-8",
    "dongpomoa/2025-06-08-yanji-flights.html": "utf-8",
    "blog-hanjungnote/2024-10-05-chongqing-trip.html": "utf-8",
    "blog-hanjungnote/2024-11-18-shanghai-living-costs.html": "utf-8",
    "cafe-jungmusil/2024-03-27-yiwu-prices.html": "utf-8",
    "tistory-travelmom/2025-01-12-harbin-ice.html": "utf-8",
}

HEADERS = {
    "places.csv": ["doc_id", "surface", "name_zh", "note"],
    "facts.csv": ["doc_id", "surface", "value", "unit", "value_max", "qualifier", "change", "subject", "note"],
    "pages.csv": ["doc_id", "title", "published"],
    "lines.csv": ["doc_id", "kind", "text"],
}

UNITS = {
    # docs/contract.md, unit vocabulary
    "CNY", "KRW", "USD", "JPY", "EUR", "HKD", "TWD", "SGD", "CAD", "AUD", "NZD", "MOP", "GBP", "CHF",
    "RUB", "MNT", "INR", "VND", "THB",
    "m2", "km2", "ha", "mu", "pyeong", "percent", "pp", "celsius", "t", "kg", "km", "m",
    "MW", "kW", "GW", "kWh", "MWh", "m3", "l", "year", "month", "day", "TEU",
}
COUNTERS = {"개", "개사", "곳", "명", "배", "차례", "회", "석", "대", "편"}
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"^-?(0|[1-9]\d*)(\.\d*[1-9])?$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HANZI = re.compile(r"^[\u3400-\u9fff]+$")

errors: list[str] = []


def fail(msg: str) -> None:
    errors.append(msg)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def decode(doc: str) -> str:
    data = (RAW / doc).read_bytes()
    enc = ENCODINGS[doc]
    if enc == "utf-16":
        if not data.startswith(b"\xff\xfe"):
            fail(f"{doc}: declared UTF-16 with BOM, no BOM")
        return data.decode("utf-16")
    if enc == "cp949":
        try:
            data.decode("utf-8")
            fail(f"{doc}: declared CP949 but is valid UTF-8")
        except UnicodeDecodeError:
            pass
        return data.decode("cp949")
    if data.startswith(b"\xef\xbb\xbf"):
        fail(f"{doc}: UTF-8 page carries a BOM")
    return data.decode("utf-8")


def visible(doc: str, text: str) -> str:
    if not doc.endswith(".html"):
        return text
    text = re.sub(r"(?is)<head>.*?</head>|<script.*?</script>|<style.*?</style>", " ", text)
    text = re.sub(r"<[^>]+>", "\n", text)
    return html.unescape(text)


def read(name: str) -> list[dict[str, str]]:
    path = EXPECTED / name
    data = path.read_bytes()
    if not data.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: no UTF-8 BOM")
    if b"\r" in data:
        fail(f"{name}: CR in line endings")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    if rows[0] != HEADERS[name]:
        fail(f"{name}: header {rows[0]}")
    out = []
    for i, row in enumerate(rows[1:], start=2):
        if len(row) != len(HEADERS[name]):
            fail(f"{name}:{i}: {len(row)} cells")
            continue
        rec = dict(zip(HEADERS[name], row))
        if rec["doc_id"] not in ENCODINGS:
            fail(f"{name}:{i}: unknown doc_id {rec['doc_id']}")
            continue
        rec["_line"] = str(i)
        out.append(rec)
    return out


def main() -> int:
    found = sorted(str(p.relative_to(RAW)) for p in RAW.rglob("*") if p.is_file())
    if found != sorted(ENCODINGS):
        fail(f"raw files differ from the declared list: {set(found) ^ set(ENCODINGS)}")
    pages = {d: squash(visible(d, decode(d))) for d in ENCODINGS}

    page_rows = read("pages.csv")
    titles = {}
    for r in page_rows:
        d = r["doc_id"]
        if d in titles:
            fail(f"pages.csv: {d} twice")
        titles[d] = squash(r["title"])
        if not titles[d] or titles[d] not in pages[d]:
            fail(f"pages.csv:{r['_line']}: title not text of {d}")
        if r["published"] and not ISO.match(r["published"]):
            fail(f"pages.csv:{r['_line']}: published {r['published']!r}")
    for d in ENCODINGS:
        if d not in titles:
            fail(f"pages.csv: no row for {d}")

    body: dict[str, list[str]] = {d: [] for d in ENCODINGS}
    furniture: dict[str, list[tuple[str, str]]] = {d: [] for d in ENCODINGS}
    for r in read("lines.csv"):
        d, text = r["doc_id"], squash(r["text"])
        if r["kind"] not in ("body", "furniture"):
            fail(f"lines.csv:{r['_line']}: kind {r['kind']!r}")
        if not text or text not in pages[d]:
            fail(f"lines.csv:{r['_line']}: not text of {d}: {r['text'][:40]}")
        if r["kind"] == "body":
            body[d].append(text)
        else:
            furniture[d].append((r["_line"], text))
    for d in ENCODINGS:
        if not body[d]:
            fail(f"lines.csv: no body line for {d}")
        article = body[d] + [titles.get(d, "")]
        for line, text in furniture[d]:
            if any(text in a for a in article):
                fail(f"lines.csv:{line}: furniture is text of the article of {d}: {text[:40]}")

    for name in ("places.csv", "facts.csv"):
        pos: dict[str, int] = {}
        for r in read(name):
            d, surf = r["doc_id"], squash(r["surface"])
            start = pos.get(d)
            if start is None:
                start = pages[d].find(titles.get(d, "\0"))
                if start < 0:
                    start = 0
            at = pages[d].find(surf, start) if surf else -1
            if at < 0:
                fail(f"{name}:{r['_line']}: {r['surface']!r} not found in {d} after the previous row")
            else:
                pos[d] = at + len(surf)
            if not any(surf in a for a in body[d] + [titles.get(d, "")]):
                fail(f"{name}:{r['_line']}: {r['surface']!r} is not in a body line or the title of {d}")
            if name == "places.csv" and not HANZI.match(r["name_zh"]):
                fail(f"{name}:{r['_line']}: name_zh {r['name_zh']!r}")
            if name == "facts.csv":
                if not DECIMAL.match(r["value"]):
                    fail(f"{name}:{r['_line']}: value {r['value']!r}")
                if r["value_max"]:
                    if not DECIMAL.match(r["value_max"]):
                        fail(f"{name}:{r['_line']}: value_max {r['value_max']!r}")
                    elif float(r["value_max"]) <= float(r["value"]):
                        fail(f"{name}:{r['_line']}: value_max not above value")
                if r["unit"] not in UNITS | COUNTERS:
                    fail(f"{name}:{r['_line']}: unit {r['unit']!r}")
                if r["qualifier"] not in QUALIFIERS:
                    fail(f"{name}:{r['_line']}: qualifier {r['qualifier']!r}")
                if r["change"] not in CHANGES:
                    fail(f"{name}:{r['_line']}: change {r['change']!r}")

    for e in errors:
        print(e)
    print(f"check_a: {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
