"""Render the hand-marked page sources into raw/ and expected/{lines,places,facts,pages}.csv.

Each page was written once, by hand, as source/<site>/<name>.<ext>.spec: the page as it is to
be stored, with every body sentence (or body line) marked ⟪…⟫ and every furniture line marked
⟦…⟧, and every expected place and fact written in place, where it stands in the text:

    {p:<surface>|<name_zh>|<note>}
    {f:<surface>|<value>|<unit>|<value_max>|<qualifier>|<change>|<subject>|<note>}

(trailing empty fields may be left out).  The marks are the writer's decisions, made value by
value while writing; this script only strips them, copies the rows out in reading order,
hard-wraps, paginates, encodes.  In an HTML page a mark may span elements (a menu of <li>
items is one furniture row: the items' text, tags removed).  Unmarked text (HTML markup, <title>/<meta>, blank lines, rules
made of box characters) is not scored.  Header lines of a spec:

    #! encoding=<utf-8|cp949|euc-kr|utf-16le|utf-16be> wrap=<N|0> newline=<lf|crlf>
       oneline=<0|1> pagelines=<K|0>
    #title: <the title as a reader finds it>
    #published: <ISO date or empty>
    #header: <running header printed at the top of every page after the first>
    #footer: <running footer of every page; {n} is the page number, {total} the count>

wrap=N cuts every line longer than N characters at exactly N (as PDF text does: words and
numbers are cut).  pagelines=K lays the wrapped text out on pages of K lines: each page ends
with the footnotes (lines written `%fn ⟦…⟧` in the spec, placed at the foot of the page where
the line before them fell, under a rule) and the footer; the next page starts with a form feed
and the header.  Header and footer lines become furniture rows.  oneline=1 stores the page
as a single line (every newline of the rendered page removed).  utf-16* pages get a BOM.
"""
import csv
import html
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MARK = re.compile(r"⟪(.*?)⟫|⟦(.*?)⟧", re.S)
ANNO = re.compile(r"\{([pf]):([^{}]*)\}")
PLACE_COLS = 3   # surface, name_zh, note
FACT_COLS = 8    # surface, value, unit, value_max, qualifier, change, subject, note
FN = "%fn "
RULE = "─" * 12


def wrap(lines, width):
    out = []
    for line in lines:
        fn = line.startswith(FN)
        if fn:
            line = line[len(FN):]
        pieces = []
        while width and len(line) > width:
            pieces.append(line[:width])
            line = line[width:]
        pieces.append(line)
        out += [FN + p if fn else p for p in pieces]
    return out


def paginate(lines, per_page, header, footer):
    """Pages of `per_page` flow lines; footnotes at the foot of their page."""
    flow, notes = [], {}
    for line in lines:
        if line.startswith(FN):
            notes.setdefault(len(flow) - 1, []).append(line[len(FN):])
        else:
            flow.append(line)
    chunks = [flow[i:i + per_page] for i in range(0, len(flow), per_page)]
    total, pages, extra = len(chunks), [], []
    for n, chunk in enumerate(chunks, 1):
        start = (n - 1) * per_page
        page = [header] if n > 1 and header else []
        page += chunk
        foot = [x for i in range(start, start + len(chunk)) for x in notes.get(i, [])]
        if foot:
            page += ["", RULE] + foot
        if footer:
            f = footer.replace("{n}", str(n)).replace("{total}", str(total))
            page += ["", f]
            extra.append(f)
        pages.append("\n".join(page))
    if header and total > 1:
        extra.insert(0, header)
    return "\n\f".join(pages), extra


def render(spec: Path):
    text = spec.read_text(encoding="utf-8")
    lines = text.split("\n")
    opts, meta = {}, {}
    while lines and lines[0].startswith("#"):
        h = lines.pop(0)
        if h.startswith("#!"):
            opts = dict(kv.split("=") for kv in h[2:].split())
        else:
            k, v = h[1:].split(":", 1)
            meta[k.strip()] = v.strip()
    body = "\n".join(lines)
    rel = str(spec.relative_to(HERE).with_suffix("")).replace("\\", "/")
    places, facts = [], []

    def anno(m):
        cells = m.group(2).split("|")
        if m.group(1) == "p":
            cells += [""] * (PLACE_COLS - len(cells))
            assert len(cells) == PLACE_COLS, (rel, m.group(0))
            places.append([rel] + cells)
        else:
            cells += [""] * (FACT_COLS - len(cells))
            assert len(cells) == FACT_COLS, (rel, m.group(0))
            facts.append([rel] + cells)
        return cells[0]

    body = ANNO.sub(anno, body)
    rows = []
    for m in MARK.finditer(body):
        kind = "body" if m.group(1) is not None else "furniture"
        t = m.group(1) or m.group(2) or ""
        if rel.endswith(".html"):   # a mark may span elements (a menu's items): the row is their text
            t = html.unescape(re.sub(r"<[A-Za-z/!][^>]*>", " ", t))
        rows.append([rel, kind, " ".join(t.split())])
    plain = MARK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), body)
    assert "⟪" not in plain and "⟦" not in plain and "{p:" not in plain and "{f:" not in plain, rel
    out = wrap(plain.split("\n"), int(opts.get("wrap", "0")))
    per_page = int(opts.get("pagelines", "0"))
    if per_page:
        plain, extra = paginate(out, per_page, meta.get("header", ""), meta.get("footer", ""))
        rows += [[rel, "furniture", " ".join(x.split())] for x in extra]
    else:
        assert not any(x.startswith(FN) for x in out), rel
        plain = "\n".join(out)
    if opts.get("oneline") == "1":
        plain = plain.replace("\n", "")
    if opts.get("newline") == "crlf":
        plain = plain.replace("\n", "\r\n")
    dest = ROOT / "raw" / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    enc = opts.get("encoding", "utf-8")
    bom = {"utf-16le": b"\xff\xfe", "utf-16be": b"\xfe\xff"}.get(enc, b"")
    dest.write_bytes(bom + plain.encode(enc))
    page = [rel, meta.get("title", ""), meta.get("published", "")]
    return page, rows, places, facts


def write(name, header, rows):
    with open(ROOT / "expected" / name, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    pages, lines, places, facts = [], [], [], []
    for spec in sorted(HERE.rglob("*.spec")):
        p, r, pl, fa = render(spec)
        pages.append(p)
        lines += r
        places += pl
        facts += fa
    (ROOT / "expected").mkdir(exist_ok=True)
    write("pages.csv", ["doc_id", "title", "published"], pages)
    write("lines.csv", ["doc_id", "kind", "text"], lines)
    write("places.csv", ["doc_id", "surface", "name_zh", "note"], places)
    write("facts.csv", ["doc_id", "surface", "value", "unit", "value_max", "qualifier", "change",
                        "subject", "note"], facts)
    print(f"{len(pages)} pages; lines {len(lines)}, places {len(places)}, facts {len(facts)}")


if __name__ == "__main__":
    main()
