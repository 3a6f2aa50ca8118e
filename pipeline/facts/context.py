"""Context of a fact: its period (patterns of data/context.toml) and its place
(from the places stage).  The subject is in subject.py."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.model import Fact, PlaceMention


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


def build_context(t: dict) -> ContextRules:
    sets = ("np_tags", "subject_tags", "subject_forms", "pre_topic_forms", "adverbial",
            "comparison_forms", "not_subjects", "link_words", "clause_end_tags", "np_drop",
            "place_set_nouns", "comparison_time", "owner_nouns", "duration_nouns")
    patterns = ("period_not_before", "quoted_title", "container_gap", "compared", "partner_topic")
    return ContextRules(periods=[re.compile(p) for p in t["periods"]],
                        zh_strip_end=tuple(t["zh_strip_end"]), zh_cut_after=tuple(t["zh_cut_after"]),
                        **{k: frozenset(t[k]) for k in sets},
                        **{k: re.compile(t[k]) for k in patterns})


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


def place_of(cr: ContextRules, text: str, places: list[PlaceMention], s0: int, s1: int,
             fact: Fact) -> str:
    """The place named before the fact in its sentence (places inside a quoted
    title do not count).  A count of places (8개 도시, 11개 성) takes a place
    only when it stands right before it as their container (장강삼각주 16개
    도시), not when it ends an enumeration (장춘, 대련, 하얼빈, 심양 4개 도시)."""
    quoted = [m.span() for m in cr.quoted_title.finditer(text, s0, s1)]
    before = [p for p in places if s0 <= p.start and p.end <= fact.start
              and not any(a <= p.start < b for a, b in quoted)]
    if not before:
        return ""
    p = before[-1]
    if fact.quantity == "count" and fact.subject in cr.place_set_nouns:
        head = text[max(s0, p.start - 2):p.start]
        if not cr.container_gap.fullmatch(text[p.end:fact.start]) or re.search(r"[,、]\s?$|[와과] $", head):
            return ""
    return p.name_zh


def period_spans(cr: ContextRules, sentence: str) -> list[tuple[int, int]]:
    return [m.span() for p in cr.periods for m in p.finditer(sentence)]
