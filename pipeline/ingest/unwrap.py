"""Rejoin hard-wrapped text: PDF reports and newspaper archive digests wrapped at a
fixed width, often in the middle of a word or a number (`3억7천` / `2백만달러`).

A line that ends with a space continues after a space. One that ends without a space
continues the same word (`...개발` + `구` -> `...개발구`) when the text marks its word breaks
with trailing spaces, and always when a number runs on (`3억7천` + `2백만달러`). Archives
that strip trailing spaces lose that mark, so there a line that stops short of the margin,
or ends in a word-final ending (`만들었고`, `중경시는`), ended a word. A paragraph ends at a line that
closes a sentence and either is clearly shorter than the lines around it or has no
trailing space (mid-paragraph, the space after a period stays at the end of the line).
The wrapped text starts at the first line that reaches the margin; the cleaner looks
for the headline above it."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from pipeline.rulecache import parse_toml

_SENTENCE_END = re.compile(r"[.?!。][\"'”’」』)]*$")
# Where a paragraph may end: a sentence's end, also with a footnote's mark glued after it (`…나왔다.1)`, `…넘었다.¹`;
# not a date's `(2025.1)`). Only the joining reads it: whether a text is wrapped at all is told by the plain ends.
_PARAGRAPH_END = re.compile(r"[.?!。][\"'”’」』)]*$|(?<![\d.\s])[.?!。][\"'”’」』]*(?:\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹])$")
_WINDOW = 6          # lines on each side that set the local wrap width
_SHORT = 0.85        # a line under this share of the local width did not reach the margin


def display_width(s: str) -> int:
    """Columns as a fixed-width PDF layout counts them: CJK and Hangul take two."""
    if s.isascii():
        return len(s)
    # remembered per line: a text's lines are measured by several steps, and each line
    # again with the window around every line near it (reaches_margin) (speed only)
    n = _WIDTHS.get(s)
    if n is None:
        if len(_WIDTHS) >= _WIDTHS_KEPT:
            _WIDTHS.clear()
        n = _WIDTHS[s] = sum(map(_COLUMNS.__getitem__, s))
    return n


_WIDTHS: dict[str, int] = {}
_WIDTHS_KEPT = 20_000      # lines remembered (memory stays bounded)


def forget_widths() -> None:
    """Empty the widths remembered (a timed pass starts cold: pipeline.rules.forget_lines)."""
    _WIDTHS.clear()


class _Columns(dict):
    """Columns of each character met so far (a lookup, not a Unicode query per character)."""

    def __missing__(self, c: str) -> int:
        n = self[c] = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        return n


_COLUMNS = _Columns()


# A line that ends on a sentence's predicate without its period (`…걸렸다`, `…올랐더라`, `…있어요`):
# a blog copied to text writes a sentence a line; a wrap rarely falls right after a predicate.
# (`…기간보다` is the comparative particle 보다, no predicate: `작년 같은 기간보다` / `50% 늘었다`)
_PREDICATE_END = re.compile(r"[가-힣](?<!보)(?:다|라|요|까)[\"'”’」』)]*$")
_MIN_FULL = 3        # lines at the margin needed to call a text wrapped
_FULL_SHARE = 0.35   # ... as a share of its lines of text (half the margin wide or more: headings,
                     # list items and a report's header block are short whatever the layout)
_TEXT_LINE = 0.5
_OPEN_SHARE = 0.6    # share of the lines at the margin that stop mid-sentence


# The narrowest margin of a page: a two-column report or a newspaper column is wrapped at about
# 15 Hangul syllables (30 display columns).
_MIN_MARGIN = 30


def is_hard_wrapped(lines: list[str]) -> bool:
    """Many lines reach one common right margin, the margin is a page's (30-200 columns),
    and most lines at the margin stop mid-sentence (not after a predicate, period or not).
    A text with one paragraph per line
    has few lines near its longest one, and those close their sentence; the short last
    lines of wrapped paragraphs (news has many) do not count against it."""
    rows = [(display_width(l.rstrip()), l.strip()) for l in lines if l.strip() and not _laid_out(l)]
    if len(rows) < 4:
        return False
    widths = sorted(w for w, _ in rows)
    margin = widths[int(len(widths) * 0.9)]
    return _wrapped_at(rows, widths, margin) or (
        (inner := _margin_within(widths)) is not None and _wrapped_at(rows, widths, inner)) \
        or _wrapped_short(rows)


# A text wrapped at a SHORT margin (a mobile copy, a narrow archive column: 8-14 syllables, 16-29
# columns) looks like a poem, a list or a table at first sight, so it needs more: many lines stop
# mid-sentence, nearly all of them as wide as a word wrap leaves a line (a word short of the margin at
# most), and the text closes sentences (a poem or a list of names closes none). A stanza's or a list's
# lines spread in width; a table's row in columns is no wrapped line.
_SHORT_MIN_MARGIN = 16
_SHORT_OPEN_MIN = 6       # lines that stop mid-sentence
_SHORT_NEAR = 0.7         # ... at least this share of the margin wide
_SHORT_NEAR_SHARE = 0.75  # ... three in four (an archive's label lines and dateline above the text are open too)
_SHORT_SENTENCES_MIN = 2
_SHORT_FITTED_SHARE = 0.15   # open lines whose next line's first word would have fitted on them
_SHORT_CLAUSE_SHARE = 0.5    # open lines that end a clause
# A clause's connective ending, or a verse line's (`…고`, `…며`, `…는데`, `…지만`, `…네`).
_CLAUSE_END = re.compile(r"[가-힣](?:고|며|면서|는데|은데|인데|서|면|지만|니|네|나|도록|듯|자)[,]?$")
_COLUMNS_GAP = re.compile(r"\S {2,}\S")
_SENTENCE_CLOSE = re.compile(r"[가-힣][.?!。](?:[\"'”’」』)]*)(?:\s|$)")


def _wrapped_short(rows: list[tuple[int, str]]) -> bool:
    bodies = [body for _, body in rows]
    open_ = [k for k, (w, body) in enumerate(rows) if (not _SENTENCE_END.search(body) or _decimal_cut(body, bodies, k))
             and not _PREDICATE_END.search(body) and not _COLUMNS_GAP.search(body)]
    if len(open_) < _SHORT_OPEN_MIN:
        return False
    # The margin of the lines that stop mid-sentence: a headline wider than the wrap sets no margin.
    margin = _upper([rows[k][0] for k in open_])
    if not _SHORT_MIN_MARGIN <= margin < _MIN_MARGIN:
        return False
    # A text cut every n characters has lines of n characters but of any width (digits and spaces are narrow).
    chars = [len(rows[k][1]) for k in open_]
    near = max(sum(1 for k in open_ if rows[k][0] >= _SHORT_NEAR * margin),
               sum(1 for n in chars if n >= _SHORT_NEAR * _upper(chars)))
    sentences = sum(len(_SENTENCE_CLOSE.findall(body)) for _, body in rows)
    # A wrap breaks a line where the next word no longer fits; a poet breaks it where the sense
    # does, and the next line's first word would often have fitted.
    # (the head above the first line that nears the margin is no wrapped text: a headline over two lines)
    start = next((k for k in open_ if rows[k][0] >= _SHORT_NEAR * margin), 0)
    fitted = sum(1 for k in open_ if start <= k and k + 1 < len(rows) and not _decimal_cut(rows[k][1], bodies, k)
                 and rows[k][0] + 1 + display_width(rows[k + 1][1].split()[0]) <= margin)
    # ... and at the end of a clause (`…불어오고`, `…날아가며`, `…지는데`), where a wrap falls on any word
    clauses = sum(1 for k in open_ if _CLAUSE_END.search(rows[k][1]))
    return near >= _SHORT_NEAR_SHARE * len(open_) \
        and len(open_) >= _OPEN_SHARE * len(rows) and sentences >= _SHORT_SENTENCES_MIN \
        and fitted <= _SHORT_FITTED_SHARE * len(open_) and clauses <= _SHORT_CLAUSE_SHARE * len(open_)


def _upper(sizes: list[int]) -> int:
    """The size three lines in four stay within."""
    return sorted(sizes)[int(len(sizes) * 0.75)]


# A list's item opened by its mark (`· 上海市静安区 … 8% 하락`): the line above it ended where its item or
# sentence did, open or not, so it is no sign of a wrap (a page of two long items looked wrapped).
_ITEM_OPEN = re.compile(r"^(?:[·•▪◦○□■▶\-]\s+\S|\d{1,2}[.)]\s+\S|[①-⑳])")


def _wrapped_at(rows: list[tuple[int, str]], widths: list[int], margin: int) -> bool:
    full = [(k, body) for k, (w, body) in enumerate(rows) if w >= margin * _SHORT]
    open_ = sum(1 for k, body in full if not _SENTENCE_END.search(body) and not _PREDICATE_END.search(body)
                and not (k + 1 < len(rows) and _ITEM_OPEN.match(rows[k + 1][1])))
    text = sum(1 for w in widths if w >= margin * _TEXT_LINE)
    return (_MIN_MARGIN <= margin <= 200 and len(full) >= _MIN_FULL and len(full) >= _FULL_SHARE * text
            and open_ >= _OPEN_SHARE * len(full))


_OVERLONG = 1.5       # a line this much wider than the text's median width was never wrapped
_OVERLONG_SHARE = 0.1


def _without_overlong(widths: list[int]) -> list[int]:
    """`widths` with the overlong lines' set to 0, when they are few enough to be exceptions."""
    shown = sorted(w for w in widths if w)
    if not shown or _margin_within(shown) is None:
        return widths
    limit = shown[len(shown) // 2] * _OVERLONG
    return [0 if w > limit else w for w in widths]


def _margin_within(widths: list[int]) -> int | None:
    """The margin of a short wrapped text without its overlong lines: a reference, a URL or a
    table's row that the writer never wrapped (`관련 연구(Lee, S. and Wang, Y., Ro-Ro Ferry …)는`)
    would set the margin alone. None when there are none, or too many to be exceptions."""
    median = widths[len(widths) // 2]
    rest = [w for w in widths if w <= median * _OVERLONG]
    if len(rest) == len(widths) or len(widths) - len(rest) > max(1, _OVERLONG_SHARE * len(widths)):
        return None
    return rest[int(len(rest) * 0.9)]


_PADDING = re.compile(r"\S\s{5,}\S|^\s{5,}")


def _laid_out(line: str) -> bool:
    """A line placed on the page with runs of spaces (a footer spread to both margins, a
    centred or right-aligned name): its width is the layout's, not the text's margin."""
    if "     " not in line and line.isprintable():
        return False      # the only white space of a printable line is U+0020: no run of five (speed)
    return bool(_PADDING.search(line.rstrip()))


def first_full_line(lines: list[str]) -> int:
    """Index of the first line that reaches the local margin: where the wrapped text starts."""
    widths = [display_width(l.rstrip()) for l in lines]
    return next((i for i, w in enumerate(widths) if w >= _SHORT * _local(widths, i)), len(lines))


def reaches_margin(lines: list[str], i: int) -> bool:
    """Line `i` reaches the local margin of `lines`: in wrapped text it goes on in the next line."""
    widths = [display_width(l.rstrip()) for l in lines[max(0, i - _WINDOW): i + _WINDOW + 1]]
    return display_width(lines[i].rstrip()) >= _SHORT * max(widths)


def _local(widths: list[int], i: int) -> int:
    return max(widths[max(0, i - _WINDOW): i + _WINDOW + 1])


def unwrap(lines: list[str], heading: re.Pattern | None = None, blank_before: frozenset[int] = frozenset()) -> list[str]:
    """Paragraphs from wrapped lines (raw lines, trailing spaces kept; no blank lines). `blank_before`: the
    positions of the lines that a blank line stood above: after a line short of the margin (a poem's or a
    list's last line, `룡정의 아이`) the paragraph ends there; after a line at the margin it goes on (a text
    that puts a blank line after every wrapped line)."""
    widths = [display_width(l.rstrip()) for l in lines]
    # (a line cut at a fixed width may start with the space of a word break: it filled the width too)
    chars = [len(l.rstrip()) if l[:1] == " " != l[1:2] else len(l.strip()) for l in lines]
    spaces_kept = _keeps_trailing_spaces(lines)
    fixed = None if spaces_kept else _fixed_width(lines, chars, widths)
    margins = _without_overlong(widths)      # an unwrapped reference sets no line's margin
    paragraphs: list[str] = []
    current = ""
    for i, raw in enumerate(lines):
        body = raw.strip()
        short = widths[i] < _local(margins, i) * _SHORT
        # a heading (`다. 추진 체계`) never goes on a line cut at the margin (`… 돌아섰` / `다. 웨이하이 …`)
        after_cut = bool(current) and widths[i - 1] >= _local(margins, i - 1) * _SHORT
        if heading and short and not after_cut and heading.match(body) and not _SENTENCE_END.search(body) \
                or _laid_out(raw):
            if current:       # a heading, or a table's row in columns: a paragraph of its own
                paragraphs.append(current)
            paragraphs.append(body)
            current = ""
            continue
        if current and current[:1] == body[:1] and _BULLET_ITEM.match(body) and _BULLET_ITEM.match(current):
            paragraphs.append(current)      # the next item of a bulleted list
            current = ""
        if current and i in blank_before and not after_cut and lines[i - 1] == lines[i - 1].rstrip():
            paragraphs.append(current)
            current = ""
        if current:     # a line cut at a fixed width may start with the space of a word break
            current += (" " if raw[:1] == " " != raw[1:2] else _glue(lines[i - 1], body, spaces_kept,
                                                         _at_margin(i - 1, chars, widths, fixed))) + body
        else:
            current = body
        spaced = raw != raw.rstrip()
        if (_PARAGRAPH_END.search(body) and (short or not spaced) and not _decimal_cut(body, lines, i)) or (short and _ends_list_item(current, body, lines, i)):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


# A list's item (`1) 냉장 물류센터 3곳 신설`, `② 완구`, `- 김하늘 연구위원: …`): a short line that is
# one, or that a next item or a table's row in columns follows, ends its paragraph, as a list's
# items and a table's title are no wrapped sentence.
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳])(?:\s+\S|[^\s\d])|^[-•▪◦·]\s+\S")
# A bulleted item (`· 귀주성의 디지털경제 규모는 …`, a summary box's `ㆍ` items): a line that starts with the bullet
# the paragraph started with is the list's next item, however wide the line before it (round 16: a summary box's
# items were read as one paragraph).
_BULLET_ITEM = re.compile(r"^[-•▪◦·○ㅇ]\s+\S")


def blank_lines_before(body: list[tuple[int, str]], lines: list[str]) -> frozenset[int]:
    """Positions in `body` (numbered lines) that blank lines of `lines` stand above, in a text whose paragraphs
    are blocks of lines; none in a text that puts a blank line after (nearly) every line, where they say nothing."""
    gaps = frozenset(k for k in range(1, len(body)) if body[k][0] > body[k - 1][0] + 1
                     and not any(lines[j].strip() for j in range(body[k - 1][0] + 1, body[k][0])))
    adjacent = sum(1 for k in range(1, len(body)) if body[k][0] == body[k - 1][0] + 1)
    return gaps if adjacent > len(gaps) else frozenset()


def join_broken(lines: list[tuple[int, str]], broken: frozenset[int], across: dict[int, int] | None = None) -> list[str]:
    """Paragraphs of a text laid out a paragraph a line, but for a number a break cut (`broken`: the line
    numbers whose end runs on into the next line's number, `… 기간보다 4.` / `3% 늘었다.`): read whole."""
    paragraphs: list[str] = []
    for k, (i, line) in enumerate(lines):
        if k and (lines[k - 1][0] == i - 1 and i - 1 in broken or (across or {}).get(lines[k - 1][0]) == i) \
                and line[:1].isdigit():
            paragraphs[-1] += line      # (a unit alone on the next line, `400억` / `위안.`, stays a line of its own)
        else:
            paragraphs.append(line)
    return paragraphs


def _ends_list_item(current: str, body: str, lines: list[str], i: int) -> bool:
    return (current == body and bool(_LIST_ITEM.match(body))) \
        or (i + 1 < len(lines) and (bool(_LIST_ITEM.match(lines[i + 1].strip())) or _laid_out(lines[i + 1])))


# A figure cut at its decimal point (`… 도로는 12.` / `5km에 이른다.`, `… 4.` / `3% 늘었다`): the period is the
# number's, not a sentence's end, when the next line starts with digits and a unit or a particle.
_DECIMAL_END = re.compile(r"(?<![\d.])(?<![.?!。]\s)\d{1,4}\.$")     # (not an item's number after a sentence)
_DECIMAL_ON = re.compile(r"^\d+(?:\s?[%％]|[^\d\s.,:)\]])")


def _decimal_cut(body: str, lines: list[str], i: int) -> bool:
    return bool(_DECIMAL_END.search(body)) and i + 1 < len(lines) and bool(_DECIMAL_ON.match(lines[i + 1].strip()))


_NUMBER_END = re.compile(r"\d[\d.,]*[십백천만억조경]*$")
_NUMBER_ON = re.compile(r"^[\d십백천만억조경]")
_RANGE_END = re.compile(r"\d\s?[~～∼]$")
_GLOSS_ON = re.compile(r"^\([\u4e00-\u9fff]")


def _glue(prev_raw: str, body: str, spaces_kept: bool, at_margin: bool) -> str:
    """What joins a wrapped line to the next: a space at a word break, nothing mid-word."""
    prev = prev_raw.rstrip()
    if prev != prev_raw:
        return " "
    if _NUMBER_END.search(prev) and _NUMBER_ON.match(body) or _RANGE_END.search(prev) and body[:1].isdigit():
        return ""            # one number across the break: `3억7천` + `2백만달러`, a range `1~` + `10월`
    if _mid_word().match(body):
        return ""            # a particle cut from its word: `전자` + `와 섬유`
    if prev.endswith(_ends_marks()):
        return " "           # `달러로,` + `이중` (a number's comma was taken above)
    if spaces_kept or _GLOSS_ON.match(body) or prev.endswith(("(", "[")):
        return ""            # breaks between words are marked; a gloss sticks to its word
    return " " if not at_margin or ends_word(prev) else ""


_KEPT_SHARE = 0.1
_PAST_WIDTH = 4      # characters a line cut at a fixed width may run past it (a closing mark, a glued figure)
_FIXED_SHARE = 0.6   # share of the lines that stop mid-sentence at one width: cut at a fixed width
_SHORT_FIXED = 20    # characters (columns: twice as many) under which a width is short ...
_FIXED_SHARE_SHORT = 0.85   # ... and the share of lines that must fill it


def _fixed_width(lines: list[str], chars: list[int], widths: list[int]) -> tuple[str, int] | None:
    """("chars", n) or ("cols", n) when the text was cut every n characters or columns,
    mid-word as often as not (most lines that stop mid-sentence are n long, or one less
    where a stripped space or a wide character did not fit); None when it was wrapped at
    word breaks (the lines' widths spread). Too few lines to tell: ("chars", 0), every line
    at the margin, as a mid-word cut is the more common wrap of reports."""
    open_ = [k for k, l in enumerate(lines) if l.strip() and not _SENTENCE_END.search(l.strip())]
    if len(open_) < _MIN_FULL:
        return "chars", 0
    for name, sizes, band in (("chars", chars, 1), ("cols", widths, 2)):
        counts: dict[int, int] = {}
        for k in open_:
            counts[sizes[k]] = counts.get(sizes[k], 0) + 1
        n = max(counts, key=lambda w: (sum(counts.get(w - d, 0) for d in range(band + 1)), w))
        # words of two to four syllables leave a short line of a word wrap one or two short of its
        # width as often as not: a short width is a fixed cut only when nearly every line fills it
        share = _FIXED_SHARE if n >= _SHORT_FIXED * band else _FIXED_SHARE_SHORT
        if sum(counts.get(n - d, 0) for d in range(band + 1)) >= share * len(open_):
            return name, n
    return None


def _at_margin(k: int, chars: list[int], widths: list[int], fixed: tuple[str, int] | None) -> bool:
    """Line k filled the fixed width, so its end says nothing about a word break (a line one
    character short lost the space it ended with). Word-wrapped text never breaks a word."""
    if fixed is None:
        return False
    name, n = fixed
    if name == "chars":     # a line far longer than the width (an unwrapped reference) was not cut there
        return chars[k] >= n and (not n or chars[k] <= n + _PAST_WIDTH)
    return widths[k] >= n - 1 and widths[k] <= n + 2 * _PAST_WIDTH


def _keeps_trailing_spaces(lines: list[str]) -> bool:
    """The text marks word breaks at line ends with a trailing space: lines that stop
    mid-sentence end with one. Archives that strip them have none at all."""
    open_ = [l for l in lines if l.strip() and not _SENTENCE_END.search(l.strip())]
    spaced = sum(1 for l in open_ if l != l.rstrip())
    return spaced >= 1 and spaced >= _KEPT_SHARE * len(open_)


WORD_ENDS = Path(__file__).parent / "data" / "word_ends.toml"


@lru_cache(maxsize=1)
def _word_end() -> re.Pattern:
    data = _word_ends_data()
    past = "".join(chr(0xAC00 + k) for k in range(11172) if k % 28 == 20)   # syllables closed by ㅆ
    endings = sorted(data["endings"], key=len, reverse=True)
    after = sorted(data["after_past"], key=len, reverse=True)
    return re.compile(f"(?:[가-힣](?:{'|'.join(endings)})|[{past}](?:{'|'.join(after)}))$")


@lru_cache(maxsize=1)
def _word_ends_data() -> dict:
    return parse_toml(WORD_ENDS.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _mid_word() -> re.Pattern:
    data = _word_ends_data()
    particles = "|".join(sorted(data["particles"], key=len, reverse=True))
    closing = "|".join(data["closing_after"])
    return re.compile(f"(?:{particles})(?=[\\s,.』」\"”’)]|$)|(?:{closing})(?=[.,』」\"”’])")


@lru_cache(maxsize=1)
def _ends_marks() -> tuple[str, ...]:
    return tuple(_word_ends_data()["word_end_marks"])


def ends_word(line: str) -> bool:
    """`line` ends in a Korean word-final ending (word_ends.toml): `…만들었고`, `…시는`."""
    return bool(_word_end().search(line))
