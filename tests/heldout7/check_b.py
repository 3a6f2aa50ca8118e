"""Consistency check of held-out set 7, half B (tests/heldout7/b/).

Plain Python, no pipeline import: it reads the pages and the expected files and
checks that the expected rows are text of their pages, in reading order, and
that values and vocabularies are what docs/contract.md allows.

    python3 tests/heldout7/check_b.py      # exit 0 and "ok" when consistent
"""
from __future__ import annotations

import csv
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent / "b"
RAW = HERE / "raw"
EXP = HERE / "expected"

# Byte encodings as written (README table). Everything else is UTF-8 without BOM.
ENCODINGS = {
    "hanjung-sahoe/2026-2-yunnan-border.txt": "cp949",
    "jugan-dongbuka/2026-03-09-harbin-ice.txt": "cp949",
    "gbiz-portal/news-20260305-shenyang-auto.html": "utf-16",
}

MONEY = "CNY KRW USD JPY EUR HKD TWD SGD CAD AUD NZD MOP GBP CHF RUB MNT INR VND THB".split()
UNITS = set(MONEY) | set(
    "m2 km2 ha mu pyeong percent pp celsius t kg km m MW kW GW kWh MWh m3 l year month day TEU".split()
)
QUALIFIERS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
COUNTER = re.compile(r"^[\uac00-\ud7a3\u4e00-\u9fff]{1,3}$")  # a counter word as written
DECIMAL = re.compile(r"^-?(0|[1-9]\d*)(\.\d*[1-9])?$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors: list[str] = []


def fail(msg: str) -> None:
    errors.append(msg)


def norm(s: str) -> str:
    """Whitespace-insensitive form (hard wraps, spaced groups)."""
    return re.sub(r"\s+", "", s)


class _Text(HTMLParser):
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "td", "th", "tr", "dt", "dd", "title",
             "figcaption", "caption", "footer", "header", "nav", "br", "hr", "ul", "ol",
             "span", "label", "button", "a", "font", "b", "dl", "figure", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def decode(doc_id: str) -> str:
    data = (RAW / doc_id).read_bytes()
    enc = ENCODINGS.get(doc_id, "utf-8")
    if enc == "utf-16":
        if not data.startswith(b"\xff\xfe") and not data.startswith(b"\xfe\xff"):
            fail(f"{doc_id}: declared UTF-16 with BOM, no BOM")
        return data.decode("utf-16")
    if enc == "cp949":
        try:
            data.decode("utf-8")
            fail(f"{doc_id}: declared CP949 but the bytes are valid UTF-8")
        except UnicodeDecodeError:
            pass
        return data.decode("cp949").replace("\r\n", "\n")
    if data.startswith(b"\xef\xbb\xbf"):
        fail(f"{doc_id}: UTF-8 page has a BOM, not declared")
    return data.decode("utf-8")


def visible_lines(doc_id: str) -> list[str]:
    text = decode(doc_id)
    if doc_id.endswith((".html", ".htm")):
        p = _Text()
        p.feed(text)
        text = "".join(p.parts)
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def read(name: str) -> list[dict]:
    path = EXP / name
    if not path.read_bytes().startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: no UTF-8 BOM")
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def cleaned(lines: list[str], furniture: list[str]) -> str:
    """Page text with whole furniture lines dropped and glued furniture stripped."""
    fur = [norm(f) for f in furniture]
    out = []
    for ln in lines:
        n = norm(ln)
        if n in fur:
            continue
        for f in fur:
            if f and n.startswith(f):
                n = n[len(f):]
        out.append(n)
    return "".join(out)


def in_order(doc: str, rows: list[dict], text: str, what: str) -> None:
    pos = 0
    for r in rows:
        s = norm(r["surface"])
        i = text.find(s, pos)
        if i < 0:
            where = "anywhere" if text.find(s) < 0 else "after the previous row"
            fail(f"{doc}: {what} {r['surface']!r} not found {where}")
            continue
        pos = i + 1


def main() -> int:
    pages = read("pages.csv")
    places = read("places.csv")
    facts = read("facts.csv")
    lines = read("lines.csv")
    docs = [p["doc_id"] for p in pages]
    on_disk = sorted(str(p.relative_to(RAW)) for p in RAW.rglob("*") if p.is_file())
    if sorted(docs) != on_disk:
        fail(f"pages.csv documents {sorted(docs)} differ from raw/ {on_disk}")
    for name, rows in (("places", places), ("facts", facts), ("lines", lines)):
        for r in rows:
            if r["doc_id"] not in docs:
                fail(f"{name}.csv: unknown doc_id {r['doc_id']}")

    for page in pages:
        doc = page["doc_id"]
        vis = visible_lines(doc)
        full = norm("\n".join(vis))
        body = [r["text"] for r in lines if r["doc_id"] == doc and r["kind"] == "body"]
        fur = [r["text"] for r in lines if r["doc_id"] == doc and r["kind"] == "furniture"]
        if any(r["kind"] not in ("body", "furniture") for r in lines if r["doc_id"] == doc):
            fail(f"{doc}: a lines.csv kind is neither body nor furniture")
        if not body or not fur:
            fail(f"{doc}: needs body and furniture lines")
        clean = cleaned(vis, fur)
        for t in fur:
            if norm(t) not in full:
                fail(f"{doc}: furniture line not in the page: {t!r}")
            for b in body:
                if norm(t) in norm(b):
                    fail(f"{doc}: furniture {t!r} occurs inside body line {b!r}")
        for b in body:
            if norm(b) not in clean:
                fail(f"{doc}: body line not in the cleaned page: {b!r}")
        if norm(page["title"]) not in full:
            fail(f"{doc}: title not in the page: {page['title']!r}")
        if page["published"] and not ISO_DATE.match(page["published"]):
            fail(f"{doc}: published {page['published']!r} is not YYYY-MM-DD")
        body_text = [norm(b) for b in body]
        for what, rows in (("place", places), ("fact", facts)):
            mine = [r for r in rows if r["doc_id"] == doc]
            in_order(doc, mine, clean, what)
            for r in mine:
                if not any(norm(r["surface"]) in b for b in body_text):
                    fail(f"{doc}: {what} {r['surface']!r} is in no body line")
        for r in (r for r in places if r["doc_id"] == doc):
            if not re.fullmatch(r"[\u4e00-\u9fff]+", r["name_zh"]):
                fail(f"{doc}: name_zh {r['name_zh']!r} is not a simplified-Chinese name")
        for r in (r for r in facts if r["doc_id"] == doc):
            tag = f"{doc}: fact {r['surface']!r}"
            if not DECIMAL.match(r["value"]):
                fail(f"{tag}: value {r['value']!r} is not a plain decimal")
            if r["value_max"] and not DECIMAL.match(r["value_max"]):
                fail(f"{tag}: value_max {r['value_max']!r} is not a plain decimal")
            if r["value_max"] and float(r["value_max"]) <= float(r["value"]):
                fail(f"{tag}: value_max not above value")
            if r["unit"] not in UNITS and not COUNTER.match(r["unit"]):
                fail(f"{tag}: unit {r['unit']!r} not in the contract vocabulary")
            if r["qualifier"] not in QUALIFIERS:
                fail(f"{tag}: qualifier {r['qualifier']!r}")
            if r["change"] not in CHANGES:
                fail(f"{tag}: change {r['change']!r}")
            if r["value"].startswith("-") and not norm(r["surface"]).startswith(("-", "영하", "령하", "마이너스")):
                fail(f"{tag}: negative value without a sign in the surface")
            if r["subject"] and norm(r["subject"]) not in "".join(body_text):
                fail(f"{tag}: subject {r['subject']!r} is not text of the page")

    for e in errors:
        print(e)
    print("ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
