"""Mechanical checks of held-out set 15, half b (plain Python, no pipeline import).

Checks:
- raw files decode in their stated/declared encoding (UTF-16 with BOM; an HTML page declaring euc-kr is CP949);
- the expected CSVs are UTF-8 with BOM and carry the devset headers; every page has exactly one pages.csv row;
- every title and every lines.csv text occurs in its page (whitespace ignored, so hard-wrapped text counts;
  a body line may run across a page break: it is looked for in the page with the furniture lines cut out);
- no furniture text occurs inside the body lines of its page (the eval would count it kept);
- place and fact surfaces occur in reading order, each inside a body line;
- values are plain decimals and agree with a small independent reading of the surface (digits with
  만/억/조/천/백, hangul numerals, 영하/령하), units agree with the surface's unit word, qualifiers and changes
  are in the contract's vocabulary, published is an ISO date, site folders are used by no other set.
Run: python3 tests/heldout15/check_b.py
"""
import csv, glob, html, os, re, sys
from decimal import Decimal
from html.parser import HTMLParser

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'b')
TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADERS = {
    'pages.csv': ['doc_id', 'title', 'published'],
    'lines.csv': ['doc_id', 'kind', 'text'],
    'places.csv': ['doc_id', 'surface', 'name_zh', 'note'],
    'facts.csv': ['doc_id', 'surface', 'value', 'unit', 'value_max', 'qualifier', 'change', 'subject', 'note'],
}
UNITS = set('CNY KRW USD JPY EUR HKD TWD m2 km2 ha mu pyeong percent pp celsius t kg km m MW kW GW kWh MWh '
            'm3 l year month day TEU'.split())
COUNTERS = set('건 개 명 곳 가지 개사 종 배 대 동 편 회 장'.split())
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
    try:
        return b.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        err(f'{path}: neither declared legacy nor UTF-8'); return b.decode('cp949', 'replace'), '?'


def squash(s): return re.sub(r'\s+', '', s)


def read(name):
    raw = open(os.path.join(HERE, 'expected', name), 'rb').read()
    if not raw.startswith(b'\xef\xbb\xbf'): err(f'{name}: no UTF-8 BOM')
    rows = list(csv.reader(raw.decode('utf-8-sig').splitlines()))
    if rows[0] != HEADERS[name]: err(f'{name}: header {rows[0]}')
    for r in rows[1:]:
        if len(r) != len(rows[0]): err(f'{name}: row width {r}')
    return [dict(zip(rows[0], r)) for r in rows[1:]]


# ---- the pages
used = set()
for p in glob.glob(os.path.join(TESTS, '*', 'raw', '*')) + glob.glob(os.path.join(TESTS, '*', '*', 'raw', '*')):
    if os.path.join('heldout15', 'b', 'raw') not in p: used.add(os.path.basename(p))
docs = {}
for site in sorted(os.listdir(os.path.join(HERE, 'raw'))):
    if site in used: err(f'site {site} already used by another set')
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
ids = [r['doc_id'] for r in pages]
if sorted(ids) != sorted(docs) or len(set(ids)) != len(ids): err('pages.csv does not list each raw document once')
for r in pages:
    d = docs.get(r['doc_id'])
    if not d: continue
    if not r['title'] or (squash(r['title']) not in d['body'] and squash(r['title']) not in d['head']):
        err(f"title not in page: {r}")
    if r['published'] and not re.fullmatch(r'20\d\d-[01]\d-[0-3]\d', r['published']): err(f'date not ISO: {r}')

# ---- lines: furniture in the page; body in the page with the furniture cut out
furn, bodies = {}, {}
for r in lines:
    d = docs.get(r['doc_id'])
    if not d: err(f'unknown doc {r}'); continue
    if r['kind'] not in ('body', 'furniture'): err(f'kind: {r}')
    (furn if r['kind'] == 'furniture' else bodies).setdefault(r['doc_id'], []).append(squash(r['text']))
for doc, d in docs.items():
    for t in furn.get(doc, []):
        if t not in d['body']: err(f'furniture line not in page: {doc}: {t}')
    cut = d['body']
    for t in sorted(furn.get(doc, []), key=len, reverse=True):
        cut = cut.replace(t, '')
    d['cut'] = cut
    joined = ''.join(bodies.get(doc, []))
    for t in furn.get(doc, []):
        if t in joined: err(f'furniture text inside the body lines (the eval would count it kept): {doc}: {t}')
    spans, pos = [], 0
    for t in bodies.get(doc, []):
        i = cut.find(t, pos)
        if i < 0: i = cut.find(t)
        if i < 0: err(f'body line not in page (furniture cut out): {doc}: {t}'); continue
        spans.append((i, i + len(t))); pos = i + len(t)
    d['spans'] = spans
    if not bodies.get(doc): err(f'{doc}: no body line')


def in_order(rows, what):
    pos = {}
    for r in rows:
        d = docs.get(r['doc_id']); s = squash(r['surface'])
        if not d: err(f'unknown doc {r}'); continue
        i = d['cut'].find(s, pos.get(r['doc_id'], 0))
        while i >= 0 and not any(a <= i and i + len(s) <= b for a, b in d['spans']):
            i = d['cut'].find(s, i + 1)
        if i < 0: err(f"{what} surface not found in a body line after the previous row: {r['doc_id']}: {r['surface']}"); continue
        pos[r['doc_id']] = i + 1
in_order(places, 'place'); in_order(facts, 'fact')

# ---- values read again from the surface, independently of the rows
NATIVE = {'한': 1, '두': 2, '세': 3, '네': 4, '다섯': 5, '여섯': 6, '일곱': 7, '여덟': 8, '아홉': 9,
          '열': 10, '스물': 20, '서른': 30, '마흔': 40, '쉰': 50}
DAYS = {'하루': 1, '이틀': 2, '사흘': 3, '나흘': 4, '닷새': 5, '엿새': 6, '이레': 7, '열흘': 10}
BIG = {'조': Decimal(10) ** 12, '억': Decimal(10) ** 8, '만': Decimal(10) ** 4}
SMALL = {'천': 1000, '백': 100}


def read_number(s):
    for w, n in DAYS.items():
        if s.startswith(w): return Decimal(n)
    sign = -1 if s.startswith(('영하', '령하')) else 1
    s = re.sub(r'^(영하|령하|약|최대|US\$|HK\$)\s*', '', s).replace(',', '')
    if s.startswith('-'): sign, s = -sign, s[1:]
    m = re.match(r'(스물|서른|마흔|쉰|열)?\s*(한|두|세|네|다섯|여섯|일곱|여덟|아홉)?(?=\s|$|[가-힣])', s)
    if m and m.group(0).strip() and not re.match(r'\d', s):
        return Decimal(sum(NATIVE[g] for g in m.groups() if g))
    total, group = Decimal(0), Decimal(0)
    for num, small, big in re.findall(r'(\d+(?:\.\d+)?)\s*(천|백)?\s*(조|억|만)?', s.split('~')[0]):
        n = Decimal(num) * (SMALL[small] if small else 1)
        if big: total += (group + n) * BIG[big]; group = Decimal(0)
        elif small: group += n
        else: group += n; break
    return sign * (total + group)


def unit_of(s):
    if '%p' in s: return 'pp'
    if '%' in s or '프로' in s: return 'percent'
    if '위안' in s: return 'CNY'
    if 'HK$' in s: return 'HKD'
    if '달러' in s or 'US$' in s or '딸라' in s: return 'USD'
    if s.rstrip().endswith('원') or '원 ' in s or re.search(r'원\s*(안팎|이상|미만)', s): return {'KRW', 'CNY'}
    if 'TEU' in s: return 'TEU'
    if '㎢' in s: return 'km2'
    if '㎡' in s: return 'm2'
    if '헥타르' in s: return 'ha'
    if '℃' in s or re.search(r'\d도$', s): return 'celsius'
    if re.search(r'\dt$', s) or '만t' in s or '천t' in s or '톤' in s: return 't'
    if re.search(r'년간?$', s): return 'year'
    if '달' in s: return 'month'
    if re.search(r'\d일$', s) or s in DAYS: return 'day'
    m = re.search(r'(개사|곳|개|대|동|편|회|장|배)(\s*(이상|정도))?$', s)
    return m.group(1) if m else None


dec = re.compile(r'-?\d+(\.\d+)?')
for r in facts:
    if not dec.fullmatch(r['value']): err(f'value: {r}'); continue
    if r['value_max'] and not dec.fullmatch(r['value_max']): err(f'value_max: {r}')
    if r['unit'] not in UNITS | COUNTERS: err(f'unit: {r}')
    if r['qualifier'] not in QUALS: err(f'qualifier: {r}')
    if r['change'] not in CHANGES: err(f'change: {r}')
    got = read_number(r['surface'])
    if got != Decimal(r['value']): err(f"value {r['value']} differs from the surface's reading {got}: {r['doc_id']}: {r['surface']}")
    if r['value_max']:
        hi = read_number(r['surface'].split('~')[1])
        if hi != Decimal(r['value_max']): err(f"value_max differs from the surface: {r}")
    u = unit_of(r['surface'])
    if not (r['unit'] == u or (isinstance(u, set) and r['unit'] in u)):
        err(f"unit {r['unit']} differs from the surface's unit word ({u}): {r['doc_id']}: {r['surface']}")
for r in places:
    if not r['name_zh'] or re.search(r'[\uac00-\ud7a3]', r['name_zh']): err(f'name_zh: {r}')

for d, v in docs.items():
    print(f"{v['enc']:7} {d}")
kinds = {k: sum(1 for r in lines if r['kind'] == k) for k in ('furniture', 'body')}
print(f"pages {len(pages)} on {len({d.split('/')[0] for d in docs})} sites; lines {len(lines)} "
      f"(furniture {kinds['furniture']}, body {kinds['body']}); places {len(places)}; facts {len(facts)}")
print('\n'.join(errors) or 'OK')
sys.exit(1 if errors else 0)
