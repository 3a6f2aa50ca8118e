"""Numeric facts stage: number grammar + unit table scan the text cheaply; the
subject rules read tokens from the eojeol reader (closed lists, the default) or,
when chosen, from Kiwi around the figures whose rules ask for them."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest.unit_words import unit_words
from pipeline.model import Fact, PlaceMention
from pipeline.facts.currency import CurrencyRules, build_currency
from pipeline.facts.context import ContextRules, Periods, SentencePlaces, build_context
from pipeline.facts.eojeol import EojeolReader, build_eojeol
from pipeline.kiwi import Analyser
from pipeline.facts.subject import subjects
from pipeline.facts.tokens import NeedWider, tokens
from pipeline.facts.numbers import NumberGrammar, build_grammar
from pipeline.facts.scan import Scanner, hollow_rise, build_qualifiers, build_scanner, scan
from pipeline.facts.table_cells import name_columns, table_cells, with_rate_minus
from pipeline.facts.units import UnitTable, build_units
from pipeline.places.gazetteer import korean_places
from pipeline.rulecache import parse_toml

DATA = Path(__file__).parent / "data"
# Where the subject rules get their tokens: "eojeol" (closed lists, no model),
# "kiwi" (Kiwi's morphemes; ~1.4 s to create, ~9 µs per character), "none" (no subjects).
READERS = ("eojeol", "kiwi", "none")
DEFAULT_READER = "eojeol"


@dataclass
class FactRules:
    grammar: NumberGrammar
    units: UnitTable
    scanner: Scanner
    context: ContextRules
    kiwi: Analyser | None  # Kiwi, created on first use, when it reads the subjects
    currency: CurrencyRules | None = None   # what 원 means in a document (currency.py)
    eojeol: EojeolReader | None = None      # the eojeol reader; wins over `kiwi` when set

    @property
    def reader(self) -> str:
        """The subject reader in use: one of READERS."""
        return "eojeol" if self.eojeol is not None else "kiwi" if self.kiwi is not None else "none"


def read_table(name: str, data_dir: Path = DATA) -> dict:
    with open(data_dir / f"{name}.toml", "rb") as f:
        return parse_toml(f.read().decode())      # as tomllib.load reads it


def load_fact_rules(data_dir: Path = DATA, subjects: str = DEFAULT_READER) -> FactRules:
    """Load every table of data/ and the subject reader `subjects` (one of READERS);
    Kiwi, when chosen, is created when a subject first needs it (~1.4 s)."""
    if subjects not in READERS:
        raise ValueError(f"unknown subject reader {subjects!r}; choose one of {', '.join(READERS)}")
    grammar = build_grammar(read_table("numbers", data_dir))
    units = build_units(read_table("units", data_dir), unit_words())
    quals = build_qualifiers(read_table("qualifiers", data_dir))
    scanner = build_scanner(grammar, units, quals, read_table("not_facts", data_dir))
    currency = read_table("currency", data_dir)
    return FactRules(grammar, units, scanner,
                     build_context(read_table("context", data_dir), korean_places(), _own_yuan_places(currency)),
                     Analyser() if subjects == "kiwi" else None,
                     build_currency(currency),
                     build_eojeol(read_table("eojeol", data_dir), units.after) if subjects == "eojeol" else None)


def _own_yuan_places(currency: dict) -> frozenset[str]:
    """The places whose 元 is their own currency (currency.toml [taiwan]: 타이베이, 홍콩, 마카오): standing as the
    subject right before an amount they own it (`택시 기본요금은 타이베이가 85元`), they are no subject (round 18)."""
    t = currency["taiwan"]
    return frozenset(t["words"] + t["hongkong"] + t["macau"])


def find_facts(text: str, sentences: list[tuple[int, int]], places: list[PlaceMention],
               rules: FactRules, won_means_yuan: bool = False) -> list[Fact]:
    """Every numeric fact of `text`, sorted by start, with its context."""
    cells = cells_of(text, rules.scanner)
    facts = _scan_with_tables(rules.scanner, text, won_means_yuan, cells)
    if not sentences:
        sentences = [(0, len(text))]
    starts = [s for s, _ in sentences]
    by_sent: dict[int, list[Fact]] = {}
    for f in facts:
        i = max(0, bisect.bisect_right(starts, f.start) - 1)
        by_sent.setdefault(i, []).append(f)
    places = sorted(places, key=lambda p: p.start)
    place_starts = [p.start for p in places]
    # a period pattern that needs what the text lacks is not tried on its sentences
    periods = Periods.candidates(rules.context, text) if by_sent else []
    for i, group in by_sent.items():
        _add_context(text, sentences[i], group, places, place_starts, rules, periods)
    name_columns(facts, cells)
    return sorted(facts, key=lambda f: f.start)


def cells_of(text: str, sc: Scanner) -> list:
    """The figure cells of the text's tables (table_cells.py); none where no line ends in a figure cell."""
    return table_cells(text, sc.quals.rate_words)


def _scan_with_tables(sc: Scanner, text: str, won_means_yuan: bool, cells: list) -> list[Fact]:
    """scan(), with a △ that opens a cell of a rate column read as a minus (table_cells.py), unless the page
    marks its falls ▽ (there △ is a rise); the surfaces stay as written."""
    marks = sc.quals.stat_minus_marks
    if not cells or not marks or not any(m in text for m in marks) or hollow_rise(sc, text):
        return scan(sc, text, won_means_yuan)
    signed = with_rate_minus(text, cells, marks)
    facts = scan(sc, signed, won_means_yuan)
    if signed is not text:
        for f in facts:
            f.surface = text[f.start:f.end]
    return facts


def _add_context(text: str, span: tuple[int, int], facts: list[Fact],
                 places: list[PlaceMention], place_starts: list[int], rules: FactRules,
                 candidates: list | None = None) -> None:
    s0, s1 = span
    sentence = text[s0:s1]
    taken = [(f.start - s0, f.end - s0) for f in facts]
    periods = Periods(rules.context, sentence, taken, candidates)
    subs = [""] * len(facts)
    source = rules.eojeol or rules.kiwi
    if source is not None:
        lo, hi = bisect.bisect_left(place_starts, s0), bisect.bisect_left(place_starts, s1)
        spots = [(p.start - s0, p.end - s0) for p in places[lo:hi] if p.end <= s1]
        toks = tokens(source, sentence, rules.context, taken, periods.spans(), spots)
        while True:
            try:
                subs = subjects(toks, facts, s0)
                break
            except NeedWider:      # a rule looked past the windows Kiwi analysed
                toks.widen()
    near = SentencePlaces(rules.context, text, places, place_starts, s0, s1)
    stripped = sentence.strip()
    for f, subj in zip(facts, subs):
        f.sentence = stripped
        f.subject = subj
        f.period = periods.of(f.start - s0)
        f.place = near.of(f)
