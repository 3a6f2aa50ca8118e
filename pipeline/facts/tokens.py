"""Kiwi tokens of one sentence, with the noun-phrase helpers the subject rules use."""
from __future__ import annotations

from pipeline.facts.context import ContextRules


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


class Tokens:
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


def tokens(kiwi, sentence: str, cr: ContextRules, facts, periods, places) -> Tokens:
    """Kiwi runs on the sentence up to a little after its last figure: subjects
    are looked for before a figure or just after it (Kiwi's time grows with length)."""
    cut = sentence.find(" ", max(e for _, e in facts) + 40) if facts else -1
    head = sentence if cut < 0 else sentence[:cut]
    return Tokens(kiwi.tokenize(head), sentence, cr, facts, periods, places)
