"""Consistency check of held-out set 7, half A (plain Python, no pipeline import).

    python3 tests/heldout7/check_a.py        exit 0 when every check passes

Checks, per document of tests/heldout7/a/raw:
- the byte encoding is the one declared below (UTF-16 with BOM, CP949, else UTF-8);
- every place and fact surface occurs in the page's visible text, in reading order
  (places and facts each in their own order; whitespace-insensitive, so hard wraps
  and spaced groups do not matter);
- every body and furniture line of lines.csv occurs in the visible text, and no
  furniture line occurs inside a body line or the title of the same page;
- every title occurs in the visible text, dates are ISO or empty;
- values are plain decimals, units/qualifiers/changes are in the contract's vocabulary;
- the expected files are UTF-8 with BOM with the documented headers, and every
  page has a pages.csv row.
"""
from __future__ import annotations

import csv
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent / "a"
RAW = HERE / "raw"
EXP = HERE / "expected"

ENCODINGS = {  # declared byte encodings; every other page is UTF-8
    "jisikdam/q-20250903-shanghai-insurance.html": "cp949",
    "cheongnam-city/press-2026-0402.txt": "cp949",
    "hcipa/release-2026-15.txt": "utf-16",
}

HEADERS = {
    "places.csv": "doc_id,surface,name_zh,note",
    "facts.csv": "doc_id,surface,value,unit,value_max,qualifier,change,subject,note",
    "pages.csv": "doc_id,title,published",
    "lines.csv": "doc_id,kind,text",
}

UNITS = {
    "CNY", "KRW", "USD", "JPY", "EUR", "HKD", "TWD", "SGD", "CAD", "AUD", "NZD", "MOP",
    "GBP", "CHF", "RUB", "MNT", "INR", "VND", "THB",
    "m2", "km2", "ha", "mu", "pyeong", "percent", "pp", "celsius", "t", "kg", "km", "m",
    "MW", "kW", "GW", "kWh", "MWh", "m3", "l", "year", "month", "day", "TEU",
}
COUNTER = re.compile(r"^[가-힣一-鿿]{1,3}$")  # a counter word as written (개, 곳, 개사, 家)
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"^-?(0|[1-9]\d*)(\.\d*[1-9])?$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SPACE = re.compile(r"\s+")


class _Visible(HTMLParser):
    """Text a reader sees: everything outside <head>, <script>, <style>."""

    HIDDEN = {"head", "script", "style", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.depth += 1
        elif tag in {"p", "div", "li", "br", "h1", "h2", "h3", "tr", "dd", "dt"}:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def decode(doc_id: str, data: bytes) -> str:
    enc = ENCODINGS.get(doc_id, "utf-8")
    if enc == "utf-16":
        assert data[:2] in (b"\xff\xfe", b"\xfe\xff"), f"{doc_id}: no UTF-16 BOM"
        return data.decode("utf-16")
    if enc == "cp949":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            raise AssertionError(f"{doc_id}: declared CP949 but is valid UTF-8")
    return data.decode(enc)


def visible(doc_id: str) -> str:
    text = decode(doc_id, (RAW / doc_id).read_bytes())
    if doc_id.endswith((".html", ".htm")):
        parser = _Visible()
        parser.feed(text)
        text = "".join(parser.parts)
    return text


def flat(s: str) -> str:
    return SPACE.sub("", s)


def read(name: str) -> list[dict]:
    raw = (EXP / name).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{name}: no UTF-8 BOM"
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == HEADERS[name], f"{name}: header"
    return list(csv.DictReader(text.splitlines()))


def main() -> int:
    errors: list[str] = []
    docs = sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file())
    texts = {d: flat(visible(d)) for d in docs}

    for name, kind in (("places.csv", "place"), ("facts.csv", "fact")):
        pos: dict[str, int] = {}
        for row in read(name):
            d = row["doc_id"]
            if d not in texts:
                errors.append(f"{name}: unknown doc {d}")
                continue
            s = flat(row["surface"])
            at = texts[d].find(s, pos.get(d, 0))
            if at < 0:
                errors.append(f"{d}: {kind} {row['surface']!r} not found after the previous one")
            else:
                pos[d] = at
            if kind == "fact":
                if not DECIMAL.match(row["value"]):
                    errors.append(f"{d}: value {row['value']!r}")
                if row["value_max"] and not DECIMAL.match(row["value_max"]):
                    errors.append(f"{d}: value_max {row['value_max']!r}")
                if row["unit"] not in UNITS and not COUNTER.match(row["unit"]):
                    errors.append(f"{d}: unit {row['unit']!r}")
                if row["qualifier"] not in QUALIFIERS:
                    errors.append(f"{d}: qualifier {row['qualifier']!r}")
                if row["change"] not in CHANGES:
                    errors.append(f"{d}: change {row['change']!r}")

    body: dict[str, list[str]] = {}
    furniture: dict[str, list[str]] = {}
    for row in read("lines.csv"):
        d, t = row["doc_id"], flat(row["text"])
        if row["kind"] not in ("body", "furniture"):
            errors.append(f"{d}: kind {row['kind']!r}")
        if d not in texts or t not in texts[d]:
            errors.append(f"{d}: line not in page: {row['text']!r}")
        (body if row["kind"] == "body" else furniture).setdefault(d, []).append(t)
    for d, items in furniture.items():
        for f in items:
            for b in body.get(d, []):
                if f in b:
                    errors.append(f"{d}: furniture {f!r} occurs inside body {b[:30]!r}…")

    seen = set()
    for row in read("pages.csv"):
        d = row["doc_id"]
        seen.add(d)
        for f in furniture.get(d, []):
            if f in flat(row["title"]):
                errors.append(f"{d}: furniture {f!r} occurs inside the title")
        if d not in texts or flat(row["title"]) not in texts[d]:
            errors.append(f"{d}: title not in page: {row['title']!r}")
        if row["published"] and not ISO.match(row["published"]):
            errors.append(f"{d}: published {row['published']!r}")
    for d in docs:
        if d not in seen:
            errors.append(f"{d}: no pages.csv row")
        if d not in body:
            errors.append(f"{d}: no body lines")

    for e in errors:
        print(e)
    print(f"{len(docs)} pages; {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
