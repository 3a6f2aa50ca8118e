"""Korean namesakes: a Chinese place's reading that is also a Korean place's name (광주, 청도,
안동, 안산), and what on the page says which of the two a mention is. The matcher asks these
questions while it accepts weak mentions (matcher._accept and matcher._nearer_evidence)."""
from __future__ import annotations

import bisect
import functools
import re
from typing import Callable

from pipeline.places.gazetteer import Candidate, Gazetteer
from pipeline.places.mention import Mention
from pipeline.places.translit import DATA
from pipeline.rulecache import parse_toml


# Evidence at the mention itself or around it (not the document's other mentions)
LOCAL = frozenset({"glossed", "nearby", "context", "sentence", "paragraph"})

@functools.cache
def twinning() -> re.Pattern:
    """A sentence on twinned cities (우호도시, 자매결연): it pairs a city of each country, so a
    Korean place's reading listed with a Chinese city there stays Korea's; namesakes.toml."""
    v = parse_toml((DATA / "namesakes.toml").read_text(encoding="utf-8"))["twinning"]
    return re.compile("|".join(v["patterns"]))


# A table row headed by a name: 김해 장쑤성 창저우 2008
_ROW_HEAD = re.compile(r"^[ \t]*([가-힣]{2,4})[ \t]", re.M)


def korean_only(word: str, gaz: Gazetteer) -> bool:
    """A Korean city's name that names no Chinese place but with its gloss (김해, 구미, 영천:
    灵川县's reading only as an ordinary word)."""
    return word in gaz.korean_places and not any(c.strength in ("strong", "weak") for c in gaz.korean.get(word, ()))


def korean_table(text: str, gaz: Gazetteer) -> bool:
    """Two or more table rows headed by a Korean city that is no Chinese place's reading
    (김해, 구미, 인천): the text names Korean places, as 서울 or 경기도 would say, so a
    reading shared with a Korean city (안양, 상주 in the same column) is not confirmed
    from afar nor decided by the column. So are three rows with a figure or more all headed
    by Korean places' readings (광주 30, 청주 12, 안산 9, 여수 8 under 지역별 대중국 수출), when no
    row is headed by another place's reading (상해, 천진)."""
    heads = shared = 0
    other = False
    for m in _ROW_HEAD.finditer(text):
        word = m.group(1)
        if korean_only(word, gaz):
            heads += 1
            if heads >= 2:
                return True
        elif word in gaz.korean_places:
            eol = text.find("\n", m.end())
            shared += any(ch.isdigit() for ch in text[m.end():eol if eol >= 0 else len(text)])
        elif any(c.strength in ("strong", "weak") for c in gaz.korean.get(word, ())):
            other = True
    return shared >= 3 and not other


def told_apart(text: str, ms: list[Mention], i: int, sentence_end: int) -> bool:
    """The same reading again later in its sentence (which ends at `sentence_end`), read there
    by evidence at it (여수시는 중국 절강성 여수시와 자매결연을 맺었다): the writer qualifies the
    other one as the other city, so the first is not it."""
    surface = text[ms[i].start:ms[i].end]
    for x in ms[i + 1:]:
        if x.start >= sentence_end:
            return False
        if x.accepted and x.reason in LOCAL and text[x.start:x.end] == surface:
            return True
    return False


class NamedSince:
    """The accepted mentions of a document by the place they name, to answer
    named_otherwise_since without walking back over a paragraph's earlier mentions (one huge
    paragraph stays linear: each question is a few bisections). Mentions are added as they are
    accepted (acceptance only grows), by their index in the document's sorted mentions."""

    def __init__(self, starts: list[int]):
        self.starts = starts                               # start of every mention, in order
        self.by_key: dict[str, list[int]] = {}             # place key -> indices accepted, sorted
        self.by_key_surface: dict[tuple[str, str], list[int]] = {}

    def add(self, i: int, key: str, surface: str) -> None:
        bisect.insort(self.by_key.setdefault(key, []), i)
        bisect.insort(self.by_key_surface.setdefault((key, surface), []), i)

    def otherwise_between(self, keys: set[str], surface: str, lo: int, hi: int) -> bool:
        """An accepted mention with index in [lo, hi) names one of `keys` under a surface other
        than `surface`."""
        def count(xs: list[int]) -> int:
            return bisect.bisect_left(xs, hi) - bisect.bisect_left(xs, lo)
        return any(count(self.by_key.get(k, [])) > count(self.by_key_surface.get((k, surface), []))
                   for k in keys)


def named_otherwise_since(text: str, ms: list[Mention], i: int, cands: list[Candidate], start: int,
                          since: NamedSince) -> bool:
    """Between `start` (its sentence's or paragraph's) and ms[i], the place the scope points
    ms[i] to is already named under another spelling (광둥성 광저우 … 광주): the containing
    place spoke of that mention, and a page that writes 광저우 writes 광주 for Gwangju."""
    first = bisect.bisect_left(since.starts, start)      # (mentions are sorted by start)
    return since.otherwise_between({c.place.key for c in cands}, text[ms[i].start:ms[i].end], first, i)


def former_beside_current(text: str, m: Mention, korean_marked: set[str]) -> bool:
    """A page that marks the former name's reading as Korea's (경북 안동시) uses the former name
    only where it glosses it (단둥은 1965년까지 안동(安東)으로 불렸다): its other 안동 are the
    Korean city, not 丹东 again. (Naming the city by today's name says nothing: an archive
    writes 봉천(奉天) … 봉천은 지금의 심양으로 … 봉천 again.)"""
    return text[m.start:m.end].removesuffix("시") in korean_marked


def county_beside_city(text: str, surface: str, gaz: Gazetteer) -> bool:
    """The reading with 시 (청도시) on a page that writes the Korean namesake with 군 (경북
    청도군): the writer tells them apart by the suffix, and Korea has no such 시 (korean_places.txt
    lists a Korean city's 시 form: 광주시, 양산시), so the 시 is the Chinese city."""
    bare = surface.removesuffix("시")
    return bare != surface and surface not in gaz.korean_places and bare in gaz.korean_places \
        and bare + "군" in text



def _base(surface: str, gaz: Gazetteer) -> str:
    """The Korean place's reading a mention is written with (안양 for 안양 and 안양시), or ""."""
    if surface in gaz.korean_places and not surface.endswith("시"):
        return surface
    bare = surface.removesuffix("시")
    return bare if bare != surface and bare in gaz.korean_places else ""


def follow_running_referents(text: str, ms: list[Mention], gaz: Gazetteer, korea_at: Callable[[str], list[int]],
                             open_sentence: Callable[[Mention], bool], sentence_start: Callable[[int], int]) -> None:
    """A bare reading shared with a Korean place (안양시, 청도), left undecided by evidence at it,
    takes the decision of the nearest mention of the same reading before it that was decided:
    the Chinese place read there by its own marks (허난성(河南省) 안양(安陽)시, 허난성 안양시, 중국
    광주) — the writer keeps speaking of the place last named: a running referent (match
    `running`). With no decided mention before it, or where the text has marked the reading as
    Korea's before it (경기 안양시, 한국의 안산, 청도군, 광주시청: `korea_at(base)` gives where the text
    marks it so; a regional daily on its own city and a namesake), the evidence is split: it stays
    undecided (no row). Not across a
    sentence that opens on another topic or names a Korean place (`open_sentence` is False), nor
    from a mention in its own sentence (중국 광주(廣州)시 대표단이 광주를 찾았다: the writer repeats
    a reading in one sentence for the other place), nor beside another Korean place's reading
    (안양과 상주는: two Korean cities listed)."""
    decided: dict[str, list[tuple[int, str | None]]] = {}
    for m in ms:
        base = _base(text[m.start:m.end], gaz) if m.korean else ""
        if not base:
            continue
        if base not in decided:
            decided[base] = sorted((k, None) for k in korea_at(base))
        marks = decided[base]
        if m.vetoed:
            bisect.insort(marks, (m.start, None))
            continue
        if m.accepted:
            if m.reason in LOCAL or m.place is not None or m.reason == "running":
                bisect.insort(marks, (m.start, (m.place or m.cands[0].place).key))
            continue
        if not open_sentence(m):
            bisect.insort(marks, (m.start, None))   # 광주시와 전라남도가: left Korea's by its sentence
            continue
        if m.gloss_only or m.runs_on:
            continue
        k = bisect.bisect_left(marks, (m.start, ""))
        key = marks[k - 1][1] if k and marks[k - 1][0] < sentence_start(m.start) else None
        if key is not None and any(mark[1] is None for mark in marks[:k]):
            key = None                   # the page has marked the reading as Korea's too: split, no row
        if key is not None and any(_base(text[x.start:x.end], gaz) not in ("", base) and not x.accepted
                                   and abs(x.start - m.start) <= 8 for x in ms):
            key = None
        chosen = [c for c in m.cands if c.place.key == key and c.strength in ("strong", "weak")]
        if chosen:
            m.cands, m.accepted, m.reason = chosen, True, "running"
            bisect.insort(marks, (m.start, key))
