"""Parts of a newsletter's or report's page found by position (data/page_parts.toml): a table of
contents' entries, a metadata label's value, footnotes whose mark the text carries.
(Split out of clean.py by family, no behaviour change.)"""
from __future__ import annotations

import bisect
import re

from pipeline.ingest.clean_words import word_pattern
from pipeline.ingest.lineshape import _PARTICLE_WORD, _PROSE, _is_heading, _part, is_prose, part_needs
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.profiles import reads_as_sentence
from pipeline.ingest.regex_needs import might_match
from pipeline.ingest.unwrap import reaches_margin
from pipeline.model import Removed


def _drop_headline_lists(kept, profile, removed):
    """Other articles' headlines on one line, each behind the same bullet, with no heading over them (page part
    headline_list_inline; round 17, devset furniture17): a line of two items or more, none a sentence, below the
    text's first sentence, under a sentence or a line a rule removed. Under a heading of the text (`주요 지표`,
    `2. 품목별 특징`), under a line that announces a list, or under another item of the same bullet, such a line is
    the text's own note-style items and stays. Above the first sentence it is left to the head's rules: there it may
    be the headline's deck (`- 한국 기업 60곳 참가 - 계약액 18억 위안 기대`), which is the text's."""
    shape = _part("headline_list_inline")
    lines = [squeeze_spaces(raw) for _, raw in kept]
    first = next((k for k, line in enumerate(lines) if is_prose(line)), len(lines))
    drop = set()
    for k, line in enumerate(lines[first + 1:], first + 1):
        m = shape.match(line)
        if m is None or not _headline_items(line, m.group(1)):
            continue
        above = lines[k - 1]
        if above.startswith(m.group(1)) or _is_heading(above, profile) or _LIST_ANNOUNCED.search(above) \
                or _heads_a_part(above):
            continue        # under a heading of the text, an announcing line or another item: the text's
        drop.add(kept[k][0])
    removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:headline_list") for i, raw in kept if i in drop)
    return [(i, raw) for i, raw in kept if i not in drop]


# A line that announces the list under it: `주요 내용은 다음과 같다.`, `…는 다음과 같다:`, `…세 가지다.`
_LIST_ANNOUNCED = re.compile(r"(?:다음과\s*같다|다음과\s*같습니다|아래와\s*같다|[가-힣]\s*가지(?:다|이다))\.?\s*[:：]?$|[:：]$")


_HEADING_MAX_CHARS = 30
_SENTENCE_INSIDE = re.compile(r"[가-힣][.?!。](?:\s|$)")


def _heads_a_part(line: str) -> bool:
    """A short line with no sentence in it (`주요 지표`, `2. 품목별 특징`): a heading of the text, not a sentence
    with furniture still glued to it (`…고 말했다. /한기철 특파원`, which the strip rules take later) nor a table's
    last row (`커피 원두 95`)."""
    return len(line) <= _HEADING_MAX_CHARS and not reads_as_sentence(line) and not _SENTENCE_INSIDE.search(line) \
        and not _part("table_label_row").match(line)


def _headline_items(line: str, mark: str) -> bool:
    """Whether `line`, split at its bullet `mark`, holds two items or more, each of two words or more with Hangul in
    it and none a sentence (`… 증가했다`): headlines, not the text's statements."""
    items = [item.strip() for item in re.split(r"(?:^|\s)" + re.escape(mark), line) if item.strip()]
    return len(items) >= 2 and all(len(item.split()) >= 2 and re.search("[가-힣]", item) and not reads_as_sentence(item)
                                   for item in items)


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
    return _drop_labels_and_values(kept, _part("meta_label"), lambda value: len(value) <= _META_VALUE_MAX_CHARS
                                   and not _PARTICLE_WORD.search(value), f"{profile.name}:metadata", removed)


def _drop_labels_and_values(kept, label, short_value, rule: str, removed):
    """A label alone on its line (`label`) goes, and the line after it with it when that line is a value:
    `short_value`, no sentence of prose and no label itself."""
    drop = set()
    for k, (i, raw) in enumerate(kept):
        if label.match(squeeze_spaces(raw)):
            drop.add(i)
            value = squeeze_spaces(kept[k + 1][1]) if k + 1 < len(kept) else ""
            if value and short_value(value) and not is_prose(value) and not label.match(value):
                drop.add(kept[k + 1][0])
    removed.extend(Removed(i, squeeze_spaces(raw), rule) for i, raw in kept if i in drop)
    return [(i, raw) for i, raw in kept if i not in drop]


_NAV_VALUE_MAX_CHARS = 80


def _drop_board_nav(kept, profile, removed):
    """A board's previous/next row laid out in cells, `이전글` / `2011년 상반기 정기총회 회의록`: the label alone on its
    line (page part board_nav_label) and the other post's title on the next line, when that line is no sentence of
    prose (a title may end in `…다` or carry particles, unlike a metadata value)."""
    return _drop_labels_and_values(kept, _part("board_nav_label"), lambda value: len(value) <= _NAV_VALUE_MAX_CHARS,
                                   f"{profile.name}:board_nav", removed)


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
# A notes' label over the notes (`주:`, `각주:`, `Notes:`): a colon that announces notes, not a list of the text.
_NOTES_LABEL = re.compile(r"^[\[<(]?\s*(?:주|註|각\s?주|미\s?주|Notes?)\s*[\]>)]?\s*[:：]$")
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
    # A drawn rule (`―――――`) a drop rule took: superscript-marked lines right under it are the notes
    # of the page, even those whose mark the text carries after an author's name (`…부교수)¹`).
    rules = sorted(r.line_no for r in removed if r.whole_line and r.rule.endswith(":separator"))
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
        if run and (all(n in marked for n in numbers) or _under_rule(rules, kept, k, run, lines, start)) \
                and not (k and lines[k - 1].endswith(":") and not _NOTES_LABEL.match(lines[k - 1])) \
                and not _list_item_under_its_mark(lines, k, run, numbers):
            drop.update(kept[x][0] for x in run)
            marked.difference_update(numbers)       # a note is given once: a later `1) …` is a list's
        for x in range(k, max(j, k + 1)):
            if might_match(mark_needs, lines[x]):     # most lines hold no `)` or superscript: no search
                marked.update(_footnote_number(m) for m in mark.finditer(lines[x]))
        k = max(j, k + 1)
    removed.extend(Removed(i, squeeze_spaces(raw), f"{profile.name}:footnote") for i, raw in kept if i in drop)
    return [(i, raw) for i, raw in kept if i not in drop]


def _under_rule(rules: list[int], kept, k: int, run: list[int], lines: list[str], start: re.Pattern) -> bool:
    """Whether the run of marked lines at `k` stands right under a drawn rule (only removed lines between)
    and every line of it starts with a superscript mark (`² 본 논문은 …`): a list item is numbered `1)`,
    never `¹`."""
    before = kept[k - 1][0] if k else -1
    n = bisect.bisect_right(rules, before)
    return n < len(rules) and rules[n] < kept[k][0] and all(start.match(lines[x]).group(2) for x in run)


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
