#!/usr/bin/env python3
"""Consistency check of held-out set 11, half A (plain python, no pipeline import).

Run: python3 tests/heldout11/check_a.py   (exit 0 when every check passes)
"""
import csv, re, sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent / 'a'
RAW, EXP = HERE / 'raw', HERE / 'expected'

ENCODINGS = {  # declared byte encoding of each page; all others utf-8
    'dongnamdb/dn_2003_1105_b12.txt': 'cp949',
    'hansquare/edu_20261120.html': 'cp949',
    'qingshan/2026-10-20_mogi.html': 'utf-16',
}
UNITS = set('CNY KRW USD JPY EUR HKD TWD SGD CAD AUD NZD MOP GBP CHF RUB MNT INR VND THB '
            'm2 km2 ha mu pyeong percent pp celsius t kg km m MW kW GW kWh MWh m3 l bbl '
            'year month day TEU'.split())
COUNTERS = set('개 개사 곳 명 건 편 배 대 켤레 가구 척 회 차례 채 실 쌍 석 세트 기 동 층 종 가지 사 호 벌 잔'.split())
QUALIFIERS = {'', 'approx', 'more_than', 'at_least', 'at_most', 'less_than'}
CHANGES = {'', 'increase', 'decrease'}
DECIMAL = re.compile(r'^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$')
ISO = re.compile(r'^\d{4}-\d{2}-\d{2}$')

errors = []
def err(msg): errors.append(msg)

class Text(HTMLParser):
    SKIP = {'script', 'style', 'title', 'head'}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP: self.skip += 1
        if tag in ('p', 'div', 'li', 'br', 'h1', 'h2', 'h3', 'ul', 'ol'): self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in self.SKIP: self.skip = max(0, self.skip - 1)
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def squash(s): return re.sub(r'\s+', '', s)

def decode(doc_id, raw):
    enc = ENCODINGS.get(doc_id, 'utf-8')
    if enc == 'utf-16':
        if not raw.startswith((b'\xff\xfe', b'\xfe\xff')): err(f'{doc_id}: no UTF-16 BOM')
        return raw.decode('utf-16')
    if enc == 'cp949':
        try:
            raw.decode('utf-8'); err(f'{doc_id}: declared cp949 but is valid UTF-8')
        except UnicodeDecodeError: pass
        return raw.decode('cp949')
    if raw.startswith(b'\xef\xbb\xbf'): raw = raw[3:]
    return raw.decode('utf-8')

def visible(doc_id):
    text = decode(doc_id, (RAW / doc_id).read_bytes())
    if doc_id.endswith(('.html', '.htm')):
        p = Text(); p.feed(text); text = ''.join(p.out)
    return text

def read(name):
    b = (EXP / name).read_bytes()
    if not b.startswith(b'\xef\xbb\xbf'): err(f'{name}: no BOM')
    if b'\r' in b: err(f'{name}: CR in line endings')
    return list(csv.DictReader(b.decode('utf-8-sig').splitlines()))

pages, lines, places, facts = (read(n) for n in ('pages.csv', 'lines.csv', 'places.csv', 'facts.csv'))
docs = sorted(str(p.relative_to(RAW)) for p in RAW.rglob('*') if p.is_file())
if sorted(r['doc_id'] for r in pages) != docs: err('pages.csv does not list exactly the raw pages')

for d in docs:
    vis = squash(visible(d))
    body = [r['text'] for r in lines if r['doc_id'] == d and r['kind'] == 'body']
    fur = [r['text'] for r in lines if r['doc_id'] == d and r['kind'] == 'furniture']
    if not body or not fur: err(f'{d}: needs body and furniture rows')
    pos, starts = 0, []
    for t in body:  # body rows occur, in reading order
        i = vis.find(squash(t), pos)
        if i < 0: err(f'{d}: body row not found in order: {t}'); continue
        starts.append(i); pos = i + len(squash(t))
    btext = squash(''.join(body))
    for t in fur:
        if squash(t) not in vis: err(f'{d}: furniture row not in page: {t}')
        if squash(t) in btext: err(f'{d}: furniture row inside article text: {t}')
    for name, rows in (('places', places), ('facts', facts)):
        pos = 0
        for r in (r for r in rows if r['doc_id'] == d):
            s = squash(r['surface'])
            i = btext.find(s, pos)
            if i < 0: err(f'{d}: {name} surface not in article text in reading order: {r["surface"]}'); continue
            pos = i + len(s)
    pg = [r for r in pages if r['doc_id'] == d]
    if pg:
        if pg[0]['published'] and not ISO.match(pg[0]['published']): err(f'{d}: published not ISO')
        if pg[0]['title'] not in body: err(f'{d}: title is not a body row')

for r in places:
    if not r['name_zh'] or re.search(r'[가-힣]', r['name_zh']): err(f'places: bad name_zh {r}')
for r in facts:
    for k in ('value', 'value_max'):
        if r[k] and not DECIMAL.match(r[k]): err(f'facts: {k} not a plain decimal: {r}')
    if r['value_max'] and float(r['value_max']) <= float(r['value']): err(f'facts: value_max <= value: {r}')
    if r['unit'] not in UNITS and r['unit'] not in COUNTERS: err(f'facts: unit not in vocabulary: {r}')
    if r['qualifier'] not in QUALIFIERS: err(f'facts: qualifier: {r}')
    if r['change'] not in CHANGES: err(f'facts: change: {r}')
for r in lines:
    if r['kind'] not in ('body', 'furniture'): err(f'lines: kind {r}')

for e in errors: print('FAIL', e)
print(f'{len(docs)} pages, {len(places)} places, {len(facts)} facts, {len(lines)} lines, {len(errors)} errors')
sys.exit(1 if errors else 0)
