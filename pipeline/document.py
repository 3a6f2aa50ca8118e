"""The per-document step: raw bytes in, everything extracted out. A pure function of
(doc_id, bytes, rules), so a distributed engine can map it over a corpus."""
from __future__ import annotations

import hashlib

from pipeline.ingest.clean import Cleaned, clean, iso_date
from pipeline.ingest.decode import decode
from pipeline.ingest.html import looks_like_html, parse_html
from pipeline.ingest.profiles import Profile
from pipeline.model import BadInput, DocResult
from pipeline.rules import Rules
from pipeline.segment import split_sentences

# A larger file is almost surely not one article; refusing it keeps a run predictable.
MAX_BYTES = 16 * 1024 * 1024
_HTML_SUFFIXES = (".html", ".htm")


def process(doc_id: str, data: bytes, rules: Rules, location: str = "") -> DocResult:
    """`location`: the file's absolute path (discover.Found.location), which source profiles
    match on; the doc_id when not given."""
    result = DocResult(doc_id=doc_id, sha256=hashlib.sha256(data).hexdigest())
    try:
        _, profile = clean_into(result, data, rules, location)
        analyse(result, rules, profile.won_means_yuan)
    except BadInput as e:
        result.error = str(e)
    except Exception as e:  # one bad document must not stop the corpus
        result.error = f"internal error: {type(e).__name__}: {e}".replace("\n", " ")
    return result


def analyse(result: DocResult, rules: Rules, won_means_yuan: bool = False) -> None:
    """The stages after cleaning, on `result.clean`: sentences, places, facts (offsets into
    it) and what 원 stands for. The spaCy component runs them on a Doc's text."""
    result.sentences = split_sentences(result.clean)
    if rules.gazetteer is not None:
        from pipeline.places import find_places
        result.places = find_places(result.clean, rules.gazetteer)
    if rules.facts is not None:
        from pipeline.facts import find_facts
        from pipeline.facts.currency import settle_won
        result.facts = find_facts(result.clean, result.sentences, result.places, rules.facts)
        won = settle_won(result.clean, result.facts, result.sentences, result.places,
                         rules.facts.currency, rules.facts.units, won_means_yuan)
        result.won_as, result.won_evidence = won.code, won.evidence


def clean_into(result: DocResult, data: bytes, rules: Rules, location: str = "") -> tuple[Cleaned, Profile]:
    """Decode, parse and clean `data`, filling the document-level fields of `result`."""
    if len(data) > MAX_BYTES:
        raise BadInput(f"file too large ({len(data) / 2**20:.0f} MiB > {MAX_BYTES // 2**20} MiB)")
    text, result.encoding = decode(data)
    result.chars_raw = len(text)
    text = rules.normalize(text)
    profile = rules.profiles.select(location or result.doc_id, text)
    result.source = profile.name
    if result.doc_id.lower().endswith(_HTML_SUFFIXES) or looks_like_html(text):
        page = parse_html(text)
        result.title = " ".join(rules.normalize(page.title).split())
        cleaned = clean([rules.normalize(line) for line in page.lines], profile,
                        wrapped_ok=False, title=result.title)
        result.published = iso_date(page.published) or cleaned.published
    else:
        cleaned = clean(text.split("\n"), profile)
        result.published = cleaned.published
        result.title = _headline(cleaned)
    result.clean = cleaned.text
    result.removed = cleaned.removed
    return cleaned, profile


def _headline(cleaned: Cleaned) -> str:
    """A plain-text news page starts with its headline: a short line that is not a sentence."""
    if cleaned.layout != "lines" or not cleaned.paragraphs:
        return ""
    first = cleaned.paragraphs[0]
    return first if len(first) <= 100 and not first.endswith((".", "다", "?", "!")) else ""
