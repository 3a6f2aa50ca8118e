"""Subject of a fact: the noun phrase the number measures, found on morphemes
tagged like Kiwi's (topic/subject/object particles, nouns; from the eojeol reader
or Kiwi, tokens.py) by the rules below, tried in order; Chinese text takes the run
of Han characters before it."""
from __future__ import annotations

import bisect
import re

from pipeline.model import Fact
from pipeline.facts.context import ContextRules
from pipeline.facts.tokens import Tokens as _Toks


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
    if toks.t[k][1] == "JKB" and np.rsplit(" ", 1)[-1] in toks.cr.not_subjects:
        return ""           # 항공권 포함 한화로 약 150만원: a currency named with 로 (round 18), no 사업비로
    if np and j == k - 1 and toks.t[k][1] in ("JKS", "JX") and (_np_is_place(toks, np, j) or _owner_word(toks, np)):
        # 선전시가 3조 위안 / 강소성은 100억 위엔: the place goes to `place`; 길림성과는 stays
        return _clause_topic(toks, toks.t[j][2] if j >= 0 else 0) or ""
    return _thing_priced(toks, np, k) or np


_ONE_SERVING = re.compile(r"\s?\d+\s?인분$")


def _thing_priced(toks: _Toks, np: str, k: int) -> str:
    """라면 한 그릇은 15원, 밀크티 한 잔은 9원, 훠궈 1인분은 58원: one of a thing is the base of its price;
    the thing is the subject (round 16). `k`: the particle after `np`; "" when `np` is no such base."""
    if np and _ONE_SERVING.search(np) and _ONE_SERVING.sub("", np):
        return _ONE_SERVING.sub("", np)         # 훠궈 1인분 -> 훠궈
    c = k - 1                               # the counter glued to the particle (그릇은, 잔은)
    if c < 2 or (np and np != toks.t[c][0]) or toks.gap(c, k) != 0:
        return ""
    if toks.t[c - 1][0] != "한" or toks.gap(c - 1, c) != 1 or toks.gap(c - 2, c - 1) != 1:
        return ""
    return toks.np_left(c - 2)


def _owner_word(toks: _Toks, np: str) -> bool:
    """A place the places stage does not give that owns the amount after it: a South Korean city, or a place whose
    元 is its own (`택시 기본요금은 타이베이가 85元`: Taipei's fare; round 18, held-out set 14)."""
    return np in toks.cr.own_yuan_places or np in toks.cr.korean_places


def _owner_led(toks: _Toks, a: int) -> tuple[int, bool] | None:
    """`X가 <figure>` with X one word: (X's start, whether X is known as a place or an owner), else None."""
    k = toks.walk_back(a)
    if k < 1 or toks.t[k][1] != "JKS" or toks.gap(k - 1, k) != 0:
        return None
    np, j = _particle_np(toks, k)
    if not np or j != k - 1 or " " in np:
        return None
    end = toks.t[j][3]
    return end - len(np), _np_is_place(toks, np, j) or _owner_word(toks, np)


_NEXT_OWNER = re.compile(r",\s?[가-힣]+[이가]\s?")


def _owners_in_turn(toks: _Toks, facts: list[Fact], s0: int, out: list[str]) -> None:
    """`택시 기본요금은 타이베이가 85元, 샤먼이 10元`: amounts listed each after its owner with `가/이` share the topic as
    their subject when one owner of the list is known as a place or an owner (샤먼, a bare transliteration the places
    stage leaves, is then an owner too; round 18)."""
    if not any(_NEXT_OWNER.fullmatch(toks.s, f.end - s0, g.start - s0) for f, g in zip(facts, facts[1:])):
        return                  # no `, X가 ` between two figures: no tokens read (Kiwi is created only when needed)
    led = [_owner_led(toks, f.start - s0) for f in facts]
    i = 0
    while i < len(facts):
        j = i
        while j + 1 < len(facts) and led[j] and led[j + 1] \
                and toks.s[facts[j].end - s0:led[j + 1][0]].strip() == ",":
            j += 1
        if j > i and any(led[m][1] for m in range(i, j + 1)):
            topic = _clause_topic(toks, led[i][0])
            for m in range(i, j + 1):
                out[m] = topic
        i = j + 1


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
    i = bisect.bisect_right(toks.fact_ends, start)
    lo = max(0, start - 40, toks.fact_ends[i - 1] if i else 0)
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
    """Nearest topic or subject before `start` in the sentence, places skipped.
    Remembered per token, so many figures in one long sentence cost one walk."""
    k = toks.before(start)
    walked = []
    while k >= 0 and k not in toks.topics:
        walked.append(k)
        if toks.t[k][1] == "SF":
            found = ""
            break
        if toks.t[k][1] in ("JX", "JKS"):
            np, j = _particle_np(toks, k)
            if np and not _np_is_place(toks, np, j):
                found = np
                break
        k -= 1
    else:
        found = toks.topics.get(k, "")
    for w in walked:
        toks.topics[w] = found
    return found


def _subject(toks: _Toks, f: Fact, s0: int, prev_end: int) -> tuple[str, bool]:
    """The subject of `f`, and whether it is a count's own noun right before or after it (a strong
    subject, which an enumeration's shared subject does not replace)."""
    a, b = f.start - s0, f.end - s0
    if f.quantity == "duration":   # only a time noun is measured by a duration (기간이 평균 6개월)
        k = toks.walk_back(a)
        subj = _adjacent(toks, a) if k >= 0 and toks.t[k][1] in ("JKS", "JKO", "JX") else ""   # 시간은 4일에서 2일로
        return (subj if subj.split(" ")[-1] in toks.cr.duration_nouns else ""), False
    if f.quantity == "count":
        near = _bare_before(toks, a, prev_end) or _following(toks, b, direct=True)
        if near:
            return near, True
        return _adjacent(toks, a) or _genitive_before(toks, a) or _topic_unless_object(toks, b, a), False
    return _measured(toks, f, a, b, prev_end), False


def _measured(toks: _Toks, f: Fact, a: int, b: int, prev_end: int) -> str:
    """The subject of a figure that is neither a count nor a duration."""
    found = (_bare_before(toks, a, prev_end) or _following(toks, b, direct=False)
             or _adjacent(toks, a))
    if found:
        return found
    gen = _genitive_before(toks, a)
    if gen is not None:
        return gen
    if f.change:
        compared = _compared(toks, a)
        if compared:
            return compared
    return _following(toks, b, direct=True) or _spent_on(toks, f, a, b) or _topic_unless_object(toks, b, a)


def _spent_on(toks: _Toks, f: Fact, start: int, end: int) -> str:
    """부산 공장 증설에 50억원을 투자한다: money spent, as an object, on the 에 phrase right before it measures
    that use (round 17); the topic before (회사는, 가상정밀은) is the spender. `cr.spent_on` reads the verb, and
    the phrase must end in a noun of an undertaking (`cr.use_nouns`: 증설, 조성), not a place's name."""
    if f.quantity != "money" or not toks.cr.spent_on.match(toks.s, end):
        return ""
    k = toks.walk_back(start)
    if k < 1 or toks.t[k][0] != "에" or toks.gap(k - 1, k) != 0:
        return ""
    np, j = _particle_np(toks, k)
    if not np or not np.endswith(tuple(toks.cr.use_nouns)) or _np_is_place(toks, np, j):
        return ""                # S사가 빈하이신구에 3억 달러를 들여: where it is spent, not on what
    return np


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


def _han_comparison(toks: _Toks, a: int) -> bool:
    """The Han run right before the figure is a comparison word in a Korean sentence (대중 수출은 前年比▲2.3%):
    the Korean reader finds its subject, not the Chinese one (round 16)."""
    i = a
    while i > 0 and "\u4e00" <= toks.s[i - 1] <= "\u9fff":
        i -= 1
    return toks.s[i:a] in toks.cr.not_subjects and re.search(r"[가-힣]", toks.s[:i]) is not None


def zh_subject(cr: ContextRules, sentence: str, a: int, b: int) -> str:
    """Chinese text: the Han run before the figure, else the one after 的."""
    i = a
    while i > 0 and "\u4e00" <= sentence[i - 1] <= "\u9fff":
        i -= 1
    head = sentence[i:a]
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


# partner_topic is tried on this much text before the figure (it ends there).
PARTNER_REACH = 40


def _partner_led(toks: _Toks, f: Fact, s0: int) -> bool:
    """길림성과는 69건: the figure follows a partner topic ("with A")."""
    a = f.start - s0
    return bool(toks.cr.partner_topic.search(toks.s, max(0, a - PARTNER_REACH), a))


def _groups(toks: _Toks, facts: list[Fact], s0: int) -> list[list[int]]:
    """Facts joined only by `, ` form one enumeration (69건, 153.45억 위엔);
    so do partner-led runs joined by `, B과는 ` (흑룡강성과는 50건, ...)."""
    groups: list[list[int]] = []
    for i, f in enumerate(facts):
        gap = toks.s[facts[i - 1].end - s0:f.start - s0].strip() if i else ""
        partner = (gap.startswith(",") and len(gap[1:].split()) == 1
                   and _partner_led(toks, facts[groups[-1][0]], s0) and _partner_led(toks, f, s0)) if i else False
        if i and (gap == "," or partner):
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
        if (a and "\u4e00" <= toks.s[a - 1] <= "\u9fff" and not _han_comparison(toks, a)) \
                or b < len(toks.s) and "\u4e00" <= toks.s[b] <= "\u9fff":
            subj = zh_subject(toks.cr, toks.s, a, b)
            if not subj and i and a and toks.s[a - 1] in "增长下降减少":
                subj = out[-1]        # 1352亿元,同比增长6.5%
        elif i and _from_previous(toks, f, s0, prev_end):
            subj = out[-1]
        else:
            subj, strong[-1] = _subject(toks, f, s0, prev_end)
        out.append(subj)
    _owners_in_turn(toks, facts, s0, out)
    for g in _groups(toks, facts, s0):
        if len(g) < 2:
            continue
        first, last = facts[g[0]], facts[g[-1]]
        shared = (_adjacent(toks, first.start - s0)
                  or _following(toks, last.end - s0, direct=False) or out[g[0]])
        if _partner_led(toks, first, s0):   # the partner goes to `place`, not the subject
            shared = _following(toks, last.end - s0, direct=False) or shared
        for i in g:   # 69건, 153.45억 위엔: the enumeration shares its subject
            if not strong[i]:
                out[i] = shared
    return out
