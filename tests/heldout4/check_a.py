"""Consistency check of held-out set 4, half A (plain Python, no pipeline import).

    python3 tests/heldout4/check_a.py        # exit 0 when every check passes

It checks that the expected files are what they claim to be, not what the
pipeline does: every page decodes in the encoding listed here (and an HTML
page declares it); every expected text (title, body and furniture lines,
place and fact surfaces) is text of its page, compared with all whitespace
removed (hard wraps, spaces between tags); body lines come in reading order
and no furniture line occurs inside the article (headline + body lines);
place and fact surfaces occur inside the article in reading order; values are
plain decimals; units, qualifiers and changes use docs/contract.md's vocabulary.
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

# byte encoding of every page, as written
ENCODINGS = {
    "dongbang-jaryo/1988-04-12-simcheon-teukgu.txt": "cp949",
    "dongbang-jaryo/1993-09-21-podong.txt": "utf-8",
    "hanseong-db/1996-07-03-dalian.txt": "utf-8",
    "hanseong-db/2003-11-18-seobu.txt": "utf-8",
    "baekdu-joseon/2019-06-14-hunchun-tongsanggu.html": "utf-16",
    "baekdu-joseon/2020-01-08-harbin-bingseol.html": "utf-8",
    "heukto-sinmun/2021-03-22-shenyang-xita.html": "utf-8",
    "heukto-sinmun/2021-07-05-changchun-qiche.html": "utf-8",
    "dongpo-town/2022-10-05-qingdao-hanin.html": "cp949",
    "dongpo-town/2023-02-14-cheryu-dongpo.html": "utf-8",
    "hanjung-moim/news-20230309-weihai-ferry.html": "utf-8",
    "hanjung-moim/news-20230522-shenzhen-startup.html": "utf-8",
    "byeolnim-blog/223401887512.html": "utf-8",
    "byeolnim-blog/223560214409.html": "utf-8",
    "muyeok-cafe/canton-fair-2023-autumn.html": "utf-8",
    "muyeok-cafe/tianjin-warehouse-qna.html": "cp949",
}
DECLARED = {"utf-8": "utf-8", "cp949": "euc-kr", "utf-16": "utf-16"}

MONEY = "CNY KRW USD JPY EUR HKD TWD SGD CAD AUD NZD MOP GBP CHF RUB MNT INR VND THB".split()
UNITS = set(MONEY) | set("m2 km2 ha mu pyeong percent pp celsius t kg km m MW kW GW kWh MWh m3 l year month day".split())
COUNTER = re.compile(r"^[가-힣]+$")  # count: the counter word as written
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DECIMAL = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$")
HANZI = re.compile(r"^[\u4e00-\u9fff]+$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr",
         "td", "th", "header", "footer", "nav", "main", "article", "section", "form",
         "marquee", "small", "span", "b", "a"}


class Visible(HTMLParser):
    """Text a reader sees in <body> (no <head>, script, style)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_body and not self.skip:
            self.parts.append(data)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def decode(doc: str, errors: list[str]) -> str:
    data = (RAW / doc).read_bytes()
    enc = ENCODINGS[doc]
    if enc == "utf-16":
        if not data.startswith(b"\xff\xfe"):
            errors.append(f"{doc}: UTF-16 page without its byte-order mark")
        text = data.decode("utf-16")
    elif enc == "cp949":
        try:
            data.decode("utf-8")
            errors.append(f"{doc}: listed as CP949 but is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = data.decode("cp949")
    else:
        text = data.decode("utf-8")
    if doc.endswith(".html"):
        m = re.search(r"charset=[\"']?([\w-]+)", text[:600], re.I)
        if not m or m.group(1).lower() != DECLARED[enc]:
            errors.append(f"{doc}: HTML declares {m.group(1) if m else None}, bytes are {enc}")
    return text


def visible(doc: str, text: str) -> str:
    if not doc.endswith(".html"):
        return text
    parser = Visible()
    parser.feed(text)
    return "".join(parser.parts)


def read(name: str, errors: list[str]) -> list[dict]:
    data = (EXP / name).read_bytes()
    if not data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: no UTF-8 byte-order mark")
    if b"\r" in data:
        errors.append(f"{name}: CR line ending")
    return list(csv.DictReader(data.decode("utf-8-sig").splitlines()))


def in_order(doc: str, what: str, needles: list[str], hay: str, errors: list[str]) -> None:
    pos = 0
    for needle in needles:
        at = hay.find(flat(needle), pos)
        if at < 0:
            where = "anywhere" if flat(needle) not in hay else f"after position {pos}"
            errors.append(f"{doc}: {what} {needle!r} not found {where}")
            continue
        pos = at + len(flat(needle))


def main() -> int:
    errors: list[str] = []
    pages = read("pages.csv", errors)
    lines = read("lines.csv", errors)
    places = read("places.csv", errors)
    facts = read("facts.csv", errors)

    on_disk = sorted(str(p.relative_to(RAW)) for p in RAW.rglob("*") if p.is_file())
    if on_disk != sorted(ENCODINGS):
        errors.append(f"pages on disk {on_disk} differ from ENCODINGS")
    if sorted(p["doc_id"] for p in pages) != sorted(ENCODINGS):
        errors.append("pages.csv does not list every page once")

    for page in pages:
        doc = page["doc_id"]
        text = decode(doc, errors)
        seen = flat(visible(doc, text))
        body = [r["text"] for r in lines if r["doc_id"] == doc and r["kind"] == "body"]
        furniture = [r["text"] for r in lines if r["doc_id"] == doc and r["kind"] == "furniture"]
        if not body or not furniture:
            errors.append(f"{doc}: needs body and furniture lines")
        if flat(page["title"]) not in seen:
            errors.append(f"{doc}: title {page['title']!r} is not text of the page")
        if page["title"] and flat(page["title"]) not in [flat(b) for b in body]:
            errors.append(f"{doc}: the title is not one of the body lines (the headline is article text)")
        if page["published"] and not ISO_DATE.match(page["published"]):
            errors.append(f"{doc}: published {page['published']!r} is not YYYY-MM-DD")
        in_order(doc, "body line", body, seen, errors)
        article = "".join(flat(b) for b in body)
        for f in furniture:
            if flat(f) not in seen:
                errors.append(f"{doc}: furniture {f!r} is not text of the page")
            if flat(f) in article:
                errors.append(f"{doc}: furniture {f!r} occurs inside the article text")
        in_order(doc, "place", [r["surface"] for r in places if r["doc_id"] == doc], article, errors)
        in_order(doc, "fact", [r["surface"] for r in facts if r["doc_id"] == doc], article, errors)

    for r in lines:
        if r["kind"] not in ("body", "furniture"):
            errors.append(f"lines.csv: kind {r['kind']!r}")
    for r in places:
        if not HANZI.match(r["name_zh"]):
            errors.append(f"{r['doc_id']}: name_zh {r['name_zh']!r} is not simplified Chinese")
    for r in facts:
        tag = f"{r['doc_id']} {r['surface']!r}"
        if not DECIMAL.match(r["value"]):
            errors.append(f"{tag}: value {r['value']!r} is not a plain decimal")
        if r["value_max"] and (not DECIMAL.match(r["value_max"]) or float(r["value_max"]) <= float(r["value"])):
            errors.append(f"{tag}: value_max {r['value_max']!r}")
        if r["unit"] not in UNITS and not COUNTER.match(r["unit"]):
            errors.append(f"{tag}: unit {r['unit']!r} not in the contract's vocabulary")
        if r["qualifier"] not in QUALIFIERS:
            errors.append(f"{tag}: qualifier {r['qualifier']!r}")
        if r["change"] not in CHANGES:
            errors.append(f"{tag}: change {r['change']!r}")
        if not re.search(r"[0-9일이삼사오육칠팔구십백천만한두세네다섯여섯일곱여덟아홉열스무]", r["surface"]):
            errors.append(f"{tag}: surface has no number")
        if r["doc_id"] not in ENCODINGS:
            errors.append(f"{tag}: unknown doc_id")

    for e in errors:
        print(e)
    print(f"{len(pages)} pages, {len(lines)} lines, {len(places)} places, {len(facts)} facts: "
          f"{'OK' if not errors else str(len(errors)) + ' problems'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
