"""Render the hand-marked page sources into raw/ and expected/{lines,places,facts,pages}.csv.

Each page was written once, by hand, as source/<site>/<name>.<ext>.spec: the page as it is
to be stored, with every body sentence (or body line) marked ⟪…⟫ and every furniture line
marked ⟦…⟧, and every expected place and fact written in place, where it stands in the text:

    {p:<surface>|<name_zh>|<note>}
    {f:<surface>|<value>|<unit>|<value_max>|<qualifier>|<change>|<subject>|<note>}

(trailing empty fields may be left out).  The marks are the writer's hand decisions, made
value by value while writing; this script only strips them, copies the rows out in reading
order, hard-wraps where the header says so and encodes.  Unmarked text (HTML markup,
<title>/<meta> content, blank lines) is not scored.  Header lines of a spec:

    #! encoding=<utf-8|cp949|utf-16> wrap=<N or 0> strip=<0|1> newline=<lf|crlf>
    #title: <the title as a reader finds it>
    #published: <ISO date or empty>

A furniture mark may stand inside a body mark (a running header or page number that a page
break puts in the middle of a sentence, as PDF text does): it is printed where it stands, written
out as a furniture row of its own, and left out of the body row and of any surface it splits
(extension for held-out set 17).

wrap=N cuts every line longer than N characters at exactly N (as PDF text and archive
copies do: words and numbers are cut); strip=1 also drops the space that would begin a
continuation line (archives that cut at a fixed width and strip the cut's spaces).
"""
import csv
import html
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MARK = re.compile(r"⟪((?:[^⟪⟫⟦⟧]|⟦[^⟪⟫⟦⟧]*⟧)*)⟫|⟦([^⟪⟫⟦⟧]*)⟧", re.S)
INNER = re.compile(r"⟦([^⟦⟧]*)⟧")
ANNO = re.compile(r"\{([pf]):([^{}]*)\}")
PLACE_COLS = 3   # surface, name_zh, note
FACT_COLS = 8    # surface, value, unit, value_max, qualifier, change, subject, note


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
        shown = cells[0]
        if "⟦" in shown:   # a surface split by a page break: the row keeps the surface without it
            cells[0] = INNER.sub("", shown).replace("\n", "").strip()
        if m.group(1) == "p":
            cells += [""] * (PLACE_COLS - len(cells))
            assert len(cells) == PLACE_COLS, (rel, m.group(0))
            places.append([rel] + cells)
        else:
            cells += [""] * (FACT_COLS - len(cells))
            assert len(cells) == FACT_COLS, (rel, m.group(0))
            facts.append([rel] + cells)
        return shown

    body = ANNO.sub(anno, body)
    rows = []
    for m in MARK.finditer(body):
        kind = "body" if m.group(1) is not None else "furniture"
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        inside = INNER.findall(inner) if kind == "body" else []
        t = " ".join(INNER.sub(" ", inner).split())
        rows.append([rel, kind, html.unescape(t) if rel.endswith(".html") else t])
        for f in inside:
            rows.append([rel, "furniture", " ".join(f.split())])
    plain = MARK.sub(lambda m: INNER.sub(lambda n: n.group(1), m.group(1))
                     if m.group(1) is not None else m.group(2), body)
    assert "⟪" not in plain and "⟦" not in plain and "{p:" not in plain and "{f:" not in plain, rel
    width = int(opts.get("wrap", "0"))
    if width:
        out = []
        for line in plain.split("\n"):
            while len(line) > width:
                out.append(line[:width])
                line = line[width:]
                if opts.get("strip") == "1":
                    line = line.lstrip(" ")
            out.append(line)
        plain = "\n".join(out)
    if opts.get("newline") == "crlf":
        plain = plain.replace("\n", "\r\n")
    dest = ROOT / "raw" / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    enc = opts.get("encoding", "utf-8")
    data = plain.encode("utf-16-le") if enc == "utf-16" else plain.encode(enc)
    if enc == "utf-16":
        data = b"\xff\xfe" + data
    dest.write_bytes(data)
    page = [rel, meta.get("title", ""), meta.get("published", "")]
    return page, rows, places, facts


def write(name, header, rows):
    (ROOT / "expected").mkdir(exist_ok=True)
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
    write("pages.csv", ["doc_id", "title", "published"], pages)
    write("lines.csv", ["doc_id", "kind", "text"], lines)
    write("places.csv", ["doc_id", "surface", "name_zh", "note"], places)
    write("facts.csv", ["doc_id", "surface", "value", "unit", "value_max", "qualifier", "change",
                        "subject", "note"], facts)
    print(f"{len(pages)} pages; lines {len(lines)}, places {len(places)}, facts {len(facts)}")


if __name__ == "__main__":
    main()
