"""Number grammar built from data/numbers.toml: one table of numeral and
magnitude words, from which both the scanning regex and the evaluator come."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

ARABIC = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
BIG = 4  # powers from here on close a section (만, 억, 조)


def tidy(value: Decimal) -> Decimal:
    """Exact decimal without exponent or trailing zeros (37500, 21689.5)."""
    value = value.normalize()
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value


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

    def parse(self, s: str) -> Decimal | None:
        """Value of a whole numeral string, or None when it is not one."""
        s = s.strip()
        m = self.native.fullmatch(s)
        if m:
            return Decimal(self.native_value(s))
        return self.evaluate(s)

    def native_value(self, s: str) -> int:
        if s in self.native_ranges:
            return self.native_ranges[s][0]
        for tens, tv in sorted(self.native_tens.items(), key=lambda kv: -len(kv[0])):
            if s.startswith(tens):
                rest = s[len(tens):]
                return tv + (self.native_ones[rest] if rest else 0)
        return self.native_ones[s]

    def evaluate(self, s: str) -> Decimal | None:
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
    return NumberGrammar(
        digits={**hangul, **hanzi},
        hangul_digits=set(hangul),
        magnitudes=mags,
        native_ones=dict(ones),
        native_tens=dict(tens),
        native_ranges=dict(ranges),
        arabic_led=re.compile(rf"{ARABIC}(?:[{all_mag}]+(?:{ARABIC}|[{hz_d}](?![{hz_d}]))?)*"),
        # a Chinese number needs a digit (万家, 百姓 are words), or is 十 itself
        hanzi_led=re.compile(rf"[{hz_d}{hanzi_mag}]*[{hz_d}][{hz_d}{hanzi_mag}]*|[十拾][{hz_d}{hanzi_mag}]*"),
        hangul_led=re.compile(rf"(?<![가-힣])[{hg_d}{hangul_mag}]*[{hangul_mag}][{hg_d}{hangul_mag}]*"),
        native=re.compile(rf"(?<![가-힣])(?:{alt(ranges)}|(?:{alt(tens)})(?:{alt(ones)})?|(?:{alt(ones)}))"),
        trailing_big=re.compile(rf"\s?[{big}]+"),
        token=re.compile(rf"{ARABIC}|[{hz_d}{hg_d}{all_mag}]"),
    )
