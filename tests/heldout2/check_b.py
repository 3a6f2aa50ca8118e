"""Mechanical checks of held-out set b (plain python, no pipeline imports).

    python3 tests/heldout2/check_b.py

Every expected surface occurs in the article text in reading order; every body
and furniture line occurs in the page (HTML: visible text; hard-wrapped text:
whitespace-insensitive, so wraps are joined); no furniture string occurs in the
article body; values are plain decimals; units and qualifiers come from the
contract's vocabulary. Prints one line per problem and exits 1 if any.
"""
import csv
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "b"
RAW = ROOT / "raw"
EXP = ROOT / "expected"
UNITS = {"CNY", "KRW", "USD", "JPY", "EUR", "HKD", "TWD", "SGD", "m2", "km2", "ha", "mu", "pyeong",
         "percent", "pp", "celsius", "t", "kg", "km", "m", "MW", "kW", "GW", "kWh", "MWh", "m3", "l",
         "year", "month", "day"}
COUNTERS = {"건", "개", "명", "곳", "가지", "개사", "종", "배", "사", "층", "동", "대", "척", "편", "기"}
QUAL = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGE = {"", "increase", "decrease"}
DEC = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$")
problems = []


class Visible(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def read(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "cp949"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ValueError(path)


def visible(path):
    text, enc = read(path)
    if path.suffix in (".html", ".htm"):
        v = Visible()
        v.feed(text)
        text = "\n".join(v.out)
    return text, enc


def squash(s):
    return re.sub(r"\s+", "", s)


def rows(name):
    with open(EXP / name, encoding="utf-8") as f:
        head = f.read(1)
        if head != "\ufeff":
            problems.append(f"{name}: no BOM")
    with open(EXP / name, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def main():
    lines = rows("lines.csv")
    body, furn = defaultdict(list), defaultdict(list)
    for r in lines:
        (body if r["kind"] == "body" else furn)[r["doc_id"]].append(r["text"])
        if r["kind"] not in ("body", "furniture"):
            problems.append(f"lines.csv: bad kind {r['kind']}")
    docs = sorted(str(p.relative_to(RAW)).replace("\\", "/") for p in RAW.rglob("*") if p.is_file())
    pages = {r["doc_id"]: r for r in rows("pages.csv")}
    if sorted(pages) != docs:
        problems.append(f"pages.csv docs differ from raw/: {set(pages) ^ set(docs)}")
    encs = {}
    for d in docs:
        text, encs[d] = visible(RAW / d)
        fset = {squash(f) for f in furn[d]}
        kept = [ln for ln in text.splitlines() if squash(ln) not in fset]
        page_all = squash(text)
        page_kept = squash("\n".join(kept))
        pos = 0
        for b in body[d]:
            i = page_kept.find(squash(b), pos)
            if i < 0:
                problems.append(f"{d}: body line not found in order: {b[:50]}")
            else:
                pos = i + len(squash(b))
        art = squash("".join(body[d]))
        for f in furn[d]:
            if squash(f) not in page_all:
                problems.append(f"{d}: furniture not in page: {f}")
            if squash(f) in art:
                problems.append(f"{d}: furniture occurs in the body: {f}")
        t = pages[d]["title"]
        if t and (not body[d] or body[d][0] != t):
            problems.append(f"{d}: title is not the first body line")
        if pages[d]["published"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", pages[d]["published"]):
            problems.append(f"{d}: published not ISO")
    article = {d: "\n".join(body[d]) for d in docs}
    for name in ("places.csv", "facts.csv"):
        pos = defaultdict(int)
        for r in rows(name):
            d, s = r["doc_id"], r["surface"]
            if d not in article:
                problems.append(f"{name}: unknown doc {d}")
                continue
            i = article[d].find(s, pos[d])
            if i < 0:
                problems.append(f"{name}: {d}: '{s}' not found after offset {pos[d]}")
            else:
                pos[d] = i + 1
            if name == "facts.csv":
                for col in ("value", "value_max"):
                    if r[col] and not DEC.match(r[col]):
                        problems.append(f"facts: {d}: {s}: {col} {r[col]} not a plain decimal")
                if r["unit"] not in UNITS | COUNTERS:
                    problems.append(f"facts: {d}: {s}: unit {r['unit']}")
                if r["qualifier"] not in QUAL or r["change"] not in CHANGE:
                    problems.append(f"facts: {d}: {s}: qualifier/change")
            elif not r["name_zh"]:
                problems.append(f"places: {d}: {s}: empty name_zh")
    for p in problems:
        print(p)
    print(f"{len(docs)} docs ({', '.join(sorted(set(encs.values())))}); "
          f"{len(rows('places.csv'))} places, {len(rows('facts.csv'))} facts, "
          f"{sum(len(v) for v in body.values())} body lines, {sum(len(v) for v in furn.values())} furniture lines; "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
