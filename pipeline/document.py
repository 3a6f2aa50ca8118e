"""The per-document step: raw bytes in, everything extracted out. A pure function of
(doc_id, bytes, rules), so a distributed engine can map it over a corpus."""
from __future__ import annotations

import hashlib
from typing import Any, Callable
from dataclasses import dataclass, field, replace

from pipeline.ingest.clean import Cleaned, Start, clean, iso_date, strip_glued
from pipeline.ingest.drop_lines import _strip
from pipeline.ingest.decode import decode
from pipeline.ingest.html import looks_like_html, parse_html
from pipeline.ingest.profiles import Profile
from pipeline.ingest.title import without_board_label
from pipeline.model import BadInput, DocResult
from pipeline.rules import Rules
from pipeline.segment import split_sentences

# A larger file is almost surely not one article; refusing it keeps a run predictable.
MAX_BYTES = 16 * 1024 * 1024
_HTML_SUFFIXES = (".html", ".htm")


def process(doc_id: str, data: bytes, rules: Rules, location: str = "",
            template: frozenset[str] = frozenset(), seen: Seen | None = None,
            analysed: str | None = None, resume: Resume | None = None) -> DocResult:
    """`location`: the file's absolute path (discover.Found.location), which source profiles
    match on; the doc_id when not given. `template`: lines of this document's source folder
    that recur across its documents (pipeline.ingest.template.template_lines), dropped.
    `seen`: filled as clean_into fills it (the engine's template pre-pass). `analysed`: the
    clean text of an earlier result of these bytes under these rules; when cleaning gives
    it again, the stages after cleaning are not run (the caller keeps that result's rows).
    `resume`: `Seen.resume` of an earlier run of these bytes under these rules, from which
    cleaning goes on (used only when the bytes are the same)."""
    result = DocResult(doc_id=doc_id, sha256=hashlib.sha256(data).hexdigest())
    try:
        _, profile = clean_into(result, data, rules, location, template, seen,
                                resume if resume is not None and resume.sha256 == result.sha256 else None)
        if result.clean == analysed:
            return result
        found = analyse(result.clean, rules, profile.won_means_yuan, "\n".join(r.text for r in result.removed))
        result.sentences, result.places, result.facts = found.sentences, found.places, found.facts
        result.won_as, result.won_evidence = found.won_as, found.won_evidence
    except BadInput as e:
        result.error = str(e)
    except Exception as e:  # one bad document must not stop the corpus
        result.error = f"internal error: {type(e).__name__}: {e}".replace("\n", " ")
    return result


def analyse(clean: str, rules: Rules, won_means_yuan: bool = False, chrome: str = "") -> DocResult:
    """The stages after cleaning, on a clean text: sentences, places, facts (offsets into
    `clean`) and what 원 means in it; returned as a DocResult without document fields.
    `chrome`: the text the cleaner removed, read only for what a site says of itself
    (pipeline/facts/currency.py)."""
    found = DocResult(doc_id="", clean=clean, sentences=split_sentences(clean))
    if rules.gazetteer is not None:
        from pipeline.places import find_places
        # The places stage reads variant hanja in their standard form (靑島 as 青島); the clean
        # text keeps them as written, and so does each surface.
        view = rules.standard_hanja(clean) if rules.standard_hanja else clean
        found.places = find_places(view, rules.gazetteer)
        if view != clean:
            found.places = [replace(p, surface=clean[p.start:p.end]) for p in found.places]
    if rules.facts is not None:
        from pipeline.facts import find_facts
        from pipeline.facts.currency import settle_won
        found.facts = find_facts(clean, found.sentences, found.places, rules.facts)
        won = settle_won(clean, found.facts, found.sentences, found.places,
                         rules.facts.currency, rules.facts.units, won_means_yuan, chrome,
                         _mainland_reading(rules.gazetteer))
        found.won_as, found.won_evidence = won.code, won.evidence
    return found


def _mainland_reading(gazetteer: Any) -> Callable[[str], bool] | None:
    """Whether a Hangul word is the transliteration of a mainland place, confirmed or not (`쿤산`, `샤먼`
    bare): the currency stage asks it of the words of a clause that names Taiwan (round 16)."""
    if gazetteer is None:
        return None
    korean = gazetteer.korean

    def reading(word: str) -> bool:
        return any(c.match == "transliteration" and c.strength in ("strong", "weak")
                   and not c.place.province_zh.startswith(("台湾", "香港", "澳门"))
                   for c in korean.get(word, ()))
    return reading


@dataclass
class Seen:
    """The lines the cleaner was given and which of them hold an HTML heading: the engine's
    template pre-pass (pipeline/ingest/template.py) reads them from `clean_into`."""
    lines: list[str] = field(default_factory=list)
    headings: frozenset[int] = frozenset()
    html: bool = False          # lines are blocks of a page, never wrapped text
    # Set once cleaning finished: the profile's section headings, and the lines the
    # template step looked at (a template line that is none of them changes nothing).
    heading: object = None      # the profile's section-heading pattern (re.Pattern), if any
    template_seen: list[str] | None = None
    resume: Resume | None = None     # what cleaning with template lines can go on from


@dataclass(frozen=True)
class Read:
    """A document decoded and split into the lines the cleaner is given, with what the page
    says of itself (HTML: its title, site names and date)."""
    encoding: str
    chars_raw: int
    source: str                 # the source profile's name
    lines: list[str]
    html: bool = False
    title: str = ""
    title_weak: bool = False
    sites: tuple[str, ...] = ()
    published: str = ""
    link_density: list[float] | None = None
    headings: frozenset[int] = frozenset()
    labels_in_text: frozenset[int] = frozenset()     # HTML: heading lines that print their label in their own text


@dataclass(frozen=True)
class Resume:
    """A document as read (`Read`) and what cleaning did before its template step (clean.Start),
    for the bytes of `sha256`: the engine's second pass over it, with its source folder's
    template lines, decodes, parses and drops nothing again."""
    sha256: str
    page: Read
    start: Start


def clean_into(result: DocResult, data: bytes, rules: Rules, location: str = "",
               template: frozenset[str] = frozenset(), seen: Seen | None = None,
               resume: Resume | None = None) -> tuple[Cleaned, Profile]:
    """Decode, parse and clean `data`, filling the document-level fields of `result`
    (and `seen`, when given, with the lines the cleaner sees); from `resume` (of these
    bytes) when given."""
    if resume is not None:
        page, start = resume.page, resume.start
        profile = next(p for p in rules.profiles.all() if p.name == page.source)
        result.encoding, result.chars_raw, result.source = page.encoding, page.chars_raw, page.source
    else:
        page, profile = _read(result, data, rules, location)
        start = None
    if seen is not None:
        seen.lines, seen.headings, seen.html = page.lines, page.headings, page.html
    if page.html:
        cleaned = clean(page.lines, profile, wrapped_ok=False, title="" if page.title_weak else page.title,
                        site_names=page.sites, template=template, link_density=page.link_density,
                        headings=page.headings, start=start)
        # A `<title>` that may be only the site's name, or one cut or labelled, gives way to the page's headline.
        result.title = _label_printed(without_board_label(strip_glued(cleaned.title or page.title, profile)), page, profile)
        result.published = iso_date(page.published) or cleaned.published
    else:
        cleaned = clean(page.lines, profile, template=template, start=start)
        result.published = cleaned.published
        result.title = without_board_label(cleaned.title)
    result.clean = cleaned.text
    result.removed = cleaned.removed
    if seen is not None:
        seen.heading, seen.template_seen = profile.heading, cleaned.template_seen
        seen.resume = Resume(result.sha256, page, cleaned.start) if cleaned.start is not None else None
    return cleaned, profile


def _label_printed(title: str, page: Read, profile: Profile) -> str:
    """`title` with its section label again when the page prints the label in its heading's own text (`<h1>[교민소식] 선양
    …</h1>`: a label on the headline's line is the headline's, by the devset convention); a label that the page sets apart
    in an element of its own (`<h1><em>[교민소식]</em> …`, `<span class="cate">[중국소식]</span>`) stays out, and so does
    any label another rule takes (a site's tag, a board's `[질문]`): only the section label rule's is given back."""
    for k in page.labels_in_text:
        line = " ".join(page.lines[k].split())
        removed: list = []
        if line != title and " ".join(_strip(line, profile, removed, []).split()) == title \
                and [r.rule.rsplit(":", 1)[-1] for r in removed] == ["category_label_prefix"]:
            return line
    return title


def _read(result: DocResult, data: bytes, rules: Rules, location: str) -> tuple[Read, Profile]:
    """Decode and normalise `data`, choose its source profile and split it into lines
    (HTML: one per block, pipeline/ingest/html.py); `result`'s encoding, size and source
    are set on the way."""
    if len(data) > MAX_BYTES:
        raise BadInput(f"file too large ({len(data) / 2**20:.0f} MiB > {MAX_BYTES // 2**20} MiB)")
    text, result.encoding = decode(data)
    result.chars_raw = len(text)
    text = rules.normalize(text)
    profile = rules.profiles.select(location or result.doc_id, text)
    result.source = profile.name
    if result.doc_id.lower().endswith(_HTML_SUFFIXES) or looks_like_html(text):
        page = parse_html(text)
        title = " ".join(rules.normalize(page.title).split())
        sites = tuple(" ".join(rules.normalize(s).split()) for s in page.site_names)
        return Read(result.encoding, result.chars_raw, profile.name, [rules.normalize(line) for line in page.lines],
                    True, title, page.title_weak, sites, page.published, page.link_density, page.headings,
                    page.labels_in_text), profile
    return Read(result.encoding, result.chars_raw, profile.name, text.split("\n")), profile
