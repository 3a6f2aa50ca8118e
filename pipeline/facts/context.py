"""Context of the facts of one sentence: subject (with Kiwi morphemes),
period (patterns of data/context.toml) and place (from the places stage)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.model import Fact, PlaceMention


@dataclass
class ContextRules:
    periods: list[re.Pattern]
    period_not_before: re.Pattern
    np_tags: frozenset[str]
    topic_tags: frozenset[str]
    pre_topic_tags: frozenset[str]
    pre_topic_forms: frozenset[str]
    between_words: frozenset[str]
    clause_end_tags: frozenset[str]


def build_context(t: dict) -> ContextRules:
    return ContextRules([re.compile(p) for p in t["periods"]], re.compile(t["period_not_before"]),
                        frozenset(t["np_tags"]), frozenset(t["topic_tags"]),
                        frozenset(t["pre_topic_tags"]), frozenset(t["pre_topic_forms"]),
                        frozenset(t["between_words"]),
                        frozenset(t["clause_end_tags"]))


def period_of(cr: ContextRules, sentence: str, start: int, taken: list[tuple[int, int]]) -> str:
    """The last time expression ending before `start` (sentence offsets)."""
    best: tuple[int, int] | None = None
    for p in cr.periods:
        for m in p.finditer(sentence, 0, start):
            if m.end() > start or cr.period_not_before.match(sentence, m.end()):
                continue
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue   # 10~20년 동안 is a fact, not a period
            if best is None or (m.end(), -m.start()) > (best[1], -best[0]):
                best = m.span()
    return sentence[best[0]:best[1]].strip() if best else ""


def place_of(places: list[PlaceMention], s0: int, s1: int, start: int) -> str:
    """Nearest place named before the fact in its sentence, else the first after."""
    inside = [p for p in places if s0 <= p.start and p.end <= s1]
    before = [p for p in inside if p.end <= start]
    if before:
        return before[-1].name_zh
    after = [p for p in inside if p.start >= start]
    return after[0].name_zh if after else ""


class _Toks:
    """Kiwi tokens of a sentence with helpers on character offsets."""

    def __init__(self, tokens, sentence: str):
        self.t = [(tk.form, tk.tag, tk.start, tk.start + tk.len) for tk in tokens]
        self.s = sentence

    def index_before(self, pos: int) -> int:
        """Index of the last token ending at or before `pos` (-1 if none)."""
        i = -1
        for k, (_, _, _, e) in enumerate(self.t):
            if e <= pos:
                i = k
        return i

    def index_after(self, pos: int) -> int:
        for k, (_, _, s, _) in enumerate(self.t):
            if s >= pos:
                return k
        return len(self.t)

    def np_ending(self, k: int, cr: ContextRules) -> str:
        """Noun phrase whose last token is k (nouns joined by at most a space)."""
        if k < 0 or self.t[k][1] not in cr.np_tags or self.t[k][1] in ("XSN", "XPN"):
            return ""
        j = k
        while j > 0 and self.t[j - 1][1] in cr.np_tags and self.t[j][2] - self.t[j - 1][3] <= 1:
            j -= 1
        while j < k and self.t[j][1] in ("XSN", "XPN"):
            j += 1
        return self.s[self.t[j][2]:self.t[k][3]]

    def np_starting(self, k: int, cr: ContextRules) -> str:
        if k >= len(self.t) or self.t[k][1] not in cr.np_tags:
            return ""
        j = k
        while j + 1 < len(self.t) and self.t[j + 1][1] in cr.np_tags \
                and self.t[j + 1][2] - self.t[j][3] <= 1:
            j += 1
        return self.s[self.t[k][2]:self.t[j][3]]


def _skip_paren(toks: _Toks, k: int) -> int:
    """Step back over a parenthesised gloss: 사무소(지사)가 -> 지사 is skipped."""
    if k >= 0 and toks.t[k][0] == ")":
        while k >= 0 and toks.t[k][0] != "(":
            k -= 1
        k -= 1
    return k


def _topic_before(toks: _Toks, cr: ContextRules, pos: int, adjacent: bool) -> str:
    """NP + topic/subject particle before `pos`; `adjacent`: nothing but
    `between_words` may stand between the particle and the figure."""
    k = toks.index_before(pos)
    while k >= 0:
        form, tag = toks.t[k][0], toks.t[k][1]
        if tag in cr.topic_tags:
            j = k - 1
            while j >= 0 and (toks.t[j][1] in cr.pre_topic_tags or toks.t[j][0] in cr.pre_topic_forms):
                j -= 1
            np = toks.np_ending(_skip_paren(toks, j), cr)
            if np:
                return np
        if adjacent and form not in cr.between_words and tag not in cr.topic_tags:
            return ""
        if tag in cr.clause_end_tags:
            return ""
        k -= 1
    return ""


def _following_np(toks: _Toks, cr: ContextRules, end: int, genitive: bool) -> str:
    """Noun after the fact: `31개 성` (count) or `10억 위엔의 매출액` (의)."""
    k = toks.index_after(end)
    if k < len(toks.t) and toks.t[k][1] == "JKG":
        return toks.np_starting(k + 1, cr)
    if genitive or k >= len(toks.t) or toks.t[k][2] - end > 1:
        return ""
    return toks.np_starting(k, cr)


def _bare_np_before(toks: _Toks, cr: ContextRules, start: int) -> str:
    """`투자총액 212.71억 위엔`: a noun right before the figure, no particle."""
    k = toks.index_before(start)
    if k >= 0 and start - toks.t[k][3] == 1:
        return toks.np_ending(k, cr)
    return ""


def _groups(facts: list[Fact], sentence: str, s0: int) -> list[list[int]]:
    """Facts joined only by `, ` form one enumeration (69건, 153.45억 위엔)."""
    groups: list[list[int]] = []
    for i, f in enumerate(facts):
        if i and sentence[facts[i - 1].end - s0:f.start - s0].strip() == ",":
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _subject(toks: _Toks, cr: ContextRules, first: Fact, last: Fact, s0: int) -> str:
    """Subject of a fact (or an enumeration from `first` to `last`): the noun
    it is `의`-linked to, else the topic right before it, else a bare noun
    right before it, else the nearest topic in its clause."""
    return (_following_np(toks, cr, last.end - s0, genitive=True)
            or _topic_before(toks, cr, first.start - s0, adjacent=True)
            or _bare_np_before(toks, cr, first.start - s0)
            or _topic_before(toks, cr, first.start - s0, adjacent=False))


def subjects(toks: _Toks, cr: ContextRules, facts: list[Fact], s0: int) -> list[str]:
    """Subject of each fact of one sentence (facts sorted, offsets in text)."""
    out = [_following_np(toks, cr, f.end - s0, genitive=False) if f.quantity == "count" else ""
           for f in facts]
    for g in _groups(facts, toks.s, s0):
        first, last = facts[g[0]], facts[g[-1]]
        if len(g) > 1:   # 69건, 153.45억 위엔: the enumeration shares its subject
            shared = (_topic_before(toks, cr, first.start - s0, adjacent=True)
                      or _subject(toks, cr, first, last, s0))
        for i in g:
            if not out[i]:
                out[i] = shared if len(g) > 1 else _subject(toks, cr, facts[i], facts[i], s0)
    return out


def tokens(kiwi, sentence: str) -> _Toks:
    return _Toks(kiwi.tokenize(sentence), sentence)
