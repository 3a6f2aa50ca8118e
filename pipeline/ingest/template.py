"""Template lines: a short line that is not a sentence and recurs in many documents of one
source folder belongs to the site's template (trafilatura's idea), whatever its words.

Two pure steps, so that the engine stays in charge of the run: `template_lines` reads
the lines of every document of a corpus once and returns, per source folder, the lines
that recur; `pipeline.document.process(..., template=...)` then drops them from each
document of that folder. A folder of fewer than MIN_DOCS documents has no template."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from pipeline.ingest.clean import is_prose
from pipeline.ingest.decode import decode
from pipeline.ingest.html import looks_like_html, parse_html
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.profiles import reads_as_sentence
from pipeline.rules import Rules

MIN_DOCS = 3        # a line must recur in at least this many documents of the folder
MIN_SHARE = 0.5     # ... and in at least this share of them
MAX_CHARS = 80      # longer lines are text, not template
_HTML_SUFFIXES = (".html", ".htm")


def source_of(doc_id: str) -> str:
    """The source folder of a document: its doc_id without the file name."""
    return doc_id.rsplit("/", 1)[0] if "/" in doc_id else ""


def is_candidate(line: str) -> bool:
    """Only short lines that do not read as sentences can be template: a sentence that
    recurs (the same story filed twice) is still the article."""
    return 2 <= len(line) <= MAX_CHARS and not is_prose(line) and not reads_as_sentence(line)


def template_lines(docs: Iterable[tuple[str, Iterable[str]]],
                   headings=None) -> dict[str, frozenset[str]]:
    """`docs`: (doc_id, lines) of a corpus. Returns, per source folder, the candidate lines
    (spaces squeezed) found in at least MIN_DOCS documents and MIN_SHARE of the folder's
    documents. `headings` (a compiled pattern) names lines that are never template: a
    report's section headings recur in every issue and are its text."""
    seen: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    for doc_id, lines in docs:
        source = source_of(doc_id)
        total[source] += 1
        seen[source].update({line for line in map(squeeze_spaces, lines)
                             if is_candidate(line) and not (headings is not None and headings.match(line))})
    return {source: frozenset(line for line, n in counts.items()
                              if n >= MIN_DOCS and n >= MIN_SHARE * total[source])
            for source, counts in seen.items() if total[source] >= MIN_DOCS}


def document_lines(doc_id: str, data: bytes, rules: Rules) -> list[str]:
    """The lines the cleaner will see for a document (decoded, normalised, HTML blocks),
    for `template_lines`; [] when the document cannot be decoded."""
    try:
        text, _ = decode(data)
    except Exception:       # a bad document is reported by process(), not here
        return []
    text = rules.normalize(text)
    if doc_id.lower().endswith(_HTML_SUFFIXES) or looks_like_html(text):
        return [rules.normalize(line) for line in parse_html(text).lines]
    return text.split("\n")
