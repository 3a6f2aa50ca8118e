"""Which currency `원` is, amount by amount: KRW, or CNY where the writer uses 원
as the reading of 元 (Korean-language media in China, digests of Chinese
reports).  The document's evidence (data/currency.toml) gives a default, so that
an unprofiled Chinese-run site does not report a county's revenue in won; then
each amount's own evidence in its sentence (its owner, where the money is earned
or spent, a yuan amount beside it, a size that makes no sense in won) decides
that amount, so that a page mixing a Chinese city's 元 with a wage earned in Korea
gets both right.  The decisions and their evidence go to documents.csv."""
from __future__ import annotations

import bisect
import re
from typing import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from pipeline.model import Fact, PlaceMention
from pipeline.facts.units import _CLAUSE_END, UnitTable
from pipeline.ingest.regex_needs import might_match, needs

KRW, CNY, TWD, HKD, MOP = "KRW", "CNY", "TWD", "HKD", "MOP"
WINDOW = 200    # characters before an amount, inside its sentence, that may name its owner
EVIDENCE_CHARS = 400   # won_evidence is cut here


@dataclass(frozen=True)
class Signal:
    name: str
    weight: int
    pattern: re.Pattern
    min_words: int = 1        # distinct matches needed (joseon_norm: two words)
    chrome: bool = False      # also read in the lines the cleaner removed: a site's footer names it
    cited: Cited | None = None   # a match the text cites as its source is none (data/currency.toml [cited])

    def __post_init__(self) -> None:
        # what every match holds (regex_needs.py): most texts lack a `.cn` or an outlet's name,
        # and the pattern is not searched through them (speed only)
        object.__setattr__(self, "needs", needs(self.pattern))

    def hits(self, text: str) -> list[str]:
        """The distinct matches in `text` that it does not cite as a source, sorted."""
        if not might_match(self.needs, text):
            return []
        return sorted({m.group() for m in self.pattern.finditer(text) if not (self.cited and self.cited.at(text, m))})


@dataclass(frozen=True)
class Cited:
    """Where a text names a Chinese outlet or domain as the source it cites (`연변일보에 따르면`,
    `자료원: … (http://tjj.ln.gov.cn)`): that says nothing of where its own writer is."""
    after: re.Pattern         # a citing word after the match, in its clause
    label: re.Pattern         # a data-source label opening the match's line

    def at(self, text: str, m: re.Match) -> bool:
        line = text.rfind("\n", 0, m.start()) + 1
        return bool(self.after.match(text, m.end()) or self.label.match(text, line, m.start()))


@dataclass(frozen=True)
class Magnitude:
    name: str
    words: re.Pattern         # one of them before the amount in its sentence
    below: Decimal            # an amount in 원 below this makes no sense in won
    place: bool               # the sentence must also name a Chinese place
    not_a_change: bool = False   # not when the amount is the size of a change (리터당 8원 올라)
    whole_item: bool = False     # not a price per small unit (10초당 18원, kWh당 30원)
    change_below: Decimal = Decimal(0)   # a change this small still says 元 (월급이 300원 올랐다)
    after: re.Pattern | None = None      # must follow the amount (농민은 한 달에 150원을 번다: 을 번다)
    amount_only: bool = False    # a price of one thing (찰떡 한 근이 12원): decides its own amount; the page needs two


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
    korean: re.Pattern = re.compile(r"(?!)")       # KRW evidence at one amount (korean_owner)
    domestic: re.Pattern = re.compile(r"(?!)")     # 국내 기업: Korea's only when the writer is
    writer_in_china: frozenset[str] = frozenset()  # document signals of a writer in China
    comparable: tuple[Decimal, Decimal] = (Decimal("0.05"), Decimal("20"))  # 원 / 위안 of one currency
    small_beside_yuan: Decimal = Decimal("1000")   # only an amount below this follows a yuan price
    too_big: list[tuple[str, re.Pattern, Decimal, re.Pattern | None]] = field(default_factory=list)  # KRW above
    tiny_below: Decimal = Decimal("10")      # 6원: no price in won, on a page dealing in yuan
    china_words: re.Pattern = re.compile(r"(?!)")   # 중국 편의점은 6원: China named in the clause
    named_after: re.Pattern = re.compile(r"(?!)")   # 3억원(한화), 3억원(元): the currency in brackets after
    named_after_codes: dict[str, str] = field(default_factory=dict)
    conversion_words: re.Pattern = re.compile(r"(?!)")   # 환산하면: 월 4,800원은 약 91만원 is a conversion
    anaphora: re.Pattern = re.compile(r"(?!)")      # 이 그룹은: the owner is named in the sentence before
    not_payer_after: re.Pattern = re.compile(r"(?!)")   # 한국 기업 유치: Korea is the object, not the payer
    table_korea: re.Pattern = re.compile(r"(?!)")   # a table column headed 한국, 서울: its cells are won
    conversion_not: re.Pattern = re.compile(r"(?!)")   # 현재 가치로 환산하면: a price of another year, not a rate
    table_currency: re.Pattern = re.compile(r"(?!)")   # a column headed 통화: its cell names the row's currency
    taiwan: re.Pattern = re.compile(r"(?!)")   # 대만 근로자 월급 4,500원: Taiwan's 元 (TWD)
    hongkong: re.Pattern = re.compile(r"(?!)")  # 홍콩 근로자의 월급은 1만 2천원: Hong Kong's 元 (HKD)
    macau: re.Pattern = re.compile(r"(?!)")     # 마카오의 최저임금은 34元: Macao's 元 (MOP), round 17
    respectively: re.Pattern = re.compile(r"(?!)")   # 각각: the amounts after it pair with the owners before it
    list_gap: re.Pattern = re.compile(r"(?!)")       # what may stand between two amounts of such a list
    list_owners: dict[str, re.Pattern] = field(default_factory=dict)   # owners read only in such a list (서울, 대북)
    taiwan_not_after: re.Pattern = re.compile(r"(?!)")   # 대만계, 대만산: Taiwan's firm or goods, not its 元
    mainland: re.Pattern = re.compile(r"(?!)")   # 중공, 대륙: the mainland named in the clause
    not_mainland: tuple[str, ...] = ()            # name_zh starts of places whose 元 is not CNY (台湾, 香港)
    connective: re.Pattern = re.compile(r"(?!)")  # 높지만 연길 …: a clause with its own topic starts after it
    change_after: re.Pattern = re.compile(r"(?!)")   # 8원 올랐다: the amount is the size of a change
    from_after: re.Pattern = re.compile(r"(?!)")     # 한국에서 온 관광객: where from, not where spent
    branch_after: re.Pattern = re.compile(r"(?!)")   # 현대자동차 북경공장: a Korean owner's branch in China
    route: re.Pattern = re.compile(r"(?!)")          # 홍콩-타이베이: the mark between the two ends of a route
    listed_after: re.Pattern = re.compile(r"(?!)")   # 홍콩 증시에 상장된: a listing venue, not where the money is
    route_won_below: Decimal = Decimal(0)            # a ticket between two zones under this is no won (3천원)
    korean_home: Signal | None = None   # 서울 코엑스에서 … 연다, 부산의 식품기업: the page's actor is in South Korea
    fee_words: re.Pattern = re.compile(r"(?!)")   # 회비, 후원금: a community's money (round 16)
    fee_unsure_from: Decimal = Decimal("10000")


@dataclass
class WonDecision:
    code: str                 # KRW, CNY, or "" when no amount is written in 원
    evidence: str             # short reason: the signals that decided it
    overrides: dict[int, str] = field(default_factory=dict)   # fact start -> code (conversions)
    writer_in_china: bool = False   # a profile, a Chinese outlet or domain, the 조선어 norm said 元
    prices_only: bool = False       # every sign of 元 was a quoted price of one thing (amount_only)
    korean_home: bool = False       # the page is South Korean and only quotes prices in 元 (round 16)


def _words(words: list[str], patterns: tuple[str, ...] | list[str] = ()) -> re.Pattern:
    return re.compile("|".join([*sorted(map(re.escape, words), key=len, reverse=True), *patterns]))


def build_currency(t: dict) -> CurrencyRules:
    def signal(name: str) -> Signal:
        row = t[name]
        pattern = re.compile(row["pattern"]) if "pattern" in row else _words(row["words"], row.get("patterns", []))
        return Signal(name, row["weight"], pattern, row.get("min_words", 1), row.get("chrome", False),
                      cited if name in t["cited"]["signals"] else None)
    c = t["cited"]
    labels = "|".join(c["label"])
    cited = Cited(re.compile(rf"[^.!?\n]{{0,{c['window']}}}?(?:{'|'.join(c['after'])})"),
                  re.compile(rf"\s*(?:[\[<(【]\s*(?:{labels})\s*[\]>)】]|(?:{labels})\s*[:：])"))
    signals = [(CNY, signal(n)) for n in ("chinese_domain", "chinese_outlet", "chinese_cms", "joseon_norm")]
    signals.append((KRW, signal("korean_domain")))
    mags = [Magnitude(m["name"], _words(m.get("words", []), m.get("patterns", [])), Decimal(m["below"]), m["place"],
                      m.get("not_a_change", False), m.get("whole_item", False), Decimal(m.get("change_below", "0")),
                      re.compile(m["after"]) if "after" in m else None, m.get("amount_only", False))
            for m in t["magnitude"]]
    rates = {cur: {code: (Decimal(lo), Decimal(hi)) for code, (lo, hi) in row.items()}
             for cur, row in t["rates"].items()}
    part = t["part_of_yuan"]
    per = t["per_amount"]
    rules = CurrencyRules(t["threshold"], signals, t["yuan_amounts"]["weight"], signal("chinese_owner"),
                         mags, _words(part["words"]), part["window"], rates,
                         _words(t["korean_owner"]["words"], t["korean_owner"].get("patterns", [])),
                         re.compile(t["domestic_owner"]["pattern"]), frozenset(per["writer_in_china"]),
                         (Decimal(per["comparable"][0]), Decimal(per["comparable"][1])),
                         Decimal(per["small_beside_yuan"]),
                         [(m["name"], _words(m.get("words", []), m.get("patterns", [])), Decimal(m["above"]),
                           re.compile(m["after"]) if "after" in m else None) for m in t.get("too_big_for_yuan", [])],
                         Decimal(per["tiny_below"]), _words(per["china_words"]),
                         *_named_after(t["named_after"]), _words(t["conversion_pair"]["words"]),
                         _words(t["anaphora"]["words"]), re.compile(t["korean_owner"]["not_payer_after"]),
                         _words(t["table_column"]["korea"]))
    if t["conversion_pair"].get("not_words"):
        rules.conversion_not = _words(t["conversion_pair"]["not_words"])
    rules.table_currency = _words(t["table_column"].get("currency_heads", []))
    if "taiwan" in t:
        rules.taiwan = _words(t["taiwan"]["words"])
        rules.taiwan_not_after = re.compile(t["taiwan"]["not_after"])
        rules.mainland = _words(t["taiwan"]["mainland"])
        rules.hongkong = _words(t["taiwan"].get("hongkong", []))
        rules.macau = _words(t["taiwan"].get("macau", []))
        if "listed_after" in t["taiwan"]:
            rules.listed_after = re.compile(t["taiwan"]["listed_after"])
        route = t["taiwan"].get("route")
        if route:
            rules.route = re.compile(r"[\w·]{1,12}?" + route["between"] + r"[\w·]{1,12}")
            rules.route_won_below = Decimal(route["won_below"])
    rules.not_mainland = tuple(t["not_mainland"]["name_zh_starts"])
    if "respectively" in t:
        resp = t["respectively"]
        rules.respectively, rules.list_gap = _words(resp["words"]), re.compile(resp["gap"])
        rules.list_owners = {code: _words(row.get("words", []), row.get("patterns", []))
                             for code, row in resp["owners"].items()}
    fee = t["fee_on_price_pages"]
    rules.fee_words, rules.fee_unsure_from = _words(fee["words"]), Decimal(fee["from"])
    rules.connective = connective_pattern(t["clause_connective"]["endings"])
    change = t["change_after"]
    rules.change_after = re.compile(rf"(?:{_words(change['particles']).pattern})?\s?(?:{_words(change['stems']).pattern})")
    rules.branch_after = re.compile(t["korean_owner"]["branch_after"])
    rules.from_after = re.compile(rf"\s?(?:[가-힣]+\s)?[가-힣]*(?:{_words(t['from_after']['verbs']).pattern})")
    if "korean_home" in t:
        rules.korean_home = signal("korean_home")
    return rules


def connective_pattern(endings: list[str]) -> re.Pattern:
    """A connective ending glued to a Hangul syllable, then a comma or a space."""
    return re.compile(r"(?<=[가-힣])(?:" + "|".join(map(re.escape, endings)) + r")[,\s]")


def _named_after(row: dict) -> tuple[re.Pattern, dict[str, str]]:
    """`(한화)`, `(元)` right after an amount: the pattern (group 1 the word) and its codes."""
    words = row["words"]
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"\s?[(（]\s?({alt})\s?[)）]"), dict(words)


def is_won(f: Fact) -> bool:
    """An amount written in 원 (not ₩ or KRW, which are always won); 1천억 원대 is a band,
    3천원에서 5천 (사이) a range with its unit on the first end."""
    return f.quantity == "money" and (f.surface.endswith(("원", "원대")) or "원에서" in f.surface)


def settle_won(text: str, facts: list[Fact], sentences: list[tuple[int, int]],
               places: list[PlaceMention], rules: CurrencyRules, units: UnitTable,
               profile_says_yuan: bool = False, chrome: str = "",
               mainland_reading: Callable[[str], bool] | None = None) -> WonDecision:
    """Decide what 원 means in this document, then amount by amount: set the unit of
    every amount in 원 that no word right before it (한화로, 인민폐로) already decided.
    `chrome`: the lines the cleaner removed, where a site names itself (its domain, its
    outlet's name, its CMS's labels); only the signals marked `chrome` read them.
    An amount whose own evidence conflicts (a Korean and a Chinese owner before it in
    its clause) is taken out of `facts` (no row), and the evidence says so.
    `mainland_reading`: whether a Hangul word transliterates a mainland place the places stage did
    not confirm (`쿤산` bare), asked only in a clause that names Taiwan or Hong Kong."""
    _yuan_outside_mainland(text, facts, sentences, places, rules, mainland_reading)
    won = [f for f in facts if is_won(f) and not _named(f, text, units)]
    if not any(is_won(f) for f in facts):
        return WonDecision("", "")
    if not won:      # 인민폐 3억 원, 한화로 35억 원: each amount in 원 says its currency itself
        codes = sorted({f.unit for f in facts if is_won(f)})
        return WonDecision(codes[0] if len(codes) == 1 else "", f"named: {', '.join(codes)}")
    decision = _decide(text, facts, won, sentences, places, rules, profile_says_yuan, chrome)
    _korean_home(decision, text, chrome, rules)
    notes: list[str] = []
    dropped: set[int] = set()
    around = _Around(facts, sentences)
    mainland = sorted((p for p in places if not p.name_zh.startswith(rules.not_mainland)), key=lambda p: p.start)
    mainland_starts = [p.start for p in mainland]
    page_region = _page_region(text, mainland, rules)     # once per page: each amount asking would be quadratic
    for f in won:
        code = decision.overrides.get(f.start)
        named = rules.named_after.match(text, f.end) if code is None else None
        if named:                # 3억원(한화), 8억원(인민폐): the writer says it right after the amount
            code = rules.named_after_codes[named.group(1)]
            if code != decision.code:
                notes.append(f"{f.surface} {code} (named after: {named.group(1)})")
        if code is None:
            own = _own_evidence(f, text, around, rules, decision, _clause_hints(units), (mainland, mainland_starts))
            code = decision.code if own is None else own[0]
            if own is None and decision.korean_home and _names_china(f, text, around, rules, (mainland, mainland_starts)):
                code = ""            # 서울 박람회 … 청두 현지 공장의 월 임대료는 3만원: the page's won, or the prices' 元?
                notes.append(f"{f.surface} no row (a Chinese place on a Korean page quoting 元 prices)")
            elif own is None and _fee_on_price_page(f, text, around, rules, decision):
                code = ""            # 상하이 교민회 … 짜장면 15원 … 연회비는 5만원: 元, or the members' won?
                notes.append(f"{f.surface} no row (a fee on a page whose 元 is quoted prices only)")
            if own is not None and own[0] != decision.code:
                notes.append(f"{f.surface} {own[0] or 'no row'} ({own[1]})")
            if code == KRW and f.value < rules.route_won_below \
                    and _mixed_route(f, text, around, (mainland, mainland_starts), rules):
                code = ""            # 홍콩-선전 고속철 요금은 68원: too small for won, and 元 of which side?
                notes.append(f"{f.surface} no row (a route between two currencies)")
            if not code:
                dropped.add(f.start)
            elif code == CNY:
                region = _outside_mainland(f, text, around, (mainland, mainland_starts), rules, page_region,
                                           mainland_reading)
                if region is not None:
                    code = region
                    notes.append(f"{f.surface} {region or 'no row'} ({'taiwan and hong kong' if not region else 'taiwan' if region == TWD else 'hong kong'})")
                    if not region:
                        dropped.add(f.start)
        f.unit = code
    if dropped:
        facts[:] = [f for f in facts if not (is_won(f) and f.start in dropped)]
    if notes:
        decision.evidence = (decision.evidence + "; per amount: " + "; ".join(notes))[:EVIDENCE_CHARS]
    return decision


def _korean_home(decision: WonDecision, text: str, chrome: str, rules: CurrencyRules) -> None:
    """A South Korean page that quotes a few Chinese prices in 원 (a Seoul fair's notice on Chengdu's
    noodles) is still written in Korea: when every sign of 元 was such a price and the page puts its
    event, organiser or firm in a South Korean city, 원 is won; the prices stay 元 by their own clause
    (round 16, `currency.toml` [korean_home])."""
    sig = rules.korean_home
    if decision.code != CNY or not decision.prices_only or sig is None:
        return
    hits = sig.hits(f"{text}\n{chrome}" if chrome else text)
    if hits:
        decision.code = KRW
        decision.korean_home = True
        decision.evidence = f"{sig.name}: {hits[0]}; quoted prices only ({decision.evidence})"[:200]


def _clause_start(text: str, hi: int, around: "_Around", lo: int | None = None,
                  connective: re.Pattern | None = None) -> int:
    """Where the clause holding text[hi] (an amount's start, or a 각각 before amounts) starts: after the last money
    amount ending before it and, when `connective` is given, the last connective ending (-고, -며); no earlier than
    `lo`, by default the sentence's start or WINDOW characters before `hi`. (Round 18: one function for what were
    two, `_clause_start` and `_clause_start_at`.)"""
    if lo is None:
        s0, _ = around.sentence(hi, len(text))
        lo = max(s0, hi - WINDOW)
    ends = [g.end for g in around.ending_in(lo, hi) if g.quantity == "money"]
    if connective is not None:
        ends += [m.end() for m in connective.finditer(text, lo, hi)]
    return max([lo, *ends])


def _names_china(f: Fact, text: str, around: "_Around", rules: CurrencyRules,
                 mainland: tuple[list[PlaceMention], list[int]]) -> bool:
    """The amount's clause names China, 현지 or a mainland place."""
    clause = _clause_start(text, f.start, around)
    return bool(rules.china_words.search(text, clause, f.start)) or _place_between(mainland[0], mainland[1], clause, f.start)


def _fee_on_price_page(f: Fact, text: str, around: "_Around", rules: CurrencyRules, decision: WonDecision) -> bool:
    """A member's fee or a donation, large for 元, on a page whose 元 comes only from quoted prices: the
    writer may quote local prices in 元 and still count the community's money in won."""
    return decision.code == CNY and decision.prices_only and not decision.writer_in_china \
        and f.value >= rules.fee_unsure_from and bool(rules.fee_words.search(text, _clause_start(text, f.start, around), f.start))


def _outside_mainland(f: Fact, text: str, around: "_Around", mainland: tuple[list[PlaceMention], list[int]],
                      rules: CurrencyRules, page_region: str | None,
                      reading: Callable[[str], bool] | None = None) -> str | None:
    """The currency of an amount read as 元 that is Taiwan's (TWD) or Hong Kong's (HKD), "" when its
    clause names both (no row), None when it is the mainland's. Its clause (from its sentence's start
    or the money amount before it) names Taiwan or Hong Kong as more than a firm's or goods' origin,
    and neither the mainland (중공, 대륙) nor a place of it (복건성 하문)."""
    clause = _clause_start(text, f.start, around)
    if _mixed_route(f, text, around, mainland, rules):
        return ""                # 홍콩-타이베이 항공권 3천원: sold at either end, in either 元
    owners = _respectively(f, text, around, mainland, rules, reading)
    if owners is not None:
        return None if owners == CNY else owners   # None: the mainland's; "": no owner can be told
    if any(rules.listed_after.match(text, m.end()) for words in _regions(rules).values()
           for m in words.finditer(text, clause, f.start)):
        return ""                # 홍콩 증시에 상장된 텐센트의 매출은 1,549억元: a mainland firm's 元, or the venue's?
    named = _regions_named(text, clause, f.start, rules)
    if not named:
        # 대만 전자업체가 몰려 있는 쿤산의 … 월급: Taiwan only as the firms' origin; a mainland city the
        # places stage could not confirm bare still says where the money is (round 16; asked only when the
        # page would make the amount Taiwan's or Hong Kong's)
        return None if page_region is None or _weak_mainland(text, clause, f.start, reading) else page_region
    if rules.mainland.search(text, clause, f.start) or _place_between(mainland[0], mainland[1], clause, f.start):
        return None
    if _weak_mainland(text, clause, f.start, reading):
        return ""                # 타이베이와 쿤산의 …: Taiwan itself and an unconfirmed mainland city: which 元?
    return named[0] if len(named) == 1 else ""


_HANGUL_WORD = re.compile(r"[가-힣]{2,}")
# what may follow a place's reading in its word: nothing, 시, a particle (쿤산의, 샤먼에서, 샤먼시는)
_READING_TAIL = re.compile(r"(?:시)?(?:의|에|에서|은|는|이|가|과|와|으로|로|을|를)?")


def _weak_mainland(text: str, lo: int, hi: int, reading: Callable[[str], bool] | None) -> str:
    """The first word of text[lo:hi] that transliterates a mainland place (`쿤산의`, `샤먼에`), or ""."""
    if reading is None:
        return ""
    for m in _HANGUL_WORD.finditer(text, lo, hi):
        word = m.group()
        for n in range(min(len(word), 5), 1, -1):
            if _READING_TAIL.fullmatch(word, n) and reading(word[:n]):
                return word[:n]
    return ""


def _yuan_outside_mainland(text: str, facts: list[Fact], sentences: list[tuple[int, int]],
                           places: list[PlaceMention], rules: CurrencyRules,
                           reading: Callable[[str], bool] | None = None) -> None:
    """Amounts written 元 (not 원) read as the mainland's are Taiwan's or Hong Kong's where their clause
    or the whole page says so, as 원 read as 元 is (round 14: 가오슝 상가는 한 평에 월 1,100元, 홍콩 점심은 95元);
    no row where the clause names both or a route between two currencies. Changes `facts` in place."""
    yuan = [f for f in facts if f.unit == CNY and f.quantity == "money" and f.surface.endswith("元")
            and not f.surface.startswith(("人民币", "人民幣"))]
    if not yuan:
        return
    around = _Around(facts, sentences)
    mainland = sorted((p for p in places if not p.name_zh.startswith(rules.not_mainland)), key=lambda p: p.start)
    where = (mainland, [p.start for p in mainland])
    # adversarial review of round 14: only the clause re-reads 元 written 元, never the page alone. A page
    # naming only Hong Kong may still hold a mainland amount whose place the gazetteer does not read bare
    # (홍콩 시민 … 1만 8천元. 선전 공장 근로자의 월급은 6,000元: 선전 is also 宣传): 元 stays the mainland's there
    page_region = None
    dropped = set()
    for f in yuan:
        region = _outside_mainland(f, text, around, where, rules, page_region, reading)
        if region == "":
            dropped.add(f.start)
        elif region is not None:
            f.unit = region
    if dropped:
        facts[:] = [f for f in facts if not (f in yuan and f.start in dropped)]


def _mixed_route(f: Fact, text: str, around: "_Around", mainland: tuple[list[PlaceMention], list[int]],
                 rules: CurrencyRules) -> bool:
    """The amount's sentence, before it, names a route whose ends lie in two currencies, one of them
    Taiwan or Hong Kong (홍콩-타이베이, 홍콩-선전): which end sold the ticket cannot be told."""
    s0, _ = around.sentence(f.start, len(text))
    for m in rules.route.finditer(text, max(s0, f.start - WINDOW), f.start):
        sep = re.search(r"\s?[-–~‐]\s?", m.group())
        if sep is None:
            continue
        ends = [_zone(text, m.start(), m.start() + sep.start(), mainland, rules),
                _zone(text, m.start() + sep.end(), m.end(), mainland, rules)]
        if None not in ends and ends[0] != ends[1] and {TWD, HKD} & set(ends):
            return True
    return False


def _zone(text: str, lo: int, hi: int, mainland: tuple[list[PlaceMention], list[int]],
          rules: CurrencyRules) -> str | None:
    """The currency zone one end of a route names: TWD, HKD, CNY (a mainland place or word), or None."""
    if rules.taiwan.search(text, lo, hi):
        return TWD
    if rules.hongkong.search(text, lo, hi):
        return HKD
    if rules.macau.search(text, lo, hi):
        return MOP
    if rules.mainland.search(text, lo, hi) or _place_between(mainland[0], mainland[1], lo, hi):
        return CNY
    return None


def _page_region(text: str, mainland: list[PlaceMention], rules: CurrencyRules) -> str | None:
    """Round 11: a page wholly about Taiwan or Hong Kong (it names one, and neither the other nor the
    mainland nor a place of it anywhere) reads its 元 as theirs in every clause (대만 편의점 … 점원 시급은
    110원): that one's code, else None."""
    whole = _regions_named(text, 0, len(text), rules)
    return whole[0] if len(whole) == 1 and not rules.mainland.search(text) and not mainland else None


def _clause_regions(text: str, pos: int, rules: CurrencyRules) -> list[str]:
    """The codes of Taiwan and Hong Kong named before `pos` in its sentence (from the last sentence end, at
    most WINDOW back), none when the mainland is named there too."""
    lo = max(pos - WINDOW, 0)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, pos)]
    lo = ends[-1] if ends else lo
    return [] if rules.mainland.search(text, lo, pos) else _regions_named(text, lo, pos, rules)



def _regions_named(text: str, lo: int, hi: int, rules: CurrencyRules) -> list[str]:
    """The codes of Taiwan (TWD), Hong Kong (HKD) and Macao (MOP) that text[lo:hi] names as more than an origin."""
    return [code for code, words in _regions(rules).items()
            if any(not rules.taiwan_not_after.match(text, m.end()) for m in words.finditer(text, lo, hi))]


def _regions(rules: CurrencyRules) -> dict[str, re.Pattern]:
    """The places outside the mainland whose 元 is their own currency, by code."""
    return {TWD: rules.taiwan, HKD: rules.hongkong, MOP: rules.macau}


def _respectively(f: Fact, text: str, around: "_Around", mainland: tuple[list[PlaceMention], list[int]],
                  rules: CurrencyRules, reading: Callable[[str], bool] | None = None) -> str | None:
    """The currency of an amount listed after 각각 (`샤먼과 타이베이의 월세는 각각 3,000元, 2만元`): the i-th amount
    is the i-th owner's, the owners being the places (and Korea, the mainland, Taiwan, Hong Kong, Macao) listed
    before 각각 in its clause. CNY, TWD, HKD, MOP or KRW (an amount written 원 only); "" when the amounts and the
    owners do not pair one to one and the owners' currencies differ (three cities, two amounts), or when an
    amount written 元 pairs with a Korean owner; None when the amount is in no such list (round 17)."""
    s0, s1 = around.sentence(f.start, len(text))
    lo = max(s0, f.start - WINDOW)
    marks = list(rules.respectively.finditer(text, lo, f.start))
    if not marks:
        return None
    mark = marks[-1]
    chain: list[Fact] = []
    pos = mark.end()
    for g in sorted(around.starting_in(mark.end(), s1), key=lambda g: g.start):
        if g.quantity != "money" or g.start < pos:
            continue
        if not rules.list_gap.fullmatch(text, pos, g.start):
            break
        chain.append(g)
        pos = g.end
    if f not in chain:
        return None
    clause = _clause_start(text, mark.start(), around, lo, rules.connective)
    codes = _owner_codes(text, clause, mark.start(), mainland, rules, reading)
    if not codes:
        return None
    code = codes[0] if len(set(codes)) == 1 else codes[chain.index(f)] if len(codes) == len(chain) else ""
    if code == KRW and not is_won(f):
        return ""                # 서울과 상하이의 … 각각 …元: 元 is never won, and the pairing is wrong
    return code


def _owner_codes(text: str, lo: int, hi: int, mainland: tuple[list[PlaceMention], list[int]],
                 rules: CurrencyRules, reading: Callable[[str], bool] | None = None) -> list[str]:
    """The currencies of the owners text[lo:hi] lists, in order: mainland places (CNY, also a transliteration the
    places stage did not confirm bare, `샤먼과`), Taiwan, Hong Kong and Macao by their words, Korea by its words.
    An owner right before another with only a space between is its container (`중국 샤먼`): one owner."""
    spans: list[tuple[int, int, str]] = []
    i = bisect.bisect_left(mainland[1], lo)
    for p in mainland[0][i:]:
        if p.start >= hi:
            break
        spans.append((p.start, p.end, CNY))
    words = [(CNY, rules.mainland), *_regions(rules).items(), *rules.list_owners.items()]
    for code, pattern in words:
        for m in pattern.finditer(text, lo, hi):
            if not any(a < m.end() and m.start() < b for a, b, _ in spans):
                spans.append((m.start(), m.end(), code))
    for m in _HANGUL_WORD.finditer(text, lo, hi):
        if not any(a < m.end() and m.start() < b for a, b, _ in spans):
            name = _weak_mainland(text, m.start(), m.end(), reading)
            if name:             # the name without its particle (샤먼과): the particle parts two owners
                spans.append((m.start(), m.start() + len(name), CNY))
    spans.sort()
    return [code for k, (a, b, code) in enumerate(spans)
            if not (k + 1 < len(spans) and not text[b:spans[k + 1][0]].strip())]


def _named(f: Fact, text: str, units: UnitTable) -> bool:
    """A word already says which currency this 원 is: a hint right before the amount
    (한화로 35억 원) or a currency word the scanner made the start of its surface
    (인민폐 5억 원, RMB 3억원)."""
    return bool(units.won_hint_re.search(text[max(0, f.start - 10):f.start])
                or f.surface.startswith(tuple(units.before)))


def _decide(text: str, facts: list[Fact], won: list[Fact], sentences: list[tuple[int, int]],
            places: list[PlaceMention], rules: CurrencyRules, profile_says_yuan: bool,
            chrome: str = "") -> WonDecision:
    score = {CNY: 0, KRW: 0}
    found: list[str] = []
    other_yuan: list[str] = []        # signs of 元 that are not a quoted price of one thing

    def add(code: str, weight: int, reason: str, price: bool = False) -> None:
        score[code] += weight
        found.append(reason)
        if code == CNY and not price:
            other_yuan.append(reason)

    if profile_says_yuan:
        add(CNY, 100, "source profile")
    for code, sig in rules.signals:
        hits = sig.hits(f"{text}\n{chrome}" if sig.chrome and chrome else text)
        if len(hits) >= sig.min_words:
            add(code, sig.weight, f"{sig.name}: {', '.join(hits[:3])}")
    in_china = any(r.split(":")[0] in rules.writer_in_china for r in found)
    overrides = _conversions(facts, won, text, rules)
    for start, (code, reason) in overrides.items():
        # a writer in China who converts one amount into won still writes 元 as 원 elsewhere
        if code in score:        # a TWD or HKD amount converted says nothing of the page's 원
            add(code, 1 if in_china and code == KRW else rules.threshold + 1, reason)
        else:
            found.append(reason)
    pairs = _conversion_pairs(won, text, rules, _Around(facts, sentences))
    for start, (code, reason) in pairs.items():
        found.append(reason)         # both currencies: no weight either way
    overrides = {**pairs, **overrides}
    yuan = [f for f in facts if f.unit == CNY and not is_won(f)]
    if yuan:
        add(CNY, rules.yuan_weight, f"yuan_amounts: {len(yuan)}")
    # a writer who writes yuan as 위안 or 元 writes 원 for won: one amount too small for won (a raise
    # of 300원 in a local wage) decides that amount only, not the page's other amounts
    writes_yuan = bool(yuan) and not in_china and not profile_says_yuan
    sent_starts = [s for s, _ in sentences] or [0]
    places = sorted(places, key=lambda p: p.start)
    place_starts = [p.start for p in places]
    around = _Around(facts, sentences)
    for f in won:
        if f.start in overrides or f.value == 0:     # 무료(0원): nothing, in any currency
            continue
        s0 = sentences[max(0, bisect.bisect_right(sent_starts, f.start) - 1)][0] if sentences else 0
        s0 = max(s0, f.start - WINDOW)
        whole = _part_of_yuan(f, text, s0, around, rules)
        if whole is not None:
            add(CNY, rules.threshold, f"part_of_yuan: {whole.surface} > {f.surface}")
            continue
        if _owners(rules.korean, text, s0, f.start, rules.from_after, rules.not_payer_after):
            continue     # 1970년 서울 버스 요금은 10원: Korea's own small amount says nothing of 元
        # Taiwan and Hong Kong count as places here (the gazetteer may lack 타이베이): a size that makes no
        # sense in won says 元, and the region then says whose (round 14)
        in_place = _place_between(places, place_starts, s0, f.start) or bool(_regions_named(text, s0, f.start, rules))
        reason = _owner_or_magnitude(f, text[s0:f.start], in_place, rules, _is_change(text, f.end, rules),
                                     _PER_UNIT.search(text, max(0, f.start - 6), f.start) is not None,
                                     text[f.end:f.end + 12])
        if reason and not (writes_yuan and not reason[1].startswith(rules.owner.name)):
            add(CNY, reason[0], reason[1], price=reason[0] < rules.threshold and not reason[1].startswith(rules.owner.name))
    code = CNY if score[CNY] >= rules.threshold and score[CNY] > score[KRW] else KRW
    evidence = "; ".join(dict.fromkeys(found)) or "no evidence of 元"
    decision = WonDecision(code, evidence[:200], {s: c for s, (c, _) in overrides.items()})
    decision.writer_in_china = any(r.split(":")[0] in rules.writer_in_china for r in found)
    decision.prices_only = code == CNY and not other_yuan
    return decision


def _part_of_yuan(f: Fact, text: str, s0: int, around: "_Around", rules: CurrencyRules) -> Fact | None:
    """The yuan total this 원 amount is a part of: its sentence opens with `이 가운데`
    and the nearest money amount before it, within the window, is in yuan."""
    opener = rules.part_of.search(text, s0, f.start)
    if opener is None or text[s0:opener.start()].strip(" \n,\"'“”"):
        return None
    before = [g for g in around.ending_in(f.start - rules.part_window, s0) if g.quantity == "money"]
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


def _owner_or_magnitude(f: Fact, before: str, in_place: bool, rules: CurrencyRules,
                        changed: bool = False, per_unit: bool = False, after: str = "") -> tuple[int, str] | None:
    """(weight, reason) when the text before the amount in its sentence shows it is yuan
    (`changed`: the amount is the size of a change, which a small magnitude cannot judge)."""
    for m in rules.magnitudes:
        if f.value < m.below and m.words.search(before) and (in_place or not m.place) \
                and not (m.not_a_change and changed and f.value >= m.change_below) and not (m.whole_item and per_unit) \
                and (m.after is None or m.after.match(after)):
            # one price of one thing may be a traveller's anecdote on a Korean page (a local market's price
            # per 근): half the threshold, so that two such prices, or one and another sign of 元, decide
            return (rules.threshold // 2 if m.amount_only else rules.threshold), f"{m.name}: {f.surface}"
    om = rules.owner.pattern.search(before)
    if om:
        return rules.owner.weight, f"{rules.owner.name}: {om.group()}"
    return None


_GAP = re.compile(r"\s?(?:[(（\[]\s?(?:(?:약|대략|한화|원화|인민폐|인민페|위안화|미화|달러화)\s?){0,2}|에\s?|당\s?|=\s?)")


def _conversions(facts: list[Fact], won: list[Fact], text: str,
                 rules: CurrencyRules) -> dict[int, tuple[str, str]]:
    """Amounts in 원 that convert the amount right before them (`10억 위안(약
    1,900억 원)`, `1달러에 1,350원`): the ratio says whether 원 is won or yuan."""
    out: dict[int, tuple[str, str]] = {}
    by_end = {f.end: f for f in facts if f.quantity == "money" and not is_won(f)}
    by_start = {f.start: f for f in facts if f.quantity == "money" and not is_won(f)}
    won_at = {f.start: f for f in facts if is_won(f)}
    for f in won:
        into = _INTO_WON.match(text, f.end)      # 2백억원(한화 약 1조8천6백억원): converted into won, so not won
        nxt = won_at.get(into.end()) if into else None
        if nxt is not None and f.value > 0 and _in_band(nxt.value / f.value, {KRW: rules.rates[CNY][KRW]}):
            out[f.start] = (CNY, f"conversion: {f.surface} = {nxt.surface}")
        bare = _BARE_BRACKET.match(text, f.end)  # 2,000만원(38억원): a bracket holding only the other 원 amount
        nxt = won_at.get(bare.end()) if bare else None
        if nxt is not None and f.value > 0 and _CLOSE.match(text, nxt.end):
            # round 11: Taiwan's or Hong Kong's 元 converted (대만 근로자 월급 4,500원(약 19만원): 42 won to the TWD)
            region = _clause_regions(text, f.start, rules)
            code = region[0] if len(region) == 1 and _in_band(nxt.value / f.value, {KRW: rules.rates[region[0]][KRW]}) \
                else CNY if not region and _in_band(nxt.value / f.value, {KRW: rules.rates[CNY][KRW]}) else ""
            if code:
                reason = f"conversion: {f.surface} = {nxt.surface}"
                out[f.start], out[nxt.start] = (code, reason), (KRW, reason)
        for start in range(f.end + 1, f.end + 9):     # 18억원(약 1,000만 위안): converted after it
            nxt = by_start.get(start)
            if nxt is not None and nxt.unit in rules.rates and nxt.value > 0 and _GAP.fullmatch(text, f.end, start):
                code = _in_band(f.value / nxt.value, rules.rates[nxt.unit])
                if code:
                    out[f.start] = (code, f"conversion: {f.surface} = {nxt.surface}")
        for end in range(max(0, f.start - 8), f.start):
            prev = by_end.get(end)
            if prev is None or prev.unit not in rules.rates or prev.value <= 0 \
                    or not _GAP.fullmatch(text, end, f.start):
                continue
            code = _in_band(f.value / prev.value, rules.rates[prev.unit])
            if code:
                out[f.start] = (code, f"conversion: {prev.surface} = {f.surface}")
    return out


def _in_band(ratio: Decimal, bands: dict[str, tuple[Decimal, Decimal]]) -> str:
    """The currency whose exchange-rate band holds `ratio` (units of it per one foreign unit)."""
    return next((code for code, (lo, hi) in bands.items() if lo <= ratio <= hi), "")


_BARE_BRACKET = re.compile(r"\s?[(（]\s?(?:약|대략)?\s?")
_CLOSE = re.compile(r"\s?[)）]")
_INTO_WON = re.compile(r"\s?[(（]\s?(?:한화|원화|우리\s?돈|한국\s?돈)(?:으?로)?\s?(?:약|대략)?\s?")
_PAIR_GAP = re.compile(r"(?:은|는|이|가|이면|면)?\s?(?:약|대략|=|약\s?=)?\s?")


def _conversion_pairs(won: list[Fact], text: str, rules: CurrencyRules,
                      around: "_Around") -> dict[int, tuple[str, str]]:
    """Two amounts in 원 side by side in a sentence that converts (`한국 돈으로 환산하면 월 4,800원은
    약 91만원이다`): the ratio of the two, in the won-per-yuan band, says the smaller is 元 and the
    larger won, whatever the hint names (한국 돈으로 names the result, not the amount converted)."""
    out: dict[int, tuple[str, str]] = {}
    band = {KRW: rules.rates[CNY][KRW]}
    for a, b in zip(won, won[1:]):
        if a.value <= 0 or not _PAIR_GAP.fullmatch(text, a.end, b.start):
            continue
        s0, s1 = around.sentence(a.start, len(text))
        if b.end > s1 or not rules.conversion_words.search(text, s0, a.start) \
                or rules.conversion_not.search(text, s0, s1):
            continue
        small, large = (a, b) if a.value < b.value else (b, a)
        if _in_band(large.value / small.value, band):
            reason = f"conversion: {small.surface} = {large.surface}"
            out[small.start], out[large.start] = (CNY, reason), (KRW, reason)
    return out


# ------------------------------------------------------------ one amount's own evidence

class _Around:
    """The facts and sentences of a document, indexed once so that each amount finds the
    facts near it by bisection (a scan of every fact per amount made a long document
    quadratic). Lists keep the facts' order in the document's list."""

    def __init__(self, facts: list[Fact], sentences: list[tuple[int, int]]):
        self.facts = facts
        self.by_end = sorted(range(len(facts)), key=lambda i: facts[i].end)
        self.ends = [facts[i].end for i in self.by_end]
        self.by_start = sorted(range(len(facts)), key=lambda i: facts[i].start)
        self.starts = [facts[i].start for i in self.by_start]
        self.sentences = sentences
        self.sentence_starts = [a for a, _ in sentences]
        self.table_heads: dict[int, str] = {}    # line start -> the header of its table (_table_column)

    def ending_in(self, lo: int, hi: int) -> list[Fact]:
        """Facts with lo <= end <= hi, in the list's order."""
        i, j = bisect.bisect_left(self.ends, lo), bisect.bisect_right(self.ends, hi)
        return [self.facts[k] for k in sorted(self.by_end[i:j])]

    def starting_in(self, lo: int, hi: int) -> list[Fact]:
        """Facts with lo <= start < hi, in the list's order."""
        i, j = bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi)
        return [self.facts[k] for k in sorted(self.by_start[i:j])]

    def sentence(self, pos: int, n: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[i] if i >= 0 else (0, n)


# 한국 기업에: a recipient, not the payer. The particle ends its word: 서울의 로동자 (조선어 로, no 두음법칙) is
# no 로 after 서울의 (round 11: it took Seoul's wage for a recipient's and the amount for 元)
_TO = re.compile(r"\s?(?:에(?!서)|에게|한테|께|으로|로(?!서))(?:는|도|만|의|부터)?(?![가-힣])")


def _own_evidence(f: Fact, text: str, around: _Around,
                  rules: CurrencyRules, decision: WonDecision,
                  hints: tuple[re.Pattern, dict[str, str]] | None = None,
                  mainland: tuple[list[PlaceMention], list[int]] | None = None) -> tuple[str, str] | None:
    """(code, reason) when this amount's clause decides its currency itself, code ""
    when its evidence conflicts; None when it has none (the document decides).
    The clause runs from its sentence's start, or the money amount before it in the
    sentence, to the amount.  In order: a size that makes no sense in won or a part of
    a yuan total (元); an owner or a place of spending of one currency only (a Korean
    firm, 한국에서, 서울시, and 국내 업체 when the writer is not in China, against a
    Chinese government or company); a yuan price of like size beside a small amount."""
    s0, s1 = around.sentence(f.start, len(text))
    lo = max(s0, f.start - WINDOW)
    before = [g for g in around.ending_in(lo, f.start) if g.quantity == "money" and g is not f]
    clause = max([lo, *(g.end for g in before)])
    if mainland is not None:        # 서울은 물가가 높지만 연길 아빠트는 ㎡당 6,000원: the clause after 지만 is 연길's
        cut = None
        for m in rules.connective.finditer(text, clause, f.start):
            cut = m.end()
        if cut is not None and _place_between(mainland[0], mainland[1], cut, f.start):
            clause = cut
    if hints is not None:           # 인민페로 환산하면 약 7억원: a hint further than right before it
        said = [m.group() for m in hints[0].finditer(text, clause, f.start)]
        if said:
            return hints[1][said[-1]], f"hint: {said[-1]}"
    column = _table_column(f, text, rules, around.table_heads)
    if column is not None:
        return column
    rate = _unit_rate(f, text, before, rules)
    if rate is not None:
        return rate
    whole = _part_of_yuan(f, text, lo, around, rules)
    if whole is not None:
        return CNY, f"part_of_yuan: {whole.surface}"
    per_unit = _PER_UNIT.search(text, max(0, f.start - 6), f.start) is not None
    for m in rules.magnitudes:
        if 0 < f.value < m.below and m.words.search(text, lo, f.start) and not m.place \
                and not (m.not_a_change and f.value >= m.change_below and _is_change(text, f.end, rules)) and not (m.whole_item and per_unit) \
                and (m.after is None or m.after.match(text, f.end)):
            korea = _not_branches(_owners(rules.korean, text, clause, f.start, rules.from_after, rules.not_payer_after),
                                  text, rules, mainland)
            if korea:            # 1970년 서울 버스 요금은 10원: a Korean amount of another age, or 元?
                return "", f"conflict: {m.name} / {korea[-1].group()}"
            return CNY, f"{m.name}"
    too_big = _too_big(f, text, clause, rules)
    if too_big and too_big[1] is None:
        return KRW, too_big[0]               # 월급 250만원: no wage in yuan is that large
    owner = _payer(text, clause, f.start, rules, decision, mainland)
    opener = len(text[s0:f.start]) - len(text[s0:f.start].lstrip())
    if owner is None and clause == s0 and rules.anaphora.match(text, s0 + opener):
        p0, p1 = around.sentence(s0 - 1, len(text)) if s0 else (0, 0)   # 이 그룹은: named the sentence before
        owner = _payer(text, p0, min(p1, s0), rules, decision)
        owner = owner and (owner[0], f"{owner[1]} (the sentence before)")
    if owner is not None:
        return owner
    if too_big:
        return KRW, too_big[0]               # 월 200만원을 번다: nobody earns that in yuan
    if f.value < rules.tiny_below and not per_unit and not _is_change(text, f.end, rules) \
            and not text.startswith("짜리", f.end) \
            and ((f.value > 0 and (decision.code == CNY or "yuan_amounts" in decision.evidence))
                 or rules.china_words.search(text, clause, f.start)
                 or (mainland is not None and _place_between(mainland[0], mainland[1], clause, f.start))):
        # round 16: a zero (무료(0원)) takes 元 only from its own clause (연길시 공원 입장료는 0원), never from the page
        # 훠궈 1인분은 6원이면: under 10 won buys nothing; round 14: also where a mainland place is in the
        # clause (상하이 편의점 생수는 3원) on a page with no other sign of China
        return CNY, "tiny"
    lo_r, hi_r = rules.comparable
    for g in around.starting_in(s0, s1):
        # 58원(元), 밀크티 한 잔은 9원: a price read as 元 by its bracket is a yuan price too
        yuan = (g.unit == CNY and not is_won(g)) or (is_won(g) and g is not f and _named_yuan(g, text, rules))
        if yuan and g.value > 0 \
                and f.value < rules.small_beside_yuan and lo_r <= f.value / g.value <= hi_r:
            return CNY, f"beside_yuan: {g.surface}"
    return None




def _named_yuan(g: Fact, text: str, rules: CurrencyRules) -> bool:
    """An amount in 원 whose bracket right after it names 元 (`58원(元)`, `8억원(인민폐)`)."""
    named = rules.named_after.match(text, g.end)
    return bool(named) and rules.named_after_codes[named.group(1)] == CNY


def _too_big(f: Fact, text: str, clause: int, rules: CurrencyRules) -> tuple[str, re.Pattern | None] | None:
    """(name, its `after` pattern) of the first size too big for yuan that fits the amount."""
    for name, words, above, after in rules.too_big:
        if f.value > above and words.search(text, clause, f.start) and (after is None or after.match(text, f.end)):
            return name, after
    return None


def _not_branches(found: list[re.Match], text: str, rules: CurrencyRules,
                  mainland: tuple[list[PlaceMention], list[int]] | None) -> list[re.Match]:
    """Korean owners less those whose branch stands in a mainland city named right after them
    (현대자동차 북경공장, 롯데마트 심양점): the branch pays and sells where it stands."""
    if not mainland or not mainland[0]:
        return found
    places, starts = mainland
    out = []
    for m in found:
        i = bisect.bisect_left(starts, m.end())
        branch = i < len(places) and places[i].start - m.end() <= 1 and not text[m.end():places[i].start].strip() \
            and rules.branch_after.match(text, places[i].end)
        if not branch:
            out.append(m)
    return out


def _payer(text: str, lo: int, hi: int, rules: CurrencyRules, decision: WonDecision,
           mainland: tuple[list[PlaceMention], list[int]] | None = None) -> tuple[str, str] | None:
    """(code, reason) from the owners named in text[lo:hi]: a Korean payer (KRW), a Chinese
    government or company on a page that reads 원 as 元 (CNY), both ("": no row), or None."""
    krm = _not_branches(_owners(rules.korean, text, lo, hi, rules.from_after, rules.not_payer_after), text, rules, mainland)
    if not decision.writer_in_china:
        krm += _owners(rules.domestic, text, lo, hi, rules.from_after, rules.not_payer_after)
    kr = [m.group() for m in sorted(krm, key=lambda m: m.start())]
    # a Chinese payer matters on a page that reads 원 as 元 (on a South Korean page the writer
    # converted it); 서울시 정부 is one Korean payer, not a 시 정부 of China beside it
    cn = [m.group() for m in _owners(rules.owner.pattern, text, lo, hi, rules.from_after)
          if decision.code == CNY and not any(k.start() <= m.start() < k.end() for k in krm)]
    if kr and cn:
        return "", f"conflict: {kr[-1]} / {cn[-1]}"
    if kr:
        return KRW, f"korean_owner: {kr[-1]}"
    if cn:
        return CNY, f"chinese_owner: {cn[-1]}"
    return None


def _table_column(f: Fact, text: str, rules: CurrencyRules, heads: dict[int, str]) -> tuple[str, str] | None:
    """A cell of a table written with `|` whose column is headed by Korea or a Korean city
    (`구분 | 한국 | 연길`): won.  The header is the first line of the block of lines with as many
    cells; other headers say nothing here (the page's decision holds).  `heads` (line start ->
    its block's header, per document) keeps a long table linear: each line is walked once."""
    l0 = text.rfind("\n", 0, f.start) + 1
    l1 = text.find("\n", f.end)
    line = text[l0:l1 if l1 >= 0 else len(text)]
    if "|" not in line:
        return None
    col, cells = text.count("|", l0, f.start), line.count("|")
    if l0 not in heads:
        header, walked, at = line, [l0], l0
        while at > 0:               # up the block, over the blank lines the cleaner puts between lines
            p0 = text.rfind("\n", 0, at - 1) + 1
            above = text[p0:at - 1]
            if above.strip() and above.count("|") != cells:
                break
            if p0 in heads:
                header = heads[p0]
                break
            header = above if above.strip() else header
            walked.append(p0)
            at = p0
        for start in walked:
            heads[start] = header
    header = heads[l0]
    if header == line:
        return None
    heads = [h.strip() for h in header.split("|")]
    cells = [c.strip() for c in line.split("|")]
    for i, h in enumerate(heads):                   # 품목 | 가격 | 통화: the row's 통화 cell names it
        if i < len(cells) and i != col and rules.table_currency.fullmatch(h):
            code = rules.named_after_codes.get(cells[i])
            if code:
                return code, f"table_column: {h} {cells[i]}"
    head = _UNIT_IN_BRACKETS.sub("", heads[col])      # 한국(원): the column's unit
    return (KRW, f"table_column: {head}") if rules.table_korea.fullmatch(head) else None


_UNIT_IN_BRACKETS = re.compile(r"\s?[(（][^)）]{0,8}[)）]$")


_HINT_CACHE: dict[int, tuple[re.Pattern, dict[str, str]]] = {}


def _clause_hints(units: UnitTable) -> tuple[re.Pattern, dict[str, str]]:
    """The hints that say a currency in so many words (한화로, 인민폐로, 한국 돈으로: those
    ending in 로), found anywhere in an amount's clause."""
    key = id(units.won_hints)
    if key not in _HINT_CACHE:
        words = {w: c for w, c in units.won_hints.items() if w.endswith("로")}
        _HINT_CACHE[key] = (_words(list(words)), words)
    return _HINT_CACHE[key]


def _unit_rate(f: Fact, text: str, before: list[Fact], rules: CurrencyRules) -> tuple[str, str] | None:
    """An exchange rate stated for one unit of a currency, in the amount's clause (`1위안은
    약 190원`, `1딸라당 7.1원`, `100엔에 900원`): the rate band says which currency 원 is."""
    for g in reversed(before):
        if g.unit in rules.rates and g.value in (1, 100) and f.start - g.end <= 12:
            ratio = f.value / g.value
            for code, (low, high) in rules.rates[g.unit].items():
                if low <= ratio <= high:
                    return code, f"rate: {g.surface} = {f.surface}"
    return None


def _owners(pattern: re.Pattern, text: str, lo: int, hi: int, from_after: re.Pattern,
            not_after: re.Pattern | None = None) -> list[re.Match]:
    """Matches of an owner pattern in text[lo:hi] that name the payer: not a recipient
    (한국 기업에), nor where something came from (한국에서 온), nor the object of the
    payer's act (`not_after`: 한국 기업 유치를 위해)."""
    found = []
    for m in pattern.finditer(text, lo, hi):
        if _TO.match(text, m.end()) and not m.group().endswith(("에서", "서")):
            continue
        if not_after is not None and not_after.match(text, m.end()):
            continue
        if m.group().endswith("서") and from_after.match(text, m.end()):
            continue
        found.append(m)
    return found


def _is_change(text: str, end: int, rules: CurrencyRules) -> bool:
    """The amount ending at `end` is the size of a change (리터당 8원 올라, 30원 인상)."""
    return bool(rules.change_after.match(text, end))


_PER_UNIT = re.compile(r"당\s?(?:약\s?|평균\s?)?$")      # 10초당 18원: a price per small unit
