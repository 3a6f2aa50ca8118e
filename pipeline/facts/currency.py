"""Which currency `원` is in one document: KRW, or CNY where the writer uses 원
as the reading of 元 (Korean-language media in China, digests of Chinese
reports).  Decided per document from the evidence in data/currency.toml, so
that an unprofiled Chinese-run site does not report a county's revenue in won;
the decision and its evidence are written to documents.csv."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from decimal import Decimal

from pipeline.model import Fact, PlaceMention
from pipeline.facts.units import UnitTable

KRW, CNY = "KRW", "CNY"
WINDOW = 200    # characters before an amount, inside its sentence, that may name its owner


@dataclass(frozen=True)
class Signal:
    name: str
    weight: int
    pattern: re.Pattern
    min_words: int = 1        # distinct matches needed (joseon_norm: two words)


@dataclass(frozen=True)
class Magnitude:
    name: str
    words: re.Pattern         # one of them before the amount in its sentence
    below: Decimal            # an amount in 원 below this makes no sense in won
    place: bool               # the sentence must also name a Chinese place


@dataclass
class CurrencyRules:
    threshold: int
    signals: list[tuple[str, Signal]]        # (currency it points to, signal) over the whole text
    yuan_weight: int
    owner: Signal
    magnitudes: list[Magnitude]
    part_of: re.Pattern                      # 이 가운데: the 원 amount is a part of the total before it
    part_window: int
    rates: dict[str, dict[str, tuple[Decimal, Decimal]]]   # USD -> KRW -> (low, high)


@dataclass
class WonDecision:
    code: str                 # KRW, CNY, or "" when no amount is written in 원
    evidence: str             # short reason: the signals that decided it
    overrides: dict[int, str] = field(default_factory=dict)   # fact start -> code (conversions)


def _words(words: list[str], patterns: tuple[str, ...] | list[str] = ()) -> re.Pattern:
    return re.compile("|".join([*sorted(map(re.escape, words), key=len, reverse=True), *patterns]))


def build_currency(t: dict) -> CurrencyRules:
    def signal(name: str) -> Signal:
        row = t[name]
        pattern = re.compile(row["pattern"]) if "pattern" in row else _words(row["words"], row.get("patterns", []))
        return Signal(name, row["weight"], pattern, row.get("min_words", 1))
    signals = [(CNY, signal(n)) for n in ("chinese_domain", "chinese_outlet", "joseon_norm")]
    signals.append((KRW, signal("korean_domain")))
    mags = [Magnitude(m["name"], _words(m["words"]), Decimal(m["below"]), m["place"]) for m in t["magnitude"]]
    rates = {cur: {code: (Decimal(lo), Decimal(hi)) for code, (lo, hi) in row.items()}
             for cur, row in t["rates"].items()}
    part = t["part_of_yuan"]
    return CurrencyRules(t["threshold"], signals, t["yuan_amounts"]["weight"], signal("chinese_owner"),
                         mags, _words(part["words"]), part["window"], rates)


def is_won(f: Fact) -> bool:
    """An amount written in 원 (not ₩ or KRW, which are always won)."""
    return f.quantity == "money" and f.surface.endswith(("원", "원대"))      # 1천억 원대: a band


def settle_won(text: str, facts: list[Fact], sentences: list[tuple[int, int]],
               places: list[PlaceMention], rules: CurrencyRules, units: UnitTable,
               profile_says_yuan: bool = False) -> WonDecision:
    """Decide what 원 means in this document and set the unit of every amount
    in 원 that no word right before it (한화로, 인민폐로) already decided."""
    won = [f for f in facts if is_won(f) and not _named(f, text, units)]
    if not any(is_won(f) for f in facts):
        return WonDecision("", "")
    if not won:      # 인민폐 3억 원, 한화로 35억 원: each amount in 원 says its currency itself
        codes = sorted({f.unit for f in facts if is_won(f)})
        return WonDecision(codes[0] if len(codes) == 1 else "", f"named: {', '.join(codes)}")
    decision = _decide(text, facts, won, sentences, places, rules, profile_says_yuan)
    for f in won:
        f.unit = decision.overrides.get(f.start, decision.code)
    return decision


def _named(f: Fact, text: str, units: UnitTable) -> bool:
    """A word already says which currency this 원 is: a hint right before the amount
    (한화로 35억 원) or a currency word the scanner made the start of its surface
    (인민폐 5억 원, RMB 3억원)."""
    return bool(units.won_hint_re.search(text[max(0, f.start - 10):f.start])
                or f.surface.startswith(tuple(units.before)))


def _decide(text: str, facts: list[Fact], won: list[Fact], sentences: list[tuple[int, int]],
            places: list[PlaceMention], rules: CurrencyRules, profile_says_yuan: bool) -> WonDecision:
    score = {CNY: 0, KRW: 0}
    found: list[str] = []

    def add(code: str, weight: int, reason: str) -> None:
        score[code] += weight
        found.append(reason)

    overrides = _conversions(facts, won, text, rules)
    for start, (code, reason) in overrides.items():
        add(code, rules.threshold + 1, reason)
    if profile_says_yuan:
        add(CNY, 100, "source profile")
    for code, sig in rules.signals:
        hits = sorted({m.group() for m in sig.pattern.finditer(text)})
        if len(hits) >= sig.min_words:
            add(code, sig.weight, f"{sig.name}: {', '.join(hits[:3])}")
    yuan = [f for f in facts if f.unit == CNY and not is_won(f)]
    if yuan:
        add(CNY, rules.yuan_weight, f"yuan_amounts: {len(yuan)}")
    sent_starts = [s for s, _ in sentences] or [0]
    places = sorted(places, key=lambda p: p.start)
    place_starts = [p.start for p in places]
    for f in won:
        if f.start in overrides:
            continue
        s0 = sentences[max(0, bisect.bisect_right(sent_starts, f.start) - 1)][0] if sentences else 0
        s0 = max(s0, f.start - WINDOW)
        whole = _part_of_yuan(f, text, s0, facts, rules)
        if whole is not None:
            add(CNY, rules.threshold, f"part_of_yuan: {whole.surface} > {f.surface}")
            continue
        in_place = _place_between(places, place_starts, s0, f.start)
        reason = _owner_or_magnitude(f, text[s0:f.start], in_place, rules)
        if reason:
            add(CNY, reason[0], reason[1])
    code = CNY if score[CNY] >= rules.threshold and score[CNY] > score[KRW] else KRW
    evidence = "; ".join(dict.fromkeys(found)) or "no evidence of 元"
    return WonDecision(code, evidence[:200], {s: c for s, (c, _) in overrides.items()})


def _part_of_yuan(f: Fact, text: str, s0: int, facts: list[Fact], rules: CurrencyRules) -> Fact | None:
    """The yuan total this 원 amount is a part of: its sentence opens with `이 가운데`
    and the nearest money amount before it, within the window, is in yuan."""
    opener = rules.part_of.search(text, s0, f.start)
    if opener is None or text[s0:opener.start()].strip(" \n,\"'“”"):
        return None
    before = [g for g in facts if g.quantity == "money" and g.end <= s0 and f.start - g.end <= rules.part_window]
    whole = max(before, key=lambda g: g.end, default=None)
    return whole if whole is not None and whole.unit == CNY and not is_won(whole) else None


def _place_between(places: list[PlaceMention], starts: list[int], lo: int, hi: int) -> bool:
    """A Chinese place mention lies inside text[lo:hi] (places sorted by start)."""
    i = bisect.bisect_left(starts, hi) - 1
    while i >= 0 and places[i].start >= lo:
        if places[i].end <= hi:
            return True
        i -= 1
    return False


def _owner_or_magnitude(f: Fact, before: str, in_place: bool,
                        rules: CurrencyRules) -> tuple[int, str] | None:
    """(weight, reason) when the text before the amount in its sentence shows it is yuan."""
    for m in rules.magnitudes:
        if f.value < m.below and m.words.search(before) and (in_place or not m.place):
            return rules.threshold, f"{m.name}: {f.surface}"
    om = rules.owner.pattern.search(before)
    if om:
        return rules.owner.weight, f"{rules.owner.name}: {om.group()}"
    return None


_GAP = re.compile(r"\s?(?:[(（\[]\s?(?:약|대략|한화|원화|인민폐|인민페)?\s?|에\s?|당\s?|=\s?)")


def _conversions(facts: list[Fact], won: list[Fact], text: str,
                 rules: CurrencyRules) -> dict[int, tuple[str, str]]:
    """Amounts in 원 that convert the amount right before them (`10억 위안(약
    1,900억 원)`, `1달러에 1,350원`): the ratio says whether 원 is won or yuan."""
    out: dict[int, tuple[str, str]] = {}
    by_end = {f.end: f for f in facts if f.quantity == "money" and not is_won(f)}
    for f in won:
        for end in range(max(0, f.start - 8), f.start):
            prev = by_end.get(end)
            if prev is None or prev.unit not in rules.rates or prev.value <= 0 \
                    or not _GAP.fullmatch(text, end, f.start):
                continue
            ratio = f.value / prev.value
            for code, (lo, hi) in rules.rates[prev.unit].items():
                if lo <= ratio <= hi:
                    out[f.start] = (code, f"conversion: {prev.surface} = {f.surface}")
    return out
