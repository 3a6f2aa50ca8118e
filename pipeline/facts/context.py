"""Context of a fact: its period (patterns of data/context.toml) and its place
(from the places stage).  The subject is in subject.py."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from pipeline.ingest.regex_needs import might_match, needs
from pipeline.model import Fact, PlaceMention
from pipeline.spans import overlaps_any


@dataclass
class ContextRules:
    periods: list[re.Pattern]
    period_not_before: re.Pattern
    np_tags: frozenset[str]
    subject_tags: frozenset[str]
    subject_forms: frozenset[str]
    pre_topic_forms: frozenset[str]
    adverbial: frozenset[str]
    comparison_forms: frozenset[str]
    not_subjects: frozenset[str]
    link_words: frozenset[str]
    clause_end_tags: frozenset[str]
    np_drop: frozenset[str]
    place_set_nouns: frozenset[str]
    comparison_time: frozenset[str]
    owner_nouns: frozenset[str]
    duration_nouns: frozenset[str]
    quoted_title: re.Pattern
    container_gap: re.Pattern
    compared: re.Pattern
    partner_topic: re.Pattern
    zh_strip_end: tuple[str, ...]
    zh_cut_after: tuple[str, ...]
    period_reach: int | None = None     # see _reach
    np_cut: frozenset[str] = frozenset()   # cut with the words before, never the head (박람회 기간 계약액)
    place_glued: frozenset[str] = frozenset()   # glued after a leading place, dropped with it (톈진항)
    korean_places: frozenset[str] = frozenset()   # a Korean city leading a subject says where, as a Chinese one
    own_yuan_places: frozenset[str] = frozenset()   # 타이베이, 홍콩: right before an amount, its owner (round 18)
    spent_on: re.Pattern = re.compile(r"(?!)")     # 을 들인다, 을 투입한다: money spent on the 에 phrase before it
    use_nouns: frozenset[str] = frozenset()        # 증설, 조성: what such a phrase ends in (a use, not a place)

    def __post_init__(self):
        # the strings a period's match must contain (regex_needs.py), for a sentence to skip
        # a pattern without them; not the text's first or last character, as the search
        # for one figure ends at the figure (finditer's endpos)
        self.period_needs = [replace(n, first=None, last=None) if n else None
                             for n in map(needs, self.periods)]


def build_context(t: dict, korean: frozenset[str] = frozenset(),
                  own_yuan: frozenset[str] = frozenset()) -> ContextRules:
    sets = ("np_tags", "subject_tags", "subject_forms", "pre_topic_forms", "adverbial",
            "comparison_forms", "not_subjects", "link_words", "clause_end_tags", "np_drop",
            "place_set_nouns", "comparison_time", "owner_nouns", "duration_nouns")
    patterns = ("period_not_before", "quoted_title", "container_gap", "compared", "partner_topic")
    periods = [re.compile(p) for p in t["periods"]]
    return ContextRules(periods=periods, period_reach=_reach(periods),
                        zh_strip_end=tuple(t["zh_strip_end"]), zh_cut_after=tuple(t["zh_cut_after"]),
                        np_cut=frozenset(t.get("np_cut", [])),
                        place_glued=frozenset(t.get("place_glued", [])), korean_places=korean,
                        own_yuan_places=own_yuan,
                        spent_on=re.compile(t["spent_on"]) if "spent_on" in t else re.compile(r"(?!)"),
                        use_nouns=frozenset(t.get("use_nouns", [])),
                        **{k: frozenset(t[k]) for k in sets},
                        **{k: re.compile(t[k]) for k in patterns})


# Period patterns are bounded (a date with its particles), so a figure's period is
# found among the matches of its whole sentence, searching afresh only the last
# stretch before the figure, where a match cut by the figure could differ; then
# many figures in one long sentence cost one pass. Look-arounds may read up to
# LOOK_SLACK characters past a match; an unbounded pattern falls back to a search
# per figure.
LOOK_SLACK = 32


def _reach(patterns: list[re.Pattern]) -> int | None:
    """How far before a figure a period match can start and still see the figure."""
    from re import _parser
    widths = [_parser.parse(p.pattern, p.flags).getwidth()[1] for p in patterns]
    return None if any(w >= _parser.MAXREPEAT for w in widths) else max(widths, default=0) + LOOK_SLACK


def _later(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    """The period closer to the figure: the later end, then the longer."""
    if a is None or b is not None and (b[1], -b[0]) > (a[1], -a[0]):
        return b
    return a


class Periods:
    """The time expressions of one sentence, and which one each figure takes."""

    def __init__(self, cr: ContextRules, sentence: str, taken: list[tuple[int, int]],
                 candidates: list[tuple[re.Pattern, object]] | None = None):
        """`candidates`: (pattern, needs) of the patterns that may match in the whole text
        (`Periods.candidates`), so that each sentence of it tests only those."""
        self.cr, self.s, self.taken = cr, sentence, taken
        self.taken_starts = [a for a, _ in taken]
        self.reach = cr.period_reach
        # the patterns that may match in the sentence (a match before a figure is in it too)
        self.patterns = [p for p, need in (candidates if candidates is not None else self.candidates(cr, sentence))
                         if might_match(need, sentence)]
        self.matches = [[m.span() for m in p.finditer(sentence)] for p in self.patterns]
        self.starts = [[a for a, _ in ms] for ms in self.matches]
        valid = sorted(m for ms in self.matches for m in ms if self._valid(*m))
        self.valid_starts = [a for a, _ in valid]
        self.best_upto: list[tuple[int, int] | None] = []
        for m in valid:
            self.best_upto.append(_later(self.best_upto[-1] if self.best_upto else None, m))

    @staticmethod
    def candidates(cr: ContextRules, text: str) -> list[tuple[re.Pattern, object]]:
        """The period patterns that may match in `text` (none needs what `text` lacks), in order;
        a sentence of `text` lacks what `text` lacks (case folding aside: a folded pattern stays)."""
        return [(p, need) for p, need in zip(cr.periods, cr.period_needs)
                if need is None or need.folded or might_match(need, text)]

    def spans(self) -> list[tuple[int, int]]:
        return [m for ms in self.matches for m in ms]

    def _valid(self, a: int, b: int) -> bool:
        # (10~20년 동안 is a fact, not a period)
        return not self.cr.period_not_before.match(self.s, b) and not overlaps_any(self.taken_starts, self.taken, a, b)

    def of(self, start: int) -> str:
        """The last time expression ending before `start` (sentence offsets): the best
        of the matches of each pattern's p.finditer(sentence, 0, start)."""
        best = None
        if self.reach is None:
            for p in self.patterns:
                for m in p.finditer(self.s, 0, start):
                    if self._valid(*m.span()):
                        best = _later(best, m.span())
        else:
            far = start - self.reach    # matches starting by here are those of the whole sentence
            i = bisect.bisect_right(self.valid_starts, far)
            best = self.best_upto[i - 1] if i else None
            for p, ms, starts in zip(self.patterns, self.matches, self.starts):
                k = bisect.bisect_right(starts, far)
                resume = max(far + 1, ms[k - 1][1] if k else 0, 0)
                for m in p.finditer(self.s, resume, start):
                    if self._valid(*m.span()):
                        best = _later(best, m.span())
        return self.s[best[0]:best[1]].strip() if best else ""


def place_of(cr: ContextRules, text: str, places: list[PlaceMention], s0: int, s1: int,
             fact: Fact) -> str:
    """The place named before the fact in its sentence (places inside a quoted
    title do not count).  A count of places (8개 도시, 11개 성) takes a place
    only when it stands right before it as their container (장강삼각주 16개
    도시), not when it ends an enumeration (장춘, 대련, 하얼빈, 심양 4개 도시)."""
    return SentencePlaces(cr, text, places, [p.start for p in places], s0, s1).of(fact)


class SentencePlaces:
    """The places of one sentence that a figure in it may take."""

    def __init__(self, cr: ContextRules, text: str, places: list[PlaceMention], place_starts: list[int],
                 s0: int, s1: int):
        """`places` are sorted and disjoint; `place_starts` their starts."""
        self.cr, self.text, self.s0 = cr, text, s0
        quoted = [m.span() for m in cr.quoted_title.finditer(text, s0, s1)]
        qstarts = [a for a, _ in quoted]
        lo = bisect.bisect_left(place_starts, s0)
        self.places = []
        for n in range(lo, len(places)):     # by index: a slice would copy the rest of the document's places
            p = places[n]
            if p.start >= s1:
                break
            k = bisect.bisect_right(qstarts, p.start) - 1   # quoted titles are disjoint
            if not (k >= 0 and p.start < quoted[k][1]):
                self.places.append(p)
        self.ends = [p.end for p in self.places]

    def of(self, fact: Fact) -> str:
        cr, text, s0 = self.cr, self.text, self.s0
        i = bisect.bisect_right(self.ends, fact.start) - 1
        if i < 0:
            return ""
        p = self.places[i]
        if fact.quantity == "count" and fact.subject in cr.place_set_nouns:
            head = text[max(s0, p.start - 2):p.start]
            if not cr.container_gap.fullmatch(text[p.end:fact.start]) or re.search(r"[,、]\s?$|[와과] $", head):
                return ""
        return p.name_zh
