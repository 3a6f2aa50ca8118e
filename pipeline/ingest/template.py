"""Template lines: a short line that is not a sentence and recurs in many documents of one
source folder belongs to the site's template (trafilatura's idea), whatever its words.

Pure steps, so that the engine stays in charge of the run (pipeline/engine.py runs them
around the per-document step, never inside it):

1. `candidates` keeps a document's candidate lines (short non-sentences) from the lines
   the cleaner is given, with the title it gets with no template (pipeline/work.py reads
   them with the step's own `clean_into`);
2. `folder_template` counts the candidates of a source folder's documents: a line found
   in at least MIN_DOCS of them and in MIN_SHARE of the folder is template;
3. `for_document` gives each document the folder's template lines that it holds, minus its
   own headline, and `pipeline.document.process(..., template=...)` drops them.

Guards: a folder of fewer than MIN_DOCS documents has no template; a sentence never is one
(the same story filed twice is still the article); nor a line of an HTML heading, a
report's section heading (the profile's `heading`: `1. 개요` recurs in every issue and is
text), a piece of a wrapped sentence in plain text (it may recur), nor a document's own
headline unless most pages have that title (the same headline in the related list of
every other page is template there, and the title of its own page here; a banner taken
for the title of every page is template everywhere). Copies count once: documents with
the same candidates and title (a page stored twice, a story filed again) are no evidence."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from pipeline.ingest.clean import is_prose
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.unwrap import display_width

MIN_DOCS = 3        # a line must recur in at least this many documents of the folder
MIN_SHARE = 0.5     # ... and in at least this share of them
MAX_CHARS = 80      # longer lines are text, not template
# A template line that a document's title holds is that title's headline when it is at
# least this share of it (`헤드라인 - 남해일보` holds the headline, not only the site's name).
_HEADLINE_SHARE = 0.5
# A line at least this share of its paragraph's widest line reaches the margin.
_MARGIN_SHARE = 0.85
# A sentence's full stop after a word (`2024. 5. 16.` is a date, not a sentence).
_FULL_STOP = re.compile(r"[^\d\s][.。][\"'”’」』)\]]*$")


@dataclass(frozen=True)
class Candidates:
    """What the pre-pass keeps of one document: its candidate lines (spaces squeezed) and
    the title the step gives it with no template."""
    lines: frozenset[str] = frozenset()
    title: str = ""


def source_of(doc_id: str) -> str:
    """The source folder of a document: its doc_id without the file name."""
    return doc_id.rsplit("/", 1)[0] if "/" in doc_id else ""


def is_candidate(line: str) -> bool:
    """Only short lines that are not sentences can be template: a sentence that recurs (the
    same story filed twice) is still the article. A line that ends like a sentence but
    without its full stop (`…합작공장 세운다`, `…언제쯤?`) is a headline's shape: in a list of
    headlines on every page it is template."""
    return 2 <= len(line) <= MAX_CHARS and not is_prose(line) and not _FULL_STOP.search(line)


def candidates(lines: list[str], title: str, html: bool = False, headings: frozenset[int] = frozenset(),
               heading: re.Pattern | None = None) -> Candidates:
    """A document's candidates from the lines the cleaner is given (`html`: blocks of a page,
    `headings` the ones holding an h1-h3; `heading` the profile's section-heading pattern)
    and the title it gets with no template."""
    wrapped = set() if html else wrapped_pieces(lines)
    return Candidates(frozenset(line for k, raw in enumerate(lines)
                                if k not in headings and k not in wrapped
                                and is_candidate(line := squeeze_spaces(raw))
                                and not (heading is not None and heading.match(line))),
                      squeeze_spaces(title))


def wrapped_pieces(lines: list[str]) -> set[int]:
    """Lines of a plain text wrapped at its paragraph's right margin: in a paragraph (lines
    with no blank line between) that ends in a sentence, every line but the last that is
    about as wide as its widest line. Such a line is a piece of a sentence, whatever it
    says (a report's formula `이에 따라 국내 기업은 현지 정책 변화를` may open the same
    wrapped line in every issue). Lines above a sentence that stop well short of it (a menu,
    a banner) are no pieces."""
    pieces, start = set(), 0
    for k in range(len(lines) + 1):
        if k == len(lines) or not lines[k].strip():
            block = lines[start:k]
            if len(block) > 1 and is_prose(squeeze_spaces(" ".join(block))):
                widths = [display_width(line.rstrip()) for line in block]
                pieces.update(start + j for j, w in enumerate(widths[:-1]) if w >= _MARGIN_SHARE * max(widths))
            start = k + 1
    return pieces


def _recurring(counts: Counter, total: int) -> frozenset[str]:
    """What recurs like template: in MIN_DOCS documents and MIN_SHARE of the folder."""
    if total < MIN_DOCS:
        return frozenset()
    return frozenset(item for item, n in counts.items() if n >= MIN_DOCS and n >= MIN_SHARE * total)


def folder_template(candidates: Iterable[Candidates]) -> frozenset[str]:
    """The template of one source folder from its documents' candidates. Documents whose
    candidates and title are the same (a page stored twice, one story filed again under
    the same template) count once: a copy is no evidence of a template."""
    distinct = set(candidates)
    return _recurring(Counter(line for c in distinct for line in c.lines), len(distinct))


def template_titles(candidates: Iterable[Candidates]) -> frozenset[str]:
    """Titles that recur like template lines (a banner or running header taken for the
    title of most pages); any other title is its page's headline."""
    distinct = set(candidates)
    return _recurring(Counter(c.title for c in distinct if c.title), len(distinct))


def for_document(template: frozenset[str], c: Candidates, titles: frozenset[str]) -> frozenset[str]:
    """The template lines this document holds, less its own headline, unless its title is
    one of the folder's template `titles`."""
    mine = template & c.lines
    if mine and c.title and c.title not in titles:
        mine = frozenset(line for line in mine
                         if not (line in c.title and len(line) >= _HEADLINE_SHARE * len(c.title)))
    return mine


def assign(docs: list[tuple[str, Candidates]]) -> dict[str, frozenset[str]]:
    """Per doc_id, its template lines (only documents that have any), for a corpus held in
    memory (the Python API; the engine does the same folder by folder from its cache)."""
    folders: dict[str, list[tuple[str, Candidates]]] = {}
    for doc_id, c in docs:
        if source_of(doc_id):       # files at the top of a corpus are of no one source
            folders.setdefault(source_of(doc_id), []).append((doc_id, c))
    out: dict[str, frozenset[str]] = {}
    same: dict[frozenset[str], frozenset[str]] = {}    # most pages of a folder hold the same lines: one set
    for members in folders.values():
        template = folder_template(c for _, c in members)
        if template:
            titles = template_titles(c for _, c in members)
            out.update((doc_id, same.setdefault(t, t)) for doc_id, c in members
                       if (t := for_document(template, c, titles)))
    return out


def digest(template: frozenset[str]) -> str:
    """A short, order-free name of a document's template lines for cache keys ("" if none)."""
    if not template:
        return ""
    return hashlib.sha256("\n".join(sorted(template)).encode("utf-8", "surrogateescape")).hexdigest()[:32]
