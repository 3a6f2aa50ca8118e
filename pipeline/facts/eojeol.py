"""The eojeol reader: tokens for the subject rules without Kiwi.

Korean particles are suffixes of eojeols (space-separated words). A word is split
into characters of one script (Hangul, digits, Latin, Han; each other sign alone)
and at the edges of the spans the earlier stages found (figures, periods, places);
the last Hangul piece of a word is read by the closed lists of data/eojeol.toml:
a word of the word lists (adverbs, determiners, bound nouns), a noun with the
copula (독립적인), a predicate (an ending such as 한, 했다, 하는), or a noun with its
particles (기업은, 길림성과는); any other Hangul piece is a noun. Tags are Kiwi's, so
that subject.py runs unchanged on either token source (tokens.py).

It needs no model (creating the fact rules takes ~0.05 s of CPU with it, ~1.1-1.4 s
with Kiwi) and the facts stage runs about four times as fast as with Kiwi on its
windows (pipeline/facts/bench.py; README, speed). Words recur, so each is analysed
once per process (a bounded memo)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Iterable

Token = tuple[str, str, int, int]     # form, tag, start, end (as pipeline.kiwi.Token)

_PUNCT_TAGS = {".": "SF", "!": "SF", "?": "SF", ",": "SP", "·": "SP", "/": "SP", ":": "SP", ";": "SP",
               "-": "SO", "~": "SO", "∼": "SO", "(": "SSO", "[": "SSO", "{": "SSO", "“": "SSO", "‘": "SSO",
               "「": "SSO", "《": "SSO", "<": "SSO", ")": "SSC", "]": "SSC", "}": "SSC", "”": "SSC",
               "’": "SSC", "」": "SSC", "》": "SSC", ">": "SSC"}
MEMO_SIZE = 50_000       # words remembered with their tokens
_EOJEOL = re.compile(r"\S+")
_SCRIPT_TAGS = {"D": "SN", "L": "SL", "C": "SH"}
# Particles of two syllables or more win over a predicate ending (지난해보다, 가구마다);
# a one-syllable one loses to it (높은, 하는).
_LONG = 2


def _script(c: str) -> str:
    if "가" <= c <= "힣":
        return "H"
    if c.isdigit():
        return "D"
    if "a" <= c.lower() <= "z":
        return "L"
    if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf":
        return "C"
    return "P"


def _batchim(c: str) -> int:
    """Final consonant index of a Hangul syllable (0: none, 8: ㄹ); -1 for other signs."""
    return (ord(c) - 0xAC00) % 28 if "가" <= c <= "힣" else -1


def _fits(after: str, prev: str) -> bool:
    """Does a particle whose `after` is batchim/vowel/vowel_or_l/any follow `prev`?"""
    b = _batchim(prev) if prev else -1
    if b < 0 or after == "any":
        return True
    if after == "vowel_or_l":
        return b in (0, 8)
    return b > 0 if after == "batchim" else b == 0


@dataclass
class EojeolReader:
    particles: dict[str, tuple[str, str]]      # form -> (tag, after)
    particle_nouns: tuple[str, ...]            # nouns ending like a particle (결과, 도로)
    words: dict[str, str]                      # whole word -> tag
    copula: tuple[str, ...]
    copula_in_after: tuple[str, ...]
    quote_endings: frozenset[str]              # “…”며: the ending after a closing quote
    endings: tuple[str, ...]                   # predicate endings, longest first
    verb_stems: frozenset[str]                 # one-syllable stems: 찾 in 찾은
    stem_endings: frozenset[str]
    predicate_nouns: frozenset[str]            # nouns ending like a predicate (제한, 기간)
    per_suffix: str
    per_suffix_not: tuple[str, ...]
    split_words: dict[str, list[tuple[str, str]]]   # word -> its parts (form, tag)
    heads: tuple[str, ...]                      # nouns like particles also at a compound's end
    units: frozenset[str]                       # unit words after a number (data/units.toml)
    time_prefixes: tuple[str, ...]
    comparison_suffixes: tuple[str, ...]        # 전년동기대비 = 전년동기 + 대비
    glued_adverbs: tuple[str, ...]              # 수출액은각각 = 수출액 + 은 + 각각
    stray_particles: frozenset[str]             # 생산액 은: a particle after a stray space
    glued_particles: tuple[str, ...]            # 림지의소매판매액, 위안를투자한다고; longest first
    words_like_glued: tuple[str, ...]

    def __post_init__(self):
        self._ending_set = frozenset(self.endings)
        self._longest_ending = max(map(len, self.endings), default=0)
        self._longest_noun = max(map(len, self.predicate_nouns), default=0)
        self._particle_noun_set = frozenset(self.particle_nouns)
        self._longest_particle_noun = max(map(len, self.particle_nouns), default=0)
        self._memo: dict[tuple[str, str, bool], list[Token]] = {}
        self._piece_memo: dict[str, list[tuple[int, int, str]]] = {}   # word -> its pieces (offsets in it)
        self._word_memo: dict[tuple[str, bool], list[Token]] = {}    # (word, in a span) -> its tokens
        self._glued_memo: dict[str, int] = {}                         # piece -> _glued_particle

    def forget(self) -> None:
        """Empty the memos (a timed pass starts cold)."""
        self._memo.clear()
        self._piece_memo.clear()
        self._word_memo.clear()
        self._glued_memo.clear()

    def read(self, s: str, end: int, cuts: list[int],
             within: Callable[[int, int], bool] | None = None) -> list[Token]:
        """Tokens of `s[:end]`; `cuts` (sorted) are span edges a token never crosses;
        `within(p, q)` says whether s[p:q] lies inside a span (a figure, a place), where
        nothing is read as a particle (300만 명: 만 is part of the figure). The spans'
        edges are all in `cuts`, so a word that no cut touches lies inside a span when
        the stretch between the cuts around it does (asked once per stretch)."""
        out: list[Token] = []
        memo, stray, n, k = self._word_memo, self.stray_particles, len(cuts), 0
        held_k, held = -1, False        # the stretch last asked about, and its answer
        find, j = s.find, 0
        # the words of _EOJEOL.finditer(s, 0, end) (\S is str.isspace()'s complement, as split's
        # white space), each found after the one before: only white space lies between them
        for word in s[:end].split():
            i = find(word, j)
            j = i + len(word)
            if word in stray and out and out[-1][3] == i - 1 \
                    and out[-1][1] in ("NNG", "NNP", "NNB", "SL") and s[i - 1] == " ":
                out.append((word, self.particles[word][0], i, j))     # 생산액 은: a wrap's stray space
                continue
            while k < n and cuts[k] < i:      # k: bisect_left(cuts, i); words come in order
                k += 1
            if k < n and cuts[k] <= j:        # a span edge on or in it: figures vary, seldom recurs
                self._read_word(s, i, j, cuts, out, within)
                continue
            # No span edge touches the word: its tokens follow from its text and from whether
            # a span holds all of it (then it holds every piece, else none); words recur.
            if k != held_k:
                held_k, held = k, bool(within and 0 < k < n and within(cuts[k - 1], cuts[k]))
            rel = memo.get((word, held))
            if rel is None:
                if len(memo) >= MEMO_SIZE:
                    memo.clear()
                rel = memo[word, held] = []
                self._read_word(word, 0, len(word), [], rel, (lambda p, q: True) if held else None)
            out += [(f, tag, p + i, q + i) for f, tag, p, q in rel] if i else rel
        return out

    def _pieces(self, s: str, a: int, b: int, cuts: list[int]) -> list[tuple[int, int, str]]:
        k = bisect.bisect_right(cuts, a)
        if k == len(cuts) or cuts[k] >= b:        # no span edge inside: the pieces follow from the word
            word = s[a:b]
            rel = self._piece_memo.get(word)
            if rel is None:
                if len(self._piece_memo) >= MEMO_SIZE:
                    self._piece_memo.clear()
                rel = self._piece_memo[word] = self._split_pieces(word, 0, len(word), [], 0)
            return [(p + a, q + a, kind) for p, q, kind in rel] if a else rel
        return self._split_pieces(s, a, b, cuts, k)

    @staticmethod
    def _split_pieces(s: str, a: int, b: int, cuts: list[int], k: int) -> list[tuple[int, int, str]]:
        """Runs of one script in s[a:b], cut at `cuts` (from index k on)."""
        pieces: list[tuple[int, int, str]] = []
        i = a
        while i < b:
            kind = _script(s[i])
            j = i + 1
            if kind != "P":
                while j < b and (_script(s[j]) == kind or kind == "D" and s[j] in ".," and j + 1 < b
                                 and s[j + 1].isdigit()):
                    j += 1
            while k < len(cuts) and cuts[k] <= i:
                k += 1
            if k < len(cuts) and cuts[k] < j:
                j = cuts[k]
            pieces.append((i, j, kind))
            i = j
        return pieces

    def _read_word(self, s: str, a: int, b: int, cuts: list[int], out: list[Token],
                   within: Callable[[int, int], bool] | None = None) -> None:
        pieces = self._pieces(s, a, b, cuts)
        for i, (p, q, kind) in enumerate(pieces):
            text = s[p:q]
            if kind != "H":
                out.append((text, _SCRIPT_TAGS.get(kind) or _PUNCT_TAGS.get(text, "SW"), p, q))
                continue
            if self._inside(p, q, cuts) or within and within(p, q):     # a place, a figure's unit
                out.append((text, "NNG", p, q))
                continue
            glued = i > 0                         # after a place, a figure, digits or a sign
            k = self._glued_particle(text) if glued else 0
            if k:                                 # 림지의소매판매액: 의 + a word of its own
                out += [(f, tag, p + x, p + y) for f, tag, x, y in self._analysed(text[:k], s[p - 1], True)]
                p, text, glued = p + k, text[k:], False
            if i + 1 == len(pieces) or pieces[i + 1][2] != "H":      # not cut before more Hangul
                out += [(f, tag, p + x, p + y) for f, tag, x, y in
                        self._analysed(text, s[p - 1] if glued else "", glued)]
            else:
                out.append((text, "NNG", p, q))

    def _glued_particle(self, text: str) -> int:
        """Length of a particle that starts a piece glued to a place or a figure, when
        two syllables or more follow it and the piece is no particle chain (0: none)."""
        n = self._glued_memo.get(text)
        if n is None:
            if len(self._glued_memo) >= MEMO_SIZE:
                self._glued_memo.clear()
            n = self._glued_memo[text] = self._glued_length(text)
        return n

    def _glued_length(self, text: str) -> int:
        if text.startswith(self.words_like_glued) or self._chain(text, "") is not None:
            return 0
        for f in self.glued_particles:
            if text.startswith(f) and len(text) - len(f) >= 2:
                return len(f)
        return 0

    @staticmethod
    def _inside(p: int, q: int, cuts: list[int]) -> bool:
        """A piece cut at both ends by span edges lies inside a span (a place, a figure)."""
        i = bisect.bisect_left(cuts, p)
        return i < len(cuts) and cuts[i] == p and i + 1 < len(cuts) and cuts[i + 1] == q

    def _analysed(self, word: str, prev: str, glued: bool) -> list[Token]:
        """analyse(), remembered: words recur (a bounded memo keeps memory flat)."""
        # after a figure: every ASCII digit is read alike (only isdigit() and "not Hangul, not a
        # bracket" are asked of it), so one entry serves 3억원을 and 7억원을
        key = (word, ("0" if "0" <= prev <= "9" else prev) if glued else "", glued)
        hit = self._memo.get(key)
        if hit is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            hit = self._memo[key] = self.analyse(*key)
        return hit

    def analyse(self, word: str, prev: str = "", glued: bool = False) -> list[Token]:
        """Tokens of one Hangul word (offsets in it); `prev` is the character glued
        before it, if any (`glued`: the word follows a figure, a place, a bracket)."""
        if glued:      # after a figure or a place only particles fit, whatever the spelling (위안를)
            chain = self._chain(word, prev) or self._chain(word, "")
            if chain is not None:
                return chain
            if word in self.copula:                        # 1.5배인, 22동이고
                return [(word, "VCP", 0, len(word)), (word, "ETM" if word.endswith(("인", "는", "던")) else "EF",
                                                      0, len(word))]
            if _PUNCT_TAGS.get(prev) == "SSC" and word in self.quote_endings:
                return [(word, "EC", 0, len(word))]        # “…중요하다”며
        tag = self.words.get(word)
        if tag and (not glued or tag in ("NNB", "XSN")):      # 32,575건, 원씩
            return [(word, tag, 0, len(word))]
        if word in self.split_words and not glued:
            return self._split(word)
        for w in self.time_prefixes:
            if word.startswith(w) and len(word) - len(w) >= 2 and not glued \
                    and self._chain(word[len(w):], w[-1]) is None:             # 올해외자, not 지난해보다
                rest = self.analyse(word[len(w):], word[len(w) - 1], glued=False)
                return [(w, "NNG", 0, len(w))] + [(f, tag, a + len(w), b + len(w)) for f, tag, a, b in rest]
        for adv in self.glued_adverbs:
            head = word[:-len(adv)]
            if word.endswith(adv) and len(head) >= 2 and not glued:                  # 수출액은각각
                before = self._particles(head, False, prev)
                if before and before[-1][1].startswith("J"):
                    return before + [(adv, "MAG", len(head), len(word))]
        if glued and word[0] in "이였인입" and word[-1] in "다요고며데서라네면":
            return [(word, "VCP", 0, len(word)), (word, "EF", 0, len(word))]   # 12편이네요
        found = self._particles(word, True, prev) or self._copula(word)
        if found:
            return found
        if self._predicate(word):
            return [(word, "VV", 0, len(word))]
        return self._particles(word, False, prev) or self._noun(word, 0, glued, prev)

    def _chain(self, suffix: str, prev: str) -> list[Token] | None:
        """`suffix` read as particles only (에서 + 는), or None."""
        out: list[Token] = []
        i = 0
        while i < len(suffix):
            for size in (3, 2, 1):
                form = suffix[i:i + size]
                hit = self.particles.get(form) if len(form) == size else None
                if hit and _fits(hit[1], suffix[i - 1] if i else prev):
                    out.append((form, hit[0], i, i + size))
                    i += size
                    break
            else:
                return None
        return out

    def _particles(self, word: str, long_only: bool, prev: str = "") -> list[Token]:
        """Noun + particles, the longest chain of particles that fits; never splitting
        or starting a noun of `particle_nouns` (결과는 is 결과 + 는, not 결 + 과 + 는)."""
        kept = self._kept(word)
        for i in range(1, len(word)):
            if i in kept:
                continue
            chain = self._chain(word[i:], word[i - 1])
            if chain is None or long_only and len(word) - i < _LONG:
                continue
            return self._noun(word[:i], 0, False, prev) + [(f, tag, i + x, i + y) for f, tag, x, y in chain]
        return []

    def _kept(self, word: str) -> set[int]:
        """Split points inside a noun of `particle_nouns` that starts `word`, or of
        `heads` after two syllables or more."""
        kept = {i for n in range(2, min(len(word), self._longest_particle_noun) + 1)
                if word[:n] in self._particle_noun_set for i in range(1, n)}
        for h in self.heads:      # 위생허가 심사, 조사결과: after two syllables or more
            a = word.find(h, 2)
            if a >= 0:
                kept.update(range(a, a + len(h)))
        return kept

    def _copula(self, word: str) -> list[Token]:
        for c in self.copula:
            if c == "다":
                continue     # after a noun 다 is a verb's ending (증가했다); after a figure a copula
            stem = word[:-len(c)]
            if not word.endswith(c) or not stem or c == "인" and not stem.endswith(self.copula_in_after):
                continue
            if self.words.get(stem) in ("MAG", "MM", "VV") or self._predicate(stem):
                continue
            k = len(stem)
            ending = "ETM" if c in ("인", "이라는") else "EF"
            return self._noun(stem, 0, False) + [(c, "VCP", k, len(word)), (c, ending, k, len(word))]
        return []

    @staticmethod
    def _nominalised(word: str) -> bool:
        """올랐음, 늘었음: a past verb made a noun by 음 (처음, 마음 are nouns)."""
        return len(word) > 1 and word[-1] == "음" and _batchim(word[-2]) == 20       # ㅆ

    def _split(self, word: str) -> list[Token]:
        out, at = [], 0
        for form, tag in self.split_words[word]:
            out.append((form, tag, at, at + len(form)))
            at += len(form)
        return out

    def _predicate(self, word: str) -> bool:
        if word in self.predicate_nouns:
            return False
        if self._nominalised(word):
            return True
        if len(word) >= 2 and word[-1] == "는" and _batchim(word[-2]) > 0:
            return True      # 잇는, 묶는: 는 after a consonant is no topic particle
        if len(word) >= 2 and word[-2] in self.verb_stems and (word[-1] in self.stem_endings or
                                                               word[-1] == "인" and _batchim(word[-2]) > 0) \
                and (len(word) == 2 or word[-3] in "어아여해"):
            return True      # 찾은, 맺은, 내놓은, 묶인 (주인 is a noun)
        for k in range(min(len(word), self._longest_ending), 0, -1):      # the longest ending first
            if word[-k:] in self._ending_set and (len(word) > k or k > 1):
                # a noun it ends with wins when it is the word or the head of a compound
                # (홍수피해); one syllable before it is more often a verb (가공해)
                return not any(word[-n:] in self.predicate_nouns and len(word) - n != 1
                               for n in range(k + 1, min(len(word), self._longest_noun) + 1))
        return False

    def _noun(self, stem: str, at: int, glued: bool, prev: str = "") -> list[Token]:
        """A noun (or a word of the word lists: 저희는, 처음으로); 업체당 = 업체 + 당
        (per), as Kiwi reads it; one syllable after digits is a counter (2년은)."""
        tag = self.words.get(stem)
        if tag and tag != "MM":          # a determiner takes no particle (높은 동은: 동 the building)
            return [(stem, tag, at, at + len(stem))]
        if self._nominalised(stem):
            return [(stem, "VV", at, at + len(stem))]      # 올랐음에도: a verb made a noun
        if at == 0 and prev.isdigit() and (len(stem) == 1 and stem != "인" or stem in self.units):
            return [(stem, "NNB", at, at + len(stem))]     # 2년은, 20피트: a counter, a unit (1인당: 인 a noun)
        if stem in self.split_words:
            return [(f, tag, at + a, at + b) for f, tag, a, b in self._split(stem)]   # 11월말까지
        for c in self.comparison_suffixes:
            if stem.endswith(c) and len(stem) > len(c):                              # 전년동기대비
                k = len(stem) - len(c)
                return self._noun(stem[:k], at, glued, prev) + [(c, "NNG", at + k, at + len(stem))]
        suf = self.per_suffix
        if stem.endswith(suf) and (len(stem) > len(suf) or glued) \
                and not any(stem.endswith(w) for w in self.per_suffix_not):
            k = len(stem) - len(suf)
            return ([(stem[:k], "NNG", at, at + k)] if k else []) + [(suf, "XSN", at + k, at + len(stem))]
        return [(stem, "NNG", at, at + len(stem))]


def build_eojeol(t: dict, units: Iterable[str] = ()) -> EojeolReader:
    """The reader of data/eojeol.toml; `units`: the unit words of data/units.toml."""
    words = {w: tag for tag, ws in t["words"].items() for w in ws}
    return EojeolReader(
        particles={form: (tag, after) for form, tag, after in t["particles"]},
        particle_nouns=tuple(t["nouns_like_particles"]),
        words=words,
        copula=tuple(sorted(t["copula"], key=len, reverse=True)),
        copula_in_after=tuple(t["copula_in_after"]),
        quote_endings=frozenset(t["quote_endings"]),
        endings=tuple(sorted(t["predicate_endings"], key=len, reverse=True)),
        verb_stems=frozenset(t["verb_stems"]),
        stem_endings=frozenset(t["stem_endings"]),
        predicate_nouns=frozenset(t["nouns_like_predicates"]),
        per_suffix=t["per_suffix"],
        per_suffix_not=tuple(t["per_suffix_not"]),
        split_words={w: [tuple(p.split("/")) for p in parts.split()] for w, parts in t["split_words"]},
        heads=tuple(t["heads_like_particles"]),
        units=frozenset(u for u in units if u and all("가" <= c <= "힣" for c in u)),
        time_prefixes=tuple(t["time_prefixes"]),
        comparison_suffixes=tuple(t["comparison_suffixes"]),
        glued_adverbs=tuple(t["glued_adverbs"]),
        stray_particles=frozenset(t["stray_particles"]),
        glued_particles=tuple(sorted(t["glued_particles"], key=len, reverse=True)),
        words_like_glued=tuple(t["words_like_glued"]))


def render(tokens: list[Token]) -> str:
    """`form/TAG` of each token, space-separated (the examples' notation)."""
    return " ".join(f"{f}/{tag}" for f, tag, _, _ in tokens)
