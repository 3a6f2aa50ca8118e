"""Consistency check of the held-out set in tests/heldout2/a (plain python, no pipeline imports).

    python3 tests/heldout2/check_a.py

Checks, per document: every body and furniture line occurs in the page's visible
text; no furniture line occurs inside the article text; place and fact surfaces
occur in the article text in reading order (whitespace-insensitive, so hard-wrapped
numbers are read joined); values are plain decimals; units and qualifiers come from
the contract's vocabulary. It also lists, for a human to re-read, numbers in the
article that no fact row covers and place surfaces that occur more often than rows.
"""
import csv, os, re, sys
from html.parser import HTMLParser

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "a")
UNITS = {"CNY", "KRW", "USD", "JPY", "EUR", "HKD", "TWD", "SGD", "m2", "km2", "ha", "mu", "pyeong",
         "percent", "pp", "celsius", "t", "kg", "km", "m", "MW", "kW", "GW", "kWh", "MWh", "m3", "l",
         "year", "month", "day"}
COUNTERS = {"건", "개", "명", "곳", "가지", "개사", "종", "배", "사", "층", "동", "대", "척", "편", "점",
            "갈래", "차례", "병"}
QUALS = {"", "approx", "more_than", "at_least", "at_most", "less_than"}
CHANGES = {"", "increase", "decrease"}
DEC = re.compile(r"^-?(0|[1-9]\d*)(\.\d*[1-9])?$")


class Visible(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def read_csv(name):
    with open(os.path.join(HERE, "expected", name), encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def squash(s):
    return re.sub(r"\s+", "", s)


def page_text(doc_id):
    raw = open(os.path.join(HERE, "raw", doc_id), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp949")
    if doc_id.endswith((".html", ".htm")):
        p = Visible()
        p.feed(text)
        text = "".join(p.parts)
    return squash(text)


def in_order(hay, needles, what, doc, errors):
    pos = 0
    for n in needles:
        k = hay.find(squash(n), pos)
        if k < 0:
            errors.append(f"{doc}: {what} {n!r} not found after offset {pos}")
        else:
            pos = k + len(squash(n))


def main():
    errors, review = [], []
    lines, places, facts, pages = (read_csv(n) for n in ("lines.csv", "places.csv", "facts.csv", "pages.csv"))
    docs = [p["doc_id"] for p in pages]
    on_disk = sorted(os.path.relpath(os.path.join(r, f), os.path.join(HERE, "raw")).replace(os.sep, "/")
                     for r, _, fs in os.walk(os.path.join(HERE, "raw")) for f in fs)
    if sorted(docs) != on_disk:
        errors.append(f"pages.csv and raw/ disagree: {sorted(set(docs) ^ set(on_disk))}")
    for doc in docs:
        page = page_text(doc)
        body = [r["text"] for r in lines if r["doc_id"] == doc and r["kind"] == "body"]
        furn = [r["text"] for r in lines if r["doc_id"] == doc and r["kind"] == "furniture"]
        article = squash("".join(body))
        in_order(page, body, "body line", doc, errors)
        for f in furn:
            if squash(f) not in page:
                errors.append(f"{doc}: furniture {f!r} not in page")
            if squash(f) in article:
                errors.append(f"{doc}: furniture {f!r} occurs inside the article text")
        title = next(p["title"] for p in pages if p["doc_id"] == doc)
        if title and title != body[0]:
            errors.append(f"{doc}: title is not the first body line")
        prow = [r for r in places if r["doc_id"] == doc]
        frow = [r for r in facts if r["doc_id"] == doc]
        in_order(article, [r["surface"] for r in prow], "place", doc, errors)
        in_order(article, [r["surface"] for r in frow], "fact", doc, errors)
        for r in frow:
            for col in ("value", "value_max"):
                if r[col] and not DEC.match(r[col]):
                    errors.append(f"{doc}: {col} {r[col]!r} is not a plain decimal")
            if r["unit"] not in UNITS | COUNTERS:
                errors.append(f"{doc}: unit {r['unit']!r} not in the vocabulary")
            if r["qualifier"] not in QUALS or r["change"] not in CHANGES:
                errors.append(f"{doc}: bad qualifier/change in {r['surface']!r}")
        # for a human: place surfaces seen more often than listed
        for s in sorted({r["surface"] for r in prow}):
            n_rows = sum(r["surface"] == s for r in prow)
            n_text = article.count(squash(s))
            if n_text != n_rows:
                review.append(f"{doc}: place {s!r} {n_rows} rows, {n_text} occurrences")
        # for a human: digit runs not covered by any fact surface
        covered = [False] * len(article)
        for r in frow:
            s = squash(r["surface"])
            k = article.find(s)
            while k >= 0:
                for i in range(k, k + len(s)):
                    covered[i] = True
                k = article.find(s, k + 1)
        for m in re.finditer(r"\d[\d,.]*", article):
            if not any(covered[m.start():m.end()]):
                review.append(f"{doc}: uncovered number {article[max(0, m.start()-6):m.end()+4]!r}")
    for r in review:
        print("review:", r)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(docs)} documents, {len(places)} places, {len(facts)} facts, "
          f"{sum(r['kind'] == 'body' for r in lines)} body lines, "
          f"{sum(r['kind'] == 'furniture' for r in lines)} furniture lines; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
