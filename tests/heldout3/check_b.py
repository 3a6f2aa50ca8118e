"""Consistency check of held-out set 3, half B (tests/heldout3/b).

Plain Python, no pipeline import: it checks the expected files against the pages,
never against program output.

    python3 tests/heldout3/check_b.py        # exit 0 and "ok" when consistent

What it checks, per document:
- the page decodes strictly in its declared encoding (UTF-16 with BOM, CP949 that is
  not valid UTF-8, UTF-8 without BOM), and an HTML page's charset declaration agrees;
- every raw page has one pages.csv row; the title occurs in the page; published is ISO;
- every furniture line occurs in the visible text and not inside any body line;
- every body line occurs in the article text (visible text with furniture removed),
  whitespace-insensitively, so wraps and page breaks do not matter;
- place and fact surfaces occur in the article text in reading order, from the title on;
- values are plain decimals; units, qualifiers and changes are in the contract vocabulary;
- the expected CSVs are UTF-8 with BOM, LF line endings, exact headers;
- every page carries 1.5-5 KB of article text (UTF-8, from the headline on, furniture
  and whitespace not counted).
"""
from __future__ import annotations

import csv
import datetime
import io
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent / "b"
RAW = HERE / "raw"
EXPECTED = HERE / "expected"

ENCODINGS = {
    "gyeongbuk-haeram/2024-03-12-qingdao-ferry.html": "utf-8",
    "gyeongbuk-haeram/2024-05-08-daegu-chengdu.txt": "cp949",
    "honam-saebit/2023-11-20-guangzhou-flight.html": "utf-8",
    "honam-saebit/2025-01-15-dalian-laver.txt": "utf-16",
    "kmarket-daily/2025-02-26-cathode-changzhou.html": "utf-8",
    "kmarket-daily/2025-06-03-special-bonds.html": "cp949",
    "hanjung-econ/2024-09-10-hainan-duty-free.html": "utf-8",
    "hanjung-econ/2024-12-04-chongqing-packaging.html": "utf-8",
    "hanjung-trade/2025-03-14-weekly-112.txt": "utf-8",
    "hanjung-trade/2025-04-11-letter-116.html": "utf-8",
    "yanbian-kyoryu/2024-10-08-tongxin-27.txt": "utf-8",
    "yanbian-kyoryu/2024-11-05-tongxin-28.html": "utf-8",
    "hjrdi/2025-02-brief-41-chengdu-chongqing.txt": "utf-8",
    "hjrdi/2025-05-brief-44-yangtze-delta.txt": "utf-8",
    "seohae-eri/2024-07-brief-07-shandong.txt": "cp949",
    "seohae-eri/2024-10-brief-09-liaoning.txt": "utf-8",
}

HEADERS = {
    "pages.csv": ["doc_id", "title", "published"],
    "lines.csv": ["doc_id", "kind", "text"],
    "places.csv": ["doc_id", "surface", "name_zh", "note"],
    "facts.csv": ["doc_id", "surface", "value", "unit", "value_max", "qualifier",
                  "change", "subject", "note"],
}

# docs/contract.md, unit vocabulary; count units are counter words as written.
UNITS = set("CNY KRW USD JPY EUR HKD TWD SGD CAD AUD NZD MOP GBP CHF RUB MNT INR VND THB".split()) | {
    "m2", "km2", "ha", "mu", "pyeong", "percent", "pp", "celsius", "t", "kg", "km", "m",
    "MW", "kW", "GW", "kWh", "MWh", "m3", "l", "year", "month", "day"}
COUNTERS = {"척", "명", "개", "동", "곳", "석", "봉지", "대", "배", "사", "층", "개사", "종", "편",
            "건", "가지", "TEU"}
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"-?(0|[1-9]\d*)(\.\d*[1-9])?")

BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
         "table", "dt", "dd", "dl", "figcaption", "figure", "header", "footer", "section",
         "article", "nav", "aside", "main", "br", "hr", "blockquote"}
HIDDEN = {"head", "script", "style", "title", "noscript"}


class _Visible(HTMLParser):
    """Text a reader sees: no head, scripts or styles; blocks on their own lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def squeeze(text: str) -> str:
    """Whitespace-insensitive form: hard wraps, page breaks and spacing do not count."""
    return re.sub(r"\s+", "", text)


def decode(doc: str, errors: list[str]) -> str:
    data = (RAW / doc).read_bytes()
    enc = ENCODINGS[doc]
    if enc == "utf-16":
        if data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
            errors.append(f"{doc}: declared UTF-16 but no BOM")
        return data.decode("utf-16")
    if data[:3] == b"\xef\xbb\xbf":
        errors.append(f"{doc}: unexpected UTF-8 BOM")
    if enc == "cp949":
        try:
            data.decode("utf-8")
            errors.append(f"{doc}: declared CP949 but the bytes are valid UTF-8")
        except UnicodeDecodeError:
            pass
    text = data.decode(enc)
    if doc.endswith(".html"):
        m = re.search(r"charset=[\"']?([\w-]+)", text, re.I)
        declared = (m.group(1).lower() if m else "")
        want = {"utf-8": {"utf-8"}, "cp949": {"euc-kr", "cp949", "ks_c_5601-1987"}}[enc]
        if declared not in want:
            errors.append(f"{doc}: charset {declared!r} does not match {enc}")
    return text


def visible(doc: str, errors: list[str]) -> str:
    text = decode(doc, errors).replace("\r\n", "\n").replace("\f", "\n")
    if doc.endswith(".html"):
        parser = _Visible()
        parser.feed(text)
        text = "".join(parser.parts)
    return text


def read(name: str, errors: list[str]) -> list[dict[str, str]]:
    raw = (EXPECTED / name).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: no UTF-8 BOM")
    if b"\r\n" in raw:
        errors.append(f"{name}: CRLF line endings")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    if rows[0] != HEADERS[name]:
        errors.append(f"{name}: header {rows[0]}")
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def by_doc(rows):
    out: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        out.setdefault(r["doc_id"], []).append(r)
    return out


def check_order(doc, what, rows, article, start, errors):
    pos = start
    for r in rows:
        s = squeeze(r["surface"])
        i = article.find(s, pos)
        if i < 0:
            errors.append(f"{doc}: {what} {r['surface']!r} not found after the previous row")
            continue
        pos = i + len(s)


def check_fact(doc, r, errors):
    for col in ("value", "value_max"):
        if r[col] and not DECIMAL.fullmatch(r[col]):
            errors.append(f"{doc}: {r['surface']!r} {col} {r[col]!r} is not a plain decimal")
    if r["value_max"] and float(r["value_max"]) <= float(r["value"]):
        errors.append(f"{doc}: {r['surface']!r} value_max not above value")
    if r["unit"] not in UNITS | COUNTERS:
        errors.append(f"{doc}: {r['surface']!r} unit {r['unit']!r} not in the vocabulary")
    if r["qualifier"] not in QUALIFIERS:
        errors.append(f"{doc}: {r['surface']!r} qualifier {r['qualifier']!r}")
    if r["change"] not in CHANGES:
        errors.append(f"{doc}: {r['surface']!r} change {r['change']!r}")


def main() -> int:
    errors: list[str] = []
    sizes: dict[str, int] = {}
    pages = by_doc(read("pages.csv", errors))
    lines = by_doc(read("lines.csv", errors))
    places = by_doc(read("places.csv", errors))
    facts = by_doc(read("facts.csv", errors))
    on_disk = {p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file()}
    if on_disk != set(ENCODINGS):
        errors.append(f"raw/ and the encoding table differ: {sorted(on_disk ^ set(ENCODINGS))}")
    for name, table in (("lines", lines), ("places", places), ("facts", facts)):
        for doc in set(table) - set(ENCODINGS):
            errors.append(f"{name}.csv: unknown doc_id {doc}")
    for doc in sorted(ENCODINGS):
        text = squeeze(visible(doc, errors))
        if len(pages.get(doc, [])) != 1:
            errors.append(f"{doc}: needs exactly one pages.csv row")
            continue
        page = pages[doc][0]
        if page["published"]:
            try:
                datetime.date.fromisoformat(page["published"])
            except ValueError:
                errors.append(f"{doc}: published {page['published']!r} is not ISO")
        furniture = [r["text"] for r in lines.get(doc, []) if r["kind"] == "furniture"]
        body = [r["text"] for r in lines.get(doc, []) if r["kind"] == "body"]
        if any(r["kind"] not in ("body", "furniture") for r in lines.get(doc, [])):
            errors.append(f"{doc}: kind must be body or furniture")
        article = text
        for f in sorted(furniture, key=len, reverse=True):
            if squeeze(f) not in text:
                errors.append(f"{doc}: furniture not in the page: {f!r}")
            article = article.replace(squeeze(f), "")
        for f in furniture:
            for b in body:
                if squeeze(f) in squeeze(b):
                    errors.append(f"{doc}: furniture {f!r} inside body line {b[:30]!r}")
        for b in body:
            if squeeze(b) not in article:
                errors.append(f"{doc}: body line not in the article text: {b[:40]!r}")
        start = article.find(squeeze(page["title"]))
        if start < 0:
            errors.append(f"{doc}: title not in the article text: {page['title']!r}")
            start = 0
        size = len(article[start:].encode("utf-8"))
        sizes[doc] = size
        if not 1500 <= size <= 5000:
            errors.append(f"{doc}: {size} bytes of article text (headline on, spaces not counted)")
        check_order(doc, "place", places.get(doc, []), article, start, errors)
        check_order(doc, "fact", facts.get(doc, []), article, start, errors)
        for r in facts.get(doc, []):
            check_fact(doc, r, errors)
        for r in places.get(doc, []):
            if not re.fullmatch(r"[\u4e00-\u9fff]+", r["name_zh"]):
                errors.append(f"{doc}: name_zh {r['name_zh']!r} is not simplified hanzi")
    for e in errors:
        print(e)
    if "-v" in sys.argv:
        for doc, size in sorted(sizes.items()):
            print(f"{size:5d} bytes  {doc}")
    counts = {n: sum(len(v) for v in t.values())
              for n, t in (("pages", pages), ("lines", lines), ("places", places), ("facts", facts))}
    print("ok" if not errors else f"{len(errors)} problems", counts)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
