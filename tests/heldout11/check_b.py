"""Consistency check for held-out set 11, half B (plain Python, no pipeline import).

Checks: encodings as declared; every expected surface occurs in the page's visible text in
reading order (per file, whitespace-insensitive, so hard wraps do not matter); body and
furniture lines occur; no furniture line occurs inside a body line; titles occur; dates are
ISO; values are plain decimals; units, qualifiers and changes are in the contract vocabulary.
Run: python3 tests/heldout11/check_b.py
"""
import csv, re, sys, html
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent / 'b'
ENC = {  # declared byte encodings
    'geumyung/20261028_wuhan.html': 'cp949',
    'hjeri/brief_2026-32.txt': 'cp949',
    'gginvest/2026-10_monthly.txt': 'utf-16',
}
UNITS = set('CNY KRW USD JPY EUR HKD TWD SGD CAD AUD NZD MOP GBP CHF RUB MNT INR VND THB m2 km2 ha mu pyeong '
            'percent pp celsius t kg km m MW kW GW kWh MWh m3 l bbl year month day TEU'.split())
COUNTERS = set('건 개 명 곳 개사 사 편 배 식구'.split())
QUAL = {'', 'approx', 'more_than', 'at_least', 'at_most', 'less_than'}
CHANGE = {'', 'increase', 'decrease'}
errors = []

class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ('head', 'script', 'style'): self.skip += 1
        self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('head', 'script', 'style'): self.skip -= 1
        self.out.append('\n')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def visible(doc):
    raw = (ROOT / 'raw' / doc).read_bytes()
    enc = ENC.get(doc, 'utf-8')
    if enc == 'utf-16' and not raw.startswith(b'\xff\xfe'): errors.append(f'{doc}: no UTF-16 BOM')
    try: text = raw.decode(enc)
    except UnicodeDecodeError: errors.append(f'{doc}: not {enc}'); return ''
    if enc != 'utf-8':
        try: raw.decode('utf-8'); errors.append(f'{doc}: decodes as utf-8, declared {enc}')
        except UnicodeDecodeError: pass
    if doc.endswith('.html'):
        p = Text(); p.feed(text); text = ''.join(p.out)
    return text

def squash(s): return re.sub(r'\s+', '', s)

def rows(name):
    b = (ROOT / 'expected' / name).read_bytes()
    if not b.startswith(b'\xef\xbb\xbf'): errors.append(f'{name}: no BOM')
    return list(csv.DictReader(b.decode('utf-8-sig').splitlines()))

docs = sorted(str(p.relative_to(ROOT / 'raw')) for p in (ROOT / 'raw').rglob('*') if p.is_file())
texts = {d: squash(visible(d)) for d in docs}
pages = rows('pages.csv')
if sorted(r['doc_id'] for r in pages) != docs: errors.append('pages.csv does not list every page once')
for r in pages:
    if squash(r['title']) not in texts.get(r['doc_id'], ''): errors.append(f"{r['doc_id']}: title not in page")
    if r['published'] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', r['published']): errors.append(f"{r['doc_id']}: bad date")

def in_order(name, extra=None):
    pos = {}
    for r in rows(name):
        d = r['doc_id']
        if d not in texts: errors.append(f'{name}: unknown doc {d}'); continue
        s = squash(r['surface']); i = bodytext.get(d, '').find(s, pos.get(d, 0))
        if i < 0: errors.append(f"{name}: {d}: '{r['surface']}' not found after previous row")
        else: pos[d] = i + len(s)
        if extra: extra(r)

def fact(r):
    v = r['value']
    if not re.fullmatch(r'-?(0|[1-9]\d*)(\.\d*[1-9])?', v): errors.append(f'bad value {v}')
    if r['value_max']:
        if not re.fullmatch(r'-?(0|[1-9]\d*)(\.\d*[1-9])?', r['value_max']): errors.append(f"bad value_max {r['value_max']}")
        elif Decimal(r['value_max']) <= Decimal(v): errors.append(f"{r['surface']}: value_max <= value")
    if r['unit'] not in UNITS | COUNTERS: errors.append(f"unit {r['unit']}")
    if r['qualifier'] not in QUAL: errors.append(f"qualifier {r['qualifier']}")
    if r['change'] not in CHANGE: errors.append(f"change {r['change']}")

body = {}
for r in rows('lines.csv'):
    d = r['doc_id']; t = squash(r['text'])
    if r['kind'] not in ('body', 'furniture'): errors.append(f"kind {r['kind']}")
    if t not in texts.get(d, ''): errors.append(f"lines.csv: {d}: '{r['text']}' not in page")
    body.setdefault(d, [])
    if r['kind'] == 'body': body[d].append(t)
# review: surfaces are matched in the article text only (body lines joined in reading order),
# each row after the previous row's own match, so a mention in furniture (menu, ticker, <title>)
# or an earlier row's mention never stands in for a row's own later mention.
bodytext = {d: ''.join(b) for d, b in body.items()}
in_order('places.csv')
in_order('facts.csv', fact)
for r in rows('lines.csv'):
    if r['kind'] == 'furniture':
        t = squash(r['text'])
        for b in body.get(r['doc_id'], []):
            if t in b: errors.append(f"{r['doc_id']}: furniture '{r['text']}' inside body '{b}'")
print('\n'.join(errors) or f'ok: {len(docs)} pages')
sys.exit(1 if errors else 0)
