"""A reading two Chinese places share (산시성 山西/陕西, 쑤저우 苏州/宿州, 타이저우 台州/泰州, 푸저우
福州/抚州), decided by the page's evidence when nothing at the mention decides it: the other
spellings of the place the page uses, and the places it names that lie under one candidate.
When that evidence is split or absent the mention gives no row (matcher._resolve_all)."""
from __future__ import annotations

import bisect
import functools
import re
from typing import Callable, Iterable

from pipeline.places.gazetteer import Candidate, Place
from pipeline.places.mention import Mention
from pipeline.places.translit import DATA
from pipeline.rulecache import parse_toml



@functools.cache
def _data() -> dict:
    return parse_toml((DATA / "same_readings.toml").read_text(encoding="utf-8"))


@functools.cache
def contrast() -> re.Pattern:
    """A sentence that sets a glossed place aside (쑤저우(宿州)와 혼동하지 말 것);
    same_readings.toml [contrast]."""
    return re.compile("|".join(_data()["contrast"]["patterns"]))


def set_aside(text: str, glossed: list[Mention], sentence: Callable[[int], tuple[int, int]]) -> set[int]:
    """The ids of the glossed mentions whose sentence says the place glossed is not the one meant
    (a contrast): each gloss decides its mention alone, never the page's other mentions. One
    pass over the text (a huge sentence with many glosses stays linear)."""
    if not glossed:
        return set()
    found = [x.start() for x in contrast().finditer(text)]
    out = set()
    for m in glossed:
        start, end = sentence(m.start)
        k = bisect.bisect_left(found, start)
        if k < len(found) and found[k] < end:
            out.add(id(m))
    return out


def rivals(m: Mention) -> set[str]:
    """The places a mention's reading may name at its best rank (산시성: 山西省 and 陕西省)."""
    return {c.place.key for c in m.cands if c.strength == m.cands[0].strength}


def named_apart(cands: list[Candidate], others: Iterable[Place]) -> list[Candidate]:
    """The candidates left when those its sentence names under another spelling are set
    aside (섬서성 옌안의 탄광과 비교하면 산시성 탄광: the sentence writes 陕西 as 섬서성, so its
    산시성 is 山西). `others`: the places of the sentence's other mentions, read under other
    surfaces."""
    apart = {p.key for p in others}
    return [c for c in cands if c.place.key not in apart]


NATIONAL = 3       # provinces of a page's places: a page on the whole country (a national ranking)


def _supports(c: Place, p: Place, national: bool) -> bool:
    """p, named on the page, speaks for c: it is c (another spelling), lies in c, is c's
    province (장쑤성 for 泰州), or, on a page about one or two provinces, lies in c's province
    (a city's siblings: 양저우, 난징 for 泰州; in a national ranking 소주 says nothing of 타이저우)."""
    if p.key == c.key or c.name_zh in (p.parent_zh, p.province_zh):
        return True
    if c.level == "province" or not c.province_zh:
        return False
    return p.name_zh == c.province_zh or not national and p.province_zh == c.province_zh


def page_topic(cands: list[Candidate], page: list[Place]) -> Candidate | None:
    """The candidate the page's other places speak for, when they clearly do: the most
    supported one has more than twice the support of any other (one place against none,
    three against one); a split page decides nothing. Each place on the page counts once."""
    keys = {c.place.key: c for c in cands}
    if len(keys) < 2:
        return None
    places = {p.key: p for p in page}.values()
    national = len({p.province_zh for p in places if p.province_zh}) >= NATIONAL
    support = sorted(((sum(_supports(c.place, p, national) for p in places), c) for c in keys.values()),
                     key=lambda x: -x[0])
    best, second = support[0][0], support[1][0]
    return support[0][1] if best >= 2 * second + 1 else None


@functools.cache
def _neighbours() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in _data()["neighbours"].items() if isinstance(v, list) and k[-1] in "省市区"}


def by_neighbours(cands: list[Candidate], provinces: Iterable[str]) -> Candidate | None:
    """The one candidate province that the other provinces of the sentence border while its rivals do not
    (산시성 beside 허베이성: 山西; beside 간쑤성 or 쓰촨성: 陕西); None when none or several are so bordered
    (허난성 borders both 산시). same_readings.toml [neighbours]."""
    table = _neighbours()
    rivals = {c.place.key: c for c in cands if c.place.name_zh in table}
    if len(rivals) < 2:
        return None
    names = {c.place.name_zh for c in rivals.values()}
    around = set(provinces) - names
    borders = {key: table[c.place.name_zh] & around for key, c in rivals.items()}
    only = [key for key, b in borders.items() if any(p not in table[rivals[o].place.name_zh]
                                                      for p in b for o in rivals if o != key)]
    if len(only) != 1:
        return None
    # (a province bordering only a rival would contradict it: 산시성·허베이성과 간쑤성 decides nothing)
    return rivals[only[0]]


def sentence_backs(cands: list[Candidate], places: Iterable[tuple[Place, ...]]) -> dict[str, int]:
    """How firmly the other places of a mention's own sentence speak for each candidate (key -> weight): its
    province or prefecture named, or a district of it, weighs 2; each other mention that may lie in its
    province (any of that mention's readings) weighs 1 (양저우, 난징: 2 for 泰州). `places`: each mention of the
    sentence as the places it may be. The nearer evidence a gloss of one namesake elsewhere on the page must
    not override (matcher._against_gloss)."""
    own = {c.place.key for c in cands}
    others = [ps for ps in places if not own & {p.key for p in ps}]
    firm = [ps[0] for ps in others if len(ps) == 1]
    names = {p.name_zh for p in firm}
    parents = {p.parent_zh for p in firm}
    weight = {}
    for c in cands:
        p = c.place
        if p.level == "province":
            continue
        if p.province_zh in names or p.parent_zh in names or p.name_zh in parents:
            weight[p.key] = 2
        else:
            weight[p.key] = sum(any(q.province_zh == p.province_zh for q in ps) for ps in others)
    return weight
