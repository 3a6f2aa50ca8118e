"""Mechanical checks of held-out set 15, half a (plain Python, no pipeline import).

Checks: raw files decode in their stated/declared encoding (UTF-16 with BOM, CP949 pages declare
euc-kr); expected CSVs are UTF-8 with BOM and carry the devset headers; every pages.csv title,
lines.csv text, place and fact surface occurs in its page's text (whitespace ignored, so hard-wrapped
text counts; surfaces in reading order, each inside a body line); values are plain decimals;
units/qualifiers/changes in the contract's vocabulary; published is an ISO date; site folders new (no other set's or part's raw/ folder has them).
Run: python3 tests/heldout15/check_a.py
"""
import csv, html, os, re, sys
from html.parser import HTMLParser

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'a')
TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADERS = {
    'pages.csv': ['doc_id', 'title', 'published'],
    'lines.csv': ['doc_id', 'kind', 'text'],
    'places.csv': ['doc_id', 'surface', 'name_zh', 'note'],
    'facts.csv': ['doc_id', 'surface', 'value', 'unit', 'value_max', 'qualifier', 'change', 'subject', 'note'],
}
UNITS = set('CNY KRW USD JPY EUR HKD TWD SGD CAD AUD NZD MOP GBP CHF RUB MNT INR VND THB m2 km2 ha mu pyeong '
            'percent pp celsius t kg km m MW kW GW kWh MWh m3 l bbl year month day TEU'.split())
COUNTERS = set('건 개 명 곳 가지 개사 종 배 사 층 동 대 척 편 회 차례 번 채 실 쌍 석 세트 기 봉지 장 호 家 辆'.split())
QUALS = {'', 'approx', 'more_than', 'at_least', 'at_most', 'less_than'}
CHANGES = {'', 'increase', 'decrease'}
errors = []
def err(m): errors.append(m)

class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0; self.inbody = False
    def handle_starttag(self, tag, a):
        if tag == 'body': self.inbody = True
        if tag in ('script', 'style'): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
    def handle_data(self, d):
        if self.inbody and not self.skip: self.out.append(d)

def decode(path):
    b = open(path, 'rb').read()
    if b.startswith(b'\xff\xfe') or b.startswith(b'\xfe\xff'):
        return b.decode('utf-16'), 'utf-16'
    head = b[:400].decode('ascii', 'replace').lower()
    m = re.search(r'charset="?([\w-]+)', head)
    if m and m.group(1) in ('euc-kr', 'cp949', 'ks_c_5601-1987'):
        return b.decode('cp949'), 'cp949'
    if m and m.group(1) == 'utf-16':
        err(f'{path}: declares utf-16 without BOM')
    try:
        return b.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        return b.decode('cp949'), 'cp949'   # undeclared legacy plain text

def squash(s): return re.sub(r'\s+', '', s)

def read(name):
    path = os.path.join(HERE, 'expected', name)
    raw = open(path, 'rb').read()
    if not raw.startswith(b'\xef\xbb\xbf'): err(f'{name}: no UTF-8 BOM')
    rows = list(csv.reader(raw.decode('utf-8-sig').splitlines()))
    if rows[0] != HEADERS[name]: err(f'{name}: header {rows[0]}')
    return [dict(zip(rows[0], r)) for r in rows[1:]]

docs = {}
# site folders of every other set and part (names only; no page is read)
used = set()
for root, dirs, _ in os.walk(TESTS):
    if os.path.basename(root) == 'raw' and not root.startswith(os.path.join(TESTS, 'heldout15', 'a')):
        used.update(dirs)
        dirs[:] = []
for site in sorted(os.listdir(os.path.join(HERE, 'raw'))):
    if site in used: err(f'site {site} already used')
    for f in sorted(os.listdir(os.path.join(HERE, 'raw', site))):
        text, enc = decode(os.path.join(HERE, 'raw', site, f))
        if f.endswith('.html'):
            p = Text(); p.feed(text); body = '\n'.join(p.out)
            t = re.search(r'<title>(.*?)</title>', text, re.S)
            og = re.search(r'og:title" content="([^"]*)"', text)
            head = html.unescape((t.group(1) if t else '') + ' ' + (og.group(1) if og else ''))
        else:
            body, head = text, ''
        docs[f'{site}/{f}'] = dict(enc=enc, body=squash(body), head=squash(head))

pages, lines, places, facts = (read(n) for n in ('pages.csv', 'lines.csv', 'places.csv', 'facts.csv'))
if {r['doc_id'] for r in pages} != set(docs): err('pages.csv does not list exactly the raw documents')
for r in pages:
    d = docs.get(r['doc_id'])
    if not d: continue
    if squash(r['title']) not in d['body'] and squash(r['title']) not in d['head']: err(f"title not in page: {r}")
    if r['published'] and not re.fullmatch(r'\d{4}-\d\d-\d\d', r['published']): err(f'date not ISO: {r}')
spans = {}
for r in lines:
    d = docs.get(r['doc_id'])
    if not d: err(f'unknown doc {r}'); continue
    if r['kind'] not in ('body', 'furniture'): err(f'kind: {r}')
    i = d['body'].find(squash(r['text']))
    if i < 0: err(f"line not in page: {r['doc_id']}: {r['text']}"); continue
    if r['kind'] == 'body': spans.setdefault(r['doc_id'], []).append((i, i + len(squash(r['text']))))
def in_order(rows, what):
    pos = {}
    for r in rows:
        d = docs.get(r['doc_id']); s = squash(r['surface'])
        if not d: err(f'unknown doc {r}'); continue
        i = d['body'].find(s, pos.get(r['doc_id'], 0))
        while i >= 0 and not any(a <= i and i + len(s) <= b for a, b in spans.get(r['doc_id'], [])):
            i = d['body'].find(s, i + 1)
        if i < 0: err(f"{what} surface not found in a body line after the previous row: {r['doc_id']}: {r['surface']}"); continue
        pos[r['doc_id']] = i + 1
in_order(places, 'place'); in_order(facts, 'fact')
dec = re.compile(r'-?\d+(\.\d+)?')
for r in facts:
    if not dec.fullmatch(r['value']): err(f'value: {r}')
    if r['value_max'] and not dec.fullmatch(r['value_max']): err(f'value_max: {r}')
    if r['unit'] not in UNITS | COUNTERS: err(f'unit: {r}')
    if r['qualifier'] not in QUALS: err(f'qualifier: {r}')
    if r['change'] not in CHANGES: err(f'change: {r}')
for r in places:
    if not r['name_zh'] or re.search(r'[\uac00-\ud7a3]', r['name_zh']): err(f'name_zh: {r}')
for d, v in docs.items():
    print(f"{v['enc']:7} {d}")
print(f'pages {len(pages)} lines {len(lines)} places {len(places)} facts {len(facts)}')
print('\n'.join(errors) or 'OK')
sys.exit(1 if errors else 0)
