"""The shapes of a line that both cleaning (clean.py) and the title choice (title.py) read: a
sentence's end, a piece of a wrapped sentence, a number broken by a line end, a table's row, and
the page parts found by position (data/page_parts.toml)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.ingest.normalize import squeeze_spaces
from pipeline.ingest.profiles import Profile, reads_as_sentence
from pipeline.ingest.regex_needs import Needs, needs
from pipeline.ingest.unit_words import unit_start
from pipeline.rulecache import parse_toml


# A sentence's end, maybe with a footnote's mark glued after it (`…있다.1)`, `…넘었다.¹`), or with the
# text's end mark after it (`…보인다. (끝)`: the last paragraph, which the strip rule end_mark_glued
# frees only later). Not after a digit: `(2025.03)` is a date.
_PROSE = re.compile(r"(?:[.?!。][\"'”’」』)]*|(?<![\d.\s])[.?!。][\"'”’」』]*(?:\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹]))"
                    r"(?:\s*(?:[(<\[〈【]\s*끝\s*[)>\]〉】]|[-/]\s*끝\s*[-/]))?$")
_PROSE_MIN_CHARS = 20


_LETTERS = re.compile(r"[가-힣\u4e00-\u9fff]")


@lru_cache(maxsize=1 << 14)     # the cleaner asks again of a line in several steps (speed only)
def is_prose(line: str) -> bool:
    return len(line) >= _PROSE_MIN_CHARS and bool(_PROSE.search(line))


# A number broken by a line end: a line of text that ends in the number's head (`대련항 물동량은
# 1억`, `모두 3,`, a sign `증가율은 -`) and the very next line that starts with its tail
# (`2천만톤이다.`). Removing either half alone leaves a wrong value that looks right (`2천만톤`
# for `1억2천만톤`), so neither goes alone. A page number (`- 7 -`, `<header> - 2 -`) is no head,
# and a list's item (`2. 한국 기업의 진출`) no tail.
# Also a figure cut at its decimal point (`… 기간보다 4.` / `3% 늘었다`), not an item's number after a sentence.
_NUMBER_HEAD = re.compile(r"(?:\d\s*[십백천만억조경]|\d,|[가-힣]\s?[-−+]|(?<![\d.])(?<![.?!。]\s)\d{1,4}\.)$")
_NUMBER_TAIL = re.compile(r"^\d(?!\d*[.)]\s)")
# ... or a number whose unit went to the next line (`총사업비는 400억` / `위안.`): the value's unit
_UNIT_HEAD = re.compile(r"\d\s*[십백천만억조경]?$")


# The last characters a head can end on (both patterns above end in one of them, `.` and `,` after a
# digit): most lines end otherwise, and skip the searches (isdigit is wider than \d: only a filter).
_HEAD_ENDS = frozenset("십백천만억조경-−+")


def _may_end_a_head(line: str) -> bool:
    last = line[-1:]
    return last in _HEAD_ENDS or last.isdigit() or (last in ".," and line[-2:-1].isdigit())


def _runs_into(line: str, next_line: str) -> bool:
    """`line` is text ending in a number's head that `next_line` goes on with (or its unit)."""
    line, next_line = line.rstrip(), next_line.lstrip()
    if not _may_end_a_head(line):
        return False
    # (the tests at the next line's start first: they fail at once on most lines)
    return bool(_NUMBER_TAIL.match(next_line) and _NUMBER_HEAD.search(line)
                or unit_start().match(next_line) and _UNIT_HEAD.search(line)) and bool(_LETTERS.search(line))


PAGE_PARTS = Path(__file__).parent / "data" / "page_parts.toml"


@lru_cache(maxsize=1)
def page_part_rules() -> dict[str, re.Pattern]:
    """name -> pattern of the page parts found by position (data/page_parts.toml)."""
    data = parse_toml(PAGE_PARTS.read_text(encoding="utf-8"))
    return {r["name"]: re.compile(r["pattern"]) for r in data["part"]}


def _part(name: str) -> re.Pattern:
    return page_part_rules()[name]


@lru_cache(maxsize=None)
def part_needs(name: str) -> Needs | None:
    """What every match of a page part contains (regex_needs.py: a cheap test before its search)."""
    return needs(_part(name))


# A line of a wrapped text that starts with a particle continues the word before it.
_PARTICLE_START = re.compile(r"^(?:의|을|를|과|와|에|에서|으로|로|및|은|는|이|가|도)\s")


def _continues(before: tuple[int, str], line: tuple[int, str]) -> bool:
    """`line` is the wrapped end of the line `before` it: the very next line of the text,
    starting with a particle, after a line that does not close a sentence."""
    (i, prev), (j, raw) = before, line
    return j == i + 1 and not _PROSE.search(prev.strip()) and bool(_PARTICLE_START.match(raw.strip()))


# A table's row laid out in columns with a figure (`강서    남창     7,324`): text, not a tool.
_TABLE_ROW = re.compile(r"\S {2,}\S.*\d|\d.* {2,}\S")


# A word ending in a particle (`부품기업의`, `전환과`): words of a phrase, not a button's.
_PARTICLE_WORD = re.compile(r"[가-힣](?:의|과|와|을|를|에|에서|으로)(?:\s|$)")


# A sentence's end inside a line (`2천만톤이다. 증가율은 -`): the line is prose cut at the margin.
_INNER_SENTENCE_END = re.compile(r"[가-힣]다\.\s")


def _piece_of_a_sentence(items, k: int) -> bool:
    """Line k is a piece of a wrapped sentence, no headline and no tool: it goes on from a long
    line right above that left its sentence open (`… 80억 달러였다. 대` / `련항 물동량은 1억`), holds
    a sentence's end before its own end, or ends in a number (or a minus sign) that the very next
    line goes on with (`대련항 물동량은 1억` / `2천만톤이다.`)."""
    i, raw = items[k]
    line = squeeze_spaces(raw)
    if _INNER_SENTENCE_END.search(line):
        return True
    if k > 0 and items[k - 1][0] == i - 1:
        above = squeeze_spaces(items[k - 1][1])
        if len(above) >= _PROSE_MIN_CHARS and not _PROSE.search(above) and _INNER_SENTENCE_END.search(above + " "):
            return True
    return k + 1 < len(items) and items[k + 1][0] == i + 1 and (
        _runs_into(raw, items[k + 1][1]) or _opens_the_next(line, squeeze_spaces(items[k + 1][1])))


# A sentence's subject cut from its predicate by a wrap: the line ends in a word with its topic particle
# (`광시 자치구는` / `베트남과 맞닿은 … 늘리고 있다.`), or the next line opens with a place's class word
# and a particle (`광시` / `자치구는 …`, `어얼둬쓰(鄂爾多斯)` / `시는 …`), which no sentence opens with.
_TOPIC_END = re.compile(r"[가-힣)](?:은|는|이|가)$")   # also its subject particle: `도문 통상구가`
_CLASS_WORD_START = re.compile(r"^(?:자치구|자치주|자치현|자치기|신구|지구|특구|시|성|현|구|주|기|맹)"
                               r"(?:은|는|의|에서|에|이|가|와|과|를|을|도|로|으로)\s")


def _opens_the_next(line: str, next_line: str) -> bool:
    """`line` is the head of the sentence `next_line` ends: the subject wrapped from its predicate."""
    # (a narrow copy's next line may be a short sentence's end: `도문 통상구가` / `5일 다시 열렸다.`)
    return (is_prose(next_line) or _TOPIC_END.search(line) is not None and reads_as_sentence(next_line)) \
        and bool(_TOPIC_END.search(line) or _CLASS_WORD_START.match(next_line))


def _is_heading(line: str, profile: Profile) -> bool:
    """The profile's section heading, or a report's summary box head (`■ 핵심 요약`, `< 요 약 >`: page part summary_head)."""
    return profile.heading is not None and bool(profile.heading.match(line)) or bool(_part("summary_head").match(line))


@lru_cache(maxsize=8)
def text_headings(heading: re.Pattern | None) -> re.Pattern:
    """The profile's section headings and a report's summary box head in one pattern (the unwrapper's
    paragraphs of their own)."""
    summary = _part("summary_head").pattern
    return re.compile(f"(?:{heading.pattern})|(?:{summary})" if heading is not None else summary)


def _first_prose(items) -> int:
    return next((k for k, (_, raw) in enumerate(items) if is_prose(squeeze_spaces(raw))), len(items))


# A running header with its page number set apart by a wide gap, `<report title>        3`.
_WIDE_PAGE_MARK = re.compile(r"^(\S.{1,70}?\S)\s{4,}\d{1,4}$")


# A note-style sentence (a report's `…임`, `… 1위 지역`): it opens with its subject and a topic particle
# (`광시 자치구는`, `어얼둬쓰(鄂爾多斯)시는`) and goes on for two words or more; no button, counter or
# stamp under an article reads so. Kept right under the last sentence (clean._drop_edges), and a short heading
# over one is no tool under the headline (title._drop_below_title).
_NOTE_SENTENCE = re.compile(r"^(?:[-·•○ㅇ▶□◦※]\s*)?(?:[가-힣]{2,}(?:\([^)]{1,12}\))?\s)?[가-힣]+(?:\([^)]{1,12}\))?[가-힣]*(?:은|는)\s+\S+\s+\S+")
_HEADING_OF_NOTES_CHARS = 12


def _is_note(line: str) -> bool:
    return bool(_NOTE_SENTENCE.match(line)) and "|" not in line


def _heads_notes(items, k: int) -> bool:
    """A short heading without figures (`주요 지표`) right over a note-style sentence: the text's own."""
    line = squeeze_spaces(items[k][1])
    return len(line) <= _HEADING_OF_NOTES_CHARS and not any(c.isdigit() for c in line) and not _PROSE.search(line) \
        and k + 1 < len(items) and items[k + 1][0] == items[k][0] + 1 and _is_note(squeeze_spaces(items[k + 1][1]))
