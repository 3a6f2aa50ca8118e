"""Unit table from data/units.toml: lookup of a unit written after a number
(or a currency code before it), with the per-unit guards of the table."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pipeline.facts.pagewide import page_has


@dataclass(frozen=True)
class Unit:
    unit: str
    quantity: str
    native: bool = False          # native Korean numerals may stand before it
    native_only: bool = False     # only native numerals (두 동), not 3동
    won: bool = False             # 원: KRW, or CNY when the source says so
    not_before: re.Pattern | None = None
    needs_after: re.Pattern | None = None
    needs_before: re.Pattern | None = None
    not_after: re.Pattern | None = None      # text before the number that rules it out
    max_value: int | None = None             # larger values are something else (years)
    min_value: int | None = None             # smaller values are something else (3무 정책)
    small_needs_before: re.Pattern | None = None   # ...unless this ends the text before (경작지는 1.5무)
    window: int = 8                          # characters before the number that needs_before reads
    needs_context: re.Pattern | None = None  # a word its sentence must hold (기온 for a bare 도)
    not_after_unless: re.Pattern | None = None   # after the unit: not_after does not rule it out
    fraction_only: bool = False              # only a value with a fraction (11.4년: never a calendar year)


@dataclass(frozen=True)
class GluedNative:
    """When a native numeral written without a space before its counter is a count
    (네차례, 세곳, 두배, 열두개) and not a word that starts like one (세배, 세대, 열대)."""
    not_numerals: frozenset[str]      # 한: 한곳, 한가지, 한번, 한대 are words
    not_words: frozenset[str]         # numeral + counter that is a word of its own
    after: re.Pattern                 # what may follow the counter: a particle, the copula, nothing
    counts_when: dict[str, re.Pattern]    # a listed word that is a count before these (세배 가까이)
    only_before: dict[str, tuple[str, ...]]   # a listed numeral that counts these counters (한달, 석달)

    def stops(self, numeral: str, text: str, end: int) -> bool:
        """The numeral is one of the words that stop here (한국, 한편), unless its counter follows."""
        return numeral in self.not_numerals and not text.startswith(self.only_before.get(numeral, ()), end)

    def fits(self, numeral: str, counter: str, text: str, end: int) -> bool:
        word = numeral + counter
        if word in self.not_words and not (word in self.counts_when and self.counts_when[word].match(text, end)):
            return False
        allowed = numeral not in self.not_numerals or counter in self.only_before.get(numeral, ())
        return allowed and bool(self.after.match(text, end))


@dataclass(frozen=True)
class WordAmounts:
    """Native words that are a number and its unit at once (이틀 = 2 days, 보름 = 15 days),
    found only where `pattern` sees a word of theirs followed by what makes it an amount."""
    pattern: re.Pattern
    amounts: dict[str, tuple[Decimal, Unit]]
    # the words alone: where `pattern` can match. Its optional group of look-behinds before the word
    # (after_nouns) keeps re from skipping to a word's first letter, so a search tried every position
    # (facts stage 1.3x slower in round 17); searched through this instead (leadscan.LeadScan)
    starts: re.Pattern


@dataclass
class UnitMatch:
    unit: Unit
    start: int
    end: int


@dataclass
class UnitTable:
    after: dict[str, list[Unit]]  # a surface may have several rows, tried in order
    before: dict[str, Unit]
    lengths: list[int]            # surface lengths, longest first
    before_re: re.Pattern         # currency code ending right before a number
    won_hints: dict[str, str]     # 한화로 -> KRW, 인민폐로 -> CNY
    won_hint_re: re.Pattern
    signed: frozenset[str] = frozenset()      # quantities that keep a written minus sign
    minus_re: re.Pattern | None = None        # 마이너스 right before the number
    coins: dict[str, tuple[re.Pattern, dict[str, Decimal]]] = field(default_factory=dict)
    below_zero_re: re.Pattern | None = None   # 영하, 령하 right before a temperature
    glued: GluedNative | None = None          # 네차례, 세곳: a native numeral glued to its counter
    words: WordAmounts | None = None          # 이틀, 열흘: a number and its unit in one word
    unsure_before: dict[str, re.Pattern] = field(default_factory=dict)   # ¥: no row where the text says 엔

    def __post_init__(self):
        # the lengths of the surfaces that start with each character, longest first:
        # most positions after a number start no unit, and need no slice at all
        by_first: dict[str, set[int]] = {}
        for surface in self.after:
            by_first.setdefault(surface[:1], set()).add(len(surface))
        self._lengths_by_first = {c: sorted(ns, reverse=True) for c, ns in by_first.items()}
        self._empty = "" in self.after              # an empty surface fits anywhere: try every length
        # before_re's code ends in the last three characters before the number (a space and
        # a final newline may follow it: `\s?$`); most numbers have none of their last letters there
        self._code_ends = None if "" in self.before else frozenset(code[-1] for code in self.before)

    def coin_after(self, code: str, text: str, pos: int) -> tuple[Decimal, int] | None:
        """`20센트` right after a USD amount ending at `pos`: (value in `code`, end)."""
        if code not in self.coins:
            return None
        pattern, values = self.coins[code]
        m = pattern.match(text, pos)
        if not m:
            return None
        digits, word = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        value = Decimal(digits) * values[word]
        return (value, m.end()) if value < 1 else None

    def match_after(self, text: str, pos: int, num_start: int,
                    native: bool = False, value: Decimal | None = None) -> UnitMatch | None:
        """The unit written at `pos` (one optional space allowed before it)."""
        for start in (pos, pos + 1) if pos < len(text) and text[pos] == " " else (pos,):
            for n in self.lengths if self._empty else self._lengths_by_first.get(text[start:start + 1], ()):
                if start + n > len(text):
                    continue       # a shorter slice at the end of the text is not this surface
                for unit in self.after.get(text[start:start + n], ()):
                    if self._fits(unit, text, num_start, start + n, native, value):
                        return UnitMatch(unit, start, start + n)
        return None

    def match_glued(self, text: str, num_start: int, num_end: int) -> UnitMatch | None:
        """The counter glued to the native numeral text[num_start:num_end] (네차례)."""
        if self.glued is None or self.glued.stops(text[num_start:num_end], text, num_end):
            return None            # 한국, 한편: the most frequent words stop here
        um = self.match_after(text, num_end, num_start, native=True)
        if um is None or um.start != num_end \
                or not self.glued.fits(text[num_start:num_end], text[um.start:um.end], text, um.end):
            return None
        return um

    def _fits(self, unit: Unit, text: str, num_start: int, end: int, native: bool,
              value: Decimal | None = None) -> bool:
        if native and not unit.native or unit.native_only and not native:
            return False
        if unit.fraction_only and (value is None or value == value.to_integral_value()):
            return False
        if unit.min_value is not None and value is not None and value < unit.min_value:
            small = unit.small_needs_before
            if small is None or not small.search(text[max(0, num_start - 8):num_start]):
                return False
        if unit.not_before and unit.not_before.match(text, end):
            return False
        if unit.needs_after and not unit.needs_after.match(text, end):
            return False
        if unit.not_after and unit.not_after.search(text[max(0, num_start - 8):num_start]) \
                and not (unit.not_after_unless and unit.not_after_unless.match(text, end)):
            return False
        if unit.needs_context and not unit.needs_context.search(text, *_clause(text, num_start, end)):
            return False
        if unit.needs_before:
            return bool(unit.needs_before.search(text[max(0, num_start - unit.window):num_start]))
        return True

    def match_before(self, text: str, start: int) -> UnitMatch | None:
        """A currency code written right before the number at `start`."""
        if self._code_ends is not None and self._code_ends.isdisjoint(text[max(0, start - 3):start]):
            return None
        m = self.before_re.search(text[max(0, start - 8):start])
        if not m:
            return None
        unsure = self.unsure_before.get(m.group(1))
        if unsure is not None and page_has(unsure, text):
            return None        # ¥ in a text that names the yen too: yen or yuan?
        offset = max(0, start - 8)
        return UnitMatch(self.before[m.group(1)], offset + m.start(), offset + m.end())


_CLAUSE_REACH = 80      # characters a sentence is read for context on either side of a number
_CLAUSE_END = re.compile(r"[.!?。](?!\d)|\n")     # 3.5도: a decimal point ends no sentence


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around text[start:end], cut at its ends or _CLAUSE_REACH away."""
    lo, hi = max(0, start - _CLAUSE_REACH), min(len(text), end + _CLAUSE_REACH)
    for m in _CLAUSE_END.finditer(text, lo, start):
        lo = m.end()
    m = _CLAUSE_END.search(text, end, hi)
    return lo, m.start() if m else hi


def build_units(table: dict, shared: dict[str, tuple[str, ...]] | None = None) -> UnitTable:
    """The unit table of units.toml; `shared` (unit code -> words, pipeline/ingest/data/
    unit_words.toml) adds its words to the first row of their code."""
    after: dict[str, list[Unit]] = {}
    before: dict[str, Unit] = {}
    shared = dict(shared or {})
    for row in table["units"]:
        opt = lambda key: re.compile(row[key]) if key in row else None  # noqa: E731
        unit = Unit(row["unit"], row["quantity"], row.get("native", False), row.get("native_only", False),
                    row.get("won", False),
                    opt("not_before"), opt("needs_after"), opt("needs_before"), opt("not_after"),
                    row.get("max_value"), row.get("min_value"), opt("small_needs_before"), row.get("window", 8),
                    opt("needs_context"), opt("not_after_unless"), row.get("fraction_only", False))
        for s in [*shared.pop(row["unit"], ()), *row.get("after", [])]:
            after.setdefault(s, []).append(unit)
        for s in row.get("before", []):
            before.setdefault(s, unit)
    if shared:
        raise ValueError(f"unit_words.toml names units that units.toml lacks: {', '.join(shared)}")
    codes = _alt(before)
    hints = table.get("won_hints", {})
    g = table.get("glued_native")
    glued = GluedNative(frozenset(g["not_numerals"]), frozenset(g["not_words"]), re.compile(g["after"]),
                        {w: re.compile(p) for w, p in g.get("counts_when", {}).items()},
                        {w: tuple(c) for w, c in g.get("only_before", {}).items()}) if g else None
    w = table.get("word_amounts")
    words = WordAmounts(
        # 하루 이틀, 이틀 사흘: a day or two, a vague span, not the second word's exact days
        re.compile(rf"(?<![가-힣]){''.join(f'(?<!{re.escape(x)} )' for x in w['words'])}"
                   rf"{_after_noun(w)}(?P<word>{_alt(w['words'])})"
                   rf"(?(noun)(?={w.get('after_noun_end', '(?!)')})|(?={w['needs_after']}))"),
        {word: (Decimal(value), Unit(unit, quantity)) for word, (value, unit, quantity) in w["words"].items()},
        re.compile(_alt(w["words"])),
    ) if w else None
    copula = _alt(table.get("coin_ends", {}).get("copula", [])) or "(?!)"
    coins = {code: (re.compile(rf"\s?(\d{{1,3}})\s?({_alt(words)})(?![가-힣])|"
                               rf"\s?(\d{{1,3}})\s?({_alt(words)})(?=[을를이가은는의씩에와과도만로]|(?:{copula})(?![가-힣]))"),
                    {w: Decimal(v) for w, v in words.items()})
             for code, words in table.get("subunits", {}).items()}
    return UnitTable(after, before, sorted({len(s) for s in after}, reverse=True),
                     re.compile(rf"(?<![A-Za-z])({codes})\s?$"), hints,
                     re.compile(rf"({_alt(hints)})\s?(?:약\s?|총\s?)?$"),
                     frozenset(table.get("signed_quantities", [])),
                     _ends_with(table.get("minus_words", [])), coins,
                     _ends_with(table.get("below_zero_words", [])), glued, words,
                     {sign: re.compile(p) for sign, p in table.get("unsure_before", {}).items()})


def _after_noun(w: dict) -> str:
    """An empty group `noun` that matches where a noun naming a length of time and its topic or subject
    particle stand right before (`일정은 나흘`, `기간은 엿새로`; round 17): one fixed-width look-behind each."""
    behind = [f"(?<={re.escape(n)}{p}{sp})" for n in w.get("after_nouns", []) for p in ("은", "는", "이", "가")
              for sp in (" ", "")]
    return f"(?P<noun>{'|'.join(behind)})?" if behind else "(?P<noun>(?!))?"


def _ends_with(words: list[str]) -> re.Pattern | None:
    """A word of `words` standing alone right before the end (마이너스 3%, 영하 5도)."""
    return re.compile(rf"(?<![가-힣])(?:{_alt(words)})\s?$") if words else None


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))
