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
    zh_strip_end: tuple[str, ...]
    zh_cut_after: tuple[str, ...]


def build_context(t: dict) -> ContextRules:
    sets = ("np_tags", "subject_tags", "subject_forms", "pre_topic_forms", "adverbial",
            "comparison_forms", "not_subjects", "link_words", "clause_end_tags", "np_drop",
            "place_set_nouns", "comparison_time", "owner_nouns", "duration_nouns")
    patterns = ("period_not_before", "quoted_title", "container_gap", "compared")
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


def _merge_places(toks: list[tuple], sentence: str, places: list[tuple[int, int]]) -> list[tuple]:
    """Tokens inside a place mention become one proper noun (Kiwi reads 환발해 as a verb)."""
    for ps, pe in places:
        hit = [i for i, t in enumerate(toks) if t[2] < pe and t[3] > ps]
        if not hit or any(toks[i][2] < ps for i in hit):
            continue
        end = max(pe, max(toks[i][3] for i in hit))
        if len(hit) == 1 and toks[hit[0]][1] in ("NNP", "NNG"):
            continue
        toks[hit[0]:hit[-1] + 1] = [(sentence[ps:end], "NNP", ps, end)]
    return toks


class _Toks:
    """Kiwi tokens of one sentence, with the spans (facts, periods) to step over."""

    def __init__(self, tokens, sentence: str, cr: ContextRules,
                 facts: list[tuple[int, int]], periods: list[tuple[int, int]],
                 places: list[tuple[int, int]]):
        self.t = _merge_places([(tk.form, tk.tag, tk.start, tk.start + tk.len) for tk in tokens],
                               sentence, places)
        self.s, self.cr = sentence, cr
        self.facts, self.periods, self.places = facts, periods, places

    def before(self, pos: int) -> int:
        i = -1
        for k, tok in enumerate(self.t):
            if tok[3] <= pos:
                i = k
        return i

    def after(self, pos: int) -> int:
        for k, tok in enumerate(self.t):
            if tok[2] >= pos:
                return k
        return len(self.t)

    def inside(self, k: int, spans) -> bool:
        s, e = self.t[k][2], self.t[k][3]
        return any(a <= s and e <= b for a, b in spans)

    def gap(self, i: int, j: int) -> int:
        return self.t[j][2] - self.t[i][3]

    def nounish(self, k: int) -> bool:
        form, tag = self.t[k][0], self.t[k][1]
        if tag not in self.cr.np_tags or self.inside(k, self.facts):
            return False
        if tag == "NNB" and k + 1 < len(self.t) and self.t[k + 1][0] == "당" and self.gap(k, k + 1) == 0:
            return True    # 건당 중량
        if tag in ("NNB", "XSN"):
            return k > 0 and self.gap(k - 1, k) == 0
        if tag in ("MM", "SN"):     # 총면적, 1인당 GDP
            return k + 1 < len(self.t) and self.gap(k, k + 1) == 0 and self.t[k + 1][1] in ("NNG", "NNP")
        return True

    def _joined(self, i: int, j: int) -> bool:
        """Tokens i < j belong to one noun phrase (a space, or a glued hyphen)."""
        return self.gap(i, j) <= 1

    def np_left(self, k: int) -> str:
        """Noun phrase ending at token k, without leading adverbial words."""
        if k < 0 or not self.nounish(k) or self.t[k][1] in ("MM", "SN"):
            return ""
        j = k
        while j > 0:
            if self.nounish(j - 1) and self._joined(j - 1, j):
                j -= 1
            elif j > 1 and self.t[j - 1][0] == "-" and self.gap(j - 1, j) == 0 \
                    and self.gap(j - 2, j - 1) == 0 and self.nounish(j - 2):
                j -= 2     # 중국-유럽 화물열차
            elif j > 1 and self.t[j - 1][0] in self.cr.pre_topic_forms and self.gap(j - 1, j) == 1 \
                    and self.gap(j - 2, j - 1) == 0 and self.nounish(j - 2):
                j -= 2     # 원자력과 해상풍력 설비
            else:
                break
        return self._trim(j, k)

    def np_right(self, k: int) -> str:
        return self.np_right_span(k)[0]

    def np_right_span(self, k: int) -> tuple[str, int]:
        """Noun phrase starting at token k, and the index of its last token."""
        if k >= len(self.t) or not self.nounish(k) or self.t[k][0] in self.cr.link_words:
            return "", k
        j = k
        while j + 1 < len(self.t) and self.nounish(j + 1) and self._joined(j, j + 1):
            j += 1
        if j + 1 < len(self.t) and self.t[j + 1][1] in ("XSV", "XSA"):
            return "", j   # 4.2% 감소한: a verb, not a noun
        if j + 1 < len(self.t) and self.t[j + 1][1] == "VCP":
            e = j + 1      # 한 개의 독립적인 경제시스템: step over the adjective
            while e < len(self.t) and self.t[e][1] != "ETM":
                e += 1
            return self.np_right_span(e + 1) if e < len(self.t) else ("", j)
        return self._trim(k, j), j

    def _trim(self, j: int, k: int) -> str:
        """Cut the phrase after its last dropped word (하루 평균 트럭 -> 트럭)."""
        cr = self.cr
        for m in range(k - 1, j - 1, -1):
            form, prev = self.t[m][0], self.t[m - 1][1] if m > 0 else ""
            if form in cr.np_drop and (form != "급" or prev == "SL") \
                    and (form == "급" or self.gap(m, m + 1) > 0) or self.inside(m, self.periods):
                j = m + 1
                break
        if self.inside(j, self.places) and not any(self.t[m][0] in cr.owner_nouns
                                                   for m in range(j, k + 1)):
            m = j          # 요령성 투자잔액 -> 투자잔액 (where it is); 대만 기업 stays (whose)
            while m < k and self.inside(m + 1, self.places) and self.gap(m, m + 1) == 0:
                m += 1
            if m < k and self.gap(m, m + 1) > 0:
                j = m + 1
        while j <= k and (self.t[j][1] in ("XSN", "NNB") and not (j < k and self.t[j + 1][0] == "당")
                          or self.t[j][0] in cr.np_drop and j < k and self.gap(j, j + 1) > 0):
            j += 1
        while k >= j and (self.t[k][0] in cr.np_drop or self.t[k][1] == "MM"):
            k -= 1
        if j > k:
            return ""
        text = self.s[self.t[j][2]:self.t[k][3]]
        return "" if text in cr.not_subjects else text

    def is_place(self, text_start: int, text_end: int) -> bool:
        return any(a <= text_start and text_end <= b for a, b in self.places)

    def walk_back(self, pos: int) -> int:
        """Token before `pos`, stepping over adverbials, periods and comparisons."""
        cr = self.cr
        k = self.before(pos)
        while k >= 0:
            form, tag = self.t[k][0], self.t[k][1]
            if form in cr.comparison_forms:
                k -= 1
                while k >= 0 and (self.nounish(k) or self.t[k][1] in ("SN", "JKB", "MM")
                                  or self.t[k][0] in cr.adverbial):
                    if self.t[k][1] == "JKB" and self.t[k][0] != "에":
                        break
                    k -= 1
                continue
            if form in cr.adverbial and (not tag.startswith("J") or form == "까지") \
                    or self.inside(k, self.periods):
                k -= 1     # (이 the particle is not 이 the determiner)
                continue
            if form == "당" and tag == "XSN":
                k -= 2     # kWh당, 묘당, 업체당
                continue
            return k
        return k


def _particle_np(toks: _Toks, k: int) -> tuple[str, int]:
    """Noun phrase before the particle at token k, and its first token index."""
    cr = toks.cr
    j = k - 1
    while j >= 0 and toks.t[j][0] in cr.pre_topic_forms and toks.gap(j, j + 1) == 0:
        j -= 1
    if j >= 0 and toks.t[j][0] == ")":
        while j >= 0 and toks.t[j][0] != "(":
            j -= 1
        j -= 1
    return toks.np_left(j), j


def _is_subject_particle(toks: _Toks, k: int) -> bool:
    form, tag = toks.t[k][0], toks.t[k][1]
    return tag in toks.cr.subject_tags or (tag == "JKB" and form in toks.cr.subject_forms)


def _adjacent(toks: _Toks, start: int) -> str:
    """토지위법사건은 32,575건; 계획면적을 49평방킬로미터; 사업비로 약 45억 위엔."""
    k = toks.walk_back(start)
    if k < 0 or not _is_subject_particle(toks, k):
        return ""
    np, j = _particle_np(toks, k)
    if np and j == k - 1 and toks.t[k][1] in ("JKS", "JX") and _np_is_place(toks, np, j):
        # 선전시가 3조 위안 / 강소성은 100억 위엔: the place goes to `place`; 길림성과는 stays
        return _clause_topic(toks, toks.t[j][2] if j >= 0 else 0) or ""
    return np


def _np_is_place(toks: _Toks, np: str, j: int) -> bool:
    end = toks.t[j][3] if j >= 0 else 0
    return toks.is_place(end - len(np), end)


def _genitive_before(toks: _Toks, start: int) -> str | None:
    """환발해 물동량의 5% -> 환발해 물동량; None when there is no 의 before."""
    k = toks.walk_back(start)
    if k < 0 or toks.t[k][1] != "JKG" and toks.t[k][0] != "的":
        return None
    if k > 0 and toks.t[k - 1][0] in toks.cr.adverbial:
        return _adjacent(toks, toks.t[k - 1][2])      # 면적을 지금의 1.8배
    return toks.np_left(k - 1)


def _following(toks: _Toks, end: int, direct: bool) -> str:
    """31개 성; 10억 위엔의 매출액; 1.2GW 규모의 배터리 저장 단지; 300MW급 태양광 발전소."""
    k = toks.after(end)
    if k >= len(toks.t) or toks.t[k][2] - end > 1:
        return ""
    linked = False
    if toks.t[k][0] in toks.cr.link_words:
        k, linked = k + 1, True
    if k < len(toks.t) and (toks.t[k][1] == "JKG" or toks.t[k][0] == "的"):
        return toks.np_right(k + 1)
    if not (direct or linked):
        return ""
    np, j = toks.np_right_span(k)
    if np and not linked:
        np = _enumerated(toks, np, j) or _possessed(toks, j) or np
    return np


def _enumerated(toks: _Toks, np: str, j: int) -> str:
    """31개 성, 시, 자치구가: the counted nouns are the whole enumeration."""
    start, end = toks.t[j][3] - len(np), j
    while end + 2 < len(toks.t) and toks.t[end + 1][0] == "," and toks.nounish(end + 2):
        nxt, e = toks.np_right_span(end + 2)
        if not nxt:
            break
        end = e
    return toks.s[start:toks.t[end][3]] if end > j else ""


def _possessed(toks: _Toks, j: int) -> str:
    """백여 개 멀티미디어 관련 산업의 우수기업: the count is of the possessed head."""
    start = j
    while start > 0 and toks.nounish(start - 1) and toks.gap(start - 1, start) <= 1:
        start -= 1
    multiword = " " in toks.s[toks.t[start][2]:toks.t[j][3]]
    if multiword and j + 1 < len(toks.t) and toks.t[j + 1][1] == "JKG":
        return toks.np_right(j + 2)     # but 8개 도시의 대표들 counts 도시
    return ""


def _compared(toks: _Toks, start: int) -> str:
    """용지 비준량에 비해 46%가 감소: the change measures the compared noun."""
    lo = max([0, start - 40] + [e for s, e in toks.facts if e <= start])
    m = toks.cr.compared.search(toks.s[lo:start])
    if not m or m.group(1).split()[-1] in toks.cr.comparison_time:
        return ""
    words = [w for w in m.group(1).split() if w not in toks.cr.np_drop
             and w not in toks.cr.comparison_time and not w.endswith(("은", "는", "한", "된"))]
    np = " ".join(words)
    return "" if not np or np in toks.cr.not_subjects else np


def _bare_before(toks: _Toks, start: int, prev_end: int) -> str:
    """중국 소비자 1,200명; 하루 평균 트럭 1,800대: a noun right before, no particle."""
    k = toks.walk_back(start)
    if k < 0 or not toks.nounish(k):
        return ""
    np = toks.np_left(k)
    if not np or _np_is_place(toks, np, k) or toks.t[k][3] - len(np) - prev_end <= 1:
        return ""
    return np


def _clause_topic(toks: _Toks, start: int) -> str:
    """Nearest topic or subject before `start` in the sentence, places skipped."""
    k = toks.before(start)
    while k >= 0:
        if toks.t[k][1] == "SF":
            return ""
        if toks.t[k][1] in ("JX", "JKS"):
            np, j = _particle_np(toks, k)
            if np and not _np_is_place(toks, np, j):
                return np
        k -= 1
    return ""


def _subject(toks: _Toks, f: Fact, s0: int, prev_end: int) -> str:
    a, b = f.start - s0, f.end - s0
    if f.quantity == "duration":   # only a time noun is measured by a duration (기간이 평균 6개월)
        k = toks.walk_back(a)
        subj = _adjacent(toks, a) if k >= 0 and toks.t[k][1] in ("JKS", "JKO") else ""
        return subj if subj.split(" ")[-1] in toks.cr.duration_nouns else ""
    if f.quantity == "count":
        return (_bare_before(toks, a, prev_end) or _following(toks, b, direct=True)
                or _adjacent(toks, a) or _genitive_before(toks, a) or _topic_unless_object(toks, b, a))
    found = (_bare_before(toks, a, prev_end) or _following(toks, b, direct=False)
             or _adjacent(toks, a))
    if found:
        return found
    gen = _genitive_before(toks, a)
    if gen is not None:
        return gen
    if f.change and f.quantity != "count":
        compared = _compared(toks, a)
        if compared:
            return compared
    return _following(toks, b, direct=True) or _topic_unless_object(toks, b, a)


def _topic_unless_object(toks: _Toks, end: int, start: int) -> str:
    """The clause topic, except for an object figure (S사가 3억 달러를 들여):
    there the topic is the agent spending it, not what the figure measures."""
    k = toks.after(end)
    if k < len(toks.t) and toks.t[k][1] == "JKO" and toks.t[k][2] == end:
        return ""
    return _clause_topic(toks, start)


def _from_previous(toks: _Toks, f: Fact, s0: int, prev_end: int) -> bool:
    """49평방킬로미터에서 34평방킬로미터로: the level after 에서 has the same subject."""
    k = toks.walk_back(f.start - s0)
    return k >= 0 and toks.t[k][0] == "에서" and toks.t[k][2] == prev_end


def zh_subject(cr: ContextRules, sentence: str, a: int, b: int) -> str:
    """Chinese text: the Han run before the figure, else the one after 的."""
    head = re.search(r"[\u4e00-\u9fff]*$", sentence[:a]).group()
    changed = True
    while changed and head:
        changed = False
        for w in cr.zh_strip_end:
            if head.endswith(w):
                head, changed = head[:-len(w)], True
    if head.endswith("的"):
        head = head[:-1]
    for w in cr.zh_cut_after:
        i = head.rfind(w)
        if i >= 0:
            head = head[i + len(w):]
    if head:
        return head
    tail = re.match(r"的?([\u4e00-\u9fff]+)", sentence[b:])
    return tail.group(1) if tail else ""


def _groups(facts: list[Fact], sentence: str, s0: int) -> list[list[int]]:
    """Facts joined only by `, ` form one enumeration (69건, 153.45억 위엔)."""
    groups: list[list[int]] = []
    for i, f in enumerate(facts):
        if i and sentence[facts[i - 1].end - s0:f.start - s0].strip() == ",":
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def subjects(toks: _Toks, facts: list[Fact], s0: int) -> list[str]:
    """Subject of each fact of one sentence (facts sorted, offsets in text)."""
    out: list[str] = []
    strong: list[bool] = []
    for i, f in enumerate(facts):
        prev_end = facts[i - 1].end - s0 if i else -10
        a, b = f.start - s0, f.end - s0
        strong.append(False)
        if re.search(r"[\u4e00-\u9fff]$", toks.s[max(0, a - 1):a]) or re.match(r"[\u4e00-\u9fff]", toks.s[b:b + 1]):
            subj = zh_subject(toks.cr, toks.s, a, b)
            if not subj and i and re.search(r"[增长下降减少]+$", toks.s[:a]):
                subj = out[-1]        # 1352亿元,同比增长6.5%
        elif i and _from_previous(toks, f, s0, prev_end):
            subj = out[-1]
        else:
            subj = _subject(toks, f, s0, prev_end)
            strong[-1] = f.quantity == "count" and bool(
                _bare_before(toks, a, prev_end) or _following(toks, b, direct=True))
        out.append(subj)
    for g in _groups(facts, toks.s, s0):
        if len(g) < 2:
            continue
        first, last = facts[g[0]], facts[g[-1]]
        shared = (_adjacent(toks, first.start - s0)
                  or _following(toks, last.end - s0, direct=False) or out[g[0]])
        for i in g:   # 69건, 153.45억 위엔: the enumeration shares its subject
            if not strong[i]:
                out[i] = shared
    return out


def tokens(kiwi, sentence: str, cr: ContextRules, facts, periods, places) -> _Toks:
    """Kiwi runs on the sentence up to a little after its last figure: subjects
    are looked for before a figure or just after it (Kiwi's time grows with length)."""
    cut = sentence.find(" ", max(e for _, e in facts) + 40) if facts else -1
    head = sentence if cut < 0 else sentence[:cut]
    return _Toks(kiwi.tokenize(head), sentence, cr, facts, periods, places)


def period_spans(cr: ContextRules, sentence: str) -> list[tuple[int, int]]:
    return [m.span() for p in cr.periods for m in p.finditer(sentence)]
