"""Check held-out set 13, half b, without the pipeline: encodings, headers, that every expected
line, title and surface occurs in its page's text, values, vocabularies, dates.
Run: python tests/heldout13/check_b.py  (exit 0 when green)."""
import csv, html, re, sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

B = Path(__file__).resolve().parent / 'b'
HEAD = {'pages.csv': ['doc_id', 'title', 'published'],
        'lines.csv': ['doc_id', 'kind', 'text'],
        'places.csv': ['doc_id', 'surface', 'name_zh', 'note'],
        'facts.csv': ['doc_id', 'surface', 'value', 'unit', 'value_max', 'qualifier', 'change', 'subject', 'note']}
UNITS = set('CNY KRW USD JPY EUR HKD TWD SGD CAD AUD NZD MOP GBP CHF RUB MNT INR VND THB '
            'm2 km2 ha mu pyeong percent pp celsius t kg km m MW kW GW kWh MWh m3 l bbl year month day TEU'.split())
COUNTERS = set('건 개 명 곳 가지 개사 종 배 사 층 동 대 척 편 회 차례 번 채 실 쌍 석 세트 기 송이 상자 켤레'.split())
QUAL = {'', 'approx', 'more_than', 'at_least', 'at_most', 'less_than'}
CHANGE = {'', 'increase', 'decrease'}
errors = []

def err(msg):
    errors.append(msg)

def decode(path):
    data = path.read_bytes()
    if data[:2] in (b'\xff\xfe', b'\xfe\xff'):
        return data.decode('utf-16'), 'utf-16'
    try:
        return data.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        text = data.decode('cp949')
        if path.suffix == '.html' and not re.search(r'charset=(euc-kr|cp949|ks_c_5601)', text, re.I):
            err(f'{path}: CP949 page without a declared charset')
        return text, 'cp949'

def page_text(doc, raw):
    if doc.endswith('.html'):
        raw = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', raw)
        raw = re.sub(r'<[^>]+>', '\n', raw)
        raw = html.unescape(raw)
    return raw

def squash(s):
    return re.sub(r'\s+', '', s)

rows = {}
for name, head in HEAD.items():
    p = B / 'expected' / name
    data = p.read_bytes()
    if not data.startswith(b'\xef\xbb\xbf'):
        err(f'{name}: no UTF-8 BOM')
    if b'\r\n' in data:
        err(f'{name}: CRLF')
    rd = list(csv.reader(data.decode('utf-8-sig').splitlines()))
    if rd[0] != head:
        err(f'{name}: header {rd[0]} != {head}')
    rows[name] = [dict(zip(head, r)) for r in rd[1:]]
    for r in rd[1:]:
        if len(r) != len(head):
            err(f'{name}: row width {r}')

docs = sorted(str(p.relative_to(B / 'raw')) for p in (B / 'raw').rglob('*') if p.is_file())
texts = {}
for d in docs:
    t, enc = decode(B / 'raw' / d)
    texts[d] = page_text(d, t)

for name, rs in rows.items():
    for r in rs:
        if r['doc_id'] not in texts:
            err(f'{name}: unknown doc {r["doc_id"]}')
if sorted({r['doc_id'] for r in rows['pages.csv']}) != docs:
    err('pages.csv does not list every document once')

# body text: the page with its furniture lines taken out, whitespace removed (re-joins hard wraps
# and numbers split over a page break)
furn = {}
for r in rows['lines.csv']:
    if r['kind'] not in ('body', 'furniture'):
        err(f'lines.csv: kind {r["kind"]}')
    furn.setdefault(r['doc_id'], []).append(r['text']) if r['kind'] == 'furniture' else None
bodytext = {}
for d, t in texts.items():
    lines = [l for l in t.splitlines() if l.strip() not in set(furn.get(d, []))]
    bodytext[d] = squash('\n'.join(lines))
    for f in furn.get(d, []):
        if squash(f) not in squash(t):
            err(f'{d}: furniture line not in page: {f}')

for r in rows['lines.csv']:
    if r['kind'] == 'body' and squash(r['text']) not in bodytext[r['doc_id']]:
        err(f'{r["doc_id"]}: body line not in page: {r["text"]}')

body_by_doc = {}
for r in rows['lines.csv']:
    if r['kind'] == 'body':
        body_by_doc.setdefault(r['doc_id'], []).append(squash(r['text']))

for r in rows['pages.csv']:
    if r['title'] and squash(r['title']) not in squash(texts[r['doc_id']]):
        err(f'{r["doc_id"]}: title not in page')
    if r['published'] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', r['published']):
        err(f'{r["doc_id"]}: published not ISO: {r["published"]}')

for name in ('places.csv', 'facts.csv'):
    pos = {}
    for r in rows[name]:
        d, s = r['doc_id'], squash(r['surface'])
        body = ''.join(body_by_doc.get(d, []))
        i = body.find(s, pos.get(d, 0))
        if i < 0:
            err(f'{name} {d}: surface not in body text in reading order: {r["surface"]}')
        else:
            pos[d] = i + 1 if name == 'places.csv' else i + 1

for r in rows['places.csv']:
    if not re.fullmatch(r'[\u4e00-\u9fff]+', r['name_zh']):
        err(f'places.csv: name_zh {r["name_zh"]}')

for r in rows['facts.csv']:
    for k in ('value', 'value_max'):
        v = r[k]
        if k == 'value_max' and v == '':
            continue
        if not re.fullmatch(r'-?\d+(\.\d*[1-9])?', v):
            err(f'facts.csv: {k} not a plain decimal: {v}')
        try:
            Decimal(v)
        except InvalidOperation:
            err(f'facts.csv: bad {k} {v}')
    if r['unit'] not in UNITS and r['unit'] not in COUNTERS:
        err(f'facts.csv: unit {r["unit"]}')
    if r['qualifier'] not in QUAL:
        err(f'facts.csv: qualifier {r["qualifier"]}')
    if r['change'] not in CHANGE:
        err(f'facts.csv: change {r["change"]}')

for e in errors:
    print('ERROR', e)
print('rows:', {k: len(v) for k, v in rows.items()}, 'docs:', len(docs))
sys.exit(1 if errors else 0)
