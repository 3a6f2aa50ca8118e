"""Render the marked page sources into raw/ and expected/lines.csv.

Each page was written once, by hand, as source/<site>/<name>.<ext>.spec: the page as it
is to be stored, with every body sentence marked ⟪…⟫ and every furniture line marked ⟦…⟧
(the classification is the writer's hand decision, made while writing).  Unmarked text
(HTML markup, <title>/<meta> content) is not scored.  The first line of a spec is a header:
    #! encoding=<utf-8|cp949|utf-16> wrap=<N or 0> newline=<lf|crlf>
wrap=N hard-wraps every line longer than N characters at exactly N (as PDF text and
archive copies do: words and numbers are cut), after the marks are removed.
"""
import csv, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MARK = re.compile(r"⟪(.*?)⟫|⟦(.*?)⟧", re.S)


def render(spec: Path):
    text = spec.read_text(encoding="utf-8")
    head, body = text.split("\n", 1)
    opts = dict(kv.split("=") for kv in head[2:].split())
    rows = []
    for m in MARK.finditer(body):
        if m.group(1) is not None:
            rows.append(("body", m.group(1)))
        else:
            rows.append(("furniture", m.group(2)))
    plain = MARK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), body)
    width = int(opts.get("wrap", "0"))
    if width:
        out = []
        for line in plain.split("\n"):
            while len(line) > width:
                out.append(line[:width])
                line = line[width:]
            out.append(line)
        plain = "\n".join(out)
    if opts.get("newline") == "crlf":
        plain = plain.replace("\n", "\r\n")
    rel = spec.relative_to(HERE).with_suffix("")  # drop .spec
    dest = ROOT / "raw" / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(plain.encode(opts["encoding"]))
    return str(rel).replace("\\", "/"), rows


def main():
    allrows = []
    for spec in sorted(HERE.rglob("*.spec")):
        doc, rows = render(spec)
        allrows += [(doc, k, " ".join(t.split())) for k, t in rows]
    with open(ROOT / "expected" / "lines.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["doc_id", "kind", "text"])
        w.writerows(allrows)
    print(len(allrows), "line rows")


if __name__ == "__main__":
    main()
