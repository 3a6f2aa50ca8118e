"""`python -m pipeline review`: HTML pages for a person to check the extraction by eye.

extracted/review/index.html lists the documents with their counts and maps mentions by
province; one page per document shows the clean text with places and facts
highlighted (details on hover and in a side table) and, greyed, what cleaning removed."""
from __future__ import annotations

import base64
import hashlib
import html
import shutil
from collections import Counter, defaultdict
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from pipeline.diff import read_rows
from pipeline.discover import clean_path, output_path, raw_path, render_name
from pipeline.document import clean_into
from pipeline.model import BadInput, DocResult, Removed
from pipeline.rules import Rules

STYLE = """
body{font-family:sans-serif;margin:0;display:flex;gap:1.5em;padding:1em;line-height:1.7}
main{flex:3;max-width:52em} aside{flex:2;font-size:.85em;overflow:auto;max-height:95vh;position:sticky;top:0}
mark.place{background:#cde8ff;border-bottom:2px solid #1f6fb2} mark.fact{background:#ffe6a8;border-bottom:2px solid #b27a00}
p{margin:.6em 0} table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
.removed{color:#999;font-size:.85em} .removed li{list-style:none} .rule{color:#bbb;font-family:monospace}
.meta{color:#555} a{color:#1f6fb2} #map{background:#f6f8fa}
"""
# The pages need no script at all: forbid every script, and any style but ours.
CSP = ("default-src 'none'; style-src 'sha256-" + base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
       + "'; img-src 'none'; base-uri 'none'; form-action 'none'")
HEAD = f'<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{CSP}"><style>{STYLE}</style>'
PAGES = "docs"      # one page per document under review/docs/, mirroring the doc_id's folders


def e(value: object) -> str:
    """Text for HTML content and quoted attributes."""
    return html.escape(str(value), quote=True)


def page_path(doc_id: str) -> PurePosixPath:
    """A document's page relative to review/: collision-free, like its clean text."""
    return PurePosixPath(PAGES, output_path(doc_id, ".html").as_posix())


def href(path: PurePosixPath, start: PurePosixPath = PurePosixPath(".")) -> str:
    """A relative URL from the folder `start` (relative to review/) to `path`: every name
    percent-encoded (`#`, `%`, `?`, quotes, backslash), then escaped for the attribute."""
    return e("../" * len(start.parts) + quote(str(path), safe="/"))


def write_review(raw: Path, out: Path, rules: Rules) -> Path:
    """Write out/review/ from the CSVs and clean texts in `out` (and the raw files for the removed lines)."""
    docs = read_rows(out / "documents.csv")
    places, facts = _by_doc(read_rows(out / "places.csv")), _by_doc(read_rows(out / "facts.csv"))
    folder = out / "review"
    shutil.rmtree(folder / PAGES, ignore_errors=True)       # pages of documents gone from raw/
    for doc in docs:
        if doc["status"] != "ok":
            continue
        text = (out / clean_path(doc["doc_id"])).read_text(encoding="utf-8").removesuffix("\n")
        rel = page_path(doc["doc_id"])
        page = folder / rel
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(_document_page(doc, text, places[doc["doc_id"]], facts[doc["doc_id"]],
                                       _removed(raw, doc["doc_id"], rules), href(PurePosixPath("index.html"), rel.parent)),
                        encoding="utf-8")
    index = folder / "index.html"
    index.parent.mkdir(parents=True, exist_ok=True)
    index.write_text(_index_page(docs, places, facts), encoding="utf-8")
    return index


def _by_doc(rows: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        grouped[r["doc_id"]].append(r)
    return grouped


def _removed(raw: Path, doc_id: str, rules: Rules) -> list[Removed]:
    path = raw_path(raw, doc_id)
    try:
        result = DocResult(doc_id=doc_id)
        cleaned, _ = clean_into(result, path.read_bytes(), rules, render_name(str(path.resolve())))
        return cleaned.removed
    except (OSError, BadInput):
        return []


def _tip(row: dict, kind: str) -> str:
    if kind == "place":
        parts = [row["name_zh"], row["name_ko"], row["adcode"], row["level"], row["province_zh"], f"match: {row['match']}"]
    else:
        value = row["value"] + (f"~{row['value_max']}" if row["value_max"] else "")
        parts = [f"{value} {row['unit']}", row["qualifier"], row["change"], f"subject: {row['subject']}" if row["subject"] else "",
                 f"period: {row['period']}" if row["period"] else "", f"place: {row['place']}" if row["place"] else ""]
    return " · ".join(p for p in parts if p)


def highlight(text: str, places: list[dict], facts: list[dict]) -> str:
    """The clean text as HTML paragraphs with <mark> spans; a span that would cross
    another is left unmarked rather than break the nesting."""
    spans = sorted([(int(r["start"]), int(r["end"]), "fact", r) for r in facts] +
                   [(int(r["start"]), int(r["end"]), "place", r) for r in places],
                   key=lambda s: (s[0], -s[1]))
    opens: dict[int, list[str]] = defaultdict(list)
    closes: Counter = Counter()
    stack: list[int] = []
    for start, end, kind, row in spans:
        while stack and stack[-1] <= start:
            stack.pop()
        if stack and end > stack[-1]:
            continue
        stack.append(end)
        opens[start].append(f'<mark class="{kind}" title="{e(_tip(row, kind))}">')
        closes[end] += 1
    out = ["<p>"]
    for i, ch in enumerate(text):
        out.append("</mark>" * closes[i])
        out.extend(opens[i])
        out.append("</p>\n<p>" if ch == "\n" and text[i + 1:i + 2] == "\n" else "" if ch == "\n" else html.escape(ch))
    out.append("</mark>" * closes[len(text)] + "</p>")
    return "".join(out).replace("<p></p>", "")


def _document_page(doc: dict, text: str, places: list[dict], facts: list[dict], removed: list[Removed],
                   index: str) -> str:
    rows = "".join(
        f"<tr><td>{e(r['surface'])}</td><td>{e(r['value'])}{'~' + e(r['value_max']) if r['value_max'] else ''}</td>"
        f"<td>{e(r['unit'])}</td><td>{e(r['qualifier'])} {e(r['change'])}</td><td>{e(r['subject'])}</td>"
        f"<td>{e(r['period'])}</td><td>{e(r['place'])}</td></tr>" for r in facts)
    gone = "".join(f'<li><span class="rule">{e(r.rule)}</span> {e(r.text)}</li>' for r in removed)
    title = e(doc["title"] or doc["doc_id"])
    return f"""<!DOCTYPE html>
<html lang="ko"><head>{HEAD}<title>{title}</title></head>
<body><main>
<p class="meta"><a href="{index}">index</a> · {e(doc['doc_id'])} · source {e(doc['source'])} ·
{e(doc['published'] or 'no date')} · {len(places)} places · {len(facts)} facts</p>
<h1>{title}</h1>
<div id="text">{highlight(text, places, facts)}</div>
<details class="removed" open><summary>removed by cleaning ({len(removed)})</summary><ul>{gone}</ul></details>
</main>
<aside><h2>facts</h2><table id="facts"><tr><th>surface</th><th>value</th><th>unit</th><th>qualifier/change</th>
<th>subject</th><th>period</th><th>place</th></tr>{rows}</table></aside>
</body></html>
"""


def _index_page(docs: list[dict], places: dict, facts: dict) -> str:
    def link(d: dict) -> str:
        name = e(d["doc_id"])
        return f'<a href="{href(page_path(d["doc_id"]))}">{name}</a>' if d["status"] == "ok" else name
    rows = "".join(
        f"<tr><td>{link(d)}</td><td>{e(d['title'])}</td><td>{e(d['source'])}</td>"
        f"<td>{len(places[d['doc_id']])}</td><td>{len(facts[d['doc_id']])}</td><td>{e(d['status'])}</td></tr>"
        for d in docs)
    return f"""<!DOCTYPE html>
<html lang="ko"><head>{HEAD}<title>hanfacts review</title></head>
<body><main><h1>hanfacts review</h1>
<table id="documents"><tr><th>document</th><th>title</th><th>source</th><th>places</th><th>facts</th><th>status</th></tr>{rows}</table>
</main><aside><h2>mentions by province</h2>{province_map([r for rs in places.values() for r in rs])}</aside></body></html>
"""


def province_map(places: list[dict]) -> str:
    """An SVG scatter of provinces at their coordinates, circle area by mentions."""
    counts = Counter(r["province_zh"] for r in places if r["province_zh"])
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in places:
        if r["province_zh"] and r["lat"] and r["lon"]:
            points[r["province_zh"]].append((float(r["lon"]), float(r["lat"])))
    # the province's own coordinates when it is named, else the mean of its places'
    where = {p: next(((float(r["lon"]), float(r["lat"])) for r in places if r["name_zh"] == p and r["lat"]),
                     (sum(a for a, _ in pts) / len(pts), sum(b for _, b in pts) / len(pts)))
             for p, pts in points.items()}
    x = lambda lon: (lon - 73) / (135 - 73) * 460 + 20  # noqa: E731  China spans lon 73-135, lat 18-54
    y = lambda lat: (54 - lat) / (54 - 18) * 300 + 20  # noqa: E731
    dots = "".join(
        f'<circle cx="{x(lon):.0f}" cy="{y(lat):.0f}" r="{3 + 3 * n ** 0.5:.1f}" fill="#1f6fb2" fill-opacity=".5">'
        f'<title>{e(name)}: {n}</title></circle><text x="{x(lon) + 6:.0f}" y="{y(lat) + 4:.0f}" font-size="10">{e(name)} {n}</text>'
        for name, n in counts.most_common() if (lon_lat := where.get(name)) for lon, lat in [lon_lat])
    listed = "".join(f"<tr><td>{e(name)}</td><td>{n}</td></tr>" for name, n in counts.most_common())
    return (f'<svg id="map" width="500" height="340">{dots}</svg>'
            f"<table><tr><th>province</th><th>mentions</th></tr>{listed}</table>")
