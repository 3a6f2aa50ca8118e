"""Cleaning: drop page furniture line by line with a source profile, rejoin wrapped
text, and account for every removed line."""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.ingest.blocks import (boxed_notices, unframed, chart_ticks, closing_list, event_boxes, holds_figure, html_closing_list, lone_captions,
                                    marked_section)
from pipeline.ingest.clean_words import word_pattern, word_set
from pipeline.ingest.dates import _LAST_RESORT_DATE, _WEAK_DATE, date_priority, iso_date
from pipeline.ingest.lineshape import (PAGE_PARTS, _LETTERS, _PARTICLE_WORD, _PROSE, _PROSE_MIN_CHARS, _TABLE_ROW,  # noqa: F401
                                       _WIDE_PAGE_MARK, _continues, _first_prose, _heads_notes, _is_note, _is_heading, _part, _runs_into, is_prose,
                                       page_part_rules, part_needs)
from pipeline.ingest.mail import mail_header
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.profiles import Profile, reads_as_sentence
from pipeline.ingest.regex_needs import might_match
from pipeline.ingest.title import (_HEADLINE_CHARS, _STAMP_RULES, _chrome_sites, _drop_before_title, _drop_below_title,
                                   _drop_title_repeats, _find_headline, _headline_like, _linked, _names_the_issuer, _post_list,
                                   _question_headline, _shown_title, _wrapped_start, _wraps_on, drop_stamp_line, names_an_issue,
                                   names_over_a_post,
                                   without_site_tag)
from pipeline.ingest.unwrap import blank_lines_before, is_hard_wrapped, join_broken, reaches_margin, unwrap
from pipeline.model import Removed


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
    kept = _drop_footnotes(kept, profile, removed, lru_cache(maxsize=1)(
        lambda: wrapped_ok and profile.layout != "lines" and is_hard_wrapped([raw for _, raw in items])))
    kept = _drop_head_intro(items, kept, profile, removed)
    broken = _broken_numbers(lines)
    kept = _hold_broken(items, kept, broken, removed)
    if title and names_over_a_post(kept, title, removed):
        title = ""              # a café's or blog's name over its post: the post's title is looked for
    shown = _shown_title(title, kept, site_names) if title else ""
    title = shown or title
    first_line = next((i for i, raw in kept if is_prose(squeeze_spaces(raw))), len(lines))
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
    kept = _hold_broken(items, kept, broken, removed)
    headline, question = "", None
    if not title:
        head_end = _wrapped_start(kept) if layout == "hard-wrapped" else _first_prose(kept)
        listed = _post_list(kept, head_end, removed)
        if listed:              # a list of other posts above this one: neither its title nor its date
            removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:post_list") for i, raw in kept if i in listed)
            kept = [(i, raw) for i, raw in kept if i not in listed]
            dates = [d for d in dates if d[1] not in listed]
            head_end = _wrapped_start(kept) if layout == "hard-wrapped" else _first_prose(kept)
        question = _question_headline(kept, head_end, removed, plain=wrapped_ok and link_density is None)
        if question is not None:        # the post's title: the article starts below it
            head_end = question + 1
            first_line = next((i for i, raw in kept[head_end:] if is_prose(squeeze_spaces(raw))), len(lines))
        kept, headline = _find_headline(kept, head_end, profile, removed, _linked(link_density, profile),
                                        wrapped=layout == "hard-wrapped", headings=headings,
                                        chrome=_chrome_sites(lines, site_names), closest=link_density is not None,
                                        question=question, broken=broken, plain=wrapped_ok and link_density is None)
    kept = _drop_below_title(kept, headline or title, profile, removed, wrapped=layout == "hard-wrapped")
    kept = _drop_title_repeats(kept, headline or title, profile, removed)
    kept = drop_stamp_line(kept, headline or title, profile, removed, dates)
    kept = _hold_broken(items, kept, broken, removed)
    if layout == "hard-wrapped":
        body = kept[1:] if headline else kept      # the headline is a paragraph of its own
        blank_before = blank_lines_before(body, lines)
        paragraphs = [headline] * bool(headline) + _drop_paragraphs(unwrap([raw for _, raw in body], profile.heading,
                                                                            blank_before),
                                                                     profile, removed)
    elif wrapped_ok:        # a plain text a paragraph a line: a number a break cut is read whole
        paragraphs = join_broken([(i, squeeze_spaces(raw)) for i, raw in kept], broken)
    else:
        paragraphs = [squeeze_spaces(raw) for _, raw in kept]
    # a section's label left the head lines already (`_unglue_section_label`): below, `교육 | 3,210억 위안` is a table's row
    paragraphs = [squeeze_spaces(_strip(p, profile, removed, dates, skip=_HEAD_LABEL_STRIPS)) for p in paragraphs]
    paragraphs = _without_note_marks(paragraphs, removed)
    if headline:
        headline = _part("headline_bullet").sub("", squeeze_spaces(_strip(headline, profile, [], [])))
        headline = without_site_tag(headline, [r.text for r in removed if r.whole_line], site_names)
    removed.sort(key=lambda r: r.line_no)
    dates = [d for d in dates if d[0] < _WEAK_DATE or d[1] < first_line or d[0] >= _LAST_RESORT_DATE]
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
    kept = _drop_blocks(items, kept, profile, removed)
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


def _hold_broken(items, kept, broken, removed):
    """Puts back a half of a broken number (`broken`: the heads' line numbers) that a rule removed
    whole while the other half stays: a line is never removed alone from the number it holds."""
    if not broken:
        return kept
    at = {i for i, _ in kept}
    back = {i for i, _ in items if i not in at and (i in broken and i + 1 in at or i - 1 in broken and i - 1 in at)}
    if not back:
        return kept
    removed[:] = [r for r in removed if not (r.whole_line and r.line_no in back)]
    return sorted(kept + [(i, raw) for i, raw in items if i in back])


def _drop_blocks(items, kept, profile, removed):
    """Boxed notices (every line of the box), event notices in labelled lines under the text,
    lone `▲` captions and a chart's axis under its caption (pipeline/ingest/blocks.py)."""
    boxed = boxed_notices(items)
    events = event_boxes(kept, is_prose)
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
    if sum(1 for line in lines if len(_HANGUL.findall(line)) >= 10 and reads_as_sentence(line)) < _KOREAN_PROSE_MIN:
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


def _article_lists(items, last: int, page, removed, html: bool | None = None) -> set[int]:
    """Line numbers of what closes the article below its last sentence (`items[last]`) and the
    tail and template rules leave (blocks.py): a list it announces or holds in its block, an
    HTML list right under it (`html`; by default when `page`, the text's lines, is None), a
    section marked like the text's own headings (`▶ 단신`)."""
    gone = sorted(r.line_no for r in removed if r.whole_line)
    own = closing_list(items, last, page)
    if not own and (page is None if html is None else html):      # HTML: its list items carry no bullet
        own = html_closing_list(items, last, gone, _part("related_item"))
    return own | marked_section(items, last, gone)


def _drop_contents(items, kept, profile, removed):
    """A table of contents: under its heading (`목차`, `[이번 호 목차]`, `CONTENTS`, itself
    dropped by a rule or not), the numbered entries that follow, up to a line that is no entry
    or an entry whose number comes again (the text's own first heading, `Ⅰ. 요약`)."""
    heading, entry = _part("contents_heading"), _part("contents_entry")
    starts = [k for k, (_, raw) in enumerate(items) if heading.match(squeeze_spaces(raw))]
    if not starts:
        return kept
    drop = set()
    last = {squeeze_spaces(raw): i for i, raw in items}     # where each line stands last
    for k in starts:        # each line is read once: a table of contents ends at the next heading
        start = items[k][0]
        seen, titles, before, bullets = set(), set(), start, None
        for i, raw in items[k + 1:]:    # entries a rule already took (dot leaders) count for the numbering
            line = squeeze_spaces(raw)
            if heading.match(line):
                break
            if not entry.match(line) and last[line] > i and not is_prose(line) and bullets is None:
                drop.add(i)     # an entry with no number: the text's own heading comes again below
                continue
            number = line.split(maxsplit=1)[0].rstrip(".)") if entry.match(line) else None
            bullet = number is not None and number[0] in _ENTRY_BULLETS
            bullets = bullet if bullets is None else bullets      # one kind of entry in one table
            title = line.split(maxsplit=1)[-1]     # `Ⅰ. 개관` then the text's `1. 개관`: its own heading
            if number is None or bullet != bullets or (not bullet and (number in seen or title in titles)) \
                    or (bullet and i != before + 1) or is_prose(line):
                break
            seen.add(number)
            titles.add(title)
            drop.add(i)
            before = i
        drop.add(start)
    removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:contents") for i, raw in kept if i in drop)
    return [(i, raw) for i, raw in kept if i not in drop]


_ENTRY_BULLETS = "▣■□◆◇●○◎▶•"
_META_VALUE_MAX_CHARS = 40


def _drop_meta_values(kept, profile, removed):
    """A report page's metadata table, a label alone in its cell (`키워드`, `저자`) and its value in
    the next (`샤먼, 자유무역시험구, 양안`, `정하윤 외`): both go when the value is short, no sentence
    and no phrase with particles (a headline under a label stays)."""
    label = _part("meta_label")
    drop = set()
    for k, (i, raw) in enumerate(kept):
        if label.match(squeeze_spaces(raw)):
            drop.add(i)
            value = squeeze_spaces(kept[k + 1][1]) if k + 1 < len(kept) else ""
            if value and len(value) <= _META_VALUE_MAX_CHARS and not is_prose(value) \
                    and not _PARTICLE_WORD.search(value) and not label.match(value):
                drop.add(kept[k + 1][0])
    removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:metadata") for i, raw in kept if i in drop)
    return [(i, raw) for i, raw in kept if i not in drop]


def _footnote_number(m: re.Match) -> str:
    digit = m.group(1) or m.group(2)
    return digit.translate(_SUPERSCRIPTS)


_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹", "123456789")


def _without_note_marks(paragraphs: list[str], removed) -> list[str]:
    """The text without the marks of the footnotes that went (`…넘는다.1)` → `…넘는다.` when note 1 went):
    a mark points to furniture and would glue a number to the next word. A mark whose note stayed stays."""
    start = _part("footnote_start")
    gone = {_footnote_number(m) for r in removed if r.rule.endswith(":footnote") and (m := start.match(r.text))}
    if not gone:
        return paragraphs

    def drop(m: re.Match) -> str:
        return "" if _footnote_number(m) in gone else m.group(0)

    def spaced(m: re.Match) -> str:     # the mark stood between two sentences: a space stands there
        return drop(m) or " "
    mark = _part("footnote_mark")
    return [squeeze_spaces(_MARK_AFTER_END.sub(spaced, mark.sub(drop, p))) for p in paragraphs]


# A mark right after a sentence's end, when the unwrapper glued the next sentence to it (`…넘는다.1)원구는`).
_MARK_AFTER_END = re.compile(r"(?<=[가-힣][.。”\"’])(?:(\d{1,2})\)|([¹²³⁴⁵⁶⁷⁸⁹]))")
_FOOTNOTE_MAX_CHARS = 200
_FOOTNOTE_MAX_LINES = 4       # a wrapped footnote's lines


def _drop_footnotes(kept, profile, removed, wrapped=lambda: False):
    """Footnotes under a report's text, `1) 소프트웨어 매출을 포함한 수치이다.`: a run of lines that
    start with marks the text above carries glued to a sentence or word (`…넘어섰다.1)`, `…넘었다.¹`).
    A note may be a sentence. A numbered list stays: a run with a number no sentence carries
    (`1) 인증`, `2) 납기`, `3) 인력` under `…1)`), or one right after a line ending in a colon. In
    wrapped text (`wrapped()`, asked only when a note may go on) a note that reaches the margin goes on
    in the next lines, up to its sentence's end."""
    mark, start = _part("footnote_mark"), _part("footnote_start")
    mark_needs = part_needs("footnote_mark")
    lines = [squeeze_spaces(raw) for _, raw in kept]
    raws = [raw for _, raw in kept]
    marked: set[str] = set()
    drop = set()
    # Notes a drop rule took already (`1) … 기준.`), by line: each is given when the text passes it.
    given = sorted((r.line_no, _footnote_number(m)) for r in removed
                   if r.whole_line and r.rule.endswith(":footnote") and (m := start.match(r.text)))
    k = 0
    while k < len(kept):
        while given and given[0][0] < kept[k][0]:
            marked.discard(given.pop(0)[1])
        run, numbers, j = [], [], k
        while j < len(kept) and (m := start.match(lines[j])) and len(lines[j]) <= _FOOTNOTE_MAX_CHARS:
            run.append(j)
            numbers.append(_footnote_number(m))
            j += 1
            if numbers[-1] in marked and not _PROSE.search(lines[j - 1]) and wrapped() and reaches_margin(raws, j - 1):
                j = _note_goes_on(kept, lines, j, run, profile)
        if run and all(n in marked for n in numbers) and not (k and lines[k - 1].endswith(":")) \
                and not _list_item_under_its_mark(lines, k, run, numbers):
            drop.update(kept[x][0] for x in run)
            marked.difference_update(numbers)       # a note is given once: a later `1) …` is a list's
        for x in range(k, max(j, k + 1)):
            if might_match(mark_needs, lines[x]):     # most lines hold no `)` or superscript: no search
                marked.update(_footnote_number(m) for m in mark.finditer(lines[x]))
        k = max(j, k + 1)
    removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:footnote") for i, raw in kept if i in drop)
    return [(i, raw) for i, raw in kept if i not in drop]


# What a note says: where a figure comes from, what it counts or leaves out.
_NOTE_WORDS = word_pattern("note_words")


def _list_item_under_its_mark(lines, k, run, numbers) -> bool:
    """A one-item list right under the sentence that carries its number (`…한 가지로 모였다.1)` /
    `1) 현지 고객사의 부품 인증 절차`): a noun phrase with no period and none of a note's words.
    A note there says where a figure comes from (`1) 시 통계국 발표 기준.`) or is a sentence."""
    line = lines[run[0]]
    return (len(run) == 1 and numbers[0] == "1" and k > 0 and lines[k - 1].endswith(("1)", "¹"))
            and not line.rstrip().endswith((".", "。")) and not _NOTE_WORDS.search(line))


def _note_goes_on(kept, lines, j, run, profile) -> int:
    """A wrapped note's next lines (the very next lines of the text, no note or heading), up to
    the one that ends its sentence: added to `run`; returns the position after them."""
    start = _part("footnote_start")
    for _ in range(_FOOTNOTE_MAX_LINES - 1):
        if j >= len(kept) or kept[j][0] != kept[j - 1][0] + 1 or start.match(lines[j]) or _is_heading(lines[j], profile):
            break
        run.append(j)
        j += 1
        if _PROSE.search(lines[j - 1]):
            break
    return j


def _drop_lines(items, profile, removed, dates, site_names):
    kept = []
    first = None        # the first line of prose, found when a rule asks for it
    for n, (i, raw) in enumerate(items):
        line = squeeze_spaces(raw)
        if line in site_names:
            removed.append(Removed(i, line, f"{profile.name}:site_name"))
            continue
        rule = _drop_rule(line, profile) or _logo_with_furniture(line, profile, site_names) \
            or _site_sign_off(line, profile, site_names)
        if rule is not None and rule.alone and _beside_its_like(items, n, rule):
            rule = None        # rows of a table or list (`국무원 2021-10 | …` over `생태환경부 2023-03 | …`)
        if rule is not None and not rule.in_text and _between_sentences(items, n, rule, profile):
            rule = None        # a reference cited between two sentences, not a list of references
        if rule is not None and rule.under_text and n < (first := _first_prose(items) if first is None else first):
            rule = None        # above the text: the headline of an interview, not a caption in a script
        if rule is not None and rule.over_stamp_ok and _over_a_stamp(items, n, profile) \
                and n < (first := _first_prose(items) if first is None else first):
            rule = None        # `공지: …` right over `2025.07.01`: a board post's headline, not a pinned notice
        if rule is None or any(r.matches(line) for r in profile.rules_of("cut")):
            kept.append((i, raw))
            continue
        prose = _prose_before(line, rule)
        if prose and (before := _drop_rule(prose, profile)) is not None and not _prose_before(prose, before):
            prose = ""     # the sentences in front are furniture too (`본 소식지는 … 배포됩니다. 수신을 …`)
        furniture = line[len(prose):].strip()
        if prose:          # furniture glued after a sentence of the article: only it goes
            kept.append((i, prose))
        removed.append(Removed(i, furniture, rule.name, whole_line=not prose))
        if (priority := date_priority(furniture, rule.date)) is not None and iso_date(furniture) \
                and not _part("other_issue").search(furniture):
            dates.append((priority, i, iso_date(furniture)))     # another issue's date is not the page's
    return kept


# A page's section label is the last step of its breadcrumb (`동녘일보 온라인 > 중국소식`); only a
# label whose last word names a kind of section (`…소식`, `…뉴스`, `…정보`) may be cut off a headline:
# `경제` of `홈 > 경제` also begins `경제성장률 5.2%로 둔화`.
# The label names what the section is about before its kind (`중국소식`): a bare `종합` also begins
# `종합보세구 …`.
_CRUMB_STEP = word_pattern("crumb_step")
_PATH_RULES = {"breadcrumb", "you_are_here"}
# Strip rules for a section's label before the headline (`[중국소식] …`, `중국소식 | …`): taken off the
# lines above the text before the headline is looked for (a line with a bar is never a headline).
_HEAD_LABEL_STRIPS = {"category_label_prefix", "program_label_prefix"}


def _unglue_section_label(kept, profile, removed):
    """A section's label before the headline goes before the headline is looked for: in brackets
    or before a bar (the strip rule `category_label_prefix`), or glued to it in a text copy
    (`중국소식웨이하이 카페리 …`) when the page's breadcrumb ends in that label, which is the
    evidence: above the first sentence, a line that starts with it and goes on loses it."""
    labels = {m.group(1).strip() for r in removed if r.whole_line and r.rule.rsplit(":", 1)[-1] in _PATH_RULES
              for m in [_CRUMB_STEP.search(r.text)] if m}
    strips = [r for r in profile.rules_of("strip") if r.name.rsplit(":", 1)[-1] in _HEAD_LABEL_STRIPS]
    out = list(kept)
    for k, (i, raw) in enumerate(kept[:_first_prose(kept)]):
        line = squeeze_spaces(raw)
        label = next((lb for lb in sorted(labels, key=len, reverse=True)
                      if line.startswith(lb) and len(line) - len(lb) >= _HEADLINE_CHARS[0]
                      and not _a_word_of_the_text(line, kept, k)), None)
        m = None if label is not None else next((m for r in strips for m in [r.regex.match(line)] if m), None)
        if m is not None and len(line) - m.end() >= _HEADLINE_CHARS[0]:
            label = m.group(0)
        if label is not None:
            out[k] = (i, line[len(label):].lstrip(" |:·"))
            removed.append(Removed(i, label.strip(), f"{profile.name}:section_label", whole_line=False))
    return out


def _a_word_of_the_text(line: str, kept, k: int) -> bool:
    """Whether the line's first word comes again in another line of the text: then the label it
    starts with is part of that word (`지역정보센터` of `홈 > 지역정보`), not glued to it."""
    word = line.split(maxsplit=1)[0].rstrip(",.…·:")
    return any(word in raw for j, (_, raw) in enumerate(kept) if j != k)


def _beside_its_like(items, n: int, rule) -> bool:
    """Whether the line before or after `items[n]` is another line that `rule` matches."""
    line = squeeze_spaces(items[n][1])
    for m in (n - 1, n + 1):
        if 0 <= m < len(items):
            other = squeeze_spaces(items[m][1])
            if other != line and len(other) <= rule.max_chars and rule.matches(other, reads_as_sentence(other)):
                return True
    return False


def _between_sentences(items, n: int, rule, profile: Profile | None = None) -> bool:
    """Whether the line right before `items[n]` closes a sentence and the one after is a line of
    text (wrapped text: the end and the start of two paragraphs), neither of them matched by
    `rule` (two entries one under another are a list). Given the `profile`, a line after that one
    of its drop rules takes whole (a broadcast's camera credit under its sign-off) is no text."""
    if not 0 < n < len(items) - 1:
        return False
    before, after = squeeze_spaces(items[n - 1][1]), squeeze_spaces(items[n + 1][1])
    return bool(_CLOSES_KOREAN.search(before) or is_prose(before)) and len(after) >= _PROSE_MIN_CHARS \
        and len(_LETTERS.findall(after)) >= _PROSE_MIN_CHARS // 2 and not rule.matches(before) and not rule.matches(after) \
        and (profile is None or _drop_rule(after, profile) is None)


# A self-introduction is written in the polite style (`…하고 있습니다.`, `…나눠요.`).
_POLITE_END = re.compile(r"(?:니다|요)[.!]?$")
_INTRO_MAX_CHARS = 120


def _drop_head_intro(items, kept, profile, removed):
    """A blog's or café's profile box holds the writer's introduction, a line of prose in the
    polite style, above the post's headline: furniture stands beside it in the page
    (`바람따라 (windtrade)` / intro / `이웃 1,024명`), and a headline-like line stands between it
    and the article's first two sentences in a row. A lead sentence has no headline below it."""
    kept_at = {i for i, _ in kept}
    order = [i for i, _ in items]
    where = {i: n for n, i in enumerate(order)}
    lines = [squeeze_spaces(raw) for _, raw in kept]
    prose = [is_prose(line) for line in lines]
    run = next((k for k in range(len(kept) - 1) if prose[k] and prose[k + 1]), len(kept))
    headline_below = [False] * (run + 1)          # a headline-like line between k and the run
    for k in range(run - 1, -1, -1):
        headline_below[k] = headline_below[k + 1] or (k + 1 < run and not prose[k + 1] and _headline_like(lines[k + 1]))
    # a time stamp beside it is no profile box: a news lead in the polite style sits under its 입력 line
    stamps = {r.line_no for r in removed if r.rule.split(":")[-1] in _STAMP_RULES}
    first_stamp = min(stamps, default=len(order) and order[-1] + 1)
    drop = set()
    for k in range(run):
        i, n = kept[k][0], where[kept[k][0]]
        if i > first_stamp:
            break       # under the post's stamp stands its body: the profile box is above its title
        beside = [order[m] for m in (n - 1, n + 1) if 0 <= m < len(order)]
        if (prose[k] and len(lines[k]) <= _INTRO_MAX_CHARS and _POLITE_END.search(lines[k])
                and any(b not in kept_at and b not in stamps for b in beside) and headline_below[k]):
            drop.add(i)
            removed.append(Removed(i, lines[k], f"{profile.name}:profile_intro"))
    return [(i, raw) for i, raw in kept if i not in drop]


def _drop_rule(line: str, profile: Profile):
    return profile.first_drop(line)


def _over_a_stamp(items, n: int, profile: Profile) -> bool:
    """Whether the line right after `items[n]` is a post's stamp (a date-bearing stamp rule's line)."""
    if n + 1 >= len(items):
        return False
    rule = _drop_rule(squeeze_spaces(items[n + 1][1]), profile)
    return rule is not None and rule.name.rsplit(":", 1)[-1] in _STAMP_RULES


def _logo_with_furniture(line: str, profile: Profile, site_names):
    """`블로그 이름 이웃추가 본문 기타 기능`: the site's name, then a line that a rule drops."""
    for name in site_names:
        if line.startswith(name) and len(line) > len(name):
            rule = _drop_rule(line[len(name):].strip(), profile)
            if rule is not None:
                return rule
    return None


# A broadcast's closing line that names the program or the site: `지금까지 930 경제매거진이었습니다.`
_SIGN_OFF = word_pattern("sign_off")


def _site_sign_off(line: str, profile: Profile, site_names):
    """The sign-off that names one of the page's site or program names (`<title>`'s parts): the
    `sign_off` rule's, as one naming a station and a reporter is. A sentence naming anything else
    (`지금까지 최대 규모였습니다.`) is the text's."""
    m = _SIGN_OFF.match(line) if site_names else None
    if m is None or m.group(1) not in site_names:
        return None
    return next((r for r in profile.rules_of("drop") if r.name.endswith(":sign_off")), None)


_WORD_END = re.compile(r"[가-힣\u4e00-\u9fff][\"'”’」』)]*[.?!。][\"'”’」』)]*$")
_SENTENCE_BREAK = re.compile(r"[.?!。][\"'”’」』)]*\s")


def _prose_before(line: str, rule) -> str:
    """The sentences in front of where `rule` matched `line`, when they are prose: a rule
    removes a whole line only when the whole line is furniture."""
    m = rule.regex.search(line) if rule.words is None else None
    if m is None or m.start() == 0:
        return ""
    # The longest run of sentences in front: a sentence ends on a word (`…했다.`), not on
    # `Tel.` or `2025.02.08.`, and menus and footers separate their items with bars.
    for b in reversed(list(_SENTENCE_BREAK.finditer(line, 0, m.start() + 1))):
        prose = line[:b.end()].rstrip()
        if is_prose(prose) and _WORD_END.search(prose) and "|" not in prose:
            return prose
    return ""


_REPLY_MAX_LINES = 3
# A comment's stamp tells the time of day or how long ago; a date alone heads a timeline's entry.
_CLOCK = word_pattern("clock")
_NICKNAME_MAX_CHARS = 15


def _cut_names(profile: Profile) -> set[str]:
    return {r.name for r in profile.rules_of("cut")}


def _drop_comment_thread(items, profile, removed, first_line):
    """Comments with no heading above them: after the article has begun, two or more stamp
    lines (a nickname and a time, `[edges] comment_stamps` names their rules), each followed
    by at most three short lines, none of them a sentence in the plain style of an article
    (`…했다.`): comments are written `…네요`, `…할까요?`. A live report's time-stamped updates
    are plain sentences and stay. The nickname on its own line above a stamp goes too."""
    names = set(profile.edges.get("comment_stamps", ()))
    # Comments stand under their heading (`댓글 3`, a cut rule's): a stamp above it is the post's
    # own (a café post's `<nickname> 2025.09.14 21:07 조회 214`), and so is the stamp right under
    # the post's title when that title is the first line of prose (a question).
    heading = min((r.line_no for r in removed if r.whole_line and r.rule in _cut_names(profile)), default=None)
    kept_at = [i for i, _ in items]
    stamps = sorted(r.line_no for r in removed if r.whole_line and r.line_no > first_line
                    and r.rule.rsplit(":", 1)[-1] in names and _CLOCK.search(r.text)
                    and (heading is None or r.line_no > heading)
                    and kept_at[max(bisect.bisect_left(kept_at, r.line_no) - 1, 0)] > first_line)
    if len(stamps) < 2:
        return items
    replies: list[list[tuple[int, str]]] = [[] for _ in stamps]     # the lines after each stamp
    before = None                                                   # the line above the first
    for i, raw in items:
        if i < stamps[0]:
            before = (i, squeeze_spaces(raw))
        else:
            replies[bisect.bisect_right(stamps, i) - 1].append((i, squeeze_spaces(raw)))
    drop = set()
    for n, reply in enumerate(replies):
        if n == len(stamps) - 1:
            reply = reply[:_REPLY_MAX_LINES]
        elif reply and len(reply[-1][1]) <= _NICKNAME_MAX_CHARS and not is_prose(reply[-1][1]):
            drop.add(reply[-1][0])          # the next comment's nickname, above its stamp
            reply = reply[:-1]
        if len(reply) > _REPLY_MAX_LINES or any(_PLAIN_END.search(line.rstrip(".")) for _, line in reply):
            return items
        drop.update(i for i, _ in reply)
    # The nickname above the first stamp stands under the comments' heading, and is no
    # sentence: the post's short last sentence (`한 그릇에 25위안이었다.`) stays.
    if (before and len(before[1]) <= _NICKNAME_MAX_CHARS and not is_prose(before[1])
            and (heading is None or before[0] > heading) and not _PLAIN_END.search(before[1].rstrip("."))):
        drop.add(before[0])
    removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:comment_thread") for i, raw in items if i in drop)
    return [(i, raw) for i, raw in items if i not in drop]


# A statement in note style (개조식), `…수입이 크게 늘어남`, `…추진됨`, `…검토할 필요`: the text
# of a newsletter or report, not the headline of another article (`… 6월 개장 예정`: a noun
# before 예정 — unless the line is a bullet of a list of such statements).
_NOTE_END = re.compile(r"(?:[어아여]남|[었았였했됐겠]음|[있없]음|[가-힣]\s?[함됨]|[어아여]짐)\.?$")
_MODAL_END = re.compile(r"([가-힣])\s*(?:필요|전망|예정|계획|방침|시급)(?:함|됨|임)?\.?$")
_BULLET = re.compile(r"^[-–ㅇ○◦•▪□■◇◆※]\s")
_NOTE_MIN_CHARS = 12


def _is_note_statement(line: str) -> bool:
    if len(line) < _NOTE_MIN_CHARS:
        return False
    if _NOTE_END.search(line):
        return True
    m = _MODAL_END.search(line)
    # `검토할 필요`, `늘어날 전망`: an adnominal verb (final ㄹ) before the modal noun.
    return m is not None and ((ord(m.group(1)) - 0xAC00) % 28 == 8 or bool(_BULLET.match(line)))


# A short question alone on its line is an item of the list under a furniture heading (`관련 질문`:
# `이우에서 한국까지 해운 배송 기간은?`), not the prose that ends it.
_LISTED_QUESTION = re.compile(r"^[^.?!。]{4,40}[?？]$")


def _named_above(heading: str, kept) -> bool:
    """The heading's words (without brackets and spaces) stand in the lines kept above it: a law
    firm's article on exemption clauses heads its own section `면책조항`, which is no disclaimer."""
    words = re.sub(r"[\s\[\]【】<>()]", "", heading)
    return len(words) >= 2 and any(words in re.sub(r"\s", "", x) for _, x in kept)


def _drop_sections(items, profile, removed):
    """After the article has begun, a furniture heading takes the lines after it until
    the next line of prose, a cut heading all the rest (above the article, such words
    are menu items). A section that reaches a statement in note style before any prose
    is the page's own text under a heading that sites also use for furniture (a
    newsletter's `핫 이슈`): it stays whole."""
    kept, in_section, held = [], None, []
    first = _first_prose(items)
    written = _written_through(items)
    for k, (i, raw) in enumerate(items):
        line = squeeze_spaces(raw)
        rule = k > first and next((r for r in profile.rules_of("section", "cut") if r.matches(line)), None)
        if not rule and k <= first and written[k]:
            rule = next((r for r in profile.rules_of("cut") if r.matches(line)), None)
        if rule and rule.own_if_named and _named_above(line, kept):
            rule = None
        if rule and rule.kind == "cut":
            removed.extend(Removed(j, squeeze_spaces(x), r.name) for j, x, r in held)
            removed.extend(Removed(j, squeeze_spaces(x), rule.name) for j, x in items[k:])
            return kept
        if rule:
            removed.extend(Removed(j, squeeze_spaces(x), r.name) for j, x, r in held)
            in_section, held = rule, []
        elif in_section and is_prose(line) and not _LISTED_QUESTION.match(line):
            removed.extend(Removed(j, squeeze_spaces(x), r.name) for j, x, r in held)
            in_section, held = None, []
        elif in_section and _is_note_statement(line):
            kept.extend((j, x) for j, x, _ in held)
            in_section, held = None, []
        if in_section:
            held.append((i, raw, in_section))
        else:
            kept.append((i, raw))
    removed.extend(Removed(j, squeeze_spaces(x), r.name) for j, x, r in held)
    return kept


# Plain sentences (`…다.`) above a cut heading that make it the article's end, when none of the
# article's sentences is long enough to count as prose (a blog's `다롄 창싱시장에 다녀왔다.` /
# `정말 쌌다.` over `댓글 2`): comments go from there. One sentence could be a headline's.
_WRITTEN_MIN_SENTENCES = 2


def _written_through(items) -> list[bool]:
    """Per line: whether at least `_WRITTEN_MIN_SENTENCES` plain sentences stand above it."""
    out, seen = [], 0
    for _, raw in items:
        out.append(seen >= _WRITTEN_MIN_SENTENCES)
        line = squeeze_spaces(raw)
        seen += bool(reads_as_sentence(line) and _PLAIN_END.search(line.rstrip(".")))
    return out


def _drop_links(items, density, profile, removed):
    """After the article has begun, a line that is mostly link text and not a sentence
    is a list of other articles or a menu (jusText's link density)."""
    limit = profile.edges.get("link_density")
    first = _first_prose(items)
    if limit is None:
        return items
    linked = [i < len(density) and density[i] >= limit and not reads_as_sentence(squeeze_spaces(raw)) for i, raw in items]
    above = _listed_above(items, linked, first, profile)
    kept = []
    for k, (i, raw) in enumerate(items):
        line = squeeze_spaces(raw)
        if k > first and linked[k] or k in above:
            removed.append(Removed(i, line, f"{profile.name}:{'links' if k > first else 'links_above'}"))
        else:
            kept.append((i, raw))
    return kept


def _listed_above(items, linked: list[bool], first: int, profile) -> set[int]:
    """Above the article's first sentence, a furniture heading (`많이 본 뉴스`, a [[section]] rule) right
    over a run of linked lines that are no sentences: a list of other articles in a side column that
    the page's text puts first. The heading and its links go; a heading over unlinked lines stays
    (it may be the text's own)."""
    sections = profile.rules_of("section")
    out: set[int] = set()
    for k in range(min(first, len(items))):
        if linked[k] or not any(r.matches(squeeze_spaces(items[k][1])) for r in sections):
            continue
        run = list(itertools.takewhile(lambda j: j < first and linked[j], range(k + 1, len(items))))
        if run:
            out.update([k, *run])
    return out


# A sentence that announces the list under it with a colon, `…분야는 다음과 같다:`: the text's.
_ANNOUNCES_LIST = re.compile(r"[가-힣]다\s*[:：]$")


def _prose_lines(items, wrapped: bool) -> list[int]:
    """Positions of the lines of prose. A statement in note style counts: a report's last
    section (`3. 시사점` and its bullets) is not the page's tail; so does a sentence that ends
    in a colon to announce its list (`…다음과 같다:`). In hard-wrapped text a
    sentence runs over short lines: every line of a paragraph (lines with no blank between)
    that ends a sentence is prose."""
    lines = [squeeze_spaces(raw) for _, raw in items]
    prose = {k for k, line in enumerate(lines) if is_prose(line) or _is_note_statement(line) or _ANNOUNCES_LIST.search(line)
             or _closes_the_line_above(items, lines, k) or _short_sentence(line) or _NOTICE_CLOSING.search(line)}
    if wrapped:
        start = 0
        for k in range(1, len(items) + 1):
            if k == len(items) or items[k][0] != items[k - 1][0] + 1:
                if k - start > 1 and is_prose(" ".join(lines[start:k])):
                    prose.update(range(start, k))
                else:       # a block with no blank line in it, a credit under its text: the line that
                    run = start     # closes a sentence run over short lines (`4억 5천만 달러라고` / `밝혔다.`)
                    for j in range(start, k):
                        if _PROSE.search(lines[j]):
                            if j > run and is_prose(" ".join(lines[run:j + 1])):
                                prose.add(j)
                            run = j + 1
                start = k
    return sorted(prose)


# A notice's closing request (`많은 관심과 참여 바랍니다.`): its last sentence, though short and polite, so
# the labelled lines it closes (`장소: …`, `참가대상: …`) are not the page's tail.
_NOTICE_CLOSING = word_pattern("notice_closing")


# A short sentence in the plain style with its period (`관계자의 말이다.`, `31% 늘었다.`): the text's
# own line, so the lines above it are not the page's tail (a quote `“2030년 가동이 목표”`).
_SHORT_SENTENCE = re.compile(r"[가-힣](?<!니)다\.[\"'”’」』)]*$")
_SHORT_SENTENCE_CHARS = 8


def _short_sentence(line: str) -> bool:
    return len(line) >= _SHORT_SENTENCE_CHARS and bool(_SHORT_SENTENCE.search(line))


def _closes_the_line_above(items, lines: list[str], k: int) -> bool:
    """A short line that ends a sentence in the plain style (`방안을 검토할 만하다.`) right under a
    long line that left it open (`… 제작 공장을 옌타이에 두는`): a wrapped sentence's end, in
    text whose wrap was not recognised."""
    return k > 0 and items[k][0] == items[k - 1][0] + 1 and bool(_CLOSES_KOREAN.search(lines[k])) \
        and len(lines[k - 1]) >= _PROSE_MIN_CHARS and not _PROSE.search(lines[k - 1])


# A report's section heading without figures (`3. 시사점`, `Ⅳ. 결론 및 시사점`); a numbered
# line with figures is an item of a list of other articles (`1. 동성로 공실률 20% 넘어`).
_SHORT_HEADING_CHARS = 16


# A sentence of news or a report without its period ends in the plain style (`…않았다`);
# the polite endings of a short line at a page's foot are buttons and comments
# (`이 기사를 공유합니다`, `네 다음 글에 올릴게요`).
_PLAIN_END = re.compile(r"(?<!니)다[\"'”’」』)]*$")
def _tail_text(line: str, profile: Profile) -> bool:
    """A short line after the last sentence that is still the text's: a sentence without its
    period (`중국 측은 아직 답하지 않았다`) or a report's section heading."""
    return bool(_PLAIN_END.search(line)) or (
        _is_heading(line, profile) and len(line) <= _SHORT_HEADING_CHARS and not any(c.isdigit() for c in line[2:]))


def _drop_edges(items, profile, removed, wrapped_ok=True, page=None):
    """Before the first line of prose, runs of menu-like short lines (but not the section
    heading right above it); after the last, every short line that is not a sentence, but
    not a list that closes the article (blocks.closing_list; `page`: the text's lines) nor
    the lines with a figure and its unit right under it, before any furniture: a summary
    (`【헤이룽장성 곡물 생산 7,788만 톤】`, `▲ 외자 유치액 12억 달러`). Below a line of furniture,
    or in a list of other articles (a link, a numbered headline), such a line is furniture."""
    edges = profile.edges
    wrapped = wrapped_ok and profile.layout != "lines" and (
        profile.layout == "hard-wrapped" or is_hard_wrapped([raw for _, raw in items]))
    prose = _prose_lines(items, wrapped)
    if not prose or not edges:
        return items
    first, last = prose[0], prose[-1]
    drop = set()
    run: list[int] = []
    for k in range(first + 1):
        line = squeeze_spaces(items[k][1])
        if k < first and len(line) <= edges["menu_max_chars"] and not _PROSE.search(line) \
                and not _TABLE_ROW.search(items[k][1]):      # a table's row in columns (`인천    위해    3`) is text
            if wrapped_ok and k and (_continues(items[k - 1], items[k]) or wrapped and _headline_like(
                    squeeze_spaces(items[k - 1][1])) and _wraps_on(items, k - 1)):
                continue            # the end of a wrapped headline, not a menu item
            run.append(k)
            continue
        if len(run) >= edges["menu_min_run"]:
            if k == first and run[-1] == k - 1 and _is_heading(squeeze_spaces(items[k - 1][1]), profile):
                run.pop()           # `1. 개요` above the first paragraph: the text's own heading
            drop.update(run)
        run = []
    gone = sorted(r.line_no for r in removed if r.whole_line)
    own = _article_lists(items, last, page, removed, html=not wrapped_ok)
    summary = True          # still in the run of lines right under the last sentence
    for k in range(last + 1, len(items)):
        line = squeeze_spaces(items[k][1])
        if items[k][0] in own:
            continue
        if summary and _furniture_between(gone, items[k - 1][0], items[k][0]):
            summary = False     # a byline, a `관련기사` heading: what follows is the page's
        if summary and holds_figure(line) and not _part("related_item").match(line) \
                and not _headline_sibling(items[last + 1:], line) and _restates(line, items[:last + 1]):
            continue        # `【곡물 생산 7,788만 톤】` under the text: its summary, not furniture
        if summary and (_is_note(line) or _heads_notes(items, k)):
            continue        # `광시 자치구는 국경무역 1위 지역` under the text: a report's note-style sentence
        if _part("figure_caption").match(line):
            continue        # `그림 3. 매출 추이` under the text: a figure's caption is article text (furniture11)
        if len(line) <= edges["tail_max_chars"] and not _PROSE.search(line) and not _tail_text(line, profile) \
                and not (wrapped_ok and k == last + 1 and _wrapped_sentence(items, k)):
            drop.add(k)
            summary = False
    for k in sorted(drop):
        i, raw = items[k]
        removed.append(Removed(i, squeeze_spaces(raw), f"{profile.name}:{'menu' if k < first else 'tail'}"))
    return [it for k, it in enumerate(items) if k not in drop]


_WORD = re.compile(r"[가-힣\u4e00-\u9fff]{2,}")
_UNIT_WORDS = word_set("unit_words")      # a figure's unit names nothing (data/clean_words.toml)
_WORD_PARTICLE = re.compile(r"(?<=..)(?:의|이|가|은|는|을|를|에|에서|로|으로|과|와|도)$")


def _restates(line: str, text) -> bool:
    """Whether `line` names something the text above it names (`헤이룽장성`, `곡물`): a summary
    does, a page's counter (`구독자 1.2만 명`, `공유 5회`) does not."""
    words = {_WORD_PARTICLE.sub("", w) for w in _WORD.findall(line)}
    body = " ".join(squeeze_spaces(raw) for _, raw in text)
    return any(w in body for w in words - _UNIT_WORDS)


def _headline_sibling(tail, line: str) -> bool:
    """Whether a line of `tail` with the same leading mark as `line` states no figure: `line` is
    an item of a list of headlines (`· 대련항 물동량 1천만 개 돌파` over `· 하얼빈 빙설제 개막`)."""
    mark = line[:1]
    return not mark.isalnum() and any(
        (other := squeeze_spaces(raw)).startswith(mark) and not holds_figure(other) for _, raw in tail)


def _furniture_between(gone: list[int], before: int, after: int) -> bool:
    """Whether a line a rule removed whole stands between lines `before` and `after`."""
    n = bisect.bisect_right(gone, before)
    return n < len(gone) and gone[n] < after


_CLOSES_KOREAN = re.compile(r"[가-힣]다\.[\"'”’」』)]*$")


def _wrapped_sentence(items, k) -> bool:
    """Lines k and k + 1 follow the last prose line without a gap and k + 1 closes a Korean
    sentence (`한편 제남시의 1인당 소득은 4천 2백 원을` / `넘었다.`): a hard-wrapped last
    sentence, not the page's tail."""
    return (k + 1 < len(items) and items[k][0] == items[k - 1][0] + 1 and items[k + 1][0] == items[k][0] + 1
            and bool(_CLOSES_KOREAN.search(items[k + 1][1].strip())))


_RUNNING_HEADER_MIN = 3      # a short line repeated this often is a page header or footer
_RUNNING_HEADER_MAX_CHARS = 60


def _running(line: str, count: int, profile: Profile, beside_page_number: bool = False) -> bool:
    """A running header or footer: a short line repeated on most pages; in a short report,
    twice is enough when it carries the series' number or date (`… 리포트 2024-07`) or
    stands next to a page number."""
    return count >= _RUNNING_HEADER_MIN or (
        count == 2 and len(line) >= 8 and (beside_page_number or any(c.isdigit() for c in line))
        and not reads_as_sentence(line) and not _is_heading(line, profile))


def _beside_page_number(i: int, lines: list[str], profile: Profile) -> bool:
    """The nearest non-blank line above or below line `i` is a page number."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if 0 <= j < len(lines) and profile.page_number and profile.page_number.match(lines[j].strip()):
            return True
    return False


def _drop_page_furniture(items, profile, removed, lines=(), paginated=True):
    """Page numbers and running headers of a paginated report, even mid-sentence. Text
    that is not hard-wrapped (a report copied a paragraph a line) loses only a line repeated
    next to a page number: elsewhere repeated short lines are table cells and list items."""
    counts: dict[str, int] = {}
    for raw in [raw for _, raw in items] if paginated else lines:   # unpaginated: the page as it came
        counts[raw.strip()] = counts.get(raw.strip(), 0) + 1
    page_counts = lru_cache(maxsize=1)(lambda: Counter(raw.strip() for raw in lines))   # the page as it came
    # the same line set apart from a page's number on two pages or more (`<series> 2025-11      1`, `… 2`)
    marked = Counter(m.group(1) for _, raw in items if (m := _WIDE_PAGE_MARK.match(raw.strip())))
    kept = []
    for i, raw in items:
        line = raw.strip()
        if (m := _WIDE_PAGE_MARK.match(line)) and (not paginated and counts.get(m.group(1), 0) or marked[m.group(1)] >= 2) \
                and not reads_as_sentence(m.group(1)):
            # the report's title or series line printed again with the page's number: a running header
            removed.append(Removed(i, line, f"{profile.name}:running_header"))
            continue
        short = len(line) <= _RUNNING_HEADER_MAX_CHARS
        # looked up only where it can count (speed): a short line, unpaginated or seen twice
        beside = short and (not paginated or counts[line] == 2) and _beside_page_number(i, lines, profile)
        if short and (counts.get(line, 0) >= 2 or paginated and page_counts().get(line, 0) >= 2) \
                and (_part("issue_header").search(line) or _part("issue_line").search(line)) \
                and not reads_as_sentence(line):
            beside = True       # repeated in this document with its issue: a running header
        if paginated and profile.page_number and profile.page_number.match(line):
            removed.append(Removed(i, line, f"{profile.name}:page_number"))
        elif short and (paginated or beside) and \
                _running(line, counts.get(line, 1) if paginated else min(counts.get(line, 1), 2), profile, beside):
            removed.append(Removed(i, line, f"{profile.name}:running_header"))
        else:
            kept.append((i, raw))
    return kept


def _drop_paragraphs(paragraphs: list[str], profile: Profile, removed: list[Removed]) -> list[str]:
    """Hard-wrapped text, once unwrapped: a paragraph that a drop rule takes whole (a note
    or a disclaimer wrapped over lines, whose first line alone matched nothing)."""
    kept = []
    for n, p in enumerate(paragraphs):
        line = squeeze_spaces(p)
        rule = _drop_rule(line, profile)
        if rule is not None and not rule.in_text and _between_sentences(list(enumerate(paragraphs)), n, rule):
            rule = None        # a reference cited between two paragraphs of the text
        if rule is not None and not _prose_before(line, rule):
            removed.append(Removed(-1, line, rule.name))
        else:
            kept.append(p)
    return kept


def _strip(paragraph: str, profile: Profile, removed: list[Removed], dates: list, skip: frozenset | set = frozenset()) -> str:
    """Furniture glued to prose goes, the prose stays: the first matching prefix rule
    (a dateline) and the first matching suffix rule (a trailing byline or agency tag); not the
    rules named in `skip`."""
    for at_end in (False, True):
        for rule in profile.strips_for(paragraph):
            if rule.at_end != at_end or rule.name.rsplit(":", 1)[-1] in skip or not rule.might_match(paragraph):
                continue
            if at_end:
                m = rule.regex.search(paragraph)
                glued = m is not None and 0 < m.start() and m.end() == len(paragraph)
            else:
                m = rule.regex.match(paragraph)
                glued = m is not None and m.end() < len(paragraph)
            if glued:
                removed.append(Removed(-1, m.group(0).strip(), rule.name, whole_line=False))
                if (priority := date_priority(m.group(0), rule.date)) is not None and iso_date(m.group(0)):
                    dates.append((priority, -1, iso_date(m.group(0))))
                paragraph = paragraph[:m.start()] if at_end else paragraph[m.end():]
                break
    return paragraph
