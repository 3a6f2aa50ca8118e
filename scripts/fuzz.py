"""Fuzz the per-document step with random byte mutations of the sample documents.

    .venv/bin/python scripts/fuzz.py [--cases 15000] [--seed 1]

Every mutated document must end as `ok` or as a one-line `error: <reason>` that is
not an internal error, and every place and fact row must satisfy
`clean[start:end] == surface`. Prints a summary; exit status 1 on any violation.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.document import process  # noqa: E402
from pipeline.model import DocResult  # noqa: E402
from pipeline.rules import Rules, load_rules  # noqa: E402

# Seeds to mutate: the shipped samples and the development set (never a held-out set).
SEED_DIRS = [ROOT / "raw", ROOT / "tests" / "devset" / "raw"]
SUFFIXES = (".txt", ".html", ".htm")
# Fragments that stress the stages: markup, number words, units, separators, bad bytes.
PALETTE = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"<div>", b"</p>", b"<!--", b"&amp;", b"\n", b"\r\n",
           b" ", b"-", b"=", b"%", b"(", b")", b"~", b"9" * 40, b"0.", b",", "억".encode(),
           "만 ".encode(), "조".encode(), "경".encode(), "위안".encode(), "원".encode(), "%p".encode(),
           "성(".encode(), "廣東".encode(), "광동성".encode(), "마이너스 ".encode(), "\u3000".encode(),
           "다. ".encode(), "\ufffd".encode(), b"\xc3", b"\xe3\x80"]


def seeds() -> list[tuple[str, bytes]]:
    found = [(p.relative_to(d).as_posix(), p.read_bytes()) for d in SEED_DIRS
             for p in sorted(d.rglob("*")) if p.is_file() and p.suffix.lower() in SUFFIXES]
    return found


def mutate(data: bytes, rng: random.Random, other: bytes) -> bytes:
    """Random edits of a document: mostly on its text (so that it still decodes and reaches
    the later stages), now and then on its raw bytes (which mostly makes it undecodable)."""
    if rng.random() < 0.15:
        return bytes(_edit(bytearray(data), rng, bytearray(other), PALETTE, _random_bytes))
    encoding = _encoding(data)
    text, extra = data.decode(encoding), other.decode(_encoding(other))
    words = [p.decode("utf-8", "ignore") for p in PALETTE]
    edited = "".join(_edit(list(text), rng, list(extra), words, _random_text))
    return edited.encode(encoding, "replace")


def _encoding(data: bytes) -> str:
    for enc in ("utf-8", "utf-16", "cp949"):
        try:
            data.decode(enc)
            return enc
        except UnicodeDecodeError:
            pass
    return "latin-1"


def _random_bytes(rng: random.Random) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))


def _random_text(rng: random.Random) -> str:
    return "".join(chr(rng.choice((rng.randrange(32, 0x3000), rng.randrange(0xAC00, 0xD7A4))))
                   for _ in range(rng.randint(1, 16)))


def _edit(buf: list, rng: random.Random, other: list, palette: list, noise) -> list:
    """One to eight edits: replace, insert from the palette, delete, copy, truncate, splice."""
    for _ in range(rng.randint(1, 8)):
        n, i, op = len(buf), rng.randrange(len(buf) + 1), rng.randrange(7)
        if op == 0 and n:
            buf[min(i, n - 1):min(i, n - 1) + 1] = list(noise(rng))[:1]
        elif op == 1:
            buf[i:i] = list(rng.choice(palette) * rng.choice((1, 1, 1, 3, 50)))
        elif op == 2 and n:
            del buf[i:i + rng.randint(1, 200)]
        elif op == 3 and n:
            j = rng.randrange(n)
            buf[i:i] = buf[j:j + rng.randint(1, 400)]
        elif op == 4 and rng.random() < 0.3:
            del buf[i:]
        elif op == 5 and other:
            j = rng.randrange(len(other))
            buf[i:i] = other[j:j + rng.randint(1, 2000)]
        elif op == 6:
            buf[i:i] = list(noise(rng))
    return buf


def violations(r: DocResult) -> list[str]:
    """What is wrong with one result: internal errors and offsets that do not hold."""
    bad = []
    if r.error.startswith("internal error"):
        bad.append(r.error)
    if "\n" in r.error:
        bad.append("multi-line error")
    for kind, rows in (("place", r.places), ("fact", r.facts)):
        for x in rows:
            if not (0 <= x.start < x.end <= len(r.clean)) or r.clean[x.start:x.end] != x.surface:
                bad.append(f"{kind} offsets {x.start}:{x.end} {x.surface!r}")
    return bad


def fuzz(cases: int, seed: int, rules: Rules) -> tuple[int, list[tuple[int, str, str]]]:
    """Run `cases` mutated documents; returns (errors reported as bad input, violations)."""
    rng = random.Random(seed)
    docs = seeds()
    refused, found = 0, []
    for case in range(cases):
        name, data = rng.choice(docs)
        mutated = mutate(data, rng, rng.choice(docs)[1])
        r = process(f"fuzz/{case}-{name.replace('/', '_')}", mutated, rules)
        refused += bool(r.error)
        found += [(case, name, v) for v in violations(r)]
    return refused, found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=int, default=15000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    t0, c0 = time.perf_counter(), time.process_time()
    refused, found = fuzz(args.cases, args.seed, load_rules())
    for case, name, v in found[:50]:
        print(f"case {case} ({name}): {v}")
    print(f"{args.cases} mutated documents (seed {args.seed}): {refused} refused as bad input, "
          f"{len(found)} violations; {time.perf_counter() - t0:.0f} s wall, {time.process_time() - c0:.0f} s CPU")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
