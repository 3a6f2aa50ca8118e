"""Consistency check of held-out set 17, half A (plain Python: no pipeline import).

    python3 tests/heldout17/check_a.py      exit 0 when every check passes

Checks: the expected files are UTF-8 with a BOM, have the contract's headers and every row has
as many fields as its header; every page is stored in the byte encoding declared below (and
no other page has a BOM); every body and furniture line of lines.csv occurs in the page's
visible text (whitespace-insensitive, so hard wraps do not matter; HTML read without
<head>, <script>, <style>), body lines in page order; no furniture line occurs inside a body
line; every place and fact surface occurs in the page's body text in reading order (each
table after its previous row's surface); values are plain decimals, value_max above value;
units, qualifiers and changes are in the contract's vocabulary and a counter unit stands in
its surface; titles occur in the body text and dates are ISO; every page has rows in
pages.csv and lines.csv.
"""
import csv
import html
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HALF = Path(__file__).resolve().parent / "a"
RAW = HALF / "raw"
EXP = HALF / "expected"

# Declared byte encodings (everything else is UTF-8 without BOM).
ENCODINGS = {
    "jeonnam-suchul-jiwon/bbs_read_no512.html": "cp949",
    "haneul-tuja-research/2026-05-12-anhui-ev.txt": "utf-16",
    "gangwon-tv-news/news_view_20251203_0112.html": "cp949",
    "tradeq-board/view_no4471.html": "cp949",
}
HEADERS = {
    "places.csv": ["doc_id", "surface", "name_zh", "note"],
    "facts.csv": ["doc_id", "surface", "value", "unit", "value_max", "qualifier", "change", "subject", "note"],
    "pages.csv": ["doc_id", "title", "published"],
    "lines.csv": ["doc_id", "kind", "text"],
}
UNITS = set("CNY KRW USD JPY EUR HKD TWD SGD CAD AUD NZD MOP GBP CHF RUB MNT INR VND THB "
            "m2 km2 ha mu pyeong percent pp celsius t kg km m MW kW GW kWh MWh m3 l bbl "
            "year month day TEU".split())
COUNTERS = set("품목 속 봉 주 건 개 명 곳 가지 개사 종 배 사 층 동 대 척 편 회 차례 채 실 쌍 석 세트 기 벌 잔 켤레 호 장 번 병 그루 가구".split())
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"^-?(0|[1-9]\d*)(\.\d*[1-9])?$")
SPACE = re.compile(r"[\s\u200b\ufeff]+")

errors = []


def err(msg):
    errors.append(msg)


def squeeze(s):
    return SPACE.sub("", s)


class Visible(HTMLParser):
    SKIP = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def read_page(doc):
    raw = (RAW / doc).read_bytes()
    enc = ENCODINGS.get(doc, "utf-8")
    if enc == "utf-16":
        if not raw.startswith(b"\xff\xfe"):
            err(f"{doc}: declared UTF-16 but has no little-endian BOM")
        text = raw[2:].decode("utf-16-le")
    else:
        if enc == "cp949":
            try:
                raw.decode("utf-8")
                err(f"{doc}: declared CP949 but decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            err(f"{doc}: page has a BOM (not declared)")
        text = raw.decode(enc)
    if doc.endswith(".html"):
        p = Visible()
        p.feed(text)
        text = "".join(p.parts)
    return text


def load(name):
    path = EXP / name
    if not path.read_bytes().startswith(b"\xef\xbb\xbf"):
        err(f"{name}: no UTF-8 BOM")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != HEADERS[name]:
        err(f"{name}: header {rows[0]}")
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(HEADERS[name]):
            err(f"{name}:{i}: {len(r)} fields, header has {len(HEADERS[name])}")
            continue
        out.append(dict(zip(HEADERS[name], r), line=i))
    return out


def main():
    docs = sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file())
    for d in ENCODINGS:
        if d not in docs:
            err(f"declared encoding for a missing page {d}")
    visible = {d: squeeze(read_page(d)) for d in docs}
    lines, pages = load("lines.csv"), load("pages.csv")
    places, facts = load("places.csv"), load("facts.csv")

    body = {d: [] for d in docs}
    furn = {d: [] for d in docs}
    for r in lines:
        d = r["doc_id"]
        if d not in visible:
            err(f"lines.csv:{r['line']}: unknown doc {d}")
            continue
        if r["kind"] not in ("body", "furniture"):
            err(f"lines.csv:{r['line']}: kind {r['kind']}")
        t = squeeze(html.unescape(r["text"]))
        if not t or (t not in visible[d] and r["kind"] == "furniture"):
            err(f"lines.csv:{r['line']}: not in page: {r['text'][:60]}")
        (body if r["kind"] == "body" else furn)[d].append((t, r))
    for d in docs:
        if not body[d] or not furn[d]:
            err(f"{d}: needs body and furniture rows")
        pos = 0
        # a body row split by a page break (a running header inside it) is found in the page
        # with the furniture rows taken out
        bare = visible[d]
        for t, _ in furn[d]:
            bare = bare.replace(t, "", 1) if len(t) >= 3 else bare
        for t, r in body[d]:
            at = visible[d].find(t, pos)
            if at < 0 and t in bare:
                continue
            if at < 0:
                err(f"lines.csv:{r['line']}: body row out of page order: {r['text'][:50]}")
            else:
                pos = at + len(t)
        alltext = "".join(b for b, _ in body[d])
        for t, r in furn[d]:
            # the eval finds a line's text, spaces removed, anywhere in the clean text: a furniture
            # line that the body text holds could never be counted removed
            if t in alltext:
                err(f"lines.csv:{r['line']}: furniture {r['text'][:40]!r} inside the body text")

    bodytext = {d: "\u2063".join(t for t, _ in body[d]) for d in docs}
    for name, rows in (("places.csv", places), ("facts.csv", facts)):
        pos = {}
        for r in rows:
            d = r["doc_id"]
            if d not in visible:
                err(f"{name}:{r['line']}: unknown doc {d}")
                continue
            s = squeeze(r["surface"])
            at = bodytext[d].find(s, pos.get(d, 0))
            if at < 0:
                err(f"{name}:{r['line']}: surface {r['surface']!r} not found in body after the previous row")
            else:
                pos[d] = at + len(s)
    for r in places:
        if not r["name_zh"] or re.search(r"[가-힣A-Za-z]", r["name_zh"]):
            err(f"places.csv:{r['line']}: name_zh {r['name_zh']!r}")
    for r in facts:
        where = f"facts.csv:{r['line']}"
        if not DECIMAL.match(r["value"]):
            err(f"{where}: value {r['value']!r}")
        if r["value_max"]:
            if not DECIMAL.match(r["value_max"]):
                err(f"{where}: value_max {r['value_max']!r}")
            elif float(r["value_max"]) <= float(r["value"]):
                err(f"{where}: value_max not above value")
        if r["unit"] not in UNITS and r["unit"] not in COUNTERS:
            err(f"{where}: unit {r['unit']!r}")
        if r["qualifier"] not in QUALIFIERS:
            err(f"{where}: qualifier {r['qualifier']!r}")
        if r["change"] not in CHANGES:
            err(f"{where}: change {r['change']!r}")
        if r["unit"] in COUNTERS and r["unit"] not in r["surface"]:
            err(f"{where}: counter {r['unit']} not in surface")

    seen = set()
    for r in pages:
        d = r["doc_id"]
        if d in seen:
            err(f"pages.csv:{r['line']}: {d} twice")
        seen.add(d)
        if d not in visible:
            err(f"pages.csv:{r['line']}: unknown doc {d}")
            continue
        if not r["title"] or squeeze(r["title"]) not in bodytext[d]:
            err(f"pages.csv:{r['line']}: title not in the body text: {r['title']}")
        if r["published"] and not re.fullmatch(r"(19|20)\d\d-[01]\d-[0-3]\d", r["published"]):
            err(f"pages.csv:{r['line']}: published {r['published']!r}")
    for d in docs:
        if d not in seen:
            err(f"pages.csv: no row for {d}")

    # site folders are new: none is a site folder of another set or part (names only are listed;
    # held-out set 16 and the other half of set 17 are not looked at)
    tests = HALF.parent.parent
    other = set()
    for raw in list(tests.glob("*/raw")) + list(tests.glob("*/*/raw")):
        top = raw.relative_to(tests).parts[0]
        if top in ("heldout16", "heldout17"):
            continue
        other |= {p.name for p in raw.iterdir() if p.is_dir()}
    sites = {p.name for p in RAW.iterdir() if p.is_dir()}
    for s in sorted(sites & other):
        err(f"site folder {s} is used elsewhere")
    per = {}
    for d in docs:
        per.setdefault(d.split("/")[0], 0)
        per[d.split("/")[0]] += 1
    if len(docs) != 16:
        err(f"{len(docs)} pages, the brief asks for 16")

    for e in errors:
        print(e)
    nb = sum(1 for r in lines if r["kind"] == "body")
    print(f"{len(sites)} sites; body lines {nb}, furniture lines {len(lines) - nb}")
    print(f"{len(docs)} pages; rows: lines {len(lines)}, pages {len(pages)}, places {len(places)}, "
          f"facts {len(facts)}; {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
