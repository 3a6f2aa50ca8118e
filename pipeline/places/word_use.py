"""A common word that is also a place's reading, told by Kiwi's analysis of its phrase (round 18, devset places18).

The document's evidence for a city (`연대시` named five times) licenses its bare reading where it stands as a name,
not every use of the word it spells: `공동 연대를 모색`, `노동자 연대`, `연대와 나눔`, `보안을 강화하고`, `상해를
입은`, `장사를 시작한`. Kiwi reads such a reading as a common noun (NNG) where the phrase makes it one and as a proper
noun (NNP) where it stands as a name (`연대에서 출발해`, `대련을 방문했다`) — but not reliably (`장사에서 열린
박람회` is NNG too), so NNG alone decides nothing: the phrase must also use it as a word, by one of three shapes:

- a modifier right before it: a determiner or an adnominal ending (`새 신화`), a common noun (`공동 연대`, `물가
  안정`), or a common noun's possessive (`교민 사회의 연대`, `절차의 안정`); not a place or a place noun (`도시`);
- the object of a predicate a word takes and a place never does (vocabulary.toml [word_predicates]).

Tried and dropped: listed with a common noun (`연대와 나눔`): Kiwi reads an unknown place as a common noun too
(`하문과 대북의`: 대북 is Taipei).

A particle of place after it (`다음 날 샤먼에`, `연대로`) says it is a name, whatever stands before it.

Only the sentence's words around the reading are analysed (a window of a few words each side), so the cost is
linear in the mentions it is asked about; Kiwi is created on the first question."""
from __future__ import annotations

import functools

from pipeline.kiwi import Analyser, Token
from pipeline.places.vocabulary import apart_noun, vocabulary, word_predicate

_ANALYSER = Analyser()
_WINDOW = 30          # characters each side of the reading (about four words)
_MODIFIER_TAGS = ("MM", "ETM")
_NOUNS = ("NNG",)
_AND = ("와", "과")


@functools.cache
def _place_nouns() -> frozenset[str]:
    """Nouns that stand before a name in apposition (도시 장사, 성도 청두): no modifier of a word."""
    return frozenset(vocabulary()["place_nouns"]["nouns"]) | {"성도", "수도", "성회", "도시"}


def _window(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The sentence's whole words within _WINDOW characters of the reading."""
    a, b = max(sentence[0], start - _WINDOW), min(sentence[1], end + _WINDOW)
    if a > sentence[0]:
        space = text.find(" ", a, start)
        a = space + 1 if space >= 0 else start
    if b < sentence[1]:
        space = text.rfind(" ", end, b)
        b = space if space > end else b
    return a, b


def used_as_word(text: str, start: int, end: int, sentence: tuple[int, int], places: frozenset[int]) -> bool:
    """Whether the reading text[start:end] is used as the common word in its phrase. `places`: the starts of the
    mentions that may be places (a modifier or a listed noun starting there is a name, not a word)."""
    a, b = _window(text, start, end, sentence)
    toks = _ANALYSER.analyse(text[a:b])
    k = next((j for j, t in enumerate(toks) if t[2] == start - a), None)
    if k is None or toks[k][3] != end - a or toks[k][1] not in _NOUNS or _a_place_particle(toks, k):
        return False
    return _modified(toks, k, a, places) or _object_of_a_word_predicate(toks, k)


def _a_place_particle(toks: list[Token], k: int) -> bool:
    """다음 날 샤먼에, 장사에서 열린, 연대로 갔다: where or whither, which a name answers (not 와/과, which lists)."""
    return k + 1 < len(toks) and toks[k + 1][1] == "JKB" and toks[k + 1][0] not in _AND


def _common_noun(tok: Token, a: int, places: frozenset[int]) -> bool:
    """A common noun that may make a word with the reading after it: no place, no place noun, no noun of time,
    relation or compass (vocabulary.toml [apart_nouns])."""
    return tok[1] in _NOUNS and tok[2] + a not in places and tok[0] not in _place_nouns() \
        and not apart_noun().fullmatch(tok[0])


def _modified(toks: list[Token], k: int, a: int, places: frozenset[int]) -> bool:
    """새 신화, 공동 연대, 물가 안정, 교민 사회의 연대 (not 산둥성의 연대, 도시 장사)."""
    if k == 0:
        return False
    prev = toks[k - 1]
    if prev[1] in _MODIFIER_TAGS or _common_noun(prev, a, places) and prev[3] < toks[k][2]:
        return True
    return prev[0] == "의" and prev[1] == "JKG" and k >= 2 and _common_noun(toks[k - 2], a, places)


def _object_of_a_word_predicate(toks: list[Token], k: int) -> bool:
    """연대를 모색했다, 장사를 처음 시작한, 상해를 입은: an object particle, then within two words a word's
    predicate (vocabulary.toml [word_predicates])."""
    if k + 1 >= len(toks) or toks[k + 1][1] != "JKO":
        return False
    words = 0
    for j in range(k + 2, len(toks)):
        if toks[j][2] > toks[j - 1][3]:
            words += 1
            if words > 2:
                return False
        if toks[j][1].split("-")[0] in ("NNG", "VV", "VA") and word_predicate().fullmatch(toks[j][0]):   # VV-R: regular
            return True
    return False
