"""Consistency check of held-out set 5, half A (plain Python, no pipeline import).

    python3 tests/heldout5/check_a.py

Checks, for every document under tests/heldout5/a/raw/:
- its bytes are in the encoding declared below (and an HTML page's meta charset agrees);
- every expected file is UTF-8 with a BOM and has the documented header;
- each title and each body/furniture line is text of its page (whitespace-insensitive,
  so hard wraps do not matter), and no furniture line occurs inside the article text
  (title + body lines), so the scorer's substring test means something;
- place and fact surfaces occur in the visible text in reading order, and inside the
  article text (title, then body lines) in the same order;
- values are plain decimals, units/qualifiers/changes are in the contract vocabulary,
  published dates are ISO dates.
Exits 1 and prints each problem when anything is wrong.
"""
from __future__ import annotations

import csv
import re
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent / "a"
RAW = HERE / "raw"
EXP = HERE / "expected"

# Byte encodings as written (README table); everything else is UTF-8 without a BOM.
ENCODINGS = {
    "donghae-ilbo-jaryo/1994-05-20-shanghai-pudong.txt": "cp949",
    "honam-maeil/2025-07-09-jeonnam-hunan-changsha.html": "cp949",
    "dongfang-joseon/2025-03-18-zhejiang-yiwu-export.html": "utf-16",
}
META_CHARSET = {"cp949": {"euc-kr", "cp949", "ks_c_5601-1987"}, "utf-16": {"utf-16"}, "utf-8": {"utf-8"}}

HEADERS = {
    "places.csv": ["doc_id", "surface", "name_zh", "note"],
    "facts.csv": ["doc_id", "surface", "value", "unit", "value_max", "qualifier", "change", "subject", "note"],
    "pages.csv": ["doc_id", "title", "published"],
    "lines.csv": ["doc_id", "kind", "text"],
}
UNITS = {
    "CNY", "KRW", "USD", "JPY", "EUR", "HKD", "TWD", "SGD", "CAD", "AUD", "NZD", "MOP", "GBP", "CHF", "RUB",
    "MNT", "INR", "VND", "THB", "m2", "km2", "ha", "mu", "pyeong", "percent", "pp", "celsius", "t", "kg",
    "km", "m", "MW", "kW", "GW", "kWh", "MWh", "m3", "l", "year", "month", "day", "TEU",
}
COUNTER = re.compile(r"^[가-힣]+$")  # count units are counter words as written (건, 개사, 곳, 차례 …)
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$")
WS = re.compile(r"\s+")

problems: list[str] = []


def bad(msg: str) -> None:
    problems.append(msg)


def squeeze(text: str) -> str:
    return WS.sub("", text)


class Visible(HTMLParser):
    """Text a reader sees in <body> (script/style skipped); <head> text kept apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.body: list[str] = []
        self.head: list[str] = []
        self.charset = ""
        self._skip = 0
        self._in_head = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "head":
            self._in_head = True
        if tag == "meta":
            if a.get("charset"):
                self.charset = a["charset"].lower()
            m = re.search(r"charset=([\w-]+)", a.get("content") or "")
            if m:
                self.charset = m.group(1).lower()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag == "head":
            self._in_head = False

    def handle_data(self, data):
        if not self._skip:
            (self.head if self._in_head else self.body).append(data)


def decode(doc: str, raw: bytes) -> str:
    enc = ENCODINGS.get(doc, "utf-8")
    if enc == "utf-16":
        if not raw.startswith(b"\xff\xfe"):
            bad(f"{doc}: declared UTF-16 but has no little-endian BOM")
        return raw.decode("utf-16")
    if enc == "cp949":
        try:
            raw.decode("utf-8")
            bad(f"{doc}: declared CP949 but decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        return raw.decode("cp949")
    if raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{doc}: UTF-8 page with a BOM (not declared)")
    return raw.decode("utf-8")


def read_csv(name: str) -> list[dict[str, str]]:
    path = EXP / name
    data = path.read_bytes()
    if not data.startswith(b"\xef\xbb\xbf"):
        bad(f"{name}: no UTF-8 BOM")
    if b"\r\n" in data:
        bad(f"{name}: CRLF line endings")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    if rows[0] != HEADERS[name]:
        bad(f"{name}: header {rows[0]} != {HEADERS[name]}")
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(HEADERS[name]):
            bad(f"{name}:{i}: {len(r)} cells")
            continue
        out.append(dict(zip(HEADERS[name], r)))
    return out


def in_order(doc: str, what: str, text: str, surfaces: list[str]) -> None:
    pos = 0
    for s in surfaces:
        i = text.find(squeeze(s), pos)
        if i < 0:
            where = "anywhere" if text.find(squeeze(s)) < 0 else "after the previous row"
            bad(f"{doc}: {what} surface {s!r} not found {where}")
            continue
        pos = i + 1


def main() -> int:
    docs = sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file())
    for d in ENCODINGS:
        if d not in docs:
            bad(f"declared encoding for missing document {d}")
    visible, head = {}, {}
    for doc in docs:
        text = decode(doc, (RAW / doc).read_bytes())
        if doc.endswith(".html"):
            v = Visible()
            v.feed(text)
            want = META_CHARSET[ENCODINGS.get(doc, "utf-8")]
            if v.charset not in want:
                bad(f"{doc}: meta charset {v.charset!r}, bytes are {ENCODINGS.get(doc, 'utf-8')}")
            visible[doc], head[doc] = squeeze("".join(v.body)), squeeze("".join(v.head))
        else:
            visible[doc], head[doc] = squeeze(text), ""

    places, facts, pages, lines = (read_csv(n) for n in ("places.csv", "facts.csv", "pages.csv", "lines.csv"))
    for name, rows in (("places", places), ("facts", facts), ("pages", pages), ("lines", lines)):
        for r in rows:
            if r["doc_id"] not in visible:
                bad(f"{name}: unknown doc_id {r['doc_id']}")
    if sorted(r["doc_id"] for r in pages) != docs:
        bad("pages.csv must have exactly one row per document")

    article: dict[str, str] = {}
    for r in pages:
        doc = r["doc_id"]
        if not r["title"] or squeeze(r["title"]) not in visible[doc]:
            bad(f"{doc}: title not on the page: {r['title']!r}")
        if r["published"]:
            try:
                date.fromisoformat(r["published"])
            except ValueError:
                bad(f"{doc}: published {r['published']!r} is not an ISO date")
        article[doc] = squeeze(r["title"])
    for doc in docs:
        body = [r["text"] for r in lines if r["doc_id"] == doc and r["kind"] == "body"]
        furn = [r["text"] for r in lines if r["doc_id"] == doc and r["kind"] == "furniture"]
        if not body or not furn:
            bad(f"{doc}: needs body and furniture lines")
        in_order(doc, "body line", visible[doc], body)
        for f in furn:
            if squeeze(f) not in visible[doc]:
                bad(f"{doc}: furniture line not on the page: {f!r}")
        article[doc] += "".join(squeeze(b) for b in body)
        for f in furn:
            if squeeze(f) in article[doc]:
                bad(f"{doc}: furniture line occurs inside the article text: {f!r}")
    for r in lines:
        if r["kind"] not in ("body", "furniture"):
            bad(f"{r['doc_id']}: line kind {r['kind']!r}")
        if r["text"] != r["text"].strip() or not r["text"]:
            bad(f"{r['doc_id']}: line text with outer spaces or empty: {r['text']!r}")

    for doc in docs:
        ps = [r["surface"] for r in places if r["doc_id"] == doc]
        fs = [r["surface"] for r in facts if r["doc_id"] == doc]
        for what, ss in (("place", ps), ("fact", fs)):
            in_order(doc, what, visible[doc], ss)
            in_order(doc, what + " (article text)", article[doc], ss)
    for r in places:
        if not re.fullmatch(r"[\u4e00-\u9fff]+", r["name_zh"]):
            bad(f"{r['doc_id']}: name_zh {r['name_zh']!r} is not a hanzi name")
        if r["surface"] != r["surface"].strip() or r["surface"][-1:] in "은는을를의와에":
            bad(f"{r['doc_id']}: place surface {r['surface']!r} has spaces or a particle")
    for r in facts:
        doc = r["doc_id"]
        if not DECIMAL.match(r["value"]):
            bad(f"{doc}: value {r['value']!r} is not a plain decimal")
        if r["value_max"] and (not DECIMAL.match(r["value_max"]) or float(r["value_max"]) <= float(r["value"])):
            bad(f"{doc}: value_max {r['value_max']!r}")
        if r["unit"] not in UNITS and not COUNTER.match(r["unit"]):
            bad(f"{doc}: unit {r['unit']!r} not in the contract vocabulary")
        if r["qualifier"] not in QUALIFIERS:
            bad(f"{doc}: qualifier {r['qualifier']!r}")
        if r["change"] not in CHANGES:
            bad(f"{doc}: change {r['change']!r}")
        if not re.search(r"[0-9０-９一二三四五六七八九十百千万亿]|[한두세네다섯여섯일곱여덟아홉열스물서른마흔쉰백천만억이삼사오육칠팔구십]", r["surface"]):
            bad(f"{doc}: fact surface without a number: {r['surface']!r}")
        if r["subject"] and squeeze(r["subject"]) not in visible[doc]:
            bad(f"{doc}: subject {r['subject']!r} is not text of the page")

    for p in problems:
        print(p)
    print(f"{len(docs)} documents, {len(places)} places, {len(facts)} facts, {len(pages)} pages, "
          f"{len(lines)} lines: {'FAIL' if problems else 'ok'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
