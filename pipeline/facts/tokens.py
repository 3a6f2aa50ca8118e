"""Tokens of one sentence, with the noun-phrase helpers the subject rules use; two
sources fill them with tokens tagged alike: the eojeol reader (EojeolTokens, the
default: closed lists, pipeline/facts/eojeol.py) and Kiwi (KiwiTokens).

With Kiwi, Kiwi is the costly step (about 9 µs per character), and the rules look at few
tokens: 95 % of sentences need none more than 21 characters before their first
figure, none more than 13 after their last (measured on the samples and devset
pages). So Kiwi analyses only a window around each run of figures, and only when a
rule first asks for a token. The tokens near a window's edge are "unsure" (Kiwi
saw less context there than in the whole sentence); a rule that reads one raises
NeedWider, and the sentence is analysed again as a whole (Tokens.widen), so every
answer is the one the whole sentence gives."""
from __future__ import annotations

import bisect
from functools import cached_property
from itertools import accumulate
from operator import itemgetter

from pipeline.facts.context import ContextRules
from pipeline.kiwi import Analyser, Token
from pipeline.spans import Cover

# Windows around a run of figures, tried in turn before the whole sentence: the
# rules may read `before` characters before its first figure and `after` past its
# last; `margin` more characters (cut at a space) give Kiwi its context.
LEVELS: list[tuple[int, int, int]] = [(20, 14, 4)]
# A rule compares an index up to 2 past the last token it read with the list's
# bounds (`j + 2 < len(t)`): this many unsure tokens at a cut edge keep every
# such comparison as in the whole sentence.
EDGE_TOKENS = 3
# Kiwi analyses the sentence up to a little after its last figure: subjects are
# looked for before a figure or just after it.
TAIL = 40


_START, _END = itemgetter(2), itemgetter(3)     # of a token


class NeedWider(Exception):
    """A rule read a token whose analysis the window cannot vouch for."""


class _Guarded(list):
    """Tokens of the windows; reading an unsure one (or from the end) raises NeedWider."""

    def __init__(self, toks: list[Token], unsure: bytearray):
        super().__init__(toks)
        self.unsure = unsure

    def __getitem__(self, k):
        if k < 0 or self.unsure[k]:
            raise NeedWider
        return list.__getitem__(self, k)


def head_end(sentence: str, facts: list[tuple[int, int]]) -> int:
    """Where the analysed text of a sentence ends: TAIL characters past its last figure."""
    cut = sentence.find(" ", max(e for _, e in facts) + TAIL) if facts else -1
    return len(sentence) if cut < 0 else cut


def windows(sentence: str, facts: list[tuple[int, int]], end: int,
            level: tuple[int, int, int]) -> list[tuple[int, int, int, int]]:
    """(lo, hi, first, last): a span of `sentence[:end]` to analyse for each run of
    figures close enough to share one, with the start of its first figure and the
    end of its last."""
    before, after, margin = level
    runs: list[list[int]] = []
    for a, b in facts:
        if runs and a - runs[-1][1] <= before + after + 2 * margin:
            runs[-1][1] = max(runs[-1][1], b)
        else:
            runs.append([a, b])
    out: list[tuple[int, int, int, int]] = []
    for a, b in runs:
        lo = sentence.rfind(" ", 0, max(0, a - before - margin)) + 1
        hi = sentence.find(" ", min(end, b + after + margin), end)
        hi = end if hi < 0 else hi
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi, out[-1][2], b)
        else:
            out.append((lo, hi, a, b))
    return out


def _merge_places(toks: list[Token], sentence: str, places: list[tuple[int, int]]) -> list[Token]:
    """Tokens inside a place mention become one proper noun (Kiwi reads 환발해 as a verb).
    Places are merged from the last one back, so the indices before stay valid."""
    if not places:
        return toks
    starts = list(map(_START, toks))
    reach = list(accumulate(map(_END, toks), max))    # reach[i]: the furthest end of toks[:i + 1]
    for ps, pe in reversed(places):
        first = bisect.bisect_left(starts, ps)
        if first and reach[first - 1] > ps:
            continue                       # a token begins before the place and runs into it
        hit = [i for i in range(first, bisect.bisect_left(starts, pe)) if toks[i][3] > ps]
        if not hit:
            continue
        end = max(pe, max(toks[i][3] for i in hit))
        if len(hit) == 1 and toks[hit[0]][1] in ("NNP", "NNG"):
            continue
        toks[hit[0]:hit[-1] + 1] = [(sentence[ps:end], "NNP", ps, end)]
    return toks


class Tokens:
    """Tokens of one sentence (form, tag, start, end; tags as Kiwi's), with the spans
    (facts, periods, places) to step over and the noun-phrase helpers the subject rules
    use. A token source fills `t`: Kiwi (KiwiTokens) or the eojeol reader (EojeolTokens);
    the rules are the same for both."""

    def __init__(self, sentence: str, cr: ContextRules, facts: list[tuple[int, int]],
                 periods: list[tuple[int, int]], places: list[tuple[int, int]]):
        self.s, self.cr = sentence, cr
        self.facts, self.periods, self.places = facts, periods, places
        self.end = head_end(sentence, facts)
        self.fact_ends = [b for _, b in facts]
        self._place_ends = [b for _, b in places]
        self.cover = {id(x): Cover(x) for x in (facts, periods, places)}
        self.topics: dict[int, str] = {}   # memo of subject._clause_topic
        # several subject rules of a figure walk back from its start and read the same noun
        # phrase: each answer is worked out once per sentence (emptied when the tokens change)
        self._back: dict[int, int] = {}    # memo of walk_back
        self._left: dict[int, str] = {}    # memo of np_left
        self._partial = False              # some tokens are unsure (KiwiTokens' windows)

    def widen(self) -> None:
        raise NotImplementedError

    def _index(self, toks: list[Token]) -> None:
        self._ends = list(map(_END, toks))
        self._starts = list(map(_START, toks))
        # starts and ends each in order (a list is in order when sorting leaves it so)
        self._sorted = self._starts == sorted(self._starts) and self._ends == sorted(self._ends)


    def before(self, pos: int) -> int:
        """Index of the last token ending at or before `pos` (-1: none)."""
        t = self.t
        if self._sorted:
            i = bisect.bisect_right(self._ends, pos) - 1
        else:
            i = max((k for k, e in enumerate(self._ends) if e <= pos), default=-1)
        if self._partial and (i < 0 and self.spans[0][0] > 0 or i >= 0 and t.unsure[i]):
            raise NeedWider
        return i

    def after(self, pos: int) -> int:
        """Index of the first token starting at or after `pos` (len: none)."""
        t = self.t
        if self._sorted:
            i = bisect.bisect_left(self._starts, pos)
        else:
            i = next((k for k, st in enumerate(self._starts) if st >= pos), len(t))
        if self._partial and (i == len(t) and self.spans[-1][1] < self.end or i < len(t) and t.unsure[i]):
            raise NeedWider
        return i

    def inside(self, k: int, spans) -> bool:
        _, _, s, e = self.t[k]
        cover = self.cover.get(id(spans))
        return cover.contains(s, e) if cover else any(a <= s and e <= b for a, b in spans)

    def gap(self, i: int, j: int) -> int:
        return self.t[j][2] - self.t[i][3]

    def nounish(self, k: int) -> bool:
        form, tag = self.t[k][0], self.t[k][1]
        if tag == "MAG" and len(form) == 1 and self._misread_prefix(k):
            return True    # 빙설관광: Kiwi reads 빙 as an adverb glued to the noun after it
        if tag not in self.cr.np_tags or self.inside(k, self.facts):
            return False
        if tag == "NNB" and k + 1 < len(self.t) and self.t[k + 1][0] == "당" and self.gap(k, k + 1) == 0:
            return True    # 건당 중량
        if tag in ("NNB", "XSN"):
            return k > 0 and self.gap(k - 1, k) == 0
        if tag in ("MM", "SN"):     # 총면적, 1인당 GDP
            return k + 1 < len(self.t) and self.gap(k, k + 1) == 0 and self.t[k + 1][1] in ("NNG", "NNP")
        return True

    def _misread_prefix(self, k: int) -> bool:
        """A one-syllable adverb that starts a word and is glued to a noun is the
        first syllable of an unknown compound noun, not an adverb."""
        return (k + 1 < len(self.t) and self.gap(k, k + 1) == 0 and self.t[k + 1][1] in ("NNG", "NNP")
                and (k == 0 or self.gap(k - 1, k) > 0))

    def _joined(self, i: int, j: int) -> bool:
        """Tokens i < j belong to one noun phrase (a space, or a glued hyphen)."""
        return self.gap(i, j) <= 1

    def np_left(self, k: int) -> str:
        """Noun phrase ending at token k, without leading adverbial words."""
        np = self._left.get(k)
        if np is None:
            np = self._left[k] = self._np_left(k)
        return np

    def _np_left(self, k: int) -> str:
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
                    and (form == "급" or self.gap(m, m + 1) > 0) or self.inside(m, self.periods) \
                    or form in cr.np_cut and self.gap(m, m + 1) > 0:
                j = m + 1
                break
        if self.inside(j, self.places) and not any(self.t[m][0] in cr.owner_nouns
                                                   for m in range(j, k + 1)):
            j = self._past_places(j, k)   # 요령성 투자잔액 -> 투자잔액 (where it is); 대만 기업 stays (whose)
        elif j < k and self._korean_place(self.t[j][0]) and self.gap(j, j + 1) > 0 \
                and not any(self.t[m][0] in cr.owner_nouns for m in range(j, k + 1)):
            j += 1                        # 울산 공장 가동률 -> 공장 가동률: a Korean city says where, as 요령성 does
        while j <= k and (self.t[j][1] in ("XSN", "NNB") and not (j < k and self.t[j + 1][0] == "당")
                          or self.t[j][0] in cr.np_drop and j < k and self.gap(j, j + 1) > 0):
            j += 1
        while k >= j and (self.t[k][0] in cr.np_drop or self.t[k][1] == "MM"):
            k -= 1
        if j > k:
            return ""
        text = self.s[self.t[j][2]:self.t[k][3]]
        return "" if text in cr.not_subjects else text

    def _korean_place(self, form: str) -> bool:
        """A South Korean city, alone or with a port's word glued (울산, 부산항: round 17)."""
        kp = self.cr.korean_places
        return form in kp or any(form.endswith(g) and form[:-len(g)] in kp for g in self.cr.place_glued)

    def _past_places(self, j: int, k: int) -> int:
        """The first token after the run of leading places from token j (지린성 퉁화시 인삼 재배 면적 ->
        인삼 재배 면적; round 11), a place's glued port word with it (톈진항 컨테이너 물동량 -> 컨테이너 물동량)."""
        while self.inside(j, self.places):
            m = j
            while m < k and self.gap(m, m + 1) == 0 \
                    and (self.inside(m + 1, self.places) or self.t[m + 1][0] in self.cr.place_glued):
                m += 1
            if m >= k or self.gap(m, m + 1) == 0:
                break
            j = m + 1
        return j

    def is_place(self, text_start: int, text_end: int) -> bool:
        return self.cover[id(self.places)].contains(text_start, text_end)

    def walk_back(self, pos: int) -> int:
        """Token before `pos`, stepping over adverbials, periods and comparisons."""
        k = self._back.get(pos)
        if k is None:
            k = self._back[pos] = self._walk_back(pos)
        return k

    def _walk_back(self, pos: int) -> int:
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
            if form in (":", "：") and tag == "SP":
                k -= 1     # 관광객 증가율: - 3.2%: a label's colon, the label is the subject
                continue
            return k
        return k



class EojeolTokens(Tokens):
    """Tokens read off the eojeols by closed lists (pipeline/facts/eojeol.py): no Kiwi."""

    def __init__(self, reader, sentence: str, cr: ContextRules, facts, periods, places):
        super().__init__(sentence, cr, facts, periods, places)
        self.reader = reader

    @cached_property
    def t(self) -> list[Token]:
        # figures and places cut words (광동성정부 -> 광동성 + 정부); periods do not (올랐다)
        cuts = sorted({x for spans in (self.facts, self.places) for ab in spans for x in ab})
        within = Cover(self.facts + self.places).contains    # inside a figure or a place
        toks = _merge_places(self.reader.read(self.s, self.end, cuts, within), self.s,
                             [p for p in self.places if p[1] <= self.end])
        self._index(toks)
        return toks


class KiwiTokens(Tokens):
    """Kiwi tokens of windows around the figures, widened when a rule needs more."""

    def __init__(self, analyser: Analyser, sentence: str, cr: ContextRules,
                 facts: list[tuple[int, int]], periods: list[tuple[int, int]],
                 places: list[tuple[int, int]]):
        super().__init__(sentence, cr, facts, periods, places)
        self.analyser = analyser
        self.level = -1
        self.widen()

    def widen(self) -> None:
        """Analyse wider windows from now on, at last the whole sentence (up to `end`)."""
        self.level += 1
        if self.level < len(LEVELS):
            self.sure = LEVELS[self.level][:2]
            self.spans = windows(self.s, self.facts, self.end, LEVELS[self.level])
        else:
            self.spans = [(0, self.end, 0, self.end)]
        self.__dict__.pop("t", None)
        self.topics.clear()
        self._back.clear()
        self._left.clear()

    @cached_property
    def t(self) -> list[Token]:
        toks: list[Token] = []
        unsure = bytearray()
        for lo, hi, first, last in self.spans:
            part = [(f, tag, s + lo, e + lo) for f, tag, s, e in self.analyser.analyse(self.s[lo:hi])]
            cut = [(a, b) for a, b in self._places_near(lo, hi)
                   if lo > 0 and a < lo < b or hi < self.end and a < hi < b]
            keep = [(a, b) for a, b in self._places_near(lo, hi) if (a, b) not in cut]
            part = _merge_places(part, self.s, keep)
            unsure += self._unsure(part, lo, hi, first, last, cut)
            toks += part
        self._index(toks)
        self._partial = any(unsure)
        return _Guarded(toks, unsure) if self._partial else toks

    def _places_near(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The places that overlap [lo, hi) (the list is sorted and disjoint)."""
        i = bisect.bisect_right(self._place_ends, lo)
        out = []
        while i < len(self.places) and self.places[i][0] < hi:
            out.append(self.places[i])
            i += 1
        return out

    def _unsure(self, part: list[Token], lo: int, hi: int, first: int, last: int,
                cut: list[tuple[int, int]]) -> bytearray:
        flags = bytearray(len(part))
        for i, (_, _, s, e) in enumerate(part):
            if lo > 0 and (s < first - self.sure[0] or i < EDGE_TOKENS) \
                    or hi < self.end and (e > last + self.sure[1] or i >= len(part) - EDGE_TOKENS) \
                    or any(a < e and s < b for a, b in cut):     # a place cut by the window's edge
                flags[i] = 1
        return flags

def tokens(source, sentence: str, cr: ContextRules, facts, periods, places) -> Tokens:
    """Tokens of `sentence` from `source`: an Analyser (Kiwi runs when a rule first
    reads a token) or an eojeol reader (pipeline/facts/eojeol.py)."""
    if isinstance(source, Analyser):
        return KiwiTokens(source, sentence, cr, facts, periods, places)
    return EojeolTokens(source, sentence, cr, facts, periods, places)
