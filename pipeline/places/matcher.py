"""Find Chinese place mentions in clean text (Korean with hanja/hanzi runs)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.model import PlaceMention
from pipeline.places.gazetteer import Candidate, Gazetteer, Place

_HANZI_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_GLOSS = re.compile(r"\s?[(（]([^()（）]{1,60})[)）]")
# Particles (and copula forms) that may follow a name without making it part
# of a longer word: 광동성은, 상해에서, 북경과의, 심양이다.
_PARTICLE = re.compile(
    r"(?:에서부터|에서는|에서도|에서의|으로는|으로의|으로도|에게|에서|으로|까지|부터|보다|처럼|"
    r"과의|와의|과는|와는|에는|에도|로는|로의|이나|이며|이고|이다|이었|였다|이라는|라는|"
    r"은|는|이|가|을|를|의|에|와|과|도|로|만|나|인|께)(?![가-힣])")
# A Korean place continues: 광주광역시, 양양군.
_KOREAN_TAIL = re.compile(r"(?:광역시|특별시|특별자치|군(?![가-힣])|군[은는이가을를의에도])")
_ENUM_GAP = re.compile(r"\s*(?:[,，、·‧・/\-–—~]|및|와|과|,\s*및|와\s*및)?\s*")
_SIMPLIFIED_ONLY = set("区县东广龙辽宁苏浙闽赣鲁豫鄂湘粤桂琼渝贵滇陕甘青宁新疆门乡阳关长")


def _is_hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


@dataclass
class Mention:
    start: int
    end: int
    cands: list[Candidate]
    korean: bool
    strong: bool
    ext_end: int = 0                       # end including a following gloss
    place: Place | None = None             # fixed by a gloss
    accepted: bool = False
    why: list[str] = field(default_factory=list)


def _korean_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    found = []
    for end_idx, alias in gaz.automaton.iter(text):
        start, end = end_idx - len(alias) + 1, end_idx + 1
        if start > 0 and _is_hangul(text[start - 1]):
            continue                       # cut out of the middle of a word
        if _KOREAN_TAIL.match(text, end):
            continue
        found.append((start, -end, alias))
    out: list[Mention] = []
    last = -1
    for start, neg_end, alias in sorted(found):
        if start < last:
            continue
        end = -neg_end
        cands = gaz.korean[alias]
        strong = any(c.strong for c in cands)
        # A bare two-syllable reading that runs on into more Hangul may be an
        # ordinary word (강소기업): it needs evidence like an ambiguous reading.
        if (strong and end < len(text) and _is_hangul(text[end]) and len(alias) <= 2
                and not _PARTICLE.match(text, end)):
            strong = False
        out.append(Mention(start, end, cands, True, strong, end))
        last = end
    return out


def _run_script(run: str, doc_default: str) -> str:
    if any(ch in _SIMPLIFIED_ONLY for ch in run):
        return "chinese"
    return doc_default


def _hanzi_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    out = []
    doc_default = "chinese" if sum(ch in _SIMPLIFIED_ONLY for ch in text) > 20 else "hanja"
    for m in _HANZI_RUN.finditer(text):
        run = m.group()
        label = _run_script(run, doc_default)
        for word, s, e in gaz.tokenizer.tokenize(run, HMM=False):
            cands = gaz.hanzi.get(word)
            if cands:
                cands = [Candidate(c.place, label, True) for c in cands]
                start = m.start() + s
                out.append(Mention(start, m.start() + e, cands, False, True, m.start() + e))
    return out


def _attach_glosses(text: str, korean: list[Mention], hanzi: list[Mention]) -> list[Mention]:
    """헤이룽장성(黑龍江省): the gloss confirms the Korean mention and is not a row."""
    by_start = {h.start: h for h in hanzi}
    dropped: set[int] = set()
    for k in korean:
        g = _GLOSS.match(text, k.end)
        if not g:
            continue
        inside = [h for s, h in by_start.items() if g.start(1) <= s < g.end(1)]
        keys = {c.place.key for c in k.cands}
        for h in inside:
            hit = next((c.place for c in h.cands if c.place.key in keys), None)
            if hit is not None:
                k.place, k.strong, k.ext_end = hit, True, g.end()
                k.why.append("gloss")
                dropped.update(id(x) for x in inside)
                break
    return [h for h in hanzi if id(h) not in dropped]


def _accept(text: str, ms: list[Mention], gaz: Gazetteer) -> None:
    """Strong mentions are accepted; weak ones need evidence, found to a fixpoint."""
    for m in ms:
        m.accepted = m.strong
    changed = True
    while changed:
        changed = False
        confirmed = {text[m.start:m.end] for m in ms if m.accepted}
        for i, m in enumerate(ms):
            if m.accepted:
                continue
            if _evidence(text, ms, i, confirmed, gaz):
                m.accepted = changed = True


def _evidence(text: str, ms: list[Mention], i: int, confirmed: set[str], gaz: Gazetteer) -> bool:
    m = ms[i]
    if text[m.start:m.end] in confirmed:
        return True
    before = text[max(0, m.start - 12):m.start].rstrip()
    if any(before.endswith(w) for w in gaz.context_words):
        return True
    for j in (i - 1, i + 1):
        if 0 <= j < len(ms) and ms[j].accepted:
            a, b = (ms[j], m) if j < i else (m, ms[j])
            gap = text[a.ext_end:b.start]
            if _ENUM_GAP.fullmatch(gap) and "\n" not in gap:
                if gap.strip() or (j < i and ms[j].cands[0].place.level in ("province", "prefecture")):
                    return True
    return False


def _resolve(m: Mention, prev: Place | None) -> Candidate:
    cands = [c for c in m.cands if c.strong] if m.strong and not m.place else m.cands
    cands = cands or m.cands
    if m.place is not None:
        return next(c for c in m.cands if c.place.key == m.place.key)
    best = cands[0].place.rank()[:2]
    tied = [c for c in cands if c.place.rank()[:2] == best]
    if prev is not None and len(tied) > 1:
        for c in tied:
            if prev.name_zh in (c.place.province_zh, c.place.parent_zh):
                return c
    return tied[0]


def find_places(text: str, gaz: Gazetteer) -> list[PlaceMention]:
    """Every mention of a Chinese place, sorted by start, non-overlapping."""
    korean = _korean_mentions(text, gaz)
    hanzi = _attach_glosses(text, korean, _hanzi_mentions(text, gaz))
    ms = sorted(korean + hanzi, key=lambda m: m.start)
    _accept(text, ms, gaz)
    out: list[PlaceMention] = []
    prev: Place | None = None
    last_end = -1
    for m in ms:
        if not m.accepted or m.start < last_end:
            continue
        c = _resolve(m, prev)
        p = c.place
        out.append(PlaceMention(m.start, m.end, text[m.start:m.end], p.name_zh, p.name_ko, p.hanja,
                                p.pinyin, p.adcode, p.level, p.province_zh, p.lat, p.lon, c.match))
        prev, last_end = p, m.end
    return out
