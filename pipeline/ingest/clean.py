"""Cleaning: drop page furniture line by line with a source profile, rejoin wrapped
text, and account for every removed line."""
from __future__ import annotations

from collections import Counter
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from pipeline.ingest.blocks import boxed_notices, chart_ticks, event_boxes, lone_captions, unframed
from pipeline.ingest.dates import _LAST_RESORT_DATE, _WEAK_DATE, iso_date, under_an_event_label  # noqa: F401 (iso_date: imported from here)
from pipeline.ingest.lineshape import (PAGE_PARTS, _PROSE_MIN_CHARS, _first_prose, _part, _runs_into,  # noqa: F401
                                       is_prose, page_part_rules, text_headings)   # (PAGE_PARTS, page_part_rules: imported from here)
from pipeline.ingest.mail import mail_header
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.profiles import Profile, reads_as_sentence
from pipeline.ingest.title import (_chrome_sites, _drop_before_title, _drop_below_title, _drop_title_repeats, _find_headline,
                                   _linked, _names_the_issuer, _post_list, _question_headline, _shown_title, _wrapped_start,
                                   drop_stamp_line, field_title, names_an_issue, names_over_a_post, without_field_label,
                                   unglue_site_suffix, without_site_tag)
from pipeline.ingest.unwrap import blank_lines_before, is_hard_wrapped, join_broken, unwrap
from pipeline.model import Removed
from pipeline.ingest.drop_lines import (_CLOSES_KOREAN, _HEAD_LABEL_STRIPS, _drop_head_intro, _drop_lines,
                                        _drop_paragraphs, _strip, _unglue_section_label)
from pipeline.ingest.drop_threads import (_drop_comment_thread, _drop_links, _drop_sections)
from pipeline.ingest.drop_edges import (_ANNOUNCES_LIST, _article_lists, _drop_edges)
from pipeline.ingest.drop_parts import (_drop_board_nav, _drop_contents, _drop_footnotes, _drop_headline_lists,
                                        _drop_meta_values, _without_note_marks)
from pipeline.ingest.drop_pages import (_drop_page_furniture)


@dataclass
class Cleaned:
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)
    published: str = ""
    layout: str = "lines"
    title: str = ""            # the headline found in the text, when no title was given, or the
                               # page's own line for a given title that was cut or labelled
    # The lines the template step looked at (those the drop rules kept): a template line
    # that is none of them changes nothing (the engine's pre-pass, pipeline/engine.py).
    template_seen: list[str] = field(default_factory=list)
    start: Start | None = None  # what was done before the template step (see `clean`)
    title_from: str = ""       # why `title` is the title (`hanfacts clean --explain` shows it)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Start:
    """What `clean` does before its template step, which template lines do not change: the
    lines kept and removed so far, the dates seen and the title given. Handed back to `clean`
    with the same lines (the engine's second pass over a page, with its folder's template
    lines), cleaning goes on from there instead of doing it again."""
    kept: tuple
    removed: tuple
    dates: tuple
    title: str
    mail_subject: str = ""     # a plain-text mail's subject header: its title (pipeline/ingest/mail.py)


def clean(lines: list[str], profile: Profile, wrapped_ok: bool = True, title: str = "",
          site_names: tuple[str, ...] = (), template: frozenset[str] = frozenset(),
          link_density: list[float] | None = None, headings: frozenset[int] = frozenset(),
          start: Start | None = None) -> Cleaned:
    """`lines` are normalised lines, trailing spaces kept (they matter for unwrapping).
    `wrapped_ok` is False for HTML, whose lines are blocks, never wraps. A known `title`
    (from the page's metadata) marks where the article starts; without one, the headline
    is looked for in the text. A line that is only one of `site_names` is a logo; one of
    `template` recurs across the source's documents (pipeline.ingest.template).
    `link_density` (HTML): per line, the share of its letters inside links; `headings`
    (HTML): the lines that hold an h1-h3 element's text. `start`: the `Cleaned.start` of an
    earlier call with the same arguments but `template`."""
    items = [(i, raw) for i, raw in enumerate(lines) if raw.strip()]
    if start is None:
        start = _start(items, profile, title, site_names)
    kept, removed, dates, title = list(start.kept), list(start.removed), list(start.dates), start.title
    template_seen = [raw for _, raw in kept]
    kept = _drop_template(kept, template, profile, removed, None if link_density is not None or not wrapped_ok else lines)
    kept = _drop_contents(items, kept, profile, removed)
    kept = _drop_meta_values(kept, profile, removed)
    kept = _drop_board_nav(kept, profile, removed)
    kept = _drop_footnotes(kept, profile, removed, lru_cache(maxsize=1)(
        lambda: wrapped_ok and profile.layout != "lines" and is_hard_wrapped([raw for _, raw in items])))
    kept = _drop_head_intro(items, kept, profile, removed)
    broken, across = _broken_numbers(lines), _broken_across_pages(lines)
    kept = _hold_broken(items, kept, broken, removed, across)
    if title and names_over_a_post(kept, title, removed):
        title = ""              # a café's or blog's name over its post: the post's title is looked for
    shown = _shown_title(title, kept, site_names) if title else ""
    title = shown or title
    # (the headline itself is no sentence of the text, though it may read as one: `… 다녀왔어요…영하 35도 체감은?`)
    first_line = next((i for i, raw in kept if is_prose(line := squeeze_spaces(raw)) and line != title), len(lines))
    kept = _drop_before_title(kept, title, profile, removed)
    kept = _drop_sections(kept, profile, removed)
    kept = _drop_comment_thread(kept, profile, removed, first_line)
    if link_density:
        kept = _drop_links(kept, link_density, profile, removed)
    kept = _drop_edges(kept, profile, removed, wrapped_ok, lines if wrapped_ok else None)
    layout = profile.layout
    if layout == "auto":
        layout = "hard-wrapped" if wrapped_ok and is_hard_wrapped([raw for _, raw in kept]) else "lines"
    kept = _drop_page_furniture(kept, profile, removed, lines, paginated=layout == "hard-wrapped")
    kept = _drop_headline_lists(kept, profile, removed)
    kept = _hold_broken(items, kept, broken, removed, across)
    headline, question = "", None
    if not title:
        head_end = _wrapped_start(kept) if layout == "hard-wrapped" else _first_prose(kept)
        kept = unglue_site_suffix(kept, head_end, lines, removed, profile.name, site_names)
        listed = _post_list(kept, head_end, removed)
        if listed:              # a list of other posts above this one: neither its title nor its date
            removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:post_list") for i, raw in kept if i in listed)
            kept = [(i, raw) for i, raw in kept if i not in listed]
            dates = [d for d in dates if d[1] not in listed]
            head_end = _wrapped_start(kept) if layout == "hard-wrapped" else _first_prose(kept)
        question = _question_headline(kept, head_end, removed, plain=wrapped_ok and link_density is None)
        field = field_title(kept, head_end) if question is None else None
        question = field if field is not None else question      # a record's title field: its headline
        if question is not None:        # the post's title: the article starts below it
            head_end = question + 1
            first_line = next((i for i, raw in kept[head_end:] if is_prose(squeeze_spaces(raw))), len(lines))
        kept, headline = _find_headline(kept, head_end, profile, removed, _linked(link_density, profile),
                                        wrapped=layout == "hard-wrapped", headings=headings,
                                        chrome=_chrome_sites(lines, site_names), closest=link_density is not None,
                                        question=question, broken=broken, plain=wrapped_ok and link_density is None)
        if field is not None and headline and kept:     # the field's label is no part of the headline nor of the text
            headline = without_field_label(headline)
            kept[0] = (kept[0][0], without_field_label(kept[0][1]))
    kept = _drop_below_title(kept, headline or title, profile, removed, wrapped=layout == "hard-wrapped")
    kept = _drop_title_repeats(kept, headline or title, profile, removed)
    kept = drop_stamp_line(kept, headline or title, profile, removed, dates)
    kept = _hold_broken(items, kept, broken, removed, across)
    if layout == "hard-wrapped":
        body = kept[1:] if headline else kept      # the headline is a paragraph of its own
        blank_before = blank_lines_before(body, lines)
        paragraphs = [headline] * bool(headline) + _drop_paragraphs(unwrap([raw for _, raw in body], text_headings(profile.heading),
                                                                            blank_before),
                                                                     profile, removed)
    elif wrapped_ok:        # a plain text a paragraph a line: a number a break cut is read whole
        paragraphs = join_broken([(i, squeeze_spaces(raw)) for i, raw in kept], broken, across)
    else:
        paragraphs = [squeeze_spaces(raw) for _, raw in kept]
    # a section's label left the head lines already (`_unglue_section_label`): below, `교육 | 3,210억 위안` is a table's row
    paragraphs = [squeeze_spaces(_strip(p, profile, removed, dates, skip=_HEAD_LABEL_STRIPS)) for p in paragraphs]
    paragraphs = _without_note_marks(paragraphs, removed)
    if headline:
        headline = _part("headline_bullet").sub("", squeeze_spaces(_strip(headline, profile, [], [])))
        headline = without_site_tag(headline, [r.text for r in removed if r.whole_line], site_names)
    removed.sort(key=lambda r: r.line_no)
    dates = [d for d in dates if (d[0] < _WEAK_DATE or d[1] < first_line or d[0] >= _LAST_RESORT_DATE)
             and not under_an_event_label(lines, d[1])]
    published = min(dates)[2] if dates else ""   # the best kind, then the first
    title_from = ("the line over the post's stamp" if question is not None else "the headline above the text") if headline \
        else "the page's line for a cut or shortened metadata title" if shown else ""
    if start.mail_subject:      # a mail's subject names the document, whatever its first story's headline
        headline, title_from = start.mail_subject, "the mail's subject header"
    return Cleaned([p for p in paragraphs if p], removed, published, layout, headline or shown, template_seen, start,
                   title_from)


def _start(items, profile: Profile, title: str, site_names: tuple[str, ...]) -> Start:
    """`clean`'s steps before the template step."""
    removed: list[Removed] = []
    dates: list[tuple[int, int, str]] = []     # (priority, line number, ISO date)
    mail = mail_header(items)   # a mail, as text or as a mail reader's page, with its header lines
    if mail is not None:        # its header lines are no text; its `Date:` dates it as `입력 …` would
        removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:mail_header") for i, raw in items if i in mail.lines)
        items = [(i, raw) for i, raw in items if i not in mail.lines]
        if mail.date:
            dates.append((_MAIL_DATE, mail.date_line, mail.date))
    if title in site_names or _names_the_issuer(title) or names_an_issue(title, [raw for _, raw in items]):
        title = ""             # a board's, bulletin's or issuer's name taken for the title: look for the headline
    kept = _drop_lines(items, profile, removed, dates, set(site_names))
    kept = _unglue_section_label(kept, profile, removed)
    kept = _drop_blocks(items, kept, profile, removed, dates)
    kept = _drop_foreign_lines(kept, profile, removed)
    return Start(tuple(kept), tuple(removed), tuple(dates), title, mail.subject if mail is not None else "")


_MAIL_DATE = 2      # a mail's `Date:` header: as good as `입력 …`


def strip_glued(text: str, profile: Profile) -> str:
    """`text` without the furniture glued to its ends (an agency tag after a headline)."""
    return squeeze_spaces(_strip(text, profile, [], []))


# (the unit words: data/unit_words.toml, shared with the facts stage, pipeline/ingest/unit_words.py)


def _broken_numbers(lines: list[str]) -> frozenset[int]:
    """Line numbers i whose end runs on into the number that starts line i + 1."""
    return frozenset(i for i in range(len(lines) - 1) if _runs_into(lines[i], lines[i + 1]))


# A number cut by a page break (round 16; held-out set 13: `… 교역액은 2025년` / `3,2` / `4 / 18` / <running
# header> / `18억 위안이다.` read `18억 위안`, a wrong value that looks right): its head is the last line of a page,
# a text line ending in a number's head or a grouped number cut inside a group (`3,2`, `1,05`: no number ends so),
# and its tail the first line of text on the next page, past blank lines, page marks and running headers.
_INCOMPLETE_GROUP = re.compile(r"^\d{1,3}(?:,\d{3})*,\d{0,2}$")
_PAGE_MARK_LINE = re.compile(r"^[-–—(<\[]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–—)>\]]?$")
_PAGE_BREAK_LINES = 8        # lines a page break may put between the halves


def _broken_across_pages(lines: list[str]) -> dict[int, int]:
    """head line -> tail line of the numbers a page break cut (furniture between the halves)."""
    repeated: Counter | None = None
    across = {}
    for i, line in enumerate(lines):
        head = line.strip()
        if not head or not (_INCOMPLETE_GROUP.match(head) or _runs_into(line, "0")):
            continue
        if repeated is None:
            repeated = Counter(l.strip() for l in lines if l.strip())
        j, skipped = i + 1, 0
        while j < len(lines) and j <= i + _PAGE_BREAK_LINES and (
                not lines[j].strip() or _PAGE_MARK_LINE.match(lines[j].strip()) or repeated[lines[j].strip()] > 1):
            skipped += bool(lines[j].strip())
            j += 1
        if skipped and j < len(lines) and lines[j].lstrip()[:1].isdigit() and (
                _INCOMPLETE_GROUP.match(head) or _runs_into(line, lines[j])):
            across[i] = j
    return across


def _hold_broken(items, kept, broken, removed, across: dict[int, int] | None = None):
    """Puts back a half of a broken number (`broken`: the heads' line numbers; `across`: head -> tail of a
    number a page break cut) that a rule removed whole while the other half stays: a line is never removed
    alone from the number it holds."""
    if not broken and not across:
        return kept
    at = {i for i, _ in kept}
    back = {i for i, _ in items if i not in at and (i in broken and i + 1 in at or i - 1 in broken and i - 1 in at)}
    for head, tail in (across or {}).items():
        if (head in at) != (tail in at):
            back.add(tail if head in at else head)
    if not back:
        return kept
    removed[:] = [r for r in removed if not (r.whole_line and r.line_no in back)]
    return sorted(kept + [(i, raw) for i, raw in items if i in back])


def _drop_blocks(items, kept, profile, removed, dates=None):
    """Boxed notices (every line of the box), event notices in labelled lines under the text,
    lone `▲` captions and a chart's axis under its caption (pipeline/ingest/blocks.py). An event
    notice's day (a date rule read it off the notice's line) leaves `dates`: it is not the page's."""
    boxed = boxed_notices(items)
    events = event_boxes(kept, is_prose, sorted(r.line_no for r in removed if r.whole_line))
    if dates is not None:
        dates[:] = [d for d in dates if d[1] not in events]
    captions = lone_captions(kept)
    ticks = chart_ticks(kept, removed)
    out = []
    for i, raw in kept:
        if i in boxed or i in events or i in captions or i in ticks:
            rule = 'boxed_notice' if i in boxed else 'event_notice' if i in events else 'lone_caption' if i in captions \
                else 'chart_axis'
            removed.append(Removed(i, squeeze_spaces(raw), f"{profile.name}:{rule}"))
        else:
            out.append((i, unframed(raw)))      # a boxed summary stays, its side borders go
    return out


_HANGUL = re.compile(r"[가-힣]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")
_FOREIGN_MIN_WORDS = 4          # a line of English: four words of two letters or more
_FOREIGN_HEADING_MAX_WORDS = 3  # `Abstract`, `Summary in English` over such a line
_KOREAN_PROSE_MIN = 2           # the evidence that the text is Korean: two sentences


def _drop_foreign_lines(kept, profile, removed):
    """In a Korean text (two Korean sentences at least), a line written in English only, no Hangul
    and no hanzi, four words or more, is a translation for foreign readers: a paper's English title
    and abstract, a note's English disclaimer. A short line of Latin words right above such a line
    (`Abstract`) is its heading. A text that is all English has no Korean evidence and is left alone;
    hanzi lines (a Chinese original quoted) are never this, nor is one English line between two
    sentences (a reference the text cites)."""
    lines = [squeeze_spaces(raw) for _, raw in kept]
    korean = (line for line in lines if len(_HANGUL.findall(line)) >= 10 and reads_as_sentence(line))
    if sum(1 for _ in islice(korean, _KOREAN_PROSE_MIN)) < _KOREAN_PROSE_MIN:     # (the first two are enough)
        return kept
    foreign = [not _HANGUL.search(line) and not _HAN.search(line) and len(_LATIN_WORD.findall(line)) >= _FOREIGN_MIN_WORDS
               for line in lines]
    for k, gone in enumerate(foreign):           # alone between two sentences: the text citing a work
        if gone and 0 < k < len(lines) - 1 and not foreign[k - 1] and not foreign[k + 1] \
                and (_CLOSES_KOREAN.search(lines[k - 1]) or is_prose(lines[k - 1])) \
                and len(_HANGUL.findall(lines[k + 1])) >= _PROSE_MIN_CHARS // 2:
            foreign[k] = False
    for k in range(len(lines) - 2, -1, -1):      # a heading of Latin words alone over the English lines
        if foreign[k + 1] and not foreign[k] and not _HANGUL.search(lines[k]) and not _HAN.search(lines[k]) \
                and not any(c.isdigit() for c in lines[k]) \
                and 0 < len(_LATIN_WORD.findall(lines[k])) <= _FOREIGN_HEADING_MAX_WORDS:
            foreign[k] = True
    removed.extend(Removed(i, line, f"{profile.name}:foreign_language")
                   for (i, _), line, gone in zip(kept, lines, foreign) if gone)
    return [item for item, gone in zip(kept, foreign) if not gone]


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _drop_template(kept, template, profile, removed, page=None):
    """Template lines of the source folder go only outside the article: above its first
    sentence or below its last (a menu, a banner, a related list, a footer). Between two
    sentences a recurring line is the article's own: a series' subhead, a quote, a bullet
    or a table cell that several issues repeat; so is a list that closes the article
    (blocks.closing_list; `page`: the text's lines, None for HTML). Sentences the generic
    rules removed (a copyright footer) do not count, so the article's span ends at its own
    last sentence."""
    if not template:
        return kept
    prose = [n for n, (_, raw) in enumerate(kept) if is_prose(line := squeeze_spaces(raw)) or _ANNOUNCES_LIST.search(line)]
    first, last = (prose[0], prose[-1]) if prose else (len(kept), -1)
    own = _article_lists(kept, last, page, removed)
    out = []
    for n, (i, raw) in enumerate(kept):
        line = squeeze_spaces(raw)
        if line in template and not first < n < last and i not in own:
            removed.append(Removed(i, line, f"{profile.name}:template"))
        else:
            out.append((i, raw))
    return out
