"""Consistency check of held-out set 4, half B (plain Python, no pipeline import).

    python3 tests/heldout4/check_b.py

Checks, for every expected row, that it is text of its own page and uses the contract's
vocabulary: page encodings as declared; every place and fact surface occurs in the page's
visible text in reading order, outside the furniture lines (whitespace-insensitive, so hard
wraps and page breaks do not matter); every body and furniture line occurs; no furniture
line occurs inside the article text; titles occur; values are plain decimals; units,
qualifiers and changes are in docs/contract.md's vocabulary; dates are ISO.
Exit status 0 when everything holds, 1 otherwise (each problem on its own line).
"""
from __future__ import annotations

import csv
import re
import sys
from html.parser import HTMLParser
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent / "b"
RAW = HERE / "raw"
EXP = HERE / "expected"

# Byte encoding of each page as written (README.md of this part lists the same).
ENCODINGS = {
    "hanjung-letter/no212-2026-02-03.txt": "cp949",
    "hoseo-ilbo/2026-04-20-hunan-farm.txt": "cp949",
    "hangil-econ/2026-02-23-chengdu-chongqing.html": "utf-16",
}
MONEY = {"CNY", "KRW", "USD", "JPY", "EUR", "HKD", "TWD", "SGD", "CAD", "AUD", "NZD", "MOP",
         "GBP", "CHF", "RUB", "MNT", "INR", "VND", "THB"}
UNITS = MONEY | {"m2", "km2", "ha", "mu", "pyeong", "percent", "pp", "celsius", "t", "kg",
                 "km", "m", "MW", "kW", "GW", "kWh", "MWh", "m3", "l", "year", "month", "day"}
COUNTER = re.compile(r"^[가-힣]{1,3}$")  # a counter word as written (곳, 개사, 명, 척 ...)
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"^-?(0|[1-9]\d*)(\.\d*[1-9])?$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "tr", "td", "br", "header", "footer",
         "section", "article", "figure", "figcaption", "ul", "ol", "nav", "aside", "main", "table"}


class Visible(HTMLParser):
    """Text a reader sees in <body> (not <head>, scripts or styles), blocks on their own lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


SINO = dict(zip("일이삼사오육칠팔구", range(1, 10)))
NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4}
SMALL = {"십": 10, "백": 100, "천": 1000}
BIG = {"만": 10**4, "억": 10**8, "조": 10**12}


def surface_value(surface: str) -> Decimal | None:
    """Independent reading of a surface's number (a cross-check of the hand-written value)."""
    s = surface.replace("US$", "").replace(",", "").strip()
    sign = 1
    for word in ("영하", "마이너스", "-"):
        if s.startswith(word):
            sign, s = -1, s[len(word):].strip()
    numerals = "" if re.search(r"[0-9]", s) else "일이삼사오육칠팔구"  # Hangul digits only without Arabic ones
    m = re.match(r"[0-9.\s천백십만억조" + numerals + "]+", s)
    if not m or not m.group().strip():
        first = s.split()[0] if s.split() else ""
        return Decimal(sign * NATIVE[first]) if first in NATIVE else None
    text = re.sub(r"\s", "", m.group())
    text = text.split("~")[0]
    total, group, digit = Decimal(0), Decimal(0), None
    for tok in re.findall(r"[0-9.]+|.", text):
        if tok[0].isdigit():
            digit = Decimal(tok)
        elif tok in SINO:
            digit = Decimal(SINO[tok])
        elif tok in SMALL:
            group += (digit if digit is not None else 1) * SMALL[tok]
            digit = None
        elif tok in BIG:
            group += digit or 0
            total += (group or 1) * BIG[tok]
            group, digit = Decimal(0), None
        else:
            return None
    value = total + group + (digit or 0)
    return sign * value.normalize() if value == value.to_integral() else sign * value


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def decode(doc: str, raw: bytes, problems: list[str]) -> str:
    declared = ENCODINGS.get(doc, "utf-8")
    if declared == "utf-16":
        if not raw.startswith(b"\xff\xfe") and not raw.startswith(b"\xfe\xff"):
            problems.append(f"{doc}: declared UTF-16 but no byte-order mark")
        return raw.decode("utf-16")
    if declared == "cp949":
        try:
            raw.decode("utf-8")
            problems.append(f"{doc}: declared CP949 but the bytes are valid UTF-8")
        except UnicodeDecodeError:
            pass
        return raw.decode("cp949")
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{doc}: UTF-8 page with a BOM (not declared)")
    return raw.decode("utf-8")


def visible_text(doc: str, text: str) -> str:
    if doc.endswith(".html"):
        parser = Visible()
        parser.feed(text)
        return "".join(parser.parts)
    return text


def read(name: str) -> list[dict[str, str]]:
    raw = (EXP / name).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        raise SystemExit(f"{name}: not UTF-8 with a BOM")
    if b"\r" in raw:
        raise SystemExit(f"{name}: CR in file (LF line endings expected)")
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


def in_order(doc: str, kind: str, surfaces: list[str], text: str, problems: list[str]) -> None:
    pos = 0
    for surface in surfaces:
        s = squash(surface)
        found = text.find(s, pos)
        if found < 0:
            where = "anywhere" if s not in text else "after the previous row"
            problems.append(f"{doc}: {kind} surface {surface!r} not found {where}")
            continue
        pos = found + 1


def check() -> list[str]:
    problems: list[str] = []
    places, facts, pages, lines = (read(n) for n in ("places.csv", "facts.csv", "pages.csv", "lines.csv"))
    docs = sorted(str(p.relative_to(RAW)) for p in RAW.rglob("*") if p.is_file())
    page_ids = [r["doc_id"] for r in pages]
    if sorted(page_ids) != docs or len(set(page_ids)) != len(page_ids):
        problems.append(f"pages.csv lists {sorted(page_ids)} but raw/ holds {docs}")
    for name, rows in (("places", places), ("facts", facts), ("lines", lines)):
        for r in rows:
            if r["doc_id"] not in docs:
                problems.append(f"{name}.csv: unknown doc_id {r['doc_id']}")
    for doc in docs:
        text = visible_text(doc, decode(doc, (RAW / doc).read_bytes(), problems))
        flat = squash(text)
        body = [r["text"] for r in lines if r["doc_id"] == doc and r["kind"] == "body"]
        furn = [r["text"] for r in lines if r["doc_id"] == doc and r["kind"] == "furniture"]
        if not body or not furn:
            problems.append(f"{doc}: no body or no furniture lines")
        article = squash("\n".join(body))
        for t in body + furn:
            if squash(t) not in flat:
                problems.append(f"{doc}: line not in page: {t!r}")
        for t in furn:
            if squash(t) in article:
                problems.append(f"{doc}: furniture line occurs inside the article text: {t!r}")
        # surfaces are read from the page with every furniture line blanked out
        masked = flat
        for t in sorted(furn, key=len, reverse=True):
            masked = masked.replace(squash(t), "\x00")
        in_order(doc, "place", [r["surface"] for r in places if r["doc_id"] == doc], masked, problems)
        in_order(doc, "fact", [r["surface"] for r in facts if r["doc_id"] == doc], masked, problems)
        page = next((r for r in pages if r["doc_id"] == doc), None)
        if page:
            if not page["title"] or squash(page["title"]) not in masked:
                problems.append(f"{doc}: title not in the page outside furniture: {page['title']!r}")
            if page["published"] and not ISO.match(page["published"]):
                problems.append(f"{doc}: published not ISO: {page['published']!r}")
    for r in places:
        if not r["surface"] or not r["name_zh"] or re.search(r"[가-힣]", r["name_zh"]):
            problems.append(f"{r['doc_id']}: bad place row {r}")
    for r in facts:
        where = f"{r['doc_id']}: {r['surface']!r}"
        if not DECIMAL.match(r["value"]):
            problems.append(f"{where}: value {r['value']!r} is not a plain decimal")
        if r["value_max"] and not DECIMAL.match(r["value_max"]):
            problems.append(f"{where}: value_max {r['value_max']!r} is not a plain decimal")
        if r["value_max"] and float(r["value_max"]) <= float(r["value"]):
            problems.append(f"{where}: value_max not above value")
        if r["unit"] not in UNITS and not COUNTER.match(r["unit"]):
            problems.append(f"{where}: unit {r['unit']!r} not in the contract vocabulary")
        if r["qualifier"] not in QUALIFIERS:
            problems.append(f"{where}: qualifier {r['qualifier']!r}")
        if r["change"] not in CHANGES:
            problems.append(f"{where}: change {r['change']!r}")
        if "센트" not in r["surface"]:
            read_back = surface_value(r["surface"])
            if read_back is None or read_back != Decimal(r["value"]):
                problems.append(f"{where}: value {r['value']} but the surface reads {read_back}")
    return problems


def main() -> int:
    problems = check()
    for p in problems:
        print(p)
    places, facts, pages, lines = (read(n) for n in ("places.csv", "facts.csv", "pages.csv", "lines.csv"))
    print(f"{len(pages)} pages, {len(places)} places, {len(facts)} facts, "
          f"{sum(r['kind'] == 'body' for r in lines)} body and {sum(r['kind'] == 'furniture' for r in lines)} furniture lines; "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
