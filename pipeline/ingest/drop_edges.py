"""The page's edges: menu runs above the article's first sentence, short non-sentences below its last
(a summary, a closing list or a note-style statement stays).
(Split out of clean.py by family, no behaviour change.)"""
from __future__ import annotations

import bisect
import re

from pipeline.ingest.blocks import closing_list, holds_figure, html_closing_list, marked_section, series_heads, text_section_head
from pipeline.ingest.clean_words import word_pattern, word_set
from pipeline.ingest.drop_lines import _CLOSES_KOREAN
from pipeline.ingest.drop_threads import _PLAIN_END, _is_note_statement
from pipeline.ingest.lineshape import _PROSE, _PROSE_MIN_CHARS, _TABLE_ROW, _continues, _heads_notes, _is_note, _is_heading, _part, is_prose
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.profiles import Profile
from pipeline.ingest.title import _headline_like, _wraps_on
from pipeline.ingest.unwrap import is_hard_wrapped
from pipeline.model import Removed


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
    else:
        prose.update(_broken_sentences(items, lines))
    return sorted(prose)


def _broken_sentences(items, lines: list[str]) -> set[int]:
    """In text whose wrap was not recognised, a run of long lines inside a block (no blank line between)
    none of which ends a sentence, closed by a line that ends one in the plain style (`시 정부는 … 넘을` /
    `것으로 보고 있으며, … 늘어날` / `것으로 보인다. (끝)`): one sentence broken over lines, prose in every line."""
    found: set[int] = set()
    run = 0
    for k in range(len(items)):
        if k and items[k][0] != items[k - 1][0] + 1:
            run = k                 # a blank line: a new block
        if _PROSE.search(lines[k]):
            if k > run and _CLOSES_KOREAN.search(_END_MARK.sub("", lines[k])) \
                    and all(len(lines[j]) >= _PROSE_MIN_CHARS for j in range(run, k)) \
                    and is_prose(" ".join(lines[run:k + 1])):
                found.update(range(run, k + 1))
            run = k + 1
    return found


# The text's end mark after its last sentence (`(끝)`, `<끝>`), which the strip rule end_mark_glued takes later.
_END_MARK = re.compile(r"\s*(?:[(<\[〈【]\s*끝\s*[)>\]〉】]|[-/]\s*끝\s*[-/])$")


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
    series: list[dict[int, int]] = []       # the numbered lines' first positions, read once when first asked

    def next_to(a: int, b: int) -> bool:
        """Whether `items[b]` stands right under `items[a]`: the next line of a text; in HTML, whose blocks lie a
        blank line or more apart, the next block with no line a rule removed between."""
        return items[b][0] == items[a][0] + 1 if wrapped_ok else not _furniture_between(gone, items[a][0], items[b][0])
    table = False           # in a table under its caption: its rows in columns are the text's too
    for k in range(last + 1, len(items)):
        line = squeeze_spaces(items[k][1])
        if items[k][0] in own:
            continue
        if _part("table_caption").match(line) or _part("table_unit_heading").match(line) and _rows_below(items, k, next_to) \
                or _bare_table_heading(items, k, last, next_to):
            table = True    # `<표 2> 동북 3성 상주인구 (단위: 만 명)` under the text: article text (devset README)
            continue
        table = table and _table_row(items[k][1]) and next_to(k - 1, k)
        if table:
            continue        # `遼寧    4,375    4,182`: a row of the table under its caption
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
                and not (wrapped_ok and k == last + 1 and _wrapped_sentence(items, k)) and not _series_head(items, k, series):
            drop.add(k)
            summary = False
    for k in sorted(drop):
        i, raw = items[k]
        removed.append(Removed(i, squeeze_spaces(raw), f"{profile.name}:{'menu' if k < first else 'tail'}"))
    return [it for k, it in enumerate(items) if k not in drop]


def _series_head(items, k: int, series: list[dict[int, int]]) -> bool:
    """`items[k]` is a heading numbered in the text's own series that names its subject (`3. 수입식품 전시회 참가
    안내` under `1. …` and `2. …`; not `3. 행사 안내`): the text's last section, though only an event notice (which
    blocks.event_boxes takes) stands under it (round 18: held-out 14, devset furniture18probe)."""
    line = squeeze_spaces(items[k][1])
    if not line[:1].isdigit():
        return False
    if not series:
        series.append(series_heads([(i, squeeze_spaces(raw)) for i, raw in items]))
    return text_section_head(line, k, series[0], squeeze_spaces(items[k - 1][1]) if k else "")


def _table_row(raw: str) -> bool:
    """A table's row: cells in columns (`遼寧    4,375    4,182`), or a label and its figures one space apart
    (`닝샤 4,560`; page part table_label_row)."""
    return bool(_TABLE_ROW.search(raw)) or bool(_part("table_label_row").match(squeeze_spaces(raw)))


def _rows_below(items, k: int, next_to) -> int:
    """The number of table rows right under `items[k]`, one after the other (`next_to(a, b)`: `items[b]` stands right
    under `items[a]`): a heading with the table's unit over one heads a table."""
    n = 0
    while k + n + 1 < len(items) and next_to(k + n, k + n + 1) and _table_row(items[k + n + 1][1]):
        n += 1
    return n


_BARE_HEADING_MAX_CHARS = 24


def _bare_table_heading(items, k: int, last: int, next_to) -> bool:
    """A short heading with no unit (`주요 국경도시 교역액`) over two table rows or more, one of whose labels the text
    above names (`닝샤` of `닝샤 4,560`): a table of the text, not a side box of counters (`중국경제 88`)."""
    line = squeeze_spaces(items[k][1])
    rows = _rows_below(items, k, next_to)
    if len(line) > _BARE_HEADING_MAX_CHARS or _PROSE.search(line) or any(c.isdigit() for c in line) or rows < 2:
        return False
    labels = [squeeze_spaces(raw).split()[0] for _, raw in items[k + 1:k + 1 + rows]]
    text = " ".join(squeeze_spaces(raw) for _, raw in items[:last + 1])
    return any(len(label) >= 2 and label in text for label in labels)


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


def _wrapped_sentence(items, k) -> bool:
    """Lines k and k + 1 follow the last prose line without a gap and k + 1 closes a Korean
    sentence (`한편 제남시의 1인당 소득은 4천 2백 원을` / `넘었다.`): a hard-wrapped last
    sentence, not the page's tail."""
    return (k + 1 < len(items) and items[k][0] == items[k - 1][0] + 1 and items[k + 1][0] == items[k][0] + 1
            and bool(_CLOSES_KOREAN.search(items[k + 1][1].strip())))
