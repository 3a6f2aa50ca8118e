"""Swapped aspirates and tense consonants in a transliteration (장닝구 for 창닝구, 长宁区): writers
and converters confuse ㅈ/ㅊ/ㅉ, ㄱ/ㅋ/ㄲ, ㄷ/ㅌ/ㄸ, ㅂ/ㅍ/ㅃ and ㅅ/ㅆ in pinyin's j/q/zh/ch, g/k, d/t
and b/p. Such a spelling may be another place's correct one (장닝구 is 江宁区, Nanjing's), so it is
read as the district of the page's one city only where that is all the page says: the page names one
city before it, the place the spelling names lies in no city or province the page names, and
exactly one district of the page's city is spelt so with one consonant swapped."""
from __future__ import annotations

from pipeline.places.gazetteer import Gazetteer, Place

_BASE, _INITIALS, _TAIL = 0xAC00, 19, 21 * 28
# initial consonant indexes of a Hangul syllable that writers swap: ㄱㄲㅋ, ㄷㄸㅌ, ㅂㅃㅍ, ㅈㅉㅊ, ㅅㅆ
_GROUPS = ({0, 1, 15}, {3, 4, 16}, {7, 8, 17}, {12, 13, 14}, {9, 10})
_KIN = {i: g - {i} for g in _GROUPS for i in g}


def swapped(word: str) -> list[str]:
    """The spellings of `word` with the initial consonant of one syllable swapped for its kin."""
    out = []
    for k, ch in enumerate(word):
        code = ord(ch) - _BASE
        if not 0 <= code < _INITIALS * _TAIL:
            continue
        initial, rest = divmod(code, _TAIL)
        out.extend(word[:k] + chr(_BASE + other * _TAIL + rest) + word[k + 1:] for other in sorted(_KIN.get(initial, ())))
    return out


def city_of(place: Place) -> str:
    """The city a county-level place lies in (a municipality's district: the municipality)."""
    return place.parent_zh or place.province_zh


def in_the_city(surface: str, city: str, gaz: Gazetteer) -> Place | None:
    """The one county-level place of `city` that `surface` spells with one consonant swapped."""
    found = {c.place.key: c.place for v in swapped(surface) for c in gaz.korean.get(v, ())
             if c.strong and c.place.level == "county" and city_of(c.place) == city}
    return next(iter(found.values())) if len(found) == 1 else None
