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


# An independent reading of each surface (not the pipeline's code), so that a
# value typed by hand is checked against the words it was read from.
UNIT_WORDS = sorted(["싱가포르 달러", "홍콩 달러", "대만 달러", "미국 달러", "중국 위안", "일본 엔", "위안", "원",
                     "달러", "킬로와트", "평방미터", "퍼센트", "개사", "%p", "%", "㎢", "㎥", "℃", "톤", "사", "층",
                     "동", "대", "척", "편", "기", "개", "곳", "명", "배", "일"], key=len, reverse=True)
SINO = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6}
SMALL = {"십": 10, "백": 100, "천": 1000}
BIG = {"만": 10 ** 4, "억": 10 ** 8, "조": 10 ** 12, "경": 10 ** 16}
TOKEN = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?|다섯|여섯|[일이삼사오육칠팔구한두세네십백천만억조경]")


def read_number(text):
    from decimal import Decimal
    text = text.strip()
    sign = 1
    for w in ("마이너스", "영하", "-"):
        if text.startswith(w):
            sign, text = -1, text[len(w):].strip()
    if "달러" in text and text.endswith("센트"):
        dollars, cents = text[:-2].split("달러")
        return sign * (read_number(dollars) + read_number(cents) / 100)
    changed = True
    while changed:
        changed = False
        for u in UNIT_WORDS:
            if text.endswith(u) and len(text) > len(u):
                text, changed = text[: -len(u)].strip(), True
                break
    text = text.rstrip("여 ")
    total, section, cur = Decimal(0), Decimal(0), None
    for tok in TOKEN.findall(text.replace(" ", "")):
        if tok[0].isdigit():
            cur = Decimal(tok.replace(",", ""))
        elif tok in SINO:
            cur = Decimal(SINO[tok])
        elif tok in NATIVE:
            cur = Decimal(NATIVE[tok])
        elif tok in SMALL:
            section += (cur if cur is not None else 1) * SMALL[tok]
            cur = None
        else:
            group = section + (cur or 0)
            total += (group if group else 1) * BIG[tok]
            section, cur = Decimal(0), None
    return sign * (total + section + (cur or 0))


UNIT_OF = {"싱가포르 달러": "SGD", "홍콩 달러": "HKD", "대만 달러": "TWD", "미국 달러": "USD", "중국 위안": "CNY",
           "일본 엔": "JPY", "위안": "CNY", "달러": "USD", "센트": "USD", "킬로와트": "kW", "평방미터": "m2",
           "퍼센트": "percent", "%p": "pp", "%": "percent", "㎢": "km2", "㎥": "m3", "℃": "celsius", "톤": "t",
           "일": "day"}


def unit_word(surface):
    for u in sorted(list(UNIT_OF) + UNIT_WORDS + ["센트"], key=len, reverse=True):
        if surface.endswith(u):
            return UNIT_OF.get(u, u)
    return None


def check_value(r):
    u = unit_word(r["surface"])
    if u != r["unit"] and not (u == "원" and r["unit"] in ("KRW", "CNY")):
        problems.append(f"facts: {r['doc_id']}: '{r['surface']}' unit word says {u}, row says {r['unit']}")
    from decimal import Decimal
    s = r["surface"]
    parts = s.split("~") if "~" in s else [s]
    want = [r["value"]] + ([r["value_max"]] if len(parts) == 2 else [])
    for part, w in zip(parts, want):
        got = read_number(part)
        if got != Decimal(w):
            problems.append(f"facts: {r['doc_id']}: '{s}' reads as {got}, expected row says {w}")


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
                check_value(r)
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
