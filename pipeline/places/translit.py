"""Pinyin -> Hangul under the Korean loanword rules for Chinese.

The correspondence lives in data/pinyin_hangul.tsv; this module only composes
jamo into syllables, so the table stays the one copy of the rules.
"""
from __future__ import annotations

import pathlib
from dataclasses import dataclass, field

DATA = pathlib.Path(__file__).parent / "data"

_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
# Longest first, so "zh" wins over "z".
_INITIAL_ORDER = ("zh", "ch", "sh")


def _compose(cho: str, jung: str, jong: str = "") -> str:
    j = _JONG.index(jong) if jong else 0
    return chr(0xAC00 + (_CHO.index(cho) * 21 + _JUNG.index(jung)) * 28 + j)


@dataclass(frozen=True)
class PinyinHangul:
    initials: dict[str, str]
    finals: dict[str, tuple[str, str, str]]
    syllables: dict[str, str]
    palatal: dict[str, str]
    usual: dict[str, str] = field(default_factory=dict)

    def syllable(self, py: str) -> str:
        """One toneless pinyin syllable (ü as v or ü) -> Hangul."""
        py = py.lower().replace("ü", "v")
        if py in self.syllables:
            return self.syllables[py]
        ini = next((i for i in _INITIAL_ORDER if py.startswith(i)), py[:1])
        if ini not in self.initials:
            raise ValueError(f"not a pinyin syllable: {py!r}")
        rime = py[len(ini):]
        if ini in ("j", "q", "x") and rime.startswith("u"):
            rime = "v" + rime[1:]          # ju = jü
        if rime == "ue":
            rime = "ve"                    # lue = lüe
        if rime not in self.finals:
            raise ValueError(f"not a pinyin syllable: {py!r}")
        vowel, coda, tail = self.finals[rime]
        cho = self.initials[ini]
        if cho in "ㅈㅉㅊ":
            vowel = self.palatal.get(vowel, vowel)
        return _compose(cho, vowel, coda) + tail

    def word(self, syllables: list[str]) -> str:
        return "".join(self.syllable(s) for s in syllables)

    def usual_words(self, syllables: list[str]) -> set[str]:
        """The word with the usual spelling of its syllables (푸동 for pu dong, beside the
        standard 푸둥), each syllable either way; the standard word itself excluded."""
        out = {""}
        for s in syllables:
            out = {o + x for o in out for x in {self.syllable(s), self.usual.get(s.lower(), self.syllable(s))}}
        return out - {self.word(syllables)}


def load_pinyin_hangul(path: pathlib.Path = DATA / "pinyin_hangul.tsv") -> PinyinHangul:
    ini: dict[str, str] = {}
    fin: dict[str, tuple[str, str, str]] = {}
    syl: dict[str, str] = {}
    pal: dict[str, str] = {}
    usual: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, key, *rest = line.split("\t")
        if kind == "initial":
            ini[key] = rest[0]
        elif kind == "final":
            v, c, t = rest
            fin[key] = (v, "" if c == "-" else c, "" if t == "-" else t)
        elif kind == "syllable":
            syl[key] = rest[0]
        elif kind == "palatal":
            pal[key] = rest[0]
        elif kind == "usual":
            usual[key] = rest[0]
    return PinyinHangul(ini, fin, syl, pal, usual)
