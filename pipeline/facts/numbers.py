"""Number grammar built from data/numbers.toml: one table of numeral and
magnitude words, from which both the scanning regex and the evaluator come."""
from __future__ import annotations

import re
from contextlib import AbstractContextManager
from dataclasses import dataclass
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, localcontext

ARABIC = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
BIG = 4  # powers from here on close a section (만, 억, 조, 경)

# Written numbers have any number of digits (a 40-digit figure in a table is
# garbage, but it must not lose the document): arithmetic on values is exact.
# Only multiplication and addition are used, so a huge precision costs nothing.
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)


def exact() -> AbstractContextManager:
    """Context in which every sum and product of written numbers is exact."""
    return localcontext(_EXACT)


_ONE = Decimal(1)


def tidy(value: Decimal) -> Decimal:
    """Exact decimal without exponent or trailing zeros (37500, 21689.5)."""
    # the context is passed to each call: the same as `with exact()`, without its cost;
    # an integral value is quantised without normalising it first (the same digits)
    if value == value.to_integral_value(context=_EXACT):
        return value.quantize(_ONE, context=_EXACT)
    return value.normalize(_EXACT)


def _chars(words) -> str:
    return "".join(sorted(words))


@dataclass
class NumberGrammar:
    digits: dict[str, int]          # Sino-Korean and Chinese digit words
    hangul_digits: set[str]
    magnitudes: dict[str, int]      # word -> power of ten
    native_ones: dict[str, int]
    native_tens: dict[str, int]
    native_ranges: dict[str, list[int]]   # 두세 -> [2, 3]
    arabic_led: re.Pattern          # 3.75만, 1조2천억, 2백47만
    hanzi_led: re.Pattern           # 三千万, 两千
    hangul_led: re.Pattern          # 오백팔십일만구천십사, 백 (needs a magnitude)
    native: re.Pattern              # 스물다섯, 세
    trailing_big: re.Pattern        # 억 in `100여 억`
    token: re.Pattern
    spaced: str                     # groups after a space: `3억 4567만 8900`, `6천 3백만`

    def __post_init__(self):
        self._tens_longest_first = sorted(self.native_tens.items(), key=lambda kv: -len(kv[0]))

    def read(self, s: str) -> Decimal | None:
        """Value of a number as the scanner found it; a number spaced into
        groups (한글 맞춤법 제44항) must be in canonical order, else None."""
        if " " in s:
            return self.evaluate_strict(s.replace(" ", ""))
        return self.evaluate(s)

    def parse(self, s: str) -> Decimal | None:
        """Value of a whole numeral string, or None when it is not one."""
        s = s.strip()
        m = self.native.fullmatch(s)
        if m:
            return Decimal(self.native_value(s))
        return self.read(s)

    def native_value(self, s: str) -> int:
        if s in self.native_ranges:
            return self.native_ranges[s][0]
        for tens, tv in self._tens_longest_first:
            if s.startswith(tens):
                rest = s[len(tens):]
                return tv + (self.native_ones[rest] if rest else 0)
        return self.native_ones[s]

    def evaluate(self, s: str) -> Decimal | None:
        m = self.token.match(s)
        if m and m.end() == len(s) and s[0].isdigit():
            # digits alone (most numbers): no arithmetic; without a point, Decimal reads them
            # as tidy already (no exponent, no leading zeros: Decimal("0100") is 100)
            return Decimal(s.replace(",", "")) if "." not in s else tidy(Decimal(s.replace(",", "")))
        with exact():
            return self._evaluate(s)

    def _evaluate(self, s: str) -> Decimal | None:
        total, section, current = Decimal(0), Decimal(0), None
        top_big, pos, seen = -1, 0, False
        while pos < len(s):
            m = self.token.match(s, pos)
            if not m:
                return None
            tok, pos, seen = m.group(), m.end(), True
            if tok[0].isdigit():
                current = Decimal(tok.replace(",", ""))
            elif tok in self.digits:
                d = self.digits[tok]
                if current is not None and d and current % 10:
                    return None     # 이삼십, 二三十万: a rough range (20~30), never 230 (一〇〇 reads)
                current = Decimal(d) if current is None else current * 10 + d
            else:
                power = self.magnitudes[tok]
                unit = Decimal(10) ** power
                if power < BIG:
                    section += (Decimal(1) if current is None else current) * unit
                else:
                    part = section + (current or 0)
                    if part == 0 and (current is None):
                        part = Decimal(1) if total == 0 else Decimal(0)
                    if power > top_big and total:
                        total = (total + part) * unit   # 一万二千亿
                    else:
                        total += part * unit
                    top_big = max(top_big, power)
                    section = Decimal(0)
                current = None
        if not seen:
            return None
        return tidy(total + section + (current or 0))

    def evaluate_strict(self, s: str) -> Decimal | None:
        """Like `evaluate`, for the canonical Korean order only: big magnitudes
        (만, 억, 조, 경) decreasing, small ones (십, 백, 천) decreasing inside a
        section, and every part smaller than the magnitude before it
        (`3억 4567만 8900`, `2천 4백 80만`, `천 2백만`).  None otherwise:
        `3만 4억`, `5천 3000` are no number, never a part of one."""
        with exact():
            total, section, current = Decimal(0), Decimal(0), None
            last_big = last_small = None
            for tok in self.token.findall(s):
                if tok[0].isdigit() or tok in self.digits:
                    d = Decimal(tok.replace(",", "")) if tok[0].isdigit() else Decimal(self.digits[tok])
                    current = d if current is None or tok[0].isdigit() else current * 10 + d
                    continue
                power = self.magnitudes[tok]
                if power < BIG:
                    if last_small is not None and power >= last_small:
                        return None
                    if current is not None and last_small is not None and current >= 10 ** (last_small - power):
                        return None
                    section += (Decimal(1) if current is None else current) * Decimal(10) ** power
                    last_small = power
                else:
                    if current is not None and last_small is not None and current >= 10 ** last_small:
                        return None
                    part = section + (current or 0)
                    if last_big is not None and (power >= last_big or part >= Decimal(10) ** (last_big - power)):
                        return None
                    if part == 0:
                        if total or current is not None:
                            return None
                        part = Decimal(1)            # 만 명, 천 2백만: the magnitude alone is one of it
                    total += part * Decimal(10) ** power
                    last_big, last_small, section = power, None, Decimal(0)
                current = None
            if current is not None and last_small is not None and current >= 10 ** last_small:
                return None
            rest = section + (current or 0)
            if last_big is not None and rest >= Decimal(10) ** last_big:
                return None
            if "".join(self.token.findall(s)) != s or not s:
                return None
            return tidy(total + rest)


def build_grammar(table: dict) -> NumberGrammar:
    hangul = {k: v for k, v in table["digits"]["hangul"].items()}
    hanzi = {k: v for k, v in table["digits"]["hanzi"].items()}
    mags = dict(table["magnitudes"])
    hangul_mag = _chars(k for k in mags if "\uac00" <= k <= "\ud7a3")
    hanzi_mag = _chars(k for k in mags if k not in hangul_mag)
    all_mag = hangul_mag + hanzi_mag
    big = _chars(k for k, p in mags.items() if p >= BIG)
    ones, tens = table["native"]["ones"], table["native"]["tens"]
    ranges = table["native"].get("ranges", {})
    alt = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # noqa: E731
    hz_d, hg_d = _chars(hanzi), _chars(hangul)
    arabic_group = rf"{ARABIC}(?:[{all_mag}]+(?:{ARABIC}|[{hz_d}](?![{hz_d}]))?)*"
    hangul_group = rf"[{hg_d}{hangul_mag}]*[{hangul_mag}][{hg_d}{hangul_mag}]*"
    # 천2백만: Arabic digits glued to a Hangul magnitude continue its number
    hangul_then_arabic = rf"{hangul_group}(?:(?<=[{hangul_mag}]){arabic_group})?"
    return NumberGrammar(
        digits={**hangul, **hanzi},
        hangul_digits=set(hangul),
        magnitudes=mags,
        native_ones=dict(ones),
        native_tens=dict(tens),
        native_ranges=dict(ranges),
        arabic_led=re.compile(arabic_group),
        # a Chinese number needs a digit (万家, 百姓 are words), or is 十 itself
        # (read from the start of a run only, so a long run is tried once)
        hanzi_led=re.compile(rf"(?<![{hz_d}{hanzi_mag}])(?:[{hz_d}{hanzi_mag}]*[{hz_d}][{hz_d}{hanzi_mag}]*"
                             rf"|[十拾][{hz_d}{hanzi_mag}]*)"),
        hangul_led=re.compile(rf"(?<![가-힣]){hangul_then_arabic}"),
        native=re.compile(rf"(?<![가-힣])(?:{alt(ranges)}|(?:{alt(tens)})(?:{alt(ones)})?|(?:{alt(ones)}))"),
        trailing_big=re.compile(rf"\s?[{big}]+"),
        token=re.compile(rf"{ARABIC}|[{hz_d}{hg_d}{all_mag}]"),
        # one space may follow a magnitude word, then the next group; one space
        # may stand between digits and their magnitude word (`4567 만`, `2 천 만`)
        spaced=rf"(?:(?<=[{all_mag}]) (?:{arabic_group}|{hangul_then_arabic})"
               rf"|(?<=\d) (?=[{hangul_mag}]){hangul_then_arabic})*",
    )
