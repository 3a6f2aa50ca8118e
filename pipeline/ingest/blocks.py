"""Furniture and text told apart by the block a line stands in, not by its words alone:
a boxed notice drawn with box characters, a lone `▲` photo caption between paragraphs,
and a list that closes the article (which the page's tail and template rules must leave).
Each function takes the cleaner's `(line number, raw line)` items and returns line numbers."""
from __future__ import annotations

import bisect
import re

from pipeline.ingest.clean_words import word_pattern
from pipeline.ingest.lineshape import _part
from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.unit_words import unit_words

# ---- boxed notices: `┌──┐ │ 일시: … │ └──┘`, `╔══╗ ║ … ║ ╚══╝`
_DRAWING = "─━═┄┅┈┉╌╍┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╭╮╯╰│┃║"
_BORDER_ONLY = re.compile(f"^[{_DRAWING}\\s]+$")
_TOP, _BOTTOM = "┌┏╔╭", "└┗╚╰"
_FRAMED = re.compile(r"^[│┃║].*[│┃║]$")
_FRAME = re.compile(r"^[│┃║]\s*|\s*[│┃║]$")
# What a notice says: a labelled date, place, deadline or contact (`일시:`, `마감:`), or the word
# for a notice (`[행사 안내]`, `참가 신청 안내`). A boxed summary of the text has none of these.
# Also an event's day with its weekday or a time of day (`4월 8일(수) 14:00`), or a phone (`☎`).
_NOTICE = word_pattern("notice_line")
_BOX_MAX_LINES = 15
# A box whose lines give at least this many figures besides its notice lines is the article's
# fact box (`사업 기간: 2026~2030년` over `총 투자액: 320억 위안`, `입주 기업: 150곳`), not a notice.
_FACT_BOX_FIGURES = 2


def unframed(raw: str) -> str:
    """A line of a box that stays (a boxed summary of the text) without its side borders:
    `│ 쑤저우의 지역총생산은 2024년 │` → `쑤저우의 지역총생산은 2024년 ` (a trailing space says the
    line broke between words, as the padding before the border did). Other lines as they are."""
    line = raw.strip()
    if not _FRAMED.match(line) or len(line) < 3:
        return raw
    inner = line[1:-1]
    return inner.strip() + (" " if inner[-1:].isspace() else "")


def _holds_figures(inside: list[str]) -> bool:
    return sum(1 for text in inside if _FIGURE.search(text) and not _NOTICE.search(text)) >= _FACT_BOX_FIGURES


def boxed_notices(items) -> set[int]:
    """Line numbers of the boxes that hold a notice (an event's date, place and how to apply):
    their borders and every line inside. A box with no such line (a boxed summary of the
    text) stays; its borders, drawing characters only, go as separators anyway."""
    lines = [(i, raw.strip()) for i, raw in items]
    drop: set[int] = set()
    k = 0
    while k < len(lines):
        line = lines[k][1]
        end = k
        if line[:1] in _TOP and _BORDER_ONLY.match(line):
            end = next((j for j in range(k + 1, min(len(lines), k + _BOX_MAX_LINES + 2))
                        if lines[j][1][:1] in _BOTTOM and _BORDER_ONLY.match(lines[j][1])), k)
        elif _FRAMED.match(line):        # a frame of side lines only
            while end + 1 < len(lines) and _FRAMED.match(lines[end + 1][1]):
                end += 1
        if end > k or _FRAMED.match(line):
            inside = [_FRAME.sub("", text) for _, text in lines[k:end + 1]]
            if any(_NOTICE.search(text) for text in inside) and not _holds_figures(inside):
                drop.update(i for i, _ in lines[k:end + 1])
            k = end + 1
        else:
            k += 1
    return drop


# ---- unboxed event notices: `2. 행사 안내` / `<event>` / `일시: …` / `장소: …` / `참가비: …`
# A newsletter's event box without a frame: lines of an event's labels one under another. The
# article never writes its text so (its sentences carry predicates); a single labelled line may be
# the text's own (`기간: 2026~2030년` over a sentence), so it takes two. A fact box's labels are no
# event's (`총 투자액:`, `입주 기업:`), and `사업 기간:` is no event's date.
_EVENT_WORD = (r"(?:일\s?시|일자|날짜|기간|장\s?소|참가비|참가\s?대상|참가\s?자격|대\s?상|"
               r"모집(?:\s?(?:규모|인원|기업|대상|분야|기간))?|정\s?원|신청(?:\s?(?:방법|기간|마감))?|접수(?:\s?(?:방법|기간))?|"
               r"마감|문의(?:처)?|주최|주관|후원|연락처|좌석|강사|프로그램)")
_EVENT_LABEL = re.compile(rf"^[▶►■□◆◇○●·•\-]?\s*{_EVENT_WORD}\s*[:：]")
# An event's own labels: its time and place, fee, how and where to apply; a run of labels needs one
# (`기간` and `대상` also head a table of the text's figures).
_EVENT_OWN = word_pattern("event_label")
# In a table the label stands in its own cell, its value in the next (`일시` / `2025년 9월 3일(수) 14:00`).
_EVENT_LABEL_ALONE = re.compile(rf"^[▶►■□◆◇○●·•\-]?\s*{_EVENT_WORD}$")
# Above the labels, the event's name and the newsletter's heading of its notices (`2. 행사 안내`,
# `② 행사 안내`, `[행사 안내]`): short lines that are no sentences, at most two.
_EVENT_HEAD_LINES = 2
_EVENT_HEAD_MAX_CHARS = 40
_SENTENCE_LINE = re.compile(r"(?:[다요][.!?]?|[.?!。])[\"'”’)]*$")
# A heading numbered in the text's own series (`3. 수입식품 전시회 참가 안내` under `1. …` and `2. …`) that names the
# event is a section of the text and stays, its labels going (round 18: held-out 14, devset furniture18). A
# heading that is only the notices' label (`3. 행사 안내`, `3. [행사 안내] …`, `② 행사 안내`) goes with them.
_NUMBERED_HEAD = re.compile(r"^(\d{1,2})\s?[.)]\s+(\S.*)$")
_NOTICE_LABEL_HEAD = re.compile(r"^(?:[\[【<〈(]\s*[^\]】>〉)]{1,12}[\]】>〉)]|(?:행사|세미나|설명회|교육|모집|공지|알림|참가|회원)?\s*"
                                r"(?:안내|소식|일정|공지|알림)\s*$)")


def series_heads(lines: list[tuple[int, str]]) -> dict[int, int]:
    """The first position of each number that opens a numbered line (`2. …`), read once."""
    first: dict[int, int] = {}
    for k, (_, text) in enumerate(lines):
        m = _NUMBERED_HEAD.match(text)
        if m:
            first.setdefault(int(m.group(1)), k)
    return first


def text_section_head(head: str, at: int, series: dict[int, int], above: str) -> bool:
    """`head` (at position `at`, under the line `above`) is a section heading of the text's numbered series that names
    its subject: a heading numbered one less stands above it, and no numbered line right above it (`2. 랴오닝성 … 규획`
    right under `1. …` is a list's item, devset furniture3)."""
    m = _NUMBERED_HEAD.match(head)
    if not m or _NOTICE_LABEL_HEAD.match(m.group(2)):
        return False
    n = int(m.group(1))
    return n >= 2 and series.get(n - 1, at) < at and not _NUMBERED_HEAD.match(above)


def event_boxes(items, is_prose, gone: list[int] | None = None) -> set[int]:
    """Line numbers of an event notice written as labelled lines under the article (two or more
    lines of an event's labels one under another, or labels over their values in a table's
    cells), with the event's name and the notice's heading right above them. Only below a
    sentence of the text: a page that is only the notice (its title over the labels) keeps its
    title; and a run whose values give figures is the text's table (`기간` / `2021~2025년` /
    `대상` / `중소기업 120곳` / `지원액` / `320억 원`), as a box's are.
    `gone` (sorted line numbers a rule removed whole): a label alone in its cell whose value went already
    (a time stamp's rule took `2026년 5월 14일(목) 14:00`, a phone's took `0433-000-0000`) still counts. Above the
    text's first sentence, a run of labels each alone in its cell (an info table laid out in cells, `일시` /
    `2026년 5월 14일(목)` / `장소` / `…`) goes too, when a sentence of the text comes below it; not the lines above
    it (the page's title). The line numbers returned include the run's values other rules took: an event's day
    is never the page's date."""
    lines = [(i, squeeze_spaces(raw)) for i, raw in items]
    gone = gone or []

    def gone_values(k: int, end: int) -> set[int]:
        """The lines removed whole among the run's (its values another rule took): no date of the page either."""
        after = lines[end + 1][0] if end + 1 < len(lines) else float("inf")
        return set(gone[bisect.bisect_right(gone, lines[k][0]):bisect.bisect_left(gone, after)])

    def value_gone(k: int) -> bool:
        after = lines[k + 1][0] if k + 1 < len(lines) else None
        n = bisect.bisect_right(gone, lines[k][0])
        return n < len(gone) and (after is None or gone[n] < after)

    def labelled(k: int) -> int:
        """How many lines the event's label at line k takes: 1 (`일시: …`), 2 (`일시` over its
        value in the next cell), or 0 (no label there)."""
        line = lines[k][1]
        if _SENTENCE_LINE.search(line):
            return 0
        if _EVENT_LABEL.match(line):
            return 1
        if _EVENT_LABEL_ALONE.match(line) and k + 1 < len(lines) and not _SENTENCE_LINE.search(lines[k + 1][1]) \
                and not _EVENT_LABEL.match(lines[k + 1][1]) and not _EVENT_LABEL_ALONE.match(lines[k + 1][1]):
            return 2
        if _EVENT_LABEL_ALONE.match(line) and value_gone(k):
            return 1        # its value went with another rule
        return 0

    drop: set[int] = set()
    seen_prose = False
    last_prose: list[int] = []      # the last line of prose, found once when first asked (keeps it linear)
    series: list[dict[int, int]] = []   # the numbered lines' first positions, read once when first asked

    def prose_after(end: int) -> bool:
        if not last_prose:
            last_prose.append(next((j for j in range(len(lines) - 1, -1, -1) if is_prose(lines[j][1])), -1))
        return last_prose[0] > end

    k = 0
    while k < len(lines):
        size = labelled(k)
        if not size:
            seen_prose = seen_prose or is_prose(lines[k][1])
            k += 1
            continue
        end, labels = k + size - 1, 1
        cells = bool(_EVENT_LABEL_ALONE.match(lines[k][1]))     # every label alone in its cell
        while end + 1 < len(lines) and (more := labelled(end + 1)):
            cells = cells and bool(_EVENT_LABEL_ALONE.match(lines[end + 1][1]))
            end, labels = end + more, labels + 1
        run = [text for _, text in lines[k:end + 1]]
        # Between two sentences of the text, with no event's name above: the article's own lines
        # (a report on a fair that closed, a notice whose body is the event), not a notice under it.
        # So are labels right under the sentence that announces them (`다음과 같이 … 개최합니다.`).
        under = 0 < k and is_prose(lines[k - 1][1])
        inside = under and (end + 1 < len(lines) and is_prose(lines[end + 1][1]) or bool(_ANNOUNCES.search(lines[k - 1][1])))
        # (labels each alone in a cell are an info table, which no text writes its sentences in, even there)
        notice = labels > 1 and (not inside or cells) and any(_EVENT_OWN.match(text.lstrip("▶►■□◆◇○●·•- ")) for text in run) \
            and not _holds_figures(run)
        if notice and not seen_prose and cells and prose_after(end):
            drop.update(i for i, _ in lines[k:end + 1])     # an info table in cells above the text
            drop.update(gone_values(k, end))
        elif notice and seen_prose:
            drop.update(i for i, _ in lines[k:end + 1])
            drop.update(gone_values(k, end))
            for j in range(k - 1, max(-1, k - 1 - _EVENT_HEAD_LINES), -1):
                head = lines[j][1]
                if len(head) > _EVENT_HEAD_MAX_CHARS or _SENTENCE_LINE.search(head) or is_prose(head):
                    break
                if not series:
                    series.append(series_heads(lines))
                if text_section_head(head, j, series[0], lines[j - 1][1] if j else ""):
                    break
                drop.add(lines[j][0])
        k = end + 1
    return drop


# ---- lone captions
_MARK = "▲△"
_CAPTION_MIN_CHARS = 14
# A lone `▲` paragraph that ends in a predicate is the text's (`▲ 정부는 … 밝혔다.`); captions in a
# sentence (`… 하고 있다.`) are the generic rule `caption_mark`'s.
_SENTENCE_END = re.compile(r"[다요][.!?]?[\"'”’)]*$")
# A figure with its unit or counter (`4건`, `320만 달러`, `12%`); not an ordinal (`제2터미널`), a
# date (`지난해 11월`) or a route (`연길-서울`).
# A figure: a number with a magnitude word, a unit word both stages share (data/unit_words.toml)
# or one of a few more counters and units
_FIGURE = re.compile(r"(?<![제\d])\d[\d,.]*\s*(?:만|억|조|천|백|t|편|회|차례|kg|m|㎞|"
                     + "|".join(map(re.escape, sorted({w for ws in unit_words().values() for w in ws}, key=len, reverse=True)))
                     + ")")


# A numbered line is an item of a list of other articles (`1. 동성로 공실률 20% 넘어`).
_NUMBERED = re.compile(r"^\d{1,2}\s?[.)]\s")


def holds_figure(line: str) -> bool:
    """A line that states a figure with its unit (`【곡물 생산 7,788만 톤】`, `▲ 외자 유치액 12억 달러`)
    and is not a numbered item."""
    return bool(_FIGURE.search(line)) and not _NUMBERED.match(line)


def lone_captions(items) -> set[int]:
    """A `▲` line standing alone between lines that are no such items is a photo's caption
    (`▲ 청두 톈푸국제공항 제2터미널 출국장`). Items of a list marked `▲` stand together
    (`▲ 현장 계약 4건` / `▲ 업무협약 2건`) or under a line that announces them (`…는 다음과 같다:`);
    a caption holds no figure with a unit (a result line does) and is longer than a section's heading
    (`▲ 중국 동향`)."""
    lines = [squeeze_spaces(raw) for _, raw in items]
    drop = set()
    for k, line in enumerate(lines):
        if not line.startswith(tuple(_MARK)) or sum(line.count(m) for m in _MARK) != 1 or len(line) < _CAPTION_MIN_CHARS \
                or _FIGURE.search(line) or _SENTENCE_END.search(line):
            continue
        before = lines[k - 1] if k else ""
        after = lines[k + 1] if k + 1 < len(lines) else ""
        if not before.startswith(tuple(_MARK)) and not after.startswith(tuple(_MARK)) and not before.endswith((":", "：")):
            drop.add(items[k][0])
    return drop


# ---- a chart's axis left as text
_TICK = re.compile(r"^[-+−]?\d[\d,.]*%?$")
# The removed lines that say a chart stands here: its unit (profiles/generic.toml); and the kept
# lines that do: its caption (data/page_parts.toml figure_caption), article text since furniture11.
_CHART_RULES = {"axis_unit"}


def chart_ticks(items, removed) -> set[int]:
    """The axis of a chart kept as text (`12` / `8` / `4` / `0` under `그림 1. …` and `(%, YoY)`): bare
    numbers one a line, two or more in a run, right under the chart's caption or a line removed as
    its unit. A table's column of figures stands under its own heading, not under a chart's."""
    caption = _part("figure_caption")
    charts = {r.line_no for r in removed if r.whole_line and r.rule.rsplit(":", 1)[-1] in _CHART_RULES}
    charts |= {i for i, raw in items if caption.match(squeeze_spaces(raw))}
    if not charts:
        return set()
    kept = {i for i, _ in items}
    order = sorted([(i, raw, True) for i, raw in items] + [(i, "", False) for i in charts - kept])
    drop: set[int] = set()
    for k, (i, _, _) in enumerate(order):
        if i not in charts:
            continue
        run = []
        for j, raw, is_kept in order[k + 1:]:
            if not is_kept or j in charts or not _TICK.match(raw.strip()):
                break
            run.append(j)
        if len(run) >= 2:
            drop.update(run)
    return drop


# ---- a list that closes the article
_ITEM = re.compile(r"^(?:(\d{1,2})[).]|([-–·•○◦ㅇ□■▪◇◆]))\s*\S")
# A sentence that announces the list under it: `…를 다음과 같이 돕는다.`, `세 가지를 제안한다.`,
# `다음 과제에 대한 지원이 필요하다.`, or a colon.
_ANNOUNCES = word_pattern("announces_list")


# A heading over the article's own closing points (a related-news list's heading, `[추천 기사]`, has none).
_TEXT_HEADING = word_pattern("text_heading")


def _heading_between(page: list[str], before: int, first: int) -> bool:
    """Whether one short line that is no sentence stands between the last sentence and the
    list's first item, in their block (`… 투자한다.` / `<정책 시사점>` / `- 부품 공급망 참여 확대`):
    the list's heading, which a rule may have removed already."""
    between = [line.strip() for line in page[before + 1:first]]
    return len(between) == 1 and _is_text_heading(between[0])


def _heads_a_list(items, k: int) -> bool:
    """Whether `items[k]` is a heading of the text's points over the list's first item: no item
    itself, or one with another mark than the items under it (`■ 향후 과제` over `- …`)."""
    if k + 1 >= len(items) or not _is_text_heading(line := squeeze_spaces(items[k][1])):
        return False
    this, below = _ITEM.match(line), _ITEM.match(squeeze_spaces(items[k + 1][1]))
    return below is not None and (this is None or (this.group(2) or "number") != (below.group(2) or "number"))


def _is_text_heading(line: str) -> bool:
    return 0 < len(line) <= 30 and not _SENTENCE_END.search(line) and not line.endswith(".") \
        and bool(_TEXT_HEADING.search(line))


def closing_list(items, last: int, page: list[str] | None) -> set[int]:
    """Line numbers of the list right under the article's last sentence (`items[last]`): items
    of one kind (numbers counting from 1, or one bullet), none of them a sentence. They are the
    article's when that sentence announces them, or, in text laid out in blocks (`page`: the
    text's lines, None for HTML), when they stand in its block, with no blank line between,
    and a blank line or the text's end closes them. Lines of furniture further down (after a
    blank line, a separator) are not part of it."""
    if last < 0 or last + 1 >= len(items):
        return set()
    run, kind, start, heading = [], None, last + 1, set()
    if _heads_a_list(items, start):
        start, heading = start + 1, {items[start][0]}      # `■ 향후 과제` over its points
    for k in range(start, len(items)):
        m = _ITEM.match(squeeze_spaces(items[k][1]))
        if not m or (page is not None and items[k][0] != items[k - 1][0] + 1
                     and not (k == last + 1 and _heading_between(page, items[k - 1][0], items[k][0]))):
            break
        this = "number" if m.group(1) else m.group(2)
        if (kind or this) != this or (m.group(1) and int(m.group(1)) != len(run) + 1):
            break
        kind = this
        run.append(items[k][0])
    if not run:
        return set()
    if _ANNOUNCES.search(squeeze_spaces(items[last][1])):
        return set(run) | heading
    if page is None or not _blank_inside(page):
        return set()
    after = run[-1] + 1
    return set(run) | heading if after >= len(page) or not page[after].strip() else set()


def _blank_inside(page: list[str]) -> bool:
    """A blank line between two lines of text: the text is laid out in blocks (the newline that
    ends a file, blank lines around the text, lay out nothing)."""
    filled = [k for k, line in enumerate(page) if line.strip()]
    return bool(filled) and any(not line.strip() for line in page[filled[0]:filled[-1]])


# ---- HTML: a list right under the last sentence, announced or not (`<ul>` of the article's points)
_HTML_ITEM_MAX_CHARS = 60
_HTML_ITEM_DATE = re.compile(r"\d{4}\s*[.\-/년]\s*\d{1,2}|\d{1,2}:\d{2}|\d{1,2}[.\-/]\d{1,2}$")


def html_closing_list(items, last: int, gone: list[int], related: re.Pattern) -> set[int]:
    """HTML, whose `<li>` items carry no mark in the text: line numbers of the short lines right
    under the article's last sentence (`items[last]`), two or more, with no line a rule removed
    whole among or above them, none a sentence, a date, a marked item or a headline of another
    article (`related`), and closed by such furniture, a sentence or the page's end: the list the
    article ends with, when its last sentence announces it (`다음 지원을`, `이렇습니다`) or an item
    names something the text names (`공장 부지 우선 배정` under `… 공장 부지를 …`). The cleaner has
    dropped linked lines by then, so a list of other articles (links, or under a heading that
    went) is not one, nor are headlines of other stories with no link."""
    run: list[int] = []
    k = last + 1
    while k < len(items):
        i, raw = items[k]
        line = squeeze_spaces(raw)
        before = items[k - 1][0]
        if _removed_between(gone, before, i) or not _html_item(line, related):
            break
        run.append(i)
        k += 1
    if len(run) < 2:
        return set()
    closed = k == len(items) or _removed_between(gone, items[k - 1][0], items[k][0]) \
        or bool(_SENTENCE_END.search(squeeze_spaces(items[k][1])))
    if not closed:
        return set()
    sentence = squeeze_spaces(items[last][1])
    if _ANNOUNCES.search(sentence) or _HTML_ANNOUNCES.search(sentence):
        return set(run)
    named = _words(" ".join(raw for _, raw in items[:last + 1]))
    return set(run) if any(_words(raw) & named for _, raw in items[last + 1:k]) else set()


# A sentence that points to what follows (`다음 지원을 약속했다`, `서류는 이렇습니다`), not to a time
# (`다음 달`, `다음 주`).
_HTML_ANNOUNCES = word_pattern("html_announces")
_KOREAN_WORD = re.compile(r"[가-힣]{2,}")
_PARTICLE_END = re.compile(r"(?<=[가-힣]{2})(?:은|는|이|가|을|를|의|에|에서|로|으로|과|와|도|만)$")


def _words(text: str) -> set[str]:
    return {_PARTICLE_END.sub("", w) for w in _KOREAN_WORD.findall(text)}


def _html_item(line: str, related: re.Pattern) -> bool:
    """A list element's text: no mark typed before it (`· 대련항 물동량 …` typed in a box of other
    articles' headlines is no `<li>`; a marked list stays only when announced, closing_list)."""
    return 0 < len(line) <= _HTML_ITEM_MAX_CHARS and not _SENTENCE_END.search(line) and not line.endswith(".") \
        and not _HTML_ITEM_DATE.search(line) and not related.match(line) and not _ITEM.match(line)


def _removed_between(gone: list[int], before: int, after: int) -> bool:
    n = bisect.bisect_right(gone, before)
    return n < len(gone) and gone[n] < after


# ---- the text's own next section below its last sentence (a newsletter's `▶ 단신` and its items)
_HEAD_MARKS = "▶►▷■□◆◇●◎★☆"
_MARKED_HEADING_MAX_CHARS = 40


def marked_section(items, last: int, gone: list[int]) -> set[int]:
    """Line numbers of a section that goes on below the article's last sentence (`items[last]`):
    a short heading marked as the text's own headings above are (`▶ 옌타이 …` over the story,
    then `▶ 단신`), with the marked items right under it (`· …`, `- …`), two lines at least, up
    to a line a rule removed whole. A box of other articles under a furniture heading went
    with its heading (the section rules run first)."""
    marks = {line[0] for line in (squeeze_spaces(raw) for _, raw in items[:last + 1])
             if line and line[0] in _HEAD_MARKS and not _SENTENCE_END.search(line)}
    keep: set[int] = set()
    k = last + 1
    while marks and k < len(items):
        line = squeeze_spaces(items[k][1])
        if _removed_between(gone, items[k - 1][0], items[k][0]) or line[:1] not in marks \
                or len(line) > _MARKED_HEADING_MAX_CHARS or _SENTENCE_END.search(line):
            break
        run = [items[k][0]]
        k += 1
        while k < len(items) and not _removed_between(gone, items[k - 1][0], items[k][0]) \
                and _ITEM.match(squeeze_spaces(items[k][1])) and squeeze_spaces(items[k][1])[0] not in marks:
            run.append(items[k][0])
            k += 1
        if len(run) < 2:
            break
        keep.update(run)
    return keep
