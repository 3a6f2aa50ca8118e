"""Consistency check of held-out set 8, half A (plain Python; imports nothing of the pipeline).

    python3 tests/heldout8/check_a.py        # exit status 0 when every check passes

Checks, for every document under a/raw/: its byte encoding is the one declared below; every
expected places/facts surface occurs in the page's visible text in reading order (whitespace
removed, so a hard wrap inside a name or number does not matter); every body and furniture line
occurs in the visible text; no furniture line occurs inside a body line; values are plain decimals;
units, qualifiers and changes come from docs/contract.md's vocabulary; titles are text of the page
and dates are ISO dates.
"""
from __future__ import annotations

import csv
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent / 'a'
RAW = HERE / 'raw'
EXP = HERE / 'expected'

# Byte encoding of every document, as written (README.md lists the same).
ENCODINGS = {
    'daedong-jaryo/1993-04-17-pudong.txt': 'utf-8',
    'daedong-jaryo/1998-11-03-dalian.txt': 'cp949',
    'daedong-jaryo/2004-06-22-chongqing.txt': 'utf-8',
    'hanseong-kisa/1987-09-14-shenzhen.txt': 'utf-8',
    'songhua-net/2025-09-03-harbin-expo.html': 'utf-8',
    'songhua-net/2025-10-17-jiamusi-rice.html': 'utf-16',
    'jangbaek-news/2025-07-21-hunchun-port.html': 'utf-8',
    'jangbaek-news/2025-11-05-longjing-pear.html': 'utf-8',
    'qd-hanin/2025-08-12-kyomin-survey.html': 'utf-8',
    'qd-hanin/2025-10-02-jiaozhou-food.html': 'cp949',
    'hwadong-hanin/2025-06-18-kunshan-plant.html': 'utf-8',
    'hwadong-hanin/2025-09-09-hangzhou-fair.html': 'utf-8',
    'donghae-jungang/2025-05-14-pohang-hunchun.html': 'utf-8',
    'donghae-jungang/2025-08-26-shandong-investment.html': 'utf-8',
    'donghae-jungang/2025-11-20-henan-30years.html': 'utf-8',
    'honam-minbo/2025-03-07-gwangju-guangzhou.html': 'utf-8',
}

UNITS = {
    'CNY', 'KRW', 'USD', 'JPY', 'EUR', 'HKD', 'TWD', 'SGD', 'CAD', 'AUD', 'NZD', 'MOP', 'GBP', 'CHF',
    'RUB', 'MNT', 'INR', 'VND', 'THB', 'm2', 'km2', 'ha', 'mu', 'pyeong', 'percent', 'pp', 'celsius',
    't', 'kg', 'km', 'm', 'MW', 'kW', 'GW', 'kWh', 'MWh', 'm3', 'l', 'bbl', 'year', 'month', 'day', 'TEU',
}
COUNTER = re.compile(r'^[가-힣]+$')  # count: the counter word as written
QUALIFIERS = {'', 'approx', 'more_than', 'at_least', 'at_most', 'less_than'}
CHANGES = {'', 'increase', 'decrease'}
DECIMAL = re.compile(r'^-?(0|[1-9]\d*)(\.\d*[1-9])?$')
ISO = re.compile(r'^\d{4}-\d{2}-\d{2}$')
WS = re.compile(r'\s+')


class _Text(HTMLParser):
    """Visible text of <body> (no <head>, <script>, <style>), plus <title> and og:title."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False
        self.titles: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'head'):
            self.skip += 1
        if tag == 'title':
            self.in_title = True
            self.titles.append('')
        if tag == 'meta':
            a = dict(attrs)
            if a.get('property') == 'og:title':
                self.titles.append(a.get('content') or '')
        if tag in ('p', 'div', 'li', 'br', 'h1', 'h2', 'h3', 'h4', 'td', 'tr', 'ul', 'ol', 'footer', 'header'):
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head'):
            self.skip -= 1
        if tag == 'title':
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.titles[-1] += data
        if not self.skip:
            self.parts.append(data)


def decode(doc: str, data: bytes) -> str:
    enc = ENCODINGS[doc]
    if enc == 'utf-16':
        assert data[:2] in (b'\xff\xfe', b'\xfe\xff'), f'{doc}: no UTF-16 byte-order mark'
        return data.decode('utf-16')
    if enc == 'cp949':
        try:
            data.decode('utf-8')
        except UnicodeDecodeError:
            return data.decode('cp949')
        raise AssertionError(f'{doc}: declared CP949 but is valid UTF-8')
    assert not data.startswith(b'\xef\xbb\xbf'), f'{doc}: unexpected BOM'
    return data.decode('utf-8')


def page(doc: str) -> tuple[str, list[str]]:
    text = decode(doc, (RAW / doc).read_bytes())
    if doc.endswith('.html'):
        p = _Text()
        p.feed(text)
        return ''.join(p.parts), p.titles
    return text, []


def rows(name: str) -> list[dict]:
    raw = (EXP / name).read_bytes()
    assert raw.startswith(b'\xef\xbb\xbf'), f'{name}: no UTF-8 BOM'
    with open(EXP / name, encoding='utf-8-sig', newline='') as fh:
        return list(csv.DictReader(fh))


def squeeze(s: str) -> str:
    return WS.sub('', s)


def main() -> int:
    errors: list[str] = []
    docs = sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob('*') if p.is_file())
    if set(docs) != set(ENCODINGS):
        errors.append(f'documents on disk differ from the declared list: {sorted(set(docs) ^ set(ENCODINGS))}')
    texts = {}
    titles = {}
    for d in docs:
        try:
            t, tt = page(d)
        except (AssertionError, UnicodeDecodeError) as e:
            errors.append(str(e))
            continue
        texts[d] = squeeze(t)
        titles[d] = [squeeze(x) for x in tt]

    # places and facts: surfaces in reading order
    for name in ('places.csv', 'facts.csv'):
        pos: dict[str, int] = {}
        for i, r in enumerate(rows(name), 2):
            d = r['doc_id']
            if d not in texts:
                errors.append(f'{name}:{i}: unknown doc {d}')
                continue
            s = squeeze(r['surface'])
            at = texts[d].find(s, pos.get(d, 0))
            if not s or at < 0:
                errors.append(f'{name}:{i}: {r["surface"]!r} not found in {d} after the previous row')
                continue
            pos[d] = at + 1
            if name == 'facts.csv':
                if not DECIMAL.match(r['value']):
                    errors.append(f'facts.csv:{i}: value {r["value"]!r} is not a plain decimal')
                if r['value_max'] and not DECIMAL.match(r['value_max']):
                    errors.append(f'facts.csv:{i}: value_max {r["value_max"]!r} is not a plain decimal')
                if r['value_max'] and float(r['value_max']) <= float(r['value']):
                    errors.append(f'facts.csv:{i}: value_max not above value')
                if r['unit'] not in UNITS and not COUNTER.match(r['unit']):
                    errors.append(f'facts.csv:{i}: unit {r["unit"]!r}')
                if r['qualifier'] not in QUALIFIERS:
                    errors.append(f'facts.csv:{i}: qualifier {r["qualifier"]!r}')
                if r['change'] not in CHANGES:
                    errors.append(f'facts.csv:{i}: change {r["change"]!r}')
            else:
                if not re.match(r'^[\u4e00-\u9fff]+$', r['name_zh']):
                    errors.append(f'places.csv:{i}: name_zh {r["name_zh"]!r}')

    # lines: every line is text of its page; furniture never inside a body line
    body: dict[str, list[str]] = {}
    furn: dict[str, list[str]] = {}
    for i, r in enumerate(rows('lines.csv'), 2):
        d = r['doc_id']
        if d not in texts:
            errors.append(f'lines.csv:{i}: unknown doc {d}')
            continue
        if r['kind'] not in ('body', 'furniture'):
            errors.append(f'lines.csv:{i}: kind {r["kind"]!r}')
        s = squeeze(r['text'])
        if not s or s not in texts[d]:
            errors.append(f'lines.csv:{i}: line not in {d}: {r["text"][:40]!r}')
        (body if r['kind'] == 'body' else furn).setdefault(d, []).append(s)
    for d in docs:
        if not body.get(d) or not furn.get(d):
            errors.append(f'{d}: needs body and furniture lines')
        for f in furn.get(d, []):
            for b in body.get(d, []):
                if f in b:
                    errors.append(f'{d}: furniture {f[:30]!r} occurs inside body line {b[:30]!r}')

    # pages
    seen = set()
    for i, r in enumerate(rows('pages.csv'), 2):
        d = r['doc_id']
        seen.add(d)
        if d not in texts:
            errors.append(f'pages.csv:{i}: unknown doc {d}')
            continue
        t = squeeze(r['title'])
        if not t or (t not in texts[d] and t not in titles[d]):
            errors.append(f'pages.csv:{i}: title not text of {d}')
        if r['published'] and not ISO.match(r['published']):
            errors.append(f'pages.csv:{i}: published {r["published"]!r}')
    if seen != set(docs):
        errors.append(f'pages.csv misses {sorted(set(docs) - seen)}')

    for e in errors:
        print(e)
    n = {name: len(rows(name)) for name in ('places.csv', 'facts.csv', 'pages.csv', 'lines.csv')}
    print(f'{len(docs)} documents; rows {n}; {len(errors)} problem(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
