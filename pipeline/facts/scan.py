"""Cheap scanning: find number + unit facts with their qualifier, range and
change, using only compiled patterns (no Kiwi).  Context comes later."""
from __future__ import annotations

import bisect
import re

try:     # Python 3.11+: the parser is re._parser (sre_parse before), as in regex_needs.py
    from re import _constants as C, _parser as P
except ImportError:         # pragma: no cover
    import sre_constants as C   # type: ignore[no-redef]
    import sre_parse as P       # type: ignore[no-redef]
from dataclasses import dataclass
from decimal import Decimal

from pipeline.ingest.regex_needs import might_match, needs
from pipeline.leadscan import LeadScan
from pipeline.model import Fact
from pipeline.facts.numbers import NumberGrammar, tidy
from pipeline.facts.pagewide import page_has
from pipeline.facts.units import Unit, UnitMatch, UnitTable


@dataclass
class Qualifiers:
    before: re.Pattern        # qualifier word ending right before the number
    before_map: dict[str, str]
    inner: re.Pattern         # 여 between number and unit
    inner_map: dict[str, str]
    after: re.Pattern         # 이상, 을 초과 after the unit
    after_map: dict[str, str]
    range_sep: re.Pattern
    change: re.Pattern        # change word after the fact
    change_map: dict[str, str]
    change_multiple: re.Pattern   # 2배로 늘었고
    change_before: re.Pattern
    change_before_map: dict[str, str]
    exact_for: dict[str, frozenset[str]] = None   # quantity -> bound words that are no bound before it
    # round 14 ([stat_signs]): △ right after a comparison or rate word is a minus (전년比 △8.5%), ▲ a rise
    stat_minus: re.Pattern = re.compile(r"(?!)")
    stat_plus: re.Pattern = re.compile(r"(?!)")
    # adversarial review of round 14: a page that marks a fall with ▽ marks a rise with △ (전일 대비 △3.2원 오른)
    stat_minus_marks: tuple[str, ...] = ()              # △
    rate_words: frozenset[str] = frozenset()            # 증감률, 대비: the words a sign is read after (table heads too)
    stat_rise_page: re.Pattern = re.compile(r"(?!)")  # a fall marked ▽ before a figure (▽0.4원): △ is a rise there
    gloss: re.Pattern = re.compile(r"(?!)")       # 350원(元) 안팎: a bracket gloss before the qualifier
    # round 16: Japanese statistics write a minus ▲ (前年比▲2.3%): a page's legend says so (▲는 마이너스); Japanese
    # usage (Japan in the sentence, or on the page with an all-hanzi 前年比) without one gives no row
    achieved_before: re.Pattern = re.compile(r"(?!)")   # 매출 320억원을 올렸고: the level achieved, no rise
    achieved_after: re.Pattern = re.compile(r"(?!)")
    stat_minus_legend: re.Pattern = re.compile(r"(?!)")
    stat_japan: re.Pattern = re.compile(r"(?!)")
    stat_japan_word: re.Pattern = re.compile(r"(?!)")


@dataclass
class Scanner:
    grammar: NumberGrammar
    units: UnitTable
    quals: Qualifiers
    number: re.Pattern        # one pattern for every number form
    mask: list[re.Pattern]
    not_after: re.Pattern
    not_before: re.Pattern        # text right after a fact that rules it out (억 위안 단위)
    bare_not_after: re.Pattern    # before a magnitude written without digits: a table header (억 위안)

    def __post_init__(self):
        # what a match of each mask must contain (regex_needs.py): most texts lack an @ or ://
        self.mask_needs = [needs(p) for p in self.mask]
        # most start with a look-behind, which re tries at every position: searched through their core
        self.mask_scans = [LeadScan(p) for p in self.mask]
        self.word_scan = LeadScan(self.units.words.pattern, self.units.words.starts) \
            if self.units.words is not None else None
        # the characters a number can start with: found by a plain character class (fast),
        # and `number` tried only there, instead of at every position of the text; a
        # branch's leading look-behind is checked there too (lead_filter)
        self.number_first = lead_filter(self.number)


def first_chars(pattern: re.Pattern) -> re.Pattern | None:
    """A character class holding every character that a match of `pattern` can start
    with (read off its parse tree, like regex_needs.py), or None when that is not known
    for sure (a pattern that may match the empty string, case folding, a negated class,
    `.`, ...). Lookarounds and anchors are passed over, which only widens the class."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        found = _first(list(P.parse(pattern.pattern, pattern.flags)))
    except Exception:          # a pattern this parser reads otherwise: no class, no risk
        return None
    if found is None or found[1] or not found[0]:
        return None
    return re.compile("[" + "".join(dict.fromkeys(found[0])) + "]", pattern.flags)


def lead_filter(pattern: re.Pattern) -> re.Pattern | None:
    """A regex matching one character wherever `pattern` can start a match, and at fewer
    other places than first_chars' class: each top-level branch's first characters, each
    checked against the branch's leading one-character look-behind (`(?<![가-힣])`: a
    Hangul numeral starts a word, so the 다 of 했다 or the 이 of 사이 is never tried). It is
    one character class first, which re skips to in C, then the look-behinds. None when
    first_chars is None."""
    first = first_chars(pattern)
    if first is None:
        return None
    try:
        items = list(P.parse(pattern.pattern, pattern.flags))
    except Exception:          # a pattern this parser reads otherwise: the class alone
        return first
    branches = [list(b) for b in items[0][1][1]] if len(items) == 1 and items[0][0] is C.BRANCH else [items]
    checks = []
    for items in branches:
        while len(items) == 1 and items[0][0] is C.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
            items = list(items[0][1][-1])           # (?P<a>...): the group's own items
        behind = []
        while items and items[0][0] is C.ASSERT_NOT and items[0][1][0] == -1:
            sub = list(items[0][1][1])
            cls = _class(sub[0][1]) if len(sub) == 1 and sub[0][0] is C.IN else \
                [re.escape(chr(sub[0][1]))] if len(sub) == 1 and sub[0][0] is C.LITERAL else None
            if cls is not None:
                behind.append(f"(?<![{''.join(cls)}].)")   # the character before the first one
            items = items[1:]
        found = _first(items)
        if found is None or found[1] or not found[0]:
            return first                              # a branch not read: the class alone
        checks.append(f"(?<=[{''.join(dict.fromkeys(found[0]))}])" + "".join(behind))
    return re.compile(first.pattern + "(?:" + "|".join(checks) + ")", pattern.flags)


_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT) + ((C.POSSESSIVE_REPEAT,) if hasattr(C, "POSSESSIVE_REPEAT") else ())


def _first(items: list) -> tuple[list[str], bool] | None:
    """(class items that can start a match of the sequence `items`, whether it can match
    the empty string), or None when unknown."""
    out: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            return out + [re.escape(chr(av))], False
        if op is C.IN:
            part = _class(av)
            return (out + part, False) if part is not None else None
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue                               # zero width: the next element starts the match
        if op is C.SUBPATTERN or op is getattr(C, "ATOMIC_GROUP", None):
            if op is C.SUBPATTERN and (av[1] or av[2]):
                return None                        # a group with its own flags
            sub = _first(list(av[-1]))
        elif op is C.BRANCH:
            subs = [_first(list(b)) for b in av[1]]
            if any(x is None for x in subs):
                return None
            sub = [c for x in subs for c in x[0]], any(x[1] for x in subs)
        elif op in _REPEATS:
            sub = _first(list(av[2]))
            if sub is not None and av[0] == 0:
                sub = sub[0], True
        else:
            return None
        if sub is None:
            return None
        out += sub[0]
        if not sub[1]:
            return out, False
    return out, True


def _class(items: list) -> list[str] | None:
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is C.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None                            # a negated class, a case-folded range, ...
    return out


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def build_qualifiers(t: dict) -> Qualifiers:
    parts = _alt(t["after_particles"])
    cparts = _alt(t["change_particles"])
    return Qualifiers(
        before=re.compile(rf"(?<![가-힣])({_alt(t['before'])})\s?$"),
        before_map=t["before"],
        inner=re.compile(rf"\s?({_alt(t['inner'])})"),
        inner_map=t["inner"],
        after=re.compile(rf"\s?(?:(?:{parts})\s?)?(?:(?:{_alt(t['after_adverbs'])})\s?)?({_alt(t['after'])})"),
        after_map=t["after"],
        range_sep=re.compile(rf"\s?(?:{_alt(t['range_separators'])})\s?"),
        change=re.compile(rf"(?:{cparts})?\s?({_alt(t['change'])})"),
        change_multiple=re.compile(rf"(?:{_alt(t['multiple_change_particles'])})\s?({_alt(t['change'])})"),
        change_map=t["change"],
        change_before=re.compile(rf"({_alt(t['change_before'])})[은는이가]?\s?(?:약\s?)?$"),
        change_before_map=t["change_before"],
        exact_for={q: frozenset(words) for q, words in t.get("exact_for", {}).items()},
        **_stat_signs(t.get("stat_signs")),
        **({"achieved_before": re.compile(t["achieved"]["before"]), "achieved_after": re.compile(t["achieved"]["after"])}
           if "achieved" in t else {}),
        gloss=re.compile(t["after_gloss"]["pattern"]) if "after_gloss" in t else re.compile(r"(?!)"),
    )


def _stat_signs(row: dict | None) -> dict[str, re.Pattern]:
    """The patterns of [stat_signs]: a comparison or rate word, then the sign, ending right before a number."""
    if not row:
        return {}
    word = rf"(?:{_alt(row['after'])})(?:[은는이가])?\s?"
    return {"stat_minus": re.compile(rf"{word}({_alt(row['minus'])})\s?$"),
            "stat_plus": re.compile(rf"{word}({_alt(row['plus'])})\s?$"),
            "stat_minus_marks": tuple(row["minus"]),
            "rate_words": frozenset(row["after"]),
            "stat_rise_page": re.compile(row["rise_where_page_has"]) if "rise_where_page_has" in row else re.compile(r"(?!)"),
            **({"stat_minus_legend": re.compile(row["minus_legend"]), "stat_japan": _alt_re(row["japan"]),
                "stat_japan_word": re.compile(row["japan_word"])} if "minus_legend" in row else {})}


def _alt_re(words: list[str]) -> re.Pattern:
    return re.compile(_alt(words))


_SENTENCE_MARK = re.compile(r"[.!?\n]")


def _japanese_plus(sc: "Scanner", text: str, start: int) -> str:
    """For a ▲ right after a comparison word before `start`: "minus" where the page's legend says ▲ is a minus
    (Japanese statistics: 前年比▲2.3%), "unknown" in Japanese usage with no legend (its sentence names Japan,
    or the page does and the word is all hanzi), else "" (the Korean rise)."""
    if not sc.quals.stat_plus.search(text, max(0, start - 16), start):
        return ""
    if page_has(sc.quals.stat_minus_legend, text):
        return "minus"
    ends = [m.end() for m in _SENTENCE_MARK.finditer(text, max(0, start - 200), start)]
    nxt = _SENTENCE_MARK.search(text, start)
    lo, hi = (ends[-1] if ends else max(0, start - 200)), (nxt.start() if nxt else len(text))
    if sc.quals.stat_japan.search(text, lo, hi) or (
            sc.quals.stat_japan_word.search(text, max(0, start - 16), start) and page_has(sc.quals.stat_japan, text)):
        return "unknown"
    return ""


def hollow_rise(sc: "Scanner", text: str) -> bool:
    """The page marks a fall with ▽ before a figure (▽0.4원, ▽2.0%), so its △ is the hollow mark of a rise,
    not a minus; ▽ as a bullet (▽일시, ▽기획실장, ▽3월 5일) says nothing."""
    return page_has(sc.quals.stat_rise_page, text)


def build_scanner(grammar: NumberGrammar, units: UnitTable, quals: Qualifiers,
                  not_facts: dict) -> Scanner:
    g = grammar
    number = re.compile(
        rf"(?P<a>(?<![\d.,]){g.arabic_led.pattern}{g.spaced})|(?P<z>{g.hanzi_led.pattern})"
        rf"|(?P<g>{g.hangul_led.pattern}{g.spaced})|(?P<n>{g.native.pattern})")
    return Scanner(grammar, units, quals, number,
                   [re.compile(p) for p in not_facts["mask"]],
                   re.compile("|".join(not_facts["not_after"])),
                   re.compile("|".join(not_facts["not_before"])),
                   re.compile("|".join(not_facts["bare_not_after"])))


@dataclass
class _Num:
    start: int
    end: int
    value: Decimal
    kind: str        # a (Arabic), z (hanzi), g (Sino-Korean Hangul), n (native)
    text: str


def _masked_spans(sc: Scanner, text: str) -> list[tuple[int, int]]:
    spans = [span for scan, need in zip(sc.mask_scans, sc.mask_needs) if might_match(need, text)
             for span in scan.spans(text)]
    return sorted(spans)


def _in_mask(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    if not spans:          # most texts: no mask matched
        return False
    i = bisect.bisect_left(spans, (end, end))     # spans sorted by start
    return any(s < end and start < e for s, e in spans[max(0, i - 8):i])


def _read_number(sc: Scanner, text: str, m: re.Match) -> _Num | None:
    """The number matched by `m`, read whole.  A number spaced into groups
    that cannot be read whole is None: no part of it is ever a value."""
    kind, s, end = m.lastgroup, m.group(), m.end()
    if kind in "ag":
        s = _words_cut(sc, text, m.start(), s)
        end = m.start() + len(s)
    mags = sc.grammar.magnitudes
    if len(s) > 1 and mags.get(s[-1], 9) < 4 and mags.get(s[-2], 0) >= 4:
        s, end = s[:-1], end - 1      # 42亿千瓦时: 千 starts the unit 千瓦时
    if kind == "n":
        value = Decimal(sc.grammar.native_value(s))
    elif _man_dropped(sc, s):
        return None
    else:
        value = sc.grammar.read(s)
    if value is None:
        return None
    return _Num(m.start(), end, value, kind, s)


def _man_dropped(sc: Scanner, s: str) -> bool:
    """`12억 3천`, `1억5천`, `1조 5천`, `1亿5千`: thousands right after 억 or more, with no 만 (or 억)
    of their own. By 한글 맞춤법 제44항 that is 1,200,003,000, but writers say `1억 5천` for 1억
    5천만 as often: which, cannot be told, so no row (`1억 1원`, digits alone, is the letter of it)."""
    mags = sc.grammar.magnitudes
    i = len(s)
    while i and mags.get(s[i - 1], 0) < 4:
        i -= 1
    return i < len(s) and mags.get(s[i - 1], 0) >= 8 and any(0 < mags.get(c, 0) < 4 for c in s[i:])


def _words_cut(sc: Scanner, text: str, start: int, s: str) -> str:
    """`s` up to the first spaced group written in Hangul that is the start of
    a word (`3억 조성`, `5만 천안시`, `3천 만에`): a Hangul group continues a
    number only when a unit, 여 or a non-letter follows it (`3억 이천만 원`).
    Bare digits after a Hangul-spelt 억, 조 or 경 start a new number: `일조 4개` is the
    city 日照 and four, not 1조 4 (written in digits, `1억 1원` is 100,000,001, the
    empty 만 group left out as 한글 맞춤법 제44항 spaces it)."""
    pos = s.find(" ")
    while pos != -1:
        nxt = s.find(" ", pos + 1)
        group_end = len(s) if nxt == -1 else nxt
        if _bare_after_big(sc, s, pos, group_end):
            return s[:pos]
        if not s[pos + 1].isdigit():
            after = start + group_end
            if after < len(text) and "가" <= text[after] <= "힣" \
                    and not sc.quals.inner.match(text, after) \
                    and not sc.units.match_after(text, after, start):
                return s[:pos]
        pos = nxt
    return s


def _bare_after_big(sc: Scanner, s: str, pos: int, group_end: int) -> bool:
    group = s[pos + 1:group_end]
    spaced_mag = group_end + 1 < len(s) and s[group_end + 1] in sc.grammar.magnitudes   # 오억 2000 만원
    return group[0].isdigit() and not _has_mag(sc, group) and not spaced_mag \
        and sc.grammar.magnitudes.get(s[pos - 1], 0) > 4 \
        and any(c in sc.grammar.hangul_digits for c in s[:pos])


def _has_mag(sc: Scanner, s: str) -> bool:
    return any(c in sc.grammar.magnitudes for c in s)


def _trailing_mag(sc: Scanner, s: str) -> Decimal:
    """Product of the magnitude words that end `s` (억 in 5억, 천만 in 5천만)."""
    mult, i = Decimal(1), len(s)
    while i and s[i - 1] in sc.grammar.magnitudes:
        mult *= Decimal(10) ** sc.grammar.magnitudes[s[i - 1]]
        i -= 1
    return mult


def _shared_big_mag(sc: Scanner, first: _Num, second: _Num) -> Decimal | None:
    """The big magnitude (만, 억, 조) that ends the second number of a range and also
    belongs to the first, written only once: 2천~3천만 is 2천만~3천만, 3백~5백만 is
    3백만~5백만; 1 when the first is a whole number of its own (5천~3만, 2억~3억);
    None when it cannot be told (9천~1억: 9천만 or 9천?), so there is no row."""
    if any(sc.grammar.magnitudes.get(c, 0) >= 4 for c in first.text):
        return Decimal(1)
    big, i = Decimal(1), len(second.text)
    while i and sc.grammar.magnitudes.get(second.text[i - 1], 0) >= 4:
        big *= Decimal(10) ** sc.grammar.magnitudes[second.text[i - 1]]
        i -= 1
    if big == 1 or first.value <= 0:
        return Decimal(1)
    if first.value < second.value / big:
        return big
    return None if second.value >= first.value * 1000 else Decimal(1)


def _tail(sc: Scanner, text: str, num: _Num):
    """After a number: inner qualifier, detached magnitude, unit.
    Returns (value, qualifier, unit match) or None."""
    native = num.kind == "n"
    if native and not text.startswith(" ", num.end):
        um = sc.units.match_glued(text, num.start, num.end)   # 네차례, 세곳; not 한곳에서, 세대
        return (num.value, "", um) if um else None
    options = []
    im = sc.quals.inner.match(text, num.end)
    if im and not native:
        options.append((im.end(), sc.quals.inner_map[im.group(1)]))
    options.append((num.end, ""))
    for pos, qual in options:
        value = num.value
        if not native and (not _has_mag(sc, num.text[-1]) or qual):
            tm = sc.grammar.trailing_big.match(text, pos)
            if tm:
                value = tidy(value * _trailing_mag(sc, tm.group().strip()))
                pos = tm.end()
        um = sc.units.match_after(text, pos, num.start, native, value)
        if num.kind == "g" and len(num.text) == 1 and not qual and not text.startswith(" ", pos):
            if not um or um.unit.quantity != "percent":
                continue   # 조건, 천대, 십대: a bare magnitude glued to a word; 백% is a number
        if um:
            return value, qual, um
    return None


def _range_end(sc: Scanner, text: str, pos: int):
    """A second number after a range separator at `pos`: (_Num, match) or None."""
    rm = sc.quals.range_sep.match(text, pos)
    if not rm or rm.group().strip() in _SPACED_SIGNS and rm.group()[0].isspace() and not rm.group()[-1].isspace():
        return None     # 5.2 −0.3%, 318.4 -2.4% (a table row): a dash spaced from the figure before is the sign of the one after
    at = rm.end()
    if text[at:at + 1] in MINUS + "+" and text[at:at + 1] and text[at + 1:at + 2].isdigit():
        at += 1         # −15∼−20℃: the second end's own minus (_own_minus reads it); -12.5%~+3.2%: its plus
    m = sc.number.match(text, at)
    if not m:
        return None
    return _read_number(sc, text, m)


def _fact_at(sc: Scanner, text: str, m: re.Match, won_means_yuan: bool) -> Fact | None:
    num = _read_number(sc, text, m)
    if num is None:
        return None
    if num.text[:1] in sc.grammar.magnitudes and sc.bare_not_after.search(text[max(0, num.start - 8):num.start]):
        return None     # (억 위안), 몇 억 위안, 수천 만 명: a magnitude with no digit of its own
    if _after_broken_number(sc, text, num.start):
        return None     # 3억 4567만⏎8900원: a line broken inside a number; its tail is no value
    start, value_max, second_neg = num.start, None, False
    if num.text in sc.grammar.native_ranges:
        value_max = Decimal(sc.grammar.native_ranges[num.text][1])
    tail = _tail(sc, text, num)
    if tail is not None and _code_of_next(sc, text, num, tail[2].end):
        tail = None     # CNY 190.12 JPY 918.33: JPY opens the next number; CNY is this one's
    if tail is None:
        second = _range_end(sc, text, num.end)
        if second is None or second.kind == "n":
            return _prefixed(sc, text, num, won_means_yuan)
        tail = _tail(sc, text, second)
        if tail is None:
            return None
        value_max, qual, um = tail
        second_neg = _own_minus(text, num.end, second)
        value = num.value
        if not _has_mag(sc, num.text) and _has_mag(sc, second.text):
            value = tidy(value * _trailing_mag(sc, second.text))   # 3~5억
        else:
            shared = _shared_big_mag(sc, num, second)             # 2천~3천만
            if shared is None:
                return None
            value = tidy(value * shared)
    else:
        value, qual, um = tail
        second = _range_end(sc, text, um.end)
        if second is not None:
            t2 = _tail(sc, text, second)
            if t2 and t2[2].unit == um.unit:                      # 30%~40%
                second_neg = _own_minus(text, um.end, second)
                value_max, um = t2[0], t2[2]
    unit = um.unit
    if value_max is not None and (second_neg or _glued_minus(text, start)) and unit.quantity in sc.units.signed:
        return _signed_range(sc, text, start, um, value, value_max, second_neg, qual, unit, won_means_yuan)
    if value_max is not None and value_max <= value:
        return None                                               # 2-1 is not a range
    if unit.max_value is not None and value > unit.max_value:
        return None
    before = sc.units.match_before(text, start)
    if before and before.unit.quantity == "money" and unit.quantity != "money":
        return None
    if before and unit.quantity == "money":
        start = before.start
        if unit.won:
            unit = before.unit      # 인민폐 9억 원, RMB 3억원: the currency word names the 원
    if unit.quantity == "count" and value_max is None and _glued_minus(text, start) and text[start - 1] in _COUNT_MINUS:
        value, start = -value, start - 1    # 인구 증감: 2023년 −0.8만명: a typeset minus (never a list's hyphen)
    elif unit.quantity in sc.units.signed:
        signed, start_signed = _signed(sc, text, start, value, unit)
        if value_max is not None and signed != value and text[start_signed] not in MINUS:
            if unit.quantity != "temperature":
                return None         # 마이너스 3~5%: -3 to -5, or -3 to 5? no row
            signed, value_max = -value_max, signed   # 영하 5~10도: both ends below zero, -10 to -5
        value, start = signed, start_signed
    if start and text[start - 1] == "±":
        start -= 1          # 오차범위 ±3.1%p: a margin, its half-width; the sign stays in the surface
    return _finish(sc, text, start, um, value, value_max, qual, unit, won_means_yuan)


_DIGIT_AHEAD = re.compile(r"\s?(?=\d)")


def _code_of_next(sc: Scanner, text: str, num: _Num, unit_end: int) -> bool:
    """The currency code read after `num` is the next number's: a code stands before `num` too, and a
    number follows the code (`CNY 190.12 JPY 918.33`, a list of rates or prices in several currencies)."""
    ahead = _DIGIT_AHEAD.match(text, unit_end)
    if ahead is None or sc.units.match_before(text, num.start) is None:
        return False
    code = sc.units.match_before(text, ahead.end())
    return code is not None and code.start >= num.end


def _own_minus(text: str, sep: int, second: "_Num") -> bool:
    """The range's second end carries its own minus, after the separator at `sep` (−15∼−20℃)."""
    return second.start - 1 > sep and text[second.start - 1] in MINUS


def _glued_minus(text: str, start: int) -> bool:
    """A minus glued before the number at `start`, not a hyphen inside a word or a number (−5~3℃)."""
    return bool(start) and text[start - 1] in MINUS and (start < 2 or not text[start - 2].isalnum())


def _signed_range(sc: Scanner, text: str, start: int, um, value: Decimal, value_max: Decimal,
                  second_neg: bool, qual: str, unit: Unit, won_means_yuan: bool) -> Fact | None:
    """A range with a signed end: −5~3℃ is -5 to 3, −15∼−20℃ -20 to -15 (value the smaller end).
    A second end signed after an unsigned first (3~−5℃) is read as no range: no row."""
    first_neg = _glued_minus(text, start)
    if second_neg and not first_neg:
        return None
    lo, hi = sorted((-value if first_neg else value, -value_max if second_neg else value_max))
    if lo == hi:
        return None
    return _finish(sc, text, start - 1 if first_neg else start, um, lo, hi, qual, unit, won_means_yuan)


def _after_broken_number(sc: Scanner, text: str, start: int) -> bool:
    """The line before ends in a number without its unit, so the number at `start`
    may be its tail (`2억3천` / `5백만달러`, `12.` / `5%`, `3백` / `40개사`, `-` / `3.5%`), in text
    whose wrapped lines were not rejoined: a value never comes from such a tail.  A
    magnitude word or a decimal point ending the line is enough; bare digits only
    with one line break between (a heading ending in a year may stand above a figure),
    or before a bare magnitude word however many breaks (3⏎⏎억 톤 is no 1억 톤)."""
    j = start
    while j and text[j - 1] in " \t\r\n":
        j -= 1
    gap = text[j:start]
    if "\n" not in gap or j < 2 or not text[start].isdigit() and text[start] not in sc.grammar.magnitudes:
        return False
    last, before = text[j - 1], text[j - 2]
    if last in MINUS and before not in "\r\n" and not (before.isascii() and before.isalnum()):
        return True     # 증가율은 -⏎3.5%: the sign stayed on the line above (2019-⏎2023 is a range, a lone - an empty cell)
    if last in sc.grammar.magnitudes or last in ".," and before.isdigit():
        k = j - 1
        while k and text[k - 1] in sc.grammar.magnitudes:
            k -= 1
        return k > 0 and text[k - 1].isdigit()
    if last.isdigit() and text[start] in sc.grammar.magnitudes:
        return True     # 영구항은 3⏎⏎억 톤: a bare 억 opening a paragraph is the tail, never 1억
    return last.isdigit() and gap.count("\n") == 1


MINUS = "-−–－‐‑﹣"    # hyphen, U+2212, en dash (PDF text and typeset pages set a minus so), full-width,
# U+2010/U+2011 (a word processor's hyphens), U+FE63 (Chinese input's small hyphen-minus)
_COUNT_MINUS = "−－"     # the only signs a count keeps: a hyphen before it is as often a list's dash
_SIGN_DASHES = "−‐‑﹣"   # range separators that are as often a sign (qualifiers.toml range_separators)
# Round 18: a hyphen or an en dash spaced from the figure before and glued to the next one is that one's sign
# too (a PDF table row `2023 318.4 -2.4%`, `닝보 법인 412 –1.5%`); a range is written 10-20% or 10 - 20%.
_SPACED_SIGNS = _SIGN_DASHES + "-–"
_PERIOD_LABEL = re.compile(r"\d(?:년|년도|월|분기|반기)$")
_LABEL_MINUS = re.compile(rf"[:：]\s?([{MINUS}]) $")


def _signed(sc: Scanner, text: str, start: int, value: Decimal, unit: Unit) -> tuple[Decimal, int]:
    """-2.1%, −5.9℃, 마이너스 3퍼센트, 영하 5도 (the word is part of the surface)."""
    if start and text[start - 1] in MINUS and (start < 2 or not text[start - 2].isalnum()
                                              or _PERIOD_LABEL.search(text, max(0, start - 8), start - 1)):
        return -value, start - 1        # -2.1%; 2022년-5.2%: a year's label glued to its rate
    sm = sc.quals.stat_minus.search(text, max(0, start - 16), start)
    if sm and not hollow_rise(sc, text):
        return -value, sm.start(1)      # 전년比 △8.5%: △ after a comparison word is a minus (kept in the surface)
    if _japanese_plus(sc, text, start) == "minus":
        return -value, sc.quals.stat_plus.search(text, max(0, start - 16), start).start(1)   # 前年比▲2.3%, legend
    lm = _LABEL_MINUS.search(text, max(0, start - 4), start)
    if lm:
        return -value, lm.start(1)      # 증가율: - 3.2%: a minus spaced from the rate after a label
    head = text[max(0, start - 8):start]
    m = sc.units.minus_re.search(head) if sc.units.minus_re else None
    if m:
        return -value, start - len(head) + m.start()
    zero = sc.units.below_zero_re.search(head) if sc.units.below_zero_re else None
    if unit.quantity == "temperature" and zero:
        return -value, start - len(head) + zero.start()         # 영하 5도, 령하 15℃: a sign word
    return value, start


def _prefixed(sc: Scanner, text: str, num: _Num, won: bool) -> Fact | None:
    """RMB 10.8억, $5,000: a currency code before a number without unit after."""
    if num.kind == "n":
        return None
    before = sc.units.match_before(text, num.start)
    if before is None:
        return None
    value, end = num.value, num.end
    if num.kind == "a" and not _has_mag(sc, num.text[-1]):
        tm = sc.grammar.trailing_big.match(text, end)
        if tm:
            value, end = tidy(value * _trailing_mag(sc, tm.group().strip())), tm.end()
    um = UnitMatch(before.unit, end, end)
    return _finish(sc, text, before.start, um, value, None, "", before.unit, won)


def _finish(sc: Scanner, text: str, start: int, um: UnitMatch, value: Decimal,
            value_max: Decimal | None, qual: str, unit: Unit, won_means_yuan: bool) -> Fact | None:
    rise_mark = hollow_rise(sc, text) and sc.quals.stat_minus.search(text, max(0, start - 16), start)
    if _japanese_plus(sc, text, start) == "unknown":
        return None             # 닛케이 … 前年比▲4.2%: a Japanese minus or a Korean rise, and no legend says which
    if (sc.not_after.search(text[max(0, start - 8):start]) and not rise_mark) or sc.not_before.match(text, um.end):
        return None             # (전일 대비 △3.2원 on a page marking falls ▽: △ a rise, no bullet, no minus)
    if value_max is None and (coin := sc.units.coin_after(unit.unit, text, um.end)):
        value = value + coin[0]                                     # 3달러 20센트
        um = UnitMatch(um.unit, um.start, coin[1])
    head = text[max(0, start - 8):start]
    bm = sc.quals.before.search(head)
    if bm and not qual and bm.group(1) not in sc.quals.exact_for.get(unit.quantity, ()):
        qual = sc.quals.before_map[bm.group(1)]     # (최고 -12도: a day's high, no bound)
    end = um.end
    if text.startswith("대", end) and _BAND_AFTER.match(text, end + 1):
        # 7%대, 1천억 원대: a band, 7 up to 8; 3~4만 원대: 3만 up to 5만 (never 4만)
        value_max, end = _band_top(value if value_max is None else value_max), end + 1
    gloss = sc.quals.gloss.match(text, end)          # 350원(元) 안팎: the qualifier after the gloss
    am = sc.quals.after.match(text, gloss.end() if gloss else end)
    change_from = end
    if am:
        qual = qual or sc.quals.after_map[am.group(1)]
        change_from = am.end()
    change = ""
    cm = sc.quals.change.match(text, end) or sc.quals.change.match(text, change_from)
    if not cm and unit.unit == "배":
        cm = sc.quals.change_multiple.match(text, end)
    if cm and sc.quals.achieved_after.match(text, end) \
            and sc.quals.achieved_before.search(text, max(0, start - 12), start):
        cm = None                   # 매출 320억원을 올렸고: the result achieved, not a rise
    if cm:
        change = sc.quals.change_map[cm.group(1)]
        if value < 0 and change == "increase" and text.startswith(tuple(sc.quals.stat_minus_marks), start):
            return None             # 전일 대비 △3.2원 오른: △ a minus against the rise the sentence states, or a rise mark?
        if value < 0 and unit.quantity == "percent":
            change = "decrease"     # -15.2% 증가 (an increase of -15.2 % is a fall), -15.2% 감소
    else:
        cb = sc.quals.change_before.search(text[max(0, start - 12):start])
        if cb and value >= 0:       # a negative rate's sign already says the direction
            change = sc.quals.change_before_map[cb.group(1)]
        elif value >= 0 and (sc.quals.stat_plus.search(text, max(0, start - 16), start)
                             or rise_mark):
            change = "increase"     # 전년 대비 ▲12.4%: ▲ after a comparison word is a rise (a bullet elsewhere); △ too
                                    # on a page marking its falls ▽
    code = "CNY" if unit.won and won_means_yuan else unit.unit
    if unit.won:
        hint = sc.units.won_hint_re.search(text[max(0, start - 10):start])
        code = sc.units.won_hints[hint.group(1)] if hint else code
    return Fact(start=start, end=end, surface=text[start:end], value=tidy(value),
                value_max=tidy(value_max) if value_max is not None else None,
                unit=code, quantity=unit.quantity, qualifier=qual, change=change)


# `7%대로`, `1천억 원대의`, `30%대 후반`: 대 glued after the unit makes the figure a band
_BAND_AFTER = re.compile(r"(?:으로|[로의에를가는이인다]|였[가-힣]*|이었[가-힣]*|이다|까지|에서|\s?(?:초반|중반|후반|초|중|후))?(?![가-힣])")


def _band_top(value: Decimal) -> Decimal:
    """The upper end of the band `value`대: one more in its last significant digit
    (7 -> 8, 30 -> 40, 1천억 -> 2천억, 2.5 -> 2.6)."""
    exp = value.normalize().as_tuple().exponent
    return tidy(value + Decimal(10) ** exp)


def scan(sc: Scanner, text: str, won_means_yuan: bool = False) -> list[Fact]:
    """Every fact in `text`, without subject, period, place or sentence."""
    spans = _masked_spans(sc, text)
    facts: list[Fact] = []
    pos = 0
    while True:
        m = _next_number(sc, text, pos)
        if not m:
            break
        fact = None
        if not _in_mask(spans, m.start(), m.end()):
            fact = _fact_at(sc, text, m, won_means_yuan)
        if fact and (_in_mask(spans, fact.start, fact.end) or facts and fact.start < facts[-1].end):
            fact = None        # masked, or its currency code is the unit of the fact before (1RMB1)
        if fact:
            facts.append(fact)
            pos = fact.end
        else:
            pos = _resume(sc, text, m)
    return _with_word_amounts(sc, text, spans, _joined(sc, text, facts), won_means_yuan)


# `2년 6개월`: a number of years right before a duration in months is part of it
_YEARS_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})\s?년\s?$")
# `5년에서 10년 사이`, `1만 명부터 2만 명까지`: a range written out with its unit twice
_RANGE_FROM = re.compile(r"\s?(?:에서|부터)\s?$")
_RANGE_TO = re.compile(r"\s?(?:사이|까지)")
# `3일에서 5일 정도 걸린다`: a span that takes that long closes a range as 사이 does
_TAKES = re.compile(r"\s?(?:정도|가량|안팎)?\s?(?:[이가]\s?)?(?:걸[리린릴렸려립]|소요)")


def _joined(sc: Scanner, text: str, facts: list[Fact]) -> list[Fact]:
    """Facts read whole with the words around them: a composite duration (`2년 6개월` is 30
    months, never 6) and a range written out (`5년에서 10년 사이` is 5 to 10 years, never 10)."""
    out: list[Fact] = []
    for f in facts:
        if f.value_max is None and f.unit == "month" and f.start and text[f.start - 1] in "년 ":
            m = _YEARS_BEFORE.search(text, max(0, f.start - 6), f.start)
            if m:
                if out and out[-1].end > m.start():
                    out.pop()                   # 2년 counted on its own: it is the head
                f = _extend(f, text, m.start(), int(m.group(1)) * 12 + f.value, None)
        if f.value_max is None and f.end < len(text) and text[f.end] in _TAIL_OPENERS:
            tail = _bare_range_tail(sc, text, f)
            if tail is not None and tail[1] is None:
                continue
            if tail is not None:
                f = Fact(start=f.start, end=tail[0], surface=text[f.start:tail[0]], value=f.value,
                         value_max=tail[1], unit=f.unit, quantity=f.quantity, qualifier=f.qualifier,
                         change="")
        # not elif: `3개월에서 6개월 사이` (a space before 6개월) is a range too
        if f.value_max is None and (_RANGE_TO.match(text, f.end)
                                    or f.quantity == "duration" and _TAKES.match(text, f.end)):
            first = _range_head(sc, text, f, out)
            if first is not None and first[1] is None:
                continue                        # a range that cannot be read: no part of it is a value
            if first is not None and first[1] != f.value and not _changes_after(sc, text, f.end):
                start, low = first
                if out and out[-1].end > start:
                    out.pop()                   # 1만 명 counted on its own: it is the first end
                f = _extend(f, text, start, min(low, f.value), max(low, f.value))
        out.append(f)
    return out


_TAIL_OPENERS = frozenset("에부 ")
_RANGE_FROM_AFTER = re.compile(r"\s?(?:에서|부터)\s?")


def _bare_range_tail(sc: Scanner, text: str, f: Fact) -> tuple[int, Decimal] | None:
    """(end, value_max) of a range whose unit is written on its first end only, `30만 위안에서
    50만 사이`: a bare number with its magnitude written out, then 사이/까지 (no change word
    after 까지, which would make two levels).  `30만 위안에서 50 사이` (50 or 50만?) and a top
    below the first end give (end, None): no row at all."""
    fm = _RANGE_FROM_AFTER.match(text, f.end)
    if not fm:
        return None
    m = sc.number.match(text, fm.end())
    if not m or m.lastgroup not in "az":
        return None
    num = _read_number(sc, text, m)
    if num is None or not _RANGE_TO.match(text, num.end) or _changes_after(sc, text, num.end):
        return None
    if _has_mag(sc, f.surface) != _has_mag(sc, num.text) or num.value <= f.value:
        return num.end, None        # 50 or 50만? neither end alone is a value
    return num.end, num.value


def _extend(f: Fact, text: str, start: int, value: Decimal, value_max: Decimal | None) -> Fact:
    return Fact(start=start, end=f.end, surface=text[start:f.end], value=tidy(Decimal(value)),
                value_max=tidy(value_max) if value_max is not None else None, unit=f.unit,
                quantity=f.quantity, qualifier=f.qualifier, change="")


def _range_head(sc: Scanner, text: str, f: Fact, before: list[Fact]) -> tuple[int, Decimal | None] | None:
    """(start, value) of the first end of a range written out before the fact `f`
    (`5년에서` before `10년 사이`): a number and a unit of the same code, then 에서/부터;
    value None when that number cannot be such an end (a calendar year)."""
    m = _RANGE_FROM.search(text, max(0, f.start - 4), f.start)
    if not m:
        return None
    if before and before[-1].end == m.start() and before[-1].unit == f.unit:
        prev = before[-1]                                     # 1만 명에서: a fact of its own
        return (prev.start, prev.value) if prev.value_max is None else None
    lo = max(0, m.start() - 24)
    head = None
    for n in sc.number.finditer(text, lo, m.start()):
        head = n
    if head is None or head.lastgroup == "n":
        return None
    num = _read_number(sc, text, head)
    if num is not None and num.start and text[num.start - 1] in MINUS:
        return num.start, None      # -5에서 3도 사이, -1.5에서 2% 사이: never its top (3도) alone
    if num is None or _in_text_before(text, num.start):
        return None
    pos, value = num.end, num.value
    if not _has_mag(sc, num.text[-1]):
        tm = sc.grammar.trailing_big.match(text, pos)
        if tm and tm.end() <= m.start():
            value, pos = tidy(value * _trailing_mag(sc, tm.group().strip())), tm.end()
    if not text[pos:m.start()].strip() and not (num.start and text[num.start - 1].isalnum()):
        # 2,100만에서 2,400만 명 사이: the unit written once, after the second end; 3에서 5만 명
        # (3 or 3만?) cannot be read, and neither end alone is a value; nor can 10월 3에서 5일 사이
        # (the 3rd to the 5th, or 3 to 5 days?): a bare number before N일 is as often a day of the month
        whole = (_has_mag(sc, num.text) or not _has_mag(sc, f.surface)) and f.unit != "day"
        return num.start, value if whole else None
    units = [u for u in sc.units.after.get(text[pos:m.start()].strip(), ())
             if u.unit == f.unit or u.won and f.quantity == "money"]
    if any(u.max_value is not None and value > u.max_value for u in units):
        return num.start, None              # 2015년에서 10년 사이: a year is no end of a span
    return (num.start, value) if units else None


def _in_text_before(text: str, start: int) -> bool:
    """A digit, a decimal point or a sign right before: the number is part of another."""
    return bool(start) and (text[start - 1].isdigit() or text[start - 1] in ".,-")


def _changes_after(sc: Scanner, text: str, end: int) -> bool:
    """`3%에서 5%까지 올랐다`: two levels of a change, no range."""
    m = _RANGE_TO.match(text, end)
    return m is not None and m.group().strip() == "까지" and bool(sc.quals.change.match(text, m.end()))


def _with_word_amounts(sc: Scanner, text: str, spans, facts: list[Fact], won: bool) -> list[Fact]:
    """Add the native words that are an amount (이틀 만에, 열흘 동안), in reading order."""
    words = sc.units.words
    found = list(sc.word_scan.finditer(text)) if words is not None and not text.isascii() else None
    if not found:
        return facts
    starts = [f.start for f in facts]
    added = []
    for m in found:
        i = bisect.bisect_right(starts, m.start())
        if _in_mask(spans, m.start(), m.end()) or (i and facts[i - 1].end > m.start()) \
                or (i < len(facts) and facts[i].start < m.end()):
            continue                 # inside a fact or a masked span
        value, unit = words.amounts[m.group("word")]
        fact = _finish(sc, text, m.start(), UnitMatch(unit, m.end(), m.end()), value, None, "", unit, won)
        if fact:
            added.append(fact)
    return sorted(facts + added, key=lambda f: f.start) if added else facts


def _next_number(sc: Scanner, text: str, pos: int) -> re.Match | None:
    """sc.number.search(text, pos): the first position from `pos` where a number matches,
    looked for among the characters that can start one."""
    first = sc.number_first
    if first is None:
        return sc.number.search(text, pos)
    match = sc.number.match
    while c := first.search(text, pos):
        m = match(text, c.start())
        if m:
            return m
        pos = c.start() + 1
    return None


def _resume(sc: Scanner, text: str, m: re.Match) -> int:
    """Where to look next after a match that gave no fact: after a Hangul word cut off
    from the digits after it (`일조 4개` -> `4개`); past the whole match otherwise, so
    that a number that cannot be read whole gives no value at all."""
    if m.lastgroup != "g":
        second = _range_end(sc, text, m.end())      # 9천~1억 원, 3억~5 위안 gave no row:
        return second.end if second is not None else m.end()   # the range's end is none either
    return m.start() + len(_words_cut(sc, text, m.start(), m.group()))
